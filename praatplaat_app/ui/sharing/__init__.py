"""Sharing conversations with colleagues (issue 5's screens).

The lead calls :func:`install_sharing_ui` once, after the main window is built::

    from praatplaat_app.ui.sharing import install_sharing_ui
    install_sharing_ui(window, library, catalog, ops)

It adds:

- Bestand → "Importeren…" and a "Delen" submenu (export a conversation or a route,
  share through the shared folder, check the shared folder, choose it);
- Bewerken → "Geschiedenis…", "Foto's bij dit gesprek…", "Persoon vergeten…";
- a context menu on the library tree (conversations and routes);
- drag and drop of ``.praatplaat`` files onto the window;
- the import of a file given on the command line (``window.pending_import_path``), without
  questions in ``--startup-probe`` mode (before STARTUP-SHOWN is printed);
- a link to the photos under the conversation summary;
- a quiet look into the shared folder after start-up (a status-bar badge).

The exchange core (``praatplaat_app.exchange``) is imported on first use, never on the
start-up path. Every rewrite of the library made here (import, restore, forget) clears
the undo stack, so Ctrl+Z cannot silently revert merged records or bring a name back.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QAction, QKeySequence, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeView,
    QWidget,
)

from praatplaat_app.errors import PraatplaatError
from praatplaat_app.ui.message_box import message
from praatplaat_app.ui.settings import Settings

log = logging.getLogger("praatplaat.ui.sharing")

# The same as ``praatplaat_app.exchange.FILE_SUFFIX``, without loading the core at start-up.
FILE_SUFFIX = ".praatplaat"
FILE_FILTER = QT_TRANSLATE_NOOP("SharingUi", "Praatplaat-bestanden (*.praatplaat)")
PHOTOS_LINK = "praatplaat-fotos:"
NO_CONVERSATION = QT_TRANSLATE_NOOP("SharingUi", "Kies eerst links in de lijst een gesprek.")
NO_SELECTION = QT_TRANSLATE_NOOP(
    "SharingUi", "Kies eerst links in de lijst een gesprek of een route."
)
# Everything an import, a restore or forgetting a person may have changed.
ALL_CHANGES = frozenset(
    {
        "routes",
        "sessions",
        "participants",
        "indicators",
        "notes",
        "theme_marks",
        "goals",
        "actions",
        "follow_ups",
        "questionnaires",
        "attachments",
    }
)
# Per-conversation notices after a rewrite (open screens reload); more are not sent.
_MAX_SESSION_NOTICES = 5000


# ===================================================================== helpers


def _button(result: Any) -> QMessageBox.StandardButton:
    try:
        return QMessageBox.StandardButton(int(result))
    except (TypeError, ValueError):
        return QMessageBox.StandardButton.NoButton




def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str = "",
    *,
    yes: str | None = None,
    no: str | None = None,
    default_yes: bool = False,
    warning: bool = False,
) -> bool:
    """A yes/no question with Dutch buttons; True for yes."""
    if yes is None:
        yes = QCoreApplication.translate("SharingUi", "Ja")
    if no is None:
        no = QCoreApplication.translate("SharingUi", "Nee")
    Button = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question,
        title,
        text,
        Button.Yes | Button.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(informative)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    for standard, label in ((Button.Yes, yes), (Button.No, no)):
        button = box.button(standard)
        button.setText(label)
        button.setAccessibleName(label)
    box.setDefaultButton(Button.Yes if default_yes else Button.No)
    box.setEscapeButton(Button.No)
    return _button(box.exec()) == Button.Yes


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    """A wait cursor while a long operation runs (restored even when it fails)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def status(window: QWidget, text: str, timeout: int = 8000) -> None:
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, timeout)


def notify_library_rewritten(
    window: QWidget, library: Any, ops: Any, *, session_ids: Iterable[str] | None = None
) -> None:
    """After an import, a restore or forgetting a person: no undo past this point, and
    every screen reloads what it shows (also an open conversation)."""
    ops.undo_stack.clear()
    menus = getattr(window, "menus", None)
    if menus is not None and hasattr(menus, "update_undo_actions"):
        menus.update_undo_actions()
    from praatplaat_app.operations import Change

    notify = getattr(ops, "notify", None) or getattr(ops, "_notify", None)
    if notify is None:
        return
    if session_ids is None:
        try:
            session_ids = [s.id for s in library.list_sessions(limit=_MAX_SESSION_NOTICES)]
        except Exception:  # a listing problem must not hide a finished import
            log.exception("Gesprekken niet opgehaald voor het vernieuwen van de schermen")
            session_ids = []
    changes = [Change(ALL_CHANGES)]
    changes += [
        Change(ALL_CHANGES, session_id=sid)
        for sid in list(dict.fromkeys(session_ids))[:_MAX_SESSION_NOTICES]
    ]
    for change in changes:
        try:
            notify(change)
        except Exception:  # the change is in the library; a screen failing to follow is logged
            log.exception("Een scherm kon de wijziging niet verwerken")


def in_startup_probe(window: Any = None) -> bool:
    """True while ``praatplaat --startup-probe`` runs: nobody is there to answer a question."""
    flag = getattr(window, "startup_probe", None)
    if flag is not None:
        return bool(flag)
    app_module = sys.modules.get("praatplaat_app.ui.app")
    if app_module is not None and getattr(app_module, "_probe_mode", False):
        return True
    return "--startup-probe" in QCoreApplication.arguments()


# ===================================================================== install


class SharingUi(QObject):
    """The sharing menus, context menu, drop target and start-up checks of one window."""

    def __init__(self, window: Any, library: Any, catalog: Any, ops: Any) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self.settings = Settings()
        self._photo_counts: dict[str, int] = {}
        self._decorating = False
        self._decorated: tuple[int, int] | None = None
        self._started = False
        self._scan_generation = 0
        self.scan_thread: threading.Thread | None = None
        self.new_shared_files: list[Any] = []

        self._build_actions()
        self.tree = self._install_context_menu()
        self._install_drop_target()
        self._install_summary_link()
        self._install_badge()
        # Runs once the event loop turns, i.e. after the window is shown and after the
        # start-up code has set ``pending_import_path``.
        QTimer.singleShot(0, self._after_start)

    # ------------------------------------------------------------------ menus

    def _new(
        self,
        text: str,
        tip: str,
        slot: Callable[[], object],
        shortcut: str | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _add(self, menu_name: str, action: QAction, *, separator_before: bool = False) -> None:
        menus = getattr(self.window, "menus", None)
        if menus is not None:
            menus.add_action(menu_name, action, separator_before=separator_before)
        else:  # a bare window (tests of other modules): keep the shortcut working
            self.window.addAction(action)

    def _build_actions(self) -> None:
        self.import_action = self._new(
            self.tr("&Importeren…"),
            self.tr("Een .praatplaat-bestand van een collega in uw bibliotheek opnemen (Ctrl+I)"),
            self.import_files,
            "Ctrl+I",
        )
        self.export_session_action = self._new(
            self.tr("&Gesprek exporteren…"),
            self.tr(
                "Het gekozen gesprek als .praatplaat-bestand opslaan, om te mailen of te delen"
            ),
            self.export_session,
        )
        self.export_route_action = self._new(
            self.tr("&Route exporteren…"),
            self.tr("De gekozen route met al haar gesprekken als .praatplaat-bestand opslaan"),
            self.export_route,
        )
        self.share_action = self._new(
            self.tr("&Delen via gedeelde map…"),
            self.tr(
                "Het gekozen gesprek of de gekozen route in de gedeelde map zetten (OneDrive of Teams)"
            ),
            self.share_selection,
        )
        self.check_folder_action = self._new(
            self.tr("Gedeelde map &controleren…"),
            self.tr("Kijken of collega's nieuwe bestanden in de gedeelde map hebben gezet"),
            self.check_shared_folder,
        )
        self.choose_folder_action = self._new(
            self.tr("Gedeelde map &kiezen…"),
            self.tr("De map kiezen die u met collega's deelt via OneDrive of Teams"),
            self.choose_shared_folder,
        )
        self.history_action = self._new(
            self.tr("&Geschiedenis…"),
            self.tr(
                "Eerdere versies bekijken die bij het importeren opzij zijn gezet, en er een "
                "terugzetten"
            ),
            self.show_history,
        )
        self.photos_action = self._new(
            self.tr("&Foto's bij dit gesprek…"),
            self.tr(
                "Foto's van de ingevulde praatplaat bij het gekozen gesprek bekijken of toevoegen"
            ),
            self.show_photos,
        )
        self.forget_action = self._new(
            self.tr("Persoon &vergeten…"),
            self.tr(
                "Een naam overal uit de bibliotheek en de reservekopieën verwijderen (privacy)"
            ),
            self.forget_person,
        )

        self.share_menu = QMenu(self.tr("&Delen"), self.window)
        self.share_menu.setToolTipsVisible(True)
        self.share_menu.setAccessibleName(self.tr("Delen"))
        for action in (self.export_session_action, self.export_route_action):
            self.share_menu.addAction(action)
        self.share_menu.addSeparator()
        for action in (self.share_action, self.check_folder_action, self.choose_folder_action):
            self.share_menu.addAction(action)
        share_entry = self.share_menu.menuAction()
        share_entry.setToolTip(self.tr("Gesprekken en routes delen met collega's"))
        share_entry.setStatusTip(share_entry.toolTip())

        self._add("file", self.import_action, separator_before=True)
        self._add("file", share_entry)
        self._add("edit", self.history_action, separator_before=True)
        self._add("edit", self.photos_action)
        self._add("edit", self.forget_action)

    # ----------------------------------------------------------- context menu

    def _install_context_menu(self) -> QTreeView | None:
        view = getattr(self.window, "library_view", None)
        if view is None:
            return None
        tree = getattr(view, "tree", None)
        if not isinstance(tree, QTreeView):
            tree = view.findChild(QTreeView)
        if tree is None:
            log.warning("Geen lijst met routes en gesprekken gevonden voor het contextmenu")
            return None
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._show_context_menu)
        return tree

    def context_menu(self, kind: str | None, record_id: str | None) -> QMenu:
        """The context menu for a row of the library tree (or the empty area)."""
        menu = QMenu(self.tree or self.window)
        menu.setAccessibleName(self.tr("Delen"))
        menu.setToolTipsVisible(True)

        def item(text: str, tip: str, slot: Callable[[], object]) -> QAction:
            action = menu.addAction(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False: slot())
            return action

        if kind == "session" and record_id:
            item(
                self.tr("Gesprek exporteren…"),
                self.tr("Dit gesprek als .praatplaat-bestand opslaan"),
                lambda: self.export_session(record_id),
            )
            item(
                self.tr("Delen via gedeelde map…"),
                self.tr("Dit gesprek in de gedeelde map zetten"),
                lambda: self.share_selection(("session", record_id)),
            )
            menu.addSeparator()
            item(
                self.tr("Foto's bij dit gesprek…"),
                self.tr("Foto's van de ingevulde praatplaat bekijken of toevoegen"),
                lambda: self.show_photos(record_id),
            )
        elif kind == "route" and record_id:
            item(
                self.tr("Route exporteren…"),
                self.tr("Deze route met al haar gesprekken als .praatplaat-bestand opslaan"),
                lambda: self.export_route(record_id),
            )
            item(
                self.tr("Route delen via gedeelde map…"),
                self.tr("Deze route met al haar gesprekken in de gedeelde map zetten"),
                lambda: self.share_selection(("route", record_id)),
            )
        else:
            item(
                self.tr("Importeren…"),
                self.tr("Een .praatplaat-bestand van een collega opnemen"),
                self.import_files,
            )
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        tree = self.tree
        if tree is None:
            return
        from praatplaat_app.ui.library_model import ID_ROLE, KIND_ROLE

        index: QModelIndex = tree.indexAt(pos)
        kind = record_id = None
        if index.isValid():
            kind, record_id = index.data(KIND_ROLE), index.data(ID_ROLE)
            tree.setCurrentIndex(index)
        menu = self.context_menu(kind, record_id)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(tree.viewport().mapToGlobal(pos))

    # ---------------------------------------------------------- drag and drop

    def _install_drop_target(self) -> None:
        from praatplaat_app.ui.sharing.drop_handler import DropHandler

        self.drop_handler = DropHandler(
            self.window,
            on_files=lambda paths: QTimer.singleShot(0, lambda: self.import_files(paths)),
            on_refused=lambda text: status(self.window, text),
        )

    # ------------------------------------------------------------ summary link

    def _install_summary_link(self) -> None:
        view = getattr(self.window, "summary_view", None)
        if view is None or not hasattr(view, "textChanged"):
            return
        self.summary_view = view
        view.textChanged.connect(self._decorate_summary)
        if hasattr(view, "anchorClicked"):
            view.anchorClicked.connect(self._on_summary_link)
            # The summary is read-only text; let its one link (the photos) be clicked
            # and reached with the keyboard.
            flags = Qt.TextInteractionFlag
            view.setTextInteractionFlags(
                view.textInteractionFlags()
                | flags.LinksAccessibleByMouse
                | flags.LinksAccessibleByKeyboard
            )

    def _photo_count(self, session_id: str) -> int:
        if session_id not in self._photo_counts:
            from praatplaat_app.exchange import attachments_for

            self._photo_counts[session_id] = len(attachments_for(self.library, session_id))
        return self._photo_counts[session_id]

    def forget_photo_counts(self) -> None:
        self._photo_counts.clear()

    def _decorate_summary(self) -> None:
        """Add "Foto's bij dit gesprek" under a conversation's summary."""
        view = getattr(self, "summary_view", None)
        if self._decorating or view is None or not shiboken6.isValid(view):
            return
        shown = getattr(view, "shown", None)
        if not shown or shown[0] != "session":
            return
        document = view.document()
        if self._decorated == (id(document), document.revision()):
            return  # this text already ends with the photos
        try:
            count = self._photo_count(shown[1])
        except Exception:  # never break the summary for a photo count
            log.exception("Foto's niet geteld")
            return
        if count:
            label = (
                self.tr("1 foto") if count == 1 else self.tr("{count} foto's").format(count=count)
            )
            link = self.tr("bekijken of toevoegen")
            text = f"{label} — <a href='{PHOTOS_LINK}{shown[1]}'>{link}</a>"
        else:
            none = self.tr("Nog geen foto's")
            link = self.tr("foto toevoegen")
            text = f"{none} — <a href='{PHOTOS_LINK}{shown[1]}'>{link}</a>"
        self._decorating = True
        try:
            cursor = QTextCursor(view.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            # A fresh paragraph outside the list the summary may end with.
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            current_list = cursor.currentList()
            if current_list is not None:
                current_list.remove(cursor.block())
            cursor.setBlockFormat(QTextBlockFormat())
            heading = self.tr("Foto's bij dit gesprek")
            cursor.insertHtml(f"<h2>{heading}</h2><p>{text}</p>")
            self._decorated = (id(document), document.revision())
        finally:
            self._decorating = False

    def _on_summary_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(PHOTOS_LINK):
            self.show_photos(text[len(PHOTOS_LINK) :])

    def _refresh_summary(self) -> None:
        view = getattr(self, "summary_view", None)
        if view is not None and shiboken6.isValid(view) and hasattr(view, "refresh"):
            view.refresh()

    # ------------------------------------------------------------------ badge

    def _install_badge(self) -> None:
        self.badge = QPushButton(self.window)
        self.badge.setFlat(True)
        self.badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge.setAccessibleName(self.tr("Nieuwe bestanden in de gedeelde map"))
        self.badge.setToolTip(self.tr("Klik om de nieuwe bestanden te bekijken en te importeren"))
        self.badge.setStyleSheet(
            "QPushButton { background: #fff3cd; color: #5c4400; border: 1px solid #e0c36a;"
            " border-radius: 8px; padding: 1px 10px; font-weight: bold; }"
        )
        self.badge.clicked.connect(lambda _checked=False: self.check_shared_folder())
        self.badge.hide()
        bar = getattr(self.window, "statusBar", None)
        if callable(bar):
            bar().addPermanentWidget(self.badge)

    def show_badge(self, count: int) -> None:
        if count <= 0:
            self.badge.hide()
            return
        text = (
            self.tr("1 nieuw bestand in de gedeelde map")
            if count == 1
            else self.tr("{count} nieuwe bestanden in de gedeelde map").format(count=count)
        )
        self.badge.setText(text)
        self.badge.setAccessibleDescription(text)
        self.badge.show()

    # ---------------------------------------------------------------- start-up

    def _after_start(self) -> None:
        if self._started or not shiboken6.isValid(self.window):
            return
        self._started = True
        probe = in_startup_probe(self.window)
        pending = getattr(self.window, "pending_import_path", None)
        if pending:
            if probe:
                self._import_without_questions(Path(pending))
            else:
                self.import_files([Path(pending)])
        if not probe:
            self.start_shared_folder_check()

    def _import_without_questions(self, path: Path) -> None:
        """``praatplaat --startup-probe FILE``: validated and imported, no dialogs."""
        from praatplaat_app.ui.sharing.import_flow import ImportFlow

        def report(text: str) -> None:
            log.warning("Bestand van de opdrachtregel niet geïmporteerd: %s", text)
            print(f"praatplaat: {text}", file=sys.stderr, flush=True)

        flow = ImportFlow(self.window, self.library, self.catalog, on_changed=self._after_import)
        for result in flow.run([path], confirm=False, report_error=report):
            if result.summary is not None:
                log.info("%s", result.summary.describe())
                status(self.window, result.summary.describe().splitlines()[0])

    def start_shared_folder_check(self) -> threading.Thread | None:
        """Look for new files in the shared folder in the background (start-up)."""
        folder = self.settings.shared_folder
        if not folder or not self.settings.shared_folder_check_on_start:
            return None
        result: dict[str, Any] = {}
        library = self.library  # the scan only uses the library's path, never its connection

        def work() -> None:
            try:
                from praatplaat_app.exchange import scan_shared_folder

                result["files"] = scan_shared_folder(folder, library)
            except PraatplaatError as exc:
                result["error"] = exc.message
            except Exception as exc:
                log.exception("De gedeelde map kon niet worden bekeken")
                result["error"] = self.tr(
                    "De gedeelde map kon niet worden bekeken ({error})."
                ).format(error=exc)

        thread = threading.Thread(target=work, name="praatplaat-gedeelde-map", daemon=True)
        self.scan_thread = thread
        generation = self._scan_generation
        thread.start()
        QTimer.singleShot(100, lambda: self._poll_scan(thread, result, generation))
        return thread

    def _wait_for_scan(self) -> None:
        """Let a running background scan finish first: both write the folder's state file."""
        thread = self.scan_thread
        if thread is not None and thread.is_alive():
            with wait_cursor():
                thread.join(timeout=60)
        self._scan_generation += 1  # a result still on its way is out of date

    def _poll_scan(self, thread: threading.Thread, result: dict[str, Any], generation: int) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.window):
            return
        if thread.is_alive():
            QTimer.singleShot(200, lambda: self._poll_scan(thread, result, generation))
            return
        if generation != self._scan_generation:
            return
        if "error" in result:
            status(self.window, result["error"], 15000)
            return
        files = result.get("files", [])
        self.new_shared_files = files
        self.show_badge(len(files))
        if files:
            status(
                self.window,
                self.badge.text() + self.tr(" — klik rechtsonder om ze te bekijken."),
                15000,
            )

    # ------------------------------------------------------------------ helpers

    def selected(self) -> tuple[str, str] | None:
        view = getattr(self.window, "library_view", None)
        current = getattr(view, "current", None)
        return current() if callable(current) else None

    def _selected_id(self, kind: str) -> str | None:
        selected = self.selected()
        if selected and selected[0] == kind:
            return selected[1]
        return None

    def _after_import(self, session_ids: Iterable[str] | None = None) -> None:
        self.forget_photo_counts()
        notify_library_rewritten(self.window, self.library, self.ops, session_ids=session_ids)
        view = getattr(self.window, "library_view", None)
        if view is not None and hasattr(view, "refresh"):
            view.refresh()
        self._refresh_summary()

    def _after_rewrite(self) -> None:
        """After a restore or forgetting a person."""
        self._after_import(None)

    # ------------------------------------------------------------------ export

    def export_session(self, session_id: str | None = None) -> Path | None:
        session_id = session_id or self._selected_id("session")
        if not session_id:
            selected = self.selected()
            text = self.tr(NO_CONVERSATION)
            if selected and selected[0] == "route":
                text += self.tr(" Wilt u de hele route delen? Kies dan 'Route exporteren…'.")
            message(self.window, self.tr("Gesprek exporteren"), text, error=False)
            return None
        from praatplaat_app.ui.sharing.export_dialog import export_flow

        return export_flow(
            self.window, self.library, self.catalog, self.settings, ("session", session_id)
        )

    def export_route(self, route_id: str | None = None) -> Path | None:
        if route_id is None:
            selected = self.selected()
            if selected and selected[0] == "route":
                route_id = selected[1]
            elif selected and selected[0] == "session":
                from praatplaat_app.domain import Session

                session = self.library.find(Session, selected[1])
                route_id = session.route_id if session is not None else None
        if not route_id:
            message(self.window, self.tr("Route exporteren"), self.tr(NO_SELECTION), error=False)
            return None
        from praatplaat_app.ui.sharing.export_dialog import export_flow

        return export_flow(
            self.window, self.library, self.catalog, self.settings, ("route", route_id)
        )

    def share_selection(self, selection: tuple[str, str] | None = None) -> Path | None:
        selection = selection or self.selected()
        if not selection:
            message(
                self.window, self.tr("Delen via gedeelde map"), self.tr(NO_SELECTION), error=False
            )
            return None
        folder = self._shared_folder_or_choose()
        if folder is None:
            return None
        self._wait_for_scan()
        from praatplaat_app.ui.sharing.export_dialog import share_flow

        return share_flow(self.window, self.library, self.catalog, self.settings, selection, folder)

    # ------------------------------------------------------------------ import

    def import_files(self, paths: Iterable[Path | str] | None = None) -> list[Any]:
        """Import files (asks which when ``paths`` is None): preview, import, summary."""
        from praatplaat_app.ui.sharing.import_flow import ImportFlow, choose_files

        if paths is None:
            chosen = choose_files(self.window, self.settings)
            if not chosen:
                return []
            paths = chosen
        flow = ImportFlow(
            self.window,
            self.library,
            self.catalog,
            on_changed=self._after_import,
            on_history=self.show_history,
        )
        return flow.run([Path(p) for p in paths])

    # ----------------------------------------------------------- shared folder

    def _shared_folder_or_choose(self) -> str | None:
        folder = self.settings.shared_folder
        if folder:
            return folder
        if not ask(
            self.window,
            self.tr("Gedeelde map"),
            self.tr("Er is nog geen gedeelde map gekozen."),
            self.tr(
                "Wilt u nu de map kiezen die u met collega's deelt (bijvoorbeeld een map in "
                "OneDrive of Teams)?"
            ),
            yes=self.tr("Map kiezen"),
            no=self.tr("Annuleren"),
            default_yes=True,
        ):
            return None
        self.choose_shared_folder()
        return self.settings.shared_folder or None

    def choose_shared_folder(self) -> str | None:
        from praatplaat_app.ui.sharing.shared_folder import SharedFolderSettingsDialog

        before = self.settings.shared_folder
        dialog = SharedFolderSettingsDialog(self.window, self.library, self.settings)
        dialog.exec()
        folder = self.settings.shared_folder
        if not folder:
            self.show_badge(0)
        elif folder != before:
            self.start_shared_folder_check()  # the badge tells what is waiting there
        return folder or None

    def check_shared_folder(self) -> Any:
        folder = self._shared_folder_or_choose()
        if folder is None:
            return None
        self._wait_for_scan()
        from praatplaat_app.ui.sharing.shared_folder import SharedFolderDialog

        dialog = SharedFolderDialog(
            self.window,
            self.library,
            self.catalog,
            folder,
            on_changed=self._after_import,
            on_history=self.show_history,
            on_choose_folder=self.choose_shared_folder,
        )
        if dialog.load_error:
            error = dialog.load_error
            dialog.deleteLater()
            if ask(
                self.window,
                self.tr("Gedeelde map"),
                error,
                self.tr("Wilt u een andere map kiezen?"),
                yes=self.tr("Andere map kiezen"),
                no=self.tr("Sluiten"),
                warning=True,
            ):
                self.choose_shared_folder()
            return None
        dialog.exec()
        self.new_shared_files = dialog.remaining()
        self.show_badge(len(self.new_shared_files))
        return dialog

    # ---------------------------------------------------- history, photos, forget

    def show_history(self) -> Any:
        from praatplaat_app.ui.sharing.history_dialog import HistoryDialog

        dialog = HistoryDialog(
            self.window, self.library, self.catalog, on_restored=self._after_rewrite
        )
        dialog.exec()
        return dialog

    def show_photos(self, session_id: str | None = None) -> Any:
        session_id = session_id or self._selected_id("session")
        if not session_id:
            message(
                self.window,
                self.tr("Foto's bij dit gesprek"),
                self.tr(NO_CONVERSATION),
                error=False,
            )
            return None
        from praatplaat_app.ui.sharing.attachments_dialog import AttachmentsDialog

        dialog = AttachmentsDialog(
            self.window, self.library, session_id, self.settings, on_changed=self._photos_changed
        )
        dialog.exec()
        return dialog

    def _photos_changed(self, session_id: str) -> None:
        self._photo_counts.pop(session_id, None)
        from praatplaat_app.operations import Change

        notify = getattr(self.ops, "notify", None) or getattr(self.ops, "_notify", None)
        if notify is not None:
            try:
                notify(Change(frozenset({"attachments"}), session_id=session_id))
            except Exception:
                log.exception("Een scherm kon de nieuwe foto's niet verwerken")
        self._refresh_summary()

    def forget_person(self) -> Any:
        from praatplaat_app.ui.sharing.forget_dialog import ForgetPersonDialog

        dialog = ForgetPersonDialog(self.window, self.library, on_forgotten=self._after_rewrite)
        dialog.exec()
        return dialog


def install_sharing_ui(main_window: Any, library: Any, catalog: Any, ops: Any) -> SharingUi:
    """Hook sharing into ``main_window``; the returned object is also ``main_window.sharing_ui``."""
    ui = SharingUi(main_window, library, catalog, ops)
    main_window.sharing_ui = ui
    return ui


__all__ = [
    "SharingUi",
    "install_sharing_ui",
]
