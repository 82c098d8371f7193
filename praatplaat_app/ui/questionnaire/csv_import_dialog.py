"""Import of responses from an online survey tool's CSV export.

One dialog, three parts from top to bottom: the file and the questionnaire; the column
mapping (proposed automatically, every column can be changed: a question, "Rol",
"Respondentnummer" or "Niet gebruiken"); and the report, which says in Dutch which rows
and columns are wrong. Nothing is stored until the user presses "N rijen importeren";
then only the valid rows are stored, with one operation (one undo step).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.domain import ROLE_LABELS, Role
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.indicators import Catalog, Questionnaire
from praatplaat_app.questionnaire.csv_import import (
    IGNORE,
    RESPONDENT,
    ROLE,
    CsvImportError,
    CsvTable,
    ImportReport,
    auto_mapping,
    column_letter,
    read_csv,
    validate,
)

PREVIEW_VALUES = 3
FILE_FILTER = QT_TRANSLATE_NOOP(
    "CsvImportDialog", "CSV-bestanden (*.csv *.txt);;Alle bestanden (*)"
)


class CsvImportDialog(QDialog):
    """Choose a file, check the column mapping, read the report, confirm."""

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
        self.table: CsvTable | None = None
        self.report: ImportReport | None = None
        self.imported: list[object] = []
        self.setWindowTitle(self.tr("Vragenlijsten importeren uit een online enquête (CSV)"))
        self.setAccessibleName(self.tr("Vragenlijsten importeren"))
        self.resize(980, 720)

        self.file_label = QLabel(self.tr("Nog geen bestand gekozen."), self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Bestand kiezen…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.questionnaire_combo = QComboBox(self)
        for questionnaire in catalog.questionnaires:
            self.questionnaire_combo.addItem(questionnaire.title, questionnaire.id)
        if questionnaire_id:
            index = self.questionnaire_combo.findData(questionnaire_id)
            if index >= 0:
                self.questionnaire_combo.setCurrentIndex(index)
        self.questionnaire_combo.currentIndexChanged.connect(self._questionnaire_changed)
        self.role_combo = QComboBox(self)
        self.role_combo.addItem(self.tr("(uit een kolom van het bestand)"), None)
        for role in Role:
            self.role_combo.addItem(ROLE_LABELS[role], role.value)
        self.role_combo.currentIndexChanged.connect(self.revalidate)
        self.role_combo.setToolTip(
            self.tr(
                "Heeft het bestand geen kolom met de rol? Kies dan welke rol alle respondenten hebben."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Vragenlijst:"), self.questionnaire_combo)
        form.addRow(self.tr("&Rol van alle respondenten:"), self.role_combo)

        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Kolom in het bestand"), self.tr("Voorbeeld"), self.tr("Hoort bij")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setAccessibleName(self.tr("Welke kolom hoort bij welke vraag"))
        self.combos: list[QComboBox] = []

        self.report_view = QPlainTextEdit(self)
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Controle van het bestand"))
        self.report_view.setPlaceholderText(
            self.tr("Kies een CSV-bestand; hier staat dan wat er in orde is en wat niet.")
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.import_button = self.buttons.addButton(
            self.tr("Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Koppeling van de kolommen (pas aan waar nodig):"), self))
        layout.addWidget(self.mapping_table, 3)
        layout.addWidget(QLabel(self.tr("Controle:"), self))
        layout.addWidget(self.report_view, 2)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------- file

    @property
    def questionnaire(self) -> Questionnaire:
        return self.catalog.questionnaire(str(self.questionnaire_combo.currentData()))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("CSV-bestand met antwoorden kiezen"),
            str(Path.home()),
            self.tr(FILE_FILTER),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._fail(
                self.tr("Het bestand ‘{name}’ kan niet worden gelezen ({error}).").format(
                    name=Path(path).name, error=exc.strerror
                )
            )
            return
        self.load_bytes(data, Path(path).name)

    def load_bytes(self, data: bytes, name: str = "bestand") -> None:
        self.file_label.setText(self.tr("Bestand: {name}").format(name=name))
        try:
            self.table = read_csv(data)
        except CsvImportError as exc:
            self._fail(exc.message)
            return
        self._build_mapping(auto_mapping(self.table.headers, self.questionnaire))
        self.revalidate()

    def _fail(self, message: str) -> None:
        self.table = None
        self.report = None
        self.mapping_table.setRowCount(0)
        self.combos = []
        self.report_view.setPlainText(
            self.tr("Dit bestand kan niet worden geïmporteerd.\n{message}").format(message=message)
        )
        self._update_button()

    # ---------------------------------------------------------------- mapping

    def _targets(self) -> list[tuple[str, str]]:
        targets = [
            (self.tr("Niet gebruiken"), IGNORE),
            (self.tr("Rol"), ROLE),
            (self.tr("Respondentnummer (om dubbele rijen te vinden)"), RESPONDENT),
        ]
        for n, item in enumerate(self.questionnaire.items, start=1):
            targets.append((self.tr("Vraag {n}: {text}").format(n=n, text=item.text), item.id))
        return targets

    def _build_mapping(self, mapping: list[str]) -> None:
        assert self.table is not None
        self.mapping_table.setRowCount(len(self.table.headers))
        self.combos = []
        targets = self._targets()
        for column, header in enumerate(self.table.headers):
            name = QTableWidgetItem(f"{column_letter(column)}  {header}")
            name.setToolTip(header)
            self.mapping_table.setItem(column, 0, name)
            values = [
                row[column].strip()
                for row in self.table.rows
                if column < len(row) and row[column].strip()
            ][:PREVIEW_VALUES]
            self.mapping_table.setItem(column, 1, QTableWidgetItem(", ".join(values)))
            combo = QComboBox(self.mapping_table)
            for label, target in targets:
                combo.addItem(label, target)
            index = combo.findData(mapping[column])
            combo.setCurrentIndex(max(index, 0))
            combo.setAccessibleName(
                self.tr("Kolom {column} hoort bij").format(column=column_letter(column))
            )
            combo.currentIndexChanged.connect(self.revalidate)
            self.mapping_table.setCellWidget(column, 2, combo)
            self.combos.append(combo)

    def mapping(self) -> list[str]:
        return [str(combo.currentData()) for combo in self.combos]

    def set_mapping(self, column: int, target: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(target))

    def _questionnaire_changed(self, *_: object) -> None:
        if self.table is not None:
            self._build_mapping(auto_mapping(self.table.headers, self.questionnaire))
        self.revalidate()

    # ------------------------------------------------------------- validation

    def _known_respondents(self) -> set[str]:
        responses = self.ops.responses(self.session_id)  # type: ignore[attr-defined]
        return {r.respondent for r in responses if r.respondent.startswith("csv-")}

    def revalidate(self, *_: object) -> None:
        if self.table is None:
            self._update_button()
            return
        self.report = validate(
            self.table,
            self.questionnaire,
            self.mapping(),
            default_role=self.role_combo.currentData(),
            known_respondents=self._known_respondents(),
        )
        self.report_view.setPlainText(self.report.summary())
        self._update_button()

    def _update_button(self) -> None:
        can = self.report is not None and self.report.can_import
        count = len(self.report.rows) if self.report is not None else 0
        self.import_button.setEnabled(can)
        self.import_button.setText(
            self.tr("{count} rij(en) importeren").format(count=count)
            if can
            else self.tr("Importeren")
        )

    # ----------------------------------------------------------------- import

    def confirm(self) -> None:
        """Store the valid rows (only now is anything written)."""
        if self.report is None or not self.report.can_import:
            return
        try:
            self.imported = self.ops.import_responses(  # type: ignore[attr-defined]
                self.session_id,
                self.report.questionnaire_id,
                self.report.rows,
                label=self.tr("Vragenlijsten importeren (CSV)"),
            )
        except PraatplaatError as exc:
            self.report_view.appendPlainText(
                self.tr("\nHet importeren is niet gelukt: {message}").format(message=exc.message)
            )
            return
        self.accept()
