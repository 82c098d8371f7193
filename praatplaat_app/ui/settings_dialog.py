"""Instellingen: language, default facilitator, library location, shared folder,
backups and the projector screen. Everything is stored in :class:`Settings`.

Language and library location take effect after a restart (the dialog says so);
the others at once. Open it with Bewerken → Instellingen… (Ctrl+,), see
:mod:`praatplaat_app.ui.release`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app import paths
from praatplaat_app.errors import LibraryError
from praatplaat_app.ui.settings import Setting, Settings

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))
AUTOMATIC_SCREEN = "automatisch"
AFTER_RESTART = QT_TRANSLATE_NOOP("SettingsDialog", "Wordt actief na herstarten.")
MAX_BACKUPS_KEPT = 365
PREFERRED_WIDTH = 680
LIBRARY_FILTER = QT_TRANSLATE_NOOP(
    "SettingsDialog", "Praatplaat-bibliotheek (*.sqlite);;Alle bestanden (*)"
)

SYNCED_EXPLANATION = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "Deze map wordt gesynchroniseerd (OneDrive, Dropbox, Teams/SharePoint …) of staat op "
    "het netwerk. Zulke programma's kopiëren bestanden terwijl Praatplaat ze nog aan het "
    "schrijven is; zo kan de bibliotheek beschadigd raken en werk verloren gaan. Kies liever "
    "een map op deze computer. Gesprekken delen met collega's gaat veilig via "
    ".praatplaat-bestanden.",
)

Button = QMessageBox.StandardButton


def projector_screen(settings: Settings | None = None) -> QScreen | None:
    """The screen chosen for the projector view, or ``None`` for automatic (also when the
    chosen screen is not connected now). For ``ProjectorWindow.show_on_best_screen``."""
    name = (settings or Settings()).projector_screen
    if not name or name == AUTOMATIC_SCREEN:
        return None
    for index, screen in enumerate(QGuiApplication.screens()):
        if screen_key(screen, index) == name:
            return screen
    return None


def screen_key(screen: QScreen, index: int) -> str:
    """How a screen is stored: its name, or "Scherm N" when the system gives none."""
    return screen.name() or f"Scherm {index + 1}"


def _shared_folder_setting() -> Setting[Any] | None:
    """The shared-folder setting, when the sharing feature has added it."""
    setting = getattr(Settings, "shared_folder", None)
    return setting if isinstance(setting, Setting) else None


def _message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    *,
    question: bool = False,
) -> bool:
    """A message box with Dutch buttons; True when answered "Ja" (or OK)."""
    buttons = Button.Yes | Button.No if question else Button.Ok
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setInformativeText(informative)
    box.setAccessibleName(title)
    for standard, label in (
        (Button.Ok, "OK"),
        (Button.Yes, QCoreApplication.translate("SettingsDialog", "Ja")),
        (Button.No, QCoreApplication.translate("SettingsDialog", "Nee")),
    ):
        button = box.button(standard)
        if button is not None:
            button.setText(label)
    box.setDefaultButton(Button.No if question else Button.Ok)
    answer = box.exec()
    return answer in (Button.Yes, Button.Ok, int(Button.Yes.value), int(Button.Ok.value))


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    """Edit the settings; "Opslaan" stores them, "Annuleren" changes nothing."""

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        current_library: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.current_library = current_library
        self.restart_needed = False
        self._confirmed_synced: str | None = None
        self.setWindowTitle(self.tr("Instellingen"))
        self.setAccessibleName(self.tr("Instellingen"))
        self.setObjectName("SettingsDialog")

        layout = QVBoxLayout(self)
        layout.addWidget(self._general_box())
        layout.addWidget(self._library_box())
        shared = self._shared_box()
        if shared is not None:
            layout.addWidget(shared)
        layout.addWidget(self._backups_box())
        layout.addWidget(self._projector_box())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Opslaan"))
        self.save_button.setToolTip(self.tr("De instellingen bewaren en dit venster sluiten"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annuleren"))
        self.cancel_button.setToolTip(self.tr("Dit venster sluiten zonder iets te wijzigen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()
        self.language_combo.setFocus()

    # ----------------------------------------------------------------- groups

    def _general_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Algemeen"), self)
        form = QFormLayout(box)
        self.language_combo = QComboBox(box)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(self.tr("Taal"))
        self.language_combo.setToolTip(self.tr("De taal van Praatplaat. ") + self.tr(AFTER_RESTART))
        form.addRow(self.tr("&Taal"), self.language_combo)
        form.addRow("", _hint(self.tr(AFTER_RESTART), box))
        self.facilitator_edit = QLineEdit(box)
        self.facilitator_edit.setPlaceholderText(self.tr("bijvoorbeeld uw eigen naam"))
        self.facilitator_edit.setAccessibleName(self.tr("Standaard gespreksleider"))
        self.facilitator_edit.setToolTip(
            self.tr("Deze naam wordt vooraf ingevuld bij een nieuw gesprek")
        )
        self.facilitator_edit.setMaxLength(200)
        form.addRow(self.tr("Standaard &gespreksleider"), self.facilitator_edit)
        form.addRow("", _hint(self.tr("Wordt vooraf ingevuld bij een nieuw gesprek."), box))
        return box

    def _library_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Bibliotheek"), self)
        form = QFormLayout(box)
        row = QHBoxLayout()
        self.library_edit = QLineEdit(box)
        self.library_edit.setPlaceholderText(
            self.tr("standaard: {path}").format(path=paths.default_library_path())
        )
        self.library_edit.setAccessibleName(self.tr("Plek van de bibliotheek"))
        self.library_edit.setToolTip(
            self.tr("Het bestand met al uw routes en gesprekken. Leeg: de standaardplek. ")
            + self.tr(AFTER_RESTART)
        )
        self.library_edit.textChanged.connect(self._update_synced_warning)
        row.addWidget(self.library_edit, 1)
        self.library_choose = QPushButton(self.tr("&Kiezen…"), box)
        self.library_choose.setAccessibleName(self.tr("Plek van de bibliotheek kiezen"))
        self.library_choose.setToolTip(
            self.tr("Een bestand of een nieuwe bestandsnaam voor de bibliotheek kiezen")
        )
        self.library_choose.clicked.connect(self.choose_library)
        row.addWidget(self.library_choose)
        self.library_default = QPushButton(self.tr("&Standaard"), box)
        self.library_default.setAccessibleName(
            self.tr("Standaardplek voor de bibliotheek gebruiken")
        )
        self.library_default.setToolTip(self.tr("De bibliotheek op de standaardplek gebruiken"))
        self.library_default.clicked.connect(lambda: self.library_edit.setText(""))
        row.addWidget(self.library_default)
        label = QLabel(self.tr("&Plek"), box)
        label.setBuddy(self.library_edit)
        form.addRow(label, row)
        self.synced_warning = QLabel(self.tr(SYNCED_EXPLANATION), box)
        self.synced_warning.setWordWrap(True)
        self.synced_warning.setObjectName("SyncedWarning")
        self.synced_warning.setStyleSheet(
            "#SyncedWarning { color: #7A2E00; background: #FFF4E5; border: 1px solid #E0A060;"
            " padding: 6px; }"
        )
        self.synced_warning.setAccessibleName(self.tr("Waarschuwing: gesynchroniseerde map"))
        form.addRow("", self.synced_warning)
        self._library_form = form
        self._warning_row = form.rowCount() - 1
        form.setRowVisible(self._warning_row, False)
        now_open = (
            self.tr("Nu geopend: {path}. ").format(path=self.current_library)
            if self.current_library is not None
            else ""
        )
        form.addRow("", _hint(now_open + self.tr(AFTER_RESTART), box))
        return box

    def _shared_box(self) -> QGroupBox | None:
        self.shared_edit: QLineEdit | None = None
        self.shared_check: QCheckBox | None = None
        if _shared_folder_setting() is None:
            return None
        box = QGroupBox(self.tr("Gedeelde map"), self)
        form = QFormLayout(box)
        row = QHBoxLayout()
        self.shared_edit = QLineEdit(box)
        self.shared_edit.setPlaceholderText(self.tr("geen gedeelde map"))
        self.shared_edit.setAccessibleName(self.tr("Gedeelde map"))
        self.shared_edit.setToolTip(
            self.tr(
                "Een OneDrive- of Teams-map waarin u en uw collega's .praatplaat-bestanden zetten"
            )
        )
        row.addWidget(self.shared_edit, 1)
        choose = QPushButton(self.tr("K&iezen…"), box)
        choose.setAccessibleName(self.tr("Gedeelde map kiezen"))
        choose.setToolTip(self.tr("Een map kiezen om gesprekken met collega's te delen"))
        choose.clicked.connect(self.choose_shared_folder)
        row.addWidget(choose)
        self.shared_choose = choose
        label = QLabel(self.tr("Ge&deelde map"), box)
        label.setBuddy(self.shared_edit)
        form.addRow(label, row)
        if isinstance(getattr(Settings, "shared_folder_check_on_start", None), Setting):
            self.shared_check = QCheckBox(
                self.tr("Bij het starten kijken of er nieuwe bestanden zijn"), box
            )
            self.shared_check.setToolTip(
                self.tr("Praatplaat meldt bij het starten nieuwe gesprekken in de gedeelde map")
            )
            form.addRow("", self.shared_check)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "Alleen voor het delen van gesprekken; de bibliotheek zelf staat daar nooit."
                ),
                box,
            ),
        )
        return box

    def _backups_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reservekopieën"), self)
        form = QFormLayout(box)
        self.daily_check = QCheckBox(self.tr("Elke &dag een reservekopie maken"), box)
        self.daily_check.setToolTip(
            self.tr("Bij het starten en afsluiten maakt Praatplaat één reservekopie per dag")
        )
        self.daily_check.toggled.connect(lambda on: self.keep_spin.setEnabled(on))
        form.addRow(self.daily_check)
        self.keep_spin = QSpinBox(box)
        self.keep_spin.setRange(1, MAX_BACKUPS_KEPT)
        self.keep_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.keep_spin.setAccessibleName(self.tr("Aantal dagelijkse reservekopieën bewaren"))
        self.keep_spin.setToolTip(self.tr("Oudere dagelijkse reservekopieën worden opgeruimd"))
        form.addRow(self.tr("&Aantal bewaren"), self.keep_spin)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "De reservekopieën staan in {folder}. Terugzetten gaat via "
                    "Bestand → Reservekopie terugzetten…"
                ).format(folder=paths.backups_dir()),
                box,
            ),
        )
        return box

    def _projector_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Projectie"), self)
        form = QFormLayout(box)
        self.screen_combo = QComboBox(box)
        self.screen_combo.addItem(
            self.tr("Automatisch (een ander scherm dan het venster van de gespreksleider)"),
            AUTOMATIC_SCREEN,
        )
        for index, screen in enumerate(QGuiApplication.screens()):
            size = screen.size()
            key = screen_key(screen, index)
            self.screen_combo.addItem(f"{key} ({size.width()} × {size.height()})", key)
        self.screen_combo.setAccessibleName(self.tr("Scherm voor de projectieweergave"))
        self.screen_combo.setToolTip(self.tr("Op welk scherm de projectieweergave (F5) verschijnt"))
        form.addRow(self.tr("&Scherm voor projectie"), self.screen_combo)
        return box

    # ----------------------------------------------------------------- sizing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_to_contents()

    def fit_to_contents(self) -> None:
        """Tall enough for every wrapped text (a dialog's size hint ignores wrapping)."""
        width = max(self.width(), PREFERRED_WIDTH)
        screen = self.screen()
        limit = screen.availableGeometry().height() - 40 if screen is not None else 10_000
        if screen is not None:
            width = min(width, screen.availableGeometry().width() - 40)
        layout = self.layout()
        layout.activate()
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else self.height()
        self.resize(width, min(max(height, self.minimumSizeHint().height()), limit))

    # ----------------------------------------------------------------- values

    def load(self) -> None:
        s = self.settings
        index = self.language_combo.findData(s.language)
        self.language_combo.setCurrentIndex(max(0, index))
        self.facilitator_edit.setText(s.default_facilitator)
        self.library_edit.setText(s.library_path)
        self._confirmed_synced = s.library_path or None
        shared = _shared_folder_setting()
        if shared is not None and self.shared_edit is not None:
            self.shared_edit.setText(str(s.read(shared) or ""))
            if self.shared_check is not None:
                self.shared_check.setChecked(bool(s.read(Settings.shared_folder_check_on_start)))
        self.daily_check.setChecked(s.daily_backup)
        self.keep_spin.setValue(min(MAX_BACKUPS_KEPT, max(1, s.backups_kept)))
        self.keep_spin.setEnabled(s.daily_backup)
        screen = s.projector_screen or AUTOMATIC_SCREEN
        index = self.screen_combo.findData(screen)
        if index < 0:  # chosen earlier, not connected now: keep the choice
            self.screen_combo.addItem(
                self.tr("{screen} (nu niet aangesloten)").format(screen=screen), screen
            )
            index = self.screen_combo.count() - 1
        self.screen_combo.setCurrentIndex(index)

    def library_value(self) -> str:
        """The library path to store: "" for the default place."""
        text = self.library_edit.text().strip()
        if not text:
            return ""
        path = Path(text).expanduser()
        if path.suffix == "":
            path = path.with_suffix(".sqlite")
        try:
            if path.resolve() == paths.default_library_path().resolve():
                return ""
        except OSError:
            pass
        return str(path)

    def save(self) -> None:
        s = self.settings
        language = str(self.language_combo.currentData())
        library = self.library_value()
        self.restart_needed = language != s.language or library != s.library_path
        s.language = language
        s.default_facilitator = self.facilitator_edit.text().strip()
        s.library_path = library
        shared = _shared_folder_setting()
        if shared is not None and self.shared_edit is not None:
            s.write(shared, self.shared_edit.text().strip())
            if self.shared_check is not None:
                s.write(Settings.shared_folder_check_on_start, self.shared_check.isChecked())
        s.daily_backup = self.daily_check.isChecked()
        s.backups_kept = self.keep_spin.value()
        s.projector_screen = str(self.screen_combo.currentData())
        s.sync()

    def accept(self) -> None:
        if not self._library_acceptable():
            self.library_edit.setFocus()
            return
        self.save()
        super().accept()

    # ---------------------------------------------------------------- library

    def choose_library(self) -> None:
        current = self.library_value() or str(paths.default_library_path())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Plek van de bibliotheek kiezen"),
            current,
            self.tr(LIBRARY_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.set_library_path(chosen)

    def set_library_path(self, chosen: str) -> bool:
        """Take a chosen file; warns (and may refuse) first. True when taken."""
        self.library_edit.setText(chosen)
        if not self._library_acceptable():
            self.library_edit.setText(self.settings.library_path)
            return False
        return True

    def _library_acceptable(self) -> bool:
        value = self.library_value()
        if not value:
            return True
        path = Path(value)
        typed = Path(self.library_edit.text().strip()).expanduser()
        if typed.is_dir() or path.is_dir():
            path = typed if typed.is_dir() else path
            _message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Geen bestand"),
                self.tr("'{path}' is een map. Kies een bestandsnaam, bijvoorbeeld {name}.").format(
                    path=path, name=paths.LIBRARY_FILE_NAME
                ),
            )
            return False
        if path.exists() and path.stat().st_size > 0:
            from praatplaat_app.store.backups import describe_backup

            try:
                describe_backup(path)
            except LibraryError as exc:
                _message(
                    self,
                    QMessageBox.Icon.Warning,
                    self.tr("Geen Praatplaat-bibliotheek"),
                    exc.message,
                    self.tr("Kies een bestaande bibliotheek of typ een nieuwe bestandsnaam."),
                )
                return False
        if paths.looks_synced_or_remote(path) and self._confirmed_synced != value:
            if not _message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Bibliotheek in een gedeelde map?"),
                self.tr(
                    "U kiest een plek in een gedeelde of gesynchroniseerde map:\n{path}"
                ).format(path=path),
                self.tr(SYNCED_EXPLANATION) + self.tr("\n\nWilt u deze plek toch gebruiken?"),
                question=True,
            ):
                return False
            self._confirmed_synced = value
        return True

    def _update_synced_warning(self) -> None:
        value = self.library_value()
        synced = bool(value) and paths.looks_synced_or_remote(Path(value))
        if synced != self.synced_warning.isVisibleTo(self):
            self._library_form.setRowVisible(self._warning_row, synced)
            if self.isVisible():  # once the layout has taken the change in
                QTimer.singleShot(0, self.fit_to_contents)

    # ---------------------------------------------------------- shared folder

    def choose_shared_folder(self) -> None:
        if self.shared_edit is None:
            return
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Gedeelde map kiezen"), self.shared_edit.text() or str(Path.home())
        )
        if chosen:
            self.shared_edit.setText(chosen)


__all__ = ["AUTOMATIC_SCREEN", "SettingsDialog", "projector_screen", "screen_key"]
