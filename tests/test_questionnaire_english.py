"""The questionnaire in English: errors, the CSV import report, the CSV exports, the
scores, the chart (on screen and in the report) and the blank paper form.

The app's language is Dutch unless a test switches it (conftest switches it back). The
printouts are made in the language passed, whatever the app's.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import string
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from praatplaat_app.errors import ValidationError
from praatplaat_app.export import context as ctx
from praatplaat_app.indicators import load_catalog
from praatplaat_app.messages import set_language
from praatplaat_app.questionnaire.chart import questionnaire_chart_svg, session_chart_svg
from praatplaat_app.questionnaire.csv_export import raw_responses_csv, scores_csv
from praatplaat_app.questionnaire.csv_import import (
    RESPONDENT,
    ROLE,
    CsvImportError,
    auto_mapping,
    read_csv,
    validate,
)
from praatplaat_app.questionnaire.responses import Response
from praatplaat_app.questionnaire.scoring import (
    ALL,
    TOO_FEW,
    TRACEABLE,
    format_score,
    group_label,
    hidden_reason,
    score_responses,
)

DAY = dt.date(2025, 3, 14)
SVG = "{http://www.w3.org/2000/svg}"
TEXTS_DIR = Path(ctx.__file__).resolve().parent / "texts"

# Fixed Dutch words that must not show in an English questionnaire text.
DUTCH = (
    "Vragenlijst",
    "vragenlijst",
    "respondenten",
    "Uitspraak",
    "Ik ben",
    "Formulier",
    "gespreksleider",
    "Datum",
    "Bedankt",
    "Helemaal",
    "Werkbegeleider",
    "Studenten",
    "Docenten",
    "schaal",
    "Rij ",
    "kolom",
    "geen ",
)


def assert_no_dutch(text: str) -> None:
    found = [word for word in DUTCH if word in text]
    assert not found, found


@pytest.fixture
def english():
    set_language("en")  # conftest sets Dutch again after the test
    return "en"


@pytest.fixture
def english_catalog():
    return load_catalog(None, "en")[0]




@pytest.fixture
def session(qops):
    route = qops.create_route("GHZ route")
    return qops.create_session(route.id, "students", DAY)


def _answers(catalog, questionnaire_id="studenten", value=4):
    return {i.id: value for i in catalog.questionnaire(questionnaire_id).items}


def _responses(catalog):
    """Three students (shown) and one teacher (hidden: too few)."""
    rows = [
        Response(questionnaire_id="studenten", role="student",
                 answers=_answers(catalog, value=value))
        for value in (3, 4, 4)
    ]
    rows.append(Response(questionnaire_id="begeleiders", role="teacher",
                         answers=_answers(catalog, "begeleiders", 5)))
    return rows


# --------------------------------------------------------------------------- scores


def test_scores_are_worded_in_the_app_language(catalog, english):
    scores = score_responses(_responses(catalog), catalog)
    students, teachers = scores.group("student"), scores.group("teacher")
    assert students.label == "Students" and teachers.label == "Teachers"
    assert scores.group(ALL).label == "All respondents"
    cell = teachers.scale("wederkerigheid")
    assert cell.hidden and cell.hidden_because == TOO_FEW
    assert cell.reason == "too few respondents"
    assert cell.reason_text("nl") == "te weinig respondenten"
    assert hidden_reason(TRACEABLE) == "not shown: would reveal a small group"
    assert format_score(3.75) == "3.8" and format_score(3.75, language="nl") == "3,8"
    assert group_label("supervisor") == "Workplace supervisors"
    assert group_label("practice_trainer", "nl") == "Praktijkopleiders"


def test_scores_stay_dutch_by_default(catalog):
    scores = score_responses(_responses(catalog), catalog)
    assert scores.group("teacher").label == "Docenten"
    assert scores.group("teacher").scale("wederkerigheid").reason == "te weinig respondenten"
    assert format_score(3.75) == "3,8"


# --------------------------------------------------------------------------- chart


def _chart_texts(svg: str) -> tuple[str, str, str]:
    root = ET.parse(io.StringIO(svg)).getroot()
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    return root.find(f"{SVG}title").text, root.find(f"{SVG}desc").text, texts


def test_chart_in_english_while_the_app_is_dutch(english_catalog):
    scores = score_responses(_responses(english_catalog), english_catalog)
    title, desc, texts = _chart_texts(
        questionnaire_chart_svg(scores, english_catalog, language="en")
    )
    assert title == "Questionnaire before the conversation: average scores per group"
    for expected in ("4 respondents · scale 1 to 5 (1 = strongly disagree, 5 = strongly agree)",
                     "Students (n=3)", "Reciprocity", "Social bonding", "too few respondents",
                     "3.7",
                     ("A group with fewer than 3 respondents is not shown, so that no one "
                      "can be recognised."),
                     "All respondents together: not shown"):
        assert expected in texts, expected
    assert desc.startswith("Average scores on a scale from 1 to 5 (1 = strongly disagree, "
                           "5 = strongly agree), 4 respondents. Groups: Students (3), "
                           "Teachers (1), All respondents (4).")
    assert "Teachers: too few respondents" in desc
    assert_no_dutch(f"{title} {desc} {texts}")


def test_chart_follows_the_app_language_by_default(english_catalog, english):
    one = [Response(questionnaire_id="studenten", role="student",
                    answers=_answers(english_catalog))]
    _title, desc, texts = _chart_texts(
        questionnaire_chart_svg(score_responses(one, english_catalog), english_catalog)
    )
    assert "1 respondent · scale 1 to 5" in texts  # one respondent, not "1 respondents"
    assert ", 1 respondent." in desc
    _title, desc, texts = _chart_texts(
        questionnaire_chart_svg(score_responses([], english_catalog), english_catalog)
    )
    assert "No completed questionnaires for this conversation yet." in texts
    assert desc == "No questionnaires have been completed for this conversation yet."
    # Asked for in Dutch explicitly, it is Dutch even in the English app.
    title, _desc, _texts = _chart_texts(
        questionnaire_chart_svg(score_responses([], english_catalog), english_catalog,
                                language="nl")
    )
    assert title.startswith("Vragenlijst vooraf")


def test_chart_refuses_an_unknown_language(catalog):
    with pytest.raises(ValueError):
        questionnaire_chart_svg(score_responses(_responses(catalog), catalog), catalog,
                                language="de")


# -------------------------------------------------------------------------- errors


def test_operation_errors_and_undo_steps_in_english(qops, session, catalog, english):
    with pytest.raises(ValidationError) as info:
        qops.add_response(session.id, "studenten", "astronaut", _answers(catalog))
    assert info.value.message == (
        "Choose a role: student, workplace supervisor, teacher, practice educator, "
        "coordinator or other."
    )
    with pytest.raises(ValidationError) as info:
        qops.add_response(session.id, "studenten", "student", {"verbonden": 7})
    assert info.value.message == "The answer to question 7 must be from 1 to 5, or empty."
    with pytest.raises(ValidationError) as info:
        qops.add_response(session.id, "bestaat-niet", "student", {})
    assert info.value.message == (
        "The questionnaire ‘bestaat-niet’ is not in the method catalogue."
    )
    with pytest.raises(ValidationError) as info:
        qops.import_responses(session.id, "studenten",
                              [{"role": "student", "answers": _answers(catalog)},
                               {"role": "student", "answers": {}}])
    assert info.value.message == "Respondent 2: No question has been answered yet."

    qops.add_response(session.id, "studenten", "student", _answers(catalog))
    assert qops.undo_stack.undo_label == "Fill in questionnaire"
    qops.import_responses(session.id, "studenten", [{"role": "teacher",
                                                     "answers": _answers(catalog)}])
    assert qops.undo_stack.undo_label == "Import questionnaires"


def test_file_errors_in_english(english):
    with pytest.raises(CsvImportError) as info:
        read_csv(b"PK\x03\x04 an Excel workbook")
    assert info.value.message.startswith("This is an Excel workbook (.xlsx), not a CSV file.")
    assert "‘CSV UTF-8 (Comma delimited)’" in info.value.message
    with pytest.raises(CsvImportError) as info:
        read_csv(b"   \r\n")
    assert info.value.message == "The file is empty. Choose the CSV file with the answers."


# ---------------------------------------------------------------------- CSV import


def test_import_report_in_english_with_dutch_diacritics_in_the_data(english_catalog, english):
    questionnaire = english_catalog.questionnaire("begeleiders")
    items = questionnaire.items
    header = ";".join(["Respondent ID", "What is your role?", *(i.text for i in items)])
    full = ";".join(["4"] * len(items))
    rows = [
        "Zoë;Coördinator;" + full,  # a Dutch role name with a diaeresis
        "Zoë;Workplace supervisor;" + full,  # the same respondent twice
        "Anaïs;Praktijkopleider;veel;" + ";".join(["4"] * (len(items) - 1)),
        "Joëlle;Astronaut;" + full,
        "Daniël;Docent;" + full,
    ]
    data = b"\xef\xbb\xbf" + "\r\n".join([header, *rows]).encode("utf-8") + b"\r\n"
    table = read_csv(data)
    mapping = auto_mapping(table.headers, questionnaire)
    assert mapping[:2] == [RESPONDENT, ROLE]
    report = validate(table, questionnaire, mapping)
    assert [r.row for r in report.rows] == [6]
    texts = [p.text() for p in report.problems]
    assert texts[:2] == [
        ("Row 2, column A (‘Respondent ID’): respondent ‘Zoë’ also appears in row 3. "
         "Keep only the right row."),
        ("Row 3, column A (‘Respondent ID’): respondent ‘Zoë’ also appears in row 2. "
         "Keep only the right row."),
    ]
    first_item = f"column C (‘{items[0].text}’)"
    assert f"Row 4, {first_item}: ‘veel’ is text, not a number from 1 to 5." in texts
    assert (
        "Row 5, column B (‘What is your role?’): role ‘Astronaut’ is unknown; use student, "
        "workplace supervisor, teacher, practice educator, coordinator or other."
    ) in texts
    summary = report.summary()
    assert summary.splitlines()[:3] == [
        "5 row(s) with answers read (text encoding UTF-8 (with BOM), separated by semicolons).",
        "1 row(s) in order: these will be imported when you confirm.",
        ("4 row(s) with errors will not be imported. Correct them in the file and import it "
         "again, or link the columns differently:"),
    ]
    assert "Zoë" in summary and "Anaïs" not in summary  # only what is wrong is quoted
    assert_no_dutch(summary)


def test_import_report_when_nothing_can_be_imported(english_catalog, english):
    questionnaire = english_catalog.questionnaire("studenten")
    table = read_csv("Naam;E-mail\r\nZoë;zoe@example.org\r\n".encode("cp1252"))
    report = validate(table, questionnaire, auto_mapping(table.headers, questionnaire))
    assert report.blocked
    assert report.summary().splitlines() == [
        "1 row(s) with answers read (text encoding Windows-1252, separated by semicolons).",
        "Nothing can be imported yet:",
        ("• No column is linked to a question of ‘Student questionnaire’. Is this the right "
         "file and the right questionnaire? Link the columns with answers to the questions."),
        ("• There is no column with the respondent's role. Link that column, or choose which "
         "role all respondents have."),
    ]


# ---------------------------------------------------------------------- CSV export


def _read_export(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_english_exports_keep_the_format_and_read_back(english_catalog, english):
    responses = [
        Response(questionnaire_id="begeleiders", role=role,
                 answers=_answers(english_catalog, "begeleiders", value))
        for role, value in (("supervisor", 4), ("supervisor", 5), ("practice_trainer", 3),
                            ("supervisor", 4))
    ]
    raw = _read_export(raw_responses_csv(responses, english_catalog, "Route Zoë"))
    assert raw[0][:4] == ["no.", "route", "questionnaire", "role"]
    assert raw[1][1:4] == ["Route Zoë", "Supervisor questionnaire", "Workplace supervisor"]
    assert raw[-1][3] == "Practice educator"

    # The English export reads back in, like the Dutch one.
    questionnaire = english_catalog.questionnaire("begeleiders")
    table = read_csv(raw_responses_csv(responses, english_catalog, "Route Zoë"))
    mapping = auto_mapping(table.headers, questionnaire)
    assert mapping[0] == RESPONDENT and mapping[3] == ROLE
    report = validate(table, questionnaire, mapping)
    assert report.problems == []
    assert sorted(r.role for r in report.rows) == ["practice_trainer", *["supervisor"] * 3]

    scores = _read_export(scores_csv(score_responses(responses, english_catalog), "Route Zoë"))
    assert scores[0] == ["route", "group", "scale", "subscale", "n", "mean", "note"]
    line = next(r for r in scores if r[1] == "Workplace supervisors" and not r[3])
    assert line[2] == "Reciprocity" and re.fullmatch(r"\d,\d\d", line[5])  # for Excel
    hidden = next(r for r in scores if r[1] == "Practice educators" and not r[3])
    assert hidden[5] == "" and hidden[6] == "too few respondents"


# ---------------------------------------------------------------------- printouts


def _pdf_text(data: bytes) -> str:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", re.sub(r"-\n", "", text))


def _pdf_language(data: bytes) -> str:
    pypdf = pytest.importorskip("pypdf")
    return str(pypdf.PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"])


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_form_text_files_have_the_same_keys():
    with open(TEXTS_DIR / "nl-questionnaire.toml", "rb") as handle:
        nl = tomllib.load(handle)
    with open(TEXTS_DIR / "en-questionnaire.toml", "rb") as handle:
        en = tomllib.load(handle)
    assert set(nl) == set(en)
    for key in nl:
        assert en[key].strip() and _fields(nl[key]) == _fields(en[key]), key
    assert ctx.texts("en").questionnaire_form_statement == "Statement"


def test_blank_form_in_english(catalog):
    pytest.importorskip("weasyprint")
    from praatplaat_app.questionnaire.printable import (
        render_questionnaire_pdf,
        suggested_file_name,
    )

    # The Dutch catalog is passed (as the app does): the English one is used.
    data = render_questionnaire_pdf(catalog, "begeleiders", language="en")
    text = _pdf_text(data)
    assert "PRAATPLAAT · QUESTIONNAIRE BEFORE THE CONVERSATION" in text  # CSS capitals
    for expected in (
        "Supervisor questionnaire",
        "Form no.",
        "(facilitator)",
        "Route",
        "Date",
        "I am",
        "Workplace supervisor",
        "Practice educator",
        "Teacher",
        "Other",
        "Do not write your name on this form",
        "Statement",
        "Strongly disagree",
        "Strongly agree",
        "Thank you for filling in the questionnaire!",
        "page 1 of",
    ):
        assert expected in text, expected
    assert_no_dutch(text)
    assert _pdf_language(data) == "en"

    students = _pdf_text(render_questionnaire_pdf(catalog, "studenten", language="en"))
    assert "Student questionnaire" in students and "I can count on the other" in students
    assert "I am" not in students  # the students' form asks no role
    assert_no_dutch(students)

    assert suggested_file_name(catalog, "studenten", "en") == (
        "Student questionnaire (blank form).pdf"
    )
    assert suggested_file_name(catalog, "studenten") == (
        "Vragenlijst studenten (leeg formulier).pdf"
    )


def test_blank_form_follows_the_language_passed_not_the_app(english_catalog, english):
    pytest.importorskip("weasyprint")
    from praatplaat_app.questionnaire.printable import render_questionnaire_pdf

    data = render_questionnaire_pdf(english_catalog, "studenten")  # Dutch by default
    text = _pdf_text(data)
    assert "Vragenlijst studenten" in text and "Uitspraak" in text
    assert _pdf_language(data) == "nl"
    with pytest.raises(ValueError):
        render_questionnaire_pdf(english_catalog, "studenten", language="de")


def test_report_has_the_chart_in_the_report_language(qops, session, catalog):
    pytest.importorskip("weasyprint")
    from praatplaat_app.export import pdf
    from praatplaat_app.export.report_inputs import report_extras

    for value in (2, 4, 5):
        qops.add_response(session.id, "studenten", "student", _answers(catalog, value=value))
    conversation = qops.library.conversation(session.id)
    # The app is Dutch, its catalog too; the report is English.
    extras = report_extras(qops.library, catalog, session.id, "en")
    text = _pdf_text(pdf.render_report(conversation, catalog, language="en", **extras))
    # The chart's words come out of the PDF without the spaces between them.
    squashed = re.sub(r"\s+", "", text)
    for expected in ("Questionnaire before the conversation: average scores per group",
                     "3 respondents · scale 1 to 5 (1 = strongly disagree, 5 = strongly agree)",
                     "Students (n=3)", "Reciprocity", "Social bonding",
                     "Trusting, helping and supporting one another", "3.7"):
        assert re.sub(r"\s+", "", expected) in squashed, expected
    for dutch in ("Vragenlijstvooraf", "respondenten", "Wederkerigheid", "Studenten", "3,7"):
        assert dutch not in squashed, dutch

    # Without a language the chart is in the catalog's (the command line loads the
    # catalog in the language it prints in).
    english_catalog = load_catalog(None, "en")[0]
    svg = report_extras(qops.library, english_catalog, session.id)["questionnaire_svg"]
    assert "Questionnaire before the conversation" in svg and "Reciprocity" in svg
    svg = session_chart_svg(qops.library, catalog, session.id)
    assert "Vragenlijst vooraf" in svg and "Wederkerigheid" in svg
