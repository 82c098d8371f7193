"""A text field bound to one note, saved as it is typed.

Every keystroke restarts a short timer (:data:`DEBOUNCE_MS`); when it fires, the text
goes to ``ops.set_note``. Leaving the field, binding it to another note, closing the
conversation or quitting writes at once (:meth:`NoteEditor.flush`). There is no save
button and nothing to lose.

Undo lives in the operations layer, not in the widget: the field's own undo is off and
Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) go to the ``undo``/``redo`` handlers given by the screen.
After an undo the screen calls :meth:`NoteEditor.show_text`, which changes only the part
of the text that differs, so the caret and the scroll position stay where they were.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from praatplaat_app.errors import PraatplaatError
from praatplaat_app.operations import Operations
from praatplaat_app.ui.conversation.common import DEBOUNCE_MS, emit


class NoteKey(NamedTuple):
    session_id: str
    indicator_id: str
    theme_id: str
    kind: str


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units (what Qt's text positions count)."""
    return len(text.encode("utf-16-le")) // 2


def is_undo_key(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def is_redo_key(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Redo):
        return True
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    return (event.key() == Qt.Key.Key_Z and mods == ctrl | shift) or (
        event.key() == Qt.Key.Key_Y and mods == ctrl
    )


class NoteEditor(QPlainTextEdit):
    """A plain-text note field with debounced autosave through the operations layer."""

    saved = Signal()
    failed = Signal(str)  # a Dutch message (e.g. a note over a million characters)

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        accessible_name: str | None = None,
        placeholder: str = "",
        writer: Callable[[NoteKey, str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.key: NoteKey | None = None
        self._writer = writer
        self._loading = False
        self._dirty = False
        self.undo_handler: Callable[[], object] | None = None
        self.redo_handler: Callable[[], object] | None = None
        self.extra_menu: Callable[[QContextMenuEvent], list] | None = None
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Notitie") if accessible_name is None else accessible_name)
        self.setPlaceholderText(placeholder)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._on_text_changed)
        self.setEnabled(False)

    # ---------------------------------------------------------------- binding

    def bind(self, key: NoteKey | None, text: str | None = None) -> None:
        """Edit the note ``key`` (writing any pending text of the previous note first).

        ``text`` is the stored text when the caller has it; otherwise it is read.
        """
        self.flush()
        self.key = key
        self.setEnabled(key is not None)
        if key is None:
            self._set_whole_text("")
            return
        if text is None:
            text = self.stored_text()
        self._set_whole_text(text)

    def stored_text(self) -> str:
        if self.key is None:
            return ""
        note = self.ops.library.note(*self.key)
        return note.text if note is not None and not note.deleted else ""

    @property
    def has_pending(self) -> bool:
        return self._dirty

    # ---------------------------------------------------------------- saving

    def flush(self) -> bool:
        """Write pending text now. False when it could not be stored (message emitted)."""
        self._timer.stop()
        if not self._dirty or self.key is None:
            self._dirty = False
            return True
        text = self.toPlainText()
        try:
            if self._writer is not None:
                self._writer(self.key, text)
            else:
                self.ops.set_note(*self.key, text)
        except PraatplaatError as exc:
            # Keep the text in the field (nothing is lost) and say what is wrong.
            emit(self.failed, exc.message)
            return False
        self._dirty = False
        emit(self.saved)
        return True

    def _on_text_changed(self) -> None:
        if self._loading or self.key is None:
            return
        self._dirty = True
        self._timer.start()

    # ---------------------------------------------------------------- showing

    def show_text(self, text: str) -> None:
        """Show ``text`` from the library without moving the caret more than needed.

        Pending (unsaved) typing is never overwritten.
        """
        if self._dirty:
            return
        old = self.toPlainText()
        if old == text:
            return
        prefix = len(os.path.commonprefix([old, text]))
        max_suffix = min(len(old), len(text)) - prefix
        suffix = len(os.path.commonprefix([old[::-1][:max_suffix], text[::-1][:max_suffix]]))
        start = utf16_len(old[:prefix])
        end = start + utf16_len(old[prefix : len(old) - suffix])
        replacement = text[prefix : len(text) - suffix]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._loading = True
        try:
            cursor.insertText(replacement)
        finally:
            self._loading = False
        if self.toPlainText() != text:  # Qt normalised line ends: show the text as stored
            self._set_whole_text(text)

    def _set_whole_text(self, text: str) -> None:
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self._dirty = False

    def selected_text(self) -> str:
        """The selection as plain text ('' when nothing is selected)."""
        text = self.textCursor().selectedText()
        return text.replace("\u2029", "\n").replace("\u2028", "\n")

    # ---------------------------------------------------------------- events

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt API
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if is_undo_key(event) or is_redo_key(event):
                # Handle it in keyPressEvent, through the operations layer.
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if is_redo_key(event):
            self.flush()
            if self.redo_handler is not None:
                self.redo_handler()
            else:
                self.ops.redo()
            event.accept()
            return
        if is_undo_key(event):
            self.flush()
            if self.undo_handler is not None:
                self.undo_handler()
            else:
                self.ops.undo()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.flush()
        self.ops.undo_stack.break_merge()
        super().focusOutEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            # The widget's own undo is off; the window's Ctrl+Z works instead.
            if (
                action.text()
                .replace("&", "")
                .lower()
                .startswith(("undo", "redo", "ongedaan", "opnieuw"))
            ):
                action.setVisible(False)
        if self.extra_menu is not None:
            extra = self.extra_menu(event)
            if extra:
                menu.insertSeparator(menu.actions()[0] if menu.actions() else None)
                for action in reversed(extra):
                    menu.insertAction(menu.actions()[0], action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.flush()
        super().hideEvent(event)


class OpsLineEdit(QLineEdit):
    """A one-line field whose Ctrl+Z / Ctrl+Shift+Z go to the operations layer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_handler: Callable[[], object] | None = None
        self.redo_handler: Callable[[], object] | None = None

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt API
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.undo_handler is not None
            and (is_undo_key(event) or is_redo_key(event))
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if is_redo_key(event) and self.redo_handler is not None:
            emit(self.editingFinished)
            self.redo_handler()
            return
        if is_undo_key(event) and self.undo_handler is not None:
            emit(self.editingFinished)
            self.undo_handler()
            return
        super().keyPressEvent(event)
