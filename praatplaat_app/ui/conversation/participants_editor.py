"""Who takes part: role, organisation and (optionally) a name per participant.

Names are optional: a conversation may be fully anonymous. Several participants can be
added at once ("4 studenten van Noorderpoort").

Two modes:

- *buffered* (the new-conversation dialog): rows live in the widget; read them with
  :meth:`ParticipantsEditor.participants` and check them with :meth:`validate`;
- *live* (:meth:`bind`, the conversation screen): every change goes through the
  operations layer at once (undoable), and :meth:`refresh` shows the library again
  after an undo.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.domain import ROLE_LABELS, Participant, Role
from praatplaat_app.errors import PraatplaatError, ValidationError
from praatplaat_app.operations import Operations
from praatplaat_app.ui.conversation.common import (
    DEBOUNCE_MS,
    add_participants,
    emit,
    error_label,
    set_error,
)
from praatplaat_app.ui.conversation.note_editor import OpsLineEdit

ROLE_PLURALS: dict[str, str] = {
    Role.STUDENT: QT_TRANSLATE_NOOP("ParticipantsEditor", "studenten"),
    Role.TEACHER: QT_TRANSLATE_NOOP("ParticipantsEditor", "docenten"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("ParticipantsEditor", "werkbegeleiders"),
    Role.PRACTICE_TRAINER: QT_TRANSLATE_NOOP("ParticipantsEditor", "praktijkopleiders"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("ParticipantsEditor", "coördinatoren"),
    Role.OTHER: QT_TRANSLATE_NOOP("ParticipantsEditor", "anderen"),
}
CHOOSE_ROLE = QT_TRANSLATE_NOOP("ParticipantsEditor", "Kies een rol…")
MAX_GROUP = 60


def role_combo(parent: QWidget, accessible: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("ParticipantsEditor", CHOOSE_ROLE), "")
    for role in Role:
        combo.addItem(ROLE_LABELS[role], role.value)
    combo.setAccessibleName(accessible)
    return combo


def split_organisations(text: str) -> list[str]:
    """'Noorderpoort, Zorggroep Oost en UMCG' -> three names (for suggestions)."""
    parts = re.split(r"\s*(?:,|;|/|\n| en )\s*", text or "")
    seen: list[str] = []
    for part in parts:
        part = part.strip(" .")
        if part and part not in seen:
            seen.append(part)
    return seen


class _Row:
    """The widgets of one participant."""

    @staticmethod
    def tr(text: str) -> str:
        """Like ``QObject.tr`` (this is no QObject), so that lupdate finds the texts."""
        return QCoreApplication.translate("_Row", text)

    def __init__(self, editor: ParticipantsEditor, participant_id: str | None) -> None:
        self.participant_id = participant_id
        parent = editor.rows_widget
        self.number = QLabel(parent)
        self.role = role_combo(parent, self.tr("Rol"))
        self.organisation = OpsLineEdit(parent)
        self.organisation.setPlaceholderText(self.tr("Organisatie"))
        self.organisation.setAccessibleName(self.tr("Organisatie"))
        self.organisation.setMaxLength(500)
        self.name = OpsLineEdit(parent)
        self.name.setPlaceholderText(self.tr("Naam (mag leeg blijven)"))
        self.name.setAccessibleName(self.tr("Naam (mag leeg blijven)"))
        self.name.setMaxLength(500)
        self.remove = QPushButton(self.tr("Verwijderen"), parent)
        self.remove.setAccessibleName(self.tr("Deelnemer verwijderen"))
        self.remove.setAutoDefault(False)
        self.widgets: list[QWidget] = [
            self.number,
            self.role,
            self.organisation,
            self.name,
            self.remove,
        ]
        if editor.completer is not None:
            self.organisation.setCompleter(editor.completer)
        for field in (self.organisation, self.name):
            # Live: Ctrl+Z goes to the operations layer (set by the screen); else Qt's own.
            field.undo_handler = editor.undo_handler
            field.redo_handler = editor.redo_handler

    def set_number(self, n: int) -> None:
        self.number.setText(f"{n}.")
        self.role.setAccessibleName(self.tr("Rol van deelnemer {n}").format(n=n))
        self.organisation.setAccessibleName(self.tr("Organisatie van deelnemer {n}").format(n=n))
        self.name.setAccessibleName(
            self.tr("Naam van deelnemer {n} (mag leeg blijven)").format(n=n)
        )
        self.remove.setAccessibleName(self.tr("Deelnemer {n} verwijderen").format(n=n))

    def values(self) -> dict[str, str]:
        return {
            "role": self.role.currentData() or "",
            "organisation": self.organisation.text().strip(),
            "name": self.name.text().strip(),
        }

    def set_values(self, role: str, organisation: str, name: str) -> None:
        index = self.role.findData(role)
        self.role.setCurrentIndex(max(0, index))
        if self.organisation.text() != organisation:
            self.organisation.setText(organisation)
        if self.name.text() != name:
            self.name.setText(name)

    def dispose(self) -> None:
        for widget in self.widgets:
            widget.hide()
            widget.deleteLater()


class ParticipantsEditor(QWidget):
    """A list of participants with a line to add several at once."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops: Operations | None = None
        self.session_id: str | None = None
        self.rows: list[_Row] = []
        self.completer: QCompleter | None = None
        self.undo_handler: Callable[[], object] | None = None
        self.redo_handler: Callable[[], object] | None = None
        self._dirty: set[int] = set()  # ids of rows whose text is not stored yet (live)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(DEBOUNCE_MS)
        self._save_timer.timeout.connect(self.flush)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        # -- add several at once
        group = QHBoxLayout()
        group.setSpacing(6)
        self.group_count = QSpinBox(self)
        self.group_count.setRange(1, MAX_GROUP)
        self.group_count.setValue(1)
        self.group_count.setAccessibleName(self.tr("Aantal deelnemers om toe te voegen"))
        self.group_count.setToolTip(self.tr("Hoeveel deelnemers met deze rol en organisatie"))
        self.group_role = role_combo(self, self.tr("Rol van de nieuwe deelnemers"))
        self.group_organisation = QLineEdit(self)
        self.group_organisation.setPlaceholderText(self.tr("Organisatie (bijv. Noorderpoort)"))
        self.group_organisation.setAccessibleName(self.tr("Organisatie van de nieuwe deelnemers"))
        self.group_organisation.setMaxLength(500)
        self.group_organisation.returnPressed.connect(self.add_group_from_fields)
        self.group_add = QPushButton(self.tr("Toevoegen"), self)
        self.group_add.setAccessibleName(self.tr("Deelnemers toevoegen"))
        self.group_add.setToolTip(self.tr("Voeg dit aantal deelnemers toe (namen zijn niet nodig)"))
        self.group_add.setAutoDefault(False)
        self.group_add.clicked.connect(self.add_group_from_fields)
        self.group_count.valueChanged.connect(self._update_group_button)
        self.group_role.currentIndexChanged.connect(self._update_group_button)
        count_label = QLabel(self.tr("&Aantal"), self)
        count_label.setBuddy(self.group_count)
        group.addWidget(count_label)
        group.addWidget(self.group_count)
        group.addWidget(self.group_role, 1)
        van = QLabel(self.tr("van"), self)
        group.addWidget(van)
        group.addWidget(self.group_organisation, 2)
        group.addWidget(self.group_add)
        outer.addLayout(group)
        self.group_error = error_label(self)
        outer.addWidget(self.group_error)

        # -- the rows
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setAccessibleName(self.tr("Deelnemers"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rows_widget = QWidget(self.scroll)
        self.grid = QGridLayout(self.rows_widget)
        self.grid.setContentsMargins(6, 6, 6, 6)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        for col, text in enumerate(
            ["", self.tr("Rol"), self.tr("Organisatie"), self.tr("Naam (optioneel)"), ""]
        ):
            header = QLabel(text, self.rows_widget)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, col)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(3, 2)
        self.empty_label = QLabel(
            self.tr("Nog geen deelnemers. Voeg ze hierboven toe; namen mogen leeg blijven."),
            self.rows_widget,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid);")
        self.grid.addWidget(self.empty_label, 1, 0, 1, 5)
        self._spacer_row = 2
        self.scroll.setWidget(self.rows_widget)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        outer.addWidget(self.scroll, 1)

        bottom = QHBoxLayout()
        self.add_one = QPushButton(self.tr("Eén deelnemer toevoegen"), self)
        self.add_one.setAccessibleName(self.tr("Eén deelnemer toevoegen"))
        self.add_one.setAutoDefault(False)
        self.add_one.clicked.connect(lambda: self.add_row(focus=True))
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Aantal deelnemers"))
        bottom.addWidget(self.add_one)
        bottom.addStretch(1)
        bottom.addWidget(self.summary)
        outer.addLayout(bottom)
        self.error = error_label(self)
        outer.addWidget(self.error)
        self.changed.connect(self._update_summary)
        self._update_group_button()
        self._relayout()

    # ---------------------------------------------------------------- setup

    def set_known_organisations(self, names: list[str]) -> None:
        """Suggestions while typing an organisation (e.g. from the route)."""
        self.completer = QCompleter(names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.group_organisation.setCompleter(self.completer)
        for row in self.rows:
            row.organisation.setCompleter(self.completer)

    def bind(self, ops: Operations, session_id: str) -> None:
        """Live mode: changes go to the library at once through ``ops``."""
        self.ops = ops
        self.session_id = session_id
        self.refresh()

    @property
    def live(self) -> bool:
        return self.ops is not None and self.session_id is not None

    # ---------------------------------------------------------------- values

    def participants(self) -> list[dict[str, str]]:
        return [row.values() for row in self.rows]

    def set_participants(self, people: list[Participant] | list[dict[str, str]]) -> None:
        """Show ``people`` (records or dicts), reusing rows so focus stays where it is."""
        wanted: list[tuple[str | None, str, str, str]] = []
        for p in people:
            if isinstance(p, Participant):
                wanted.append((p.id, p.role, p.organisation, p.name))
            else:
                wanted.append(
                    (p.get("id"), p.get("role", ""), p.get("organisation", ""), p.get("name", ""))
                )
        # Rows not yet stored (no role chosen yet) stay at the end in live mode.
        pending = [r for r in self.rows if self.live and r.participant_id is None]
        stored = [r for r in self.rows if r not in pending]
        while len(stored) > len(wanted):
            row = stored.pop()
            row.dispose()
        while len(stored) < len(wanted):
            stored.append(self._make_row(None))
        for row, (pid, role, organisation, name) in zip(stored, wanted, strict=True):
            row.participant_id = pid
            blocked = row.role.blockSignals(True)
            # Do not overwrite what is being typed in a field that is not saved yet.
            if id(row) in self._dirty:
                organisation, name = row.organisation.text(), row.name.text()
            row.set_values(role, organisation, name)
            row.role.blockSignals(blocked)
            set_error(row.role, None, "")
        self.rows = stored + pending
        self._relayout()

    def validate(self) -> bool:
        """Mark every participant without a role; True when all is well."""
        missing = []
        for n, row in enumerate(self.rows, start=1):
            if not row.values()["role"]:
                missing.append(n)
                set_error(row.role, None, self.tr("Kies een rol voor deelnemer {n}.").format(n=n))
            else:
                set_error(row.role, None, "")
        if missing:
            which = ", ".join(str(n) for n in missing)
            if len(missing) == 1:
                message = self.tr(
                    "Kies een rol voor deelnemer {which} (student, docent, werkbegeleider, "
                    "praktijkopleider, coördinator of anders). Een naam is niet nodig."
                )
            else:
                message = self.tr(
                    "Kies een rol voor deelnemers {which} (student, docent, werkbegeleider, "
                    "praktijkopleider, coördinator of anders). Een naam is niet nodig."
                )
            self.show_error(message.format(which=which))
            return False
        self.show_error("")
        return True

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def first_invalid_field(self) -> QWidget | None:
        for row in self.rows:
            if not row.values()["role"]:
                return row.role
        return None

    # ---------------------------------------------------------------- adding

    def add_group_from_fields(self) -> bool:
        role = self.group_role.currentData() or ""
        if not role:
            set_error(
                self.group_role,
                self.group_error,
                self.tr("Kies eerst een rol voor de deelnemers die u toevoegt."),
            )
            self.group_role.setFocus()
            return False
        set_error(self.group_role, self.group_error, "")
        self.add_group(self.group_count.value(), role, self.group_organisation.text().strip())
        self.group_count.setValue(1)
        return True

    def add_group(self, count: int, role: str, organisation: str = "") -> None:
        people = [{"role": role, "organisation": organisation, "name": ""} for _ in range(count)]
        if self.live:
            assert self.ops is not None and self.session_id is not None
            try:
                add_participants(self.ops, self.session_id, people)
            except ValidationError as exc:
                self.show_error(exc.message)
                return
            self.refresh()
        else:
            for person in people:
                row = self._make_row(None)
                row.set_values(person["role"], person["organisation"], "")
                self.rows.append(row)
            self._relayout()
        self.show_error("")
        emit(self.changed)

    def add_row(self, focus: bool = False) -> None:
        """An empty row; in live mode it is stored once a role is chosen."""
        row = self._make_row(None)
        self.rows.append(row)
        self._relayout()
        if focus:
            row.role.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(row.role)
        emit(self.changed)

    # ---------------------------------------------------------------- live mode

    def refresh(self) -> None:
        """Show the participants in the library (live mode)."""
        if not self.live:
            return
        assert self.ops is not None
        self.set_participants(self.ops.participants_of(self.session_id))

    def flush(self) -> None:
        """Store what was typed in organisation/name fields (live mode)."""
        self._save_timer.stop()
        if not self.live or not self._dirty:
            self._dirty.clear()
            return
        dirty, self._dirty = self._dirty, set()
        for row in list(self.rows):
            if id(row) in dirty and row.participant_id is not None:
                self._store(row)

    def _store(self, row: _Row) -> None:
        assert self.ops is not None
        values = row.values()
        try:
            if row.participant_id is None:
                if not values["role"]:
                    return
                person = self.ops.add_participant(self.session_id or "", **values)
                row.participant_id = person.id
            else:
                self.ops.update_participant(row.participant_id, **values)
            self.show_error("")
        except ValidationError as exc:
            self.show_error(exc.message)
        except PraatplaatError as exc:
            self.show_error(exc.message)

    # ---------------------------------------------------------------- internals

    def _make_row(self, participant_id: str | None) -> _Row:
        row = _Row(self, participant_id)
        row.role.currentIndexChanged.connect(lambda _i, r=row: self._role_changed(r))
        row.organisation.textEdited.connect(lambda _t, r=row: self._text_edited(r))
        row.name.textEdited.connect(lambda _t, r=row: self._text_edited(r))
        row.organisation.editingFinished.connect(self.flush)
        row.name.editingFinished.connect(self.flush)
        row.remove.clicked.connect(lambda _c=False, r=row: self._remove(r))
        return row

    def _role_changed(self, row: _Row) -> None:
        if row.values()["role"]:
            set_error(row.role, None, "")
            if self.error.isVisible() and self.first_invalid_field() is None:
                self.show_error("")
        if self.live:
            self._dirty.discard(id(row))
            self._store(row)
        emit(self.changed)

    def _text_edited(self, row: _Row) -> None:
        if self.live:
            self._dirty.add(id(row))
            self._save_timer.start()
        emit(self.changed)

    def _remove(self, row: _Row) -> None:
        index = self.rows.index(row) if row in self.rows else -1
        if self.live and row.participant_id is not None:
            assert self.ops is not None
            self._dirty.discard(id(row))
            self.ops.remove_participant(row.participant_id)
            self.refresh()
        else:
            if row in self.rows:
                self.rows.remove(row)
            row.dispose()
            self._relayout()
        # Keep the keyboard near where it was.
        if self.rows:
            target = self.rows[min(max(index, 0), len(self.rows) - 1)]
            target.remove.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.group_role.setFocus(Qt.FocusReason.OtherFocusReason)
        emit(self.changed)

    def _relayout(self) -> None:
        if not shiboken6.isValid(self):
            return
        for n, row in enumerate(self.rows, start=1):
            grid_row = n
            for col, widget in enumerate(row.widgets):
                self.grid.addWidget(widget, grid_row, col)
                widget.show()
            row.set_number(n)
        self.empty_label.setVisible(not self.rows)
        # Push rows to the top.
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        self.grid.setRowStretch(len(self.rows) + (2 if not self.rows else 1), 1)
        # Tab order: row by row.
        previous: QWidget | None = None
        for row in self.rows:
            for widget in (row.role, row.organisation, row.name, row.remove):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_one)
        self._update_summary()

    def _update_summary(self) -> None:
        counts: dict[str, int] = {}
        for row in self.rows:
            role = row.values()["role"]
            if role:
                counts[role] = counts.get(role, 0) + 1
        if not self.rows:
            self.summary.setText(self.tr("Geen deelnemers"))
            return
        parts = [
            f"{n} {ROLE_LABELS[r].lower() if n == 1 else self.tr(ROLE_PLURALS[r])}"
            for r, n in counts.items()
        ]
        total = (
            self.tr("1 deelnemer")
            if len(self.rows) == 1
            else self.tr("{count} deelnemers").format(count=len(self.rows))
        )
        self.summary.setText(total + (": " + ", ".join(parts) if parts else ""))

    def _update_group_button(self) -> None:
        n = self.group_count.value()
        role = self.group_role.currentData() or ""
        if role:
            who = ROLE_LABELS[role].lower() if n == 1 else self.tr(ROLE_PLURALS[role])
            self.group_add.setText(self.tr("{n} {who} toevoegen").format(n=n, who=who))
        else:
            self.group_add.setText(self.tr("Toevoegen"))
        self.group_add.setAccessibleName(self.group_add.text())
        if role:
            set_error(self.group_role, self.group_error, "")
