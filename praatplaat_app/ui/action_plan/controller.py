"""The action plan in the main window: a dock with the editor and the PDF menu items.

Made by :func:`praatplaat_app.ui.action_plan.install_action_plan_ui`. Only menus are
made at start-up; the editor and the PDF worker are built when first needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu

from praatplaat_app.indicators import Catalog
from praatplaat_app.store import Library

if TYPE_CHECKING:
    from praatplaat_app.ui.action_plan.editor import ActionPlanEditor
    from praatplaat_app.ui.action_plan.pdf_preview import PdfExporter


class ActionPlanUi(QObject):
    """The action plan in the main window: a dock, the Export submenu and Print.

    Made by :func:`praatplaat_app.ui.action_plan.install_action_plan_ui`.
    """

    def __init__(self, window: QMainWindow, library: Library, catalog: Catalog, ops: Any) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self._exporter: PdfExporter | None = None
        self.session_id: str | None = None

        # The editor is built when the dock is first shown: not at start-up.
        self._editor: ActionPlanEditor | None = None
        self.dock = QDockWidget(self.tr("Actieplan"), window)
        self.dock.setObjectName("ActionPlanDock")  # for saveState()
        self.dock.setAccessibleName(self.tr("Actieplan"))
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._on_dock_visibility)

        self._make_actions()
        view = getattr(window, "library_view", None)
        if view is not None:
            view.current_conversation_changed.connect(self.set_session)
            view.current_route_changed.connect(lambda _route_id: self.set_session(None))
            view.selection_cleared.connect(lambda: self.set_session(None))
            current = view.current()
            if current and current[0] == "session":
                self.set_session(current[1])
        self._update_actions()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # ------------------------------------------------------------------ public

    @property
    def exporter(self) -> PdfExporter:
        if self._exporter is None:
            from praatplaat_app.ui.action_plan.pdf_preview import PdfExporter

            self._exporter = PdfExporter(self.window, self.library, self.catalog)
            self._exporter.message.connect(self._status)
            self._exporter.busy_changed.connect(lambda _busy: self._update_actions())
        return self._exporter

    @property
    def editor(self) -> ActionPlanEditor:
        if self._editor is None:
            from praatplaat_app.ui.action_plan.editor import ActionPlanEditor

            self._editor = ActionPlanEditor(
                self.library, self.catalog, self.ops, None, exporter=self.exporter
            )
            self.dock.setWidget(self._editor)
        return self._editor

    def set_session(self, session_id: str | None) -> None:
        """The conversation the menu items and the editor act on."""
        self.session_id = session_id
        if self.dock.isVisible():
            self.editor.set_session(session_id)
        self._update_actions()

    def show_editor(self, session_id: str | None = None) -> None:
        if session_id is not None:
            self.session_id = session_id
        if self.session_id is None:
            self._status(self.tr("Kies eerst een gesprek in de lijst."))
            return
        self.editor.set_session(self.session_id)
        self.dock.show()
        self.dock.raise_()
        if not self.dock.isFloating():
            width = self.window.width()
            self.window.resizeDocks(
                [self.dock], [max(560, int(width * 0.6))], Qt.Orientation.Horizontal
            )
        self.editor.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    def shutdown(self) -> None:
        if self._editor is not None:
            self._editor.detach()
        if self._exporter is not None:
            self._exporter.shutdown()

    # ----------------------------------------------------------------- private

    def _make_actions(self) -> None:
        window = self.window
        menus = getattr(window, "menus", None)

        def action(text: str, tip: str, slot: Any, shortcut: str = "") -> QAction:
            act = QAction(text, window)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.open_action = action(
            self.tr("&Actieplan"),
            self.tr("Het actieplan van het gekozen gesprek tonen en bewerken (Ctrl+Shift+A)"),
            self.show_editor,
            "Ctrl+Shift+A",
        )
        self.export_plan_action = action(
            self.tr("&Actieplan als PDF…"),
            self.tr("Het actieplan van het gekozen gesprek als PDF-bestand bewaren"),
            lambda: self.exporter.export_action_plan(self.session_id or ""),
        )
        self.export_report_action = action(
            self.tr("&Gespreksverslag als PDF…"),
            self.tr(
                "Het verslag van het gekozen gesprek (met notities en actieplan) als PDF bewaren"
            ),
            lambda: self.exporter.export_report(self.session_id or ""),
        )
        self.export_kit_action = action(
            self.tr("&Papieren set (blanco)…"),
            self.tr(
                "De praatplaat, de onderleggers en een leeg actieplan als PDF's bewaren "
                "(om af te drukken)"
            ),
            lambda: self.exporter.export_blank_kit(),
        )
        self.preview_action = action(
            self.tr("Afdruk&voorbeeld actieplan…"),
            self.tr("Het actieplan van het gekozen gesprek bekijken zoals het wordt afgedrukt"),
            lambda: self.exporter.preview_action_plan(self.session_id or ""),
        )
        self.preview_report_action = action(
            self.tr("Voorbeeld gespreks&verslag…"),
            self.tr("Het verslag van het gekozen gesprek bekijken zoals het wordt afgedrukt"),
            lambda: self.exporter.preview_report(self.session_id or ""),
        )
        self.print_action = action(
            self.tr("Af&drukken…"),
            self.tr("Het actieplan van het gekozen gesprek afdrukken (Ctrl+P)"),
            lambda: self.exporter.print_action_plan(self.session_id or ""),
            "Ctrl+P",
        )
        self.export_menu = QMenu(self.tr("&Exporteren"), window)
        self.export_menu.setAccessibleName(self.tr("Exporteren"))
        self.export_menu.setToolTipsVisible(True)
        for act in (self.export_plan_action, self.export_report_action, self.export_kit_action):
            self.export_menu.addAction(act)
        if menus is not None:
            menus.add_action("file", self.export_menu.menuAction(), separator_before=True)
            menus.add_action("file", self.preview_action)
            menus.add_action("file", self.preview_report_action)
            menus.add_action("file", self.print_action)
            menus.add_action("view", self.open_action, separator_before=True)
        else:  # a plain QMainWindow: still reachable by keyboard
            for act in (self.open_action, self.print_action):
                window.addAction(act)

    def _update_actions(self) -> None:
        has_session = bool(self.session_id)
        busy = self._exporter is not None and self._exporter.busy
        for act in (
            self.export_plan_action,
            self.export_report_action,
            self.preview_action,
            self.preview_report_action,
            self.print_action,
        ):
            act.setEnabled(has_session and not busy)
        self.export_kit_action.setEnabled(not busy)
        self.open_action.setEnabled(has_session)

    def _on_dock_visibility(self, visible: bool) -> None:
        if visible and self.editor.session_id != self.session_id:
            self.editor.set_session(self.session_id)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)
