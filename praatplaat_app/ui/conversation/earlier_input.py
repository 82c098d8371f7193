"""What the students said earlier, shown read-only in the later conversations.

The method: "usually first the students who followed the route, then teachers and
supervisors and/or practice trainers, sometimes all together; the students' input is
carried into the later conversations." In a staff or joint conversation the notes of the
route's earlier student conversation(s) on the same indicator and theme are shown beside
the facilitator's own fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from praatplaat_app.domain import Conversation, Session, SessionKind
from praatplaat_app.store import Library
from praatplaat_app.ui.conversation.common import format_date

# Conversations that get the students' input beside their own fields.
RECEIVING_KINDS = frozenset({SessionKind.STAFF.value, SessionKind.JOINT.value})
SOURCE_KINDS = (SessionKind.STUDENTS.value,)
EARLIER_BG = "#FFF8E1"


@dataclass(frozen=True)
class EarlierEntry:
    date_text: str
    text: str


class EarlierInput:
    """The route's earlier student conversations (newest first), read once."""

    def __init__(self, conversations: list[Conversation]) -> None:
        self.conversations = conversations

    @classmethod
    def load(cls, library: Library, session: Session) -> EarlierInput | None:
        """None when this kind of conversation does not carry student input."""
        if session.kind not in RECEIVING_KINDS:
            return None
        sessions = library.earlier_sessions(session, list(SOURCE_KINDS))
        return cls([library.conversation(s.id) for s in sessions])

    @property
    def empty(self) -> bool:
        return not self.conversations

    def dates_only_text(self) -> str:
        """The dates of the student conversations, e.g. "03-02-2025, 10-03-2025"."""
        return ", ".join(format_date(c.session.date) for c in self.conversations)

    def dates_text(self) -> str:
        dates = [format_date(c.session.date) for c in self.conversations]
        if not dates:
            return ""
        if len(dates) == 1:
            return QCoreApplication.translate("EarlierInput", "studentengesprek van {date}").format(
                date=dates[0]
            )
        return QCoreApplication.translate("EarlierInput", "studentengesprekken van {dates}").format(
            dates=", ".join(dates)
        )

    def entries(self, indicator_id: str, theme_id: str, kind: str) -> list[EarlierEntry]:
        result = []
        for conv in self.conversations:
            note = conv.note(indicator_id, theme_id, kind)
            if note is None or note.private or not note.text.strip():
                continue
            result.append(EarlierEntry(format_date(conv.session.date), note.text))
        return result

    def discussed_indicator(self, indicator_id: str) -> bool:
        return any(indicator_id in c.indicator_ids for c in self.conversations)

    def text(self, indicator_id: str, theme_id: str, kind: str) -> str:
        entries = self.entries(indicator_id, theme_id, kind)
        if len(entries) == 1 or len(self.conversations) == 1:
            return "\n\n".join(e.text for e in entries)
        return "\n\n".join(f"[{e.date_text}]\n{e.text}" for e in entries)


class EarlierInputBox(QWidget):
    """A small read-only box: "Studenten zeiden (12-03-2025)" and their note."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setItalic(True)
        self.header.setFont(font)
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setUndoRedoEnabled(False)
        self.view.setTabChangesFocus(True)
        self.view.setStyleSheet(f"QPlainTextEdit {{ background: {EARLIER_BG}; color: #3A3A3A; }}")
        line = self.view.fontMetrics().lineSpacing()
        self.view.setMinimumHeight(int(line * 2.5))
        self.view.setMaximumHeight(int(line * 6.5))
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.header.setBuddy(self.view)
        layout.addWidget(self.header)
        layout.addWidget(self.view)
        self.set_text("", "")

    def set_text(self, text: str, source: str) -> None:
        self.header.setText(
            self.tr("Inbreng studenten ({source})").format(source=source)
            if source
            else self.tr("Inbreng studenten")
        )
        self.view.setAccessibleName(
            self.tr("Inbreng studenten, {what} (alleen lezen)").format(what=self.what.lower())
        )
        if text.strip():
            self.view.setPlainText(text)
        else:
            self.view.setPlainText("")
        self.view.setPlaceholderText(self.tr("De studenten hebben hier niets over genoteerd."))

    def text(self) -> str:
        return self.view.toPlainText()
