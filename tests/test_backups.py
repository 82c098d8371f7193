"""Backups: making, the daily rule, pruning, listing, describing and restoring (no Qt)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from praatplaat_app import paths
from praatplaat_app.domain import Participant, Route
from praatplaat_app.errors import LibraryError, LibraryInUseError, NewerLibraryError
from praatplaat_app.formatting import long_date
from praatplaat_app.store import SCHEMA_VERSION, Library
from praatplaat_app.store import backups as bk
from praatplaat_app.store.backups import (
    BEFORE_RESTORE,
    DAILY,
    RESTORE_KEPT,
    daily_backup_if_due,
    describe_backup,
    list_backups,
    make_backup,
    parse_backup_name,
    prune_backups,
    restore_backup,
)
from praatplaat_app.ui import release
from praatplaat_app.ui.backups_dialog import NO_BACKUPS, RESTART_TEXT, BackupsDialog
from praatplaat_app.ui.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "libraries"
DAY = dt.date(2025, 3, 14)


def _route_names(path: Path) -> list[str]:
    with Library.open(path) as library:
        return [r.name for r in library.routes()]


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def _touch_backup(folder: Path, name: str, source: Path) -> Path:
    target = folder / name
    shutil.copy(source, target)
    return target


# ------------------------------------------------------------------ making


def test_make_backup_is_a_complete_self_contained_copy(demo_library: Library):
    path = make_backup(demo_library, DAILY)
    assert path.parent == paths.backups_dir()
    stem, reason, made_at = parse_backup_name(path.name)
    assert (stem, reason) == ("library", DAILY)
    assert made_at.date() == dt.date.today()
    # Rollback-journal mode (header bytes 18/19 are 1), nothing beside it.
    assert path.read_bytes()[18:20] == b"\x01\x01"
    assert _files(path.parent) == {path.name}
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == (
            demo_library.conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
        )
    [info] = list_backups()
    assert info.path == path and info.reason == DAILY and info.size == path.stat().st_size
    assert info.library_stem == "library"
    assert "dagelijkse reservekopie" in info.describe()


def test_make_backup_sees_committed_work_only(library: Library):
    library.save(Route(name="Al bewaard"))
    with library.transaction():
        library.save(Route(name="Nog niet vastgelegd"))
        path = make_backup(library, "handmatig")
    assert describe_backup(path).route_names == ("Al bewaard",)


def test_make_backup_of_a_closed_library_file(tmp_path: Path):
    path = tmp_path / "dicht.sqlite"
    with Library.open(path) as library:
        library.save(Route(name="Dichte route"))
    made = make_backup(path, "handmatig")
    assert describe_backup(made).route_names == ("Dichte route",)


def test_make_backup_refuses_a_missing_library_and_bad_reasons(tmp_path: Path, library):
    with pytest.raises(LibraryError) as info:
        make_backup(tmp_path / "weg.sqlite", DAILY)
    assert "bestaat niet" in info.value.message
    assert not (tmp_path / "weg.sqlite").exists()
    with pytest.raises(ValueError):
        make_backup(library, "Met Spaties")


def test_make_backup_failure_is_a_dutch_error_and_leaves_no_half_file(library, monkeypatch):
    def full(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(bk, "_copy_database", full)
    with pytest.raises(LibraryError) as info:
        make_backup(library, DAILY)
    assert "de schijf is vol" in info.value.message
    assert "niet gewijzigd" in info.value.message
    assert list(paths.backups_dir().iterdir()) == []


def test_two_backups_in_the_same_microsecond_get_different_names(library):
    moment = dt.datetime(2025, 3, 14, 9, 0, 0, 1)
    first = make_backup(library, DAILY, now=moment)
    second = make_backup(library, DAILY, now=moment)
    assert first != second and first.exists() and second.exists()


# ------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("name", "stem", "expected"),
    [
        (
            "bibliotheek.praatplaat-dagelijks-20250314-091500-000001.sqlite",
            None,
            ("bibliotheek.praatplaat", "dagelijks"),
        ),
        (
            "bibliotheek.praatplaat-voor-import-20250314-091500-000001.sqlite",
            None,
            ("bibliotheek.praatplaat", "voor-import"),
        ),
        (
            "mijn-bieb-voor-bijwerken-v1-20250314-091500-000001.sqlite",
            None,
            ("mijn-bieb", "voor-bijwerken-v1"),
        ),
        (
            "mijn-bieb-voor-terugzetten-20250314-091500.sqlite",
            "mijn-bieb",
            ("mijn-bieb", "voor-terugzetten"),
        ),
        ("mijn-bieb-dagelijks-20250314-091500-000001.sqlite", "mijn", None),
        ("notities.txt", None, None),
        ("library-dagelijks-2025-03-14.sqlite", None, None),
    ],
)
def test_backup_names_are_parsed(name, stem, expected):
    parsed = parse_backup_name(name, stem)
    assert (parsed[:2] if parsed else None) == expected


def test_list_backups_filters_by_library_and_ignores_other_files(library, tmp_path):
    other = tmp_path / "andere.sqlite"
    Library.open(other).close()
    mine = make_backup(library, DAILY, now=dt.datetime(2025, 3, 1, 8))
    newer = make_backup(library, bk.BEFORE_IMPORT, now=dt.datetime(2025, 3, 2, 8))
    theirs = make_backup(other, DAILY, now=dt.datetime(2025, 3, 3, 8))
    folder = paths.backups_dir()
    (folder / "lees-mij.txt").write_text("geen reservekopie")
    (folder / f".{mine.name}.tmp").write_bytes(b"half")
    assert [b.path for b in list_backups(library.path)] == [newer, mine]
    assert [b.path for b in list_backups()] == [theirs, newer, mine]


# -------------------------------------------------------------------- daily


def test_daily_backup_once_a_day_and_only_when_something_changed(ops, library):
    first = daily_backup_if_due(library, today=DAY)
    assert first is not None and parse_backup_name(first.name)[2].date() == DAY
    assert daily_backup_if_due(library, today=DAY) is None
    # The next day, nothing changed: the existing backup already holds this state.
    assert daily_backup_if_due(library, today=DAY + dt.timedelta(days=1)) is None
    ops.create_route("Nieuwe route")
    second = daily_backup_if_due(library, today=DAY + dt.timedelta(days=2))
    assert second is not None
    assert describe_backup(second).route_names == ("Nieuwe route",)
    assert [b.path for b in list_backups(library.path)] == [second, first]


def test_daily_backups_are_pruned_to_the_newest_n_and_other_kinds_are_kept(ops, library):
    folder = paths.backups_dir()
    migration = _touch_backup(
        folder, "library-voor-bijwerken-v1-20240101-080000-000000.sqlite", library.path
    )
    imported = _touch_backup(
        folder, "library-voor-import-20240102-080000-000000.sqlite", library.path
    )
    unknown = _touch_backup(folder, "library-handmatig-20240103-080000-000000.sqlite", library.path)
    note = folder / "lees-mij.txt"
    note.write_text("blijft")
    other = _touch_backup(folder, "ander-dagelijks-20240104-080000-000000.sqlite", library.path)
    made = []
    for n in range(6):
        ops.create_route(f"Route {n}")
        made.append(daily_backup_if_due(library, keep=3, today=DAY + dt.timedelta(days=n)))
    daily = [b.path for b in list_backups(library.path) if b.reason == DAILY]
    assert daily == made[:2:-1]
    for kept in (migration, imported, unknown, note, other):
        assert kept.exists(), kept.name
    # A smaller number takes effect at the next check, a number below 1 keeps one.
    assert [p.name for p in prune_backups(0, library_path=library.path)] == [
        made[4].name,
        made[3].name,
    ]
    assert [b.path for b in list_backups(library.path) if b.reason == DAILY] == [made[5]]


def test_pre_restore_backups_keep_their_own_number(library):
    for n in range(RESTORE_KEPT + 2):
        make_backup(library, BEFORE_RESTORE, now=dt.datetime(2025, 1, 1 + n, 8))
    deleted = prune_backups(1, library_path=library.path)
    assert len(deleted) == 2
    kept = [b for b in list_backups(library.path) if b.reason == BEFORE_RESTORE]
    assert len(kept) == RESTORE_KEPT
    assert kept[-1].made_at == dt.datetime(2025, 1, 3, 8)


# --------------------------------------------------------------- describing


def test_describe_shows_what_a_backup_holds(demo_library: Library):
    path = make_backup(demo_library, DAILY)
    summary = describe_backup(path)
    assert summary.schema_version == SCHEMA_VERSION and not summary.newer and summary.can_restore
    assert summary.routes == len(demo_library.routes())
    assert summary.conversations == demo_library.count_sessions()
    newest = demo_library.list_sessions(limit=1)[0].date
    assert summary.newest_conversation == newest
    assert list(summary.route_names) == [r.name for r in demo_library.routes()]
    text = summary.describe()
    assert f"{summary.conversations} gesprekken" in text
    assert f"Nieuwste gesprek: {long_date(newest, 'nl')}." in text  # Dutch by default
    assert summary.route_names[0] in text


def test_describe_changes_nothing_and_leaves_nothing_beside_the_file(library, tmp_path):
    library.save(Route(name="Één route"))
    # Made by the migration/import code: a copy of a WAL library, WAL-flagged itself.
    name = "library-voor-import-20250101-080000-000000.sqlite"
    path = library.backup_to(tmp_path / "kopie" / name)
    assert path.read_bytes()[18:20] == b"\x02\x02"
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    assert describe_backup(path).route_names == ("Één route",)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert _files(path.parent) == {path.name}


def test_describe_needs_no_lock(library, tmp_path):
    path = make_backup(library, DAILY)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        assert describe_backup(path).routes == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_describe_flags_a_backup_from_a_newer_version(library):
    library.save(Route(name="Toekomst"))
    path = make_backup(library, DAILY)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    summary = describe_backup(path)
    assert summary.newer and not summary.can_restore
    assert summary.route_names == ("Toekomst",)
    assert "nieuwere versie" in summary.describe()


def test_describe_an_old_schema_version_without_migrating(tmp_path):
    path = tmp_path / "library-voor-bijwerken-v1-20240101-080000-000000.sqlite"
    shutil.copy(FIXTURES / "library-v1.sqlite", path)
    before = path.read_bytes()
    summary = describe_backup(path)
    assert summary.schema_version == 1 and not summary.newer
    assert summary.conversations == 1
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", ["garbage", "foreign", "empty", "missing"])
def test_describe_refuses_what_is_no_library(tmp_path, kind):
    path = tmp_path / "x.sqlite"
    if kind == "garbage":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    elif kind == "foreign":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE klanten (naam TEXT)")
    elif kind == "empty":
        path.write_bytes(b"")
    with pytest.raises(LibraryError) as info:
        describe_backup(path)
    assert info.value.message.endswith(".")


# ---------------------------------------------------------------- restoring


def test_restore_brings_back_the_old_state_and_keeps_the_current_one(ops, library):
    ops.create_route("Eerst")
    backup = make_backup(library, DAILY)
    ops.create_route("Later toegevoegd")
    path = library.path
    library.close()

    safety = restore_backup(path, backup)

    assert _route_names(path) == ["Eerst"]
    assert parse_backup_name(safety.name)[1] == BEFORE_RESTORE
    assert describe_backup(safety).route_names == ("Eerst", "Later toegevoegd")
    with Library.open(path) as reopened:
        assert reopened.integrity_ok()
        assert reopened.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # And undoing the restore is one more restore.
    restore_backup(path, safety)
    assert _route_names(path) == ["Eerst", "Later toegevoegd"]


def test_restore_needs_the_library_closed(library):
    library.save(Route(name="Open"))
    backup = make_backup(library, DAILY)
    library.save(Route(name="Nog open"))
    with pytest.raises(LibraryInUseError):
        restore_backup(library.path, backup)
    assert [r.name for r in library.routes()] == ["Nog open", "Open"]


def test_restore_of_an_old_schema_backup_migrates_it(tmp_path):
    path = tmp_path / "bieb.sqlite"
    Library.open(path).close()
    old = tmp_path / "bieb-voor-bijwerken-v1-20240101-080000-000000.sqlite"
    shutil.copy(FIXTURES / "library-v1.sqlite", old)
    restore_backup(path, old)
    with Library.open(path) as library:
        assert library.schema_version == SCHEMA_VERSION
        assert library.count_sessions() == 1
    # The migration made its own backup of the restored old version first.
    assert any(b.reason == "voor-bijwerken-v1" for b in list_backups(path))


@pytest.mark.parametrize("problem", ["newer", "damaged", "not-a-library", "itself"])
def test_restore_refuses_bad_backups_and_changes_nothing(library, tmp_path, problem):
    library.save(Route(name="Blijft"))
    path = library.path
    backup = make_backup(library, DAILY)
    library.close()
    if problem == "newer":
        with sqlite3.connect(backup) as conn:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    elif problem == "damaged":
        data = bytearray(backup.read_bytes())
        page = 4096
        data[2 * page + 100 : 3 * page] = b"\x07" * (page - 100)
        backup.write_bytes(bytes(data))
    elif problem == "not-a-library":
        backup.write_bytes(b"geen database" * 100)
    elif problem == "itself":
        backup = path
    before = path.read_bytes()
    with pytest.raises(NewerLibraryError if problem == "newer" else LibraryError) as info:
        restore_backup(path, backup)
    assert info.value.message
    assert path.read_bytes() == before
    assert not any(b.reason == BEFORE_RESTORE for b in list_backups(path))


def test_restore_over_a_damaged_library_keeps_the_damaged_file_aside(library, tmp_path):
    library.save(Route(name="Goed"))
    backup = make_backup(library, DAILY)
    path = library.path
    library.close()
    damaged = b"Dit was een bibliotheek" * 300
    path.write_bytes(damaged)
    Path(f"{path}-wal").write_bytes(b"oude wal")
    safety = restore_backup(path, backup)
    assert safety.read_bytes() == damaged
    assert Path(f"{safety}-wal").read_bytes() == b"oude wal"
    assert _route_names(path) == ["Goed"]


def test_restore_copes_with_another_page_size(library, tmp_path):
    path = library.path
    library.close()
    other = tmp_path / "groot.sqlite"
    with Library.open(other) as big:
        big.save(Route(name="Andere paginagrootte"))
    with sqlite3.connect(other, isolation_level=None) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA page_size = 8192")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    restore_backup(path, other)
    assert _route_names(path) == ["Andere paginagrootte"]


def test_restore_keeps_only_the_newest_pre_restore_backups(library):
    backup = make_backup(library, DAILY)
    path = library.path
    library.close()
    for _ in range(RESTORE_KEPT + 1):
        restore_backup(path, backup)
    kept = [b for b in list_backups(path) if b.reason == BEFORE_RESTORE]
    assert len(kept) == RESTORE_KEPT


def test_forgetting_a_person_rewrites_our_backups_in_place(ops, library):
    from praatplaat_app.exchange import forget_person

    route = ops.create_route("Privacyroute")
    ops.create_session(
        route.id, "students", DAY, participants=[{"role": "student", "name": "Jantje Bosma"}]
    )
    backup = make_backup(library, DAILY)
    assert b"Jantje Bosma" in backup.read_bytes()
    forget_person(library, "Jantje Bosma")
    assert b"Jantje Bosma" not in backup.read_bytes()
    assert [b.path for b in list_backups(library.path)] == [backup]
    assert describe_backup(backup).conversations == 1
    assert library.rows(Participant)[0].name == ""


# ====================================================================== UI


class Boxes:
    def __init__(self) -> None:
        self.seen: list[dict[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    record = Boxes()

    def message_exec(box: QMessageBox) -> int:
        record.seen.append(
            {"title": box.windowTitle(), "text": box.text(), "informative": box.informativeText()}
        )
        return int(record.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", message_exec)
    monkeypatch.setattr(QDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected.value))
    return record


def _dialog(qtbot, library, **kwargs) -> BackupsDialog:
    dialog = BackupsDialog(library.path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_dialog_lists_backups_with_what_they_hold(qtbot, boxes, ops, library):
    ops.create_route("Oude route")
    old = make_backup(library, DAILY, now=dt.datetime(2025, 3, 1, 9, 5))
    ops.create_route("Nieuwe route")
    new = make_backup(library, bk.BEFORE_IMPORT, now=dt.datetime(2025, 3, 2, 16, 40))
    dialog = _dialog(qtbot, library, current=(2, 0))
    rows = [dialog.backup_list.item(i).text() for i in range(dialog.backup_list.count())]
    assert rows[0].startswith("2 maart 2025, 16:40 — gemaakt vóór een import")
    assert rows[1].startswith("1 maart 2025, 09:05 — dagelijkse reservekopie")
    assert dialog.selected_path() == new
    assert "Routes: Nieuwe route, Oude route." in dialog.preview.toPlainText()
    dialog.backup_list.setCurrentRow(1)
    assert dialog.selected_path() == old
    assert "1 route, 0 gesprekken." in dialog.preview.toPlainText()
    assert dialog.restore_button.isEnabled()
    assert dialog.current_label.text() == "Nu in uw bibliotheek: 2 routes, 0 gesprekken."


def test_dialog_without_backups_says_so(qtbot, boxes, library):
    dialog = _dialog(qtbot, library)
    assert dialog.backup_list.item(0).text() == NO_BACKUPS
    assert dialog.preview.toPlainText() == NO_BACKUPS
    assert not dialog.restore_button.isEnabled()
    dialog.restore_selected()
    assert boxes.seen == [] and dialog.chosen_backup is None


@pytest.mark.parametrize("problem", ["newer", "damaged"])
def test_backups_that_cannot_be_restored_are_shown_but_not_offered(qtbot, boxes, library, problem):
    path = make_backup(library, DAILY)
    if problem == "newer":
        with sqlite3.connect(path) as conn:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    else:
        path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    dialog = _dialog(qtbot, library)
    text = dialog.preview.toPlainText()
    assert ("nieuwere versie" in text) if problem == "newer" else ("beschadigd" in text)
    assert not dialog.restore_button.isEnabled()


@pytest.mark.parametrize("answer", ["Yes", "Cancel"])
def test_restore_asks_clearly_first(qtbot, boxes, ops, library, answer):
    ops.create_route("Route")
    path = make_backup(library, DAILY, now=dt.datetime(2025, 3, 1, 9, 5))
    boxes.answer = getattr(QMessageBox.StandardButton, answer)
    dialog = _dialog(qtbot, library)
    dialog.restore_button.click()
    [asked] = boxes.seen
    assert asked["text"] == "De reservekopie van 1 maart 2025, 09:05 terugzetten?"
    assert "(1 route, 0 gesprekken)" in asked["informative"]
    assert "staat er daarna niet meer in" in asked["informative"]
    assert "bewaart eerst een reservekopie" in asked["informative"]
    assert RESTART_TEXT in asked["informative"]
    if answer == "Yes":
        assert dialog.chosen_backup == path
        assert dialog.result() == QDialog.DialogCode.Accepted
    else:
        assert dialog.chosen_backup is None
        assert dialog.isVisible()


def test_a_backup_from_elsewhere_can_be_chosen(qtbot, boxes, library, tmp_path):
    library.save(Route(name="Van de stick"))
    elsewhere = library.backup_to(tmp_path / "stick" / "kopie.sqlite")
    dialog = _dialog(qtbot, library)
    dialog.add_file(elsewhere)
    assert dialog.backup_list.count() == 1
    assert dialog.selected_path() == elsewhere
    assert "Van de stick" in dialog.preview.toPlainText()
    assert dialog.restore_button.isEnabled()


# ----------------------------------------------------------- daily, in the app


@pytest.fixture
def app_window(qtbot, library, catalog, ops, monkeypatch, boxes):
    from praatplaat_app.ui.main_window import MainWindow

    def make(delay_ms: int = 10_000_000):
        monkeypatch.setattr(release, "START_DELAY_MS", delay_ms)
        win = MainWindow(library, catalog, ops)
        ui = release.install_release_ui(win, library, catalog, ops)
        ui.quit_app = lambda: quits.append(True)
        qtbot.addWidget(win)
        return win, ui

    quits: list[bool] = []
    make.quits = quits  # type: ignore[attr-defined]
    return make


def test_daily_backup_runs_after_the_window_is_shown(qtbot, app_window, library):
    win, ui = app_window(delay_ms=0)
    assert list_backups(library.path) == []  # not while building the window
    win.show()
    qtbot.waitUntil(lambda: len(list_backups(library.path)) == 1, timeout=10_000)
    ui.wait_for_backup()
    qtbot.waitUntil(lambda: "reservekopie" in win.statusBar().currentMessage(), timeout=5000)
    win.close()  # today's backup exists: none more on close
    assert len(list_backups(library.path)) == 1


def test_daily_backup_on_close_when_still_due(qtbot, app_window, library):
    win, _ui = app_window()
    win.show()
    qtbot.waitExposed(win)
    assert list_backups(library.path) == []
    win.close()
    [made] = list_backups(library.path)
    assert made.reason == DAILY


def test_no_daily_backup_when_switched_off(qtbot, app_window, library):
    Settings().daily_backup = False
    win, ui = app_window(delay_ms=0)
    win.show()
    qtbot.wait(50)
    assert not ui.start_daily_backup()
    win.close()
    assert list_backups(library.path) == []


def test_a_failing_daily_backup_never_blocks(qtbot, app_window, library, monkeypatch, boxes):
    def broken(*_a, **_k):
        raise LibraryError("De schijf is vol.")

    monkeypatch.setattr(release, "daily_backup_if_due", broken)
    win, _ui = app_window(delay_ms=0)
    win.show()
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == "De schijf is vol.", timeout=5000)
    win.close()
    assert not win.isVisible() and boxes.seen == []


# ------------------------------------------------------------ restore, in the app


def test_restore_from_the_menu_closes_everything_restores_and_stops(
    qtbot, app_window, ops, library, boxes, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    ops.create_route("Zoals het was")
    backup = make_backup(library, DAILY, now=dt.datetime(2025, 3, 1, 9))
    ops.create_route("Per ongeluk toegevoegd")
    win, ui = app_window()
    assert ui.restore_action in win.menus.file_menu.actions()
    win.show()
    other = QWidget()
    other.setWindowTitle("Gesprek")
    qtbot.addWidget(other)
    other.show()

    def choose(dialog: BackupsDialog) -> int:
        dialog.backup_list.setCurrentRow(0)
        dialog.restore_selected()
        return dialog.result()

    monkeypatch.setattr(BackupsDialog, "exec", choose)
    ui.restore_action.trigger()

    assert not other.isVisible() and not win.isVisible()
    assert library.conn is None  # closed before the file was replaced
    assert app_window.quits == [True]
    assert win.restart_requested is True
    assert QApplication.instance().quitOnLastWindowClosed()
    assert boxes.seen[-1]["title"] == "Reservekopie teruggezet"
    assert _route_names(library.path) == ["Zoals het was"]
    assert backup.exists()  # restoring copies, it never moves the backup
    safety = [b for b in list_backups(library.path) if b.reason == BEFORE_RESTORE]
    assert len(safety) == 1 and safety[0].path.name in boxes.seen[-1]["informative"]
    assert "Per ongeluk toegevoegd" in describe_backup(safety[0].path).route_names


def test_restore_waits_for_a_window_that_will_not_close(qtbot, app_window, library, boxes):
    class Stubborn(QWidget):
        def closeEvent(self, event):
            event.ignore()

    backup = make_backup(library, DAILY)
    win, ui = app_window()
    win.show()
    kiosk = Stubborn()
    kiosk.setWindowTitle("Vragenlijst")
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert not ui.restore(backup)
    assert boxes.seen[-1]["title"] == "Eerst een venster sluiten"
    assert "'Vragenlijst'" in boxes.seen[-1]["text"]
    assert win.isVisible() and library.conn is not None
    assert app_window.quits == []
    kiosk.hide()


def test_a_failed_restore_says_so_and_changes_nothing(qtbot, app_window, library, boxes):
    library.save(Route(name="Blijft staan"))
    backup = make_backup(library, DAILY)
    backup.write_bytes(b"weg")
    win, ui = app_window()
    win.show()
    assert not ui.restore(backup)
    assert boxes.seen[-1]["title"] == "Terugzetten mislukt"
    assert app_window.quits == [True]  # the library is closed: the app stops
    assert _route_names(library.path) == ["Blijft staan"]
