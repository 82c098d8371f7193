"""The action plan editor, the PDF flows (export, preview, print) and their wiring.

Dialogs are patched (never shown); non-ASCII text is set through widget APIs,
never with ``qtbot.keyClicks`` (see STYLE.md).
"""

from __future__ import annotations

import datetime as dt
import os
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from praatplaat_app.domain import Action, FollowUp, Goal, Note
from praatplaat_app.operations import Operations
from praatplaat_app.operations.action_plan import DATE_BEFORE_CONVERSATION, ActionPlanOperations
from praatplaat_app.ui.action_plan import pdf_jobs
from praatplaat_app.ui.action_plan.editor import ActionPlanEditor
from praatplaat_app.ui.action_plan.goal_model import ACTION, GOAL, ID_ROLE, MIME_TYPE
from praatplaat_app.ui.action_plan.pdf_jobs import TIMEOUT_MESSAGE, PdfRenderer
from praatplaat_app.ui.action_plan.pdf_preview import PdfExporter, PdfPreviewDialog


class _Ops(Operations, ActionPlanOperations):
    """Until the lead adds the mixin to Operations."""


@pytest.fixture
def ap(demo_library, catalog) -> _Ops:
    return _Ops(demo_library, catalog)


@pytest.fixture
def session_id(ap: _Ops) -> str:
    """A demo conversation with two goals, the first with two actions."""
    for summary in ap.library.list_sessions():
        conv = ap.library.conversation(summary.id)
        goals = conv.goals
        if len(goals) >= 2 and len(conv.actions_for_goal(goals[0].id)) >= 2:
            return summary.id
    pytest.fail("no demo conversation with two goals")


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Every message box's text, instead of showing it."""
    seen: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


@pytest.fixture
def editor(qtbot, ap: _Ops, catalog, session_id: str, messages):
    widget = ActionPlanEditor(ap.library, catalog, ap, session_id)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.detach()
    if widget._exporter is not None:
        widget._exporter.shutdown()


def _plan(ap: _Ops, session_id: str) -> list[list[str]]:
    conv = ap.library.conversation(session_id)
    return [[a.what for a in conv.actions_for_goal(g.id)] for g in conv.goals]


def _settle(qtbot, editor: ActionPlanEditor) -> None:
    """Let the deferred refresh (after an operation) run."""
    qtbot.waitUntil(lambda: not editor._refresh_timer.isActive(), timeout=2000)


def _type(field: QLineEdit, text: str) -> None:
    """Type (non-ASCII) text as a user would: the field stores it after the pause."""
    field.setText(text)
    field.textEdited.emit(text)
    field.flush()


def _select_action(editor: ActionPlanEditor, goal_row: int, action_row: int) -> str:
    index = editor.model.index(action_row, 0, editor.model.index(goal_row, 0))
    editor.tree.setCurrentIndex(index)
    return index.data(ID_ROLE)


# ------------------------------------------------------------------- editor


def test_editor_shows_the_plan(editor: ActionPlanEditor, ap: _Ops, session_id: str):
    conv = ap.library.conversation(session_id)
    assert editor.model.rowCount() == len(conv.goals)
    first = editor.model.index(0, 0)
    assert editor.model.rowCount(first) == len(conv.actions_for_goal(conv.goals[0].id))
    assert first.data().startswith("Doel 1: ")
    assert conv.route.name in editor.subtitle.text()
    assert editor.plan_pages.currentWidget() is editor.tree
    assert editor.follow_ups.cards  # the demo has follow-up agreements


def test_every_control_has_a_dutch_accessible_name(editor: ActionPlanEditor):
    editor.new_goal()
    missing = []
    for widget in editor.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit)):
            if not widget.accessibleName() and widget.objectName() not in (
                "qt_calendar_prevmonth",
                "qt_calendar_nextmonth",
                "qt_calendar_monthbutton",
                "qt_calendar_yearbutton",
                "qt_spinbox_lineedit",
                "qt_calendar_yearedit",
            ):
                if widget.window() is editor:
                    missing.append(
                        (type(widget).__name__, widget.text() if hasattr(widget, "text") else "")
                    )
    assert missing == []


def test_delete_key_removes_action_and_undo_restores(qtbot, editor, ap, session_id):
    before = _plan(ap, session_id)
    action_id = _select_action(editor, 0, 0)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert editor.last_message == "Actie verwijderd — Ctrl+Z om te herstellen"
    assert _plan(ap, session_id)[0] == before[0][1:]
    assert not editor.model.find(ACTION, action_id).isValid()
    # The neighbour is selected, so Delete can be pressed again on purpose only.
    assert editor.current_item() is not None
    ap.undo()
    _settle(qtbot, editor)
    assert _plan(ap, session_id) == before
    assert editor.model.find(ACTION, action_id).isValid()


def test_delete_goal_takes_its_actions_in_one_undo_step(qtbot, editor, ap, session_id):
    before = _plan(ap, session_id)
    editor.tree.setCurrentIndex(editor.model.index(0, 0))
    editor.delete_selected()
    count = len(before[0])
    assert editor.last_message == f"Doel en {count} acties verwijderd — Ctrl+Z om te herstellen"
    assert _plan(ap, session_id) == before[1:]
    ap.undo()
    _settle(qtbot, editor)
    assert _plan(ap, session_id) == before
    assert editor.model.rowCount() == len(before)


def test_ctrl_z_reaches_the_window_from_a_text_field(qtbot, ap, catalog, session_id, messages):
    """The fields leave Ctrl+Z to the Edit menu instead of undoing typing themselves."""
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = ActionPlanEditor(ap.library, catalog, ap, session_id)
    window.setCentralWidget(editor)
    undone: list[bool] = []
    undo = QAction("Ongedaan maken", window)
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    undo.triggered.connect(lambda: undone.append(True))
    window.addAction(undo)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    _select_action(editor, 0, 0)
    editor.action_what.setFocus()
    qtbot.waitUntil(editor.action_what.hasFocus)
    editor.action_what.end(False)
    qtbot.keyClicks(editor.action_what, "x")
    qtbot.keyClick(editor.action_what, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undone == [True]
    assert editor.action_what.text().endswith("x")  # the field did not undo by itself
    editor.detach()


def test_reorder_by_keyboard_within_and_across_goals(qtbot, editor, ap, session_id):
    before = _plan(ap, session_id)
    second = _select_action(editor, 0, 1)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _plan(ap, session_id)[0] == [before[0][1], before[0][0], *before[0][2:]]
    assert editor.current_item() == (ACTION, second)
    # Alt+Down past the last action of goal 1 moves it to the top of goal 2.
    last = _select_action(editor, 0, len(before[0]) - 1)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = ap.library.get(Action, last)
    assert moved.goal_id == ap.library.conversation(session_id).goals[1].id
    assert _plan(ap, session_id)[1][0] == moved.what
    # Goals move too.
    goal_two = editor.model.index(1, 0).data(ID_ROLE)
    editor.tree.setCurrentIndex(editor.model.index(1, 0))
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ap.library.conversation(session_id).goals[0].id == goal_two
    assert editor.model.index(0, 0).data(ID_ROLE) == goal_two
    # Each move is one undo step.
    for _ in range(3):
        ap.undo()
    _settle(qtbot, editor)
    assert _plan(ap, session_id) == before


def test_drop_moves_an_action_to_another_goal(qtbot, editor, ap, session_id):
    model = editor.model
    action_index = model.index(0, 0, model.index(0, 0))
    action_id = action_index.data(ID_ROLE)
    data = model.mimeData([action_index])
    assert data.hasFormat(MIME_TYPE)
    goal_two = model.index(1, 0)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, goal_two)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, action_index)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, goal_two)
    goal_two_id = goal_two.data(ID_ROLE)
    qtbot.waitUntil(lambda: ap.library.get(Action, action_id).goal_id == goal_two_id)
    _settle(qtbot, editor)
    assert model.find(ACTION, action_id).parent().data(ID_ROLE) == goal_two_id
    assert model.find(ACTION, action_id).row() == 0


def test_new_goal_then_actions_in_a_row(qtbot, editor, ap, session_id):
    goals_before = len(ap.library.conversation(session_id).goals)
    qtbot.mouseClick(editor.new_goal_button, Qt.MouseButton.LeftButton)
    assert editor.mode == "new_goal"
    editor.goal_text.setText("Studenten geven één keer per periode feedback")
    editor.goal_pillar.setCurrentIndex(editor.goal_pillar.findData("inclusief"))
    qtbot.mouseClick(editor.goal_add, Qt.MouseButton.LeftButton)
    conv = ap.library.conversation(session_id)
    assert len(conv.goals) == goals_before + 1
    goal = conv.goals[-1]
    assert goal.text == "Studenten geven één keer per periode feedback"
    assert goal.pillar == "inclusief" and goal.indicator_id in conv.indicator_ids
    # Straight on to its actions: type, Enter, type, Enter.
    assert editor.mode == "new_action"
    assert editor.action_goal.currentData() == goal.id
    for what, who in (("Evaluatieformulier maken", "Joëlle"), ("Eerste ronde houden", "")):
        editor.action_what.setText(what)
        editor.action_who.setText(who)
        editor.action_due.edit.setText("01-06-2025")
        qtbot.keyClick(editor.action_what, Qt.Key.Key_Return)
        assert editor.action_what.text() == ""  # ready for the next one
    actions = ap.library.conversation(session_id).actions_for_goal(goal.id)
    assert [(a.what, a.who, a.due) for a in actions] == [
        ("Evaluatieformulier maken", "Joëlle", dt.date(2025, 6, 1)),
        ("Eerste ronde houden", "", dt.date(2025, 6, 1)),
    ]
    assert editor.last_message.startswith("Actie toegevoegd bij doel")
    assert editor.model.rowCount(editor.model.find(GOAL, goal.id)) == 2


def test_action_without_description_is_refused(qtbot, editor, ap, session_id):
    count = len(ap.library.rows(Action))
    editor.new_action()
    editor.action_who.setText("Peter")
    qtbot.mouseClick(editor.action_add, Qt.MouseButton.LeftButton)
    assert "Vul wat er moet gebeuren in" in editor.action_error.text()
    assert editor.action_error.isVisible()
    assert len(ap.library.rows(Action)) == count


def test_goal_without_text_is_refused(qtbot, editor, ap):
    count = len(ap.library.rows(Goal))
    editor.new_goal()
    qtbot.mouseClick(editor.goal_add, Qt.MouseButton.LeftButton)
    assert editor.goal_error.text().startswith("Vul het ontwikkeldoel in")
    assert len(ap.library.rows(Goal)) == count


def test_editing_an_action_is_stored_and_undoable(qtbot, editor, ap, session_id):
    action_id = _select_action(editor, 0, 0)
    original = ap.library.get(Action, action_id)
    assert editor.action_what.text() == original.what
    editor.action_what.setFocus()
    editor.action_what.end(False)
    qtbot.keyClicks(editor.action_what, " snel")
    qtbot.waitUntil(lambda: ap.library.get(Action, action_id).what == original.what + " snel")
    # Status from the list, immediately.
    editor.action_status.setCurrentIndex(editor.action_status.findData("in_progress"))
    editor.action_status.activated.emit(editor.action_status.currentIndex())
    assert ap.library.get(Action, action_id).status == "in_progress"
    ap.undo()
    ap.undo()
    assert ap.library.get(Action, action_id).what == original.what
    assert ap.library.get(Action, action_id).status == original.status
    _settle(qtbot, editor)
    assert editor.action_what.text() == original.what


def test_due_date_before_the_conversation_is_stored_with_a_warning(qtbot, editor, ap, session_id):
    conv = ap.library.conversation(session_id)
    action_id = _select_action(editor, 0, 0)
    early = conv.session.date - dt.timedelta(days=3)
    editor.action_due.edit.setText(early.strftime("%d-%m-%Y"))
    editor.action_due.edit.flush()
    editor.action_due._typed()
    assert ap.library.get(Action, action_id).due == early
    assert editor.action_due.message_text == DATE_BEFORE_CONVERSATION
    editor.action_due.edit.setText("31-02-2025")
    editor.action_due._typed()
    assert "bestaat niet" in editor.action_due.message_text
    assert ap.library.get(Action, action_id).due == early  # the impossible date is not stored
    editor.action_due.edit.setText("")
    editor.action_due._typed()
    assert ap.library.get(Action, action_id).due is None
    assert editor.action_due.message_text == ""


def test_draft_actions_are_confirmed_or_discarded(qtbot, editor, ap, session_id):
    conv = ap.library.conversation(session_id)
    note = next(n for n in conv.notes if n.text.strip())
    first = ap.note_to_draft_action(note.id, "Startbijeenkomst met alle werkbegeleiders")
    second = ap.note_to_draft_action(note.id, "Poster ophangen op de afdeling")
    _settle(qtbot, editor)
    assert editor.drafts.isVisible()
    assert editor.drafts.title() == "Concepten uit het gesprek (2)"
    row = editor.drafts.row_for(first.id)
    goal_two = conv.goals[1]
    row.goal.setCurrentIndex(row.goal.findData(goal_two.id))
    qtbot.mouseClick(row.confirm, Qt.MouseButton.LeftButton)
    stored = ap.library.get(Action, first.id)
    assert not stored.draft and stored.goal_id == goal_two.id
    assert editor.model.find(ACTION, first.id).parent().data(ID_ROLE) == goal_two.id
    assert editor.last_message == "Concept toegevoegd als actie bij doel 2."

    qtbot.mouseClick(editor.drafts.row_for(second.id).discard, Qt.MouseButton.LeftButton)
    assert editor.last_message == "Concept weggegooid — Ctrl+Z om te herstellen"
    assert not editor.drafts.isVisible()
    ap.undo()
    _settle(qtbot, editor)
    assert editor.drafts.row_for(second.id) is not None


def test_follow_ups_are_added_edited_and_deleted(qtbot, editor, ap, session_id):
    before = len(editor.follow_ups.cards)
    qtbot.mouseClick(editor.follow_ups.add_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, editor)
    card = editor.follow_ups.cards[-1]
    assert len(editor.follow_ups.cards) == before + 1
    _type(card.who, "Coördinator Inge")
    card.prepare.setPlainText("Iedereen neemt één voorbeeld mee")
    card.prepare.flush()
    early = ap.library.conversation(session_id).session.date - dt.timedelta(days=1)
    card.date.edit.setText(early.strftime("%d-%m-%Y"))
    card.date._typed()
    stored = ap.library.get(FollowUp, card.record_id)
    assert (stored.who_invites, stored.prepare, stored.date) == (
        "Coördinator Inge",
        "Iedereen neemt één voorbeeld mee",
        early,
    )
    assert card.date.message_text == DATE_BEFORE_CONVERSATION
    record_id = card.record_id
    qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert editor.last_message == "Vervolgafspraak verwijderd — Ctrl+Z om te herstellen"
    _settle(qtbot, editor)
    assert len(editor.follow_ups.cards) == before
    ap.undo()
    _settle(qtbot, editor)
    assert editor.follow_ups.cards[-1].record_id == record_id


def test_empty_plan_and_missing_conversation(qtbot, ap, catalog, messages):
    route = ap.create_route("Nieuwe route")
    session = ap.create_session(route.id, "students", dt.date(2025, 5, 1))
    editor = ActionPlanEditor(ap.library, catalog, ap, session.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.plan_pages.currentWidget() is editor.empty_plan
    assert not editor.new_action_button.isEnabled()
    ap.delete_session(session.id)
    _settle(qtbot, editor)
    assert editor.pages.currentWidget() is editor.missing
    assert "bestaat niet meer" in editor.missing.text()
    editor.set_session(None)
    assert "Kies een gesprek" in editor.missing.text()
    editor.detach()


# ------------------------------------------------------------------ PDF flows


FAKE_RENDERERS = """
import time

def fast(*args, **kwargs):
    return b"%PDF-1.4 nep\\n"

def slow(*args, **kwargs):
    time.sleep(120)

def kit(*args, **kwargs):
    return {"praatplaat-poster.pdf": b"%PDF-1.4 a", "actieplan-leeg.pdf": b"%PDF-1.4 b"}

def refused(*args, **kwargs):
    from praatplaat_app.errors import PraatplaatError
    raise PraatplaatError("Deze PDF kan niet worden gemaakt.")
"""


@pytest.fixture
def fake_renderers(tmp_path: Path, monkeypatch) -> dict[str, str]:
    """Renderers the worker process can import: fast, slow, kit, refused."""
    folder = tmp_path / "fakes"
    folder.mkdir()
    (folder / "fake_pdf_renderers.py").write_text(textwrap.dedent(FAKE_RENDERERS))
    monkeypatch.syspath_prepend(str(folder))
    return {name: f"fake_pdf_renderers:{name}" for name in ("fast", "slow", "kit", "refused")}


@pytest.fixture
def exporter(qtbot, ap: _Ops, catalog, messages):
    parent = QWidget()
    qtbot.addWidget(parent)
    result = PdfExporter(parent, ap.library, catalog, PdfRenderer(timeout_s=20))
    yield result
    result.shutdown()


def _save_dialog(monkeypatch, target: Path) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def fake(parent, title, start, filters):  # noqa: ANN001
        asked.append((title, start))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_export_flow_saves_the_pdf(
    qtbot, monkeypatch, tmp_path, exporter, session_id, fake_renderers
):
    monkeypatch.setitem(pdf_jobs.RENDERERS, "actieplan", fake_renderers["fast"])
    target = tmp_path / "uit" / "mijn plan"
    target.parent.mkdir()
    asked = _save_dialog(monkeypatch, target)
    exporter.export_action_plan(session_id)
    assert exporter.busy
    qtbot.waitUntil(lambda: not exporter.busy, timeout=20_000)
    written = target.with_name("mijn plan.pdf")  # .pdf is added
    assert written.read_bytes().startswith(b"%PDF")
    title, start = asked[0]
    assert title == "Actieplan bewaren als PDF"
    assert Path(start).name.startswith("Actieplan - ")
    assert exporter.last_message.startswith("Bewaard als mijn plan.pdf")


def test_export_cancelled_in_the_dialog_makes_nothing(monkeypatch, exporter, session_id):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    exporter.export_report(session_id)
    assert not exporter.busy and not exporter.renderer.has_worker


def test_real_action_plan_pdf_end_to_end(qtbot, monkeypatch, tmp_path, exporter, session_id):
    """The real renderer in the real worker process."""
    target = tmp_path / "actieplan.pdf"
    _save_dialog(monkeypatch, target)
    exporter.export_action_plan(session_id)
    qtbot.waitUntil(lambda: not exporter.busy, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")


def _gone(pid: int) -> bool:
    """The process no longer exists (killed and reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_slow_render_is_stopped_after_the_time_limit(
    qtbot, monkeypatch, tmp_path, ap, catalog, session_id, fake_renderers, messages
):
    monkeypatch.setitem(pdf_jobs.RENDERERS, "actieplan", fake_renderers["slow"])
    parent = QWidget()
    qtbot.addWidget(parent)
    exporter = PdfExporter(parent, ap.library, catalog, PdfRenderer(timeout_s=1.0))
    target = tmp_path / "traag.pdf"
    _save_dialog(monkeypatch, target)
    plan_before = _plan(ap, session_id)
    exporter.export_action_plan(session_id)
    qtbot.waitUntil(lambda: exporter._busy is not None, timeout=5000)  # the busy indicator
    assert exporter._busy.labelText() == "PDF wordt gemaakt…"
    workers = list(exporter.renderer._executor._processes.values())
    qtbot.waitUntil(lambda: not exporter.busy, timeout=20_000)
    assert messages == [TIMEOUT_MESSAGE]
    assert not exporter.renderer.has_worker  # the worker process was really stopped
    qtbot.waitUntil(lambda: all(_gone(p.pid) for p in workers), timeout=5000)
    assert exporter._busy is None
    assert not target.exists()
    assert _plan(ap, session_id) == plan_before
    exporter.shutdown()


def test_stop_button_kills_the_render(
    qtbot, monkeypatch, exporter, session_id, fake_renderers, tmp_path
):
    monkeypatch.setitem(pdf_jobs.RENDERERS, "verslag", fake_renderers["slow"])
    _save_dialog(monkeypatch, tmp_path / "verslag.pdf")
    exporter.export_report(session_id)
    qtbot.waitUntil(lambda: exporter._busy is not None, timeout=5000)
    workers = list(exporter.renderer._executor._processes.values())
    qtbot.mouseClick(exporter._busy.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert not exporter.busy
    assert exporter.last_message == "Het maken van de PDF is gestopt."
    qtbot.waitUntil(lambda: all(_gone(p.pid) for p in workers), timeout=5000)


def test_unwritable_destination_gives_a_clear_message(
    qtbot, monkeypatch, tmp_path, exporter, ap, session_id, fake_renderers, messages
):
    import praatplaat_app.atomic

    def refuse(path, data):  # noqa: ANN001
        raise PermissionError(13, "Toegang geweigerd", str(path))

    monkeypatch.setattr(praatplaat_app.atomic, "atomic_write_bytes", refuse)
    monkeypatch.setitem(pdf_jobs.RENDERERS, "actieplan", fake_renderers["fast"])
    _save_dialog(monkeypatch, tmp_path / "plan.pdf")
    plan_before = _plan(ap, session_id)
    exporter.export_action_plan(session_id)
    qtbot.waitUntil(lambda: not exporter.busy, timeout=20_000)
    assert len(messages) == 1 and "mag niet worden geschreven" in messages[0]
    assert _plan(ap, session_id) == plan_before
    assert not (tmp_path / "plan.pdf").exists()


def test_missing_folder_and_refused_render(
    qtbot, monkeypatch, tmp_path, exporter, session_id, fake_renderers, messages
):
    monkeypatch.setitem(pdf_jobs.RENDERERS, "actieplan", fake_renderers["fast"])
    _save_dialog(monkeypatch, tmp_path / "bestaat-niet" / "plan.pdf")
    exporter.export_action_plan(session_id)
    qtbot.waitUntil(lambda: not exporter.busy, timeout=20_000)
    assert "bestaat niet" in messages[-1]
    monkeypatch.setitem(pdf_jobs.RENDERERS, "actieplan", fake_renderers["refused"])
    _save_dialog(monkeypatch, tmp_path / "plan.pdf")
    exporter.export_action_plan(session_id)
    qtbot.waitUntil(lambda: not exporter.busy, timeout=20_000)
    assert messages[-1] == "Deze PDF kan niet worden gemaakt."


def test_blank_kit_is_saved_in_a_folder(qtbot, monkeypatch, tmp_path, exporter, fake_renderers):
    monkeypatch.setitem(pdf_jobs.RENDERERS, "blanco", fake_renderers["kit"])
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    exporter.export_blank_kit()
    qtbot.waitUntil(lambda: not exporter.busy, timeout=20_000)
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        "actieplan-leeg.pdf",
        "praatplaat-poster.pdf",
    ]
    assert exporter.last_message.startswith("Papieren set bewaard: 2 PDF-bestanden")


def _pdf_bytes(pages: int, tmp_path: Path) -> bytes:
    path = tmp_path / "test.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()
        )
    )
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(200, 200, f"Pagina {page + 1}")
    painter.end()
    return path.read_bytes()


def test_print_draws_every_page_into_the_printer(qtbot, monkeypatch, tmp_path):
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from praatplaat_app.ui.action_plan.printing import new_printer, print_pdf

    data = _pdf_bytes(2, tmp_path)
    printer = new_printer("Actieplan")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "geprint.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: int(QDialog.DialogCode.Accepted))
    assert print_pdf(data, "Actieplan", None, printer) == 2
    document = QPdfDocument()
    document.load(str(tmp_path / "geprint.pdf"))
    assert document.pageCount() == 2
    # Cancelled in the dialog: nothing printed.
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected))
    assert print_pdf(data, "Actieplan", None, new_printer("x")) == 0


def test_preview_dialog_shows_the_pdf(qtbot, tmp_path):
    data = _pdf_bytes(3, tmp_path)
    saved: list[bytes] = []
    dialog = PdfPreviewDialog(
        data, "Actieplan UMCG Gilde", on_save=saved.append, on_print=lambda d: None
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.document.pageCount() == 3
    assert dialog.pages.text() == "3 pagina's"
    assert dialog.windowTitle() == "Voorbeeld: Actieplan UMCG Gilde"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved == [data]
    dialog._zoom(1.25)
    assert dialog.view.zoomFactor() > 0


def test_preview_flow_opens_the_dialog(
    qtbot, monkeypatch, exporter, session_id, tmp_path, fake_renderers
):
    data = _pdf_bytes(1, tmp_path)
    (tmp_path / "fakes" / "one_page.py").write_text(f"def render(*a, **k):\n    return {data!r}\n")
    monkeypatch.setitem(pdf_jobs.RENDERERS, "actieplan", "one_page:render")
    exporter.preview_action_plan(session_id)
    qtbot.waitUntil(lambda: bool(exporter.previews), timeout=20_000)
    dialog = exporter.previews[-1]
    assert dialog.isVisible() and dialog.document.pageCount() == 1
    dialog.close()


# -------------------------------------------------------------- in the window


def test_install_adds_menus_and_dock(qtbot, ap, catalog, session_id, messages):
    from praatplaat_app.ui.action_plan import install_action_plan_ui
    from praatplaat_app.ui.main_window import MainWindow

    window = MainWindow(ap.library, catalog, ap)
    qtbot.addWidget(window)
    ui = install_action_plan_ui(window, ap.library, catalog, ap)
    window.resize(1366, 740)
    window.show()
    texts = [a.text() for a in window.menus.file_menu.actions()]
    assert "&Exporteren" in texts and "Af&drukken…" in texts
    assert [a.text() for a in ui.export_menu.actions()] == [
        "&Actieplan als PDF…",
        "&Gespreksverslag als PDF…",
        "&Papieren set (blanco)…",
    ]
    assert ui.print_action.shortcut() == QKeySequence("Ctrl+P")
    assert texts.index("Af&drukken…") < texts.index(window.menus.quit_action.text())
    assert not ui.print_action.isEnabled()  # no conversation chosen yet
    assert ui.export_kit_action.isEnabled()
    window.library_view.select("session", session_id)
    assert ui.session_id == session_id and ui.print_action.isEnabled()
    ui.open_action.trigger()
    assert ui.dock.isVisible() and ui.editor.session_id == session_id
    assert ui.editor.model.rowCount() == len(ap.library.conversation(session_id).goals)
    # A status message lands in the window's status bar.
    ui.editor.tree.setCurrentIndex(ui.editor.model.index(0, 0, ui.editor.model.index(0, 0)))
    ui.editor.delete_selected()
    assert window.statusBar().currentMessage() == "Actie verwijderd — Ctrl+Z om te herstellen"
    window.menus.undo_action.trigger()
    _settle(qtbot, ui.editor)
    assert ui.editor.model.rowCount(ui.editor.model.index(0, 0)) == len(
        ap.library.conversation(session_id).actions_for_goal(
            ap.library.conversation(session_id).goals[0].id
        )
    )
    ui.shutdown()
    window.shutdown()


def test_worker_module_imports_no_widgets():
    """The PDF worker process imports pdf_jobs: it must not pull in QtWidgets."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import praatplaat_app.ui.action_plan.pdf_jobs\n"
        "heavy = ('PySide6.QtWidgets', 'PySide6.QtGui', 'weasyprint')\n"
        "bad = [m for m in sys.modules if m.startswith(heavy)]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_note_fixture_sanity(ap, session_id):
    assert any(n.text for n in ap.library.rows(Note, "session_id = ?", (session_id,)))


def test_printouts_follow_the_app_language(qtbot):
    from praatplaat_app.messages import set_language
    from praatplaat_app.ui.action_plan.pdf_preview import printout_language
    from praatplaat_app.ui.settings import Settings

    assert printout_language() == "nl"
    set_language("en")  # what the app does at start-up with the English setting
    assert printout_language() == "en"
    set_language("nl")
    Settings().language = "en"  # a changed setting counts from the next start, as the screens
    assert printout_language() == "nl"