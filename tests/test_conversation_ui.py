"""The guided conversation (issue 3): new conversation, the poster, walking through
indicators and themes, student input, timer, projector view, autosave, undo/redo.

pytest-qt, offscreen. Every dialog's ``exec`` is patched (see ``dialogs``), so nothing can
block. Non-ASCII text is set through the widget API or sent as ``QKeyEvent`` with
``Qt.Key_unknown``; ``qtbot.keyClicks`` is only used with ASCII.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from praatplaat_app.domain import Action, NoteKind, Participant, SessionKind
from praatplaat_app.ui.conversation import ConversationUi, install_conversation_ui
from praatplaat_app.ui.conversation.new_conversation_dialog import NewConversationDialog
from praatplaat_app.ui.conversation.note_editor import NoteEditor
from praatplaat_app.ui.conversation.poster_widget import PosterWidget
from praatplaat_app.ui.conversation.projector_window import ProjectorWindow
from praatplaat_app.ui.conversation.timer_widget import TimerWidget
from praatplaat_app.ui.conversation.workspace import (
    DETAILS,
    INDICATOR,
    POSTER,
    THEME,
    ConversationWindow,
)

ER = "eigen-route"
BO = "breed-opleiden"
CC = "co-creatie"
SOCIAL = "sociale-binding"
GEN_Z = "generatie-z-persoonlijke-doelen-student"
CO_CREATE = "co-creeren-van-onderwijs-en-begeleiding-in-de-praktijk"

Button = QMessageBox.StandardButton


class Dialogs:
    """Records message boxes instead of showing them; answers with ``answer``."""

    def __init__(self) -> None:
        self.messages: list[dict[str, str]] = []
        self.answer = Button.Ok

    def last(self) -> dict[str, str]:
        return self.messages[-1]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def message_exec(box: QMessageBox) -> int:
        record.messages.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
            }
        )
        return int(record.answer.value)

    def dialog_exec(dialog: QDialog) -> int:
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QMessageBox, "exec", message_exec)
    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    return record


def make_session(ops, route_name="Flexstage Noorderpoort", kind=SessionKind.STUDENTS, day=14,
                 participants=None):
    route = ops.library.route_by_name(route_name) or ops.create_route(
        route_name, organisations="Noorderpoort, Zorggroep Oost"
    )
    return ops.create_session(
        route.id,
        kind,
        dt.date(2025, 3, day),
        facilitator="Anouk Smit",
        participants=participants
        if participants is not None
        else [{"role": "student", "organisation": "Noorderpoort", "name": ""}],
    )


@pytest.fixture
def open_window(qtbot, library, catalog, ops):
    windows: list[ConversationWindow] = []

    def opener(session_id: str) -> ConversationWindow:
        window = ConversationWindow(library, catalog, ops, session_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.close()


def stored(library, session_id, indicator_id, theme_id, kind) -> str:
    note = library.note(session_id, indicator_id, theme_id, kind)
    return note.text if note is not None and not note.deleted else ""


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key: ASCII with keyClicks, anything else as a text-only key event."""
    for ch in text:
        if ch.isascii():
            from PySide6.QtTest import QTest

            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )


def columns(window: ConversationWindow):
    return window.workspace.indicator_page.columns


def editor(window: ConversationWindow, kind: str) -> NoteEditor:
    return columns(window)[kind].editor


# ------------------------------------------------------------------ the whole path


def test_whole_conversation_from_new_conversation_to_notes_and_actions(
    qtbot, library, catalog, ops, open_window
):
    dialog = NewConversationDialog(library, catalog, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_route_id() == ""  # "Nieuwe route aanmaken"
    form = dialog.route_form.fields
    form["name"].setText("Flexstage Noorderpoort")
    form["organisations"].setText("Noorderpoort, Zorggroep Oost")
    form["programmes"].setText("Verzorgende-IG, niveau 3")
    form["reason_goal"].setPlainText("Minder uitval: eerder kennismaken met het werkveld.")
    form["form"].setPlainText("Eerstejaars lopen vanaf periode 3 twee dagdelen stage.")
    form["phase"].setText("Pilot")
    form["coordinator"].setText("Zoë de Vries")
    dialog.set_kind(SessionKind.STUDENTS)
    dialog.date.setDate(QDate(2025, 3, 14))
    dialog.facilitator.setText("Anouk Smit")
    dialog.context.setText("Na de eerste stageperiode, op locatie")
    dialog.target_group.setText("Eerstejaars studenten Verzorgende-IG")
    # "4 studenten van Noorderpoort" in one go, then one supervisor with a name.
    people = dialog.participants
    people.group_count.setValue(4)
    people.group_role.setCurrentIndex(people.group_role.findData("student"))
    people.group_organisation.setText("Noorderpoort")
    assert people.group_add.text() == "4 studenten toevoegen"
    qtbot.mouseClick(people.group_add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(people.add_one, Qt.MouseButton.LeftButton)
    last = people.rows[-1]
    last.role.setCurrentIndex(last.role.findData("supervisor"))
    last.organisation.setText("Zorggroep Oost")
    last.name.setText("Joëlle")
    assert "5 deelnemers: 4 studenten, 1 werkbegeleider" in people.summary.text()

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    session_id = dialog.session_id
    assert session_id
    route = library.route_by_name("Flexstage Noorderpoort")
    assert route is not None and route.coordinator == "Zoë de Vries"
    assert route.reason_goal.startswith("Minder uitval")

    window = open_window(session_id)
    ws = window.workspace
    assert ws.position[0] == POSTER  # nothing chosen yet: the poster comes first
    poster = ws.poster_page.poster
    qtbot.mouseClick(poster.button(ER), Qt.MouseButton.LeftButton)
    # A click in the area itself (not on the title) picks too.
    area_point = poster.card_rect(CO_CREATE).bottomRight().toPoint() + QPoint(25, 25)
    assert poster.indicator_at(area_point.toPointF()) == CC
    qtbot.mouseClick(poster, Qt.MouseButton.LeftButton, pos=area_point)
    assert ops.chosen_indicator_ids(session_id) == [ER, CC]
    assert poster.button(ER).isChecked() and poster.button(CC).isChecked()

    # Indicator 1, theme "Sociale binding": the three fields, typed.
    ws.navigate(THEME, ER, SOCIAL)
    goes_well = editor(window, NoteKind.GOES_WELL)
    goes_well.setFocus()
    qtbot.keyClicks(goes_well, "Studenten kennen elkaar ")
    type_text(goes_well, "één keer per week")
    improve = editor(window, NoteKind.IMPROVE)
    improve.setPlainText("Vaste werkbegeleider per student regelen")
    editor(window, NoteKind.FREE).setPlainText("Teamuitje met de stagiairs? 🎉")
    qtbot.waitUntil(
        lambda: stored(library, session_id, ER, SOCIAL, NoteKind.GOES_WELL)
        == "Studenten kennen elkaar één keer per week"
        and stored(library, session_id, ER, SOCIAL, NoteKind.IMPROVE).startswith("Vaste")
        and stored(library, session_id, ER, SOCIAL, NoteKind.FREE).endswith("🎉"),
        timeout=2000,
    )
    page = ws.indicator_page
    qtbot.mouseClick(page.discussed, Qt.MouseButton.LeftButton)
    assert library.theme_mark(session_id, ER, SOCIAL).discussed

    # The selected part of a note becomes a draft action.
    cursor = improve.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("Vaste werkbegeleider per student"), QTextCursor.MoveMode.KeepAnchor)
    improve.setTextCursor(cursor)
    qtbot.mouseClick(columns(window)[NoteKind.IMPROVE].action_button, Qt.MouseButton.LeftButton)
    assert "Conceptactie" in window.statusBar().currentMessage()

    # The indicator's own notes.
    ws.navigate(INDICATOR, ER)
    page.indicator_notes.editor.setPlainText("Goed gesprek over eigen keuzes.")
    # Indicator 2 (co-creation), one theme; switching flushes at once.
    ws.navigate(THEME, CC, CO_CREATE)
    assert stored(library, session_id, ER, "", NoteKind.FREE) == "Goed gesprek over eigen keuzes."
    editor(window, NoteKind.GOES_WELL).setPlainText("Kennismakingsgesprek met docent erbij")
    editor(window, NoteKind.IMPROVE).setPlainText("Docent vaker op de afdeling")
    qtbot.waitUntil(
        lambda: stored(library, session_id, CC, CO_CREATE, NoteKind.IMPROVE)
        == "Docent vaker op de afdeling",
        timeout=2000,
    )
    qtbot.mouseClick(page.discussed, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(columns(window)[NoteKind.IMPROVE].action_button, Qt.MouseButton.LeftButton)
    window.close()

    conv = library.conversation(session_id)
    assert conv.session.kind == SessionKind.STUDENTS
    assert conv.session.date == dt.date(2025, 3, 14)
    assert conv.session.facilitator == "Anouk Smit"
    assert conv.session.context == "Na de eerste stageperiode, op locatie"
    assert [p.role for p in conv.participants] == ["student"] * 4 + ["supervisor"]
    assert [p.name for p in conv.participants] == ["", "", "", "", "Joëlle"]
    assert conv.participants[0].organisation == "Noorderpoort"
    assert conv.indicator_ids == [ER, CC]
    assert conv.is_discussed(ER, SOCIAL) and conv.is_discussed(CC, CO_CREATE)
    assert conv.note_text(CC, CO_CREATE, NoteKind.GOES_WELL).startswith("Kennismakingsgesprek")
    drafts = conv.draft_actions
    assert [a.what for a in drafts] == ["Vaste werkbegeleider per student",
                                        "Docent vaker op de afdeling"]
    assert (drafts[0].indicator_id, drafts[0].theme_id) == (ER, SOCIAL)
    assert conv.session.current_indicator == CC and conv.session.current_theme == CO_CREATE


def test_reopening_returns_to_the_same_indicator_and_theme(ops, open_window):
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    ops.set_indicator_chosen(session.id, CC, True)
    window = open_window(session.id)
    window.workspace.navigate(THEME, CC, CO_CREATE)
    window.close()
    again = open_window(session.id)
    assert again.workspace.position == (THEME, CC, CO_CREATE)
    assert again.workspace.nav.currentItem().text(0).endswith(
        "Co-creëren van onderwijs en begeleiding in de praktijk"
    )


# ------------------------------------------------------------------ choosing indicators


def test_third_indicator_asks_and_quotes_the_method(qtbot, dialogs, catalog, ops, open_window):
    session = make_session(ops)
    window = open_window(session.id)
    ws = window.workspace
    ws.navigate(POSTER)
    poster = ws.poster_page.poster
    qtbot.mouseClick(poster.button(ER), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(poster.button(BO), Qt.MouseButton.LeftButton)
    assert dialogs.messages == []  # two is fine, no question

    dialogs.answer = Button.No
    qtbot.mouseClick(poster.button(CC), Qt.MouseButton.LeftButton)
    assert ops.chosen_indicator_ids(session.id) == [ER, BO]
    assert not poster.button(CC).isChecked()
    asked = dialogs.last()
    assert asked["informative"] == catalog.third_indicator_advice
    assert "Co-creatie werkbegeleiders en docenten" in asked["text"]

    dialogs.answer = Button.Yes
    qtbot.mouseClick(poster.button(CC), Qt.MouseButton.LeftButton)
    assert ops.chosen_indicator_ids(session.id) == [ER, BO, CC]
    assert len(dialogs.messages) == 2


def test_changing_the_choice_keeps_the_notes(qtbot, library, ops, open_window):
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    window = open_window(session.id)
    ws = window.workspace
    ws.navigate(THEME, ER, GEN_Z)
    editor(window, NoteKind.GOES_WELL).setPlainText("Eigen leerdoelen kiezen werkt")
    ws.navigate(POSTER)  # flushes
    ws.toggle_indicator(ER)  # dropped
    assert ws.chosen() == []
    assert "blijven bewaard" in window.statusBar().currentMessage()
    ws.toggle_indicator(ER)  # back
    ws.navigate(THEME, ER, GEN_Z)
    assert editor(window, NoteKind.GOES_WELL).toPlainText() == "Eigen leerdoelen kiezen werkt"


def test_poster_keyboard_tab_arrows_and_space(qtbot, catalog, ops, open_window):
    session = make_session(ops)
    window = open_window(session.id)
    ws = window.workspace
    ws.navigate(POSTER)
    poster = ws.poster_page.poster
    window.activateWindow()
    first = poster.button(ER)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus, timeout=1000)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert poster.button(BO).hasFocus()
    qtbot.keyClick(poster.button(BO), Qt.Key.Key_Space)
    assert ops.chosen_indicator_ids(session.id) == [BO]
    qtbot.keyClick(poster.button(BO), Qt.Key.Key_Left)
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert ops.chosen_indicator_ids(session.id) == [BO, ER]
    assert "gekozen" in poster.button(ER).accessibleDescription()
    # Tab goes from one indicator to the next.
    assert first.nextInFocusChain() is poster.button(BO)


def test_poster_draws_every_indicator_and_theme_without_overlap(qtbot, catalog):
    poster = PosterWidget(catalog)
    qtbot.addWidget(poster)
    for size in ((700, 500), (900, 645), (1300, 930)):
        poster.resize(*size)
        poster.show()
        assert not poster._overlaps()  # noqa: SLF001 - the layout check itself
        assert not poster.grab().isNull()
    texts = poster.painted_texts()
    assert all(i.title in texts for i in catalog.indicators)
    assert all(t.title in texts for t in catalog.themes)
    # Shared themes sit where both areas are, as on the paper poster.
    for theme in catalog.themes:
        centre = poster.card_rect(theme.id).center()
        inside = {
            a.indicator.id for a in poster._areas  # noqa: SLF001
            if _in_area(poster, a, centre)
        }
        assert set(theme.indicator_ids) <= inside, theme.id


def _in_area(poster, area, point) -> bool:
    c = poster._map(area.center)  # noqa: SLF001
    s = poster._scale  # noqa: SLF001
    dx = (point.x() - c.x()) / (area.rx * s)
    dy = (point.y() - c.y()) / (area.ry * s)
    return dx * dx + dy * dy <= 1.0


# ------------------------------------------------------------------ undo / redo


def _undo(window: ConversationWindow) -> None:
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    window.undo_action.trigger()


def _redo(window: ConversationWindow) -> None:
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]
    window.redo_action.trigger()


def test_undo_redo_choosing_an_indicator(qtbot, ops, open_window):
    session = make_session(ops)
    window = open_window(session.id)
    ws = window.workspace
    ws.toggle_indicator(ER)
    ws.navigate(INDICATOR, ER)
    assert window.undo_action.text().endswith("Indicator kiezen")
    _undo(window)
    assert ops.chosen_indicator_ids(session.id) == []
    assert ws.position[0] == POSTER  # its page is gone: back to the poster
    assert not ws.poster_page.poster.button(ER).isChecked()
    _redo(window)
    assert ops.chosen_indicator_ids(session.id) == [ER]
    assert ws.poster_page.poster.button(ER).isChecked()
    # Details, poster, the indicator and the action plan.
    assert ws.nav.topLevelItemCount() == 4


def test_undo_redo_adding_participants_is_one_step(qtbot, library, ops, open_window):
    session = make_session(ops, participants=[])
    window = open_window(session.id)
    ws = window.workspace
    ws.navigate(DETAILS)
    people = ws.details_page.participants
    people.group_count.setValue(3)
    people.group_role.setCurrentIndex(people.group_role.findData("teacher"))
    people.group_organisation.setText("Alfa-college")
    qtbot.mouseClick(people.group_add, Qt.MouseButton.LeftButton)
    assert len(library.conversation(session.id).participants) == 3
    assert len(people.rows) == 3
    _undo(window)
    assert library.conversation(session.id).participants == []
    assert people.rows == []
    _redo(window)
    assert [p.role for p in library.conversation(session.id).participants] == ["teacher"] * 3
    assert len(people.rows) == 3


def test_undo_redo_note_to_draft_action(qtbot, library, ops, open_window):
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    window = open_window(session.id)
    window.workspace.navigate(THEME, ER, SOCIAL)
    editor(window, NoteKind.IMPROVE).setPlainText("Buddy voor elke nieuwe student")
    qtbot.mouseClick(columns(window)[NoteKind.IMPROVE].action_button, Qt.MouseButton.LeftButton)
    assert [a.what for a in library.conversation(session.id).draft_actions] == [
        "Buddy voor elke nieuwe student"
    ]
    _undo(window)
    assert library.conversation(session.id).draft_actions == []
    # The note itself is still there.
    assert stored(library, session.id, ER, SOCIAL, NoteKind.IMPROVE).startswith("Buddy")
    _redo(window)
    assert len(library.conversation(session.id).draft_actions) == 1


def test_undo_redo_theme_discussed(qtbot, library, ops, open_window):
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    window = open_window(session.id)
    window.workspace.navigate(THEME, ER, SOCIAL)
    page = window.workspace.indicator_page
    qtbot.mouseClick(page.discussed, Qt.MouseButton.LeftButton)
    assert library.conversation(session.id).is_discussed(ER, SOCIAL)
    _undo(window)
    assert not library.conversation(session.id).is_discussed(ER, SOCIAL)
    assert not page.discussed.isChecked()
    _redo(window)
    assert page.discussed.isChecked()


def test_ctrl_z_in_a_note_goes_to_the_operations_and_keeps_the_caret(
    qtbot, library, ops, open_window
):
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    window = open_window(session.id)
    window.workspace.navigate(THEME, ER, SOCIAL)
    field = editor(window, NoteKind.GOES_WELL)
    assert not field.isUndoRedoEnabled()
    field.setFocus()
    qtbot.keyClicks(field, "Eerste zin.")
    field.flush()
    ops.undo_stack.break_merge()  # as when focus leaves the field
    qtbot.keyClicks(field, " Tweede zin.")
    # Ctrl+Z right away: the pending text is written first, then undone as one step.
    field.moveCursor(QTextCursor.MoveOperation.Start)
    field.moveCursor(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "Eerste zin."
    assert stored(library, session.id, ER, SOCIAL, NoteKind.GOES_WELL) == "Eerste zin."
    assert field.textCursor().position() == 1  # the caret did not jump
    qtbot.keyClick(
        field, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert field.toPlainText() == "Eerste zin. Tweede zin."
    assert field.textCursor().position() == 1
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == ""
    qtbot.keyClick(field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "Eerste zin."


# ------------------------------------------------------------------ student input


def test_student_input_is_shown_read_only_in_a_staff_conversation(qtbot, library, ops,
                                                                  open_window):
    students = make_session(ops, kind=SessionKind.STUDENTS, day=3)
    ops.set_indicator_chosen(students.id, ER, True)
    ops.set_note(students.id, ER, SOCIAL, NoteKind.GOES_WELL, "We helpen elkaar in de groepsapp")
    ops.set_note(students.id, ER, SOCIAL, NoteKind.IMPROVE, "Meer contact met de werkbegeleider")
    ops.set_note(students.id, ER, "", NoteKind.FREE, "Studenten willen zelf kiezen")
    other_route = make_session(ops, route_name="UMCG Gilde", kind=SessionKind.STUDENTS, day=4)
    ops.set_note(other_route.id, ER, SOCIAL, NoteKind.GOES_WELL, "ANDERE ROUTE")
    staff = make_session(ops, kind=SessionKind.STAFF, day=20)
    ops.set_indicator_chosen(staff.id, ER, True)

    window = open_window(staff.id)
    window.workspace.navigate(THEME, ER, SOCIAL)
    cols = columns(window)
    earlier = cols[NoteKind.GOES_WELL].earlier
    assert earlier.isVisible()
    assert earlier.text() == "We helpen elkaar in de groepsapp"
    assert earlier.view.isReadOnly()
    assert "03-03-2025" in earlier.header.text()
    assert cols[NoteKind.IMPROVE].earlier.text() == "Meer contact met de werkbegeleider"
    assert "ANDERE ROUTE" not in "".join(c.earlier.text() for c in cols.values())
    assert editor(window, NoteKind.GOES_WELL).toPlainText() == ""  # own field stays own
    window.workspace.navigate(INDICATOR, ER)
    notes = window.workspace.indicator_page.indicator_notes
    assert notes.earlier.text() == "Studenten willen zelf kiezen"
    assert notes.earlier.isVisible()

    # The students' own conversation shows no such boxes.
    own = open_window(students.id)
    own.workspace.navigate(THEME, ER, SOCIAL)
    assert not columns(own)[NoteKind.GOES_WELL].earlier.isVisible()


# ------------------------------------------------------------------ projector


def test_projector_follows_and_never_shows_notes_or_names(qtbot, library, catalog, ops):
    secret_note = "GEHEIM: werkbegeleider Pieter is vaak afwezig"
    session = make_session(
        ops,
        participants=[
            {"role": "student", "organisation": "Noorderpoort", "name": "Zoë Janssen"},
            {"role": "supervisor", "organisation": "Zorggroep Oost", "name": "Pieter Bakker"},
        ],
    )
    ops.set_indicator_chosen(session.id, ER, True)
    ops.set_note(session.id, ER, SOCIAL, NoteKind.IMPROVE, secret_note)
    ops.set_note(session.id, ER, "", NoteKind.FREE, "Notitie bij indicator: Zoë")
    host = QMainWindow()
    qtbot.addWidget(host)
    ui = ConversationUi(host, library, catalog, ops)
    window = ui.open_conversation(session.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    ws = window.workspace
    projector = ui.show_projector()
    qtbot.addWidget(projector)
    assert projector.isVisible()
    assert not projector.isFullScreen()  # one screen here: a normal window
    # Owned by the main window: closing that window still quits the app.
    assert projector.parentWidget() is host and projector.isWindow()

    ws.navigate(THEME, ER, SOCIAL)
    questions = catalog.theme(SOCIAL).guiding_questions
    assert projector.question.text() == questions[0]
    assert projector.heading.text() == "Sociale binding"
    ws.indicator_page.theme_questions.next.click()
    assert projector.question.text() == questions[1]
    window.next_question_action.trigger()
    assert projector.question.text() == questions[2]
    assert projector.counter.text() == "Vraag 3 van 3"
    ws.navigate(INDICATOR, ER)
    assert projector.question.text() == catalog.indicator(ER).guiding_questions[0]

    for position in ((THEME, ER, SOCIAL), (INDICATOR, ER, ""), (POSTER, "", ""),
                     (DETAILS, "", "")):
        ws.navigate(*position)
        shown = "\n".join(projector.texts())
        for forbidden in (secret_note, "Pieter", "Zoë", "Janssen", "Notitie bij indicator",
                          "Noorderpoort", "Anouk"):
            assert forbidden not in shown, (position, forbidden)
        assert not projector.grab().isNull()
    # It knows nothing but the catalog: no library anywhere in it.
    assert not hasattr(projector, "library") and not hasattr(projector.poster, "library")
    # Keys on the projector step the questions (a presenter's clicker).
    ws.navigate(THEME, ER, SOCIAL)
    assert ws.indicator_page.theme_questions.current() == 2  # remembered per theme
    qtbot.keyClick(projector, Qt.Key.Key_PageUp)
    assert ws.indicator_page.theme_questions.current() == 1
    assert projector.question.text() == questions[1]
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    assert projector.question.text() == questions[2]
    ui.toggle_projector()
    assert not projector.isVisible()
    ui.close_all()


def test_projector_type_size_follows_the_window(qtbot, catalog):
    projector = ProjectorWindow(catalog)
    qtbot.addWidget(projector)
    projector.show()
    projector.resize(800, 500)
    small = projector.question.font().pixelSize()
    projector.resize(1920, 1080)
    assert projector.question.font().pixelSize() > small


# ------------------------------------------------------------------ validation


def test_empty_route_name_and_participant_without_role_are_explained(qtbot, library, catalog,
                                                                      ops):
    dialog = NewConversationDialog(library, catalog, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.context.setText("Cliëntgesprekken geëvalueerd")
    qtbot.mouseClick(dialog.participants.add_one, Qt.MouseButton.LeftButton)
    dialog.participants.rows[0].organisation.setText("Noorderpoort")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.result() != QDialog.DialogCode.Accepted
    name_error = dialog.route_form.errors["name"]
    assert name_error.isVisible()
    assert "Vul de naam van de route in" in name_error.text()
    assert dialog.route_form.name_edit.property("error") is True
    assert "Vul de naam" in dialog.route_form.name_edit.accessibleDescription()
    role = dialog.participants.rows[0].role
    assert role.property("error") is True
    assert "Kies een rol voor deelnemer 1" in dialog.participants.error.text()
    assert dialog.participants.error.isVisible()
    # Nothing written, nothing lost.
    assert library.routes() == []
    assert dialog.context.text() == "Cliëntgesprekken geëvalueerd"
    assert dialog.participants.rows[0].organisation.text() == "Noorderpoort"

    # Fixing the fields clears the messages and starts the conversation.
    dialog.route_form.name_edit.setText("Treant Praktijkroute")
    assert not name_error.isVisible()
    role.setCurrentIndex(role.findData("student"))
    assert role.property("error") is False
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert library.conversation(dialog.session_id).session.context == (
        "Cliëntgesprekken geëvalueerd"
    )


def test_duplicate_route_name_and_group_without_role(qtbot, library, catalog, ops):
    ops.create_route("UMCG Gilde")
    dialog = NewConversationDialog(library, catalog, ops)
    qtbot.addWidget(dialog)
    dialog.route_form.name_edit.setText("umcg gilde")
    people = dialog.participants
    people.group_count.setValue(3)
    qtbot.mouseClick(people.group_add, Qt.MouseButton.LeftButton)
    assert people.rows == []
    assert "Kies eerst een rol" in people.group_error.text()
    assert people.group_role.property("error") is True
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "Er bestaat al een route" in dialog.route_form.errors["name"].text()
    assert len(library.routes()) == 1


def test_a_date_that_does_not_exist_is_refused(qtbot, library, catalog, ops):
    dialog = NewConversationDialog(library, catalog, ops)
    qtbot.addWidget(dialog)
    dialog.route_form.name_edit.setText("Excellente Kraam Variant")
    line = dialog.date.findChild(QLineEdit)
    line.setText("31-02-2025")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    if dialog.result() == QDialog.DialogCode.Accepted:  # Qt corrected the text itself
        assert library.conversation(dialog.session_id).session.date is not None
        return
    assert dialog.date_error.isVisible()
    assert "bestaat niet" in dialog.date_error.text() or "geen datum" in dialog.date_error.text()
    assert library.routes() == []


def test_existing_route_is_suggested_and_staff_follows_students(qtbot, library, catalog, ops):
    students = make_session(ops, kind=SessionKind.STUDENTS)
    dialog = NewConversationDialog(library, catalog, ops, route_id=students.route_id)
    qtbot.addWidget(dialog)
    assert dialog.selected_route_id() == students.route_id
    assert not dialog.route_form.isVisibleTo(dialog)
    assert "Noorderpoort" in dialog.route_summary.text()
    assert dialog.kind() == SessionKind.STAFF
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(library.routes()) == 1


# ------------------------------------------------------------------ text, long and wide


def test_100000_character_note_with_emoji_and_rtl_is_stored_and_shown_intact(
    qtbot, library, ops, open_window
):
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    chunk = "Zoë’s stage 🎓👩🏽‍⚕️ مرحبا بالعالم שלום ‏(RTL)‎ ĳ "
    text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    assert len(text) == 100_000
    window = open_window(session.id)
    window.workspace.navigate(THEME, ER, SOCIAL)
    field = editor(window, NoteKind.FREE)
    field.setPlainText(text)
    qtbot.waitUntil(
        lambda: stored(library, session.id, ER, SOCIAL, NoteKind.FREE) == text, timeout=3000
    )
    window.close()
    again = open_window(session.id)
    assert again.workspace.position == (THEME, ER, SOCIAL)
    assert editor(again, NoteKind.FREE).toPlainText() == text
    # Appending at the end after a reload still stores exactly.
    shown = editor(again, NoteKind.FREE)
    shown.moveCursor(QTextCursor.MoveOperation.End)
    type_text(shown, " ✓ééé")
    shown.flush()
    assert stored(library, session.id, ER, SOCIAL, NoteKind.FREE) == text + " ✓ééé"


def test_dutch_diacritics_typed_key_by_key(qtbot, library, ops, open_window):
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, CC, True)
    window = open_window(session.id)
    window.workspace.navigate(INDICATOR, CC)
    field = window.workspace.indicator_page.indicator_notes.editor
    field.setFocus()
    type_text(field, "Geëvalueerd: coördinatie, cliënten, ruïne, één, café")
    qtbot.waitUntil(
        lambda: stored(library, session.id, CC, "", NoteKind.FREE)
        == "Geëvalueerd: coördinatie, cliënten, ruïne, één, café",
        timeout=2000,
    )


# ------------------------------------------------------------------ autosave


def test_autosave_debounces_and_flushes_on_focus_out_and_close(qtbot, library, ops,
                                                               open_window):
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    window = open_window(session.id)
    window.workspace.navigate(THEME, ER, SOCIAL)
    field = editor(window, NoteKind.GOES_WELL)
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    assert field.has_pending
    qtbot.waitUntil(lambda: not field.has_pending, timeout=1000)  # ≤ 300 ms debounce
    assert stored(library, session.id, ER, SOCIAL, NoteKind.GOES_WELL) == "abc"
    # Leaving the field writes at once.
    qtbot.keyClicks(field, "d")
    editor(window, NoteKind.IMPROVE).setFocus()
    QApplication.sendEvent(field, QEvent(QEvent.Type.FocusOut))
    assert stored(library, session.id, ER, SOCIAL, NoteKind.GOES_WELL) == "abcd"
    # Closing writes at once and never asks "save changes?".
    editor(window, NoteKind.IMPROVE).setPlainText("Nog niet bewaard")
    window.close()
    assert stored(library, session.id, ER, SOCIAL, NoteKind.IMPROVE) == "Nog niet bewaard"


def test_live_session_details_are_saved(qtbot, library, ops, open_window):
    session = make_session(ops)
    window = open_window(session.id)
    ws = window.workspace
    ws.navigate(DETAILS)
    details = ws.details_page
    details.fields["context"].setText("")
    qtbot.keyClicks(details.fields["context"], "Terugkomdag")
    qtbot.waitUntil(lambda: library.conversation(session.id).session.context == "Terugkomdag",
                    timeout=1000)
    details.kind.setCurrentIndex(details.kind.findData(SessionKind.JOINT.value))
    assert library.conversation(session.id).session.kind == SessionKind.JOINT
    assert "Gezamenlijk" in window.windowTitle()
    row = details.participants.rows[0]
    row.name.setText("")
    qtbot.keyClicks(row.name, "Sam")
    details.participants.flush()
    assert library.rows(Participant, "session_id = ?", (session.id,))[0].name == "Sam"
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    assert library.rows(Participant, "session_id = ?", (session.id,)) == []


# ------------------------------------------------------------------ timer


def test_timer_counts_down_and_signals_quietly(qtbot):
    now = [1000.0]
    timer = TimerWidget(clock=lambda: now[0])
    qtbot.addWidget(timer)
    timer.minutes.setValue(2)
    assert timer.text() == "02:00"
    timer.start()
    now[0] += 61
    timer.tick()
    assert timer.text() == "00:59"
    timer.pause()
    now[0] += 500
    timer.tick()
    assert timer.text() == "00:59"
    with qtbot.waitSignal(timer.finished, timeout=1000):
        timer.start()
        now[0] += 60
        timer.tick()
    assert timer.is_finished and timer.text() == "Tijd is om"
    assert "FFE8A3" in timer.display.styleSheet()
    timer.reset()
    assert timer.text() == "02:00" and not timer.is_finished


def test_timer_restarts_per_part_when_asked(qtbot, ops, open_window):
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    window = open_window(session.id)
    ws = window.workspace
    ws.navigate(THEME, ER, SOCIAL)
    ws.timer.minutes.setValue(5)
    ws.timer.restart_each.setChecked(True)
    ws.timer.start()
    ws.timer._remaining = 10  # noqa: SLF001 - almost over
    ws.step_item(+1)
    assert ws.timer.running and ws.timer.remaining() > 290


# ------------------------------------------------------------------ integration


def test_install_adds_menu_items_and_opens_activated_conversations(qtbot, library, catalog,
                                                                   ops):
    from praatplaat_app.ui.main_window import MainWindow

    main = MainWindow(library, catalog, ops)
    qtbot.addWidget(main)
    ui = install_conversation_ui(main, library, catalog, ops)
    assert ui.new_action.shortcut().toString() == "Ctrl+N"
    assert ui.projector_action.shortcut().toString() == "F5"
    file_texts = [a.text() for a in main.menuBar().actions()[0].menu().actions()]
    assert "&Nieuw gesprek…" in file_texts
    view_menus = [a.menu() for a in main.menuBar().actions() if a.menu() is not None]
    assert any(ui.projector_action in m.actions() for m in view_menus)

    session = make_session(ops)
    main.library_view.conversation_activated.emit(session.id)
    window = ui.windows[session.id]
    qtbot.addWidget(window)
    assert window.isVisible()
    main.library_view.conversation_activated.emit(session.id)  # raised, not opened twice
    assert len(ui.windows) == 1
    ui.new_action.trigger()  # the dialog's exec is patched to "cancel"
    assert len(ui.windows) == 1
    ui.close_all()
    assert ui.windows == {}


def test_install_works_with_a_plain_main_window(qtbot, library, catalog, ops):
    main = QMainWindow()
    qtbot.addWidget(main)
    ui = install_conversation_ui(main, library, catalog, ops)
    titles = [a.text() for a in main.menuBar().actions()]
    assert "&Bestand" in titles and "Bee&ld" in titles
    assert ui.new_action in main.menuBar().actions()[0].menu().actions()


# ------------------------------------------------------------------ accessibility, size


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit)):
            if isinstance(widget.parent(), (QComboBox, QSpinBox, QDateEdit)):
                continue
            if not widget.accessibleName():
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
        elif isinstance(widget, (QPushButton, QCheckBox, QAbstractButton)):
            if not (widget.accessibleName() or widget.text()):
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def test_every_control_has_a_dutch_accessible_name(qtbot, library, catalog, ops, open_window):
    dialog = NewConversationDialog(library, catalog, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.participants.add_group(2, "student", "Noorderpoort")
    assert _unnamed(dialog) == []
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    window = open_window(session.id)
    for position in ((DETAILS, "", ""), (POSTER, "", ""), (INDICATOR, ER, ""),
                     (THEME, ER, SOCIAL)):
        window.workspace.navigate(*position)
        assert _unnamed(window) == [], position


def test_fits_1366_by_768(qtbot, library, catalog, ops, open_window):
    dialog = NewConversationDialog(library, catalog, ops)
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
    session = make_session(ops, kind=SessionKind.STAFF)
    ops.set_indicator_chosen(session.id, ER, True)
    window = open_window(session.id)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    window.workspace.navigate(THEME, ER, SOCIAL)
    qtbot.wait(10)
    page = window.workspace.indicator_page
    assert page.theme_scroll.verticalScrollBar().maximum() == 0  # no scrolling needed
    for column in page.columns.values():
        assert column.action_button.visibleRegion().isEmpty() is False


def test_labels_are_plain_text_so_user_text_stays_text(qtbot, library, catalog, ops,
                                                        open_window):
    route = ops.create_route("<b>Route</b> & co", organisations="<i>Org</i>")
    session = ops.create_session(route.id, SessionKind.STUDENTS, dt.date(2025, 1, 2))
    window = open_window(session.id)
    assert "<b>Route</b> & co" in window.workspace.title.text()
    assert window.workspace.title.textFormat() == Qt.TextFormat.PlainText
    window.workspace.navigate(DETAILS)
    assert "<i>Org</i>" in window.workspace.details_page.route_label.text()
    assert isinstance(window.workspace.details_page.route_label, QLabel)


def test_draft_action_of_an_empty_note_says_what_to_do(qtbot, library, ops, open_window):
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    window = open_window(session.id)
    window.workspace.navigate(THEME, ER, SOCIAL)
    qtbot.mouseClick(columns(window)[NoteKind.GOES_WELL].action_button,
                     Qt.MouseButton.LeftButton)
    assert "nog leeg" in columns(window)[NoteKind.GOES_WELL].feedback.text()
    assert library.rows(Action, "session_id = ?", (session.id,)) == []


def test_going_back_to_a_theme_shows_what_was_typed_there(qtbot, library, ops, open_window):
    """Regression: typing does not refresh the screen's copy of the conversation, so going
    back to a theme must read the library again (else the next keystroke erased the note)."""
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    window = open_window(session.id)
    ws = window.workspace
    ws.navigate(THEME, ER, SOCIAL)
    field = editor(window, NoteKind.GOES_WELL)
    qtbot.keyClicks(field, "eerste")
    ws.navigate(THEME, ER, GEN_Z)
    ws.navigate(THEME, ER, SOCIAL)
    assert field.toPlainText() == "eerste"
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, " tweede")
    field.flush()
    assert stored(library, session.id, ER, SOCIAL, NoteKind.GOES_WELL) == "eerste tweede"


def test_quitting_writes_pending_edits(qtbot, library, catalog, ops):
    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    host = QMainWindow()
    qtbot.addWidget(host)
    ui = ConversationUi(host, library, catalog, ops)
    window = ui.open_conversation(session.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.workspace.navigate(THEME, ER, SOCIAL)
    field = editor(window, NoteKind.IMPROVE)
    field.setPlainText("Net getypt, nog niet bewaard")
    assert field.has_pending
    ui.flush_all()  # what QApplication.aboutToQuit triggers
    assert stored(library, session.id, ER, SOCIAL, NoteKind.IMPROVE) == (
        "Net getypt, nog niet bewaard"
    )
    ui.close_all()


def test_ctrl_z_in_a_participant_field_undoes_through_the_operations(qtbot, library, ops,
                                                                     open_window):
    session = make_session(ops)
    window = open_window(session.id)
    window.workspace.navigate(DETAILS)
    row = window.workspace.details_page.participants.rows[0]
    row.name.setFocus()
    qtbot.keyClicks(row.name, "Sam")
    qtbot.keyClick(row.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    people = library.rows(Participant, "session_id = ?", (session.id,))
    assert people[0].name == ""
    assert window.workspace.details_page.participants.rows[0].name.text() == ""


def test_action_plan_is_the_last_step(qtbot, library, catalog, ops):
    from praatplaat_app.ui.conversation.workspace import PLAN

    session = make_session(ops)
    ops.set_indicator_chosen(session.id, ER, True)
    ops.set_note(session.id, ER, SOCIAL, "improve", "Vaker samen evalueren met de docënt")
    note = library.note(session.id, ER, SOCIAL, "improve")
    draft = ops.note_to_draft_action(note.id)
    host = QMainWindow()
    qtbot.addWidget(host)
    ui = ConversationUi(host, library, catalog, ops)
    window = ui.open_conversation(session.id)
    qtbot.addWidget(window)
    last_theme = catalog.themes_for(ER)[-1].id
    window.workspace.navigate(THEME, ER, last_theme)
    window.workspace.step_item(+1)
    assert window.workspace._position == (PLAN, "", "")
    plan = window.workspace.plan_page
    assert window.workspace.stack.currentWidget() is plan
    # The draft made from the note waits there for confirmation.
    row = plan.drafts.row_for(draft.id)
    assert row is not None and "docënt" in row.text.text()
    window.close()


def test_new_conversation_uses_the_default_facilitator_from_the_settings():
    from praatplaat_app.ui.conversation.new_conversation_dialog import default_facilitator
    from praatplaat_app.ui.settings import Settings

    Settings().default_facilitator = "Joëlle de Vries"
    assert default_facilitator() == "Joëlle de Vries"
