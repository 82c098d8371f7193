"""Robustness: kills, a second instance, a full disk, and working offline (core level).

What is covered where:

- kill -9 during a burst of edits through :class:`Operations` (here; the widget-level
  variant is ``tests/test_autosave_kill.py``), and during a restore of a backup (here);
- two app instances on one library (here: a real second process; the GUI message is
  ``test_main_window.py::test_library_in_use_exits_with_a_message``);
- a full disk while saving (here);
- every library fixture of every schema version opens and migrates:
  ``test_migrations.py::test_fixture_opens_and_migrates`` (checked to exist below);
- the importer fuzzed with 2,000 hostile files: ``test_exchange_properties.py::
  test_hostile_files_never_hurt_slow`` under ``-m slow`` (its settings checked below);
- the whole offline workflow without a network connection (here).

The normal suite runs 3 kill rounds of each kind; ``bash scripts/test-slow`` runs 20.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from praatplaat_app.domain import Participant, Route, Session, SessionKind
from praatplaat_app.errors import LibraryInUseError, PraatplaatError
from praatplaat_app.indicators import default_catalog
from praatplaat_app.operations import Operations
from praatplaat_app.store import Library

POSIX_KILL = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
INDICATOR = "eigen-route"
DAY = dt.date(2025, 3, 14)


def _env(tmp_path: Path, name: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PRAATPLAAT_DATA_DIR"] = str(tmp_path / f"data-{name}")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


class Child:
    """A Python child process whose stdout lines are collected by a thread."""

    def __init__(self, code: str, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("ready"):
                self.ready.set()
            else:
                self.lines.append(line.strip())

    def kill(self) -> float:
        killed_at = time.monotonic()
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)
        self._reader.join(10)
        return killed_at

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(30)

    def error_text(self) -> str:
        assert self.proc.stderr is not None
        return self.proc.stderr.read() if self.proc.poll() is not None else ""


# ============================================================ kill during edits

EDITS_CHILD = r"""
import datetime as dt, random, sys, time
from praatplaat_app.indicators import default_catalog
from praatplaat_app.operations import Operations
from praatplaat_app.store import Library

library = Library.open(sys.argv[1])
ops = Operations(library, default_catalog())
session_id = sys.argv[2]
rng = random.Random(int(sys.argv[3]))
themes = [t.id for t in ops.catalog.themes_for("eigen-route")]
kinds = ["goes_well", "improve", "free"]
texts = {}
print("ready", flush=True)
n = 0
while True:
    step = rng.random()
    if step < 0.6:  # type on in a note (the autosave path)
        theme, kind = rng.choice(themes), rng.choice(kinds)
        texts[(theme, kind)] = texts.get((theme, kind), "") + f"[ë{n}]"
        ops.set_note(session_id, "eigen-route", theme, kind, texts[(theme, kind)])
        what = f"note {theme} {kind}"
    elif step < 0.75:
        ops.set_theme_discussed(session_id, "eigen-route", rng.choice(themes), True)
        what = "mark"
    elif step < 0.9:
        person = ops.add_participant(session_id, "student", "ROC Noord", f"Deelnemer {n}")
        what = f"participant {person.id}"
    else:  # several records in one transaction: all or nothing
        route = ops.create_route(f"Route {n}")
        session = ops.create_session(
            route.id, "students", dt.date(2025, 3, 14), facilitator=f"Gespreksleider {n}",
            participants=[{"role": "student"}, {"role": "teacher"}, {"role": "supervisor"}],
        )
        what = f"session {session.id}"
    print(f"edit {n} at {time.monotonic():.6f} {what}", flush=True)
    n += 1
    if rng.random() < 0.3:
        time.sleep(rng.uniform(0.0, 0.01))
"""


def _prepare_session(path: Path) -> str:
    with Library.open(path) as library:
        ops = Operations(library, default_catalog())
        route = ops.create_route("Flexstage Noorderpoort")
        session = ops.create_session(route.id, SessionKind.STUDENTS, DAY)
        ops.set_indicator_chosen(session.id, INDICATOR, True)
        return session.id


def _kill_round(tmp_path: Path, seed: int) -> int:
    rng = random.Random(seed)
    path = tmp_path / f"edits-{seed}.sqlite"
    session_id = _prepare_session(path)
    child = Child(EDITS_CHILD, [str(path), session_id, str(seed)], _env(tmp_path, str(seed)))
    try:
        assert child.ready.wait(60), f"the child did not start: {child.error_text()}"
        time.sleep(rng.uniform(1.2, 2.2))
        killed_at = child.kill()
    finally:
        child.stop()

    edits = []
    for line in child.lines:
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "edit" and parts[2] == "at":
            edits.append((int(parts[1]), float(parts[3]), parts[4], parts[5:]))
    old = [e for e in edits if e[1] < killed_at - 1.0]
    assert old, f"no edit was older than a second ({len(edits)} edits)"

    with Library.open(path) as library:
        assert library.integrity_ok()
        assert library.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conv = library.conversation(session_id)
        for n, _t, what, rest in old:
            if what == "note":
                theme, kind = rest
                assert f"[ë{n}]" in conv.note_text(INDICATOR, theme, kind), f"edit {n} lost"
            elif what == "participant":
                assert library.find(Participant, rest[0]) is not None, f"edit {n} lost"
            elif what == "session":
                assert library.find(Session, rest[0]) is not None, f"edit {n} lost"
        # A conversation and its participants are written in one transaction: complete,
        # also the newest. (Its route is an operation of its own: a kill between the two
        # may leave a route without a conversation, which is fine.)
        for route in library.routes():
            if route.name.startswith("Route "):
                for session in library.rows(Session, "route_id = ?", (route.id,)):
                    people = library.rows(Participant, "session_id = ?", (session.id,))
                    assert len(people) == 3
    return len(old)


@POSIX_KILL
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_during_edits_loses_nothing_older_than_a_second(tmp_path: Path, seed: int):
    assert _kill_round(tmp_path, seed) > 0


@POSIX_KILL
@pytest.mark.slow
def test_kill_during_edits_twenty_rounds(tmp_path: Path):
    assert sum(_kill_round(tmp_path, 200 + seed) for seed in range(20)) > 20


# =========================================================== kill during restore

RESTORE_CHILD = r"""
import sys
from praatplaat_app.store.backups import restore_backup
print("ready", flush=True)
restore_backup(sys.argv[1], sys.argv[2])
print("restored", flush=True)
"""


@pytest.fixture(scope="module")
def restore_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A library ("Nu") and a larger backup ("Toen"): a restore takes a while."""
    folder = tmp_path_factory.mktemp("restore")
    backup = folder / "toen.sqlite"
    with Library.open(backup) as library:
        ops = Operations(library, default_catalog())
        route = ops.create_route("Toen")
        session = ops.create_session(route.id, SessionKind.STUDENTS, DAY)
        with library.transaction():
            for n in range(3000):
                library.set_note_text(session.id, INDICATOR, f"thema-{n}", "free", "ë" * 2000)
    current = folder / "nu.sqlite"
    with Library.open(current) as library:
        library.save(Route(name="Nu"))
    return current, backup


def _restore_kill_round(tmp_path: Path, pair: tuple[Path, Path], seed: int) -> str:
    import shutil

    rng = random.Random(seed)
    path = tmp_path / f"nu-{seed}.sqlite"
    shutil.copy(pair[0], path)
    child = Child(RESTORE_CHILD, [str(path), str(pair[1])], _env(tmp_path, f"r{seed}"))
    try:
        assert child.ready.wait(60), f"the child did not start: {child.error_text()}"
        time.sleep(rng.uniform(0.0, 0.1))
        child.kill()
    finally:
        child.stop()
    with Library.open(path, backup_dir=tmp_path / "bk") as library:
        assert library.integrity_ok()
        names = [r.name for r in library.routes()]
        assert names in (["Nu"], ["Toen"]), names
        if names == ["Toen"]:
            assert library.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 3000
        return names[0]


@POSIX_KILL
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_during_restore_leaves_the_old_or_the_restored_library(
    tmp_path: Path, restore_pair, seed: int
):
    _restore_kill_round(tmp_path, restore_pair, seed)


@POSIX_KILL
@pytest.mark.slow
def test_kill_during_restore_twenty_rounds(tmp_path: Path, restore_pair):
    outcomes = {_restore_kill_round(tmp_path, restore_pair, 300 + seed) for seed in range(20)}
    assert outcomes <= {"Nu", "Toen"}


# ============================================================= second instance

HOLDER = r"""
import sys, time
from praatplaat_app.store import Library
library = Library.open(sys.argv[1])
print("ready", flush=True)
time.sleep(120)
"""


def test_second_instance_is_refused_with_one_dutch_line(tmp_path: Path, capsys):
    from praatplaat_app import cli

    path = tmp_path / "gedeeld.sqlite"
    Library.open(path).close()
    holder = Child(HOLDER, [str(path)], _env(tmp_path, "holder"))
    try:
        assert holder.ready.wait(60), holder.error_text()
        with pytest.raises(LibraryInUseError) as info:
            Library.open(path)
        assert "al geopend in een ander Praatplaat-venster" in info.value.message

        # In-process through the command's entry point ...
        assert cli.main(["--library", str(path), "list"]) == cli.EXIT_ERROR
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("praatplaat: ")
        assert "al geopend" in err[0] and "Traceback" not in err[0]

        # ... and as a real second program.
        second = subprocess.run(
            [sys.executable, "-m", "praatplaat_app", "--library", str(path), "list"],
            capture_output=True,
            check=False,
            text=True,
            encoding="utf-8",
            env=_env(tmp_path, "second"),
            timeout=60,
        )
        assert second.returncode == 1
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1 and "al geopend" in lines[0], second.stderr
        assert second.stdout == ""
    finally:
        holder.stop()
    Library.open(path).close()  # free again once the first instance is gone


# ==================================================================== disk full


def _full_disk_setup(ops: Operations, library: Library) -> tuple[str, str]:
    route = ops.create_route("Volle schijf")
    session = ops.create_session(route.id, SessionKind.STUDENTS, DAY)
    ops.set_note(session.id, INDICATOR, "", "free", "Eerder bewaard: één notitie")
    pages = library.conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite may grow the file by only a few more pages: a big note no longer fits.
    library.conn.execute(f"PRAGMA max_page_count = {pages + 3}")
    return session.id, "Een lange notitie, " * 40_000


def test_disk_full_during_save_keeps_the_library_intact(ops, library):
    session_id, big = _full_disk_setup(ops, library)
    with pytest.raises(Exception):  # noqa: B017 - which one is the next test's business
        ops.set_note(session_id, INDICATOR, "sociale-binding", "improve", big)
    library.conn.execute("PRAGMA max_page_count = 1073741823")
    assert library.integrity_ok()
    conv = library.conversation(session_id)
    assert conv.note_text(INDICATOR, "", "free") == "Eerder bewaard: één notitie"
    assert conv.note_text(INDICATOR, "sociale-binding", "improve") == ""
    assert not library.conn.in_transaction
    # The library goes on working once there is room again.
    ops.set_note(session_id, INDICATOR, "sociale-binding", "improve", "Nu past het wel")
    path = library.path
    library.close()
    with Library.open(path) as reopened:
        assert reopened.integrity_ok()
        conv = reopened.conversation(session_id)
        assert conv.note_text(INDICATOR, "sociale-binding", "improve") == "Nu past het wel"


def test_disk_full_during_save_is_a_clear_dutch_error(ops, library):
    session_id, big = _full_disk_setup(ops, library)
    entries = len(ops.undo_stack._entries)
    with pytest.raises(PraatplaatError) as info:
        ops.set_note(session_id, INDICATOR, "sociale-binding", "improve", big)
    assert info.value.message.startswith("De schijf is vol")
    assert "blijft bewaard" in info.value.message
    assert len(ops.undo_stack._entries) == entries  # nothing to undo: nothing was stored
    library.conn.execute("PRAGMA max_page_count = 1073741823")
    assert library.integrity_ok()


def test_disk_full_on_the_command_line_is_one_dutch_line(tmp_path: Path, capsys, monkeypatch):
    from praatplaat_app import cli

    path = tmp_path / "vol.sqlite"
    Library.open(path).close()
    real_connect = Library._connect

    def tiny(library_path: Path):
        conn = real_connect(library_path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        return conn

    monkeypatch.setattr(Library, "_connect", staticmethod(tiny))
    assert cli.main(["--library", str(path), "demo"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("praatplaat: De schijf is vol"), err
    monkeypatch.undo()
    with Library.open(path) as library:
        assert library.integrity_ok() and library.is_empty()


# ==================================================== covered by other test files


def test_every_schema_fixture_is_migrated_by_test_migrations():
    import test_migrations

    from praatplaat_app.store import SCHEMA_VERSION

    assert callable(test_migrations.test_fixture_opens_and_migrates)
    versions = sorted(int(p.stem.split("-v")[1]) for p in test_migrations.FIXTURES)
    assert versions == list(range(1, SCHEMA_VERSION + 1))


def test_importer_fuzzing_runs_two_thousand_examples_when_slow():
    import test_exchange_properties as props

    test = props.test_hostile_files_never_hurt_slow
    assert test._hypothesis_internal_use_settings.max_examples >= 2000
    assert any(mark.name == "slow" for mark in getattr(test, "pytestmark", []))


# ============================================================== offline workflow


def test_full_offline_workflow_opens_no_network_connection(tmp_path: Path, monkeypatch, catalog):
    from praatplaat_app.demo import install_demo
    from praatplaat_app.exchange import export_sessions, import_file
    from praatplaat_app.export.pdf import render_report

    attempts: list[str] = []

    def refuse(name: str):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"geen netwerk in deze test ({name})")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))

    with Library.open(tmp_path / "laptop.sqlite") as library:
        install_demo(library, catalog)
        ops = Operations(library, catalog)
        route = ops.create_route("Offline route", organisations="ROC Noord, Zorggroep Oost")
        session = ops.create_session(
            route.id,
            SessionKind.STUDENTS,
            DAY,
            facilitator="Anouk Smit",
            participants=[
                {"role": "student", "organisation": "ROC Noord", "name": "Zoë"},
                {"role": "supervisor", "organisation": "Zorggroep Oost"},
            ],
        )
        ops.set_indicator_chosen(session.id, INDICATOR, True)
        theme = catalog.themes_for(INDICATOR)[0].id
        ops.set_note(session.id, INDICATOR, theme, "goes_well", "Goed geëvalueerd met de cliënt")
        ops.set_theme_discussed(session.id, INDICATOR, theme, True)
        with_plan = next(
            s.id for s in library.list_sessions() if library.conversation(s.id).goals
        )

        for session_id in (session.id, with_plan):
            pdf = render_report(library.conversation(session_id), catalog)
            assert pdf.startswith(b"%PDF") and len(pdf) > 1000

        package = tmp_path / "uitwisseling.praatplaat"
        export_sessions(library, [session.id, with_plan], package, catalog=catalog)
        expected_goals = len(library.conversation(with_plan).goals)

    with Library.open(tmp_path / "collega.sqlite") as fresh:
        summary = import_file(fresh, package, backup_dir=tmp_path / "bk", catalog=catalog)
        assert summary.changed
        conv = fresh.conversation(session.id)
        assert conv.note_text(INDICATOR, theme, "goes_well") == "Goed geëvalueerd met de cliënt"
        assert conv.session.facilitator == "Anouk Smit"
        assert len(fresh.conversation(with_plan).goals) == expected_goals

    assert attempts == [], f"network use attempted: {attempts}"
