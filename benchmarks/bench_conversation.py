"""Conversation figures: saving a note, opening a conversation, switching indicator.

- a note save through the operations layer (what every autosave does), target < 2 ms;
- opening a staff conversation with 2 chosen indicators and 99 notes (plus the students'
  earlier conversation, whose input is shown beside the fields) until the window is shown
  and painted, target < 200 ms;
- switching from one indicator (and theme) to the other in the open window, target < 50 ms.

Offscreen Qt, a fresh library in a temp folder; the user's data is never touched.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.harness import Context, Row, benchmark, measure, median  # noqa: E402

NOTE_SAVE_LIMIT_S = 0.002
OPEN_LIMIT_S = 0.200
SWITCH_LIMIT_S = 0.050

A, B, OTHER = "eigen-route", "co-creatie", "breed-opleiden"


def _setup(folder: Path):  # type: ignore[no-untyped-def]
    from praatplaat_app.domain import NoteKind, SessionKind
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.operations import Operations
    from praatplaat_app.store import Library

    library = Library.open(folder / "bench-conversation.sqlite")
    catalog = default_catalog()
    ops = Operations(library, catalog)
    route = ops.create_route("Flexstage Noorderpoort", organisations="Noorderpoort")
    people = [{"role": "student", "organisation": "Noorderpoort", "name": ""}] * 4
    students = ops.create_session(route.id, SessionKind.STUDENTS, dt.date(2025, 3, 3),
                                  participants=people)
    staff = ops.create_session(
        route.id,
        SessionKind.STAFF,
        dt.date(2025, 3, 20),
        participants=[{"role": "teacher", "organisation": "Noorderpoort", "name": ""}] * 3,
    )
    text = ("Studenten kiezen zelf hun leerdoelen; werkbegeleiders geven ruimte. " * 6).strip()
    kinds = [NoteKind.GOES_WELL, NoteKind.IMPROVE, NoteKind.FREE]
    count = 0
    for indicator in (A, B, OTHER):
        for theme_id in ["", *(t.id for t in catalog.themes)]:
            for kind in kinds:
                ops.set_note(staff.id, indicator, theme_id, kind, f"{count}: {text}")
                count += 1
    for indicator in (A, B):
        ops.set_indicator_chosen(staff.id, indicator, True)
        ops.set_indicator_chosen(students.id, indicator, True)
        for theme in catalog.themes_for(indicator):
            for kind in kinds:
                ops.set_note(students.id, indicator, theme.id, kind, f"Studenten: {text}")
    ops.undo_stack.clear()
    return library, catalog, ops, staff.id, count


@benchmark("conversation", "note save, opening a conversation, switching indicator")
def conversation(ctx: Context):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from praatplaat_app.ui.conversation.workspace import INDICATOR, THEME, ConversationWindow

    with tempfile.TemporaryDirectory() as tmp:
        library, catalog, ops, session_id, notes = _setup(Path(tmp))
        try:
            # -- note save (the autosave path)
            counter = iter(range(10**9))

            def save() -> None:
                ops.set_note(session_id, A, "sociale-binding", "goes_well",
                             f"Typ {next(counter)} " * 20)

            seconds = measure(save, ctx.repeats(400, 60), warmup=5)
            yield Row("Conversation: note save via operations", seconds,
                      limit=NOTE_SAVE_LIMIT_S)

            # -- open until shown
            def open_window() -> float:
                started = time.perf_counter()
                window = ConversationWindow(library, catalog, ops, session_id)
                window.resize(1366, 768)
                window.show()
                app.processEvents()
                window.repaint()
                elapsed = time.perf_counter() - started
                window.close()
                window.deleteLater()
                app.processEvents()
                return elapsed

            ops.remember_position(session_id, A, "sociale-binding")
            open_window()  # warm-up (imports, fonts)
            samples = [open_window() for _ in range(ctx.repeats(15, 4))]
            yield Row(f"Conversation: open (2 indicators, {notes} notes, student input) "
                      "until shown", median(samples), limit=OPEN_LIMIT_S)

            # -- switch indicator
            window = ConversationWindow(library, catalog, ops, session_id)
            window.resize(1366, 768)
            window.show()
            app.processEvents()
            workspace = window.workspace
            targets = [
                (INDICATOR, A, ""),
                (THEME, B, "co-creeren-van-onderwijs-en-begeleiding-in-de-praktijk"),
                (INDICATOR, B, ""),
                (THEME, A, "sociale-binding"),
            ]
            step = iter(range(10**9))

            def switch() -> None:
                workspace.navigate(*targets[next(step) % len(targets)])
                app.processEvents()
                window.repaint()

            seconds = measure(switch, ctx.repeats(40, 8), warmup=4)
            window.close()
            window.deleteLater()
            app.processEvents()
            yield Row("Conversation: switch indicator/theme (shown)", seconds,
                      limit=SWITCH_LIMIT_S)
        finally:
            library.close()
