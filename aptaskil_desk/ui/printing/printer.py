"""Sending a generated PDF to a printer through Qt's print system, page by page, off the GUI thread.

Rules:
1. Each page is rendered by QtPdf (:class:`~PySide6.QtPdf.QPdfDocument`, opened anew on the
   printing thread: a document is not shared between threads) to an image at the printer's
   resolution, but never above :data:`MAX_DPI` (a 1,200 dpi A4 page would be a 550 MB image; 300 dpi
   is what laser printers print text at), and painted on the sheet: the whole page, centred, scaled
   to fit the paper with its proportions kept (the PDF carries its own margins, so the printer's
   are not added: ``fullPage``).
2. The page range chosen in the print dialog is honoured; copies and collation are the printer's.
3. Painting on a ``QPrinter`` from a thread other than the GUI thread is allowed by Qt (QPainter
   supports QImage, QPrinter and QPicture in threads); the printer is used by this work only
   until it returns.
4. A cancel (the next progress report raises) or a failure aborts the print run: nothing more reaches
   the printer, and a print to a file leaves no partial file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from aptaskil_desk.ui.printing.job import ProgressCallback
from aptaskil_desk.ui.printing.pages_view import render_page

MAX_DPI = 300


class PrintError(RuntimeError):
    """The printer could not be started or the PDF could not be read (a program or system fault)."""


def page_size_of(document: QPdfDocument) -> QPageSize:
    """The paper of the document's first page (A4 for every record printed here)."""
    points = document.pagePointSize(0) if document.pageCount() else QSizeF(595.276, 841.89)
    return QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def prepare(printer: QPrinter, document: QPdfDocument) -> None:
    """Set the printer's paper and orientation to the document's."""
    size = page_size_of(document)
    points = document.pagePointSize(0) if document.pageCount() else QSizeF(1, 2)
    landscape = points.width() > points.height()
    printer.setPageSize(size)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageOrientation(orientation)


def page_range(printer: QPrinter, pages: int) -> range:
    """The 0-based pages to print: the dialog's range when one was chosen, else all."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(pages, printer.toPage() or pages)
        return range(first - 1, last)
    return range(pages)


def print_pdf(pdf: Path, printer: QPrinter, progress: ProgressCallback, words: str) -> int:
    """Print ``pdf`` on ``printer`` (rules 1–4) and return the number of sheets sent.

    Args:
        words: what is being done, with ``{page}`` and ``{pages}``; reported before each page.
    """
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_:
            raise PrintError(f"QtPdf could not read {pdf}: {document.error()}")
        chosen = page_range(printer, document.pageCount())
        printer.setFullPage(True)
        dpi = min(printer.resolution(), MAX_DPI)
        progress(0, len(chosen), words.format(page=1, pages=len(chosen)))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("the printer could not be started")
        sent, finished = 0, False
        try:
            for n, index in enumerate(chosen):
                if n:
                    printer.newPage()
                _paint_page(painter, printer, document, index, dpi)
                sent += 1
                progress(sent, len(chosen), words.format(page=min(sent + 1, len(chosen)), pages=len(chosen)))
            finished = True
        finally:
            if not finished:
                printer.abort()
            if painter.isActive():
                painter.end()
            if not finished and printer.outputFileName():  # printing to a file: no half a file left
                Path(printer.outputFileName()).unlink(missing_ok=True)
        return sent
    finally:
        document.close()


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int, dpi: int) -> None:
    points = document.pagePointSize(index)
    image = render_page(document, index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / points.width(), paper.height() / points.height())
    size = QSizeF(points.width() * scale, points.height() * scale)
    corner = QPointF((paper.width() - size.width()) / 2, (paper.height() - size.height()) / 2)
    painter.drawImage(QRectF(corner, size), image)
