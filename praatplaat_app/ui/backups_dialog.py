"""Bestand → Reservekopie terugzetten…: the library's backups, what each one holds,
and "Terugzetten" after a clear confirmation.

The dialog only *chooses*: on confirmation it sets :attr:`BackupsDialog.chosen_backup`
and closes with ``Accepted``. Restoring needs the library closed, which the caller
(:class:`praatplaat_app.ui.release.ReleaseUi`) does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app import paths
from praatplaat_app.errors import LibraryError
from praatplaat_app.store.backups import (
    BackupInfo,
    BackupSummary,
    describe_backup,
    format_datetime,
    format_size,
    list_backups,
    parse_backup_name,
    reason_label,
)

PATH_ROLE = Qt.ItemDataRole.UserRole
INTRO = QT_TRANSLATE_NOOP(
    "BackupsDialog",
    "Praatplaat maakt elke dag een reservekopie van uw bibliotheek, en ook vóór het "
    "bijwerken, vóór een import en vóór het terugzetten. Kies een reservekopie om te zien "
    "wat erin staat.",
)
NO_BACKUPS = QT_TRANSLATE_NOOP(
    "BackupsDialog", "Er zijn nog geen reservekopieën van deze bibliotheek."
)
RESTART_TEXT = QT_TRANSLATE_NOOP(
    "BackupsDialog",
    "Praatplaat sluit daarvoor alle vensters en stopt. Start Praatplaat daarna opnieuw; u "
    "ziet dan de teruggezette gegevens.",
)

Button = QMessageBox.StandardButton


def _info_for_file(path: Path) -> BackupInfo:
    parsed = parse_backup_name(path.name)
    stat = path.stat()
    if parsed is not None:
        return BackupInfo(path, parsed[2], parsed[1], stat.st_size, parsed[0])
    made = dt.datetime.fromtimestamp(stat.st_mtime)
    return BackupInfo(path, made, "gekozen-bestand", stat.st_size, path.stem)


class BackupsDialog(QDialog):
    """The list of backups with a preview; "Terugzetten…" asks, then accepts."""

    def __init__(
        self,
        library_path: Path,
        parent: QWidget | None = None,
        *,
        current: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library_path = Path(library_path)
        self.chosen_backup: Path | None = None
        self._infos: dict[str, BackupInfo] = {}
        self._summaries: dict[str, BackupSummary | str] = {}
        self.setWindowTitle(self.tr("Reservekopie terugzetten"))
        self.setAccessibleName(self.tr("Reservekopie terugzetten"))
        self.setObjectName("BackupsDialog")
        self.resize(820, 520)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(INTRO), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        body = QHBoxLayout()
        left = QVBoxLayout()
        list_label = QLabel(self.tr("&Reservekopieën, nieuwste eerst"), self)
        self.backup_list = QListWidget(self)
        self.backup_list.setAccessibleName(self.tr("Reservekopieën"))
        self.backup_list.setToolTip(self.tr("Kies een reservekopie om te zien wat erin staat"))
        self.backup_list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.backup_list.itemActivated.connect(lambda _item: self.restore_selected())
        list_label.setBuddy(self.backup_list)
        left.addWidget(list_label)
        left.addWidget(self.backup_list, 1)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        preview_label = QLabel(self.tr("&Wat staat erin"), self)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Inhoud van de gekozen reservekopie"))
        self.preview.setToolTip(self.tr("Wat er in de gekozen reservekopie staat"))
        self.preview.setTabChangesFocus(True)
        preview_label.setBuddy(self.preview)
        right.addWidget(preview_label)
        right.addWidget(self.preview, 1)
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        if current is not None:
            routes, conversations = current
            self.current_label.setText(
                self.tr("Nu in uw bibliotheek: {routes}, {conversations}.").format(
                    routes=self.tr("1 route")
                    if routes == 1
                    else self.tr("{count} routes").format(count=routes),
                    conversations=self.tr("1 gesprek")
                    if conversations == 1
                    else self.tr("{count} gesprekken").format(count=conversations),
                )
            )
        right.addWidget(self.current_label)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)

        buttons = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Ander &bestand…"), self)
        self.other_button.setToolTip(
            self.tr("Een reservekopie van elders kiezen, bijvoorbeeld van een USB-stick")
        )
        self.other_button.clicked.connect(self.choose_file)
        buttons.addWidget(self.other_button)
        self.folder_button = QPushButton(self.tr("&Map openen"), self)
        self.folder_button.setToolTip(self.tr("De map met reservekopieën openen"))
        self.folder_button.clicked.connect(self.open_folder)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        self.restore_button = QPushButton(self.tr("&Terugzetten…"), self)
        self.restore_button.setToolTip(
            self.tr("De bibliotheek vervangen door de gekozen reservekopie")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addWidget(self.restore_button)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setToolTip(self.tr("Dit venster sluiten zonder iets terug te zetten"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.refresh()
        self.backup_list.setFocus()

    # ----------------------------------------------------------------- list

    def refresh(self) -> None:
        self.backup_list.clear()
        self._infos.clear()
        for info in list_backups(self.library_path):
            self._add(info)
        if self.backup_list.count() == 0:
            empty = QListWidgetItem(self.tr(NO_BACKUPS))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backup_list.addItem(empty)
            self._show_selected()
        else:
            self.backup_list.setCurrentRow(0)

    def _add(self, info: BackupInfo, *, first: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(info.describe())
        item.setData(PATH_ROLE, str(info.path))
        item.setToolTip(str(info.path))
        self._infos[str(info.path)] = info
        if first:
            self.backup_list.insertItem(0, item)
        else:
            self.backup_list.addItem(item)
        return item

    def selected_path(self) -> Path | None:
        item = self.backup_list.currentItem()
        value = item.data(PATH_ROLE) if item is not None else None
        return Path(value) if value else None

    def summary(self, path: Path) -> BackupSummary | str:
        """What the backup holds, or the Dutch reason it cannot be read."""
        key = str(path)
        if key not in self._summaries:
            try:
                self._summaries[key] = describe_backup(path)
            except LibraryError as exc:
                self._summaries[key] = exc.message
        return self._summaries[key]

    def _show_selected(self) -> None:
        path = self.selected_path()
        if path is None:
            self.preview.setPlainText(self.tr(NO_BACKUPS) if self.backup_list.count() <= 1 else "")
            self.restore_button.setEnabled(False)
            return
        info = self._infos[str(path)]
        summary = self.summary(path)
        head = f"{format_datetime(info.made_at)} — {info.label}\n{format_size(info.size)}\n\n"
        if isinstance(summary, str):
            self.preview.setPlainText(head + summary)
            self.restore_button.setEnabled(False)
        else:
            self.preview.setPlainText(head + summary.describe())
            self.restore_button.setEnabled(summary.can_restore)

    # ---------------------------------------------------------------- actions

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Reservekopie kiezen"),
            str(paths.backups_dir()),
            self.tr("Praatplaat-reservekopie (*.sqlite);;Alle bestanden (*)"),
        )
        if chosen:
            self.add_file(Path(chosen))

    def add_file(self, path: Path) -> None:
        """Show a backup from elsewhere at the top of the list and select it."""
        for row in range(self.backup_list.count()):
            if self.backup_list.item(row).data(PATH_ROLE) == str(path):
                self.backup_list.setCurrentRow(row)
                return
        if self.backup_list.count() == 1 and not self.backup_list.item(0).data(PATH_ROLE):
            self.backup_list.clear()
        item = self._add(_info_for_file(path), first=True)
        self.backup_list.setCurrentItem(item)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.backups_dir())))

    def confirmation(self, path: Path) -> tuple[str, str]:
        info = self._infos[str(path)]
        summary = self.summary(path)
        holds = ""
        if isinstance(summary, BackupSummary):
            first_line = summary.describe().splitlines()[0]
            holds = f" ({first_line.rstrip('.')})"
        when = format_datetime(info.made_at)
        text = self.tr("De reservekopie van {when} terugzetten?").format(when=when)
        informative = self.tr(
            "Uw bibliotheek krijgt dan weer de inhoud van deze reservekopie{holds}. Wat u "
            "na {when} hebt ingevoerd of gewijzigd, staat er daarna niet meer in.\n\n"
            "Praatplaat bewaart eerst een reservekopie van uw bibliotheek zoals die nu is. "
            "Zo kunt u het terugzetten later ongedaan maken (die reservekopie staat dan "
            "bovenaan in deze lijst, als '{label}').\n\n"
        ).format(holds=holds, when=when, label=reason_label("voor-terugzetten")) + self.tr(
            RESTART_TEXT
        )
        return text, informative

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is None or not self.restore_button.isEnabled():
            return
        text, informative = self.confirmation(path)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Reservekopie terugzetten"),
            text,
            Button.Yes | Button.Cancel,
            self,
        )
        box.setInformativeText(informative)
        box.setAccessibleName(self.tr("Reservekopie terugzetten?"))
        yes = box.button(Button.Yes)
        yes.setText(self.tr("Terugzetten"))
        box.button(Button.Cancel).setText(self.tr("Annuleren"))
        box.setDefaultButton(Button.Cancel)
        box.setEscapeButton(Button.Cancel)
        answer = box.exec()
        if answer not in (Button.Yes, int(Button.Yes.value)):
            return
        self.chosen_backup = path
        self.accept()


__all__ = ["BackupsDialog"]
