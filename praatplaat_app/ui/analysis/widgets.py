"""Small pieces the analysis screens share: colours and labels."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel

MUTED = "#5A6570"
LATE = "#B3261E"
SOON = "#8A5A00"
GOOD = "#2F6B3A"
# By follow-up state (FollowUpState values; plain strings so this module needs no core).
STATE_COLORS = {"overdue": LATE, "due": SOON, "held": GOOD}
PDF_FILTER = QT_TRANSLATE_NOOP("Analysis", "PDF-bestanden (*.pdf)")



def esc(text: str | None) -> str:
    import html  # not at import time: this module is loaded before the first frame

    return html.escape(text or "").replace("\n", "<br>")


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED};")
    return label

