"""The main window's menus. Other modules add their actions through :meth:`Menus.add_action`.

Example (in the export module)::

    action = QAction("Actieplan als PDF…", window)
    action.triggered.connect(...)
    window.menus.add_action("file", action)

Menu names: ``"file"`` (Bestand), ``"edit"`` (Bewerken), ``"view"`` (Beeld),
``"help"`` (Help). In Bestand, added actions go above "Afsluiten".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from praatplaat_app.operations import Operations


def add_feature_menu(window: QMainWindow, title: str) -> QMenu:
    """A feature's own top-level menu (Vragenlijst, Analyse), placed before Help."""
    menu = QMenu(title, window)
    bar = window.menuBar()
    help_menu = getattr(getattr(window, "menus", None), "help_menu", None)
    if help_menu is not None:
        bar.insertMenu(help_menu.menuAction(), menu)
    else:
        bar.addMenu(menu)
    return menu


def _menu_text(text: str) -> str:
    """Literal text for a menu label ('&' would otherwise become a mnemonic)."""
    return text.replace("&", "&&")


class Menus(QObject):
    def __init__(self, window: QMainWindow, ops: Operations) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        bar = window.menuBar()

        self.file_menu: QMenu = bar.addMenu(self.tr("&Bestand"))
        self.edit_menu: QMenu = bar.addMenu(self.tr("Be&werken"))
        self.view_menu: QMenu = bar.addMenu(self.tr("Bee&ld"))
        self.help_menu: QMenu = bar.addMenu(self.tr("&Help"))
        self.menus: dict[str, QMenu] = {
            "file": self.file_menu,
            "edit": self.edit_menu,
            "view": self.view_menu,
            "help": self.help_menu,
        }

        # Bestand
        self._file_end = self.file_menu.addSeparator()
        self.quit_action = self._action(
            self.tr("&Afsluiten"),
            self.tr("Praatplaat sluiten. Alles is al bewaard."),
            window.close,
            [QKeySequence("Ctrl+Q")],
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(self.quit_action)

        # Bewerken
        self.undo_action = self._action(
            self.tr("&Ongedaan maken"),
            self.tr("De laatste wijziging ongedaan maken (Ctrl+Z)"),
            self._undo,
            [QKeySequence("Ctrl+Z")],
        )
        self.redo_action = self._action(
            self.tr("Opn&ieuw"),
            self.tr("De ongedaan gemaakte wijziging opnieuw doen (Ctrl+Shift+Z)"),
            self._redo,
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
        )
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.aboutToShow.connect(self.update_undo_actions)

        # Beeld and Help are filled by the window (they need its widgets).
        self.update_undo_actions()

    # ------------------------------------------------------------------ public

    def add_action(
        self, menu_name: str, action: QAction, *, separator_before: bool = False
    ) -> QAction:
        """Add ``action`` to a menu ("file", "edit", "view", "help").

        In the file menu it goes above the separator before "Afsluiten".
        """
        menu = self.menus[menu_name]
        if menu is self.file_menu:
            if separator_before:
                self.file_menu.insertSeparator(self._file_end)
            self.file_menu.insertAction(self._file_end, action)
        else:
            if separator_before:
                menu.addSeparator()
            menu.addAction(action)
        if not action.statusTip() and action.toolTip():
            action.setStatusTip(action.toolTip())
        return action

    def new_action(
        self,
        menu_name: str,
        text: str,
        tip: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence] | None = None,
        *,
        separator_before: bool = False,
    ) -> QAction:
        """Create an action with its tooltip and shortcut and add it to a menu."""
        return self.add_action(
            menu_name,
            self._action(text, tip, slot, shortcuts or []),
            separator_before=separator_before,
        )

    def update_undo_actions(self) -> None:
        stack = self.ops.undo_stack
        self.undo_action.setEnabled(stack.can_undo)
        self.redo_action.setEnabled(stack.can_redo)
        self.undo_action.setText(
            self.tr("&Ongedaan maken: {label}").format(label=_menu_text(stack.undo_label))
            if stack.can_undo
            else self.tr("&Ongedaan maken")
        )
        self.redo_action.setText(
            self.tr("Opn&ieuw: {label}").format(label=_menu_text(stack.redo_label))
            if stack.can_redo
            else self.tr("Opn&ieuw")
        )

    # ----------------------------------------------------------------- private

    def _action(
        self, text: str, tip: str, slot: Callable[[], object], shortcuts: list[QKeySequence]
    ) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcuts:
            action.setShortcuts(shortcuts)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _undo(self) -> None:
        self.ops.undo()
        self.update_undo_actions()

    def _redo(self) -> None:
        self.ops.redo()
        self.update_undo_actions()
