"""The guided conversation: new conversation, choosing indicators on the poster, walking
through indicators and themes, the timer, the projector view, autosave and undo.

The main window calls one function::

    from praatplaat_app.ui.conversation import install_conversation_ui
    self.conversation_ui = install_conversation_ui(self, library, catalog, ops)

It adds *Bestand → Nieuw gesprek…* (Ctrl+N) and *Beeld → Projectieweergave* (F5), opens a
conversation in its own window when the library view emits
``conversation_activated(session_id)``, and writes every pending edit when the app quits.
It reads the main window's API defensively (``menus.add_action`` or ``add_action`` or the
menu bar; ``library_view.conversation_activated``), so it keeps working while the main
window evolves.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from praatplaat_app.errors import NotFoundError
from praatplaat_app.indicators.catalog import Catalog
from praatplaat_app.operations import Operations
from praatplaat_app.store import Library
from praatplaat_app.ui.conversation.common import emit, inform

if TYPE_CHECKING:
    from praatplaat_app.ui.conversation.projector_window import ProjectorWindow
    from praatplaat_app.ui.conversation.workspace import ConversationWindow, ConversationWorkspace

# The screens load when first opened, not at app start-up.
_LAZY = {
    "NewConversationDialog": "new_conversation_dialog",
    "PresentationState": "projector_window",
    "ProjectorWindow": "projector_window",
    "ConversationWindow": "workspace",
    "ConversationWorkspace": "workspace",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


log = logging.getLogger("praatplaat.ui.conversation")

__all__ = [
    "ConversationUi",
    "ConversationWindow",
    "ConversationWorkspace",
    "NewConversationDialog",
    "PresentationState",
    "ProjectorWindow",
    "install_conversation_ui",
]

# The first title is used when the menu has to be made; the others are recognised.
_MENU_TITLES = {"file": ("&Bestand", "Bestand"), "view": ("Bee&ld", "Beeld", "&Beeld")}


class ConversationUi(QObject):
    """Opens conversations, keeps the projector in step, flushes on quit."""

    conversation_opened = Signal(str)

    def __init__(
        self,
        main_window: QWidget | None,
        library: Library,
        catalog: Catalog,
        ops: Operations,
    ) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self.windows: dict[str, ConversationWindow] = {}
        self.projector: ProjectorWindow | None = None
        self._active: str | None = None
        self.new_action: QAction | None = None
        self.open_action: QAction | None = None
        self.projector_action: QAction | None = None
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_all)
            app.focusChanged.connect(self._focus_changed)

    # ---------------------------------------------------------------- opening

    def new_conversation(self, route_id: str | None = None) -> str | None:
        """Show the new-conversation dialog; open the conversation it made."""
        if route_id is None:
            route_id = self._selected_route()
        from praatplaat_app.ui.conversation.new_conversation_dialog import NewConversationDialog

        dialog = NewConversationDialog(
            self.library, self.catalog, self.ops, self.main_window, route_id=route_id
        )
        try:
            if not dialog.exec() or not dialog.session_id:
                return None
            session_id = dialog.session_id
        finally:
            dialog.deleteLater()
        view = getattr(self.main_window, "library_view", None)
        select = getattr(view, "select", None)
        if callable(select):
            try:
                refresh = getattr(view, "refresh", None)
                if callable(refresh):
                    refresh()
                select("session", session_id)
            except Exception:  # the library view is not ours: never fail because of it
                log.exception("Nieuw gesprek niet geselecteerd in de lijst")
        self.open_conversation(session_id)
        return session_id

    def open_conversation(self, session_id: str) -> ConversationWindow | None:
        window = self.windows.get(session_id)
        if window is not None and shiboken6.isValid(window):
            window.showNormal() if window.isMinimized() else window.show()
            window.raise_()
            window.activateWindow()
            self._set_active(session_id)
            return window
        try:
            from praatplaat_app.ui.conversation.workspace import ConversationWindow

            window = ConversationWindow(
                self.library, self.catalog, self.ops, session_id, self.main_window
            )
        except NotFoundError as exc:
            inform(self.main_window, self.tr("Gesprek niet gevonden"), exc.message)
            return None
        self.windows[session_id] = window
        window.closed.connect(self._window_closed)
        workspace = window.workspace
        workspace.presentation_changed.connect(
            lambda sid=session_id: self._presentation_changed(sid)
        )
        workspace.projector_requested.connect(self.toggle_projector)
        self._fit(window)
        window.show()
        window.raise_()
        window.activateWindow()
        self._set_active(session_id)
        emit(self.conversation_opened, session_id)
        return window

    def workspace(self, session_id: str | None = None) -> ConversationWorkspace | None:
        session_id = session_id or self._active
        window = self.windows.get(session_id or "")
        if window is None or not shiboken6.isValid(window):
            return None
        return window.workspace

    # ---------------------------------------------------------------- projector

    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        self.show_projector()

    def show_projector(self) -> ProjectorWindow:
        if self.projector is None or not shiboken6.isValid(self.projector):
            # Parented to the main window: closing that window still quits the app.
            from praatplaat_app.ui.conversation.projector_window import ProjectorWindow

            self.projector = ProjectorWindow(self.catalog, self.main_window)
            self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.projector.next_question_requested.connect(lambda: self._step_question(+1))
            self.projector.previous_question_requested.connect(lambda: self._step_question(-1))
        workspace = self.workspace()
        self.projector.show_state(
            workspace.presentation_state()
            if workspace is not None
            else _presentation_state()(
                heading=self.catalog.title,
                question=self.tr("Open een gesprek om de praatplaat en de hulpvragen te tonen."),
            )
        )
        facilitator = workspace.window() if workspace is not None else self.main_window
        self.projector.show_on_best_screen(facilitator)
        if workspace is not None:
            workspace.window().activateWindow()
        return self.projector

    def _step_question(self, delta: int) -> None:
        workspace = self.workspace()
        if workspace is not None:
            workspace.step_question(delta)

    def _presentation_changed(self, session_id: str) -> None:
        if session_id != self._active:
            self._set_active(session_id)
        if self.projector is not None and shiboken6.isValid(self.projector):
            workspace = self.workspace(session_id)
            if workspace is not None:
                self.projector.show_state(workspace.presentation_state())

    # ---------------------------------------------------------------- saving

    def flush_all(self) -> None:
        """Write every pending edit (the app quits, the main window closes)."""
        for window in list(self.windows.values()):
            if shiboken6.isValid(window):
                try:
                    window.workspace.flush_all()
                except Exception:  # never block quitting
                    log.exception("Wijzigingen konden niet worden weggeschreven")

    def close_all(self) -> None:
        for window in list(self.windows.values()):
            if shiboken6.isValid(window):
                window.close()
        if self.projector is not None and shiboken6.isValid(self.projector):
            self.projector.close()

    # ---------------------------------------------------------------- internals

    def _set_active(self, session_id: str) -> None:
        self._active = session_id
        if self.projector is not None and shiboken6.isValid(self.projector):
            workspace = self.workspace(session_id)
            if workspace is not None:
                self.projector.show_state(workspace.presentation_state())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not shiboken6.isValid(new):
            return
        window = new.window()
        for session_id, conv_window in self.windows.items():
            if conv_window is window and session_id != self._active:
                self._set_active(session_id)
                return

    def _window_closed(self, session_id: str) -> None:
        self.windows.pop(session_id, None)
        if self._active == session_id:
            self._active = next(iter(self.windows), None)
            if self._active is None and self.projector is not None:
                if shiboken6.isValid(self.projector):
                    self.projector.close()

    def _selected_route(self) -> str | None:
        view = getattr(self.main_window, "library_view", None)
        current = getattr(view, "current", None)
        try:
            selected = current() if callable(current) else None
        except Exception:
            return None
        if not selected:
            return None
        kind, record_id = selected
        if kind == "route":
            return record_id
        if kind == "session":
            try:
                return self.library.conversation(record_id).route.id
            except NotFoundError:
                return None
        return None

    def _fit(self, window: QMainWindow) -> None:
        screen = (self.main_window.screen() if self.main_window is not None else None) or (
            QApplication.primaryScreen()
        )
        if screen is None:
            window.resize(1280, 760)
            return
        available = screen.availableGeometry()
        width = min(1400, available.width())
        height = min(900, available.height())
        window.resize(width, height)
        if available.width() <= 1440 or available.height() <= 800:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


# ------------------------------------------------------------------ integration


def _find_menu(main_window: QWidget, name: str) -> QMenu | None:
    menus = getattr(main_window, "menus", None)
    mapping = getattr(menus, "menus", None)
    if isinstance(mapping, dict) and isinstance(mapping.get(name), QMenu):
        return mapping[name]
    bar = main_window.menuBar() if isinstance(main_window, QMainWindow) else None
    if bar is None:
        return None
    titles = _MENU_TITLES.get(name, ())
    # In English the main window's menus have translated titles (context "Menus").
    titles = tuple(QCoreApplication.translate("Menus", t) for t in titles[:1]) + titles
    for action in bar.actions():
        menu = action.menu()
        if menu is not None and action.text().replace("&", "") in {
            t.replace("&", "") for t in titles
        }:
            return menu
    return bar.addMenu(titles[0] if titles else name)


def _add_menu_action(main_window: QWidget, name: str, action: QAction, **kwargs: Any) -> None:
    menus = getattr(main_window, "menus", None)
    add = getattr(menus, "add_action", None) or getattr(main_window, "add_action", None)
    if callable(add):
        try:
            add(name, action, **kwargs)
            return
        except Exception:
            log.exception("Menu-item via de API van het hoofdvenster toevoegen mislukt")
    menu = _find_menu(main_window, name)
    if menu is not None:
        if kwargs.get("separator_before"):
            menu.addSeparator()
        menu.addAction(action)
    else:
        main_window.addAction(action)


def install_conversation_ui(
    main_window: QWidget, library: Library, catalog: Catalog, ops: Operations
) -> ConversationUi:
    """Hook the conversation screens into the main window; returns the controller."""
    ui = ConversationUi(main_window, library, catalog, ops)

    new_action = QAction(
        QCoreApplication.translate("ConversationUi", "&Nieuw gesprek…"), main_window
    )
    new_action.setShortcut(QKeySequence("Ctrl+N"))
    new_action.setToolTip(
        QCoreApplication.translate(
            "ConversationUi",
            "Een nieuw gesprek beginnen, met een bestaande of een nieuwe route (Ctrl+N)",
        )
    )
    new_action.setStatusTip(new_action.toolTip())
    new_action.triggered.connect(lambda _c=False: ui.new_conversation())
    _add_menu_action(main_window, "file", new_action, separator_before=False)

    open_action = QAction(
        QCoreApplication.translate("ConversationUi", "Gesprek &openen"), main_window
    )
    open_action.setToolTip(
        QCoreApplication.translate(
            "ConversationUi", "Het gekozen gesprek openen om het te voeren of aan te vullen"
        )
    )
    open_action.setStatusTip(open_action.toolTip())

    def open_selected() -> None:
        view = getattr(main_window, "library_view", None)
        current = getattr(view, "current", None)
        selected = current() if callable(current) else None
        if selected and selected[0] == "session":
            ui.open_conversation(selected[1])
        else:
            inform(
                main_window,
                QCoreApplication.translate("ConversationUi", "Gesprek openen"),
                QCoreApplication.translate(
                    "ConversationUi",
                    "Kies eerst links een gesprek in de lijst, of begin een nieuw gesprek "
                    "(Ctrl+N).",
                ),
            )

    open_action.triggered.connect(lambda _c=False: open_selected())
    _add_menu_action(main_window, "file", open_action)

    projector_action = QAction(
        QCoreApplication.translate("ConversationUi", "&Projectieweergave"), main_window
    )
    projector_action.setShortcut(QKeySequence("F5"))
    projector_action.setToolTip(
        QCoreApplication.translate(
            "ConversationUi",
            "De praatplaat en de hulpvraag van het open gesprek op een tweede scherm of beamer "
            "(F5). Notities en namen worden daar nooit getoond.",
        )
    )
    projector_action.setStatusTip(projector_action.toolTip())
    projector_action.triggered.connect(lambda _c=False: ui.toggle_projector())
    _add_menu_action(main_window, "view", projector_action, separator_before=True)

    view = getattr(main_window, "library_view", None)
    signal = getattr(view, "conversation_activated", None)
    if signal is not None:
        signal.connect(ui.open_conversation)
    else:
        log.warning("Het hoofdvenster heeft (nog) geen library_view.conversation_activated")

    ui.new_action = new_action
    ui.open_action = open_action
    ui.projector_action = projector_action
    return ui


def _presentation_state() -> Any:
    from praatplaat_app.ui.conversation.projector_window import PresentationState

    return PresentationState
