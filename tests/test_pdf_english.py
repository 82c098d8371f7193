"""English printouts: fixed texts, labels, dates, numbers and the English catalog.

Plain pytest, no Qt. PDF text is read back with pypdf. The Dutch printouts are covered
by test_pdf_export.py (unchanged: Dutch stays the default).
"""

from __future__ import annotations

import datetime as dt
import io
import string
import tomllib
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("weasyprint")

from pdf_text import flat, pdf_text
from test_pdf_export import GENERATED_ON, make_conversation

from praatplaat_app import labels as labels_module
from praatplaat_app.domain import (
    ACTION_STATUS_LABELS,
    NOTE_KIND_LABELS,
    PILLAR_LABELS,
    ROLE_LABELS,
    SESSION_KIND_LABELS,
)
from praatplaat_app.export import context as ctx
from praatplaat_app.export import pdf
from praatplaat_app.formatting import long_date, short_date, whole_number
from praatplaat_app.indicators import load_catalog

TEXTS_DIR = Path(ctx.__file__).resolve().parent / "texts"

# Fixed Dutch texts that must not appear in an English printout (user text in the test
# conversation is Dutch and stays so; none of these words is in it).
DUTCH_FIXED = (
    "Actieplan",
    "Gespreksverslag",
    "pagina",
    "Ontwikkeldoel",
    "Deelnemers",
    "Gekozen indicatoren",
    "Vervolgafspraken",
    "Ondertekening",
    "Gespreksleider",
    "Gemaakt op",
    "Namens de",
    "Handtekening",
    "Wanneer",
    "Pijler",
    "Thema:",
    "maart",
    "Bezig",
    "Kansrijk",
    "Coördinator",
    "Eigen route student",
)




def assert_no_dutch(text: str, allowed: tuple[str, ...] = ()) -> None:
    found = [word for word in DUTCH_FIXED if word in text and word not in allowed]
    assert not found, found


@pytest.fixture
def english_catalog():
    return load_catalog(None, "en")[0]


# ----------------------------------------------------------------------- data files


def _texts(language: str) -> dict[str, str]:
    with open(TEXTS_DIR / f"{language}.toml", "rb") as handle:
        return tomllib.load(handle)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_text_files_have_the_same_keys_and_no_empty_value():
    nl, en = _texts("nl"), _texts("en")
    assert set(nl) == set(en), (set(nl) ^ set(en))
    for language, data in (("nl", nl), ("en", en)):
        for key, value in data.items():
            assert isinstance(value, str) and value.strip(), f"{language}.toml: {key}"
    # The same placeholders ({number}, {title} …) in both languages.
    for key in nl:
        assert _fields(nl[key]) == _fields(en[key]), key
    assert nl["html_lang"] == "nl" and en["html_lang"] == "en"


def test_texts_are_loaded_per_language():
    assert ctx.texts("nl").action_plan == "Actieplan"
    assert ctx.texts("en").action_plan == "Action plan"
    with pytest.raises(ValueError):
        ctx.texts("de")


def test_labels_in_both_languages():
    nl, en = labels_module.labels("nl"), labels_module.labels("en")
    assert dict(nl.kinds) == SESSION_KIND_LABELS
    assert dict(nl.roles) == ROLE_LABELS
    assert dict(nl.note_kinds) == NOTE_KIND_LABELS
    assert dict(nl.statuses) == ACTION_STATUS_LABELS
    assert dict(nl.pillars) == PILLAR_LABELS
    for name in ("kinds", "roles", "role_plurals", "note_kinds", "statuses", "pillars"):
        nl_dict, en_dict = getattr(nl, name), getattr(en, name)
        assert set(nl_dict) == set(en_dict), name
        assert all(value.strip() for value in en_dict.values()), name
    assert en.kinds["students"] == "Students"
    assert en.statuses["in_progress"] == "In progress"
    assert en.note_kinds["goes_well"] == "What goes well"
    with pytest.raises(ValueError):
        labels_module.labels("fr")


def test_dates_and_numbers_per_language():
    day = dt.date(2025, 3, 14)
    assert long_date(day) == "14 maart 2025"
    assert short_date(day) == "14-03-2025"
    assert long_date(day, "en") == "14 March 2025"
    assert short_date(day, "en") == "14/03/2025"
    assert long_date(None, "en") == short_date(None, "en") == ""
    assert whole_number(12345) == "12.345"
    assert whole_number(12345, "en") == "12,345"
    with pytest.raises(ValueError):
        long_date(day, "xx")


# ---------------------------------------------------------------------- printouts


def test_english_action_plan(ops, library, catalog):
    conversation = make_conversation(ops, library)
    # The Dutch catalog is passed: the English one is used for an English printout.
    data = pdf.render_action_plan(conversation, catalog, generated_on=GENERATED_ON,
                                  language="en")
    text = flat(pdf_text(data))
    for expected in (
        "Action plan",
        "Flexstage Noorderpoort",
        "Conversation Students, 14 March 2025",
        "Facilitator Marieke de Vries",
        "Organisations",
        "Made on 20 March 2025",
        "Participants",
        "Students (2)",
        "Coordinator",
        "Workplace supervisor",
        "Chosen indicators",
        "Student's own route",
        "Co-creation between workplace supervisors and teachers",
        "Development goals and actions",
        "Development goal 1",
        "Indicator: Student's own route",
        "Theme: Student shapes their own route",
        "Pillar: Promising training",
        "What Who When Status",
        "01/04/2025",
        "In progress",
        "Follow-up agreements",
        "Who invites",
        "What to prepare",
        "14 September 2025",
        "Signatures",
        "On behalf of the route",
        "On behalf of the participants",
        "Signature",
        "page 1 of",
    ):
        assert expected in text, expected
    assert_no_dutch(text)
    root = pypdf.PdfReader(io.BytesIO(data)).trailer["/Root"]
    assert root["/Lang"] == "en"


def test_english_action_plan_with_the_english_catalog_passed(ops, library, english_catalog):
    conversation = make_conversation(ops, library)
    data = pdf.render_action_plan(conversation, english_catalog, language="en")
    text = flat(pdf_text(data))
    assert "Student's own route" in text
    assert_no_dutch(text)


def test_english_html_is_tagged_and_user_text_stays_text(ops, library, catalog):
    conversation = make_conversation(ops, library, route_name="<b>Route & co</b>")
    context = ctx.action_plan_context(
        conversation, pdf.catalog_for(catalog, "en"), GENERATED_ON, "en"
    )
    html = pdf.render_html("actieplan.html", context)
    assert '<html lang="en">' in html
    assert "&lt;b&gt;Route &amp; co&lt;/b&gt;" in html
    assert "<b>Route" not in html
    # The page counter comes from the texts file, as escaped CSS strings.
    assert "counter(page)" in html and "pagina" not in html


def test_english_report(ops, library, catalog):
    conversation = make_conversation(ops, library)
    data = pdf.render_report(conversation, catalog, generated_on=GENERATED_ON, language="en")
    text = flat(pdf_text(data))
    for expected in (
        "Conversation report",
        "Context",
        "Target group",
        "Phase of the innovation",
        "Programmes and levels",
        "Indicator 1: Student's own route",
        "What goes well",
        "What could be better",
        "Notes",
        "Social bonding",
        "discussed",
        "themes discussed",
        "Not discussed:",
        "Draft actions (not in the action plan)",
        "Development goal 1",
        "Follow-up agreements",
        "page 1 of",
    ):
        assert expected in text, expected
    assert_no_dutch(text)
    for dutch in ("Wat gaat goed", "Doelgroep", "thema's", "Conceptacties", "Niet besproken"):
        assert dutch not in text, dutch


def test_english_report_shortens_long_text_with_an_english_note(ops, library, catalog):
    conversation = make_conversation(
        ops, library, notes={("eigen-route", "", "free"): "word " * 5000}
    )
    data = pdf.render_report(conversation, catalog, language="en")
    text = flat(pdf_text(data))
    left_out = len(("word " * 5000).strip()) - ctx.MAX_PRINTED_TEXT
    assert f"text shortened for printing: {left_out:,} more characters" in text
    assert "ingekort" not in text


def test_english_blank_kit(catalog):
    kit = pdf.render_blank_kit(catalog, language="en")
    assert set(kit) == {
        "praatplaat-poster.pdf", "actieplan-leeg.pdf", "onderlegger-eigen-route.pdf",
        "onderlegger-breed-opleiden.pdf", "onderlegger-co-creatie.pdf",
        "vragenlijst-studenten.pdf", "vragenlijst-begeleiders.pdf",
    }
    poster = flat(pdf_text(kit["praatplaat-poster.pdf"]))
    for expected in ("Conversation poster", "The indicators", "Student's own route",
                     "Social bonding", "Fill in the questionnaire"):
        assert expected in poster, expected
    assert_no_dutch(poster)
    sheet = flat(pdf_text(kit["onderlegger-eigen-route.pdf"]))
    for expected in ("Facilitator's sheet for indicator 1", "Student's own route",
                     "Explanation", "Guiding questions", "Themes of this indicator"):
        assert expected in sheet, expected
    assert_no_dutch(sheet)
    assert "Onderlegger" not in sheet and "Hulpvragen" not in sheet
    # The questionnaire forms the poster asks to fill in come with the kit, in English too.
    english = pdf.catalog_for(catalog, "en")
    form = flat(pdf_text(kit["vragenlijst-studenten.pdf"]))
    assert flat(english.questionnaire("studenten").title) in form
    assert flat(english.questionnaire("studenten").items[0].text) in form
    assert_no_dutch(form)
    blank = flat(pdf_text(kit["actieplan-leeg.pdf"]))
    for expected in ("Action plan", "Kind of conversation",
                     "Teachers and workplace supervisors", "Follow-up conversation",
                     "(choose 1 or 2)", "Development goal 1", "Development goal 2",
                     "What do we want to achieve?", "Promising training",
                     "Open · In progress · Done · Cancelled", "Who invites", "Signature",
                     "page 1 of"):
        assert expected in blank, expected
    assert_no_dutch(blank)
    assert "Soort gesprek" not in blank


def test_english_file_name(ops, library, catalog):
    conversation = make_conversation(ops, library)
    assert pdf.suggested_file_name(conversation, "actieplan", "en") == (
        "Action plan - Flexstage Noorderpoort - students - 2025-03-14.pdf"
    )
    assert pdf.suggested_file_name(conversation, "verslag") == (
        "Gespreksverslag - Flexstage Noorderpoort - studenten - 2025-03-14.pdf"
    )


def test_unknown_language_is_refused(ops, library, catalog):
    conversation = make_conversation(ops, library)
    with pytest.raises(ValueError):
        pdf.render_action_plan(conversation, catalog, language="de")


# ---------------------------------------------------------------------------- CLI


@pytest.fixture
def cli_main(monkeypatch: pytest.MonkeyPatch):
    from praatplaat_app import cli

    if "praatplaat_app.export.cli" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(
            cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "praatplaat_app.export.cli")
        )
    return cli.main


def test_cli_lang_en(ops, library, tmp_path, cli_main, capsys):
    conversation = make_conversation(ops, library)
    library_path = str(library.path)
    library.close()  # the CLI opens the library itself
    target = tmp_path / "plan.pdf"
    assert cli_main(["--library", library_path, "pdf", conversation.session.id,
                     "-o", str(target), "--lang", "en"]) == 0
    text = flat(pdf_text(target.read_bytes()))
    assert "Development goal 1" in text and "Student's own route" in text
    assert_no_dutch(text)
    report = tmp_path / "report.pdf"
    assert cli_main(["--library", library_path, "pdf", conversation.session.id,
                     "-o", str(report), "--kind", "verslag", "--lang", "en"]) == 0
    assert "What goes well" in flat(pdf_text(report.read_bytes()))
    assert cli_main(["--library", library_path, "pdf", conversation.session.id,
                     "-o", str(tmp_path), "--lang", "en"]) == 0
    assert (tmp_path / "Action plan - Flexstage Noorderpoort - students - 2025-03-14.pdf").exists()

    kit_dir = tmp_path / "kit"
    assert cli_main(["--library", library_path, "blank-kit", "-o", str(kit_dir),
                     "--lang", "en"]) == 0
    assert "Kind of conversation" in flat(pdf_text((kit_dir / "actieplan-leeg.pdf").read_bytes()))
    capsys.readouterr()
    with pytest.raises(SystemExit):
        cli_main(["--library", library_path, "blank-kit", "-o", str(kit_dir), "--lang", "de"])
    capsys.readouterr()
