"""Typing in paper questionnaires: one row per form, one column per question.

Built for speed with one hand on the number keys: in an answer cell, typing 1–5 fills
it and jumps to the next question (at the end of a row, to the next form, adding a row
when needed); Space or "." leaves a question empty ("niet ingevuld") and moves on;
Delete or Backspace empties a cell. In the role column a letter sets the role (S
student, W werkbegeleider, D docent, P praktijkopleider, C coördinator, A anders); a
double click offers a list. The form number (written on the paper form in the box "Formulier
nr.") is filled in automatically and may be changed.

"Bewaren" checks every row first and then stores all forms with one operation (one
undo step). Rows that are completely empty are ignored.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.domain import ROLE_LABELS, Role
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.indicators import Catalog, Questionnaire

FORM_COLUMN = 0
ROLE_COLUMN = 1
FIRST_ITEM_COLUMN = 2

ROLE_KEYS: dict[str, str] = {
    "S": Role.STUDENT,
    "W": Role.SUPERVISOR,
    "D": Role.TEACHER,
    "P": Role.PRACTICE_TRAINER,
    "C": Role.COORDINATOR,
    "A": Role.OTHER,
}
ROLE_BY_LABEL = {ROLE_LABELS[r]: str(r) for r in ROLE_KEYS.values()}
ERROR_BACKGROUND = QColor("#F9DEDC")


class _RoleDelegate(QStyledItemDelegate):
    """A list of roles for mouse users (double click in the role column)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("")
        for role in ROLE_KEYS.values():
            combo.addItem(ROLE_LABELS[role])
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or ""))

    def setModelData(
        self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())  # type: ignore[attr-defined]


class _AnswerDelegate(QStyledItemDelegate):
    """Double click in an answer cell: a one-character field that takes only 1–5."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(1)
        editor.setValidator(QRegularExpressionValidator(r"^[1-5]?$", editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor


class EntryGrid(QTableWidget):
    """The grid; the keyboard handling that makes typing in forms fast lives here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_role = ""
        self.first_number = 1
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setItemDelegateForColumn(ROLE_COLUMN, _RoleDelegate(self))
        self._answer_delegate = _AnswerDelegate(self)

    # ---------------------------------------------------------------- structure

    def setup(self, questionnaire: Questionnaire, default_role: str) -> None:
        self.default_role = default_role
        self.clear()
        items = questionnaire.items
        self.setColumnCount(FIRST_ITEM_COLUMN + len(items))
        self.setRowCount(0)
        headers = [
            self.tr("Formulier"),
            self.tr("Rol"),
            *[str(n) for n in range(1, len(items) + 1)],
        ]
        self.setHorizontalHeaderLabels(headers)
        for n, item in enumerate(items, start=1):
            header = self.horizontalHeaderItem(FIRST_ITEM_COLUMN + n - 1)
            header.setToolTip(self.tr("Vraag {n}: {text}").format(n=n, text=item.text))
            self.setItemDelegateForColumn(FIRST_ITEM_COLUMN + n - 1, self._answer_delegate)
            self.setColumnWidth(FIRST_ITEM_COLUMN + n - 1, 44)
        self.horizontalHeaderItem(ROLE_COLUMN).setToolTip(
            self.tr(
                "Typ S (student), W (werkbegeleider), D (docent), P (praktijkopleider), "
                "C (coördinator) of A (anders)"
            )
        )
        self.setColumnWidth(FORM_COLUMN, 86)
        self.setColumnWidth(ROLE_COLUMN, 150)
        self.verticalHeader().setVisible(False)
        self.add_row()

    def next_form_number(self) -> int:
        numbers = []
        for row in range(self.rowCount()):
            text = self.text(row, FORM_COLUMN)
            if text.isdigit():
                numbers.append(int(text))
        return max(numbers, default=self.first_number - 1) + 1

    def add_row(self) -> int:
        number = self.next_form_number()
        row = self.rowCount()
        self.insertRow(row)
        form = QTableWidgetItem(str(number))
        form.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setItem(row, FORM_COLUMN, form)
        self.setItem(
            row,
            ROLE_COLUMN,
            QTableWidgetItem(ROLE_LABELS[self.default_role] if self.default_role else ""),
        )
        for column in range(FIRST_ITEM_COLUMN, self.columnCount()):
            cell = QTableWidgetItem("")
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, column, cell)
        return row

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_text(self, row: int, column: int, text: str) -> None:
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, column, item)
        item.setText(text)
        item.setBackground(QBrush())

    # ---------------------------------------------------------------- keyboard

    def _advance(self, row: int, column: int) -> None:
        column += 1
        if column >= self.columnCount():
            row += 1
            if row >= self.rowCount():
                self.add_row()
            column = FIRST_ITEM_COLUMN if self.text(row, ROLE_COLUMN) else ROLE_COLUMN
        self.setCurrentCell(row, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, column = self.currentRow(), self.currentColumn()
        if row < 0 or column < 0 or self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        text = event.text().upper()
        key = event.key()
        if column >= FIRST_ITEM_COLUMN:
            if text in {"1", "2", "3", "4", "5"}:
                self.set_text(row, column, text)
                self._advance(row, column)
                return
            if text in {" ", "."}:
                self.set_text(row, column, "")
                self._advance(row, column)
                return
            if text.isdigit():
                return  # 0 and 6–9 are not answers; nothing happens
        if column == ROLE_COLUMN and text in ROLE_KEYS:
            self.set_text(row, column, ROLE_LABELS[ROLE_KEYS[text]])
            self._advance(row, column)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and column != FORM_COLUMN:
            self.set_text(row, column, "")
            return
        super().keyPressEvent(event)


class PaperEntryDialog(QDialog):
    """Type in the paper forms of one conversation."""

    def __init__(
        self,
        ops: object,
        catalog: Catalog,
        session_id: str,
        questionnaire_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.catalog = catalog
        self.session_id = session_id
        self.saved: list[object] = []
        self.setWindowTitle(self.tr("Papieren vragenlijsten intypen"))
        self.setAccessibleName(self.tr("Papieren vragenlijsten intypen"))
        self.resize(1000, 620)

        self.questionnaire_combo = QComboBox(self)
        for questionnaire in catalog.questionnaires:
            self.questionnaire_combo.addItem(questionnaire.title, questionnaire.id)
        if questionnaire_id:
            index = self.questionnaire_combo.findData(questionnaire_id)
            if index >= 0:
                self.questionnaire_combo.setCurrentIndex(index)
        self.questionnaire_combo.setAccessibleName(self.tr("Vragenlijst"))
        top = QHBoxLayout()
        label = QLabel(self.tr("&Vragenlijst:"), self)
        label.setBuddy(self.questionnaire_combo)
        top.addWidget(label)
        top.addWidget(self.questionnaire_combo)
        top.addStretch(1)

        help_text = QLabel(
            self.tr(
                "Eén rij per formulier. Typ de cijfers 1 tot en met 5; na elk cijfer gaat de "
                "cursor naar de volgende vraag. Spatie = niet ingevuld. Rol: S student, "
                "W werkbegeleider, D docent, P praktijkopleider, C coördinator, A anders."
            ),
            self,
        )
        help_text.setWordWrap(True)

        self.grid = EntryGrid(self)
        self.grid.setAccessibleName(self.tr("Antwoorden per formulier"))
        self.grid.currentCellChanged.connect(self._show_question)
        self.question_label = QLabel(self)
        self.question_label.setWordWrap(True)
        self.question_label.setStyleSheet("font-weight: bold;")
        self.question_label.setAccessibleName(self.tr("De vraag van de gekozen kolom"))

        self.add_button = QPushButton(self.tr("Rij &toevoegen"), self)
        self.add_button.clicked.connect(self._add_row)
        self.remove_button = QPushButton(self.tr("Rij &verwijderen"), self)
        self.remove_button.clicked.connect(self._remove_row)
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)

        self.error = QLabel(self)
        self.error.setStyleSheet("color: #B3261E;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Bewaren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Enter in the grid must not close the dialog.
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(help_text)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.question_label)
        layout.addLayout(rows)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._questionnaire_id = ""
        self.stored_numbers: set[str] = set()
        self.questionnaire_combo.currentIndexChanged.connect(self._questionnaire_changed)
        self._questionnaire_changed()

    # ------------------------------------------------------------------ state

    @property
    def questionnaire(self) -> Questionnaire:
        return self.catalog.questionnaire(self._questionnaire_id)

    def _questionnaire_changed(self, *_: object) -> None:
        new_id = str(self.questionnaire_combo.currentData())
        if self._questionnaire_id and self.has_data():
            # Switching would lose the typed answers: keep the current questionnaire.
            self.questionnaire_combo.blockSignals(True)
            self.questionnaire_combo.setCurrentIndex(
                self.questionnaire_combo.findData(self._questionnaire_id)
            )
            self.questionnaire_combo.blockSignals(False)
            self._show_error(
                self.tr(
                    "Bewaar of wis eerst de ingetypte formulieren; daarna kunt u "
                    "een andere vragenlijst kiezen."
                )
            )
            return
        self._questionnaire_id = new_id
        questionnaire = self.questionnaire
        self.stored_numbers = self._stored_form_numbers()
        numeric = [int(n) for n in self.stored_numbers if n.isdigit()]
        self.grid.first_number = max(numeric, default=0) + 1
        default_role = Role.STUDENT.value if questionnaire.audience == "students" else ""
        self.grid.setup(questionnaire, default_role)
        self.grid.setCurrentCell(0, FIRST_ITEM_COLUMN if default_role else ROLE_COLUMN)
        self.error.hide()

    def _stored_form_numbers(self) -> set[str]:
        responses = self.ops.responses(  # type: ignore[attr-defined]
            self.session_id, self._questionnaire_id
        )
        return {
            r.respondent.removeprefix("papier-")
            for r in responses
            if r.respondent.startswith("papier-")
        }

    def has_data(self) -> bool:
        return any(self._row_has_answers(r) for r in range(self.grid.rowCount()))

    def _row_has_answers(self, row: int) -> bool:
        return any(
            self.grid.text(row, c) for c in range(FIRST_ITEM_COLUMN, self.grid.columnCount())
        )

    def _show_question(self, row: int, column: int, *_: int) -> None:
        if column >= FIRST_ITEM_COLUMN:
            n = column - FIRST_ITEM_COLUMN
            items = self.questionnaire.items
            if n < len(items):
                self.question_label.setText(
                    self.tr("Vraag {n}: {text}").format(n=n + 1, text=items[n].text)
                )
                return
        if column == ROLE_COLUMN:
            self.question_label.setText(self.tr("Rol: typ S, W, D, P, C of A (of dubbelklik)"))
        else:
            self.question_label.setText(self.tr("Formuliernummer (zoals op het papier)"))

    def _add_row(self) -> None:
        row = self.grid.add_row()
        self.grid.setCurrentCell(row, FIRST_ITEM_COLUMN if self.grid.default_role else ROLE_COLUMN)
        self.grid.setFocus()

    def _remove_row(self) -> None:
        row = self.grid.currentRow()
        if row >= 0:
            self.grid.removeRow(row)
        if self.grid.rowCount() == 0:
            self.grid.add_row()
        self.grid.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ----------------------------------------------------------------- saving

    def collect(self) -> tuple[list[dict[str, object]], list[str]]:
        """The rows to store and the problems (Dutch); empty rows are skipped."""
        questionnaire = self.questionnaire
        rows: list[dict[str, object]] = []
        problems: list[str] = []
        numbers: dict[str, int] = {}
        for row in range(self.grid.rowCount()):
            for column in range(self.grid.columnCount()):
                item = self.grid.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
            if not self._row_has_answers(row):
                continue
            form = self.grid.text(row, FORM_COLUMN)
            label = (
                self.tr("Formulier {form}").format(form=form)
                if form
                else self.tr("Rij {n}").format(n=row + 1)
            )
            role_text = self.grid.text(row, ROLE_COLUMN)
            role = ROLE_BY_LABEL.get(role_text)
            if role is None:
                problems.append(
                    self.tr("{label}: kies een rol (S, W, D, P, C of A).").format(label=label)
                )
                self._mark(row, ROLE_COLUMN)
            if form:
                if form in numbers:
                    problems.append(
                        self.tr("{label}: dit formuliernummer staat ook in rij {n}.").format(
                            label=label, n=numbers[form] + 1
                        )
                    )
                    self._mark(row, FORM_COLUMN)
                elif form in self.stored_numbers:
                    problems.append(
                        self.tr(
                            "{label}: dit formulier is al eerder ingetypt bij dit "
                            "gesprek. Geef het een ander nummer of laat het weg."
                        ).format(label=label)
                    )
                    self._mark(row, FORM_COLUMN)
                numbers.setdefault(form, row)
            answers: dict[str, int | None] = {}
            for n, item in enumerate(questionnaire.items):
                text = self.grid.text(row, FIRST_ITEM_COLUMN + n)
                if text and text not in {"1", "2", "3", "4", "5"}:
                    problems.append(
                        self.tr("{label}, vraag {n}: ‘{text}’ is geen 1 tot en met 5.").format(
                            label=label, n=n + 1, text=text
                        )
                    )
                    self._mark(row, FIRST_ITEM_COLUMN + n)
                answers[item.id] = int(text) if text in {"1", "2", "3", "4", "5"} else None
            rows.append(
                {
                    "role": role or "",
                    "answers": answers,
                    "respondent": f"papier-{form}" if form else "",
                }
            )
        return rows, problems

    def _mark(self, row: int, column: int) -> None:
        item = self.grid.item(row, column)
        if item is not None:
            item.setBackground(QBrush(ERROR_BACKGROUND))

    def save(self) -> None:
        rows, problems = self.collect()
        if problems:
            shown = problems[:8] + (
                [self.tr("… en nog {count}.").format(count=len(problems) - 8)]
                if len(problems) > 8
                else []
            )
            self._show_error(self.tr("Nog niet bewaard:\n") + "\n".join(shown))
            return
        if not rows:
            self._show_error(self.tr("Er is nog niets ingetypt."))
            return
        try:
            self.saved = self.ops.import_responses(  # type: ignore[attr-defined]
                self.session_id,
                self._questionnaire_id,
                rows,
                label=self.tr("Papieren vragenlijsten intypen"),
            )
        except PraatplaatError as exc:
            self._show_error(self.tr("Nog niet bewaard: {message}").format(message=exc.message))
            return
        self.accept()
