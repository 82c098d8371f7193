"""Recurring topics: unigrams and bigrams, stopwords from the data file, diacritics folded
for matching but shown as written, counted by distinct sources."""

from __future__ import annotations

from praatplaat_app.analysis.topics import fold, load_stopwords, recurring_topics, stopwords


def topics(sources, **kwargs):
    return recurring_topics(sources, {"a": "Route A", "b": "Route B", "c": "Route C"}, **kwargs)


def test_fold():
    assert fold("Cliënt") == "client"
    assert fold("GEËVALUEERD") == "geevalueerd"
    assert fold("coördinator") == "coordinator"


def test_stopwords_come_from_the_data_file(tmp_path):
    words = stopwords()
    assert {"de", "het", "een", "en", "student", "studenten"} <= words
    assert "één" not in words and "een" in words  # folded
    custom = tmp_path / "stop.txt"
    custom.write_text("# commentaar\nStageplek\n\n  kiezen  # ook\n", encoding="utf-8")
    assert load_stopwords(custom) == {"stageplek", "kiezen"}


def test_pairs_and_words_counted_by_distinct_sources():
    result = topics(
        [
            ("a", "Het vaste terugkommoment werkt. Terugkommoment, terugkommoment!"),
            ("b", "Een terugkommoment halverwege. Cliëntcontact is goed."),
            ("b", "Meer cliëntcontact halverwege"),  # a second text of the same source
            ("c", "Terugkommoment halverwege de stage; cliëntcontact."),
        ]
    )
    found = {t.key: t for t in result.topics}
    assert found["terugkommoment"].count == 3
    assert found["terugkommoment"].mentions == 5
    assert found["terugkommoment halverwege"].count == 2
    assert found["terugkommoment halverwege"].sources == ("Route B", "Route C")
    assert found["clientcontact"].text == "cliëntcontact"
    assert found["clientcontact"].count == 2
    # Words only in one source are not recurring; stopwords are never topics.
    assert "stage" not in found and "het" not in found and "vaste" not in found
    # "halverwege" is said by the listed pair with the same count: left out.
    assert "halverwege" not in found
    # Order: by count, pairs before words on a tie.
    assert result.topics[0].key == "terugkommoment"
    assert result.topics[1].is_pair


def test_punctuation_and_stopwords_break_pairs():
    result = topics(
        [
            ("a", "rooster, afstemmen. planning van stages"),
            ("b", "rooster; afstemmen! planning stages"),
        ]
    )
    keys = {t.key for t in result.topics}
    assert "rooster afstemmen" not in keys
    assert "planning stages" not in keys  # "van" sits between them in route A
    assert {"rooster", "afstemmen", "planning", "stages"} <= keys


def test_shown_in_the_most_used_spelling():
    result = topics([("a", "Ruimte geven. ruimte!"), ("b", "Ruimte nemen"), ("c", "ruimte")])
    assert [t.text for t in result.topics] == ["ruimte"]  # 2 x lower case, 2 x capitalised


def test_min_count_limit_and_empty():
    assert topics([]).is_empty
    assert topics([("a", "alleen hier")]).topics == ()
    many = [(s, " ".join(f"woord{c}" for c in "abcdefghij")) for s in ("a", "b")]
    assert topics(many, limit=3).topics.__len__() == 3
    single = topics([("a", "stageplek stageplek")], min_count=1)
    assert single.topics[0].key == "stageplek"
