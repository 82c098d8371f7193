"""PDF printouts: content, Dutch text, tagging, safety of user text, saving and the CLI.

Plain pytest, no Qt. PDF text is read back with pypdf.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import socket
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("weasyprint")

from pdf_text import pdf_text, squash

from praatplaat_app.domain import Action, FollowUp, Goal  # noqa: E402
from praatplaat_app.errors import PraatplaatError  # noqa: E402
from praatplaat_app.export import fetcher as fetcher_module  # noqa: E402
from praatplaat_app.export import pdf  # noqa: E402
from praatplaat_app.export.fetcher import RefusedURL, make_fetcher  # noqa: E402

GENERATED_ON = dt.date(2025, 3, 20)


# ------------------------------------------------------------------------------ helpers



def page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def font_names(data: bytes) -> set[str]:
    names: set[str] = set()

    def walk(resources) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            names.add(str(font.get_object().get("/BaseFont")))
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        walk(page.get("/Resources"))
    return names



def make_conversation(ops, library, *, notes: dict[tuple[str, str, str], str] | None = None,
                      goal_text: str = "Studenten maken in week 1 een persoonlijk leerplan.",
                      action_what: str = "Format leerplan maken",
                      route_name: str = "Flexstage Noorderpoort"):
    route = ops.create_route(
        route_name,
        organisations="Noorderpoort, Zorggroep Meander",
        programmes="MZVZ niveau 3",
    )
    session = ops.create_session(
        route.id,
        "students",
        dt.date(2025, 3, 14),
        facilitator="Marieke de Vries",
        context="Eerstejaars lopen vanaf week 10 stage.\nDe route bestaat twee jaar.",
        target_group="Eerstejaars MZVZ",
        phase="Evaluatie na jaar 2",
        participants=[
            {"role": "student", "organisation": "Noorderpoort"},
            {"role": "student", "organisation": "Noorderpoort"},
            {"role": "coordinator", "name": "Anna Jansen", "organisation": "Noorderpoort"},
            {"role": "supervisor", "name": "Ellen Bakker", "organisation": "Meander"},
        ],
    )
    ops.set_indicator_chosen(session.id, "eigen-route", True)
    ops.set_indicator_chosen(session.id, "co-creatie", True)
    base_notes = {
        ("eigen-route", "", "goes_well"): "Studenten kiezen zelf hun leervragen.\nDat is geëvalueerd.",
        ("eigen-route", "", "improve"): "Kaders zijn niet voor iedereen duidelijk.",
        ("eigen-route", "sociale-binding", "free"): "Snel thuis in het team.\n- buddy in week 1",
    }
    for (indicator, theme, kind), text in {**base_notes, **(notes or {})}.items():
        ops.set_note(session.id, indicator, theme, kind, text)
    ops.set_theme_discussed(session.id, "eigen-route", "sociale-binding", True)
    ops.set_theme_discussed(
        session.id, "co-creatie", "co-creeren-van-onderwijs-en-begeleiding-in-de-praktijk", True
    )
    goal = library.save(
        Goal(session_id=session.id, indicator_id="eigen-route",
             theme_id="student-geeft-eigen-route-vorm", pillar="kansrijk", text=goal_text)
    )
    library.save(
        Action(session_id=session.id, goal_id=goal.id, what=action_what, who="Anna Jansen",
               due=dt.date(2025, 4, 1), status="in_progress", position=0)
    )
    library.save(
        Action(session_id=session.id, goal_id=goal.id, what="Werkbegeleiders instrueren",
               who="Ellen Bakker", due=dt.date(2025, 4, 15), status="open", position=1)
    )
    library.save(
        Action(session_id=session.id, what="Concept: buddysysteem uitwerken", draft=True,
               indicator_id="eigen-route", theme_id="sociale-binding", position=2)
    )
    library.save(
        FollowUp(session_id=session.id, date=dt.date(2025, 9, 14), who_invites="Anna Jansen",
                 prepare="Leerplannen meenemen.")
    )
    return library.conversation(session.id)


class Listener:
    """A TCP listener on 127.0.0.1 that records connections (bounded: stops by itself)."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        deadline = threading.Event()
        timer = threading.Timer(60, deadline.set)  # never runs longer than a minute
        timer.start()
        try:
            while not self._stop.is_set() and not deadline.is_set():
                try:
                    conn, _ = self.sock.accept()
                except OSError:
                    continue
                self.connections += 1
                conn.close()
        finally:
            timer.cancel()

    def __enter__(self) -> Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


def test_listener_counts_connections():
    with Listener() as listener:
        socket.create_connection(("127.0.0.1", listener.port), timeout=2).close()
        for _ in range(50):
            if listener.connections:
                break
            threading.Event().wait(0.05)
    assert listener.connections == 1


@pytest.fixture
def canary(tmp_path: Path) -> tuple[Path, str]:
    secret = f"CANARY-{uuid.uuid4().hex}"
    path = tmp_path / "canary.txt"
    path.write_text(secret, encoding="utf-8")
    return path, secret


@pytest.fixture
def captured_fetchers(monkeypatch: pytest.MonkeyPatch) -> list:
    """Every fetcher the renderer makes, to look at what it was asked."""
    made: list = []

    def recording() -> object:
        f = make_fetcher()
        made.append(f)
        return f

    monkeypatch.setattr(pdf, "make_fetcher", recording)
    return made


# ---------------------------------------------------------------------- action plan


def test_action_plan_has_every_section(ops, library, catalog):
    conversation = make_conversation(ops, library)
    data = pdf.render_action_plan(conversation, catalog, generated_on=GENERATED_ON)
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    for expected in (
        "Actieplan",
        "Flexstage Noorderpoort",
        "14 maart 2025",
        "Marieke de Vries",
        "Deelnemers",
        "Studenten (2)",
        "Coördinator",
        "Anna Jansen (Noorderpoort)",
        "Werkbegeleider",
        "Gekozen indicatoren",
        "Eigen route student",
        "Co-creatie werkbegeleiders en docenten",
        "Ontwikkeldoelen en acties",
        "Ontwikkeldoel 1",
        "Studenten maken in week 1 een persoonlijk leerplan.",
        "Thema: Student geeft eigen route vorm",
        "Pijler: Kansrijk opleiden",
        "Wat",
        "Wie",
        "Wanneer",
        "Status",
        "Format leerplan maken",
        "01-04-2025",
        "Bezig",
        "Vervolgafspraken",
        "14 september 2025",
        "Leerplannen meenemen.",
        "Ondertekening",
        "Handtekening",
        "pagina 1 van",
    ):
        assert expected in text, expected
    # Notes and drafts belong to the report, not to the plan.
    assert "Concept: buddysysteem" not in text
    assert "Kaders zijn niet" not in text
    assert 1 <= page_count(data) <= 3


def test_footer_has_route_date_and_page_numbers(ops, library, catalog):
    conversation = make_conversation(ops, library)
    data = pdf.render_action_plan(conversation, catalog)
    reader = pypdf.PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"pagina {number} van {total}" in text
        assert "Flexstage Noorderpoort" in text
        assert "14 maart 2025" in text


def test_pdf_is_tagged_with_language_and_uses_only_the_bundled_font(ops, library, catalog):
    conversation = make_conversation(ops, library)
    data = pdf.render_action_plan(conversation, catalog)
    root = pypdf.PdfReader(io.BytesIO(data)).trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert "/MarkInfo" in root
    assert root["/Lang"] == "nl"
    fonts = font_names(data)
    assert fonts, "no fonts found"
    # Margin boxes and hyphens use the bundled font too: no system fallback is embedded.
    assert all("Praatplaat-Sans" in name for name in fonts), fonts


# --------------------------------------------------------------------------- report


def test_report_has_every_section(ops, library, catalog):
    conversation = make_conversation(ops, library)
    data = pdf.render_report(conversation, catalog, generated_on=GENERATED_ON)
    text = pdf_text(data)
    for expected in (
        "Gespreksverslag",
        "Context",
        "Eerstejaars lopen vanaf week 10 stage.",
        "Doelgroep",
        "Fase van de innovatie",
        "Evaluatie na jaar 2",
        "Deelnemers",
        "Indicator 1: Eigen route student",
        "Wat gaat goed",
        "Studenten kiezen zelf hun leervragen.",
        "Dat is geëvalueerd.",
        "Wat kan beter",
        "Notities",
        "Sociale binding",
        "besproken",
        "Indicator 3: Co-creatie werkbegeleiders en docenten",
        "Co-creëren van onderwijs en begeleiding in de praktijk",
        "Coördinator",
        "Ontwikkeldoel 1",
        "Format leerplan maken",
        "Conceptacties",
        "Concept: buddysysteem uitwerken",
        "Vervolgafspraken",
        "Ondertekening",
        "pagina 1 van",
    ):
        assert expected in text, expected
    # Newlines in notes are kept as line breaks (pre-wrap), not lost or turned into markup.
    assert "Snel thuis in het team.\n- buddy in week 1" in text
    assert "<br" not in text
    assert page_count(data) >= page_count(pdf.render_action_plan(conversation, catalog))


def test_empty_conversation_prints_clear_placeholders(ops, library, catalog):
    route = ops.create_route("Lege route")
    session = ops.create_session(route.id, "follow_up", dt.date(2025, 1, 2))
    conversation = library.conversation(session.id)
    plan = pdf_text(pdf.render_action_plan(conversation, catalog))
    assert "Er zijn geen deelnemers vastgelegd." in plan
    assert "Er is (nog) geen indicator gekozen." in plan
    assert "Er zijn (nog) geen ontwikkeldoelen of acties vastgelegd." in plan
    assert "Er zijn (nog) geen vervolgafspraken gemaakt." in plan
    report = pdf_text(pdf.render_report(conversation, catalog))
    assert "niet ingevuld" in report
    assert "Vervolggesprek" in report


def test_report_leaves_out_private_notes(ops, library, catalog):
    conversation = make_conversation(
        ops, library, notes={("co-creatie", "", "free"): "Alleen voor de gespreksleider."}
    )
    note = conversation.note("co-creatie", "", "free")
    ops.set_note_private(note.id, True)
    text = pdf_text(pdf.render_report(library.conversation(conversation.session.id), catalog))
    assert "Alleen voor de gespreksleider." not in text


def test_long_notes_wrap_and_tables_stay_on_the_page(ops, library, catalog):
    long_word = "x" * 300
    conversation = make_conversation(
        ops,
        library,
        notes={("eigen-route", "", "free"): "Begin " + "lange notitie " * 400 + long_word},
        action_what="Actie met een heel lang woord " + "y" * 200,
    )
    data = pdf.render_report(conversation, catalog)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    assert "y" * 200 in squash(pdf_text(data))
    # Nothing is drawn outside the page: every text position lies on the A4 sheet.
    width = float(reader.pages[0].mediabox.width)
    positions: list[float] = []

    def visitor(text, cm, tm, font_dict, font_size):
        if text.strip():
            positions.append(tm[4] * cm[0] + cm[4])

    for page in reader.pages:
        page.extract_text(visitor_text=visitor)
    assert positions and max(positions) < width


def test_report_with_questionnaire_chart_and_photo(ops, library, catalog, captured_fetchers):
    from PIL import Image

    conversation = make_conversation(ops, library)
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (46, 111, 149)).save(buffer, format="PNG")
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60">'
        '<rect x="0" y="0" width="120" height="20" fill="#2E6F95"/></svg>'
    )
    data = pdf.render_report(
        conversation,
        catalog,
        questionnaire_svg=svg,
        attachments=[("Foto van de ingevulde praatplaat", "image/png", buffer.getvalue())],
    )
    text = pdf_text(data)
    assert "Vragenlijst" in text
    assert "Foto van de ingevulde praatplaat" in text
    (fetcher,) = captured_fetchers
    assert "praatplaat://memory/questionnaire.svg" in fetcher.served
    assert "praatplaat://memory/attachment-1.png" in fetcher.served
    assert fetcher.refused == []
    assert data.count(b"/Subtype /Image") + data.count(b"/Subtype/Image") >= 1


def test_report_without_chart_prints_no_questionnaire_block(ops, library, catalog):
    text = pdf_text(pdf.render_report(make_conversation(ops, library), catalog))
    assert "Vragenlijst" not in text


def test_attachment_must_be_png_or_jpeg(ops, library, catalog):
    conversation = make_conversation(ops, library)
    with pytest.raises(pdf.ExportError, match="geen PNG- of JPEG-afbeelding"):
        pdf.render_report(conversation, catalog,
                          attachments=[("Plaatje", "image/png", b"GIF89a....")])
    with pytest.raises(pdf.ExportError):
        pdf.render_report(conversation, catalog,
                          attachments=[("Stiekem", "image/jpeg", b"<svg onload=x>")])


def test_questionnaire_svg_cannot_fetch_anything(ops, library, catalog, canary,
                                                 captured_fetchers):
    path, secret = canary
    with Listener() as listener:
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50">'
            f'<image href="{path.as_uri()}" width="10" height="10"/>'
            f'<image xlink:href="http://127.0.0.1:{listener.port}/x.png" width="10" height="10"/>'
            '<rect width="50" height="20" fill="#3C7A4A"/></svg>'
        )
        data = pdf.render_report(make_conversation(ops, library), catalog, questionnaire_svg=svg)
    assert listener.connections == 0
    assert secret.encode() not in data
    (fetcher,) = captured_fetchers
    assert path.as_uri() in fetcher.refused


# --------------------------------------------------------------- user text is text

INJECTIONS = (
    '<img src="{file_url}">',
    '<link rel=attachment href="{file_url}">',
    "@import url({file_url});",
    '<p style="background:url(http://127.0.0.1:{port}/x)">achtergrond</p>',
    "{{{{7*7}}}}",
    "<script>alert(1)</script>",
    '<object data="http://127.0.0.1:{port}/o">',
    "</p></div></body><h1>Kop</h1>",
)


def test_markup_in_user_text_is_printed_literally(ops, library, catalog, canary,
                                                  captured_fetchers):
    path, secret = canary
    with Listener() as listener:
        payloads = [p.format(file_url=path.as_uri(), port=listener.port) for p in INJECTIONS]
        note = "\n".join(payloads)
        conversation = make_conversation(
            ops,
            library,
            notes={
                ("eigen-route", "", "free"): note,
                ("co-creatie", "", "improve"): note,
            },
            goal_text=payloads[0],
            action_what=payloads[3],
            route_name="Route <b>vet</b> & {{7*7}}",
        )
        report = pdf.render_report(conversation, catalog)
        plan = pdf.render_action_plan(conversation, catalog)
    assert listener.connections == 0, "the renderer connected to the network"
    for data in (report, plan):
        assert secret.encode() not in data
        assert b"/EmbeddedFiles" not in data
        assert b"/JavaScript" not in data
    report_text = squash(pdf_text(report))
    for payload in payloads:
        assert squash(payload) in report_text, payload
    plan_text = squash(pdf_text(plan))
    assert squash(payloads[0]) in plan_text
    assert squash(payloads[3]) in plan_text
    assert squash("Route <b>vet</b> & {{7*7}}") in plan_text
    assert "Route49" not in plan_text
    # Escaped text never reaches the fetcher: it was asked for app resources only.
    for f in captured_fetchers:
        assert f.refused == []
        assert all(url.startswith("praatplaat://app/") for url in f.served)


# ---------------------------------------------------------------------------- fetcher


def test_fetcher_serves_bundled_resources():
    f = make_fetcher()
    response = f.fetch("praatplaat://app/fonts/OpenSans-Regular.ttf")
    assert response.read()[:4] in (b"\x00\x01\x00\x00", b"true")
    assert f.fetch("praatplaat://app/templates/base.css").content_type == "text/css"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        "http://example.org/x.css",
        "https://example.org/x.css",
        "ftp://example.org/x",
        "data:text/css,body{color:red}",
        "data:image/png;base64,iVBORw0KGgo=",
        "praatplaat://app/../../../etc/passwd",
        "praatplaat://app/fonts/../../../../etc/passwd",
        "praatplaat://app/fonts/%2e%2e/%2e%2e/pyproject.toml",
        "praatplaat://app/fonts/..%2f..%2fpraatplaat_app%2fcli.py",
        "praatplaat://app/templates/../fetcher.py",
        "praatplaat://app/templates/..\\fetcher.py",
        "praatplaat://app/templates//base.css",
        "praatplaat://app/templates/./base.css",
        "praatplaat://app/templates/base.css?x=1",
        "praatplaat://app/templates/base.html",
        "praatplaat://app/fonts/LICENSE-OpenSans.txt",
        "praatplaat://app/etc/passwd",
        "praatplaat://app//etc/passwd",
        "praatplaat://evil/fonts/OpenSans-Regular.ttf",
        "praatplaat://app:80/fonts/OpenSans-Regular.ttf",
        "praatplaat://memory/nothing.png",
        "praatplaat:///etc/passwd",
        "fonts/OpenSans-Regular.ttf",
        "/etc/passwd",
    ],
)
def test_fetcher_refuses(url):
    f = make_fetcher()
    with pytest.raises(RefusedURL):
        f.fetch(url)
    assert f.refused


def test_fetcher_refuses_symlink_out_of_resources(tmp_path, monkeypatch):
    outside = tmp_path / "secret.css"
    outside.write_text("body{}")
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / "evil.css").symlink_to(outside)
    monkeypatch.setattr(fetcher_module, "_roots", lambda: {"fonts": fonts})
    with pytest.raises(RefusedURL):
        make_fetcher().fetch("praatplaat://app/fonts/evil.css")


def test_fetcher_in_weasyprint_refuses_files_and_network(canary):
    """Defence in depth: even markup that reached WeasyPrint could not load anything."""
    from weasyprint import HTML

    path, secret = canary
    with Listener() as listener:
        url = f"http://127.0.0.1:{listener.port}"
        html = f"""<html lang="nl"><head>
            <link rel="stylesheet" href="{url}/a.css">
            <link rel="attachment" href="{path.as_uri()}">
            <style>@import url({url}/b.css); @import url({path.as_uri()});
              body {{ background: url({url}/bg.png) }}
              @font-face {{ font-family: X; src: url({path.as_uri()}); }}</style></head>
            <body><img src="{path.as_uri()}"><img src="{url}/i.png">
            <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==">
            <a rel="attachment" href="{path.as_uri()}">bijlage</a>
            <object data="{url}/o.svg"></object><p>tekst</p></body></html>"""
        f = make_fetcher()
        data = HTML(string=html, base_url=fetcher_module.APP_BASE, url_fetcher=f).write_pdf()
    assert listener.connections == 0
    assert secret.encode() not in data
    assert b"/EmbeddedFiles" not in data
    assert f.served == []
    assert any(u.startswith("file:") for u in f.refused)
    assert any(u.startswith("http:") for u in f.refused)
    assert any(u.startswith("data:") for u in f.refused)


# ------------------------------------------------------------------------- blank kit


def test_blank_kit_has_every_file(catalog):
    kit = pdf.render_blank_kit(catalog)
    expected = (
        {"praatplaat-poster.pdf", "actieplan-leeg.pdf"}
        | {f"onderlegger-{i.id}.pdf" for i in catalog.indicators}
        | {f"vragenlijst-{q.id}.pdf" for q in catalog.questionnaires}
    )
    assert set(kit) == expected
    poster = pypdf.PdfReader(io.BytesIO(kit["praatplaat-poster.pdf"]))
    assert len(poster.pages) == 1
    box = poster.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    assert abs(float(box.width) - 1190.55) < 2  # A3: 420 mm
    poster_text = squash(pdf_text(kit["praatplaat-poster.pdf"]))
    for indicator in catalog.indicators:
        assert squash(indicator.title) in poster_text
    for theme in catalog.themes:
        assert squash(theme.title) in poster_text, theme.title
    assert squash("Maak een keuze voor 1 of 2 indicatoren.") in poster_text
    for indicator in catalog.indicators:
        text = pdf_text(kit[f"onderlegger-{indicator.id}.pdf"])
        assert "Hulpvragen" in text
        assert squash(indicator.guiding_questions[0]) in squash(text)
        for theme in catalog.themes_for(indicator.id):
            assert squash(theme.title) in squash(text)
    plan_text = pdf_text(kit["actieplan-leeg.pdf"])
    for expected in ("Actieplan", "Ontwikkeldoel 1", "Wat", "Wie", "Wanneer", "Status",
                     "Vervolgafspraken", "Handtekening", "pagina 1 van 2"):
        assert expected in plan_text
    for data in kit.values():
        assert "/StructTreeRoot" in pypdf.PdfReader(io.BytesIO(data)).trailer["/Root"]


def test_poster_falls_back_to_columns_for_other_catalogs(catalog):
    from dataclasses import replace

    from praatplaat_app.export.context import poster_layout

    assert poster_layout(catalog)["kind"] == "venn"
    two = replace(catalog, indicators=catalog.indicators[:2])
    layout = poster_layout(two)
    assert layout["kind"] == "columns" and len(layout["columns"]) == 2


# -------------------------------------------------------------------- saving, names


def test_write_pdf_is_atomic_and_reports_problems_in_dutch(tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    pdf.write_pdf(b"%PDF-1.7 test", target)
    assert target.read_bytes() == b"%PDF-1.7 test"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]

    with pytest.raises(pdf.ExportError, match="bestaat niet"):
        pdf.write_pdf(b"x", tmp_path / "nergens" / "plan.pdf")
    with pytest.raises(pdf.ExportError, match="is een map"):
        pdf.write_pdf(b"x", tmp_path)

    from praatplaat_app import atomic

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(pdf.ExportError) as info:
        pdf.write_pdf(b"nieuw", target)
    assert "is het nog geopend in een ander programma? Sluit het en probeer opnieuw." in str(
        info.value
    )
    assert target.read_bytes() == b"%PDF-1.7 test"  # the old file is untouched
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]  # no temp file left
    monkeypatch.undo()

    monkeypatch.setattr(atomic.tempfile, "mkstemp", locked)
    with pytest.raises(pdf.ExportError, match="mag niet worden geschreven"):
        pdf.write_pdf(b"x", tmp_path / "nieuw.pdf")
    assert isinstance(info.value, PraatplaatError)


def test_suggested_file_name(ops, library):
    conversation = make_conversation(ops, library)
    assert (
        pdf.suggested_file_name(conversation, "actieplan")
        == "Actieplan - Flexstage Noorderpoort - studenten - 2025-03-14.pdf"
    )
    assert pdf.suggested_file_name(conversation, "verslag").startswith("Gespreksverslag - ")
    other = make_conversation(ops, library, route_name='Route: a/b\\c <d> "e" | f? * g.')
    name = pdf.suggested_file_name(other, "actieplan")
    assert not set('<>:"/\\|?*') & set(name.removesuffix(".pdf"))
    assert name == "Actieplan - Route a b c d e f g - studenten - 2025-03-14.pdf"
    with pytest.raises(ValueError):
        pdf.suggested_file_name(conversation, "poster")


# ------------------------------------------------------------------- timeouts, import


def test_render_with_timeout():
    assert pdf.render_with_timeout(lambda: 42) == 42
    with pytest.raises(pdf.RenderTimeout) as info:
        pdf.render_with_timeout(threading.Event().wait, 5, timeout=0.05)
    assert "duurde te lang" in info.value.message
    with pytest.raises(ZeroDivisionError):
        pdf.render_with_timeout(lambda: 1 / 0)


def test_render_timeout_survives_pickling():
    import pickle

    error = pickle.loads(pickle.dumps(pdf.RenderTimeout(30)))
    assert isinstance(error, pdf.RenderTimeout) and error.seconds == 30
    assert "30 seconden" in error.message
    export_error = pickle.loads(pickle.dumps(pdf.ExportError("Kan niet.")))
    assert export_error.message == "Kan niet."


def test_render_in_subprocess(catalog):
    kit = pdf.render_in_subprocess("blanco", catalog)
    assert kit["actieplan-leeg.pdf"].startswith(b"%PDF-")
    with pytest.raises(pdf.RenderTimeout):
        pdf.render_in_subprocess("blanco", catalog, timeout=0.01)


def test_importing_the_export_modules_does_not_import_weasyprint():
    code = (
        "import sys, praatplaat_app.export.pdf, praatplaat_app.export.cli, "
        "praatplaat_app.export.fetcher, praatplaat_app.export.context\n"
        "print(sorted(m for m in ('weasyprint', 'jinja2', 'pypdf') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).resolve().parents[1])
    assert result.stdout.strip() == "[]"


# ------------------------------------------------------------------------------- CLI


@pytest.fixture
def cli_main(monkeypatch: pytest.MonkeyPatch):
    from praatplaat_app import cli

    if "praatplaat_app.export.cli" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(
            cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "praatplaat_app.export.cli")
        )
    return cli.main


def test_cli_pdf_and_blank_kit(ops, library, tmp_path, cli_main, capsys):
    conversation = make_conversation(ops, library)
    library_path = str(library.path)
    library.close()  # the CLI opens the library itself
    target = tmp_path / "plan.pdf"
    assert cli_main(["--library", library_path, "pdf", conversation.session.id,
                     "-o", str(target)]) == 0
    assert "Ontwikkeldoel 1" in pdf_text(target.read_bytes())
    report = tmp_path / "verslag.pdf"
    assert cli_main(["--library", library_path, "pdf", conversation.session.id,
                     "-o", str(report), "--kind", "verslag"]) == 0
    assert "Wat gaat goed" in pdf_text(report.read_bytes())
    # A folder as output: the suggested file name inside it.
    assert cli_main(["--library", library_path, "pdf", conversation.session.id,
                     "-o", str(tmp_path)]) == 0
    assert (tmp_path / "Actieplan - Flexstage Noorderpoort - studenten - 2025-03-14.pdf").exists()

    kit_dir = tmp_path / "kit"
    assert cli_main(["--library", library_path, "blank-kit", "-o", str(kit_dir)]) == 0
    assert {p.name for p in kit_dir.iterdir()} == {
        "praatplaat-poster.pdf", "actieplan-leeg.pdf", "onderlegger-eigen-route.pdf",
        "onderlegger-breed-opleiden.pdf", "onderlegger-co-creatie.pdf",
        "vragenlijst-studenten.pdf", "vragenlijst-begeleiders.pdf",
    }
    capsys.readouterr()


def test_cli_errors_are_one_dutch_line(ops, library, tmp_path, cli_main, capsys):
    conversation = make_conversation(ops, library)
    library_path = str(library.path)
    library.close()
    capsys.readouterr()

    assert cli_main(["--library", library_path, "pdf", "bestaat-niet", "-o",
                     str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "geen gesprek met id 'bestaat-niet'" in err
    assert "Traceback" not in err

    assert cli_main(["--library", library_path, "pdf", conversation.session.id, "-o",
                     str(tmp_path / "geen-map" / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bestaat niet" in err

    blocker = tmp_path / "bestand.txt"
    blocker.write_text("x")
    assert cli_main(["--library", library_path, "blank-kit", "-o", str(blocker)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "geen map" in err
    assert cli_main(["--library", library_path, "blank-kit", "-o",
                     str(blocker / "sub")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_add_parsers_registers_both_commands():
    from praatplaat_app.export.cli import add_parsers

    parser = argparse.ArgumentParser()
    add_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["pdf", "abc", "-o", "x.pdf", "--kind", "verslag"])
    assert (args.conversation_id, args.kind, args.output) == ("abc", "verslag", Path("x.pdf"))
    args = parser.parse_args(["blank-kit", "-o", "map"])
    assert args.output == Path("map")
