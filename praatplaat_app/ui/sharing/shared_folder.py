"""The shared (OneDrive/Teams) folder: choosing it, and importing what colleagues put there.

- :class:`SharedFolderSettingsDialog` chooses the folder (refused when the library itself
  is inside it: a sync client can corrupt a database that is being written).
- :class:`SharedFolderDialog` lists the files that are new or changed since they were
  imported, with check boxes; the checked ones are imported one by one, a bad file is
  reported with its message and the others still go in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.errors import PraatplaatError
from praatplaat_app.ui.sharing import message, wait_cursor

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = "#5f6368"


def _size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class SharedFolderSettingsDialog(QDialog):
    """Choose (or stop using) the shared folder."""

    def __init__(self, parent: QWidget | None, library: Any, settings: Any = None) -> None:
        super().__init__(parent)
        if settings is None:
            from praatplaat_app.ui.settings import Settings

            settings = Settings()
        self.library = library
        self.settings = settings
        self.setWindowTitle(self.tr("Gedeelde map kiezen"))
        self.setAccessibleName(self.tr("Gedeelde map kiezen"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Kies de map die u met collega's deelt, bijvoorbeeld een map in OneDrive of in "
                "Teams. Praatplaat zet daar alleen .praatplaat-bestanden neer en kijkt er bij het "
                "starten of er nieuwe zijn. Uw bibliotheek zelf blijft veilig op deze computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setAccessibleName(self.tr("Uitleg"))

        self.folder = QLineEdit(settings.shared_folder, self)
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("Nog geen map gekozen"))
        self.folder.setAccessibleName(self.tr("Gekozen gedeelde map"))
        self.choose_button = QPushButton(self.tr("Map kiezen…"), self)
        self.choose_button.setAccessibleName(self.tr("Map kiezen"))
        self.choose_button.clicked.connect(lambda _checked=False: self.choose())
        self.clear_button = QPushButton(self.tr("Niet meer gebruiken"), self)
        self.clear_button.setAccessibleName(self.tr("Gedeelde map niet meer gebruiken"))
        self.clear_button.setToolTip(
            self.tr("Praatplaat vergeet de map; de bestanden erin blijven staan")
        )
        self.clear_button.clicked.connect(lambda _checked=False: self.clear())
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)

        self.check_on_start = QCheckBox(
            self.tr("Bij het starten kijken of er nieuwe bestanden zijn"), self
        )
        self.check_on_start.setAccessibleName(
            self.tr("Bij het starten kijken of er nieuwe bestanden zijn")
        )
        self.check_on_start.setChecked(settings.shared_folder_check_on_start)
        self.check_on_start.toggled.connect(self._store_check_on_start)

        self.feedback = QLabel("", self)
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setAccessibleName(self.tr("Melding"))

        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setAccessibleName(self.tr("Sluiten"))
        close.setDefault(True)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.check_on_start)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        self.clear_button.setEnabled(bool(self.settings.shared_folder))

    def _store_check_on_start(self, checked: bool) -> None:
        self.settings.shared_folder_check_on_start = checked

    def choose(self, folder: str | None = None) -> bool:
        """Ask for a folder (or take ``folder``), check it and store it."""
        from praatplaat_app.exchange import check_shared_folder

        if folder is None:
            start = self.settings.shared_folder or str(Path.home())
            folder = QFileDialog.getExistingDirectory(self, self.tr("Gedeelde map kiezen"), start)
            if not folder:
                return False
        try:
            resolved = check_shared_folder(folder, self.library)
        except PraatplaatError as exc:
            message(self, self.tr("Deze map kan niet"), exc.message)
            self.feedback.setText(self.tr("De map is niet gewijzigd."))
            return False
        self.settings.shared_folder = str(resolved)
        self.folder.setText(str(resolved))
        self.feedback.setText(
            self.tr(
                "Deze map wordt nu gebruikt voor 'Delen via gedeelde map' en 'Gedeelde map "
                "controleren'."
            )
        )
        self._update()
        return True

    def clear(self) -> None:
        self.settings.shared_folder = ""
        self.folder.clear()
        self.feedback.setText(self.tr("Praatplaat gebruikt geen gedeelde map meer."))
        self._update()


class SharedFolderDialog(QDialog):
    """New or changed ``.praatplaat`` files in the shared folder; import the checked ones."""

    def __init__(
        self,
        parent: QWidget | None,
        library: Any,
        catalog: Any,
        folder: str,
        *,
        on_changed: Callable[[Iterable[str] | None], object] | None = None,
        on_history: Callable[[], object] | None = None,
        on_choose_folder: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self.folder = folder
        self.on_changed = on_changed
        self.on_history = on_history
        self.on_choose_folder = on_choose_folder
        self.files: list[Any] = []
        self.load_error = ""
        self.results: list[Any] = []
        self.setWindowTitle(self.tr("Gedeelde map"))
        self.setAccessibleName(self.tr("Gedeelde map"))
        self.resize(640, 460)

        self.heading = QLabel("", self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.heading.setAccessibleName(self.tr("Uitkomst"))
        self.where = where = QLabel(self.tr("Map: {folder}").format(folder=folder), self)
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setStyleSheet(f"color: {MUTED};")
        where.setAccessibleName(self.tr("Gedeelde map"))

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Bestanden in de gedeelde map"))
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(lambda *_: self._describe_current())
        self.list.itemChanged.connect(lambda _item: self._update_buttons())

        self.detail = QLabel("", self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAccessibleName(self.tr("Inhoud van het gekozen bestand"))
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.show_all = QCheckBox(self.tr("Ook bestanden tonen die al zijn geïmporteerd"), self)
        self.show_all.setAccessibleName(self.tr("Ook bestanden tonen die al zijn geïmporteerd"))
        self.show_all.toggled.connect(lambda _checked: self.rescan())

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("Aangevinkte importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Aangevinkte bestanden importeren"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda _checked=False: self.import_checked())
        other_folder = buttons.addButton(
            self.tr("Andere map…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        other_folder.setAccessibleName(self.tr("Andere gedeelde map kiezen"))
        other_folder.clicked.connect(lambda _checked=False: self._choose_other())
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Sluiten"))
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(where)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.show_all)
        layout.addWidget(buttons)
        self.rescan()

    # ---------------------------------------------------------------- listing

    def rescan(self) -> None:
        from praatplaat_app.exchange import scan_shared_folder

        try:
            with wait_cursor():
                self.files = scan_shared_folder(
                    self.folder, self.library, include_imported=self.show_all.isChecked()
                )
        except PraatplaatError as exc:
            self.load_error = exc.message
            self.files = []
        else:
            self.load_error = ""
        self.list.blockSignals(True)
        self.list.clear()
        for status in self.files:
            when = status.modified.astimezone().strftime("%d-%m-%Y %H:%M")
            label = {
                "new": self.tr("Nieuw"),
                "changed": self.tr("Gewijzigd sinds de vorige keer"),
                "imported": self.tr("Al geïmporteerd"),
            }[status.status]
            item = QListWidgetItem(
                f"{status.path.name}\n{label} · {when} · {_size_text(status.size)}", self.list
            )
            item.setData(PATH_ROLE, str(status.path))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if status.needs_import else Qt.CheckState.Unchecked
            )
            item.setToolTip(status.describe())
        self.list.blockSignals(False)
        fresh = sum(1 for s in self.files if s.needs_import)
        if self.load_error:
            self.heading.setText(self.load_error)
        elif fresh == 0:
            self.heading.setText(self.tr("Er zijn geen nieuwe bestanden in de gedeelde map."))
        elif fresh == 1:
            self.heading.setText(self.tr("Er is 1 nieuw bestand. Vink aan wat u wilt importeren."))
        else:
            self.heading.setText(
                self.tr("Er zijn {count} nieuwe bestanden. Vink aan wat u wilt importeren.").format(
                    count=fresh
                )
            )
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.detail.setText("")
        self._update_buttons()

    def remaining(self) -> list[Any]:
        """Files that still need importing (for the badge)."""
        return [s for s in self.files if s.needs_import]

    def checked_files(self) -> list[Any]:
        by_path = {str(s.path): s for s in self.files}
        result = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                status = by_path.get(item.data(PATH_ROLE))
                if status is not None:
                    result.append(status)
        return result

    def set_checked(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for i in range(self.list.count()):
            item = self.list.item(i)
            state = Path(item.data(PATH_ROLE)).name in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(bool(self.checked_files()))

    def _describe_current(self) -> None:
        """What the selected file holds (read and checked on demand)."""
        from praatplaat_app.exchange import read_package

        item = self.list.currentItem()
        if item is None:
            self.detail.setText("")
            return
        try:
            with wait_cursor():
                package = read_package(item.data(PATH_ROLE))
        except PraatplaatError as exc:
            self.detail.setText(
                self.tr("Dit bestand kan niet worden geïmporteerd: {message}").format(
                    message=exc.message
                )
            )
            self.detail.setStyleSheet("color: #a50e0e;")
            return
        from praatplaat_app.ui.sharing.import_flow import package_summary

        self.detail.setStyleSheet("")
        self.detail.setText(package_summary(package))

    def _choose_other(self) -> None:
        if self.on_choose_folder is None:
            return
        folder = self.on_choose_folder()
        if isinstance(folder, str) and folder and folder != self.folder:
            self.folder = folder
            self.where.setText(self.tr("Map: {folder}").format(folder=folder))
            self.rescan()

    # ---------------------------------------------------------------- import

    def import_checked(self) -> list[Any]:
        """Import the checked files; a bad file does not stop the others."""
        from praatplaat_app.exchange import import_shared_file
        from praatplaat_app.ui.sharing.import_flow import FileResult, ImportFlow

        chosen = self.checked_files()
        if not chosen:
            return []
        results: list[FileResult] = []
        with wait_cursor():
            for status in chosen:
                result = FileResult(status.path.name, status.path)
                try:
                    result.summary = import_shared_file(self.library, status, catalog=self.catalog)
                except PraatplaatError as exc:
                    result.error = exc.message
                results.append(result)
        self.results = results
        flow = ImportFlow(
            self.parentWidget() or self,
            self.library,
            self.catalog,
            on_changed=self.on_changed,
            on_history=self.on_history,
        )
        flow.finish(results)
        self.rescan()
        return results
