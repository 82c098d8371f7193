"""The main window: the library tree on the left, the summary on the right, the menus.

It only composes widgets from other modules. Hook points for other screens:

- ``window.menus.add_action("file" | "edit" | "view" | "help", action)`` (or
  ``window.add_action``) adds a menu item;
- ``window.library_view.conversation_activated(session_id)`` and
  ``window.library_view.route_activated(route_id)`` fire on double click / Enter;
- ``window.pending_import_path``: a ``.praatplaat`` file given on the command line,
  for the sharing feature to import.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QWidget

from praatplaat_app import APP_NAME, paths
from praatplaat_app.indicators.catalog import Catalog
from praatplaat_app.logging_setup import configure_logging
from praatplaat_app.operations import Change, Operations
from praatplaat_app.store import Library
from praatplaat_app.ui.library_view import LibraryView
from praatplaat_app.ui.menus import Menus
from praatplaat_app.ui.settings import Settings
from praatplaat_app.ui.summary_view import SummaryView

DEFAULT_SIZE = (1280, 820)


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: Library,
        catalog: Catalog,
        ops: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self.settings = Settings()
        # A .praatplaat file from the command line, for the sharing feature to import.
        self.pending_import_path: Path | None = None
        self._state_restored = False
        self.setObjectName("MainWindow")  # saveState() needs object names
        self.setWindowTitle(self._title())

        self.library_view = LibraryView(library, catalog, ops, self)
        self.summary_view = SummaryView(library, catalog, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("LibrarySplitter")
        self.splitter.addWidget(self.library_view)
        self.splitter.addWidget(self.summary_view)
        self.splitter.setChildrenCollapsible(False)
        # Both sides grow with the window, the summary a bit more.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setAccessibleName(self.tr("Verdeling tussen lijst en samenvatting"))
        self.splitter.setToolTip(
            self.tr("Sleep de scheiding om de lijst breder of smaller te maken")
        )
        self.setCentralWidget(self.splitter)
        self.setTabOrder(self.library_view.search, self.library_view.tree)
        self.setTabOrder(self.library_view.tree, self.summary_view)

        self.menus = Menus(self, ops)
        self._add_view_and_help_actions()
        self.statusBar().showMessage(self.tr("Alles wordt automatisch bewaard."), 5000)

        self.library_view.current_conversation_changed.connect(self.summary_view.show_conversation)
        self.library_view.current_route_changed.connect(self.summary_view.show_route)
        self.library_view.selection_cleared.connect(self.summary_view.show_placeholder)
        self.library_view.conversation_activated.connect(self.summary_view.show_conversation)
        self.library_view.route_activated.connect(self.summary_view.show_route)

        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(100)
        self._summary_timer.timeout.connect(self.summary_view.refresh)
        self.ops.subscribe(self._on_change)
        self._restore_layout()

    # ----------------------------------------------------------------- public

    def add_action(
        self, menu_name: str, action: QAction, *, separator_before: bool = False
    ) -> QAction:
        """Shortcut for ``self.menus.add_action``."""
        return self.menus.add_action(menu_name, action, separator_before=separator_before)

    def show_about(self) -> None:
        from praatplaat_app.ui.about_dialog import AboutDialog  # off the start-up path

        dialog = AboutDialog(self.library.path, configure_logging(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def open_log_folder(self) -> None:
        folder = configure_logging().parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Logbestand"),
                self.tr(
                    "De map kon niet worden geopend. Het logbestand staat in:\n{folder}"
                ).format(folder=folder),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.button(QMessageBox.StandardButton.Ok).setText("OK")
            box.exec()

    def shutdown(self) -> None:
        """Save the layout and stop listening; called when the window closes."""
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.library_splitter = self.splitter.saveState()
        self.settings.sync()
        self.ops.unsubscribe(self._on_change)
        self.library_view.detach()
        self._summary_timer.stop()

    # ----------------------------------------------------------------- events

    def restore_state(self) -> None:
        """Put toolbars and docks back where they were; call again when more were added."""
        self._state_restored = True
        state = self.settings.window_state
        if not state.isEmpty():
            self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        # Toolbars and docks are added by other modules after construction: restore
        # their places when the window first appears (the app restores once more after
        # the features that come after the first frame).
        if not self._state_restored:
            self.restore_state()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Everything is saved as it is typed: no "save changes?" question.
        self.shutdown()
        event.accept()

    # ---------------------------------------------------------------- private

    def _title(self) -> str:
        if self.library.path.resolve() == paths.default_library_path().resolve():
            return APP_NAME
        return f"{self.library.path.name} — {APP_NAME}"

    def _add_view_and_help_actions(self) -> None:
        m = self.menus
        self.search_action = m.new_action(
            "view",
            self.tr("&Zoeken"),
            self.tr("Zoeken in routes, gesprekken en notities (Ctrl+F)"),
            self.library_view.focus_search,
            [QKeySequence("Ctrl+F")],
        )
        self.expand_action = m.new_action(
            "view",
            self.tr("Alle routes &uitklappen"),
            self.tr("Van elke route de gesprekken tonen"),
            self.library_view.tree.expandAll,
            separator_before=True,
        )
        self.collapse_action = m.new_action(
            "view",
            self.tr("Alle routes &inklappen"),
            self.tr("Alleen de routes tonen, zonder hun gesprekken"),
            self.library_view.tree.collapseAll,
        )
        self.about_action = m.new_action(
            "help",
            self.tr("&Over Praatplaat"),
            self.tr("Versie, licentie en waar uw gegevens staan"),
            self.show_about,
        )
        self.about_action.setMenuRole(self.about_action.MenuRole.AboutRole)
        self.log_action = m.new_action(
            "help",
            self.tr("Map met &logbestand openen"),
            self.tr("De map openen waarin Praatplaat onverwachte fouten noteert"),
            self.open_log_folder,
        )

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            width = min(DEFAULT_SIZE[0], int(screen.width() * 0.92))
            height = min(DEFAULT_SIZE[1], int(screen.height() * 0.92))
            self.resize(width, height)
        splitter = self.settings.library_splitter
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([2 * self.width() // 5, 3 * self.width() // 5])

    def _on_change(self, change: Change) -> None:
        # Called inside an operation: only cheap, non-failing work here.
        if not shiboken6.isValid(self):
            return
        self.menus.update_undo_actions()
        if self.summary_view.affected_by(change):
            self._summary_timer.start()
