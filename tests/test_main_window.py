"""The main window, the library view, the summary and the start-up path (pytest-qt, offscreen).

Every dialog's ``exec`` is patched (see ``dialogs``), so nothing here can block.
Non-ASCII text is set through the widget API, never with ``qtbot.keyClicks``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from praatplaat_app.domain import NoteKind, SessionKind
from praatplaat_app.ui import app as app_module
from praatplaat_app.ui.library_model import ROUTE, SESSION
from praatplaat_app.ui.main_window import MainWindow
from praatplaat_app.ui.settings import Settings
from praatplaat_app.ui.summary_view import conversation_html, route_html

INDICATOR = "eigen-route"
THEME = "sociale-binding"


class Dialogs:
    """Records every message box / dialog instead of showing it."""

    def __init__(self) -> None:
        self.messages: list[dict[str, str]] = []
        self.dialogs: list[QDialog] = []
        self.answer = QMessageBox.StandardButton.Ok

    def titles(self) -> list[str]:
        return [m["title"] for m in self.messages]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def message_exec(box: QMessageBox) -> int:
        record.messages.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
                "detailed": box.detailedText(),
            }
        )
        return int(record.answer.value)

    def dialog_exec(dialog: QDialog) -> int:
        record.dialogs.append(dialog)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QMessageBox, "exec", message_exec)
    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    return record


@pytest.fixture
def window(qtbot, library, catalog, ops):
    win = MainWindow(library, catalog, ops)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def make_conversation(ops, route_name: str, day: int, kind: str = SessionKind.STUDENTS):
    route = ops.library.route_by_name(route_name) or ops.create_route(route_name)
    session = ops.create_session(
        route.id,
        kind,
        dt.date(2025, 3, day),
        facilitator="Anouk Smit",
        participants=[
            {"role": "student", "organisation": "Noorderpoort", "name": "Zoë"},
            {"role": "student", "organisation": "", "name": ""},
            {"role": "supervisor", "organisation": "Zorggroep Oost", "name": ""},
        ],
    )
    return route, session


def args_for(library: Path, **extra) -> argparse.Namespace:
    values = {"library": library, "file": None, "startup_probe": False, "no_demo_prompt": True}
    values.update(extra)
    return argparse.Namespace(**values)


# ------------------------------------------------------------------ the window


def test_window_lists_the_demo_routes_with_conversations_newest_first(
    qtbot, demo_library, catalog, ops
):
    win = MainWindow(demo_library, catalog, ops)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    model = win.library_view.model
    routes = demo_library.routes()
    assert len(routes) == 6
    assert model.route_ids() == [r.id for r in routes]
    assert model.session_count() == demo_library.count_sessions() > 0
    for row in range(model.rowCount()):
        route_item = model.item(row)
        dates = [
            demo_library.conversation(
                route_item.child(r).data(Qt.ItemDataRole.UserRole + 2)
            ).session.date
            for r in range(route_item.rowCount())
        ]
        assert dates == sorted(dates, reverse=True)
        assert win.library_view.tree.isExpanded(route_item.index())
    assert "6 routes" in win.library_view.status.text()
    # Nothing chosen yet: the summary says what to do.
    assert "Kies links een gesprek" in win.summary_view.toPlainText()
    assert not win.grab().isNull()
    win.close()


def test_conversation_row_shows_date_kind_and_indicator_titles(window, ops, catalog):
    _route, session = make_conversation(ops, "Flexstage", 14)
    ops.set_indicator_chosen(session.id, INDICATOR, True)
    window.library_view.refresh()
    index = window.library_view.model.find(SESSION, session.id)
    assert index.data() == "14-03-2025  ·  Studenten"
    assert catalog.indicator(INDICATOR).title in index.data(Qt.ItemDataRole.UserRole + 3)


def test_tree_follows_operations(qtbot, window, ops):
    route = ops.create_route("Regionale route Zuid")
    qtbot.waitUntil(lambda: route.id in window.library_view.model.route_ids())
    _route, session = make_conversation(ops, "Regionale route Zuid", 3)
    qtbot.waitUntil(lambda: window.library_view.model.find(SESSION, session.id).isValid())
    window.library_view.select(SESSION, session.id)
    ops.delete_session(session.id)
    qtbot.waitUntil(lambda: not window.library_view.model.find(SESSION, session.id).isValid())
    qtbot.waitUntil(lambda: "Kies links een gesprek" in window.summary_view.toPlainText())


def test_refresh_keeps_the_selection_without_signalling(qtbot, window, ops):
    _route, session = make_conversation(ops, "Flexstage", 12)
    view = window.library_view
    qtbot.waitUntil(lambda: view.model.find(SESSION, session.id).isValid())
    view.select(SESSION, session.id)
    with (
        qtbot.assertNotEmitted(view.selection_cleared),
        qtbot.assertNotEmitted(view.current_conversation_changed),
    ):
        view.refresh()
        ops.set_indicator_chosen(session.id, INDICATOR, True)  # tree shows indicators
        qtbot.wait(120)
    assert view.current() == (SESSION, session.id)
    assert view.tree.currentIndex() == view.model.find(SESSION, session.id)


# ------------------------------------------------------------------ searching


@pytest.fixture
def searchable(ops):
    _r1, evaluated = make_conversation(ops, "Flexstage Noorderpoort", 10)
    ops.set_note(
        evaluated.id, INDICATOR, THEME, NoteKind.GOES_WELL, "De stage is samen geëvalueerd."
    )
    _r2, other = make_conversation(ops, "UMCG Gilde", 11)
    ops.set_note(other.id, INDICATOR, "", NoteKind.FREE, "Roosters sluiten niet aan.")
    return evaluated, other


def test_search_filters_as_you_type_ignoring_case_and_diacritics(qtbot, window, searchable):
    evaluated, other = searchable
    view = window.library_view
    qtbot.waitUntil(lambda: set(view.model.session_ids()) == {evaluated.id, other.id})
    view.search.setText("GEEVALUEERD")
    assert view._search_timer.isActive()  # debounced, not on every key
    qtbot.waitUntil(lambda: view.model.session_ids() == [evaluated.id])
    assert view.tree.isExpanded(view.model.find(ROUTE, evaluated.route_id))
    # An unfinished word already matches, as one types.
    view.search.setText("geëval")
    qtbot.waitUntil(lambda: view.model.session_ids() == [evaluated.id])
    view.search.setText("roosters")
    qtbot.waitUntil(lambda: view.model.session_ids() == [other.id])
    view.search.clear()
    qtbot.waitUntil(lambda: len(view.model.session_ids()) == 2)
    assert view.pages.currentWidget() is view.tree


def test_search_typed_with_keys_filters(qtbot, window, searchable):
    evaluated, _other = searchable
    view = window.library_view
    qtbot.keyClicks(view.search, "stage")  # ASCII only: non-ASCII keys abort Qt's test lib
    qtbot.waitUntil(lambda: view.model.session_ids() == [evaluated.id])


def test_search_without_results_says_so(qtbot, window, searchable):
    view = window.library_view
    qtbot.waitUntil(lambda: view.model.session_count() == 2)
    view.search.setText("zwembad")
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.message)
    assert "Geen gesprekken gevonden voor ‘zwembad’" in view.message.text()
    assert view.model.rowCount() == 0


def test_empty_library_shows_a_hint(window):
    view = window.library_view
    assert view.pages.currentWidget() is view.message
    assert "nog geen routes" in view.message.text()


def test_ctrl_f_focuses_the_search_box(qtbot, window):
    window.activateWindow()
    window.summary_view.setFocus()
    window.search_action.trigger()
    qtbot.waitUntil(lambda: window.library_view.search.hasFocus())
    assert window.search_action.shortcut().toString() == "Ctrl+F"


# ------------------------------------------------------------------- summary


def test_selecting_a_conversation_shows_its_summary_with_user_text_literal(
    qtbot, window, ops, catalog
):
    _route, session = make_conversation(ops, "Cliëntgerichte route", 12)
    ops.set_indicator_chosen(session.id, INDICATOR, True)
    ops.set_note(
        session.id, INDICATOR, THEME, NoteKind.IMPROVE, "Cliënten <b>vet</b> & 'geëvalueerd'"
    )
    ops.update_session(session.id, context="Twee ROC's & één ziekenhuis")
    qtbot.waitUntil(lambda: window.library_view.model.find(SESSION, session.id).isValid())
    window.library_view.select(SESSION, session.id)
    text = window.summary_view.toPlainText()
    assert "Cliëntgerichte route" in text
    assert "12-03-2025" in text
    assert "Studenten" in text
    assert "Anouk Smit" in text
    assert "Twee ROC's & één ziekenhuis" in text
    assert catalog.indicator(INDICATOR).title in text
    assert catalog.theme(THEME).title in text
    assert "Wat kan beter" in text
    assert "Cliënten <b>vet</b> & 'geëvalueerd'" in text  # shown literally, not bold
    # Participants by role; only given names are shown.
    assert "Zoë (Noorderpoort)" in text
    assert "1 zonder naam" in text
    assert "Zorggroep Oost" in text
    assert "Actieplan" in text and "Vervolgafspraken" in text


def test_summary_updates_when_the_conversation_changes(qtbot, window, ops):
    _route, session = make_conversation(ops, "Flexstage", 12)
    window.library_view.refresh()
    window.library_view.select(SESSION, session.id)
    ops.set_note(session.id, INDICATOR, "", NoteKind.FREE, "Nieuwe notitie over roosters")
    ops.set_indicator_chosen(session.id, INDICATOR, True)
    qtbot.waitUntil(lambda: "Nieuwe notitie over roosters" in window.summary_view.toPlainText())


def test_route_summary_shows_route_details(qtbot, window, ops):
    route = ops.create_route(
        "Hospitaalgilde <i>",
        organisations="UMCG & Noorderpoort",
        programmes="Verpleegkunde mbo 4",
        reason_goal="Meer doorstroom",
        form="Gilde",
        phase="Pilot",
        coordinator="Jan de Vries",
    )
    qtbot.waitUntil(lambda: route.id in window.library_view.model.route_ids())
    window.library_view.select(ROUTE, route.id)
    text = window.summary_view.toPlainText()
    for expected in (
        "Hospitaalgilde <i>",
        "UMCG & Noorderpoort",
        "Verpleegkunde mbo 4",
        "Meer doorstroom",
        "Gilde",
        "Pilot",
        "Jan de Vries",
        "Nog geen gesprekken",
    ):
        assert expected in text


def test_html_builders_escape_all_user_text(library, catalog, ops):
    route = ops.create_route("<script>alert(1)</script>", coordinator='"Jan" <b>')
    session = ops.create_session(
        route.id, SessionKind.JOINT, dt.date(2025, 1, 2), facilitator="<img src=x>"
    )
    ops.set_indicator_chosen(session.id, INDICATOR, True)
    ops.set_note(session.id, INDICATOR, "", NoteKind.FREE, "<h1>kop</h1>\nregel 2")
    page = conversation_html(library.conversation(session.id), catalog)
    assert "<script>" not in page and "<img" not in page and "<h1>kop" not in page
    assert "&lt;h1&gt;kop&lt;/h1&gt;<br>regel 2" in page
    route_page = route_html(library.routes()[0], library.list_sessions(), catalog)
    assert "<script>" not in route_page and "&lt;b&gt;" in route_page


def test_enter_and_double_click_activate_a_conversation(qtbot, window, ops):
    route, session = make_conversation(ops, "Flexstage", 12)
    window.library_view.refresh()
    view = window.library_view
    view.select(SESSION, session.id)
    view.tree.setFocus()
    with qtbot.waitSignal(view.conversation_activated, timeout=1000) as blocker:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert blocker.args == [session.id]
    index = view.model.find(ROUTE, route.id)
    with qtbot.waitSignal(view.route_activated, timeout=1000) as blocker:
        view.tree.doubleClicked.emit(index)
    assert blocker.args == [route.id]


# ---------------------------------------------------------------- undo / redo


def test_undo_and_redo_actions_follow_the_operations(qtbot, window, ops):
    menus = window.menus
    assert not menus.undo_action.isEnabled() and not menus.redo_action.isEnabled()
    _route, session = make_conversation(ops, "Flexstage", 12)
    ops.set_note(session.id, INDICATOR, "", NoteKind.FREE, "Eerste versie")
    assert menus.undo_action.isEnabled()
    assert menus.undo_action.text().replace("&", "") == "Ongedaan maken: Notitie typen"
    menus.undo_action.trigger()
    assert ops.library.note(session.id, INDICATOR, "", NoteKind.FREE).deleted
    assert menus.redo_action.isEnabled()
    assert menus.redo_action.text().replace("&", "") == "Opnieuw: Notitie typen"
    menus.redo_action.trigger()
    assert ops.library.note(session.id, INDICATOR, "", NoteKind.FREE).text == "Eerste versie"
    assert not menus.redo_action.isEnabled()
    assert menus.undo_action.shortcut().toString() == "Ctrl+Z"
    assert menus.redo_action.shortcut().toString() == "Ctrl+Shift+Z"


def test_other_modules_can_add_menu_actions(window):
    from PySide6.QtGui import QAction

    action = QAction("Exporteren…", window)
    window.menus.add_action("file", action)
    actions = window.menus.file_menu.actions()
    assert actions.index(action) < actions.index(window.menus.quit_action)
    assert window.menus.quit_action.shortcut().toString() == "Ctrl+Q"


def test_about_and_log_folder(window, dialogs, monkeypatch):
    from praatplaat_app import __version__

    window.about_action.trigger()
    about = dialogs.dialogs[-1]
    text = about.label.text()
    assert __version__ in text and "EUPL-1.2" in text
    assert str(window.library.path) in text
    opened = []
    monkeypatch.setattr(
        "praatplaat_app.ui.main_window.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    window.log_action.trigger()
    assert opened and Path(opened[0]).is_dir()


def test_interactive_widgets_have_dutch_names_and_tooltips(window):
    focusable = [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisible()
        and w.metaObject().className() not in {"QScrollBar", "QMenuBar", "QMenu"}
        and not w.metaObject().className().startswith("QSplitter")
        and w.objectName() != "qt_scrollarea_viewport"
    ]
    assert focusable
    for widget in focusable:
        assert widget.accessibleName(), widget
        assert widget.toolTip(), widget
    for menu in window.menus.menus.values():
        for action in menu.actions():
            if not action.isSeparator():
                assert action.toolTip() and action.toolTip() != action.text()


# ------------------------------------------------------------ window layout


def test_geometry_and_splitter_are_restored_in_the_next_window(qtbot, library, catalog, ops):
    first = MainWindow(library, catalog, ops)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    # Smaller than the offscreen screen (800×600): restoreGeometry keeps windows on screen.
    first.resize(720, 520)
    first.splitter.setSizes([250, 470])
    qtbot.wait(10)
    sizes = first.splitter.sizes()
    assert first.close()  # closing asks nothing
    assert not Settings().window_geometry.isEmpty()

    second = MainWindow(library, catalog, ops)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (720, 520)
    assert second.splitter.sizes() == sizes
    second.close()


def test_docks_added_by_other_modules_get_their_place_back(qtbot, library, catalog, ops):
    from PySide6.QtWidgets import QDockWidget

    def window_with_dock(visible: bool) -> tuple[MainWindow, QDockWidget]:
        win = MainWindow(library, catalog, ops)
        qtbot.addWidget(win)
        dock = QDockWidget("Actieplan", win)
        dock.setObjectName("ActionPlanDock")
        win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.setVisible(visible)
        return win, dock

    first, dock = window_with_dock(False)
    first.show()
    dock.show()
    first.close()
    second, dock = window_with_dock(False)
    second.show()
    qtbot.waitExposed(second)
    assert dock.isVisible()
    second.close()


def test_default_size_fits_a_small_laptop_screen(qtbot, library, catalog, ops):
    win = MainWindow(library, catalog, ops)
    qtbot.addWidget(win)
    available = win.screen().availableGeometry()
    assert win.width() <= available.width() and win.height() <= available.height()
    assert win.minimumSizeHint().width() <= 1366 and win.minimumSizeHint().height() <= 700


def test_closed_window_stops_listening(qtbot, library, catalog, ops):
    win = MainWindow(library, catalog, ops)
    qtbot.addWidget(win)
    win.show()
    win.close()
    ops.create_route("Na het sluiten")  # must not touch the closed window's widgets
    assert win._on_change not in ops._listeners


# ------------------------------------------------------------- start-up path


def test_exception_hook_logs_and_apologises_without_traceback(qtbot, dialogs):
    from praatplaat_app.logging_setup import configure_logging

    try:
        raise ZeroDivisionError("door nul gedeeld")
    except ZeroDivisionError:
        exc_type, exc, tb = sys.exc_info()
    app_module.handle_exception(exc_type, exc, tb)
    log_path = configure_logging()
    assert "ZeroDivisionError" in log_path.read_text(encoding="utf-8")
    message = dialogs.messages[-1]
    assert "Sorry" in message["text"]
    assert str(log_path) in message["informative"]
    shown = " ".join(message.values())
    assert "Traceback" not in shown and "ZeroDivisionError" not in shown


def test_exception_hook_shows_the_message_of_an_expected_error(dialogs):
    from praatplaat_app.errors import ValidationError

    error = ValidationError("Vul een geldige datum in.")
    app_module.handle_exception(ValidationError, error, None)
    assert dialogs.messages[-1]["text"] == "Vul een geldige datum in."


def test_run_gui_installs_the_hook_while_running(qtbot, tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(
        app_module, "_probe", lambda w, a, *_: (seen.append(sys.excepthook), w.close(), a.quit())
    )
    before = sys.excepthook
    code = app_module.run_gui(args_for(tmp_path / "lib.sqlite", startup_probe=True))
    assert code == 0
    assert seen == [app_module.handle_exception]
    assert sys.excepthook is before


def test_corrupt_library_exits_with_a_message_and_changes_nothing(qtbot, tmp_path, dialogs):
    path = tmp_path / "kapot.praatplaat.sqlite"
    original = b"Dit is geen database\x00\xff" * 400
    path.write_bytes(original)
    assert app_module.run_gui(args_for(path)) == 1
    assert path.read_bytes() == original
    message = dialogs.messages[-1]
    assert message["title"] == "Bibliotheek kan niet worden geopend"
    assert "beschadigd" in message["text"]
    assert "niets gewijzigd" in message["informative"]


def test_library_in_use_exits_with_a_message(qtbot, tmp_path, dialogs):
    from praatplaat_app.store import Library

    path = tmp_path / "bezet.sqlite"
    with Library.open(path):
        assert app_module.run_gui(args_for(path)) == 1
    assert "ander Praatplaat-venster" in dialogs.messages[-1]["text"]


def test_startup_probe_prints_and_keeps_the_file_to_import(qtbot, tmp_path, capsys, monkeypatch):
    shown: list[MainWindow] = []
    real_probe = app_module._probe
    monkeypatch.setattr(
        app_module,
        "_probe",
        lambda window, app, *rest: (shown.append(window), real_probe(window, app, *rest)),
    )
    incoming = tmp_path / "gesprek.praatplaat"
    code = app_module.run_gui(args_for(tmp_path / "lib.sqlite", startup_probe=True, file=incoming))
    assert code == 0
    assert "STARTUP-SHOWN" in capsys.readouterr().out
    assert shown[0].pending_import_path == incoming
    assert not shown[0].isVisible()


def test_window_is_on_screen_before_the_feature_screens_hook_in(
    qtbot, tmp_path, capsys, monkeypatch
):
    """The library shows at once; menus and docks of the features follow a moment later."""
    seen: dict[str, object] = {}
    real_install = app_module.install_features

    def install(window, library, catalog, ops):
        handle = window.windowHandle()
        seen["exposed"] = handle is not None and handle.isExposed()
        seen["printed"] = capsys.readouterr().out
        real_install(window, library, catalog, ops)

    def probe(window, app):
        seen["menus"] = [a.text() for a in window.menuBar().actions()]
        app_module.QApplication.quit()
        window.close()

    monkeypatch.setattr(app_module, "install_features", install)
    monkeypatch.setattr(app_module, "_probe", probe)
    assert app_module.run_gui(args_for(tmp_path / "lib.sqlite", startup_probe=True)) == 0
    assert seen["exposed"] is True
    assert "STARTUP-SHOWN" in seen["printed"]
    assert "&Analyse" in seen["menus"]  # a feature's menu exists once start-up is done


def test_work_after_the_first_frame_also_runs_when_the_window_is_never_exposed(
    qtbot, monkeypatch
):
    from PySide6.QtWidgets import QWidget

    from praatplaat_app.ui import first_frame

    monkeypatch.setattr(first_frame, "FALLBACK_MS", 30)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.winId()  # a native window that is never shown, so never exposed
    calls: list[str] = []
    first_frame.call_after_first_frame(widget, lambda: calls.append("één keer"))
    qtbot.waitUntil(lambda: calls == ["één keer"], timeout=2000)
    qtbot.wait(80)
    assert calls == ["één keer"]  # once, not again


def test_unexpected_error_in_probe_mode_exits_instead_of_waiting(
    qtbot, tmp_path, monkeypatch, dialogs, capsys
):
    def broken(window, app, *rest):
        raise RuntimeError("kapot")

    monkeypatch.setattr(app_module, "_probe", broken)
    # The error is raised inside a Qt callback, so it reaches sys.excepthook.
    assert app_module.run_gui(args_for(tmp_path / "lib.sqlite", startup_probe=True)) == 1
    assert "Details:" in capsys.readouterr().err
    assert dialogs.messages == []


def test_first_start_offers_demo_data(qtbot, tmp_path, dialogs):
    from praatplaat_app.store import Library

    dialogs.answer = QMessageBox.StandardButton.Yes
    path = tmp_path / "nieuw.sqlite"
    assert app_module.run_gui(args_for(path, startup_probe=True, no_demo_prompt=False)) == 0
    assert any("voorbeeldgegevens" in m["text"] for m in dialogs.messages)
    with Library.open(path) as library:
        assert len(library.routes()) == 6


def test_declined_demo_is_not_asked_again(qtbot, tmp_path, dialogs):
    dialogs.answer = QMessageBox.StandardButton.No
    path = tmp_path / "leeg.sqlite"
    for _ in range(2):
        assert app_module.run_gui(args_for(path, startup_probe=True, no_demo_prompt=False)) == 0
    assert sum("voorbeeldgegevens" in m["text"] for m in dialogs.messages) == 1


def test_synced_folder_warns_but_starts(qtbot, tmp_path, dialogs):
    path = tmp_path / "OneDrive - Hogeschool" / "bibliotheek.sqlite"
    assert app_module.run_gui(args_for(path, startup_probe=True)) == 0
    warning = next(m for m in dialogs.messages if m["title"] == "Bibliotheek in een gedeelde map")
    assert "OneDrive" in warning["informative"] and ".praatplaat" in warning["informative"]


def test_startup_does_not_import_pdf_or_export_code(tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        from praatplaat_app.cli import main
        code = main(["--startup-probe", "--no-demo-prompt", "--library", {str(tmp_path / "l.sqlite")!r}])
        heavy = sorted(m for m in sys.modules if m.startswith(("weasyprint", "praatplaat_app.export")))
        print("HEAVY", heavy, "CODE", code)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert "STARTUP-SHOWN" in result.stdout, result.stderr
    assert "HEAVY [] CODE 0" in result.stdout, result.stdout


def test_first_frame_comes_before_the_analysis_core_and_the_feature_screens(tmp_path):
    """What the first frame needs is imported before it; the rest waits (start-up time)."""
    script = textwrap.dedent(
        f"""
        import sys
        import praatplaat_app.ui.app as app_module

        real = app_module.install_features
        def install(*args):
            print("BEFORE", sorted(m for m in sys.modules if m.startswith((
                "praatplaat_app.analysis.follow_up", "praatplaat_app.analysis.queries",
                "praatplaat_app.ui.sharing", "praatplaat_app.ui.release",
                "praatplaat_app.ui.analysis.overview_dialog", "praatplaat_app.ui.analysis.route_page",
                "praatplaat_app.ui.analysis.follow_up_panel", "logging.handlers", "tomllib",
                "weasyprint", "praatplaat_app.export",
            ))), flush=True)
            real(*args)
        app_module.install_features = install
        from praatplaat_app.cli import main
        main(["--startup-probe", "--no-demo-prompt", "--library", {str(tmp_path / "l.sqlite")!r}])
        """
    )
    outputs = []
    for _ in range(2):  # the first start parses the catalog, the second finds it cached
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
        )
        assert "STARTUP-READY" in result.stdout, result.stderr
        outputs.append(next(line for line in result.stdout.splitlines() if "BEFORE" in line))
    assert outputs[0].startswith("BEFORE ['tomllib'")
    assert outputs[1] == "BEFORE []"
