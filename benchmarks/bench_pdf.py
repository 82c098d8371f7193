"""PDF figures: the action plan (warm, and cold in a fresh process), the full report."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

from benchmarks.harness import ROOT, Context, Row, benchmark, measure, median

PLAN_LIMIT_S = 0.7
COLD_PLAN_LIMIT_S = 1.5
REPORT_LIMIT_S = 2.0


def build_library(path: Path, *, goals: int, actions: int, notes: int) -> str:
    """A library with one conversation on two indicators; returns the conversation id."""
    from praatplaat_app.domain import Action, FollowUp, Goal
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.operations import Operations
    from praatplaat_app.store import Library

    catalog = default_catalog()
    library = Library.open(path)
    try:
        ops = Operations(library, catalog)
        route = ops.create_route(
            "Flexstage Noorderpoort", organisations="Noorderpoort, Zorggroep Meander"
        )
        session = ops.create_session(
            route.id,
            "students",
            dt.date(2025, 3, 14),
            facilitator="Marieke de Vries",
            context="Eerstejaars lopen vanaf week 10 flexibel stage.\nDe route bestaat twee jaar.",
            target_group="Eerstejaars MZVZ",
            phase="Evaluatie",
            participants=[{"role": "student", "organisation": "Noorderpoort"}] * 5
            + [{"role": "coordinator", "name": "Anna Jansen", "organisation": "Noorderpoort"},
               {"role": "supervisor", "name": "Ellen Bakker", "organisation": "Meander"}],
        )
        indicators = ("eigen-route", "co-creatie")
        for indicator in indicators:
            ops.set_indicator_chosen(session.id, indicator, True)
        slots = [
            (indicator, theme, kind)
            for indicator in indicators
            for theme in ["", *(t.id for t in catalog.themes_for(indicator))]
            for kind in ("goes_well", "improve", "free")
        ]
        for n, (indicator, theme, kind) in enumerate(slots[:notes]):
            ops.set_note(
                session.id, indicator, theme, kind,
                f"Notitie {n + 1}: studenten en werkbegeleiders bespreken de voortgang "
                "wekelijks; dat is goed geëvalueerd.\nVolgende stap: samen met de docent "
                "een leerplan opstellen en na tien weken terugkijken.",
            )
            if theme:
                ops.set_theme_discussed(session.id, indicator, theme, True)
        goal_records = [
            library.save(
                Goal(session_id=session.id, indicator_id=indicators[g % 2], pillar="kansrijk",
                     text=f"Ontwikkeldoel {g + 1}: studenten maken in de eerste week samen "
                     "met hun werkbegeleider een persoonlijk leerplan.", position=g)
            )
            for g in range(goals)
        ]
        for a in range(actions):
            library.save(
                Action(session_id=session.id, goal_id=goal_records[a % goals].id,
                       what=f"Actie {a + 1}: format voor het leerplan maken en bespreken "
                       "in het teamoverleg van de afdeling",
                       who="Anna Jansen", due=dt.date(2025, 4, 1 + a % 28),
                       status="open", position=a)
            )
        library.save(FollowUp(session_id=session.id, date=dt.date(2025, 9, 14),
                              who_invites="Anna Jansen", prepare="Leerplannen meenemen."))
        return session.id
    finally:
        library.close()


def _conversation(path: Path, session_id: str):
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.store import Library

    library = Library.open(path, lock=False)
    try:
        return library.conversation(session_id), default_catalog()
    finally:
        library.close()


COLD_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.store import Library
    library = Library.open(sys.argv[1], lock=False)
    conversation = library.conversation(sys.argv[2])
    library.close()
    catalog = default_catalog()
    assert "weasyprint" not in sys.modules
    start = time.perf_counter()
    from praatplaat_app.export.pdf import render_action_plan
    data = render_action_plan(conversation, catalog)
    print(time.perf_counter() - start)
    """
)


@benchmark("pdf", "PDF: action plan (warm and cold) and the full report")
def pdf(ctx: Context) -> Iterator[Row]:
    from praatplaat_app.export.pdf import render_action_plan, render_report

    with tempfile.TemporaryDirectory(prefix="praatplaat-bench-pdf-") as tmp:
        plan_db = Path(tmp) / "plan.sqlite"
        plan_id = build_library(plan_db, goals=4, actions=24, notes=0)
        conversation, catalog = _conversation(plan_db, plan_id)
        pages = _pages(render_action_plan(conversation, catalog))
        seconds = measure(lambda: render_action_plan(conversation, catalog), ctx.repeats(7, 3))
        yield Row(f"PDF: action plan, warm ({pages} pages)", seconds, limit=PLAN_LIMIT_S)

        cold = []
        for _ in range(ctx.repeats(5, 2)):
            result = subprocess.run(
                [sys.executable, "-c", COLD_SCRIPT, str(plan_db), plan_id],
                capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
            )
            if result.returncode != 0:
                raise RuntimeError(result.stderr.strip().splitlines()[-1])
            cold.append(float(result.stdout.strip().splitlines()[-1]))
        yield Row("PDF: action plan, first in a fresh process (incl. WeasyPrint import)",
                  median(cold), limit=COLD_PLAN_LIMIT_S)

        report_db = Path(tmp) / "report.sqlite"
        report_id = build_library(report_db, goals=4, actions=20, notes=30)
        conversation, catalog = _conversation(report_db, report_id)
        pages = _pages(render_report(conversation, catalog))
        seconds = measure(lambda: render_report(conversation, catalog), ctx.repeats(5, 2))
        yield Row(f"PDF: report, 2 indicators, 30 notes, 20 actions ({pages} pages)", seconds,
                  limit=REPORT_LIMIT_S)


def _pages(data: bytes) -> str:
    try:
        import io

        import pypdf
    except ImportError:  # pypdf is a test extra
        return "?"
    return str(len(pypdf.PdfReader(io.BytesIO(data)).pages))
