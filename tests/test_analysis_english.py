"""The analysis in English: the printout "Analysis of evaluations", its CSV files, the
follow-up states, the community check and the analysis's error messages.

A printout's language is its own: an English PDF from a Dutch app, and a Dutch one from an
English app. PDF text is read back with pypdf, as in test_pdf_english.py. The Dutch
output is covered by the other test_analysis_* files (Dutch stays the default).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import string
import tomllib
from pathlib import Path

import pytest
from pdf_text import flat, pdf_text
from test_analysis_support import AnalysisOps, build_network

from praatplaat_app.analysis import follow_up
from praatplaat_app.analysis.community import community_check, method_text
from praatplaat_app.analysis.csv_export import (
    CsvExportError,
    overview_tables,
    write_overview_csv,
)
from praatplaat_app.analysis.follow_up import (
    FollowUpState,
    follow_up_questions,
    review_fields,
    route_follow_up_status,
)
from praatplaat_app.analysis.overview import compute_overview
from praatplaat_app.domain import FollowUp
from praatplaat_app.errors import ValidationError
from praatplaat_app.export import context as ctx
from praatplaat_app.labels import use_for_display
from praatplaat_app.messages import set_language

TODAY = dt.date(2025, 8, 2)
ROUTE_EEN = "Zorgroute Één"

# Fixed Dutch texts that must not appear in the English printout. The user text of the
# test library is Dutch and stays so (route names, organisations, the topics found in
# the notes); none of these words is in it.
DUTCH_FIXED = (
    "Analyse van evaluaties",
    "Netwerkoverzicht",
    "Periode",
    "Gemaakt op",
    "gemaakt op",
    "Samenvatting",
    "gesprek",
    "Gesprek",
    "Totaal",
    "Indicatoren",
    "Thema's",
    "Voortgang",
    "acties",
    "Terugkerende",
    "Onderwerp",
    "Keer genoemd",
    "Vragenlijsten",
    "ingevulde",
    "Groep",
    "respondenten",
    "Gemiddelden",
    "Leer- en ontwikkel",
    "Robuust",
    "Leden",
    "Organisaties",
    "Vervolg",
    "vervolg",
    "Te laat",
    "Binnenkort",
    "Gepland",
    "Gehouden",
    "Stand",
    "Toelichting",
    "geleden",
    "Studenten",
    "Docenten",
    "Gezamen",
    "Bezig",
    "Gedaan",
    "Vervallen",
    "geen indicator",
    "Eigen route student",  # the Dutch catalog's title of indicator 1
    "januari",
    "maart",
    "augustus",
    "september",
    "pagina",
    " ja ",
    " nee ",
)




def dutch_in(text: str) -> list[str]:
    return [word for word in DUTCH_FIXED if word in f" {text} "]


@pytest.fixture
def english_app():
    """The app switched to English, as at start-up (conftest switches back)."""
    set_language("en")
    use_for_display("en")


def add_route_een(ops: AnalysisOps) -> str:
    """A route with diacritics in its name whose follow-up is due in 10 days, with
    questionnaires, so that every part of the printout has something to show."""
    route = ops.create_route(ROUTE_EEN, organisations="Zorggroep Één")
    session = ops.create_session(
        route.id, "joint", dt.date(2025, 2, 12),
        participants=[{"role": "student", "organisation": "Noorderpoort"}] * 3
        + [{"role": "teacher", "organisation": "Noorderpoort"},
           {"role": "supervisor", "organisation": "Zorggroep Één"}],
    )
    ops.set_indicator_chosen(session.id, "eigen-route", True)
    ops.library.save(FollowUp(session_id=session.id, date=dt.date(2025, 8, 12)))
    return route.id


def add_questionnaires(ops: AnalysisOps, catalog, session_ids: tuple[str, str]) -> None:
    from praatplaat_app.questionnaire.responses import Response

    items = [i.id for i in catalog.questionnaire("studenten").items]
    for value in (4, 4, 5):  # three students: a mean is shown
        ops.library.save(Response(session_id=session_ids[0], questionnaire_id="studenten",
                                  role="student", answers={i: value for i in items}))
    ops.library.save(Response(session_id=session_ids[1], questionnaire_id="studenten",
                              role="student", answers={i: 3 for i in items}))


@pytest.fixture
def network(library, catalog):
    ops = AnalysisOps(library, catalog)
    net = build_network(ops)
    add_route_een(ops)
    add_questionnaires(ops, catalog, (net.a1, net.b1))
    return ops, net


# ---------------------------------------------------------------------- data files


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_printout_texts_have_the_same_keys_and_names():
    def read(language: str) -> dict[str, str]:
        with open(ctx.TEXTS_DIR / f"{language}-analysis.toml", "rb") as handle:
            return tomllib.load(handle)

    nl, en = read("nl"), read("en")
    assert set(nl) == set(en), set(nl) ^ set(en)
    for key in nl:
        assert key.startswith("analysis_"), key
        assert _fields(nl[key]) == _fields(en[key]), key
        assert en[key].strip(), key
    assert ctx.texts("en").analysis_title == "Analysis of evaluations"


def test_follow_up_questions_in_english_have_the_dutch_ids():
    dutch, english = follow_up_questions("nl"), follow_up_questions("en")
    assert [q.id for q in english] == [q.id for q in dutch]
    assert all(q.text and not q.text.startswith(("Hoe", "Wat", "Is ")) for q in english)
    assert follow_up_questions() == dutch  # the app's language
    set_language("en")
    assert follow_up_questions() == english
    assert review_fields()["helped"] == "What helped?"


def test_screen_texts_of_the_analysis_follow_the_app_language():
    from praatplaat_app.analysis import community

    assert "leden" in community.method_text()
    set_language("en")
    assert community.method_text() == method_text("en")
    assert follow_up.review_fields() == review_fields("en")


# ---------------------------------------------------------------------- the PDF


def test_english_pdf_from_a_dutch_app(network, catalog):
    pytest.importorskip("pypdf")
    pytest.importorskip("weasyprint")
    from praatplaat_app.analysis.report_pdf import render_analysis_pdf, suggested_file_name

    ops, _ = network
    # Made as the Dutch app makes it: Dutch catalog, Dutch app language.
    overview = compute_overview(ops.library, catalog, today=TODAY)
    data = render_analysis_pdf(overview, language="en")
    text = flat(pdf_text(data))
    for expected in (
        "Analysis of evaluations",
        "Network overview of the routes",
        "Period all conversations",
        "Routes all routes",
        "Made on 2 August 2025",
        "Summary",
        "5 conversations in 3 routes, from 1 June 2024 to 15 March 2025",
        "(students: 2, teachers and workplace supervisors: 1, joint: 2); 5 actions.",
        "Route Students Teachers, workplace supervisors Joint Follow-up Total Last conversation",
        "15/03/2025",
        "Follow-up conversation overdue for 1 route: Route Alfa.",
        "Indicators and themes",
        "Student's own route",  # the English catalog's title, in the chart
        "How often each indicator was chosen",
        "2 conversations · 1 route",
        "Progress of the actions",
        "5 actions in the chosen conversations: 1 open, 1 in progress, 2 done, 1 cancelled.",
        "In progress",
        "(no indicator)",
        "Recurring topics",
        "Topic Routes Times mentioned Where",
        "stageplek kiezen",
        "Questionnaires",
        "Averages on a scale from 1 to 5 per group.",
        "(3 completed questionnaires)",
        "(1 completed questionnaire)",
        "Group",
        "too few respondents",
        "Learning and development community",
        "robust with at least 15 members",
        "Route Members Robust Organisations Interdisciplinary",
        "no evaluation conversation with participants yet",
        "Follow-up conversations",
        ('"Due soon" means today or in the next 30 days. The state shown is that of '
        "2 August 2025."),
        "Route State Explanation",
        "Overdue",
        ("The follow-up conversation was due on 1 August 2025 (yesterday, according to the "
        "follow-up agreement made at the evaluation of 1 February 2025)."),
        ROUTE_EEN,
        "Due soon",
        "Follow-up conversation on 12 August 2025 (in 10 days",
        "No evaluation yet",
        "page 1 of",
    ):
        assert expected in text, expected
    assert dutch_in(text) == []
    import pypdf

    assert pypdf.PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"] == "en"
    assert suggested_file_name(overview, "en") == "Analysis of evaluations 2025-08-02.pdf"
    assert suggested_file_name(overview) == "Analyse van evaluaties 2025-08-02.pdf"


def test_english_pdf_of_a_period_without_conversations(network, catalog):
    pytest.importorskip("pypdf")
    pytest.importorskip("weasyprint")
    from praatplaat_app.analysis.report_pdf import render_analysis_pdf

    ops, _ = network
    overview = compute_overview(ops.library, catalog, date_from=dt.date(2030, 1, 1),
                                date_to=dt.date(2030, 3, 31), organisation="noorderpoort",
                                today=TODAY)
    text = flat(pdf_text(render_analysis_pdf(overview, language="en")))
    for expected in (
        "Period 1 January 2030 to 31 March 2030",
        "Organisation noorderpoort",
        ("No conversations were found (Period: 1 January 2030 to 31 March 2030 · "
        "organisation: noorderpoort · all routes). Choose a longer period or other routes."),
    ):
        assert expected in text, expected
    assert "Indicators and themes" not in text
    assert dutch_in(text) == []


def test_english_html_is_tagged_and_user_text_stays_text(library, catalog):
    pytest.importorskip("weasyprint")
    from praatplaat_app.analysis.report_pdf import render_html

    ops = AnalysisOps(library, catalog)
    route = ops.create_route("<b>Één</b> & co")
    session = ops.create_session(route.id, "students", dt.date(2025, 3, 1))
    ops.set_indicator_chosen(session.id, "eigen-route", True)
    html = render_html(compute_overview(library, catalog, today=TODAY), language="en")
    assert '<html lang="en">' in html
    assert "&lt;b&gt;Één&lt;/b&gt; &amp; co" in html and "<b>Één" not in html
    with pytest.raises(ValueError):
        render_html(compute_overview(library, catalog, today=TODAY), language="de")


def test_dutch_pdf_from_an_english_app(network, english_app):
    pytest.importorskip("pypdf")
    pytest.importorskip("weasyprint")
    from praatplaat_app.analysis.report_pdf import render_analysis_pdf
    from praatplaat_app.indicators import load_catalog

    ops, _ = network
    # Made as the English app makes it: English catalog, English app language.
    overview = compute_overview(ops.library, load_catalog(None, "en")[0], today=TODAY)
    assert overview.summary_text.startswith("5 conversations in 3 routes")
    assert overview.follow_ups[0].label in ("Overdue", "Due soon", "No evaluation yet")
    text = flat(pdf_text(render_analysis_pdf(overview)))
    for expected in (
        "Analyse van evaluaties",
        "5 gesprekken in 3 routes, van 1 juni 2024 tot 15 maart 2025",
        "Eigen route student",
        "Vervolggesprek te laat bij 1 route: Route Alfa",
        "Te laat",
        "Binnenkort",
        "gisteren",
        "te weinig respondenten",
        "pagina 1 van",
    ):
        assert expected in text, expected
    for english in ("Analysis", "Overdue", "Due soon", "conversations", "August",
                    "Student's own route", "In progress", "respondents"):
        assert english not in text, english


# ---------------------------------------------------------------------- sentences


def test_follow_up_states_in_english_with_diacritics(network, english_app):
    ops, net = network
    statuses = {
        s.route_name: s for s in compute_overview(ops.library, ops.catalog,
                                                  today=TODAY).follow_ups
    }
    een = statuses[ROUTE_EEN]
    assert een.state == FollowUpState.DUE
    assert (een.label, een.explanation) == (
        "Due soon",
        ("Follow-up conversation on 12 August 2025 (in 10 days, according to the follow-up "
        "agreement made at the evaluation of 12 February 2025)."),
    )
    # The same status in Dutch, whatever the app's language.
    assert een.label_in("nl") == "Binnenkort"
    assert een.explanation_in("nl").startswith("Vervolggesprek op 12 augustus 2025 (over 10")
    assert statuses["Route Gamma"].explanation == (
        "No evaluation conversation with a date has been recorded yet."
    )
    beta = route_follow_up_status(ops.library, net.beta, dt.date(2025, 10, 1))
    assert beta.explanation == (
        "The follow-up conversation was due on 15 September 2025 (16 days ago, six months "
        "after the evaluation of 15 March 2025; there is no follow-up agreement). No "
        "follow-up conversation has been held since."
    )
    assert follow_up.source_label("default") == (
        "six months after the evaluation (no follow-up agreement)"
    )


def test_community_check_in_english(network, english_app):
    ops, _ = network
    check = {c.route_name: c for c in compute_overview(ops.library, ops.catalog,
                                                       today=TODAY).communities}[ROUTE_EEN]
    assert check.explanation_lines == (
        ("Robust: no — 5 members (3 students, 1 teacher, 1 workplace supervisor); at least 15 "
        "needed."),
        ("Interdisciplinary: no — 2 organisations: Noorderpoort, Zorggroep Één; at least 5 "
        "needed."),
    )
    assert check.explanation_lines_in("nl")[0].startswith("Robuust: nee — 5 leden (3 studenten")
    gamma = community_check(ops.library, next(r.id for r in ops.library.routes()
                                              if r.name == "Route Gamma"))
    assert gamma.explanation.startswith("No evaluation conversation with participants")
    assert method_text().startswith("A learning and development community is robust with at "
                                    "least 15 members")
    assert method_text("nl").startswith("Een leer- en ontwikkelgemeenschap")


def test_overview_texts_follow_the_app_language(network, english_app):
    ops, _ = network
    overview = compute_overview(ops.library, ops.catalog, date_from=dt.date(2025, 1, 1),
                                today=TODAY)
    assert overview.period_text == "from 1 January 2025"
    assert overview.selection_text == "Period: from 1 January 2025 · all routes"
    assert overview.summary_text == (
        "4 conversations in 3 routes, from 10 January 2025 to 15 March 2025 (students: 1, "
        "teachers and workplace supervisors: 1, joint: 2); 5 actions."
    )
    assert overview.questionnaire_note.startswith("Averages on a scale from 1 to 5")
    assert compute_overview(ops.library, ops.catalog, route_ids=[],
                            today=TODAY).empty_message == (
        "No route has been chosen. Choose at least one route."
    )


def test_analysis_errors_in_english(library, catalog, english_app, tmp_path):
    ops = AnalysisOps(library, catalog)
    route = ops.create_route(ROUTE_EEN)
    with pytest.raises(ValidationError) as info:
        ops.create_follow_up_session(route.id, dt.date(2025, 8, 1))
    assert info.value.message == (
        "The route 'Zorgroute Één' has no evaluation conversation yet. A follow-up "
        "conversation looks back on an evaluation: first record the conversation with "
        "students, teachers and workplace supervisors."
    )
    session = ops.create_session(route.id, "students", dt.date(2025, 3, 14))
    with pytest.raises(ValidationError) as info:
        ops.add_follow_up_agreement(session.id, dt.date(2025, 3, 1))
    assert info.value.message.startswith(
        "The follow-up agreement (1 March 2025) is before the conversation in which it was "
        "made (students, 14 March 2025)."
    )
    follow = ops.create_follow_up_session(route.id, dt.date(2025, 9, 1))
    assert ops.undo_stack.undo_label == "Create follow-up conversation"
    with pytest.raises(ValidationError) as info:
        ops.set_evaluation_answer(follow.id, "bestaat-niet", "x")
    assert info.value.message == "Unknown question 'bestaat-niet'."
    overview = compute_overview(library, catalog, today=TODAY)
    target = tmp_path / "Één.txt"
    target.write_text("x")
    with pytest.raises(CsvExportError) as info:
        write_overview_csv(overview, target)
    assert info.value.message == (
        f"'{target}' is a file, not a folder. Choose a folder for the CSV files."
    )


# ---------------------------------------------------------------------- CSV


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def test_english_csv(network, catalog, tmp_path):
    ops, _ = network
    overview = compute_overview(ops.library, catalog, today=TODAY)  # a Dutch app
    write_overview_csv(overview, tmp_path, language="en")
    assert read_csv(tmp_path / "routes.csv")[0] == [
        "route", "conversations", "students", "teachers and workplace supervisors", "joint",
        "follow-up conversation", "first conversation", "last conversation",
    ]
    assert read_csv(tmp_path / "acties-per-route.csv")[0] == [
        "route", "open", "in progress", "done", "cancelled", "total",
    ]
    assert read_csv(tmp_path / "indicatoren.csv")[1][:2] == ["Student's own route",
                                                             "eigen-route"]
    per_indicator = read_csv(tmp_path / "acties-per-indicator.csv")
    assert ["(no indicator)", "0", "0", "0", "1", "1"] in per_indicator
    key_figures = dict(read_csv(tmp_path / "kerncijfers.csv")[1:])
    assert key_figures["selection"] == "Period: all conversations · all routes"
    assert key_figures["follow-up conversation within 30 days"] == "1"
    assert key_figures["conversations: teachers and workplace supervisors"] == "1"
    assert read_csv(tmp_path / "onderwerpen.csv")[1][:4] == [
        "stageplek kiezen", "word pair", "2", "routes",
    ]
    community = read_csv(tmp_path / "leergemeenschap.csv")
    assert community[0][:5] == ["route", "members", "robust (min. 15)", "organisations",
                                "interdisciplinary (min. 5)"]
    een = next(row for row in community if row[0] == ROUTE_EEN)
    assert een[2] == "no" and een[-1].startswith("Robust: no — 5 members")
    follow = {row[0]: row for row in read_csv(tmp_path / "vervolg.csv")}
    assert follow["route"] == ["route", "status", "evaluation", "follow-up conversation",
                               "where the date comes from", "days until",
                               "explanation"]
    assert follow[ROUTE_EEN][1:6] == ["Due soon", "2025-02-12", "2025-08-12",
                                      "according to the follow-up agreement", "10"]
    assert follow["Route Alfa"][1] == "Overdue"
    questionnaires = read_csv(tmp_path / "vragenlijsten.csv")
    assert questionnaires[0] == ["route", "group", "scale", "average (1-5)", "n",
                                 "explanation"]
    assert ["Route Bèta", "Students"] == questionnaires[-1][:2]
    assert questionnaires[-1][5] == "too few respondents"
    # The Dutch tables are unchanged, and are the default.
    assert overview_tables(overview)["routes.csv"][0][:2] == ["route", "gesprekken"]


def test_csv_follows_the_app_language_by_default(network, catalog, english_app):
    ops, _ = network
    tables = overview_tables(compute_overview(ops.library, catalog, today=TODAY))
    assert tables["kerncijfers.csv"][0] == ["item", "value"]
    assert overview_tables(compute_overview(ops.library, catalog, today=TODAY), "nl")[
        "kerncijfers.csv"
    ][0] == ["onderdeel", "waarde"]


# ---------------------------------------------------------------------- CLI and UI


@pytest.fixture
def cli_main(monkeypatch: pytest.MonkeyPatch):
    from praatplaat_app import cli

    if "praatplaat_app.analysis.cli" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(
            cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "praatplaat_app.analysis.cli")
        )
    return cli.main


def test_cli_report_lang_en(tmp_path, catalog, cli_main, capsys):
    pytest.importorskip("pypdf")
    pytest.importorskip("weasyprint")
    from praatplaat_app.store import Library

    path = tmp_path / "bib.sqlite"
    library = Library.open(path)
    try:
        build_network(AnalysisOps(library, catalog))
    finally:
        library.close()
    code = cli_main(["--library", str(path), "report", "-o", str(tmp_path), "--csv",
                     str(tmp_path / "csv"), "--from", "01-01-2025", "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "3 gesprekken in 2 routes" in out  # the command itself speaks Dutch
    pdfs = list(tmp_path.glob("Analysis of evaluations *.pdf"))
    assert len(pdfs) == 1
    text = flat(pdf_text(pdfs[0].read_bytes()))
    assert "Period from 1 January 2025" in text and "Student's own route" in text
    assert dutch_in(text) == []
    assert read_csv(tmp_path / "csv" / "kerncijfers.csv")[0] == ["item", "value"]
    with pytest.raises(SystemExit):
        cli_main(["--library", str(path), "report", "-o", str(tmp_path), "--lang", "de"])
    capsys.readouterr()


def test_overview_dialog_exports_in_the_app_language(qtbot, network, english_app, tmp_path,
                                                      monkeypatch):
    pytest.importorskip("pypdf")
    pytest.importorskip("weasyprint")
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from praatplaat_app.indicators import load_catalog
    from praatplaat_app.ui.analysis import NetworkOverviewDialog

    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    ops, _ = network
    dialog = NetworkOverviewDialog(ops.library, load_catalog(None, "en")[0], today=TODAY)
    qtbot.addWidget(dialog)
    suggested: list[str] = []

    def save_name(_parent, _title, directory, _filter):
        suggested.append(Path(directory).name)
        return str(tmp_path / "analysis.pdf"), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    written = dialog.save_pdf()
    assert suggested == ["Analysis of evaluations 2025-08-02.pdf"]
    text = flat(pdf_text(written.read_bytes()))
    assert "Analysis of evaluations" in text and "Due soon" in text
    assert dutch_in(text) == []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path / "csv")))
    (tmp_path / "csv").mkdir()
    assert dialog.save_csv()
    assert read_csv(tmp_path / "csv" / "themas.csv")[0] == [
        "theme", "theme id", "conversations", "routes",
    ]
