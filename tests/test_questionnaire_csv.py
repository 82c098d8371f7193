"""CSV import of online-survey exports (every bad-input case) and the CSV exports."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from praatplaat_app.questionnaire.csv_export import (
    raw_responses_csv,
    scores_csv,
    session_raw_csv,
    session_scores_csv,
)
from praatplaat_app.questionnaire.csv_import import (
    IGNORE,
    RESPONDENT,
    ROLE,
    CsvImportError,
    apply,
    auto_mapping,
    column_letter,
    parse_answer,
    read_csv,
    respondent_key,
    validate,
)
from praatplaat_app.questionnaire.responses import Response
from praatplaat_app.questionnaire.scoring import score_responses

DAY = dt.date(2025, 3, 14)
BOM = b"\xef\xbb\xbf"

# The students' questionnaire, as an online survey tool exports it: a respondent id, the
# role, the item texts as headers (one with a question number, one with a typo).
HEADER = (
    "Respondent ID;Wat is je rol?;Mensen zijn echt in elkaar geïnteresseerd;"
    "Men kan op elkaar vertrouwen;Je moet op je hoede zijn;"
    "Er wordt gezorgd dat iedereen aan bod komt;Er is begrip voor elkaar;"
    "6. Er wordt gewerkt aan een gezamenlijk doel;"
    "Ik voel me verbonden met anderen in deze leergemeenschap;"
    "Ik vind het moeilijk om hulp te krijgen als ik een vraag heb;"
    "Ik vertrouw erop dat de andere deelnemers in deze leergemeenschap me zullen ondersteunen;"
    "Ik kan bouwen op de andere deelnemers in deze leergemenschap"
)
GOOD_ROWS = (
    "R1;Student;4;4;2;5;4;3;4;1;5;4",
    "R2;student;3;;2;4;4;4;3;2;4;4",
    "R3;Studenten;Mee eens;5;1;5;5;4;5;1;5;5",
)


def _csv(*rows: str, header: str = HEADER, delimiter: str = ";", encoding: str = "utf-8",
         bom: bool = False) -> bytes:
    text = "\r\n".join([header, *rows]) + "\r\n"
    if delimiter != ";":
        text = text.replace(";", delimiter)
    return (BOM if bom else b"") + text.encode(encoding)


@pytest.fixture
def questionnaire(catalog):
    return catalog.questionnaire("studenten")


def _check(data: bytes, questionnaire, **kwargs):
    table = read_csv(data)
    mapping = auto_mapping(table.headers, questionnaire)
    return table, mapping, validate(table, questionnaire, mapping, **kwargs)




@pytest.fixture
def session(qops):
    route = qops.create_route("GHZ route")
    return qops.create_session(route.id, "students", DAY)


# ------------------------------------------------------------------- the good case


def test_auto_mapping_matches_ids_texts_numbers_and_typos(questionnaire):
    table = read_csv(_csv(*GOOD_ROWS))
    mapping = auto_mapping(table.headers, questionnaire)
    assert mapping[0] == RESPONDENT
    assert mapping[1] == ROLE
    assert mapping[2:] == [item.id for item in questionnaire.items]


def test_good_file_gives_valid_rows(questionnaire):
    table, _, report = _check(_csv(*GOOD_ROWS), questionnaire)
    assert table.delimiter == ";" and table.encoding == "UTF-8"
    assert report.problems == [] and report.can_import
    assert [r.row for r in report.rows] == [2, 3, 4]
    first = report.rows[0]
    assert first.role == "student"
    assert first.answers["echt-geinteresseerd"] == 4
    assert first.answers["op-je-hoede"] == 2  # raw answer; scoring recodes it
    assert report.rows[1].answers["op-elkaar-vertrouwen"] is None  # empty cell = missing
    assert report.rows[2].answers["echt-geinteresseerd"] == 4  # "Mee eens"
    # The survey tool's id is not kept, only a hash of it.
    assert first.respondent == respondent_key("studenten", "R1")
    assert "R1" not in first.respondent
    assert "3 rij(en) in orde" in report.summary()


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiter_is_detected(questionnaire, delimiter):
    table, _, report = _check(_csv(*GOOD_ROWS, delimiter=delimiter), questionnaire)
    assert table.delimiter == delimiter
    assert len(report.rows) == 3


def test_comma_file_with_quoted_commas(questionnaire):
    data = (
        b'id,rol,"Mensen zijn echt in elkaar geinteresseerd","Men kan, echt, op elkaar '
        b'vertrouwen"\r\n1,student,4,5\r\n2,student,3,3\r\n'
    )
    table, mapping, report = _check(data, questionnaire)
    assert table.delimiter == ","
    assert mapping[:3] == [RESPONDENT, ROLE, "echt-geinteresseerd"]
    assert len(report.rows) == 2


# -------------------------------------------------------------------- encodings


def test_utf8_with_bom(questionnaire):
    table, mapping, report = _check(_csv(*GOOD_ROWS, bom=True), questionnaire)
    assert table.encoding == "UTF-8 (met BOM)"
    assert table.headers[0] == "Respondent ID"  # no "\ufeff" glued to the first header
    assert mapping[0] == RESPONDENT
    assert len(report.rows) == 3


def test_windows_1252_from_excel(questionnaire):
    data = (
        "Respondent;Rol;Mensen zijn echt in elkaar geïnteresseerd;Men kan op elkaar vertrouwen\r\n"
        "7;Coördinator;4;5\r\n"
        "8;Praktijkopleider;2;3\r\n"
    ).encode("cp1252")
    assert b"Co\xf6rdinator" in data
    table, _, report = _check(data, questionnaire)
    assert table.encoding == "Windows-1252"
    assert "geïnteresseerd" in table.headers[2]
    assert [r.role for r in report.rows] == ["coordinator", "practice_trainer"]


def test_utf16_from_excel_unicode_text(questionnaire):
    data = "\t".join(["id", "rol", "Er is begrip voor elkaar"]) + "\r\n1\tdocent\t4\r\n"
    table, _, report = _check(data.encode("utf-16"), questionnaire)
    assert table.encoding == "UTF-16" and table.delimiter == "\t"
    assert report.rows[0].role == "teacher"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "leeg"),
        (b"\r\n  \r\n", "leeg"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Excel-werkmap"),
        (b"\x00\x01\x02\x03binary", "geen tekstbestand"),
        (b"alleen een kolom\r\n4\r\n", "maar één kolom"),
        (b"a;b\r\n\x81\x8d\x8f\x90\x9d;\xff\xfe", "tekstcodering"),
    ],
)
def test_unreadable_files(data, fragment):
    with pytest.raises(CsvImportError) as info:
        read_csv(data)
    assert fragment in str(info.value)


# ------------------------------------------------------------------ bad values


def test_values_outside_range_and_text_in_number_columns(questionnaire):
    data = _csv(
        "R1;student;4;4;2;5;4;3;4;1;5;4",
        "R2;student;7;4;2;5;4;3;4;1;5;4",  # 7: out of range (column C)
        "R3;student;4;veel;2;5;4;3;4;1;5;4",  # text (column D)
        "R4;student;4;4;0;5;4;3,5;4;1;5;4",  # 0 (E) and 3,5 (H)
        "R5;student;4;4;2;5;4;3;4;1;5;-1",  # negative (L)
    )
    _, _, report = _check(data, questionnaire)
    assert [r.row for r in report.rows] == [2]
    assert report.invalid_rows == [3, 4, 5, 6]
    texts = [p.text() for p in report.problems]
    assert texts[0] == (
        "Rij 3, kolom C (‘Mensen zijn echt in elkaar geïnteresseerd’): ‘7’ ligt niet "
        "tussen 1 en 5."
    )
    assert "Rij 4, kolom D (‘Men kan op elkaar vertrouwen’): ‘veel’ is tekst" in texts[1]
    assert any(t.startswith("Rij 5, kolom E") and "‘0’ ligt niet tussen 1 en 5" in t
               for t in texts)
    assert any(t.startswith("Rij 5, kolom H") and "geen heel getal" in t for t in texts)
    assert any(t.startswith("Rij 6, kolom L") for t in texts)
    summary = report.summary()
    assert "1 rij(en) in orde" in summary and "4 rij(en) met fouten" in summary


def test_unknown_role_and_empty_role(questionnaire):
    data = _csv("R1;astronaut;4;4;2;5;4;3;4;1;5;4", "R2;;4;4;2;5;4;3;4;1;5;4")
    _, _, report = _check(data, questionnaire)
    assert report.rows == []
    texts = [p.text() for p in report.problems]
    assert "Rij 2, kolom B (‘Wat is je rol?’): rol ‘astronaut’ is onbekend" in texts[0]
    assert texts[1] == "Rij 3, kolom B (‘Wat is je rol?’): de rol is leeg."
    # With a role for everybody the empty one is fine.
    _, _, report = _check(data, questionnaire, default_role="student")
    assert [r.row for r in report.rows] == [3]


def test_short_and_long_rows(questionnaire):
    data = _csv(
        "R1;student;4;4",
        "R2;student;4;4;2;5;4;3;4;1;5;4;;",
        "R3;student;4;4;2;5;4;3;4;1;5;4;9",
    )
    _, _, report = _check(data, questionnaire)
    assert [r.row for r in report.rows] == [3]  # trailing empty cells are harmless
    texts = [p.text() for p in report.problems]
    assert texts[0].startswith("Rij 2: deze rij heeft 4 kolommen, de kopregel 12")
    assert texts[1].startswith("Rij 4: deze rij heeft 13 kolommen")


def test_row_without_answers_and_blank_lines(questionnaire):
    data = _csv("R1;student;;;;;;;;;;", ";;;;;;;;;;;", "R2;student;4;4;2;5;4;3;4;1;5;4")
    _, _, report = _check(data, questionnaire)
    assert report.total_rows == 2  # the empty line does not count
    assert [p.text() for p in report.problems] == ["Rij 2: deze rij heeft geen enkel antwoord."]


def test_duplicate_respondent_ids(questionnaire):
    data = _csv(
        "R1;student;4;4;2;5;4;3;4;1;5;4",
        "R2;student;4;4;2;5;4;3;4;1;5;4",
        "R1;student;1;1;1;1;1;1;1;1;1;1",
    )
    _, _, report = _check(data, questionnaire)
    assert [r.row for r in report.rows] == [3]
    texts = [p.text() for p in report.problems]
    assert texts == [
        "Rij 2, kolom A (‘Respondent ID’): respondent ‘R1’ komt ook voor in rij 4. Houd "
        "alleen de juiste rij over.",
        "Rij 4, kolom A (‘Respondent ID’): respondent ‘R1’ komt ook voor in rij 2. Houd "
        "alleen de juiste rij over.",
    ]


def test_respondents_imported_before_are_refused(questionnaire):
    known = {respondent_key("studenten", "R2")}
    _, _, report = _check(_csv(*GOOD_ROWS), questionnaire, known_respondents=known)
    assert [r.row for r in report.rows] == [2, 4]
    assert "al eerder geïmporteerd" in report.problems[0].text()


# ------------------------------------------------------------- missing columns


def test_missing_item_columns_are_a_warning(questionnaire):
    data = b"id;rol;Er is begrip voor elkaar\r\n1;student;4\r\n"
    _, _, report = _check(data, questionnaire)
    assert len(report.rows) == 1
    assert report.rows[0].answers["begrip-voor-elkaar"] == 4
    assert report.rows[0].answers["verbonden"] is None
    assert "9 vraag/vragen hebben geen kolom" in report.summary()


def test_no_item_column_blocks_the_import(questionnaire):
    data = b"Naam;E-mail;Vraag 1;Vraag 2\r\nPiet;piet@example.nl;4;5\r\n"
    table, mapping, report = _check(data, questionnaire, default_role="student")
    assert mapping == [IGNORE] * 4  # names and e-mail addresses are never picked up
    assert report.blocked and not report.can_import and report.rows == []
    assert "geen enkele kolom is gekoppeld" in report.summary().lower()


def test_no_role_column_and_no_default_role(questionnaire):
    data = b"id;Er is begrip voor elkaar\r\n1;4\r\n"
    _, _, report = _check(data, questionnaire)
    assert report.blocked
    assert "geen kolom met de rol" in report.summary()
    _, _, report = _check(data, questionnaire, default_role="supervisor")
    assert report.rows[0].role == "supervisor"


def test_user_adjusted_mapping_and_double_mapping(questionnaire):
    data = b"id;rol;V1;V2\r\n1;student;4;5\r\n"
    table = read_csv(data)
    mapping = auto_mapping(table.headers, questionnaire)
    mapping[2] = "verbonden"
    mapping[3] = "verbonden"
    report = validate(table, questionnaire, mapping)
    assert report.blocked
    assert "De kolommen C en D zijn allebei gekoppeld aan vraag" in report.summary()
    mapping[3] = "begrip-voor-elkaar"
    report = validate(table, questionnaire, mapping)
    assert report.rows[0].answers["verbonden"] == 4
    assert report.rows[0].answers["begrip-voor-elkaar"] == 5


def test_parse_answer_accepts_numbers_and_labels():
    labels = ("Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens")
    assert parse_answer(" 4 ", labels) == (4, "")
    assert parse_answer("4,0", labels) == (4, "")
    assert parse_answer("helemaal MEE eens", labels) == (5, "")
    assert parse_answer("2 - Mee oneens", labels) == (2, "")
    assert parse_answer("", labels) == (None, "")
    assert parse_answer("2 - Mee eens", labels)[0] is None  # number and text disagree
    assert column_letter(0) == "A" and column_letter(25) == "Z" and column_letter(26) == "AA"


# ------------------------------------------------------- nothing before confirm


def test_nothing_is_imported_before_confirmation(qops, session, questionnaire):
    data = _csv(*GOOD_ROWS, "R9;student;9;9;9;9;9;9;9;9;9;9")
    _, _, report = _check(data, questionnaire)
    assert qops.responses(session.id) == []  # parsing and checking write nothing
    created = qops.import_responses(session.id, "studenten", report.rows)
    assert len(created) == 3  # only the valid rows, once confirmed
    stored = qops.responses(session.id)
    assert {r.respondent for r in stored} == {respondent_key("studenten", f"R{n}")
                                             for n in (1, 2, 3)}
    # apply() builds the same records without storing them.
    records = apply(report, session.id)
    assert [r.answers for r in records] == [r.answers for r in stored]


# ----------------------------------------------------------------------- export


def _read_export(data: bytes) -> list[list[str]]:
    assert data.startswith(BOM)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_raw_export_is_anonymous_and_for_dutch_excel(catalog):
    responses = [
        Response(questionnaire_id="studenten", role="teacher", respondent="csv-abc",
                 answers={"verbonden": 4}),
        Response(questionnaire_id="studenten", role="student", respondent="papier-3",
                 answers={"verbonden": 2, "op-je-hoede": 5}),
        Response(questionnaire_id="studenten", role="student", answers={"verbonden": 1},
                 deleted=True),
    ]
    data = raw_responses_csv(responses, catalog, "=HYPERLINK(\"x\") Route")
    assert b"\r\n" in data
    rows = _read_export(data)
    header = rows[0]
    assert header[:4] == ["nr", "route", "vragenlijst", "rol"]
    assert header[4:] == [i.id for i in catalog.questionnaire("studenten").items]
    assert [r[0] for r in rows[1:]] == ["1", "2"]  # deleted one left out
    assert [r[3] for r in rows[1:]] == ["Student", "Docent"]  # by role
    assert rows[1][1].startswith("'=")  # never a formula in Excel
    assert rows[1][header.index("op-je-hoede")] == "5"  # raw, not recoded
    assert rows[1][header.index("echt-geinteresseerd")] == ""
    text = data.decode("utf-8-sig")
    assert "csv-abc" not in text and "papier-3" not in text
    for response in responses:
        assert response.id not in text


def test_scores_export_uses_decimal_comma_and_hides_small_groups(catalog):
    rows = [Response(questionnaire_id="studenten", role="student",
                     answers={"verbonden": v, "moeilijk-hulp-krijgen": 2}) for v in (3, 4, 4)]
    rows.append(Response(questionnaire_id="studenten", role="teacher", answers={"verbonden": 5}))
    data = scores_csv(score_responses(rows, catalog), "GHZ route")
    table = _read_export(data)
    assert table[0] == ["route", "groep", "schaal", "subschaal", "n", "gemiddelde", "opmerking"]
    # Sociale verbondenheid, students: (3 + 4) / 2, (4 + 4) / 2, (4 + 4) / 2 with the
    # reversed item 6 - 2 = 4 → (3.5 + 4 + 4) / 3 = 3.8333 → "3,83"
    line = next(r for r in table if r[1] == "Studenten" and r[3] == "Sociale verbondenheid")
    assert line[4:] == ["3", "3,83", ""]
    teacher = next(r for r in table if r[1] == "Docenten" and r[3] == "Sociale verbondenheid")
    assert teacher[5] == "" and teacher[6] == "te weinig respondenten"


def test_session_exports_and_round_trip(qops, session, catalog, questionnaire):
    for value in (1, 3, 5):
        qops.add_response(session.id, "studenten", "student",
                          {i.id: value for i in questionnaire.items})
    raw = session_raw_csv(qops.library, catalog, session.id)
    assert _read_export(raw)[1][1] == "GHZ route"
    assert "Wederkerigheid" in session_scores_csv(qops.library, catalog, session.id).decode(
        "utf-8-sig")
    # The raw export reads back in: columns match by item id, the role by its header.
    table, mapping, report = _check(raw, questionnaire)
    assert mapping[3] == ROLE
    assert mapping[4:] == [i.id for i in questionnaire.items]
    assert len(report.rows) == 3 and report.problems == []


# -------------------------------------------------------------------------- CLI


def test_cli_export(qops, session, questionnaire, tmp_path, monkeypatch, capsys):
    from praatplaat_app import cli

    assert "praatplaat_app.questionnaire.cli" in cli.COMMAND_MODULES
    for value in (2, 3, 4):
        qops.add_response(session.id, "studenten", "student",
                          {i.id: value for i in questionnaire.items})
    library_path = str(qops.library.path)
    qops.library.close()  # the CLI opens (and locks) the library itself

    out = tmp_path / "antwoorden.csv"
    assert cli.main(["--library", library_path, "vragenlijst-export", session.id,
                     "-o", str(out)]) == 0
    assert len(_read_export(out.read_bytes())) == 4
    assert "3 ingevulde vragenlijst(en)" in capsys.readouterr().out

    scores = tmp_path / "scores.csv"
    assert cli.main(["--library", library_path, "vragenlijst-export", session.id,
                     "-o", str(scores), "--scores"]) == 0
    assert "gemiddelde" in scores.read_bytes().decode("utf-8-sig")

    assert cli.main(["--library", library_path, "vragenlijst-export", "bestaat-niet",
                     "-o", str(tmp_path / "x.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("praatplaat: ") and err.count("\n") == 1
    assert not (tmp_path / "x.csv").exists()
    assert cli.main(["--library", library_path, "vragenlijst-export", session.id,
                     "-o", str(tmp_path / "geen-map" / "x.csv")]) == 1
