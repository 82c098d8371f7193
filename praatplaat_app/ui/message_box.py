"""The app's plain message box: a warning or a piece of information with an OK button.

Text is shown as plain text (a route name with ``<`` stays as typed), and the box is named
for screen readers. Light on purpose: screens built before the first frame import it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def message(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str = "",
    *,
    error: bool = True,
) -> None:
    """A warning (``error=True``) or information box; returns when it is closed."""
    box = QMessageBox(
        QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(informative)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    ok = box.button(QMessageBox.StandardButton.Ok)
    ok.setText("OK")
    ok.setAccessibleName("OK")
    box.exec()
