"""The PDF flows of the app: save as PDF, preview inside the app, print.

:class:`PdfExporter` asks where to save (or shows the preview, or the print dialog),
has the PDF made in the background (:mod:`.pdf_jobs`) while a busy indicator shows,
and reports problems in plain Dutch. The conversation itself is never changed by it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.errors import PraatplaatError
from praatplaat_app.indicators import Catalog
from praatplaat_app.store import Library
from praatplaat_app.ui.action_plan.pdf_jobs import RENDERERS, PdfRenderer

log = logging.getLogger("praatplaat.pdf")

LAST_FOLDER_KEY = "export/last_folder"
BUSY_TEXT = QT_TRANSLATE_NOOP("PdfExporter", "PDF wordt gemaakt…")
BUSY_DELAY_MS = 250  # a quick render never flashes a dialog

DOCUMENTS: dict[str, dict[str, str]] = {
    "actieplan": {
        "title": QT_TRANSLATE_NOOP("PdfExporter", "Actieplan"),
        "the": QT_TRANSLATE_NOOP("PdfExporter", "het actieplan"),
        "save_title": QT_TRANSLATE_NOOP("PdfExporter", "Actieplan bewaren als PDF"),
    },
    "verslag": {
        "title": QT_TRANSLATE_NOOP("PdfExporter", "Gespreksverslag"),
        "the": QT_TRANSLATE_NOOP("PdfExporter", "het gespreksverslag"),
        "save_title": QT_TRANSLATE_NOOP("PdfExporter", "Gespreksverslag bewaren als PDF"),
    },
}


def _document_text(kind: str, key: str) -> str:
    """A translated text from :data:`DOCUMENTS`."""
    return QCoreApplication.translate("PdfExporter", DOCUMENTS[kind][key])


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


# ------------------------------------------------------------------ preview


class PdfPreviewDialog(QDialog):
    """A PDF shown inside the app, with Print and Save buttons."""

    def __init__(
        self,
        data: bytes,
        title: str,
        parent: QWidget | None = None,
        *,
        on_save: Callable[[bytes], object] | None = None,
        on_print: Callable[[bytes], object] | None = None,
    ) -> None:
        super().__init__(parent)
        # Imported here: QtPdfWidgets is only loaded when a preview is first shown.
        from PySide6.QtPdfWidgets import QPdfView

        from praatplaat_app.ui.action_plan.printing import load_pdf

        self.data = data
        self.setWindowTitle(self.tr("Voorbeeld: {title}").format(title=title))
        self.setAccessibleName(self.tr("Voorbeeld van {title}").format(title=title.lower()))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Pagina's van {title}").format(title=title.lower()))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #6b6b6b; }")

        self.print_button = QPushButton(self.tr("&Afdrukken…"), self)
        self.print_button.setAccessibleName(self.tr("Afdrukken"))
        self.print_button.setToolTip(self.tr("Dit document afdrukken (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Bewaren als PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Bewaren als PDF"))
        self.save_button.setToolTip(self.tr("Dit document als PDF-bestand bewaren"))
        self.zoom_out = QPushButton(self.tr("Kleiner"), self)
        self.zoom_out.setAccessibleName(self.tr("Kleiner weergeven"))
        self.zoom_out.setToolTip(self.tr("Uitzoomen (Ctrl+-)"))
        self.zoom_in = QPushButton(self.tr("Groter"), self)
        self.zoom_in.setAccessibleName(self.tr("Groter weergeven"))
        self.zoom_in.setToolTip(self.tr("Inzoomen (Ctrl++)"))
        self.fit = QPushButton(self.tr("Paginabreedte"), self)
        self.fit.setAccessibleName(self.tr("Passend op paginabreedte"))
        self.fit.setToolTip(self.tr("De pagina zo breed als het venster tonen"))
        self.pages = QLabel(self)
        self.pages.setAccessibleName(self.tr("Aantal pagina's"))
        count = self.document.pageCount()
        self.pages.setText(
            self.tr("1 pagina") if count == 1 else self.tr("{count} pagina's").format(count=count)
        )
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAccessibleName(self.tr("Voorbeeld sluiten"))
        self.close_button.setDefault(True)

        self.print_button.setVisible(on_print is not None)
        self.save_button.setVisible(on_save is not None)
        if on_print is not None:
            self.print_button.clicked.connect(lambda: on_print(self.data))
            QShortcut(QKeySequence.StandardKey.Print, self, activated=lambda: on_print(self.data))
        if on_save is not None:
            self.save_button.clicked.connect(lambda: on_save(self.data))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self._zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self._zoom(0.8))
        self.close_button.clicked.connect(self.close)

        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addSpacing(16)
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_in)
        bar.addWidget(self.fit)
        bar.addStretch(1)
        bar.addWidget(self.pages)
        bar.addSpacing(16)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        screen = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(min(920, int(screen.width() * 0.9)), int(screen.height() * 0.9))

    def _zoom(self, factor: float) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # FitToWidth reports its own factor; start from what is on screen.
            page = self.document.pagePointSize(0)
            if page.width() > 0:
                current = self.view.viewport().width() / (page.width() / 72 * self.logicalDpiX())
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))


# --------------------------------------------------------------------- flows


class PdfExporter(QObject):
    """Save, preview and print the PDFs of a conversation; one render at a time."""

    message = Signal(str)  # for the status bar
    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QWidget,
        library: Library,
        catalog: Catalog,
        renderer: PdfRenderer | None = None,
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.library = library
        self.catalog = catalog
        self.renderer = renderer or PdfRenderer(self)
        self.renderer.finished.connect(self._on_finished)
        self.renderer.failed.connect(self._on_failed)
        self.renderer.busy_changed.connect(self.busy_changed)
        self._on_result: Callable[[Any], None] | None = None
        self._failure_title = ""
        self._busy: QProgressDialog | None = None
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self.last_message = ""
        self.previews: list[PdfPreviewDialog] = []

    # ------------------------------------------------------------------ public

    @property
    def busy(self) -> bool:
        return self.renderer.busy

    def export_action_plan(self, session_id: str) -> None:
        self._export(session_id, "actieplan")

    def export_report(self, session_id: str) -> None:
        self._export(session_id, "verslag")

    def preview_action_plan(self, session_id: str) -> None:
        self._preview(session_id, "actieplan")

    def preview_report(self, session_id: str) -> None:
        self._preview(session_id, "verslag")

    def print_action_plan(self, session_id: str) -> None:
        conversation = self._conversation(session_id)
        if conversation is None:
            return
        title = self._title(conversation, "actieplan")
        self._render(
            "actieplan",
            (conversation, self.catalog),
            lambda data: self.print_bytes(data, title),
            self.tr("Het actieplan kon niet worden afgedrukt"),
        )

    def export_blank_kit(self) -> None:
        """The blank paper kit (poster, onderleggers, empty plan) into a chosen folder."""
        if self._refuse_when_busy():
            return
        folder = QFileDialog.getExistingDirectory(
            self.widget,
            self.tr("Map kiezen voor de papieren set (blanco)"),
            str(self._start_folder()),
        )
        if not folder:
            return
        target = Path(folder)
        self._render(
            "blanco",
            (self.catalog,),
            lambda files: self._write_kit(files, target),
            self.tr("De papieren set kon niet worden gemaakt"),
        )

    def save_bytes(self, data: bytes, suggested: str, dialog_title: str) -> Path | None:
        """Ask where, then write ``data``; the path written, or None."""
        path = self._ask_save_path(dialog_title, suggested)
        if path is None:
            return None
        return self._write(data, path)

    def print_bytes(self, data: bytes, title: str) -> int:
        from praatplaat_app.ui.action_plan.printing import print_pdf

        try:
            printed = print_pdf(data, title, self.widget)
        except PraatplaatError as exc:
            self._alert(self.tr("Afdrukken is niet gelukt"), exc.message)
            return 0
        if printed:
            pages = (
                self.tr("1 pagina")
                if printed == 1
                else self.tr("{count} pagina's").format(count=printed)
            )
            self._say(
                self.tr("{title}: {pages} naar de printer gestuurd.").format(
                    title=title, pages=pages
                )
            )
        return printed

    def cancel(self) -> None:
        if self.renderer.busy:
            self.renderer.cancel()
            self._close_busy()
            self._on_result = None
            self._say(self.tr("Het maken van de PDF is gestopt."))

    def shutdown(self) -> None:
        self._close_busy()
        self.renderer.shutdown()

    # ----------------------------------------------------------------- private

    def _conversation(self, session_id: str | None) -> Any:
        if not session_id:
            self._say(self.tr("Kies eerst een gesprek in de lijst."))
            return None
        try:
            return self.library.conversation(session_id)
        except PraatplaatError as exc:
            self._alert(self.tr("Gesprek niet gevonden"), exc.message)
            return None

    @staticmethod
    def _title(conversation: Any, kind: str) -> str:
        route = conversation.route.name
        return f"{_document_text(kind, 'title')} {route}".strip()

    def _suggested_name(self, conversation: Any, kind: str) -> str:
        try:
            from praatplaat_app.export.pdf import suggested_file_name

            return str(suggested_file_name(conversation, kind, printout_language()))
        except Exception:  # never let a file name stop the export
            log.exception("Geen bestandsnaam voorgesteld")
            return f"{_document_text(kind, 'title')}.pdf"

    def _start_folder(self) -> Path:
        saved = QSettings().value(LAST_FOLDER_KEY, "", str)
        if saved and Path(saved).is_dir():
            return Path(saved)
        return documents_folder()

    def _ask_save_path(self, title: str, suggested: str) -> Path | None:
        start = self._start_folder() / suggested
        path, _filter = QFileDialog.getSaveFileName(
            self.widget, title, str(start), self.tr("PDF-bestanden (*.pdf)")
        )
        if not path:
            return None
        result = Path(path)
        if result.suffix.lower() != ".pdf":
            result = result.with_name(result.name + ".pdf")
        return result

    def _export(self, session_id: str, kind: str) -> None:
        if self._refuse_when_busy():
            return
        conversation = self._conversation(session_id)
        if conversation is None:
            return
        path = self._ask_save_path(
            _document_text(kind, "save_title"), self._suggested_name(conversation, kind)
        )
        if path is None:
            return
        self._render(
            kind,
            (conversation, self.catalog),
            lambda data: self._write(data, path),
            self.tr("{title} niet gemaakt").format(title=_document_text(kind, "title")),
        )

    def _preview(self, session_id: str, kind: str) -> None:
        conversation = self._conversation(session_id)
        if conversation is None:
            return
        title = self._title(conversation, kind)
        suggested = self._suggested_name(conversation, kind)
        save_title = _document_text(kind, "save_title")

        def show(data: bytes) -> None:
            dialog = PdfPreviewDialog(
                data,
                title,
                self.widget,
                on_save=lambda d: self.save_bytes(d, suggested, save_title),
                on_print=lambda d: self.print_bytes(d, title),
            )
            self.previews = [p for p in self.previews if p.isVisible()] + [dialog]
            dialog.show()

        self._render(kind, (conversation, self.catalog), show, self.tr("Voorbeeld niet gemaakt"))

    def _refuse_when_busy(self) -> bool:
        if self.renderer.busy:
            self._say(self.tr("Er wordt al een PDF gemaakt. Even geduld, of druk op Stoppen."))
            return True
        return False

    def _render(
        self, kind: str, args: tuple[Any, ...], on_result: Callable[[Any], None], failure: str
    ) -> None:
        if self._refuse_when_busy():
            return
        self._on_result = on_result
        self._failure_title = failure
        # Printouts follow the language chosen for the app.
        kwargs: dict[str, Any] = {"language": printout_language()}
        if kind == "verslag":
            from praatplaat_app.export.report_inputs import report_extras

            kwargs.update(report_extras(self.library, self.catalog, args[0].session.id))
        if self.renderer.start(RENDERERS[kind], *args, **kwargs):
            self._busy_timer.start()

    def _show_busy(self) -> None:
        if not self.renderer.busy or self._busy is not None:
            return
        dialog = QProgressDialog(self.tr(BUSY_TEXT), self.tr("Stoppen"), 0, 0, self.widget)
        dialog.setWindowTitle(self.tr("Even geduld"))
        dialog.setAccessibleName(self.tr("PDF wordt gemaakt"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self._busy = dialog
        dialog.show()

    def _close_busy(self) -> None:
        self._busy_timer.stop()
        dialog, self._busy = self._busy, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def _on_finished(self, result: Any) -> None:
        self._close_busy()
        callback, self._on_result = self._on_result, None
        if callback is not None:
            callback(result)

    def _on_failed(self, message: str, _details: str) -> None:
        self._close_busy()
        self._on_result = None
        self._alert(self._failure_title or self.tr("PDF niet gemaakt"), message)

    def _write(self, data: bytes, path: Path) -> Path | None:
        from praatplaat_app.export.pdf import write_pdf

        try:
            written = Path(write_pdf(data, path))
        except PraatplaatError as exc:
            self._alert(
                self.tr("PDF niet bewaard"),
                exc.message,
                self.tr("Er is niets veranderd aan het gesprek of het actieplan."),
            )
            return None
        QSettings().setValue(LAST_FOLDER_KEY, str(written.parent))
        self._say(
            self.tr("Bewaard als {name} in {folder}").format(
                name=written.name, folder=written.parent
            )
        )
        return written

    def _write_kit(self, files: dict[str, bytes], folder: Path) -> None:
        from praatplaat_app.export.pdf import write_pdf

        existing = [name for name in files if (folder / name).exists()]
        if existing and not self._confirm_replace(folder, existing):
            return
        written = 0
        try:
            for name, data in files.items():
                write_pdf(data, folder / Path(name).name)
                written += 1
        except PraatplaatError as exc:
            self._alert(
                self.tr("Papieren set niet (helemaal) bewaard"),
                exc.message,
                self.tr("{written} van de {count} bestanden zijn bewaard.").format(
                    written=written, count=len(files)
                ),
            )
            return
        QSettings().setValue(LAST_FOLDER_KEY, str(folder))
        self._say(
            self.tr("Papieren set bewaard: {count} PDF-bestanden in {folder}").format(
                count=written, folder=folder
            )
        )

    def _confirm_replace(self, folder: Path, names: list[str]) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Bestanden vervangen?"),
            self.tr("In '{folder}' staan al bestanden van de papieren set ({count}).").format(
                folder=folder, count=len(names)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.widget,
        )
        box.setInformativeText(self.tr("Wilt u ze vervangen door de nieuwe versie?"))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Vervangen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAccessibleName(self.tr("Bestanden vervangen?"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def _alert(self, title: str, text: str, informative: str = "") -> None:
        self.last_message = text
        log.info("%s: %s", title, text)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.widget
        )
        box.setInformativeText(informative)
        box.button(QMessageBox.StandardButton.Ok).setText("OK")
        box.setAccessibleName(title)
        box.exec()

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)


def printout_language() -> str:
    """The language the app runs in ("nl" or "en"): printouts speak it, like the screens
    (a changed setting takes effect for both after a restart)."""
    from praatplaat_app.messages import current_language

    return current_language()
