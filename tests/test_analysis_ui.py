"""Smoke tests of the analysis screens (pytest-qt, offscreen).

Every dialog's ``exec`` and the file dialogs are patched, so nothing blocks. Non-ASCII text
is set through the widget API, never typed with ``qtbot.keyClicks``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from test_analysis_support import AnalysisOps, build_network

from praatplaat_app.analysis.follow_up import reviews_for_session
from praatplaat_app.domain import Action, Session
from praatplaat_app.ui.analysis import (
    FollowUpPanel,
    NetworkOverviewDialog,
    RoutePage,
    SvgChart,
    install_analysis_ui,
)
from praatplaat_app.ui.analysis.follow_up_dialog import FollowUpDialog

TODAY = dt.date(2025, 8, 2)


@pytest.fixture(autouse=True)
def no_blocking(monkeypatch):
    shown: dict[str, list] = {"messages": [], "dialogs": []}
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown["messages"].append(box.text()) or 0)
    monkeypatch.setattr(QDialog, "exec", lambda dlg: shown["dialogs"].append(dlg) or 0)
    return shown


@pytest.fixture
def network(library, catalog):
    ops = AnalysisOps(library, catalog)
    return ops, build_network(ops)


def test_overview_dialog_filters_and_exports(qtbot, network, catalog, tmp_path, monkeypatch):
    ops, net = network
    dialog = NetworkOverviewDialog(ops.library, catalog, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.overview.session_count == 4
    page = dialog.scroll.widget()
    assert len(page.findChildren(SvgChart)) == 4
    texts = " ".join(label.text() for label in page.findChildren(type(dialog.status)))
    assert "4 gesprekken in 2 routes" in texts
    assert "Vervolggesprek te laat bij: Route Alfa" in texts
    assert "Drenthe College" in [dialog.organisation.itemText(i)
                                 for i in range(dialog.organisation.count())]

    # Only Route Bèta.
    for row in range(dialog.routes.count()):
        item = dialog.routes.item(row)
        if item.text() != "Route Bèta":
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.refresh()
    assert dialog.selection()["route_ids"] == [net.beta]
    assert dialog.overview.session_count == 2
    dialog._check_all(False)
    dialog.refresh()
    assert dialog.overview.empty_message == "Er is geen route gekozen. Kies minstens één route."

    # A period without conversations: a message, no charts.
    dialog._check_all(True)
    dialog.from_check.setChecked(True)
    dialog.from_date.setDate(QDate(2030, 1, 1))
    dialog.refresh()
    assert dialog.overview.is_empty
    page = dialog.scroll.widget()
    assert page.findChildren(SvgChart) == []
    assert any("geen gesprekken" in label.text() for label in page.findChildren(type(dialog.status)))

    # From after to: said so, exports off.
    dialog.to_check.setChecked(True)
    dialog.to_date.setDate(QDate(2029, 1, 1))
    dialog.refresh()
    assert dialog.overview is None and not dialog.pdf_button.isEnabled()

    dialog.from_check.setChecked(False)
    dialog.to_check.setChecked(False)
    dialog.refresh()
    target = tmp_path / "analyse"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), PDF)))
    written = dialog.save_pdf()
    assert written == target.with_suffix(".pdf") and written.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path)))
    files = dialog.save_csv()
    assert files and (tmp_path / "themas.csv").exists()
    assert "CSV-bestanden" in dialog.status.text()


PDF = "PDF-bestanden (*.pdf)"


def test_follow_up_dialog_walks_through_earlier_actions(qtbot, network, catalog, no_blocking):
    ops, net = network
    dialog = FollowUpDialog(ops.library, catalog, ops, net.alfa, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages.currentWidget() is dialog.start_page
    assert "1 augustus 2025" in dialog.proposal_label.text()
    # Bad input: before the evaluation.
    dialog.date_edit.setDate(QDate(2024, 12, 1))
    assert not dialog.start()
    assert dialog.start_error.isVisible()
    assert "vóór de eerste evaluatie" in dialog.start_error.text()
    assert ops.library.rows(Session, "kind = 'follow_up'") == []

    dialog.date_edit.setDate(QDate(2025, 8, 2))
    dialog.facilitator_edit.setText("Marieke")
    assert dialog.start()
    session_id = dialog.session_id
    assert dialog.main_page.tabText(0) == "Acties nalopen (3)"
    assert dialog.action_list.count() == 3
    first = dialog._current.action
    assert first.what == "Kennismaking plannen"

    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
    dialog._status_chosen(dialog.status_combo.currentIndex())
    assert ops.library.get(Action, first.id).status == "done"
    dialog.answer_edits["what_happened"].setPlainText("Gesprekken met elke eerstejaars.")
    dialog.answer_edits["next_step"].setPlainText("Evalueren na één jaar")
    dialog._step(1)  # moving on saves what was typed
    review = reviews_for_session(ops.library, session_id)[first.id]
    assert review.answers["what_happened"] == "Gesprekken met elke eerstejaars."
    assert "nagelopen" in dialog.action_list.item(0).text()
    assert dialog.action_list.currentRow() == 1

    dialog._step(-1)
    assert dialog.answer_edits["next_step"].toPlainText() == "Evalueren na één jaar"
    dialog._next_step_to_action()
    new_actions = ops.library.rows(Action, "session_id = ?", (session_id,))
    assert [a.what for a in new_actions] == ["Evalueren na één jaar"]

    dialog.main_page.setCurrentIndex(1)
    question_id, edit = next(iter(dialog.question_edits.items()))
    edit.setPlainText("Open gesprek, iedereen kwam aan het woord.")
    dialog.main_page.setCurrentIndex(2)
    dialog.new_what.setText("Resultaten delen in het netwerk")
    dialog.add_button.click()
    assert dialog.new_actions.count() == 2
    dialog.reject()  # closing saves what is still pending
    from praatplaat_app.analysis.follow_up import evaluation_answers

    assert evaluation_answers(ops.library, session_id) == {
        question_id: "Open gesprek, iedereen kwam aan het woord."
    }
    # Reopening continues the same conversation.
    again = FollowUpDialog(ops.library, catalog, ops, net.alfa, session_id, today=TODAY)
    qtbot.addWidget(again)
    assert again.pages.currentWidget() is again.main_page
    assert again.question_edits[question_id].toPlainText().startswith("Open gesprek")


def test_follow_up_dialog_for_a_route_without_actions(qtbot, library, catalog):
    ops = AnalysisOps(library, catalog)
    route = ops.create_route("Zonder acties")
    ops.create_session(route.id, "students", dt.date(2025, 1, 1))
    dialog = FollowUpDialog(library, catalog, ops, route.id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.start()
    assert dialog.main_page.tabText(0) == "Acties nalopen (0)"


def test_route_page_and_due_panel(qtbot, network, catalog):
    ops, net = network
    page = RoutePage(ops.library, catalog, today=TODAY)
    qtbot.addWidget(page)
    assert page.title.text() == "Geen route gekozen"
    page.show_route(net.alfa)
    assert page.title.text() == "Route Alfa"
    assert page.follow_label.text().startswith("Te laat.")
    assert "Robuust: nee — 4 leden" in page.community_label.text()
    text = page.browser.toPlainText()
    assert text.index("Studenten") < text.index("Docenten en werkbegeleiders")
    assert "Kennismaking plannen" in text
    with qtbot.waitSignal(page.hold_requested, timeout=1000) as blocker:
        page.hold_button.click()
    assert blocker.args == [net.alfa]

    panel = FollowUpPanel(ops.library, today=TODAY)
    qtbot.addWidget(panel)
    assert panel.count() == 1
    assert "Route Alfa" in panel.list.item(0).text()
    assert "1 te laat" in panel.summary.text()
    with qtbot.waitSignal(panel.hold_requested, timeout=1000):
        panel.hold_button.click()


def test_install_in_the_main_window(qtbot, library, catalog, no_blocking):
    from praatplaat_app.ui.main_window import MainWindow

    ops = AnalysisOps(library, catalog)
    net = build_network(ops)
    window = MainWindow(library, catalog, ops)
    qtbot.addWidget(window)
    ui = install_analysis_ui(window, library, catalog, ops)
    window.show()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Analyse") == titles.index("&Help") - 1
    # Real today: both planned dates (1 August and 15 September 2025) have passed.
    assert ui.due_dock.isVisible()
    assert ui.due_dock.windowTitle() == "Vervolg gepland (2)"

    window.library_view.route_activated.emit(net.beta)
    assert ui.route_dock.isVisible()
    assert ui.route_page.title.text() == "Route Bèta"
    window.library_view.current_route_changed.emit(net.alfa)
    assert ui.route_page.title.text() == "Route Alfa"

    ui.overview_action.trigger()
    assert isinstance(no_blocking["dialogs"][-1], NetworkOverviewDialog)
    ui.hold_action.trigger()
    dialog = no_blocking["dialogs"][-1]
    assert isinstance(dialog, FollowUpDialog) and dialog.route.id == net.alfa

    # Holding the follow-up clears the due list (refreshed from the operations layer).
    session = ops.create_follow_up_session(net.alfa, dt.date.today())
    assert session.kind == "follow_up"
    qtbot.waitUntil(lambda: ui.panel.count() == 1, timeout=2000)
    assert ui.due_dock.windowTitle() == "Vervolg gepland (1)"
    assert "Gehouden" in ui.route_page.follow_label.text()
    ui.shutdown()
    window.close()


def test_install_without_a_library_view(qtbot, library, catalog):
    from PySide6.QtWidgets import QMainWindow

    ops = AnalysisOps(library, catalog)
    window = QMainWindow()
    qtbot.addWidget(window)
    ui = install_analysis_ui(window, library, catalog, ops)
    assert [a.text() for a in window.menuBar().actions()] == ["&Analyse"]
    assert not ui.due_dock.isVisible()
    ui.hold_action.trigger()  # no route chosen: a message, nothing else
    ui.shutdown()


def test_svg_chart_widget(qtbot):
    from praatplaat_app.analysis.charts import Bar, bar_chart_svg

    chart = SvgChart(bar_chart_svg([Bar("Één & twee", 3)], title="Titel <x>"))
    qtbot.addWidget(chart)
    assert chart.width() == 640 and chart.height() > 20
    assert chart.accessibleName() == "Titel <x>"
    assert not chart.grab().isNull()


