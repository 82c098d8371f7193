"""Release quality in the main window: Instellingen…, Reservekopie terugzetten…, and
the daily backup.

The lead calls, after the main window is built (``ui/features.py``)::

    from praatplaat_app.ui.release import install_release_ui
    install_release_ui(window, library, catalog, ops)

It adds *Bewerken → Instellingen…* (Ctrl+,) and *Bestand → Reservekopie terugzetten…*,
and makes the daily backup (when the setting is on): once the window is shown, on a
worker thread with its own SQLite connection (the facilitator can type meanwhile), and
again when the window closes (synchronously, so it is done before the library closes).

Restoring replaces the library file's contents, which every open screen has read, so
it is not done under a live window: all windows close (pending edits are written as
they close), the library is closed, the backup is restored, and Praatplaat stops with a
message asking to start it again. ``window.restart_requested`` is set to ``True`` for an
``app.py`` that wants to reopen by itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QWidget

from praatplaat_app.errors import PraatplaatError
from praatplaat_app.store.backups import daily_backup_if_due, restore_backup
from praatplaat_app.ui.settings import Settings

log = logging.getLogger("praatplaat.ui.release")

# After the window is shown: let it paint and settle before the backup starts.
START_DELAY_MS = 1500

Button = QMessageBox.StandardButton


def _message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str = ""
) -> None:
    box = QMessageBox(icon, title, text, Button.Ok, parent)
    box.setInformativeText(informative)
    box.setAccessibleName(title)
    box.button(Button.Ok).setText("OK")
    box.exec()


class ReleaseUi(QObject):
    """The settings and restore menu items and the daily backup of one main window."""

    # (path of the backup made or None, Dutch error message or "") — from the worker thread
    backup_finished = Signal(object, str)

    def __init__(self, window: QMainWindow, library: Any, catalog: Any, ops: Any) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self.library_path = Path(library.path)
        self._thread: threading.Thread | None = None
        self._shown = False
        self._closed = False
        # Replaced in tests: ends the app after a restore.
        self.quit_app: Callable[[], None] = lambda: QTimer.singleShot(0, QApplication.quit)
        self.backup_finished.connect(self._report_backup)

        self.settings_action = QAction(self.tr("&Instellingen…"), window)
        self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setToolTip(
            self.tr(
                "Taal, standaard gespreksleider, plek van de bibliotheek, reservekopieën en "
                "projectiescherm (Ctrl+,)"
            )
        )
        self.settings_action.setStatusTip(self.settings_action.toolTip())
        self.settings_action.triggered.connect(lambda _checked=False: self.open_settings())
        self.restore_action = QAction(self.tr("Reservekopie &terugzetten…"), window)
        self.restore_action.setToolTip(
            self.tr("Een eerdere stand van de bibliotheek terugzetten uit een reservekopie")
        )
        self.restore_action.setStatusTip(self.restore_action.toolTip())
        self.restore_action.triggered.connect(lambda _checked=False: self.open_restore())
        _add_action(window, "edit", self.settings_action, separator_before=True)
        _add_action(window, "file", self.restore_action, separator_before=True)

        window.installEventFilter(self)
        if window.isVisible():
            self._on_first_show()

    # ------------------------------------------------------------------ events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Show and not self._shown:
                self._on_first_show()
            elif event.type() == QEvent.Type.Close and not self._closed:
                self._closed = True
                self.backup_on_close()
        return False

    def _on_first_show(self) -> None:
        self._shown = True
        QTimer.singleShot(START_DELAY_MS, self._start_if_alive)

    def _start_if_alive(self) -> None:
        if shiboken6.isValid(self) and not self._closed:
            self.start_daily_backup()

    # ------------------------------------------------------------------ backup

    def start_daily_backup(self) -> bool:
        """Start the daily backup on a worker thread; False when off or already running."""
        settings = Settings()
        if not settings.daily_backup or self.backup_running():
            return False
        keep = settings.backups_kept
        path = self.library_path

        def work() -> None:
            try:
                made = daily_backup_if_due(path, keep=keep)
            except PraatplaatError as exc:
                self.backup_finished.emit(None, exc.message)
            except Exception as exc:  # a worker thread must never die silently
                log.exception("Dagelijkse reservekopie mislukt")
                self.backup_finished.emit(
                    None,
                    self.tr("De dagelijkse reservekopie is mislukt ({error}).").format(error=exc),
                )
            else:
                self.backup_finished.emit(made, "")

        self._thread = threading.Thread(target=work, name="praatplaat-reservekopie", daemon=True)
        self._thread.start()
        return True

    def backup_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait_for_backup(self, timeout: float = 60.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def backup_on_close(self) -> Path | None:
        """The daily backup when the window closes, if today's is still due."""
        self.wait_for_backup()
        settings = Settings()
        if not settings.daily_backup:
            return None
        try:
            return daily_backup_if_due(self.library_path, keep=settings.backups_kept)
        except PraatplaatError as exc:  # never keep the app from closing
            log.warning("Reservekopie bij afsluiten mislukt: %s", exc.message)
        except Exception:
            log.exception("Reservekopie bij afsluiten mislukt")
        return None

    def _report_backup(self, made: object, error: str) -> None:
        if not shiboken6.isValid(self.window):
            return
        bar = self.window.statusBar()
        if error:
            log.warning("Dagelijkse reservekopie mislukt: %s", error)
            bar.showMessage(error, 15000)
        elif made is not None:
            bar.showMessage(
                self.tr("De dagelijkse reservekopie van uw bibliotheek is gemaakt."), 5000
            )

    # ---------------------------------------------------------------- settings

    def open_settings(self) -> bool:
        from praatplaat_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(Settings(), self.window, current_library=self.library_path)
        try:
            if not dialog.exec():
                return False
            message = self.tr("De instellingen zijn bewaard.")
            if dialog.restart_needed:
                message += self.tr(" Taal en plek van de bibliotheek worden actief na herstarten.")
            self.window.statusBar().showMessage(message, 8000)
            return True
        finally:
            dialog.deleteLater()

    # ----------------------------------------------------------------- restore

    def open_restore(self) -> bool:
        from praatplaat_app.ui.backups_dialog import BackupsDialog

        current = None
        try:
            current = (len(self.library.routes()), self.library.count_sessions())
        except Exception:  # only informative
            log.exception("Inhoud van de bibliotheek niet geteld")
        dialog = BackupsDialog(self.library_path, self.window, current=current)
        try:
            if not dialog.exec() or dialog.chosen_backup is None:
                return False
            chosen = dialog.chosen_backup
        finally:
            dialog.deleteLater()
        return self.restore(chosen)

    def restore(self, backup: Path) -> bool:
        """Close every window and the library, restore ``backup``, then end the app."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        others = [
            w
            for w in app.topLevelWidgets()
            if w is not self.window and w.isVisible() and not isinstance(w, QMenu)
        ]
        for other in others:
            other.close()
        still_open = [w for w in others if shiboken6.isValid(w) and w.isVisible()]
        if still_open:
            title = still_open[0].windowTitle() or self.tr("een ander venster")
            _message(
                self.window,
                QMessageBox.Icon.Information,
                self.tr("Eerst een venster sluiten"),
                self.tr(
                    "Sluit eerst het venster '{title}'. Daarna kunt u de reservekopie terugzetten."
                ).format(title=title),
            )
            return False
        quit_on_last = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        library_closed = False
        try:
            self.window.close()
            if self.window.isVisible():
                return False
            self.wait_for_backup()
            self.library.close()
            library_closed = True
            try:
                safety = restore_backup(self.library_path, backup)
            except PraatplaatError as exc:
                log.warning("Terugzetten mislukt: %s", exc.message)
                _message(
                    None,
                    QMessageBox.Icon.Warning,
                    self.tr("Terugzetten mislukt"),
                    exc.message,
                    self.tr("Praatplaat stopt nu. Start Praatplaat opnieuw om verder te werken."),
                )
                return False
            self.window.restart_requested = True  # type: ignore[attr-defined]
            _message(
                None,
                QMessageBox.Icon.Information,
                self.tr("Reservekopie teruggezet"),
                self.tr("De reservekopie is teruggezet."),
                self.tr(
                    "Hoe de bibliotheek was vóór het terugzetten, is bewaard als reservekopie "
                    "'{name}'.\n\nPraatplaat opent de teruggezette bibliotheek nu."
                ).format(name=safety.name),
            )
            return True
        finally:
            app.setQuitOnLastWindowClosed(quit_on_last)
            if library_closed:  # nothing can go on without the library
                self.quit_app()


def _add_action(
    window: QWidget, menu_name: str, action: QAction, *, separator_before: bool
) -> None:
    menus = getattr(window, "menus", None)
    add = getattr(menus, "add_action", None)
    if callable(add):
        add(menu_name, action, separator_before=separator_before)
    else:  # a bare window (tests): keep the shortcut working
        window.addAction(action)


def install_release_ui(main_window: Any, library: Any, catalog: Any, ops: Any) -> ReleaseUi:
    """Add Instellingen… and Reservekopie terugzetten…, and the daily backup."""
    ui = ReleaseUi(main_window, library, catalog, ops)
    main_window.release_ui = ui
    return ui


__all__ = ["ReleaseUi", "install_release_ui"]
