"""Starting a new conversation: the route (existing or new), the kind of conversation, the
date, the facilitator, the participants, and the context, target group and phase.

One dialog in three numbered parts, so a facilitator sees at once what is needed. Nothing
is written until "Gesprek starten"; a field with a problem says so in Dutch (red border,
a line under the field) and nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.domain import SESSION_KIND_LABELS, Route, SessionKind
from praatplaat_app.errors import PraatplaatError, ValidationError
from praatplaat_app.indicators.catalog import Catalog
from praatplaat_app.operations import Operations
from praatplaat_app.store import Library
from praatplaat_app.ui.conversation.common import (
    ERROR_STYLE,
    error_label,
    format_date,
    from_qdate,
    set_error,
    settings,
)
from praatplaat_app.ui.conversation.participants_editor import (
    ParticipantsEditor,
    split_organisations,
)
from praatplaat_app.ui.conversation.route_form import RouteForm
from praatplaat_app.ui.i18n import date_edit_format
from praatplaat_app.validation import parse_date

NEW_ROUTE = ""
KIND_HINTS = {
    SessionKind.STUDENTS: QT_TRANSLATE_NOOP(
        "NewConversationDialog",
        "Meestal het eerste gesprek: met de studenten die de route volgden.",
    ),
    SessionKind.STAFF: QT_TRANSLATE_NOOP(
        "NewConversationDialog",
        "Met docenten, werkbegeleiders en/of praktijkopleiders; de inbreng van "
        "de studenten staat erbij.",
    ),
    SessionKind.JOINT: QT_TRANSLATE_NOOP(
        "NewConversationDialog",
        "Studenten, docenten en werkbegeleiders samen; de inbreng van de studenten staat erbij.",
    ),
    SessionKind.FOLLOW_UP: QT_TRANSLATE_NOOP(
        "NewConversationDialog", "Ongeveer een half jaar later: wat is er met de acties gebeurd?"
    ),
}
LAST_FACILITATOR_KEY = "conversation/last_facilitator"


def _group_title(number: int, text: str) -> str:
    return f"{number}. {text}"


class NewConversationDialog(QDialog):
    """Fill in, then "Gesprek starten": creates the route (if new) and the conversation."""

    def __init__(
        self,
        library: Library,
        catalog: Catalog,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        route_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self.session_id: str | None = None
        self.route_id: str | None = None
        self.setWindowTitle(self.tr("Nieuw gesprek"))
        self.setAccessibleName(self.tr("Nieuw gesprek"))
        self.setStyleSheet(ERROR_STYLE)
        self.setSizeGripEnabled(True)

        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Vul in wat u weet; alleen de route is verplicht. Namen van deelnemers mogen leeg "
                "blijven."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)

        # ---------------------------------------------------------------- 1. route
        route_box = QGroupBox(_group_title(1, self.tr("Route")), body)
        route_layout = QVBoxLayout(route_box)
        route_row = QHBoxLayout()
        route_label = QLabel(self.tr("&Route"), route_box)
        self.route_combo = QComboBox(route_box)
        self.route_combo.setAccessibleName(self.tr("Route"))
        self.route_combo.addItem(self.tr("Nieuwe route aanmaken"), NEW_ROUTE)
        routes = library.routes()
        for route in routes:
            self.route_combo.addItem(route.name, route.id)
        route_label.setBuddy(self.route_combo)
        route_row.addWidget(route_label)
        route_row.addWidget(self.route_combo, 1)
        route_layout.addLayout(route_row)
        self.route_summary = QLabel(route_box)
        self.route_summary.setWordWrap(True)
        self.route_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.route_summary.setAccessibleName(self.tr("Gegevens van de gekozen route"))
        self.route_summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        route_layout.addWidget(self.route_summary)
        self.route_form = RouteForm(route_box)
        route_layout.addWidget(self.route_form)
        route_layout.addStretch(1)
        columns.addWidget(route_box, 5)

        right = QVBoxLayout()
        columns.addLayout(right, 6)

        # ---------------------------------------------------------------- 2. conversation
        talk_box = QGroupBox(_group_title(2, self.tr("Het gesprek")), body)
        form = QFormLayout(talk_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kinds = QWidget(talk_box)
        kinds_grid = QGridLayout(kinds)
        kinds_grid.setContentsMargins(0, 0, 0, 0)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for n, (value, label) in enumerate(SESSION_KIND_LABELS.items()):
            button = QRadioButton(label, kinds)
            button.setAccessibleName(self.tr("Soort gesprek: {kind}").format(kind=label))
            button.setToolTip(self.tr(KIND_HINTS.get(value, "")) if value in KIND_HINTS else "")
            self.kind_group.addButton(button, n)
            self.kind_buttons[str(value)] = button
            kinds_grid.addWidget(button, n // 2, n % 2)
        self.kind_hint = QLabel(talk_box)
        self.kind_hint.setWordWrap(True)
        self.kind_hint.setStyleSheet("color: palette(placeholder-text);")
        kinds_grid.addWidget(self.kind_hint, 2, 0, 1, 2)
        form.addRow(self.tr("Soort gesprek"), kinds)
        self.kind_group.idToggled.connect(self._kind_toggled)

        self.date = QDateEdit(talk_box)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_edit_format())
        self.date.setDate(QDate.currentDate())
        self.date.setAccessibleName(self.tr("Datum van het gesprek"))
        self.date.setToolTip(self.tr("dd-mm-jjjj; klik op het pijltje voor een kalender"))
        self.date_error = error_label(talk_box)
        self.date.dateChanged.connect(lambda _d: set_error(self.date, self.date_error, ""))
        date_box = QWidget(talk_box)
        date_col = QVBoxLayout(date_box)
        date_col.setContentsMargins(0, 0, 0, 0)
        date_col.setSpacing(2)
        date_col.addWidget(self.date)
        date_col.addWidget(self.date_error)
        date_label = QLabel(self.tr("&Datum"), talk_box)
        date_label.setBuddy(self.date)
        form.addRow(date_label, date_box)

        self.facilitator = self._line(talk_box, self.tr("Gespreksleider"), self.tr("uw naam"))
        self.facilitator.setText(default_facilitator())
        self._add_row(form, self.tr("&Gespreksleider"), self.facilitator)
        self.context = self._line(
            talk_box,
            self.tr("Context"),
            self.tr("bijvoorbeeld: na de eerste stageperiode, op locatie"),
        )
        self._add_row(form, self.tr("&Context"), self.context)
        self.target_group = self._line(
            talk_box,
            self.tr("Doelgroep"),
            self.tr("bijvoorbeeld: eerstejaars studenten Verzorgende-IG"),
        )
        self._add_row(form, self.tr("Doel&groep"), self.target_group)
        self.phase = self._line(
            talk_box,
            self.tr("Fase van de innovatie"),
            self.tr("bijvoorbeeld: pilot, tweede cohort"),
        )
        self._add_row(form, self.tr("&Fase van de innovatie"), self.phase)
        right.addWidget(talk_box)

        # ---------------------------------------------------------------- 3. participants
        people_box = QGroupBox(_group_title(3, self.tr("Deelnemers")), body)
        people_layout = QVBoxLayout(people_box)
        self.participants = ParticipantsEditor(people_box)
        people_layout.addWidget(self.participants)
        right.addWidget(people_box, 1)

        # ---------------------------------------------------------------- buttons
        self.form_error = error_label(self)
        outer.addWidget(self.form_error)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("Gesprek starten"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setAccessibleName(self.tr("Gesprek starten"))
        self.start_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.route_combo.currentIndexChanged.connect(self._route_changed)
        self.route_form.fields["organisations"].textChanged.connect(self._organisations_changed)
        if route_id:
            self.select_route(route_id)
        else:
            self._route_changed()
        self.kind_buttons[SessionKind.STUDENTS.value].setChecked(True)
        self._suggest_kind()
        self._fit_to_screen()
        (self.route_form.name_edit if not route_id else self.facilitator).setFocus()

    # ---------------------------------------------------------------- helpers

    def _line(self, parent: QWidget, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setMaxLength(5000)
        return edit

    def _add_row(self, form: QFormLayout, label: str, field: QWidget) -> None:
        caption = QLabel(label, field.parentWidget())
        caption.setBuddy(field)
        form.addRow(caption, field)

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1120, 700
        if screen is not None:
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.92))
        self.resize(width, height)

    # ---------------------------------------------------------------- route

    def select_route(self, route_id: str) -> None:
        index = self.route_combo.findData(route_id)
        if index >= 0:
            self.route_combo.setCurrentIndex(index)
            self._route_changed()

    def selected_route_id(self) -> str:
        return self.route_combo.currentData() or NEW_ROUTE

    def _route_changed(self) -> None:
        route_id = self.selected_route_id()
        new = route_id == NEW_ROUTE
        self.route_form.setVisible(new)
        self.route_summary.setVisible(not new)
        self.form_error.hide()
        if new:
            self._organisations_changed()
            return
        route = self.library.get(Route, route_id)
        lines = []
        for label, value in (
            (self.tr("Organisaties"), route.organisations),
            (self.tr("Opleidingen en niveaus"), route.programmes),
            (self.tr("Aanleiding en doel"), route.reason_goal),
            (self.tr("Vorm"), route.form),
            (self.tr("Fase"), route.phase),
            (self.tr("Coördinator"), route.coordinator),
        ):
            if value.strip():
                text = value.strip()
                if len(text) > 300:
                    text = text[:297] + "…"
                lines.append(f"{label}: {text}")
        sessions = self.library.list_sessions(limit=None, route_id=route_id)
        if sessions:
            last = sessions[0]
            lines.append(
                self.tr("Eerdere gesprekken: {count} (laatste: {kind}, {date})").format(
                    count=len(sessions), kind=last.kind_label.lower(), date=format_date(last.date)
                )
            )
        self.route_summary.setText(
            "\n\n".join(lines) or self.tr("Van deze route zijn nog geen gegevens ingevuld.")
        )
        self.participants.set_known_organisations(split_organisations(route.organisations))
        if not self.phase.text().strip() and route.phase:
            self.phase.setText(route.phase)
        self._suggest_kind()

    def _organisations_changed(self) -> None:
        if self.selected_route_id() == NEW_ROUTE:
            text = self.route_form.values()["organisations"]
            self.participants.set_known_organisations(split_organisations(text))

    def _suggest_kind(self) -> None:
        """After a student conversation on this route, a staff conversation is likely next."""
        route_id = self.selected_route_id()
        if route_id == NEW_ROUTE:
            return
        kinds = {s.kind for s in self.library.list_sessions(limit=None, route_id=route_id)}
        if SessionKind.STUDENTS.value in kinds and self.kind() == SessionKind.STUDENTS.value:
            self.kind_buttons[SessionKind.STAFF.value].setChecked(True)

    # ---------------------------------------------------------------- kind

    def kind(self) -> str:
        for value, button in self.kind_buttons.items():
            if button.isChecked():
                return value
        return SessionKind.STUDENTS.value

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[str(kind)].setChecked(True)

    def _kind_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.kind_hint.setText(
                self.tr(KIND_HINTS[self.kind()]) if self.kind() in KIND_HINTS else ""
            )

    # ---------------------------------------------------------------- accept

    def validate(self) -> bool:
        """Check everything before anything is written; show every problem at once."""
        ok = True
        first: QWidget | None = None
        self.route_form.clear_errors()
        if self.selected_route_id() == NEW_ROUTE:
            name = self.route_form.values()["name"]
            message = ""
            if not name:
                message = self.tr(
                    "Vul de naam van de route in, bijvoorbeeld ‘Flexstage Noorderpoort’."
                )
            elif self.library.route_by_name(name) is not None:
                message = self.tr(
                    "Er bestaat al een route met de naam ‘{name}’. Kies die route "
                    "bovenaan, of geef deze route een andere naam."
                ).format(name=name)
            if message:
                self.route_form.show_error("name", message)
                first = first or self.route_form.name_edit
                ok = False
        date = self._date_or_error()
        if date is None:
            first = first or self.date
            ok = False
        if not self.participants.validate():
            first = first or self.participants.first_invalid_field()
            ok = False
        if not ok:
            self.form_error.setText(
                self.tr("Nog niet alles klopt: zie de rode meldingen hierboven.")
            )
            self.form_error.show()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.form_error.hide()
        return ok

    def _date_or_error(self) -> dt.date | None:
        try:
            date = parse_date(self.date.text(), "date")
        except ValidationError as exc:
            set_error(self.date, self.date_error, exc.message)
            return None
        if not self.date.hasAcceptableInput() or from_qdate(self.date.date()) != date:
            set_error(
                self.date,
                self.date_error,
                self.tr("Deze datum bestaat niet. Controleer dag en maand (dd-mm-jjjj)."),
            )
            return None
        set_error(self.date, self.date_error, "")
        return date

    def accept(self) -> None:  # noqa: D401 - Qt API
        if not self.validate():
            return
        date = self._date_or_error()
        assert date is not None
        try:
            route_id = self.selected_route_id()
            if route_id == NEW_ROUTE:
                values = self.route_form.values()
                route = self.ops.create_route(values.pop("name"), **values)
                route_id = route.id
                # Should the conversation fail below, the route is now chosen, not made twice.
                self.route_combo.addItem(route.name, route.id)
                self.route_combo.setCurrentIndex(self.route_combo.count() - 1)
            session = self.ops.create_session(
                route_id,
                self.kind(),
                date,
                participants=self.participants.participants(),
                facilitator=self.facilitator.text().strip(),
                context=self.context.text().strip(),
                target_group=self.target_group.text().strip(),
                phase=self.phase.text().strip(),
            )
        except ValidationError as exc:
            self._show_validation_error(exc)
            return
        except PraatplaatError as exc:
            self.form_error.setText(exc.message)
            self.form_error.show()
            return
        self.route_id = route_id
        self.session_id = session.id
        if self.facilitator.text().strip():
            settings().setValue(LAST_FACILITATOR_KEY, self.facilitator.text().strip())
        super().accept()

    def _show_validation_error(self, exc: ValidationError) -> None:
        field = exc.field or ""
        if field == "date":
            set_error(self.date, self.date_error, exc.message)
        elif field == "role":
            self.participants.show_error(exc.message)
        elif not self.route_form.show_error(field, exc.message):
            self.form_error.setText(exc.message)
        self.form_error.setText(exc.message)
        self.form_error.show()


__all__ = ["NewConversationDialog"]


def default_facilitator() -> str:
    """The facilitator's name from the settings, else the one used last time."""
    from praatplaat_app.ui.settings import Settings

    chosen = (Settings().default_facilitator or "").strip()
    return chosen or str(settings().value(LAST_FACILITATOR_KEY, "") or "")
