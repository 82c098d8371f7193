"""Follow-up agreements ("vervolgafspraken"), and the input fields the action plan shares.

The fields leave Ctrl+Z / Ctrl+Shift+Z to the window: every edit is already stored
through the operations, whose undo history is the one the Edit menu shows. A field
with its own undo history would answer Ctrl+Z with a different, half-known past.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from praatplaat_app.domain import FollowUp, Session
from praatplaat_app.errors import PraatplaatError, ValidationError
from praatplaat_app.formatting import short_date
from praatplaat_app.operations.action_plan import due_date_warning
from praatplaat_app.validation import parse_date

COMMIT_DELAY_MS = 400  # typing pauses this long → stored (autosave within a second)
DATE_PLACEHOLDER = "dd-mm-jjjj"
ERROR_COLOR = "#b00020"
WARNING_COLOR = "#8a5300"


def _undo_keys() -> tuple[QKeySequence, ...]:
    # Made on use: key sequences need a running application.
    return (
        QKeySequence(QKeySequence.StandardKey.Undo),
        QKeySequence(QKeySequence.StandardKey.Redo),
        QKeySequence("Ctrl+Z"),
        QKeySequence("Ctrl+Shift+Z"),
        QKeySequence("Ctrl+Y"),
    )


def is_undo_redo_key(event: QKeyEvent) -> bool:
    """Whether ``event`` is one of the window's undo/redo shortcuts."""
    combo = QKeySequence(event.keyCombination())
    return any(combo.matches(seq) == QKeySequence.SequenceMatch.ExactMatch for seq in _undo_keys())


# ------------------------------------------------------------------- fields


class LineField(QLineEdit):
    """A one-line field whose typing is stored after a short pause.

    ``commit`` fires after :data:`COMMIT_DELAY_MS` without typing and when the
    field is left (``finished`` then fires too, to close the undo step).
    """

    commit = Signal()
    finished = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_DELAY_MS)
        self._timer.timeout.connect(self.commit)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.editingFinished.connect(self._finish)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Store what is typed now (e.g. before the selection changes)."""
        if self._timer.isActive():
            self._timer.stop()
            self.commit.emit()

    def discard_pending(self) -> None:
        """Forget typing that was not stored yet (the field shows another record now)."""
        self._timer.stop()

    def set_text_quietly(self, text: str) -> None:
        """Show a stored value without storing it again; leaves a field being typed in."""
        if self.hasFocus() and self.pending:
            return
        if self.text() != text:
            self._timer.stop()
            self.setText(text)
            self.setCursorPosition(0)

    def _finish(self) -> None:
        self.flush()
        self.finished.emit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and is_undo_redo_key(event):  # type: ignore[arg-type]
            event.ignore()  # let the window's Edit menu have it
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_undo_redo_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        _drop_undo_items(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()


class TextField(QPlainTextEdit):
    """A few lines of text, stored after a short pause; Tab moves on."""

    commit = Signal()
    finished = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setFixedHeight(height)
        self._quiet = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_DELAY_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._typed)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def text(self) -> str:
        return self.toPlainText()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.commit.emit()

    def discard_pending(self) -> None:
        self._timer.stop()

    def set_text_quietly(self, text: str) -> None:
        if self.hasFocus() and self.pending:
            return
        if self.toPlainText() != text:
            self._quiet = True
            try:
                self.setPlainText(text)
            finally:
                self._quiet = False

    def _typed(self) -> None:
        if not self._quiet:
            self._timer.start()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.flush()
        self.finished.emit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and is_undo_redo_key(event):  # type: ignore[arg-type]
            event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_undo_redo_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        _drop_undo_items(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()


def _drop_undo_items(menu: QMenu) -> None:
    for action in list(menu.actions()):
        if action.objectName() in ("edit-undo", "edit-redo"):
            menu.removeAction(action)
    actions = menu.actions()
    if actions and actions[0].isSeparator():
        menu.removeAction(actions[0])


class DateField(QWidget):
    """A date that may be empty: typed as dd-mm-jjjj or picked from a calendar.

    ``committed`` fires when a valid date (or an empty field) is entered; an
    impossible date shows a message under the field and is not stored.
    """

    committed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.edit = LineField(accessible_name, self)
        self.edit.setPlaceholderText(DATE_PLACEHOLDER)
        self.edit.setToolTip(
            self.tr(
                "Typ een datum als dd-mm-jjjj, bijvoorbeeld 14-03-2025, of kies hem in de "
                "kalender. Laat het veld leeg als er nog geen datum is."
            )
        )
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00-00-00000") + 24)
        self.edit.commit.connect(self._typed)
        self.edit.returnPressed.connect(self._typed)

        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Kalender"))
        self.calendar_button.setAccessibleName(
            self.tr("Kalender: {name}").format(name=accessible_name)
        )
        self.calendar_button.setToolTip(self.tr("Een datum kiezen in de kalender"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget(menu)
        if QLocale().language() == QLocale.Language.English:  # English UI (see ui/i18n.py)
            self.calendar.setLocale(QLocale())
        else:
            self.calendar.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(
            self.tr("Kalender voor {name}").format(name=accessible_name.lower())
        )
        self.calendar.clicked.connect(lambda date: self._picked(date, menu))
        self.calendar.activated.connect(lambda date: self._picked(date, menu))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.setMenu(menu)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(
            self.tr("Melding bij {name}").format(name=accessible_name.lower())
        )
        self.message.hide()
        self._error = ""
        self._warning = ""

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

    # ------------------------------------------------------------------ public

    def value(self) -> dt.date | None:
        """The entered date (``None`` when empty); ValidationError when impossible."""
        text = self.edit.text().strip()
        return parse_date(text, "due") if text else None

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValidationError:
            return False
        return True

    def set_value(self, value: dt.date | None) -> None:
        if self.edit.hasFocus() and self.edit.pending:
            return
        self.edit.set_text_quietly(short_date(value))
        self.set_error("")

    def set_error(self, text: str) -> None:
        self._error = text
        self._show_message()

    def set_warning(self, text: str | None) -> None:
        self._warning = text or ""
        self._show_message()

    @property
    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def clear(self) -> None:
        self.edit.clear()
        self.set_error("")
        self.set_warning("")

    # ----------------------------------------------------------------- private

    def _show_message(self) -> None:
        text = self._error or self._warning
        color = ERROR_COLOR if self._error else WARNING_COLOR
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {color};")
        self.message.setVisible(bool(text))

    def _typed(self) -> None:
        try:
            self.value()
        except ValidationError as exc:
            self.set_error(exc.message)
            return
        self.set_error("")
        self.committed.emit()

    def _prepare_calendar(self) -> None:
        try:
            current = self.value()
        except ValidationError:
            current = None
        day = current or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, date: QDate, menu: QMenu) -> None:
        menu.close()
        self.edit.setText(short_date(dt.date(date.year(), date.month(), date.day())))
        self.set_error("")
        self.committed.emit()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


def form_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


# --------------------------------------------------------------- follow-ups


class _FollowUpCard(QFrame):
    """One follow-up agreement: date, who invites, what to prepare."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.record_id = ""
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.delete_button = QToolButton(self)
        self.delete_button.setText(self.tr("Verwijderen"))
        self.delete_button.setToolTip(self.tr("Deze afspraak verwijderen (Ctrl+Z zet haar terug)"))
        self.date = DateField(self.tr("Datum volgend gesprek"), self)
        self.who = LineField(self.tr("Wie nodigt uit"), self)
        self.who.setPlaceholderText(self.tr("Bijvoorbeeld: de routecoördinator"))
        self.prepare = TextField(self.tr("Wat voorbereiden"), self, lines=2)
        self.prepare.setPlaceholderText(self.tr("Wat neemt iedereen mee of zoekt iedereen uit?"))

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.delete_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(form_label(self.tr("&Datum volgend gesprek"), self.date.edit), self.date)
        form.addRow(form_label(self.tr("Wie &nodigt uit"), self.who), self.who)
        form.addRow(form_label(self.tr("Wat &voorbereiden"), self.prepare), self.prepare)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(head)
        layout.addLayout(form)
        self.set_number(number)

    def set_number(self, number: int) -> None:
        self.title.setText(self.tr("Afspraak {number}").format(number=number))
        self.setAccessibleName(self.tr("Vervolgafspraak {number}").format(number=number))
        self.delete_button.setAccessibleName(
            self.tr("Vervolgafspraak {number} verwijderen").format(number=number)
        )

    def show_record(self, record: FollowUp, session: Session | None) -> None:
        self.record_id = record.id
        self.date.set_value(record.date)
        self.date.set_warning(due_date_warning(session, record.date))
        self.who.set_text_quietly(record.who_invites)
        self.prepare.set_text_quietly(record.prepare)

    def flush(self) -> None:
        self.date.edit.flush()
        self.who.flush()
        self.prepare.flush()

    def reset(self) -> None:
        """Drop unsaved typing: the card is about to show another record."""
        self.record_id = ""
        for field in (self.date.edit, self.who, self.prepare):
            field.discard_pending()
        self.date.clear()


class FollowUpEditor(QGroupBox):
    """The follow-up agreements of one conversation, edited in place."""

    message = Signal(str)

    def __init__(self, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Vervolgafspraken"), parent)
        self.ops = ops
        self.setAccessibleName(self.tr("Vervolgafspraken"))
        self.session: Session | None = None
        self._cards: list[_FollowUpCard] = []
        self._focus_after_refresh: str | None = None

        self.intro = QLabel(
            self.tr(
                "Spreek af wanneer u elkaar weer ziet, wie uitnodigt en wat iedereen voorbereidt."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("Uitleg bij vervolgafspraken"))
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(6)
        self.add_button = QPushButton(self.tr("Vervolgafspraak toevoegen"), self)
        self.add_button.setAccessibleName(self.tr("Vervolgafspraak toevoegen"))
        self.add_button.setToolTip(self.tr("Een nieuwe vervolgafspraak maken"))
        self.add_button.clicked.connect(self.add_follow_up)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.cards_layout)
        layout.addWidget(self.add_button)

    # ------------------------------------------------------------------ public

    @property
    def cards(self) -> list[_FollowUpCard]:
        return list(self._cards)

    def set_records(self, session: Session | None, records: list[FollowUp]) -> None:
        """Show ``records``; cards are reused by position so typing is not disturbed."""
        self.session = session
        self.add_button.setEnabled(session is not None)
        while len(self._cards) > len(records):
            card = self._cards.pop()
            card.hide()
            card.deleteLater()
        for number, record in enumerate(records, start=1):
            if number > len(self._cards):
                card = self._new_card(number)
            else:
                card = self._cards[number - 1]
                if card.record_id != record.id:
                    card.reset()
                card.set_number(number)
            card.show_record(record, session)
        self.intro.setVisible(not records)
        if self._focus_after_refresh:
            for card in self._cards:
                if card.record_id == self._focus_after_refresh:
                    card.date.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_after_refresh = None

    def flush(self) -> None:
        for card in self._cards:
            card.flush()

    def add_follow_up(self) -> None:
        if self.session is None:
            return
        try:
            record = self.ops.add_follow_up(self.session.id)
        except PraatplaatError as exc:
            self.message.emit(exc.message)
            return
        self._focus_after_refresh = record.id
        self.message.emit(self.tr("Vervolgafspraak toegevoegd."))

    # ----------------------------------------------------------------- private

    def _new_card(self, number: int) -> _FollowUpCard:
        card = _FollowUpCard(number, self)
        self._cards.append(card)
        self.cards_layout.addWidget(card)

        def store(field: str, getter: Callable[[], Any]) -> None:
            if not shiboken6.isValid(card) or not card.record_id:
                return
            try:
                value = getter()
                self.ops.update_follow_up(card.record_id, **{field: value})
            except ValidationError as exc:
                if field == "date":
                    card.date.set_error(exc.message)
                else:
                    self.message.emit(exc.message)
                return
            except PraatplaatError as exc:
                self.message.emit(exc.message)
                return
            if field == "date":
                card.date.set_warning(due_date_warning(self.session, value))

        card.date.committed.connect(lambda: store("date", card.date.value))
        card.who.commit.connect(lambda: store("who_invites", card.who.text))
        card.prepare.commit.connect(lambda: store("prepare", card.prepare.text))
        for field in (card.who, card.prepare):
            field.finished.connect(self.ops.undo_stack.break_merge)
        card.delete_button.clicked.connect(lambda: self._delete(card))
        return card

    def _delete(self, card: _FollowUpCard) -> None:
        if not card.record_id:
            return
        try:
            self.ops.delete_follow_up(card.record_id)
        except PraatplaatError as exc:
            self.message.emit(exc.message)
            return
        self.message.emit(self.tr("Vervolgafspraak verwijderd — Ctrl+Z om te herstellen"))
