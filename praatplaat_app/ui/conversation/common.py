"""Small helpers shared by the conversation screens: messages, inline errors, dates.

Also one temporary operations helper (:func:`add_participants`) until the operations
layer has a batch method of its own (see the note there).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSettings, SignalInstance
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QWidget

from praatplaat_app import APP_NAME, ORG_NAME
from praatplaat_app.domain import Participant
from praatplaat_app.formatting import short_date
from praatplaat_app.operations import Operations

log = logging.getLogger("praatplaat.ui.conversation")


def emit(signal: SignalInstance, *args: Any) -> Any:
    """``signal.emit(*args)``. (PySide6 6.12's leaked reference to ``True`` on every emit
    is neutralised once for the whole app by :mod:`praatplaat_app.ui.qt_guard`.)"""
    return signal.emit(*args)


# Autosave: a note is written this long after the last keystroke (and at once when the
# field loses focus, the conversation closes or the app quits).
DEBOUNCE_MS = 250

ERROR_COLOR = "#B3261E"

# Red border for a field with a problem; every conversation dialog installs this sheet.
ERROR_STYLE = f"""
QLineEdit[error="true"], QPlainTextEdit[error="true"], QComboBox[error="true"],
QDateEdit[error="true"], QSpinBox[error="true"] {{
    border: 2px solid {ERROR_COLOR};
    border-radius: 3px;
}}
"""

Button = QMessageBox.StandardButton


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str = "",
    *,
    yes: str | None = None,
    no: str | None = None,
    default_yes: bool = False,
) -> bool:
    """A yes/no question with Dutch buttons. True for yes."""
    if yes is None:
        yes = QCoreApplication.translate("Common", "Ja")
    if no is None:
        no = QCoreApplication.translate("Common", "Nee")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.Yes | Button.No, parent)
    box.setInformativeText(informative)
    box.setAccessibleName(title)
    box.button(Button.Yes).setText(yes)
    box.button(Button.Yes).setAccessibleName(yes)
    box.button(Button.No).setText(no)
    box.button(Button.No).setAccessibleName(no)
    box.setDefaultButton(Button.Yes if default_yes else Button.No)
    box.setEscapeButton(Button.No)
    return box.exec() == int(Button.Yes.value)


def inform(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, Button.Ok, parent)
    box.setInformativeText(informative)
    box.setAccessibleName(title)
    box.button(Button.Ok).setText("OK")
    box.exec()


def error_label(parent: QWidget | None = None) -> QLabel:
    """An (initially hidden) red line under a field that says what is wrong."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setAccessibleName(QCoreApplication.translate("Common", "Foutmelding"))
    label.hide()
    return label


def set_error(field: QWidget, label: QLabel | None, message: str) -> None:
    """Show ``message`` for ``field`` (red border, red text); empty clears it."""
    field.setProperty("error", bool(message))
    field.style().unpolish(field)
    field.style().polish(field)
    field.update()
    base = field.property("base_description")
    if base is None:
        base = field.accessibleDescription()
        field.setProperty("base_description", base)
    field.setAccessibleDescription(
        QCoreApplication.translate("Common", "Fout: {message}").format(message=message)
        if message
        else base
    )
    if label is not None:
        label.setText(message)
        label.setVisible(bool(message))


def has_error(field: QWidget) -> bool:
    return bool(field.property("error"))


def format_date(value: dt.date | None) -> str:
    return (
        short_date(value)
        if value
        else QCoreApplication.translate("Common", "zonder datum")
    )


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date | None:
    if not value.isValid():
        return None
    return dt.date(value.year(), value.month(), value.day())


def settings() -> QSettings:
    """The app's QSettings (same file as ``ui.settings.Settings``); keys under ``conversation/``."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def add_participants(
    ops: Operations, session_id: str, people: list[dict[str, str]]
) -> list[Participant]:
    """Add several participants as ONE undo step ("4 studenten van Noorderpoort")."""
    return ops.add_participants(session_id, people)
