"""Autosave survives a kill: nothing typed more than a second ago is lost.

A child process opens the library, builds the conversation window offscreen and types a
burst of edits into the note fields through the widgets (moving between themes now and
then), printing ``edit N at T`` (``time.monotonic()``) after each. The test kills it with
SIGKILL at a random moment, opens the library and checks that every edit older than one
second is stored, and that ``PRAGMA integrity_check`` is ok.

3 rounds in the normal suite; ``-m slow`` runs 20.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from praatplaat_app.domain import SessionKind
from praatplaat_app.indicators import default_catalog
from praatplaat_app.operations import Operations
from praatplaat_app.store import Library

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only"
)

INDICATOR = "eigen-route"

CHILD = r"""
import os, random, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

app = QApplication([])
from praatplaat_app.indicators import default_catalog
from praatplaat_app.operations import Operations
from praatplaat_app.store import Library
from praatplaat_app.ui.conversation.workspace import ConversationWindow, THEME

library = Library.open(sys.argv[1])
catalog = default_catalog()
ops = Operations(library, catalog)
window = ConversationWindow(library, catalog, ops, sys.argv[2])
window.resize(1366, 768)
window.show()
workspace = window.workspace
themes = [t.id for t in catalog.themes_for("eigen-route")]
kinds = ["goes_well", "improve", "free"]
rng = random.Random(int(sys.argv[3]))
print("ready", flush=True)


def pump(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.002)


n = 0
while True:
    theme = themes[(n // 7) % len(themes)]
    if workspace.position != (THEME, "eigen-route", theme):
        workspace.navigate(THEME, "eigen-route", theme)
    kind = kinds[n % 3]
    editor = workspace.indicator_page.columns[kind].editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for ch in f"[ë{n}]":
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                editor,
                QKeyEvent(event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
            )
    print(f"edit {n} at {time.monotonic():.6f} {theme} {kind}", flush=True)
    n += 1
    pump(rng.uniform(0.0, 0.12))
"""


def _prepare(path: Path) -> str:
    library = Library.open(path)
    try:
        ops = Operations(library, default_catalog())
        route = ops.create_route("Flexstage Noorderpoort")
        session = ops.create_session(route.id, SessionKind.STUDENTS, dt.date(2025, 3, 14))
        ops.set_indicator_chosen(session.id, INDICATOR, True)
        return session.id
    finally:
        library.close()


def _one_round(tmp_path: Path, seed: int) -> int:
    rng = random.Random(seed)
    path = tmp_path / f"kill-{seed}.sqlite"
    session_id = _prepare(path)
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PRAATPLAAT_DATA_DIR"] = str(tmp_path / f"data-{seed}")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), session_id, str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        env=env,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ready"):
                ready.set()
            else:
                lines.append(line.strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert ready.wait(60), "the child did not start"
        time.sleep(rng.uniform(1.3, 3.0))
        killed_at = time.monotonic()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(30)
    reader.join(10)

    edits = []
    for line in list(lines):
        parts = line.split()
        if len(parts) == 6 and parts[0] == "edit" and parts[2] == "at":
            edits.append((int(parts[1]), float(parts[3]), parts[4], parts[5]))
    old = [e for e in edits if e[1] < killed_at - 1.0]
    assert old, f"no edit was older than a second (edits: {len(edits)})"

    library = Library.open(path)
    try:
        assert library.integrity_ok()
        conv = library.conversation(session_id)
        for n, _t, theme, kind in old:
            text = conv.note_text(INDICATOR, theme, kind)
            assert f"[ë{n}]" in text, f"edit {n} ({theme}, {kind}) was lost"
    finally:
        library.close()
    return len(old)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_loses_nothing_older_than_a_second(tmp_path: Path, seed: int) -> None:
    assert _one_round(tmp_path, seed) > 0


@pytest.mark.slow
def test_kill_twenty_rounds(tmp_path: Path) -> None:
    checked = sum(_one_round(tmp_path, 100 + seed) for seed in range(20))
    assert checked > 20
