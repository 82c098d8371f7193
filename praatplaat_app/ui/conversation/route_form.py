"""The fields of a route: name, organisations, programmes and levels, reason & goal, form,
phase of the innovation and coordinator. Used in the new-conversation dialog."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.domain import Route
from praatplaat_app.ui.conversation.common import error_label, set_error

# field name -> (label, placeholder, multi-line)
ROUTE_FIELDS: dict[str, tuple[str, str, bool]] = {
    "name": (
        QT_TRANSLATE_NOOP("RouteForm", "Naam van de route *"),
        QT_TRANSLATE_NOOP("RouteForm", "bijvoorbeeld Flexstage Noorderpoort"),
        False,
    ),
    "organisations": (
        QT_TRANSLATE_NOOP("RouteForm", "Organisaties"),
        QT_TRANSLATE_NOOP("RouteForm", "scholen en zorg- of welzijnsorganisaties"),
        False,
    ),
    "programmes": (
        QT_TRANSLATE_NOOP("RouteForm", "Opleidingen en niveaus"),
        QT_TRANSLATE_NOOP("RouteForm", "bijvoorbeeld Verzorgende-IG, niveau 3"),
        False,
    ),
    "reason_goal": (
        QT_TRANSLATE_NOOP("RouteForm", "Aanleiding en doel"),
        QT_TRANSLATE_NOOP("RouteForm", "Waarom is de route gestart, en wat wil ze bereiken?"),
        True,
    ),
    "form": (
        QT_TRANSLATE_NOOP("RouteForm", "Vorm"),
        QT_TRANSLATE_NOOP("RouteForm", "Hoe ziet de route eruit?"),
        True,
    ),
    "phase": (
        QT_TRANSLATE_NOOP("RouteForm", "Fase van de innovatie"),
        QT_TRANSLATE_NOOP("RouteForm", "bijvoorbeeld idee, pilot, eerste jaar, uitgerold"),
        False,
    ),
    "coordinator": (
        QT_TRANSLATE_NOOP("RouteForm", "Coördinator"),
        QT_TRANSLATE_NOOP("RouteForm", "naam van de coördinator van de route"),
        False,
    ),
}


class _ShortText(QPlainTextEdit):
    """A two-line text box; Tab moves on instead of typing a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(int(line * 2.6 + 12))


class RouteForm(QWidget):
    """Editable route fields with an inline error line under each field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, (label_text, placeholder, multi) in ROUTE_FIELDS.items():
            label_text, placeholder = self.tr(label_text), self.tr(placeholder)
            edit: QLineEdit | QPlainTextEdit
            if multi:
                edit = _ShortText(self)
            else:
                edit = QLineEdit(self)
                edit.setMaxLength(2000)
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(label_text.rstrip(" *"))
            edit.setObjectName(f"route_{name}")
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(edit)
            error = error_label(holder)
            column.addWidget(error)
            label = QLabel(label_text, self)
            label.setBuddy(edit)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.addRow(label, holder)
            self.fields[name] = edit
            self.errors[name] = error
            if name == "name":
                edit.textChanged.connect(lambda _t="", n=name: self.show_error(n, ""))
        self.name_edit = self.fields["name"]

    # ------------------------------------------------------------------ values

    def values(self) -> dict[str, str]:
        result = {}
        for name, edit in self.fields.items():
            text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            result[name] = text.strip()
        return result

    def set_values(self, route: Route | dict[str, str]) -> None:
        for name, edit in self.fields.items():
            value = getattr(route, name, "") if isinstance(route, Route) else route.get(name, "")
            if isinstance(edit, QLineEdit):
                edit.setText(value or "")
            else:
                edit.setPlainText(value or "")

    def show_error(self, field: str, message: str) -> bool:
        """Show an error for ``field``; False when the form has no such field."""
        if field not in self.fields:
            return False
        set_error(self.fields[field], self.errors[field], message)
        return True

    def clear_errors(self) -> None:
        for name in self.fields:
            self.show_error(name, "")

    def first_error_field(self) -> QWidget | None:
        for name, edit in self.fields.items():
            if self.errors[name].isVisibleTo(self):
                return edit
        return None
