"""Sharing screens (issue 5's GUI): export, import, drop, history, shared folder, photos, forget.

pytest-qt, offscreen. Every dialog's ``exec``, every file dialog and every input dialog is
patched (see ``dialogs``), so nothing here can block. Non-ASCII text is set through the
widget API, never with ``qtbot.keyClicks``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTextEdit,
    QWidget,
)
from test_exchange_helpers import NAMES, dump, make_sample, png_bytes

from praatplaat_app.exchange import (
    ExchangeError,
    attachments_for,
    export_route,
    export_sessions,
    list_history,
    scan_shared_folder,
)
from praatplaat_app.exchange.privacy import library_person_names
from praatplaat_app.export.report_inputs import attachments_for_report
from praatplaat_app.operations import Operations
from praatplaat_app.store import Library
from praatplaat_app.ui import app as app_module
from praatplaat_app.ui.main_window import MainWindow
from praatplaat_app.ui.sharing import SharingUi, install_sharing_ui
from praatplaat_app.ui.sharing.attachments_dialog import AttachmentsDialog
from praatplaat_app.ui.sharing.drop_handler import REFUSED
from praatplaat_app.ui.sharing.export_dialog import suggested_file_name
from praatplaat_app.ui.sharing.forget_dialog import ForgetPersonDialog, preview_forget
from praatplaat_app.ui.sharing.history_dialog import HistoryDialog
from praatplaat_app.ui.sharing.import_flow import ImportPreviewDialog, ImportSummaryDialog
from praatplaat_app.ui.sharing.shared_folder import SharedFolderDialog, SharedFolderSettingsDialog

Button = QMessageBox.StandardButton


# ====================================================================== fixtures


class Dialogs:
    """Records every dialog and message box instead of showing it; answers for the user."""

    def __init__(self) -> None:
        self.messages: list[dict[str, str]] = []
        self.shown: list[dict[str, Any]] = []  # {"class", "title", "dialog"} at exec time
        self.answer = Button.Yes  # for questions (Ja/Nee)
        self.results: dict[str, int] = {}  # dialog class name -> exec result
        self.hooks: dict[str, Callable[[QDialog], object]] = {}
        self.save_path: Path | None = None
        self.open_paths: list[Path] = []
        self.folder: Path | None = None
        self.caption = ("Ingevulde praatplaat", True)
        self.file_dialog_calls: list[tuple[str, tuple[Any, ...]]] = []

    def classes(self) -> list[str]:
        return [d["class"] for d in self.shown]

    def texts(self) -> str:
        return "\n".join(f"{m['title']} | {m['text']} | {m['informative']}" for m in self.messages)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def message_exec(box: QMessageBox) -> int:
        record.messages.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
                "accessible": box.accessibleName(),
            }
        )
        if box.standardButtons() & Button.Yes:
            return int(record.answer.value)
        return int(Button.Ok.value)

    def dialog_exec(dialog: QDialog) -> int:
        name = type(dialog).__name__
        record.shown.append({"class": name, "title": dialog.windowTitle(), "dialog": dialog})
        hook = record.hooks.get(name)
        if hook is not None:
            hook(dialog)
        return record.results.get(name, int(QDialog.DialogCode.Accepted.value))

    def save_name(parent: Any, caption: str, start: str, *rest: Any) -> tuple[str, str]:
        record.file_dialog_calls.append(("save", (caption, start)))
        return (str(record.save_path) if record.save_path else "", "")

    def open_names(parent: Any, caption: str, start: str, *rest: Any) -> tuple[list[str], str]:
        record.file_dialog_calls.append(("open", (caption, start)))
        return ([str(p) for p in record.open_paths], "")

    def directory(parent: Any, caption: str, start: str, *rest: Any) -> str:
        record.file_dialog_calls.append(("folder", (caption, start)))
        return str(record.folder) if record.folder else ""

    monkeypatch.setattr(QMessageBox, "exec", message_exec)
    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_names))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(directory))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: record.caption))
    return record


def make_window(qtbot, library, catalog, ops, *, pending: Path | None = None, probe=None):
    win = MainWindow(library, catalog, ops)
    qtbot.addWidget(win)
    if probe is not None:
        win.startup_probe = probe
    win.pending_import_path = pending
    ui = install_sharing_ui(win, library, catalog, ops)
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    return win, ui


@pytest.fixture
def window(qtbot, library, catalog, ops):
    win, _ui = make_window(qtbot, library, catalog, ops)
    yield win
    win.close()


@pytest.fixture
def other(tmp_path, catalog):
    """A second library (a colleague's) with its own operations."""
    lib = Library.open(tmp_path / "collega.sqlite")
    yield lib, Operations(lib, catalog)
    lib.close()


def sample_file(library, ops, catalog, tmp_path, name="route.praatplaat", **options) -> tuple:
    sample = make_sample(ops, library)
    path = tmp_path / name
    export_route(library, sample["route"].id, path, catalog=catalog, **options)
    return sample, path


def _recover_event_loops() -> None:
    """Undo what ``run_gui`` leaves behind for the tests after it.

    Closing its window posts a Quit event that arrives after ``app.exec()`` has returned;
    from then on every nested event loop (``qtbot.waitUntil``, ``qtbot.wait``) returns at
    once. Deliver that event, then run and leave ``exec`` once, which resets the flag.
    """
    app = QApplication.instance()
    QApplication.processEvents()
    QTimer.singleShot(0, app.quit)
    app.exec()


def spin_until(predicate: Callable[[], bool], seconds: float = 3.0) -> None:
    """Process events until ``predicate()`` holds.

    Not ``qtbot.waitUntil``: after a ``run_gui`` test (here or in test_main_window) has
    quit the application, Qt's nested event loops return at once, so timers would not
    fire while waiting; ``processEvents`` still delivers them.
    """
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the event loop")
        QApplication.processEvents()
        time.sleep(0.005)


def wait_for_dialogs(qtbot, dialogs: Dialogs, *names: str) -> None:
    spin_until(lambda: all(n in dialogs.classes() for n in names))


# ================================================================ install, menus


def test_install_adds_menus_context_menu_and_drop_target(window, dialogs):
    ui = window.sharing_ui
    assert isinstance(ui, SharingUi)
    file_texts = [a.text() for a in window.menus.file_menu.actions()]
    assert "&Importeren…" in file_texts and "&Delen" in file_texts
    share_texts = [a.text() for a in ui.share_menu.actions() if a.text()]
    assert share_texts == [
        "&Gesprek exporteren…",
        "&Route exporteren…",
        "&Delen via gedeelde map…",
        "Gedeelde map &controleren…",
        "Gedeelde map &kiezen…",
    ]
    edit_texts = [a.text() for a in window.menus.edit_menu.actions()]
    for text in ("&Geschiedenis…", "&Foto's bij dit gesprek…", "Persoon &vergeten…"):
        assert text in edit_texts
    assert window.library_view.tree.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert window.acceptDrops()
    for action in (*ui.share_menu.actions(), ui.import_action, ui.history_action):
        assert action.isSeparator() or action.toolTip()


def test_context_menu_offers_the_right_actions(
    qtbot, demo_library, catalog, ops, tmp_path, dialogs
):
    win, ui = make_window(qtbot, demo_library, catalog, ops)
    session = demo_library.list_sessions(limit=1)[0]
    texts = [a.text() for a in ui.context_menu("session", session.id).actions() if a.text()]
    assert texts == ["Gesprek exporteren…", "Delen via gedeelde map…", "Foto's bij dit gesprek…"]
    texts = [a.text() for a in ui.context_menu("route", session.route_id).actions() if a.text()]
    assert texts == ["Route exporteren…", "Route delen via gedeelde map…"]
    assert [a.text() for a in ui.context_menu(None, None).actions()] == ["Importeren…"]
    # The context menu's export works on the row that was clicked.
    dialogs.save_path = tmp_path / "uit-contextmenu.praatplaat"
    ui.context_menu("session", session.id).actions()[0].trigger()
    assert dialogs.save_path.exists()
    win.close()


def test_right_click_selects_the_row_and_pops_up_its_menu(
    qtbot, demo_library, catalog, ops, dialogs
):
    from PySide6.QtWidgets import QMenu

    win, ui = make_window(qtbot, demo_library, catalog, ops)
    tree = win.library_view.tree
    session = demo_library.list_sessions(limit=1)[0]
    index = win.library_view.model.find("session", session.id)
    tree.scrollTo(index)
    ui._show_context_menu(tree.visualRect(index).center())
    assert win.library_view.current() == ("session", session.id)
    menus = [m for m in tree.findChildren(QMenu) if m.isVisible()]
    assert next(a.text() for a in menus[0].actions() if a.text()) == "Gesprek exporteren…"
    menus[0].close()
    win.close()


def test_unreachable_shared_folder_offers_another(window, tmp_path, dialogs):
    ui = window.sharing_ui
    ui.settings.shared_folder = str(tmp_path / "OneDrive" / "weg")
    dialogs.answer = Button.No
    ui.check_folder_action.trigger()
    assert "bestaat niet" in dialogs.messages[-1]["text"]
    assert "SharedFolderDialog" not in dialogs.classes()


def test_actions_without_a_selection_explain_what_to_do(window, dialogs):
    ui = window.sharing_ui
    ui.export_session_action.trigger()
    ui.export_route_action.trigger()
    ui.photos_action.trigger()
    assert [m["text"] for m in dialogs.messages] == [
        "Kies eerst links in de lijst een gesprek.",
        "Kies eerst links in de lijst een gesprek of een route.",
        "Kies eerst links in de lijst een gesprek.",
    ]
    assert dialogs.shown == [] or all(d["class"] == "QMessageBox" for d in dialogs.shown)


# ======================================================================== export


def test_suggested_file_name():
    assert (
        suggested_file_name("Flexstage Noorderpoort", dt.date(2025, 3, 14))
        == "Flexstage Noorderpoort - 2025-03-14.praatplaat"
    )
    assert (
        suggested_file_name('a/b:c*"d"', dt.date(2025, 1, 2)) == "a b c d - 2025-01-02.praatplaat"
    )
    assert suggested_file_name("CON", dt.date(2025, 1, 2)).startswith("_CON")
    assert suggested_file_name("", dt.date(2025, 1, 2)) == "Praatplaat - 2025-01-02.praatplaat"


def test_export_then_import_through_the_menus(
    qtbot, library, catalog, ops, other, tmp_path, dialogs
):
    sample = make_sample(ops, library)
    win, ui = make_window(qtbot, library, catalog, ops)
    assert win.library_view.select("session", sample["first"].id)

    def options(dialog: QDialog) -> None:
        dialog.anonymise.setChecked(False)
        dialog.private.setChecked(True)

    dialogs.hooks["ExportOptionsDialog"] = options
    dialogs.save_path = tmp_path / "gekozen naam"  # the suffix is added
    ui.export_session_action.trigger()
    written = tmp_path / "gekozen naam.praatplaat"
    assert written.exists()
    kind, (caption, start) = dialogs.file_dialog_calls[0]
    assert kind == "save" and caption == "Gesprek exporteren"
    assert Path(start).name == "Flexibele stage Noord - 2025-03-14.praatplaat"
    assert dialogs.messages[-1]["title"] == "Gesprek exporteren"
    assert "is opgeslagen" in dialogs.messages[-1]["text"]
    assert win.settings.sharing_last_folder == str(tmp_path)

    # The colleague imports it: preview first, then the summary.
    lib2, ops2 = other
    win2, ui2 = make_window(qtbot, lib2, catalog, ops2)
    ops2.create_route("Iets om ongedaan te maken")
    assert ops2.undo_stack.can_undo
    previews: list[dict[str, Any]] = []

    def look(dialog: ImportPreviewDialog) -> None:
        items = [dialog.tree.topLevelItem(0).text(0)]
        items += [
            dialog.tree.topLevelItem(0).child(i).text(0)
            for i in range(dialog.tree.topLevelItem(0).childCount())
        ]
        previews.append({"items": items, "new": dialog.new_sessions})

    dialogs.hooks["ImportPreviewDialog"] = look
    dialogs.open_paths = [written]
    dialogs.shown.clear()
    ui2.import_action.trigger()
    assert dialogs.classes() == ["ImportPreviewDialog", "ImportSummaryDialog"]
    assert previews[0]["items"][0] == "Route Flexibele stage Noord"
    assert previews[0]["items"][1].startswith("Studenten, 14-03-2025")
    assert previews[0]["new"] == 1
    assert [s.id for s in lib2.list_sessions()] == [sample["first"].id]
    assert lib2.note(sample["first"].id, "co-creatie", "", "free").text  # private came along
    assert not ops2.undo_stack.can_undo  # no undo past an import
    summary = dialogs.shown[-1]["dialog"]
    assert summary.headline.text() == "'gekozen naam.praatplaat' is geïmporteerd."
    assert "Toegevoegd" in summary.details.toPlainText()
    assert summary.history_button is None  # nothing kept aside
    assert win2.library_view.current() == ("session", sample["first"].id)

    # The same file again: nothing changed.
    dialogs.shown.clear()
    ui2.import_action.trigger()
    summary = dialogs.shown[-1]["dialog"]
    assert summary.headline.text() == "Er is niets veranderd."
    assert "stond al in uw bibliotheek" in summary.details.toPlainText()
    win.close()
    win2.close()


def test_export_route_with_names_left_out(qtbot, library, catalog, ops, other, tmp_path, dialogs):
    sample = make_sample(ops, library)
    win, ui = make_window(qtbot, library, catalog, ops)
    win.library_view.select("session", sample["second"].id)  # the route of the conversation
    dialogs.hooks["ExportOptionsDialog"] = lambda d: d.anonymise.setChecked(True)
    dialogs.save_path = tmp_path / "anoniem.praatplaat"
    ui.export_route_action.trigger()
    lib2, _ops2 = other
    from praatplaat_app.exchange import import_file

    import_file(lib2, dialogs.save_path, backup_dir=tmp_path / "bk")
    assert len(lib2.list_sessions()) == 2
    assert not (library_person_names(lib2) & set(NAMES))
    win.close()


def test_cancelled_export_writes_nothing(window, library, ops, tmp_path, dialogs):
    sample = make_sample(ops, library)
    window.library_view.select("session", sample["first"].id)
    dialogs.results["ExportOptionsDialog"] = int(QDialog.DialogCode.Rejected.value)
    dialogs.save_path = tmp_path / "niet.praatplaat"
    window.sharing_ui.export_session_action.trigger()
    assert not dialogs.save_path.exists() and dialogs.file_dialog_calls == []


# ======================================================================== import


def _hostile_file(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("data.json", "{}")
        archive.writestr("../../buiten.txt", "kwaadaardig")
    return path


@pytest.mark.parametrize("content", ["hostile", "garbage", "missing"])
def test_bad_file_shows_its_message_and_changes_nothing(
    window, library, ops, tmp_path, dialogs, content
):
    make_sample(ops, library)
    before = dump(library)
    path = tmp_path / "kwaad.praatplaat"
    if content == "hostile":
        _hostile_file(path)
    elif content == "garbage":
        path.write_bytes(b"Dit is geen zip-bestand" * 20)
    dialogs.open_paths = [path]
    window.sharing_ui.import_action.trigger()
    assert dialogs.classes() == []  # no preview, no summary
    [box] = dialogs.messages
    assert box["title"] == "Bestand niet geïmporteerd"
    assert "kwaad.praatplaat" in box["text"]
    assert "Traceback" not in box["text"]
    assert dump(library) == before
    assert not (tmp_path / "buiten.txt").exists()
    assert not any(Path(library.path).parent.glob("*voor-import*"))


def test_cancel_in_the_preview_imports_nothing(
    qtbot, library, catalog, ops, other, tmp_path, dialogs
):
    _sample, path = sample_file(library, ops, catalog, tmp_path)
    lib2, ops2 = other
    win, ui = make_window(qtbot, lib2, catalog, ops2)
    dialogs.results["ImportPreviewDialog"] = int(QDialog.DialogCode.Rejected.value)
    ui.import_files([path])
    assert lib2.is_empty()
    assert dialogs.classes() == ["ImportPreviewDialog"]
    win.close()


def test_several_files_one_bad_others_imported(
    qtbot, library, catalog, ops, other, tmp_path, dialogs
):
    _sample, good = sample_file(library, ops, catalog, tmp_path)
    bad = _hostile_file(tmp_path / "kapot.praatplaat")
    lib2, ops2 = other
    win, ui = make_window(qtbot, lib2, catalog, ops2)
    results = ui.import_files([bad, good])
    assert [bool(r.error) for r in results] == [True, False]
    assert len(lib2.list_sessions()) == 2
    summary = dialogs.shown[-1]["dialog"]
    assert isinstance(summary, ImportSummaryDialog)
    text = summary.details.toPlainText()
    assert "kapot.praatplaat" in text and "Niet geïmporteerd" in text
    assert dialogs.messages == []  # the error is in the summary, not a separate box
    win.close()


# ================================================================= drag and drop


def _drop(window: QWidget, urls: list[QUrl]) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls(urls)
    enter = QDragEnterEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    accepted = enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return accepted, drop.isAccepted()


def test_dropping_a_praatplaat_file_imports_it(
    qtbot, library, catalog, ops, other, tmp_path, dialogs
):
    sample, path = sample_file(library, ops, catalog, tmp_path)
    note = tmp_path / "leesmij.txt"
    note.write_text("geen praatplaat")
    lib2, ops2 = other
    win, _ui = make_window(qtbot, lib2, catalog, ops2)
    accepted = _drop(win, [QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(note))])
    assert accepted == (True, True)
    wait_for_dialogs(qtbot, dialogs, "ImportPreviewDialog", "ImportSummaryDialog")
    assert {s.id for s in lib2.list_sessions()} == {sample["first"].id, sample["second"].id}
    assert "overgeslagen" in win.statusBar().currentMessage()
    win.close()


def test_dropping_other_files_is_refused_with_a_status_message(window, tmp_path, dialogs):
    other_file = tmp_path / "foto.jpg"
    other_file.write_bytes(b"x")
    accepted = _drop(window, [QUrl.fromLocalFile(str(other_file))])
    assert accepted == (False, False)
    assert window.statusBar().currentMessage() == REFUSED
    QApplication.processEvents()
    assert dialogs.shown == [] and dialogs.messages == []


def test_dropping_on_the_search_box_imports_too(
    qtbot, library, catalog, ops, other, tmp_path, dialogs
):
    _sample, path = sample_file(library, ops, catalog, tmp_path)
    lib2, ops2 = other
    win, _ui = make_window(qtbot, lib2, catalog, ops2)
    assert _drop(win.library_view.search, [QUrl.fromLocalFile(str(path))]) == (True, True)
    wait_for_dialogs(qtbot, dialogs, "ImportSummaryDialog")
    assert win.library_view.search.text() == ""  # the path was not typed into the box
    assert len(lib2.list_sessions()) == 2
    win.close()


# ============================================================ command-line file


def test_file_from_the_command_line_is_previewed_and_imported(
    qtbot, library, catalog, ops, other, tmp_path, dialogs
):
    _sample, path = sample_file(library, ops, catalog, tmp_path)
    lib2, ops2 = other
    win, _ui = make_window(qtbot, lib2, catalog, ops2, pending=path, probe=False)
    wait_for_dialogs(qtbot, dialogs, "ImportPreviewDialog", "ImportSummaryDialog")
    assert len(lib2.list_sessions()) == 2
    assert win.pending_import_path == path  # left for others to read
    win.close()


def test_file_from_the_command_line_in_probe_mode_asks_nothing(
    qtbot, library, catalog, ops, other, tmp_path, dialogs
):
    _sample, path = sample_file(library, ops, catalog, tmp_path)
    lib2, ops2 = other
    win, _ui = make_window(qtbot, lib2, catalog, ops2, pending=path, probe=True)
    spin_until(lambda: len(lib2.list_sessions()) == 2)
    assert dialogs.shown == [] and dialogs.messages == []
    win.close()


def test_bad_file_in_probe_mode_goes_to_stderr(
    qtbot, library, catalog, ops, tmp_path, dialogs, capsys
):
    path = _hostile_file(tmp_path / "kwaad.praatplaat")
    win, _ui = make_window(qtbot, library, catalog, ops, pending=path, probe=True)
    errors: list[str] = []
    spin_until(lambda: bool(errors.append(capsys.readouterr().err)) or "kwaad" in "".join(errors))
    assert dialogs.shown == [] and dialogs.messages == []
    assert library.is_empty()
    win.close()


def test_startup_probe_imports_the_file_before_startup_shown(
    qtbot, library, catalog, ops, tmp_path, dialogs, capsys, monkeypatch
):
    """``praatplaat --library L --no-demo-prompt --startup-probe FILE`` imports FILE into L."""
    sample, path = sample_file(library, ops, catalog, tmp_path)
    real_install = app_module.install_features
    seen_at_probe: list[int] = []

    def install(window, lib, cat, operations):
        real_install(window, lib, cat, operations)
        install_sharing_ui(window, lib, cat, operations)

    real_probe = app_module._probe

    def probe(window, app, *rest):
        seen_at_probe.append(len(window.library.list_sessions()))
        real_probe(window, app, *rest)

    monkeypatch.setattr(app_module, "install_features", install)
    monkeypatch.setattr(app_module, "_probe", probe)
    target = tmp_path / "doel.sqlite"
    args = argparse.Namespace(library=target, file=path, startup_probe=True, no_demo_prompt=True)
    try:
        assert app_module.run_gui(args) == 0
    finally:
        _recover_event_loops()
    assert "STARTUP-SHOWN" in capsys.readouterr().out
    assert seen_at_probe and seen_at_probe[0] == 2  # imported before STARTUP-READY
    assert dialogs.shown == [] and dialogs.messages == []
    with Library.open(target) as imported:
        assert {s.id for s in imported.list_sessions()} == {
            sample["first"].id,
            sample["second"].id,
        }


# ======================================================================= history


@pytest.fixture
def conflict(library, ops, catalog, other, tmp_path):
    """Library B imported A's route, then both edited the same note; A's file is older."""
    sample = make_sample(ops, library)
    lib2, ops2 = other
    path = tmp_path / "route.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    from praatplaat_app.exchange import import_file

    import_file(lib2, path, backup_dir=tmp_path / "bk")
    first = sample["first"].id
    ops.set_note(first, "eigen-route", "sociale-binding", "improve", "Versie van A")
    export_route(library, sample["route"].id, path, catalog=catalog)
    time.sleep(0.002)
    ops2.set_note(first, "eigen-route", "sociale-binding", "improve", "Versie van B, nieuwer")
    return sample, path, lib2, ops2


def test_kept_aside_version_is_listed_and_restored(qtbot, catalog, conflict, dialogs):
    sample, path, lib2, ops2 = conflict
    win, ui = make_window(qtbot, lib2, catalog, ops2)
    history_seen: list[HistoryDialog] = []

    def restore(dialog: HistoryDialog) -> None:
        history_seen.append(dialog)
        assert dialog.list.topLevelItemCount() == 1
        item = dialog.list.topLevelItem(0)
        assert item.text(0) == "Notitie"
        assert "Flexibele stage Noord" in item.text(1) and "Studenten, 14-03-2025" in item.text(1)
        assert item.text(3).startswith("Bij het importeren: oudere versie uit 'route.praatplaat'")
        assert "Versie van A" in dialog.old_view.toPlainText()
        assert "Versie van B, nieuwer" in dialog.now_view.toPlainText()
        assert "Wat kan beter" in dialog.old_view.toPlainText()  # the kind, in words
        assert "Sociale binding" in dialog.old_view.toPlainText()  # the theme, in words
        assert dialog.restore_current()

    def summary(dialog: ImportSummaryDialog) -> None:
        assert dialog.history_button is not None
        assert "Opzijgezet in de geschiedenis" in dialog.details.toPlainText()
        dialog.history_button.click()

    dialogs.hooks["ImportSummaryDialog"] = summary
    dialogs.hooks["HistoryDialog"] = restore
    ops2.create_route("Om ongedaan te maken")
    ui.import_files([path])
    assert history_seen
    note = lib2.note(sample["first"].id, "eigen-route", "sociale-binding", "improve")
    assert note.text == "Versie van A"
    assert not ops2.undo_stack.can_undo
    # The replaced version is in the history in its turn.
    texts = [e.data.get("text") for e in list_history(lib2)]
    assert "Versie van B, nieuwer" in texts
    assert any(m["title"] == "Versie terugzetten" for m in dialogs.messages)
    win.close()


def test_history_menu_with_an_empty_history(window, dialogs):
    window.sharing_ui.history_action.trigger()
    dialog = dialogs.shown[-1]["dialog"]
    assert isinstance(dialog, HistoryDialog)
    assert dialog.entries == [] and not dialog.restore_button.isEnabled()
    assert dialog.empty.text() == "Er zijn nog geen eerdere versies bewaard."


def test_history_restore_refusal_is_a_message(qtbot, catalog, conflict, dialogs, monkeypatch):
    _sample, path, lib2, _ops2 = conflict
    from praatplaat_app.exchange import import_file

    import_file(lib2, path, backup_dir=path.parent / "bk")
    dialog = HistoryDialog(None, lib2, catalog)
    qtbot.addWidget(dialog)

    def refuse(library, history_id):
        raise ExchangeError("Deze eerdere versie is beschadigd en kan niet worden teruggezet.")

    monkeypatch.setattr("praatplaat_app.exchange.restore_from_history", refuse)
    assert not dialog.restore_current(confirm=False)
    assert dialogs.messages[-1]["title"] == "Terugzetten niet gelukt"


# ================================================================ forget a person


def test_forget_person_removes_the_name_everywhere(qtbot, library, catalog, ops, dialogs, tmp_path):
    make_sample(ops, library)
    win, ui = make_window(qtbot, library, catalog, ops)
    name = NAMES[0]  # "Jantje Bëkker": with a diacritic, set through the widget API
    ops.create_route("Om ongedaan te maken")

    def forget(dialog: ForgetPersonDialog) -> None:
        dialog.name.setText(name)
        preview = dialog.update_preview()
        assert preview.exact == 1 and preview.texts >= 1
        assert dialog.preview.text().startswith("Gevonden: 1 deelnemer")
        assert not dialog.forget_button.isEnabled()  # not before "I understand"
        dialog.understood.setChecked(True)
        assert dialog.forget_button.isEnabled()
        dialog.forget_button.click()

    dialogs.hooks["ForgetPersonDialog"] = forget
    ui.forget_action.trigger()
    assert name not in library_person_names(library)
    assert all(name not in str(row) for rows in dump(library).values() for row in rows)
    assert not ops.undo_stack.can_undo
    assert dialogs.messages[-1]["title"] == "Persoon vergeten"
    assert "is verwijderd uit" in dialogs.messages[-1]["text"]
    win.close()


def test_forget_preview_counts_without_changing_anything(library, ops):
    make_sample(ops, library)
    before = dump(library)
    preview = preview_forget(library, NAMES[1])
    assert preview.exact == 1 and preview.texts == 1  # the participant, and an action's "who"
    assert preview_forget(library, "Niemand Bekend").total == 0
    assert "komt nu niet voor" in preview_forget(library, "Niemand Bekend").describe()
    assert dump(library) == before


# ================================================================= shared folder


@pytest.fixture
def shared(tmp_path) -> Path:
    folder = tmp_path / "OneDrive - ROC Noord" / "Praatplaat"
    folder.mkdir(parents=True)
    return folder


def test_shared_folder_scan_lists_a_new_file_and_imports_it(
    qtbot, library, catalog, ops, other, shared, dialogs
):
    sample = make_sample(ops, library)
    export_route(
        library, sample["route"].id, shared / "Flexibele stage.praatplaat", catalog=catalog
    )
    _hostile_file(shared / "kapot.praatplaat")
    lib2, ops2 = other
    win, ui = make_window(qtbot, lib2, catalog, ops2)
    ui.settings.shared_folder = str(shared)

    def choose(dialog: SharedFolderDialog) -> None:
        names = [dialog.list.item(i).text().split("\n")[0] for i in range(dialog.list.count())]
        assert names == ["Flexibele stage.praatplaat", "kapot.praatplaat"]
        assert [f.path.name for f in dialog.checked_files()] == names  # new ones are checked
        assert dialog.heading.text().startswith("Er zijn 2 nieuwe bestanden")
        results = dialog.import_checked()
        assert [bool(r.error) for r in results] == [False, True]
        assert [f.path.name for f in dialog.remaining()] == ["kapot.praatplaat"]

    dialogs.hooks["SharedFolderDialog"] = choose
    ui.check_folder_action.trigger()
    assert len(lib2.list_sessions()) == 2
    summary = next(d["dialog"] for d in dialogs.shown if d["class"] == "ImportSummaryDialog")
    text = summary.details.toPlainText()
    assert "kapot.praatplaat" in text and "Niet geïmporteerd" in text
    assert "Flexibele stage.praatplaat" in text
    assert ui.badge.text() == "1 nieuw bestand in de gedeelde map"
    assert [s.path.name for s in scan_shared_folder(shared, lib2)] == ["kapot.praatplaat"]
    win.close()


def test_badge_after_start_when_new_files_wait(
    qtbot, library, catalog, ops, other, shared, dialogs
):
    sample = make_sample(ops, library)
    export_sessions(library, [sample["first"].id], shared / "een.praatplaat", catalog=catalog)
    export_sessions(library, [sample["second"].id], shared / "twee.praatplaat", catalog=catalog)
    lib2, ops2 = other
    from praatplaat_app.ui.settings import Settings

    Settings().shared_folder = str(shared)
    win, ui = make_window(qtbot, lib2, catalog, ops2)
    spin_until(lambda: ui.badge.isVisible(), 5.0)
    assert ui.badge.text() == "2 nieuwe bestanden in de gedeelde map"
    assert ui.badge.accessibleName()
    assert dialogs.shown == [] and dialogs.messages == []  # non-blocking
    assert lib2.is_empty()  # nothing imported without asking
    win.close()


def test_share_via_folder_writes_the_selection(qtbot, library, catalog, ops, shared, dialogs):
    sample = make_sample(ops, library)
    win, ui = make_window(qtbot, library, catalog, ops)
    ui.settings.shared_folder = str(shared)
    win.library_view.select("route", sample["route"].id)
    ui.share_action.trigger()
    [written] = list(shared.glob("*.praatplaat"))
    assert written.name == suggested_file_name("Flexibele stage Noord", dt.date.today())
    # Our own export is not news for us.
    assert scan_shared_folder(shared, library) == []
    # Sharing again the same day: asked, "Naast elkaar bewaren" keeps both.
    dialogs.answer = Button.No
    ui.share_action.trigger()
    assert len(list(shared.glob("*.praatplaat"))) == 2
    assert any("staat al een bestand" in m["text"] for m in dialogs.messages)
    win.close()


def test_share_without_a_folder_asks_to_choose_one(qtbot, library, catalog, ops, shared, dialogs):
    sample = make_sample(ops, library)
    win, ui = make_window(qtbot, library, catalog, ops)
    win.library_view.select("session", sample["first"].id)
    dialogs.folder = shared
    dialogs.hooks["SharedFolderSettingsDialog"] = lambda d: d.choose()
    ui.share_action.trigger()
    assert ui.settings.shared_folder == str(shared.resolve())
    assert len(list(shared.glob("*.praatplaat"))) == 1
    win.close()


def test_folder_holding_the_library_is_refused(qtbot, tmp_path, catalog, dialogs):
    folder = tmp_path / "Gedeeld"
    folder.mkdir()
    lib = Library.open(folder / "bibliotheek.sqlite")
    try:
        from praatplaat_app.ui.settings import Settings

        settings = Settings()
        dialog = SharedFolderSettingsDialog(None, lib, settings)
        qtbot.addWidget(dialog)
        assert not dialog.choose(str(folder))
        assert settings.shared_folder == ""
        assert "bibliotheek" in dialogs.messages[-1]["text"].lower()
        assert dialogs.messages[-1]["title"] == "Deze map kan niet"
    finally:
        lib.close()


# =================================================================== attachments


@pytest.fixture
def session(ops):
    route = ops.create_route("Route met foto's")
    return ops.create_session(route.id, "joint", dt.date(2025, 6, 1))


def test_photos_add_view_remove_and_undo(qtbot, library, catalog, ops, session, tmp_path, dialogs):
    win, ui = make_window(qtbot, library, catalog, ops)
    photo = tmp_path / "poster.png"
    photo.write_bytes(png_bytes(40, 30))
    not_photo = tmp_path / "verslag.pdf"
    not_photo.write_bytes(b"%PDF-1.7\n")
    dialogs.open_paths = [not_photo, photo]
    seen: list[dict[str, Any]] = []

    def work(dialog: AttachmentsDialog) -> None:
        assert dialog.empty.isVisibleTo(dialog)
        added = dialog.add_photos()
        assert [a.filename for a in added] == ["poster.png"]
        assert dialog.list.count() == 1
        assert dialog.list.item(0).text() == "Ingevulde praatplaat"
        assert not dialog.list.item(0).icon().isNull()  # a thumbnail
        viewer = dialog.view_selected()
        assert viewer is not None and viewer.picture.pixmap() is not None
        removed = dialog.remove_selected()
        assert removed is not None and dialog.list.count() == 0
        assert dialog.undo_bar.isVisibleTo(dialog)
        seen.append({"after_remove": len(attachments_for(library, session.id))})
        restored = dialog.undo_remove()
        assert restored is not None and dialog.list.count() == 1
        assert not dialog.undo_bar.isVisibleTo(dialog)

    dialogs.hooks["AttachmentsDialog"] = work
    win.library_view.select("session", session.id)
    ui.photos_action.trigger()
    assert seen == [{"after_remove": 0}]
    [refused] = dialogs.messages
    assert refused["title"] == "Foto niet toegevoegd"
    assert "verslag.pdf" in refused["text"] and "PNG- of JPEG" in refused["text"]
    [(caption, mime, data)] = attachments_for_report(library, session.id)
    assert (caption, mime, data) == ("Ingevulde praatplaat", "image/png", png_bytes(40, 30))
    win.close()


def test_summary_links_to_the_photos(qtbot, library, catalog, ops, session, tmp_path, dialogs):
    from praatplaat_app.exchange import add_attachment

    add_attachment(library, session.id, png_bytes(), "Flip-over")
    win, _ui = make_window(qtbot, library, catalog, ops)
    win.library_view.select("session", session.id)
    spin_until(lambda: "Foto's bij dit gesprek" in win.summary_view.toPlainText())
    assert "1 foto — bekijken of toevoegen" in win.summary_view.toPlainText()
    flags = win.summary_view.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByMouse
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard

    # Adding a photo in the dialog updates the count under the summary, once.
    def add(dialog: AttachmentsDialog) -> None:
        assert dialog.list.count() == 1
        dialog.add_photos([photo])

    photo = tmp_path / "tweede.png"
    photo.write_bytes(png_bytes(8, 8))
    dialogs.hooks["AttachmentsDialog"] = add
    win.summary_view.anchorClicked.emit(QUrl(f"praatplaat-fotos:{session.id}"))
    assert isinstance(dialogs.shown[-1]["dialog"], AttachmentsDialog)
    text = win.summary_view.toPlainText()
    assert "2 foto's — bekijken of toevoegen" in text
    assert text.count("Foto's bij dit gesprek") == 1
    win.summary_view.refresh()
    assert win.summary_view.toPlainText().count("Foto's bij dit gesprek") == 1
    win.close()


def test_caption_cancel_adds_nothing(qtbot, library, session, tmp_path, dialogs):
    photo = tmp_path / "poster.png"
    photo.write_bytes(png_bytes())
    dialogs.caption = ("", False)
    dialog = AttachmentsDialog(None, library, session.id)
    qtbot.addWidget(dialog)
    assert dialog.add_photos([photo]) == []
    assert attachments_for(library, session.id) == []


# ============================================================ accessible names


def _controls(widget: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QAbstractItemView, QTextEdit, QComboBox)
    found = [
        w
        for w in widget.findChildren(QWidget)
        if isinstance(w, kinds) and not isinstance(w, QHeaderView)
    ]
    # Qt's own pieces inside other controls (a line edit's clear button) are not ours.
    return [w for w in found if not isinstance(w.parentWidget(), QLineEdit)]


def test_every_control_has_an_accessible_name(
    qtbot, library, catalog, ops, other, shared, tmp_path, dialogs
):
    sample, path = sample_file(library, ops, catalog, tmp_path)
    from praatplaat_app.exchange import import_file, read_package
    from praatplaat_app.ui.settings import Settings
    from praatplaat_app.ui.sharing.export_dialog import ExportOptionsDialog, describe_selection
    from praatplaat_app.ui.sharing.import_flow import FileResult

    summary = import_file(other[0], path, backup_dir=tmp_path / "bk")
    export_route(library, sample["route"].id, shared / "x.praatplaat", catalog=catalog)
    built = [
        ExportOptionsDialog(None, describe_selection(library, ("route", sample["route"].id))),
        ImportPreviewDialog(None, read_package(path), library, catalog),
        ImportSummaryDialog(None, [FileResult("x", summary=summary)], on_history=lambda: None),
        HistoryDialog(None, library, catalog),
        SharedFolderSettingsDialog(None, library, Settings()),
        SharedFolderDialog(None, other[0], catalog, str(shared)),
        AttachmentsDialog(None, library, sample["first"].id),
        ForgetPersonDialog(None, library),
    ]
    missing = []
    for dialog in built:
        qtbot.addWidget(dialog)
        assert dialog.accessibleName(), type(dialog).__name__
        for control in _controls(dialog):
            if not control.accessibleName():
                missing.append(
                    f"{type(dialog).__name__}: {type(control).__name__} {control.text() if hasattr(control, 'text') else ''}"
                )
    assert missing == []
