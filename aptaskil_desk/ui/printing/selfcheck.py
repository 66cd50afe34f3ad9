"""Does the print preview work on this computer? A one-page PDF made, opened by QtPdf and drawn.

``aptaskil-desk diagnostics`` runs :func:`check_pdf_preview` because the print preview is the one
part of the program that needs Qt's PDF module (its library, pdfium inside it, and the image code it
draws with): a bundle missing any of them starts, scans and prints PDFs to files, and fails only
when a staff member presses Print. The check does what the preview does, on a page made here:

1. reportlab writes a tiny one-page PDF (a black square and a line of text) into a temporary folder;
2. ``QPdfDocument`` loads it; the page count must be 1;
3. page 1 is rendered to a ``QImage`` on white paper, as the preview draws it
   (:func:`~aptaskil_desk.ui.printing.pages_view.render_page`), and the image must show ink: a blank
   page means QtPdf opened the file but could not draw it.

Qt wants a ``QGuiApplication`` for this. The running one is used (the kiosk); else a ``QApplication``
is made for the rest of the process. Without a display (no ``DISPLAY`` nor ``WAYLAND_DISPLAY`` on
Linux, an SSH session) and with no ``QT_QPA_PLATFORM`` chosen, the offscreen platform is chosen
first, so the check never needs a screen. Nothing here raises: a failure is the result's ``problem``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QSize, qVersion
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from aptaskil_desk.i18n import N_
from aptaskil_desk.services.diagnostics import Problem
from aptaskil_desk.ui.printing.pages_view import render_page

#: The test page, in points (A7: 74 × 105 mm), and the pixels per point it is drawn at (96 dpi).
PAGE_POINTS = (210.0, 298.0)
SCALE = 96 / 72
#: A pixel darker than this (0 black … 255 white) is ink.
INK_BELOW = 128


@dataclass(frozen=True)
class PdfPreviewCheck:
    """What :func:`check_pdf_preview` found.

    ``ink`` is the share of the rendered page's pixels that are dark (about 0.2 for the test page):
    0 means a blank page. ``problem`` says why the check failed, else ``None``.
    """

    ok: bool
    platform: str  # the Qt platform plugin in use ("xcb", "windows", "offscreen"…), "" when none
    pages: int
    width: int  # pixels of the rendered page 1
    height: int
    ink: float
    problem: Problem | None


def qt_versions() -> dict[str, str]:
    """The Qt this process runs on and its Python binding, as the diagnostics page lists them."""
    return {"Qt": qVersion(), "PySide6": PySide6.__version__}


def _has_display() -> bool:
    if sys.platform != "linux":
        return True  # Windows and macOS: a session always has a screen to talk to
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def gui_application() -> QGuiApplication:
    """The process's ``QGuiApplication``: the running one, else a new ``QApplication`` (offscreen
    when there is no display and no platform was chosen)."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a non-GUI Qt application already runs in this process")
    if not _has_display() and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(sys.argv[:1])


def write_test_pdf(path: Path) -> None:
    """The test page: a black square over a fifth of the page and a line of text."""
    from reportlab.pdfgen.canvas import Canvas  # reportlab is loaded only when a PDF is made

    width, height = PAGE_POINTS
    canvas = Canvas(str(path), pagesize=PAGE_POINTS)
    canvas.setFillGray(0.0)
    canvas.rect(width * 0.2, height * 0.3, width * 0.6, height * 0.35, stroke=0, fill=1)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(width * 0.2, height * 0.15, "aptaskil-desk: PDF preview check")
    canvas.showPage()
    canvas.save()


def ink_share(image: QImage) -> float:
    """The share of pixels darker than :data:`INK_BELOW` (0 for a blank or empty image)."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return 0.0
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())
    stride, width = gray.bytesPerLine(), gray.width()
    dark = sum(
        sum(1 for value in data[row * stride : row * stride + width] if value < INK_BELOW)
        for row in range(gray.height())
    )
    return dark / (width * gray.height())


def check_pdf_preview(write: Callable[[Path], object] = write_test_pdf) -> PdfPreviewCheck:
    """Make the test PDF (``write`` makes it at the path it is given), open it with QtPdf and draw
    page 1, as the print preview would."""
    platform, pages, size, ink = "", 0, QSize(0, 0), 0.0

    def result(problem: Problem | None) -> PdfPreviewCheck:
        return PdfPreviewCheck(problem is None, platform, pages, size.width(), size.height(), ink, problem)

    try:
        app = gui_application()
        platform = app.platformName()
        with tempfile.TemporaryDirectory(prefix="aptaskil-pdfcheck-") as folder:
            path = Path(folder) / "check.pdf"
            write(path)
            document = QPdfDocument()
            try:
                error = document.load(str(path))
                if error != QPdfDocument.Error.None_:
                    return result(Problem(N_("QtPdf cannot open a PDF made here: {error}"), {"error": error.name}))
                pages = document.pageCount()
                if pages != 1:
                    return result(Problem(N_("QtPdf reads {pages} pages in a one-page PDF"), {"pages": pages}))
                points = document.pagePointSize(0)
                size = QSize(round(points.width() * SCALE), round(points.height() * SCALE))
                image = render_page(document, 0, size)
                size = image.size()
                ink = ink_share(image)
            finally:
                document.close()  # Windows: the file must be closed before its folder goes
    except Exception as error:  # no platform plugin, a missing library, an unwritable temp folder
        return result(Problem.of(error))
    if ink == 0.0:
        return result(Problem(N_("QtPdf opened the PDF but drew a blank page"), {}))
    return result(None)
