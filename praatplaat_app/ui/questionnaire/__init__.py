"""The questionnaire screens and their menu.

The lead calls :func:`install_questionnaire_ui` once, after the main window is built::

    from praatplaat_app.ui.questionnaire import install_questionnaire_ui
    self.questionnaire_ui = install_questionnaire_ui(self, library, catalog, ops)

It adds a "Vragenlijst" menu (before Help) whose items act on the conversation selected
in the library list (``main_window.library_view.current()``), or on what the optional
``current_session_id`` callable returns. ``ops`` must include
:class:`~praatplaat_app.questionnaire.operations.QuestionnaireOperations`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu

from praatplaat_app.domain import Session, SessionKind
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.indicators import Catalog
from praatplaat_app.ui.menus import add_feature_menu
from praatplaat_app.ui.message_box import message

# The screens are imported when first opened, not at app start-up (QtSvg, scoring).
_LAZY = {
    "QuestionnaireChartWidget": "chart_widget",
    "ResultsDialog": "chart_widget",
    "CsvImportDialog": "csv_import_dialog",
    "KioskStartDialog": "kiosk_window",
    "KioskWindow": "kiosk_window",
    "PaperEntryDialog": "paper_entry_dialog",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


if TYPE_CHECKING:
    from praatplaat_app.ui.questionnaire.chart_widget import (
        QuestionnaireChartWidget,
        ResultsDialog,
    )
    from praatplaat_app.ui.questionnaire.csv_import_dialog import CsvImportDialog
    from praatplaat_app.ui.questionnaire.kiosk_window import KioskStartDialog, KioskWindow
    from praatplaat_app.ui.questionnaire.paper_entry_dialog import PaperEntryDialog

__all__ = [
    "CsvImportDialog",
    "KioskStartDialog",
    "KioskWindow",
    "PaperEntryDialog",
    "QuestionnaireChartWidget",
    "QuestionnaireUi",
    "ResultsDialog",
    "install_questionnaire_ui",
]

CSV_FILTER = QT_TRANSLATE_NOOP("QuestionnaireUi", "CSV voor Excel (*.csv)")
PDF_FILTER = QT_TRANSLATE_NOOP("QuestionnaireUi", "PDF-bestand (*.pdf)")
NO_SESSION = QT_TRANSLATE_NOOP("QuestionnaireUi", "Kies eerst een gesprek in de lijst links.")



def place_questionnaire_menu(main_window: QMainWindow) -> QMenu:
    """The menu Vragenlijst (before Help), still empty; the app places it before the main
    window's first frame so the menu bar does not shift when the features hook in."""
    menu = add_feature_menu(
        main_window, QCoreApplication.translate("QuestionnaireUi", "&Vragenlijst")
    )
    menu.setObjectName("QuestionnaireMenu")
    main_window.questionnaire_menu = menu  # type: ignore[attr-defined]
    return menu


def default_questionnaire(catalog: Catalog, session: Session | None) -> str | None:
    """The questionnaire that fits the conversation: students' for a students' one."""
    audience = (
        "supervisors" if session is not None and session.kind == SessionKind.STAFF else "students"
    )
    for questionnaire in catalog.questionnaires:
        if questionnaire.audience == audience:
            return questionnaire.id
    return catalog.questionnaires[0].id if catalog.questionnaires else None


class QuestionnaireUi(QObject):
    """The Vragenlijst menu and the windows it opens."""

    def __init__(
        self,
        main_window: QMainWindow,
        library: Any,
        catalog: Catalog,
        ops: Any,
        current_session_id: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(main_window)
        self.window = main_window
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self._current = current_session_id
        self.kiosk: KioskWindow | None = None
        self._quit_on_last: bool | None = None

        self.menu = getattr(main_window, "questionnaire_menu", None) or place_questionnaire_menu(
            main_window
        )

        self.kiosk_action = self._action(
            self.tr("Invullen op deze &laptop (kioskmodus)…"),
            self.tr("Deelnemers vullen de vragenlijst na elkaar anoniem in op deze laptop"),
            self.start_kiosk,
            session=True,
            shortcut="Ctrl+Shift+K",
        )
        self.paper_action = self._action(
            self.tr("&Papieren formulieren intypen…"),
            self.tr("De antwoorden van ingevulde papieren vragenlijsten intypen"),
            self.open_paper_entry,
            session=True,
        )
        self.csv_action = self._action(
            self.tr("&Importeren uit online enquête (CSV)…"),
            self.tr("Antwoorden uit een CSV-export van een enquêteprogramma importeren"),
            self.open_csv_import,
            session=True,
        )
        self.menu.addSeparator()
        self.results_action = self._action(
            self.tr("&Resultaten bekijken…"),
            self.tr("De grafiek met de gemiddelde scores per groep (voor het gesprek begint)"),
            self.open_results,
            session=True,
        )
        self.export_raw_action = self._action(
            self.tr("&Antwoorden exporteren (CSV)…"),
            self.tr("Anonieme antwoorden voor onderzoek: één rij per respondent, voor Excel"),
            self.export_raw,
            session=True,
        )
        self.export_scores_action = self._action(
            self.tr("&Scores exporteren (CSV)…"),
            self.tr("Gemiddelde scores per schaal en groep, voor Excel"),
            self.export_scores,
            session=True,
        )
        self.menu.addSeparator()
        self.print_actions: list[QAction] = []
        for questionnaire in catalog.questionnaires:
            action = self._action(
                self.tr("Leeg formulier afdrukken: {title} (PDF)…").format(
                    title=questionnaire.title
                ),
                self.tr("Een lege vragenlijst om op papier in te vullen"),
                lambda qid=questionnaire.id: self.save_blank_form(qid),
                session=False,
            )
            self.print_actions.append(action)

        self.session_actions = [
            self.kiosk_action,
            self.paper_action,
            self.csv_action,
            self.results_action,
            self.export_raw_action,
            self.export_scores_action,
        ]
        self.menu.aboutToShow.connect(self.update_actions)
        view = getattr(main_window, "library_view", None)
        for name in ("current_conversation_changed", "current_route_changed", "selection_cleared"):
            signal = getattr(view, name, None)
            if signal is not None:
                signal.connect(lambda *_: self.update_actions())
        self.update_actions()

    # ------------------------------------------------------------------ helpers

    def _action(
        self,
        text: str,
        tip: str,
        slot: Callable[[], object],
        *,
        session: bool,
        shortcut: str | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setProperty("needs_session", session)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def current_session_id(self) -> str | None:
        if self._current is not None:
            return self._current()
        view = getattr(self.window, "library_view", None)
        current = view.current() if view is not None else None
        if current and current[0] == "session":
            return current[1]
        return None

    def update_actions(self) -> None:
        has_session = self.current_session_id() is not None
        for action in self.session_actions:
            action.setEnabled(has_session)

    def _session(self) -> Session | None:
        session_id = self.current_session_id()
        if session_id is None:
            message(self.window, self.tr("Vragenlijst"), self.tr(NO_SESSION), error=False)
            return None
        try:
            return self.library.get(Session, session_id)
        except PraatplaatError as exc:
            message(self.window, self.tr("Vragenlijst"), exc.message)
            return None

    # ------------------------------------------------------------------ kiosk

    def start_kiosk(self) -> KioskWindow | None:
        from praatplaat_app.ui.questionnaire.kiosk_window import KioskStartDialog, KioskWindow

        session = self._session()
        if session is None:
            return None
        if self.kiosk is not None:
            self.kiosk.raise_()
            return self.kiosk
        dialog = KioskStartDialog(
            self.catalog, default_questionnaire(self.catalog, session), self.window
        )
        if dialog.exec() != KioskStartDialog.DialogCode.Accepted:
            return None
        kiosk = KioskWindow(
            self.ops, self.catalog, session.id, dialog.questionnaire_id(), dialog.code()
        )
        kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        kiosk.closed.connect(self._kiosk_closed)
        self.kiosk = kiosk
        # Participants must not see other conversations: hide the main window meanwhile.
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            self._quit_on_last = app.quitOnLastWindowClosed()
            app.setQuitOnLastWindowClosed(False)
        self.window.hide()
        kiosk.setWindowModality(Qt.WindowModality.ApplicationModal)
        kiosk.showFullScreen()
        kiosk.activateWindow()
        return kiosk

    def _kiosk_closed(self) -> None:
        self.kiosk = None
        self.window.show()
        self.window.activateWindow()
        app = QApplication.instance()
        if isinstance(app, QGuiApplication) and self._quit_on_last is not None:
            app.setQuitOnLastWindowClosed(self._quit_on_last)
            self._quit_on_last = None

    # ------------------------------------------------------------------ dialogs

    def open_paper_entry(self) -> PaperEntryDialog | None:
        from praatplaat_app.ui.questionnaire.paper_entry_dialog import PaperEntryDialog

        session = self._session()
        if session is None:
            return None
        dialog = PaperEntryDialog(
            self.ops,
            self.catalog,
            session.id,
            default_questionnaire(self.catalog, session),
            self.window,
        )
        if dialog.exec() == PaperEntryDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(
                self.tr("{count} papieren vragenlijst(en) bewaard.").format(
                    count=len(dialog.saved)
                ),
                5000,
            )
        return dialog

    def open_csv_import(self) -> CsvImportDialog | None:
        from praatplaat_app.ui.questionnaire.csv_import_dialog import CsvImportDialog

        session = self._session()
        if session is None:
            return None
        dialog = CsvImportDialog(
            self.ops,
            self.catalog,
            session.id,
            default_questionnaire(self.catalog, session),
            self.window,
        )
        if dialog.exec() == CsvImportDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(
                self.tr("{count} vragenlijst(en) geïmporteerd.").format(count=len(dialog.imported)),
                5000,
            )
        return dialog

    def open_results(self) -> ResultsDialog | None:
        from praatplaat_app.ui.questionnaire.chart_widget import ResultsDialog

        session = self._session()
        if session is None:
            return None
        dialog = ResultsDialog(
            self.library,
            self.catalog,
            self.ops,
            session.id,
            self.window,
            export_raw=self.export_raw,
            export_scores=self.export_scores,
        )
        dialog.exec()
        return dialog

    # ------------------------------------------------------------------ exports

    def _save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, str(Path.home() / name), file_filter
        )
        return Path(path) if path else None

    def _route_name(self, session: Session) -> str:
        from praatplaat_app.domain import Route

        try:
            return self.library.get(Route, session.route_id, include_deleted=True).name
        except PraatplaatError:
            return "route"

    def _export(self, scores: bool) -> Path | None:
        from praatplaat_app.atomic import atomic_write_bytes
        from praatplaat_app.questionnaire.csv_export import session_raw_csv, session_scores_csv

        session = self._session()
        if session is None:
            return None
        kind = "scores" if scores else "antwoorden"
        date = session.date.isoformat() if session.date else ""
        name = f"Vragenlijst {kind} - {self._route_name(session)} {date}".strip()
        name = "".join(c for c in name if c not in '<>:"/\\|?*') + ".csv"
        path = self._save_path(
            self.tr("Vragenlijst: {kind} exporteren").format(kind=kind), name, self.tr(CSV_FILTER)
        )
        if path is None:
            return None
        try:
            data = (session_scores_csv if scores else session_raw_csv)(
                self.library, self.catalog, session.id
            )
            atomic_write_bytes(path, data)
        except PraatplaatError as exc:
            message(self.window, self.tr("Exporteren"), exc.message)
            return None
        except OSError as exc:
            message(
                self.window,
                self.tr("Exporteren"),
                self.tr(
                    "‘{name}’ kan niet worden opgeslagen ({error}). Is het "
                    "bestand nog geopend in Excel? Kies anders een andere map."
                ).format(name=path.name, error=exc.strerror),
            )
            return None
        self.window.statusBar().showMessage(
            self.tr("Geëxporteerd naar {path}").format(path=path), 5000
        )
        return path

    def export_raw(self) -> Path | None:
        return self._export(scores=False)

    def export_scores(self) -> Path | None:
        return self._export(scores=True)

    def save_blank_form(self, questionnaire_id: str) -> Path | None:
        from praatplaat_app.messages import current_language
        from praatplaat_app.questionnaire.printable import (
            render_questionnaire_pdf,
            suggested_file_name,
        )

        language = current_language()  # the form is printed in the app's language
        path = self._save_path(
            self.tr("Leeg formulier opslaan"),
            suggested_file_name(self.catalog, questionnaire_id, language),
            self.tr(PDF_FILTER),
        )
        if path is None:
            return None
        from praatplaat_app.export import pdf

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = pdf.render_with_timeout(
                render_questionnaire_pdf, self.catalog, questionnaire_id, language=language
            )
            pdf.write_pdf(data, path)
        except PraatplaatError as exc:
            QApplication.restoreOverrideCursor()
            message(self.window, self.tr("Afdrukken"), exc.message)
            return None
        QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(self.tr("Opgeslagen: {path}").format(path=path), 5000)
        return path


def install_questionnaire_ui(
    main_window: QMainWindow,
    library: Any,
    catalog: Catalog,
    ops: Any,
    current_session_id: Callable[[], str | None] | None = None,
) -> QuestionnaireUi:
    """Add the Vragenlijst menu to ``main_window``; keep the returned object alive."""
    ui = QuestionnaireUi(main_window, library, catalog, ops, current_session_id)
    main_window.questionnaire_ui = ui  # type: ignore[attr-defined]
    return ui
