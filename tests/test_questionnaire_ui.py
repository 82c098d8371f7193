"""Questionnaire screens (pytest-qt, offscreen): kiosk, paper grid, CSV import, chart, menu.

Every dialog's ``exec`` is patched so nothing blocks; only ASCII goes through
``qtbot.keyClicks`` (non-ASCII text is set through widget APIs).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QRadioButton,
)

from praatplaat_app.questionnaire.csv_import import ROLE
from praatplaat_app.ui.questionnaire import install_questionnaire_ui
from praatplaat_app.ui.questionnaire.chart_widget import QuestionnaireChartWidget, ResultsDialog
from praatplaat_app.ui.questionnaire.csv_import_dialog import CsvImportDialog
from praatplaat_app.ui.questionnaire.kiosk_window import (
    MAX_WRONG_CODES,
    ExitDialog,
    KioskStartDialog,
    KioskWindow,
)
from praatplaat_app.ui.questionnaire.paper_entry_dialog import (
    FIRST_ITEM_COLUMN,
    ROLE_COLUMN,
    PaperEntryDialog,
)

CODE = "kiwi42"


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    messages: list[str] = []

    def message_exec(box: QMessageBox) -> int:
        messages.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", message_exec)
    monkeypatch.setattr(QDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected.value))
    return messages




@pytest.fixture
def session(qops):
    route = qops.create_route("Treant Praktijkroute")
    return qops.create_session(route.id, "students", dt.date(2025, 3, 14))


@pytest.fixture
def kiosk(qtbot, qops, catalog, session):
    window = KioskWindow(qops, catalog, session.id, "studenten", CODE)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window._unlocked = True
    window.close()


# ------------------------------------------------------------------------ kiosk


def _target(kiosk: KioskWindow):
    """Where a key goes: the focused button (keys bubble up to the window), or the window."""
    focused = QApplication.focusWidget()
    return focused if focused is not None and kiosk.isAncestorOf(focused) else kiosk


def _fill_by_keyboard(qtbot, kiosk: KioskWindow, keys: str) -> None:
    """Role 1 (student), then one key per question ('0' = skip), Enter after each."""
    qtbot.keyClick(_target(kiosk), Qt.Key.Key_1)
    qtbot.keyClick(_target(kiosk), Qt.Key.Key_Return)
    for key in keys:
        if key != "0":
            qtbot.keyClicks(_target(kiosk), key)
        qtbot.keyClick(_target(kiosk), Qt.Key.Key_Return)


def test_kiosk_stores_the_response_and_clears_for_the_next(qtbot, kiosk, qops, session):
    items = kiosk.questionnaire.items
    assert len(items) == 10
    _fill_by_keyboard(qtbot, kiosk, "4523041234")
    assert kiosk.pages.currentWidget() is kiosk.finish_page
    assert "9 van de 10" in kiosk.finish_summary.text()
    # Some of the radio buttons are checked before "Klaar".
    assert any(b.isChecked() for b in kiosk.all_radio_buttons())

    saved = []
    kiosk.response_saved.connect(saved.append)
    qtbot.mouseClick(kiosk.done_button, Qt.MouseButton.LeftButton)

    radios = kiosk.findChildren(QRadioButton)
    assert len(radios) == 5 + 10 * 5  # roles + five answers per statement
    assert not any(b.isChecked() for b in radios)  # no trace of the previous answers
    assert kiosk.role is None and not kiosk.start_button.isEnabled()
    assert kiosk.pages.currentWidget() is kiosk.thanks_page

    stored = qops.responses(session.id)
    assert [r.id for r in stored] == saved
    response = stored[0]
    assert response.role == "student" and response.respondent == ""
    assert [response.answers[i.id] for i in items] == [4, 5, 2, 3, None, 4, 1, 2, 3, 4]

    # The next respondent starts on the welcome page; a second response is stored too.
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    assert kiosk.pages.currentWidget() is kiosk.welcome_page
    _fill_by_keyboard(qtbot, kiosk, "1111111111")
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)  # Enter on the last page = Klaar
    assert len(qops.responses(session.id)) == 2
    assert kiosk.saved_count == 2


def test_kiosk_navigation_with_mouse_and_back(qtbot, kiosk):
    assert not kiosk.start_button.isEnabled()
    kiosk.role_group.button(3).click()  # Praktijkopleider
    assert kiosk.start_button.isEnabled()
    qtbot.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
    assert kiosk.current_item() == 0
    kiosk.answer_groups[0].button(5).click()
    qtbot.keyClick(kiosk, Qt.Key.Key_Right)
    qtbot.keyClick(kiosk, Qt.Key.Key_Left)
    assert kiosk.current_item() == 0
    assert kiosk.answer_groups[0].checkedId() == 5
    assert kiosk.progress_labels[2].text() == "Vraag 3 van 10"
    qtbot.keyClick(kiosk, Qt.Key.Key_Left)
    assert kiosk.pages.currentWidget() is kiosk.welcome_page
    assert kiosk.role == "practice_trainer"


def test_kiosk_klaar_needs_an_answer(qtbot, kiosk, qops, session):
    _fill_by_keyboard(qtbot, kiosk, "0000000000")
    assert not kiosk.done_button.isEnabled()
    kiosk.finish()
    assert qops.responses(session.id) == []


def test_leaving_the_kiosk_needs_the_facilitator(qtbot, kiosk, monkeypatch):
    tries: list[str] = []
    answers = iter(["fout", "ook fout", CODE])

    def fake_exec(dialog: ExitDialog) -> int:
        code = next(answers, None)
        if code is None:
            return int(QDialog.DialogCode.Rejected.value)
        tries.append(code)
        dialog.code_edit.setText(code)
        return int(QDialog.DialogCode.Accepted.value)

    # Closing the window (Alt+F4, the close button) does not close it: it asks for the code.
    monkeypatch.setattr(ExitDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected.value))
    kiosk.close()
    qtbot.wait(20)
    assert kiosk.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()

    assert kiosk.try_exit("verkeerd") is False
    assert kiosk.isVisible()

    monkeypatch.setattr(ExitDialog, "exec", fake_exec)
    closed = []
    kiosk.closed.connect(lambda: closed.append(True))
    kiosk.role_group.button(0).click()  # half-way answers are not stored on exit
    qtbot.mouseClick(kiosk.exit_button, Qt.MouseButton.LeftButton)
    assert tries == ["fout", "ook fout", CODE]
    assert closed == [True] and not kiosk.isVisible()


def test_too_many_wrong_codes_lock_the_exit(kiosk):
    for _ in range(MAX_WRONG_CODES):
        assert kiosk.try_exit("0000") is False
    assert kiosk.exit_locked_for > 0
    assert kiosk.try_exit(CODE) is False  # even the right code waits
    assert kiosk.isVisible()


def test_kiosk_start_dialog_checks_the_code(qtbot, catalog):
    dialog = KioskStartDialog(catalog, "begeleiders")
    qtbot.addWidget(dialog)
    assert dialog.questionnaire_id() == "begeleiders"
    dialog.code_edit.setText("ab")
    assert "minstens" in dialog.problem()
    dialog.code_edit.setText("abcd")
    dialog.repeat_edit.setText("abce")
    assert "niet gelijk" in dialog.problem()
    dialog.repeat_edit.setText("abcd")
    assert dialog.problem() == ""


def test_kiosk_screenshot(kiosk, tmp_path):
    kiosk.role_group.button(0).click()
    kiosk.go_to_item(2)
    assert not kiosk.grab().isNull()
    assert kiosk.grab().save(str(tmp_path / "kiosk.png"))


# ------------------------------------------------------------------- paper grid


def test_paper_grid_typing_and_saving(qtbot, qops, catalog, session):
    dialog = PaperEntryDialog(qops, catalog, session.id, "studenten")
    qtbot.addWidget(dialog)
    dialog.show()
    grid = dialog.grid
    assert grid.currentColumn() == FIRST_ITEM_COLUMN  # students: role already "Student"
    assert grid.text(0, ROLE_COLUMN) == "Student"
    qtbot.keyClicks(grid, "4523 41234")  # space = not answered
    assert grid.currentRow() == 1 and grid.currentColumn() == FIRST_ITEM_COLUMN
    qtbot.keyClicks(grid, "9")  # not an answer: ignored
    assert grid.text(1, FIRST_ITEM_COLUMN) == ""
    grid.setCurrentCell(1, ROLE_COLUMN)
    qtbot.keyClicks(grid, "d1111111111")
    assert grid.text(1, ROLE_COLUMN) == "Docent"
    assert grid.rowCount() == 3 and grid.text(2, 0) == "3"

    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = qops.responses(session.id)
    assert [(r.respondent, r.role) for r in stored] == [("papier-1", "student"),
                                                        ("papier-2", "teacher")]
    items = catalog.questionnaire("studenten").items
    assert [stored[0].answers[i.id] for i in items] == [4, 5, 2, 3, None, 4, 1, 2, 3, 4]
    qops.undo()  # one undo step for all forms
    assert qops.responses(session.id) == []


def test_paper_grid_reports_problems_and_stores_nothing(qtbot, qops, catalog, session):
    qops.add_response(session.id, "begeleiders", "teacher", {"verbonden": 3},
                      respondent="papier-1")
    dialog = PaperEntryDialog(qops, catalog, session.id, "begeleiders")
    qtbot.addWidget(dialog)
    dialog.show()
    grid = dialog.grid
    assert grid.text(0, 0) == "2"  # numbering continues after the stored form 1
    assert grid.currentColumn() == ROLE_COLUMN  # supervisors: the role must be typed
    grid.setCurrentCell(0, FIRST_ITEM_COLUMN)
    qtbot.keyClicks(grid, "3")  # no role
    row = grid.add_row()
    grid.set_text(row, 0, "1")  # form 1 was typed in before
    grid.setCurrentCell(row, ROLE_COLUMN)
    qtbot.keyClicks(grid, "w2")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    text = dialog.error.text()
    assert "Formulier 2: kies een rol" in text
    assert "Formulier 1: dit formulier is al eerder ingetypt" in text
    assert len(qops.responses(session.id)) == 1


def test_paper_grid_screenshot(qtbot, qops, catalog, session, tmp_path):
    dialog = PaperEntryDialog(qops, catalog, session.id, "studenten")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.grid, "45234")
    assert dialog.grab().save(str(tmp_path / "paper.png"))


# ------------------------------------------------------------------- CSV dialog

CSV_BYTES = (
    "Respondent ID;Naam;Wat is je rol?;Mensen zijn echt in elkaar geïnteresseerd;"
    "Men kan op elkaar vertrouwen\r\n"
    "R1;Piet;Student;4;4\r\n"
    "R2;Ans;Coördinator;7;4\r\n"
    "R3;Kees;student;Mee eens;5\r\n"
).encode("cp1252")


def test_csv_dialog_reports_and_imports_only_after_confirmation(qtbot, qops, catalog, session,
                                                                 tmp_path, monkeypatch):
    path = tmp_path / "enquete.csv"
    path.write_bytes(CSV_BYTES)
    dialog = CsvImportDialog(qops, catalog, session.id, "studenten")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    dialog.choose_file()
    assert dialog.mapping()[2] == ROLE
    report = dialog.report_view.toPlainText()
    assert "Windows-1252" in report
    assert "Rij 3, kolom D" in report and "‘7’ ligt niet tussen 1 en 5" in report
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "2 rij(en) importeren"
    assert qops.responses(session.id) == []  # nothing before confirmation

    dialog.set_mapping(3, "")  # the user ignores the column with the 7
    assert dialog.import_button.text() == "3 rij(en) importeren"
    dialog.set_mapping(3, "echt-geinteresseerd")

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = qops.responses(session.id)
    assert sorted(r.role for r in stored) == ["student", "student"]

    # The same file again: the two rows are recognised as imported before.
    again = CsvImportDialog(qops, catalog, session.id, "studenten")
    qtbot.addWidget(again)
    again.load_bytes(CSV_BYTES, "enquete.csv")
    assert "al eerder geïmporteerd" in again.report_view.toPlainText()
    assert not again.import_button.isEnabled()


def test_csv_dialog_unreadable_file(qtbot, qops, catalog, session):
    dialog = CsvImportDialog(qops, catalog, session.id)
    qtbot.addWidget(dialog)
    dialog.load_bytes(b"PK\x03\x04rest", "antwoorden.xlsx")
    assert "Excel-werkmap" in dialog.report_view.toPlainText()
    assert not dialog.import_button.isEnabled()
    dialog.load_bytes(b"id;rol;x\r\n1;student;4\r\n", "leeg.csv")
    assert "geen enkele kolom is gekoppeld" in dialog.report_view.toPlainText().lower()
    assert not dialog.import_button.isEnabled()


# ----------------------------------------------------------------------- chart


def test_chart_widget_shows_the_svg(qtbot, qops, catalog, session, tmp_path):
    widget = QuestionnaireChartWidget()
    qtbot.addWidget(widget)
    assert widget.show_scores_for(qops.library, catalog, session.id) is False
    assert widget.svg == ""
    for value in (2, 4, 5):
        qops.add_response(session.id, "studenten", "student",
                          {i.id: value for i in catalog.questionnaire("studenten").items})
    assert widget.show_scores_for(qops.library, catalog, session.id) is True
    assert "<svg" in widget.svg
    assert "Wederkerigheid" in widget.accessibleDescription()
    widget.resize(760, widget.heightForWidth(760))
    widget.show()
    image = widget.grab()
    assert not image.isNull()
    assert image.save(str(tmp_path / "chart.png"))
    assert widget.heightForWidth(380) == pytest.approx(widget.heightForWidth(760) / 2, abs=1)


def test_results_dialog_deletes_a_response(qtbot, qops, catalog, session):
    qops.add_response(session.id, "studenten", "student", {"verbonden": 4},
                      respondent="papier-7")
    dialog = ResultsDialog(qops.library, catalog, qops, session.id)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "Papier, formulier 7"
    dialog.table.selectRow(0)
    dialog._delete_selected()
    assert dialog.table.rowCount() == 0
    qops.undo()  # the dialog follows the operations
    assert dialog.table.rowCount() == 1
    dialog.reject()


# ------------------------------------------------------------------------- menu


def test_install_on_a_plain_window(qtbot, library, catalog, qops, session):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&Help")
    current: list[str | None] = [None]
    ui = install_questionnaire_ui(window, library, catalog, qops, lambda: current[0])
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Vragenlijst" in titles
    ui.update_actions()
    assert not ui.kiosk_action.isEnabled()
    current[0] = session.id
    ui.update_actions()
    assert ui.kiosk_action.isEnabled() and ui.results_action.isEnabled()
    assert len(ui.print_actions) == len(catalog.questionnaires)


def test_menu_on_the_main_window(qtbot, library, catalog, qops, session, tmp_path,
                                 monkeypatch):
    main_window = pytest.importorskip("praatplaat_app.ui.main_window")
    window = main_window.MainWindow(library, catalog, qops)
    qtbot.addWidget(window)
    window.show()
    ui = install_questionnaire_ui(window, library, catalog, qops)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.index("Vragenlijst") == titles.index("Help") - 1
    assert not ui.export_raw_action.isEnabled()
    assert window.library_view.select("session", session.id)
    assert ui.current_session_id() == session.id
    assert ui.export_raw_action.isEnabled()

    # Export: the save dialog is patched; the file is for Dutch Excel.
    qops.add_response(session.id, "studenten", "student", {"verbonden": 4})
    target = tmp_path / "antwoorden.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert ui.export_raw() == target
    assert target.read_bytes().startswith(b"\xef\xbb\xbfnr;route;")

    # Kiosk: the main window is hidden while participants fill in, and comes back after.
    def start_exec(dialog: KioskStartDialog) -> int:
        dialog.code_edit.setText(CODE)
        dialog.repeat_edit.setText(CODE)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(KioskStartDialog, "exec", start_exec)
    kiosk = ui.start_kiosk()
    assert kiosk is not None and kiosk.questionnaire.id == "studenten"
    assert not window.isVisible() and kiosk.isVisible()
    assert kiosk.try_exit(CODE)
    assert window.isVisible() and ui.kiosk is None
    window.close()


def test_blank_form_from_the_menu(qtbot, library, catalog, qops, tmp_path, monkeypatch):
    pytest.importorskip("weasyprint")
    window = QMainWindow()
    qtbot.addWidget(window)
    ui = install_questionnaire_ui(window, library, catalog, qops, lambda: None)
    target = tmp_path / "leeg.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert ui.save_blank_form("begeleiders") == target
    assert Path(target).read_bytes().startswith(b"%PDF")


def test_blank_form_in_the_app_language(qtbot, library, catalog, qops, tmp_path, monkeypatch):
    pytest.importorskip("weasyprint")
    pypdf = pytest.importorskip("pypdf")
    import io

    from praatplaat_app.messages import set_language

    set_language("en")  # conftest sets Dutch again after the test
    window = QMainWindow()
    qtbot.addWidget(window)
    ui = install_questionnaire_ui(window, library, catalog, qops, lambda: None)
    target = tmp_path / "blank.pdf"
    suggested: list[str] = []

    def save_name(_parent, _title, name, _filter):
        suggested.append(Path(name).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    assert ui.save_blank_form("begeleiders") == target
    assert suggested == ["Supervisor questionnaire (blank form).pdf"]
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Statement" in text and "Uitspraak" not in text
