"""Printing a finished PDF through the system's print dialog.

The PDF (made by the one renderer) is drawn page by page into the printer: each
page is rendered by QtPdf at the printer's resolution (at most 300 dpi, so an A4
page stays near 35 MB in memory) and scaled onto the paper, keeping its shape.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from praatplaat_app.errors import PraatplaatError

MAX_DPI = 300


def load_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument for PDF bytes (the buffer lives as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    document.setProperty("praatplaat_buffer", buffer)  # keep a reference
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PraatplaatError(
            QCoreApplication.translate(
                "Printing", "De PDF kon niet worden gelezen om af te drukken. Probeer het opnieuw."
            )
        )
    return document


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF has its own margins
    return printer


def ask_printer(printer: QPrinter, pages: int, parent: QWidget | None) -> bool:
    """Show the system print dialog; True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Afdrukken"))
    dialog.setMinMax(1, pages)
    dialog.setFromTo(1, pages)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the chosen pages of ``document`` into ``printer``; the number printed."""
    pages = document.pageCount()
    first, last = 1, pages
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(pages, printer.toPage() or pages)
    painter = QPainter()
    if not painter.begin(printer):
        raise PraatplaatError(
            QCoreApplication.translate(
                "Printing",
                "De printer kon niet worden gestart. Controleer of de printer aan staat en "
                "verbonden is, of kies een andere printer.",
            )
        )
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        paper = printer.pageLayout().fullRectPixels(printer.resolution())
        target_area = QRect(0, 0, paper.width(), paper.height())
        for page in range(first - 1, last):
            if printed and not printer.newPage():
                raise PraatplaatError(
                    QCoreApplication.translate(
                        "Printing", "De printer nam geen nieuwe pagina aan. Probeer het opnieuw."
                    )
                )
            points = document.pagePointSize(page)
            size = QSize(
                max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi))
            )
            image = document.render(page, size)
            if image.isNull():
                raise PraatplaatError(
                    QCoreApplication.translate(
                        "Printing",
                        "Pagina {number} kon niet worden voorbereid om af te drukken. "
                        "Probeer het opnieuw.",
                    ).format(number=page + 1)
                )
            scaled = image.size().scaled(target_area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                target_area.x() + (target_area.width() - scaled.width()) // 2,
                target_area.y() + (target_area.height() - scaled.height()) // 2,
                scaled.width(),
                scaled.height(),
            )
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


def print_pdf(
    data: bytes, title: str, parent: QWidget | None = None, printer: QPrinter | None = None
) -> int:
    """Ask where to print, then print ``data``; the number of pages printed (0: cancelled)."""
    document = load_pdf(data, parent)
    try:
        printer = printer or new_printer(title)
        if not ask_printer(printer, document.pageCount(), parent):
            return 0
        return paint_pdf(document, printer)
    finally:
        document.close()
        document.deleteLater()
