"""The English method catalog: the same structure as the Dutch one, with translated texts."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from praatplaat_app.indicators import (
    CATALOG_FILES,
    Catalog,
    default_catalog,
    load_catalog,
    load_catalog_dir,
    shipped_catalog_dir,
)

INDICATOR_TITLES = [
    "Student's own route",
    "Shaping broad training",
    "Co-creation between workplace supervisors and teachers",
]

POSTER_THEMES = [
    "Generation Z & the student's personal goals",
    "Student shapes their own route",
    "Social bonding",
    "Flexibility of the programme and placement models",
    "Students learn in a group",
    "Students get a good picture of all sectors",
    "Co-creating education and supervision in practice",
    "Skills of students and supervisors",
    "Shared learning moments and learning activities for student, workplace supervisor and teacher",
    "Interactive learning in a learning community",
]

LIKERT_LABELS = ("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree")

# Examples whose title is the proper name of a route; they stay in Dutch.
NAMED_EXAMPLES = {
    "praktijkroute-treant",
    "flexstage-noorderpoort",
    "regionale-ghz-route",
    "parttime-stagemodel-alfa-college",
    "umcg-gilde",
    "excellente-kraam-variant",
}

# Letters with diacritics that occur in Dutch but not in plain English text.
DUTCH_DIACRITICS = "ëïéèêóöôüúûáàäç"
# Dutch opening quote („) and a few very common Dutch function words: a sign of text that
# was left untranslated.
DUTCH_WORDS = re.compile(
    r"\b(de|het|een|en|van|voor|wordt|zijn|niet|naar|ook|je|u|ik|wat|welke?|hoe|deze|bij|om|te"
    r"|mee|eens|leren|kunnen|zouden|hebben|niveau|eigen|sociale|vragenlijst)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def nl() -> Catalog:
    return default_catalog()


@pytest.fixture(scope="module")
def en() -> Catalog:
    catalog, warnings = load_catalog(language="en")
    assert warnings == []
    return catalog


def translated_pairs(nl: Catalog, en: Catalog) -> list[tuple[str, str, str]]:
    """(label, Dutch text, English text) for every text that must be translated.

    Proper names (route names and the example titles that are route names) are left out.
    Lists are compared item by item, so they must have the same length.
    """
    pairs: list[tuple[str, str, str]] = [
        ("catalog title", nl.title, en.title),
        ("third indicator advice", nl.third_indicator_advice, en.third_indicator_advice),
    ]
    assert len(nl.instructions) == len(en.instructions)
    pairs += [(f"instruction {n}", a, b) for n, (a, b) in
              enumerate(zip(nl.instructions, en.instructions), start=1)]
    for a, b in zip(nl.indicators, en.indicators):
        pairs += [
            (f"indicator {a.id} title", a.title, b.title),
            (f"indicator {a.id} poster text", a.poster_text, b.poster_text),
            (f"indicator {a.id} explanation", a.explanation, b.explanation),
        ]
        paragraphs_nl, paragraphs_en = a.explanation.split("\n\n"), b.explanation.split("\n\n")
        assert len(paragraphs_nl) == len(paragraphs_en), a.id
        pairs += [(f"indicator {a.id} explanation paragraph", x, y)
                  for x, y in zip(paragraphs_nl, paragraphs_en)]
        assert len(a.guiding_questions) == len(b.guiding_questions), a.id
        pairs += [(f"indicator {a.id} question", x, y)
                  for x, y in zip(a.guiding_questions, b.guiding_questions)]
    for a, b in zip(nl.themes, en.themes):
        pairs.append((f"theme {a.id} title", a.title, b.title))
        assert len(a.guiding_questions) == len(b.guiding_questions), a.id
        pairs += [(f"theme {a.id} question", x, y)
                  for x, y in zip(a.guiding_questions, b.guiding_questions)]
    pairs += [(f"tip {a.id}", a.text, b.text) for a, b in zip(nl.tips, en.tips)]
    for a, b in zip(nl.examples, en.examples):
        if a.id not in NAMED_EXAMPLES:
            pairs.append((f"example {a.id} title", a.title, b.title))
        pairs.append((f"example {a.id} summary", a.summary, b.summary))
    for a, b in zip(nl.routes, en.routes):
        for field in ("organisations", "programmes", "reason_goal", "form"):
            pairs.append((f"route {a.id} {field}", getattr(a, field), getattr(b, field)))
    for qa, qb in zip(nl.questionnaires, en.questionnaires):
        pairs += [
            (f"questionnaire {qa.id} title", qa.title, qb.title),
            (f"questionnaire {qa.id} intro", qa.intro, qb.intro),
        ]
        pairs += [(f"questionnaire {qa.id} likert label", x, y)
                  for x, y in zip(qa.likert_labels, qb.likert_labels)]
        for sa, sb in zip(qa.scales, qb.scales):
            pairs.append((f"scale {sa.id} title", sa.title, sb.title))
            for ua, ub in zip(sa.subscales, sb.subscales):
                pairs.append((f"subscale {ua.id} title", ua.title, ub.title))
                pairs += [(f"item {ia.id}", ia.text, ib.text)
                          for ia, ib in zip(ua.items, ub.items)]
    return pairs


# --------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------


def test_english_catalog_loads(en: Catalog, nl: Catalog) -> None:
    directory = shipped_catalog_dir("en")
    assert sorted(p.name for p in directory.glob("*.toml")) == sorted(CATALOG_FILES)
    assert en.language == "en"
    assert en.source == "shipped"
    assert (en.id, en.version) == (nl.id, nl.version)
    assert load_catalog_dir(directory) == en


def test_english_files_keep_a_comment_header() -> None:
    for name in CATALOG_FILES:
        text = (shipped_catalog_dir("en") / name).read_text(encoding="utf-8")
        assert text.startswith("# "), name


def test_dutch_user_copy_is_not_used_for_english(tmp_path: Path, en: Catalog) -> None:
    copy_dir = tmp_path / "catalogus"
    shutil.copytree(shipped_catalog_dir("nl"), copy_dir)
    catalog, warnings = load_catalog(copy_dir, language="en")
    assert catalog == en
    assert len(warnings) == 1 and "catalog.toml" in warnings[0]


def test_english_user_copy_is_used(tmp_path: Path) -> None:
    copy_dir = tmp_path / "catalogus"
    shutil.copytree(shipped_catalog_dir("en"), copy_dir)
    catalog, warnings = load_catalog(copy_dir, language="en")
    assert warnings == []
    assert catalog.source == str(copy_dir)
    assert catalog.language == "en"


# --------------------------------------------------------------------------------------
# Same structure as the Dutch catalog
# --------------------------------------------------------------------------------------


def test_indicators_match(nl: Catalog, en: Catalog) -> None:
    assert [(i.id, i.number, i.color) for i in en.indicators] == [
        (i.id, i.number, i.color) for i in nl.indicators
    ]
    assert [i.title for i in en.indicators] == INDICATOR_TITLES


def test_themes_match(nl: Catalog, en: Catalog) -> None:
    assert [(t.id, t.order, t.indicator_ids) for t in en.themes] == [
        (t.id, t.order, t.indicator_ids) for t in nl.themes
    ]
    assert [t.title for t in en.themes] == POSTER_THEMES


def test_tips_examples_and_routes_match(nl: Catalog, en: Catalog) -> None:
    assert [(t.id, t.indicator_ids, t.context) for t in en.tips] == [
        (t.id, t.indicator_ids, t.context) for t in nl.tips
    ]
    assert [(e.id, e.indicator_ids) for e in en.examples] == [
        (e.id, e.indicator_ids) for e in nl.examples
    ]
    assert [r.id for r in en.routes] == [r.id for r in nl.routes]


def test_route_names_and_named_examples_stay_dutch(nl: Catalog, en: Catalog) -> None:
    assert [r.name for r in en.routes] == [r.name for r in nl.routes]
    for a, b in zip(nl.examples, en.examples):
        if a.id in NAMED_EXAMPLES:
            assert b.title == a.title


def structure(catalog: Catalog) -> list:
    return [
        (
            q.id,
            q.audience,
            [
                (s.id, [(sub.id, [(i.id, i.reversed) for i in sub.items]) for sub in s.subscales])
                for s in q.scales
            ],
        )
        for q in catalog.questionnaires
    ]


def test_questionnaires_match(nl: Catalog, en: Catalog) -> None:
    assert structure(en) == structure(nl)
    for questionnaire in en.questionnaires:
        assert questionnaire.likert_labels == LIKERT_LABELS


def test_id_sets_are_equal(nl: Catalog, en: Catalog) -> None:
    def ids(catalog: Catalog) -> dict[str, set[str]]:
        return {
            "indicators": {i.id for i in catalog.indicators},
            "themes": {t.id for t in catalog.themes},
            "tips": {t.id for t in catalog.tips},
            "examples": {e.id for e in catalog.examples},
            "routes": {r.id for r in catalog.routes},
            "questionnaires": {q.id for q in catalog.questionnaires},
            "scales": {s.id for q in catalog.questionnaires for s in q.scales},
            "subscales": {u.id for q in catalog.questionnaires for s in q.scales
                          for u in s.subscales},
            "items": {i.id for q in catalog.questionnaires for i in q.items},
        }

    assert ids(en) == ids(nl)


# --------------------------------------------------------------------------------------
# Translated texts
# --------------------------------------------------------------------------------------


def test_every_text_is_translated(nl: Catalog, en: Catalog) -> None:
    pairs = translated_pairs(nl, en)
    untranslated = [label for label, dutch, english in pairs if dutch == english]
    assert untranslated == []
    # No English text may equal any Dutch text either (e.g. swapped or copied entries).
    dutch_texts = {dutch for _, dutch, _ in pairs}
    assert [label for label, _, english in pairs if english in dutch_texts] == []


def test_no_dutch_left_in_translated_texts(nl: Catalog, en: Catalog) -> None:
    for label, _, english in translated_pairs(nl, en):
        assert unicodedata.is_normalized("NFC", english), label
        assert not set(english) & set(DUTCH_DIACRITICS), (label, english)
        assert "„" not in english, label
        found = DUTCH_WORDS.findall(english)
        assert not found, (label, found, english)
