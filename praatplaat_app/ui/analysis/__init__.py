"""Analysis screens: the network overview, the follow-ups that are due, a route's page.

Wire it into the main window with::

    from praatplaat_app.ui.analysis import install_analysis_ui
    ui = install_analysis_ui(window, library, catalog, ops)

This adds a menu **Analyse** (before Help) with *Netwerkoverzicht…* (Ctrl+Shift+N), *Vervolg
gepland* (a dock listing routes whose follow-up conversation is overdue or due within 30
days), *Routepagina* (a dock with :class:`RoutePage`: the route's timeline, follow-up status
and community check) and *Vervolggesprek houden…*. The route page follows the library:
double click / Enter on a route (``library_view.route_activated``) opens it, and while it is
open it follows the selected route or conversation. ``ops`` must include
:class:`~praatplaat_app.analysis.operations.FollowUpOperations`.

The widgets only call the core (:mod:`praatplaat_app.analysis`) and the operations layer;
no SQL here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu

from praatplaat_app.domain import Session
from praatplaat_app.indicators import Catalog
from praatplaat_app.ui.menus import add_feature_menu
from praatplaat_app.ui.message_box import message

if TYPE_CHECKING:
    from praatplaat_app.ui.analysis.follow_up_panel import FollowUpPanel
    from praatplaat_app.ui.analysis.overview_dialog import NetworkOverviewDialog
    from praatplaat_app.ui.analysis.route_page import RoutePage

# Where the screens live; imported when first used (the docks' contents come after the
# main window's first frame, the overview dialog with QtSvg when it is opened).
_LAZY = {
    "FollowUpPanel": "follow_up_panel",
    "RoutePage": "route_page",
    "NetworkOverviewDialog": "overview_dialog",
    "SvgChart": "overview_dialog",
}

__all__ = [
    "AnalysisUi",
    "FollowUpPanel",
    "NetworkOverviewDialog",
    "RoutePage",
    "SvgChart",
    "install_analysis_ui",
]



def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Changes after which the due list and the route page may be out of date.
_RELEVANT = frozenset(
    {"sessions", "follow_ups", "actions", "routes", "participants", "notes", "goals", "indicators"}
)


# ---------------------------------------------------------------- installing


class AnalysisUi(QObject):
    """What :func:`install_analysis_ui` adds to the main window; keep it alive."""

    def __init__(self, window: QMainWindow, library: Any, catalog: Catalog, ops: Any) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self.overview_dialog: NetworkOverviewDialog | None = None

        docks = getattr(window, "analysis_docks", None) or place_analysis_docks(window)
        self.due_dock, self.route_dock = docks.due_dock, docks.route_dock
        from praatplaat_app.ui.analysis.follow_up_panel import FollowUpPanel
        from praatplaat_app.ui.analysis.route_page import RoutePage

        self.panel = FollowUpPanel(library)
        self.due_dock.setWidget(self.panel)
        self.route_page = RoutePage(library, catalog)
        self.route_dock.setWidget(self.route_page)
        self.panel.route_chosen.connect(self.show_route_page)
        self.panel.hold_requested.connect(self.hold_follow_up)
        self.route_page.hold_requested.connect(self.hold_follow_up)
        self.route_page.continue_requested.connect(self.continue_follow_up)
        self.route_dock.visibilityChanged.connect(self._route_dock_visibility)

        self.menu = docks.menu
        self.overview_action = self._action(
            self.tr("&Netwerkoverzicht…"),
            self.tr(
                "Analyse van evaluaties over alle routes: indicatoren, thema's, acties, "
                "onderwerpen, vervolggesprekken"
            ),
            self.show_overview,
            QKeySequence("Ctrl+Shift+N"),
        )
        self.menu.addSeparator()
        self.due_action = self.due_dock.toggleViewAction()
        self.due_action.setText(self.tr("&Vervolg gepland"))
        self.due_action.setToolTip(
            self.tr("Routes waarvan het vervolggesprek te laat is of binnenkort komt")
        )
        self.menu.addAction(self.due_action)
        self.route_action = self.route_dock.toggleViewAction()
        self.route_action.setText(self.tr("&Routepagina"))
        self.route_action.setToolTip(
            self.tr("Tijdlijn, vervolggesprek en leergemeenschap van de route")
        )
        self.menu.addAction(self.route_action)
        self.hold_action = self._action(
            self.tr("Vervolggesprek &houden…"),
            self.tr(
                "Een vervolggesprek voor de gekozen route: acties nalopen en de evaluatie bespreken"
            ),
            self._hold_for_current,
        )

        self.current_route_id: str | None = None
        view = getattr(window, "library_view", None)
        if view is not None:
            view.route_activated.connect(self.show_route_page)
            view.current_route_changed.connect(self._current_route)
            view.current_conversation_changed.connect(self._current_conversation)
        ops.subscribe(self._on_change)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self._refresh)
        # Show what needs attention at start-up; otherwise the dock stays out of the way.
        self.due_dock.setVisible(self.panel.count() > 0)
        self._update_titles()

    # ---------------------------------------------------------------- public

    def show_overview(self) -> NetworkOverviewDialog:
        from praatplaat_app.ui.analysis.overview_dialog import NetworkOverviewDialog

        dialog = NetworkOverviewDialog(self.library, self.catalog, self.window)
        self.overview_dialog = dialog
        dialog.exec()
        return dialog

    def show_route_page(self, route_id: str) -> None:
        self.current_route_id = route_id
        self.route_page.show_route(route_id)
        self.route_dock.show()
        self.route_dock.raise_()

    def hold_follow_up(self, route_id: str) -> Any:
        from praatplaat_app.ui.analysis.follow_up_dialog import FollowUpDialog

        dialog = FollowUpDialog(self.library, self.catalog, self.ops, route_id, parent=self.window)
        dialog.exec()
        self._refresh()
        return dialog

    def continue_follow_up(self, route_id: str, session_id: str) -> Any:
        from praatplaat_app.ui.analysis.follow_up_dialog import FollowUpDialog

        dialog = FollowUpDialog(
            self.library, self.catalog, self.ops, route_id, session_id, parent=self.window
        )
        dialog.exec()
        self._refresh()
        return dialog

    def shutdown(self) -> None:
        self.ops.unsubscribe(self._on_change)

    # --------------------------------------------------------------- private

    def _action(
        self, text: str, tip: str, slot: Any, shortcut: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def _hold_for_current(self) -> None:
        route_id = self.current_route_id or self.panel.current_route_id()
        if route_id is None:
            message(
                self.window,
                self.tr("Vervolggesprek"),
                self.tr("Kies eerst een route in de lijst, of een route bij 'Vervolg gepland'."),
                error=False,
            )
            return
        self.hold_follow_up(route_id)

    def _current_route(self, route_id: str) -> None:
        self.current_route_id = route_id
        if self.route_dock.isVisible():
            self.route_page.show_route(route_id)

    def _current_conversation(self, session_id: str) -> None:
        session = self.library.find(Session, session_id)
        if session is not None:
            self._current_route(session.route_id)

    def _route_dock_visibility(self, visible: bool) -> None:
        if visible and self.current_route_id and self.route_page.route_id != self.current_route_id:
            self.route_page.show_route(self.current_route_id)

    def _on_change(self, change: Any) -> None:
        # Called inside an operation: only schedule the refresh here.
        if not shiboken6.isValid(self) or not (set(change.what) & _RELEVANT):
            return
        self._refresh_timer.start()

    def _refresh(self) -> None:
        if not shiboken6.isValid(self) or not self.library.is_open:
            return
        self.panel.refresh()
        if self.route_dock.isVisible():
            self.route_page.refresh()
        self._update_titles()

    def _update_titles(self) -> None:
        count = self.panel.count()
        self.due_dock.setWindowTitle(
            self.tr("Vervolg gepland ({count})").format(count=count)
            if count
            else self.tr("Vervolg gepland")
        )


@dataclass
class AnalysisDocks:
    menu: QMenu
    due_dock: QDockWidget
    route_dock: QDockWidget


def _dock(window: QMainWindow, title: str, name: str, area: Any) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)  # for saveState()
    dock.setAccessibleName(title)
    window.addDockWidget(area, dock)
    dock.hide()
    return dock


def place_analysis_docks(main_window: QMainWindow) -> AnalysisDocks:
    """The menu Analyse and the 'Vervolg gepland' and route docks, still empty.

    The app places them before the main window's first frame, so that the window's
    restored layout has them where they were and the menu bar does not shift;
    :func:`install_analysis_ui` puts their contents in.
    """
    docks = AnalysisDocks(
        menu=add_feature_menu(main_window, QCoreApplication.translate("AnalysisUi", "&Analyse")),
        due_dock=_dock(
            main_window,
            QCoreApplication.translate("AnalysisUi", "Vervolg gepland"),
            "FollowUpDueDock",
            Qt.DockWidgetArea.LeftDockWidgetArea,
        ),
        route_dock=_dock(
            main_window,
            QCoreApplication.translate("AnalysisUi", "Route"),
            "RoutePageDock",
            Qt.DockWidgetArea.RightDockWidgetArea,
        ),
    )
    main_window.analysis_docks = docks  # type: ignore[attr-defined]
    return docks


def install_analysis_ui(
    main_window: QMainWindow, library: Any, catalog: Catalog, ops: Any
) -> AnalysisUi:
    """Add the Analyse menu, the 'Vervolg gepland' and route docks; keep the result alive."""
    ui = AnalysisUi(main_window, library, catalog, ops)
    main_window.analysis_ui = ui  # type: ignore[attr-defined]
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(ui.shutdown)
    return ui
