"""Print preview: the document made in the background, then shown, printed or saved as a PDF.

Rules:
1. :meth:`PrintPreviewDialog.start` makes the PDF once, on its own thread (:class:`PdfJob`), while a
   panel says what is being done with a progress bar and a Cancel button; the screen never waits
   for it. Print and Save as PDF use that one file however often they are pressed, so a record
   that registers its printout (a session record's verification code) is registered once per
   preview, when it is made.
2. The pages are shown as QtPdf renders them (:class:`PagesView`): scrolling, zoom, "Page x of y".
3. Print opens Qt's print dialog; the pages then go to the printer on a thread of their own
   (:func:`print_pdf`), with the same progress panel and Cancel. Save as PDF copies the file made,
   byte for byte, under the name chosen (a partial copy never takes the name).
4. A failure is said in words in the banner, and nothing is left of a failed or cancelled document.
   Closing the dialog cancels what still runs; the file made is removed once nothing uses it.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.i18n import Translator
from aptaskil_desk.ui.printing.job import BackgroundJob, PdfJob, ProgressCallback, Render, failure_words
from aptaskil_desk.ui.printing.pages_view import PagesView
from aptaskil_desk.ui.printing.printer import prepare, print_pdf
from aptaskil_desk.ui.printing.style import PREVIEW_QSS, SYSTEM_DIALOG_QSS
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind


@dataclass
class _Held:
    """The dialog's background work, released when the dialog goes (even without ``done``)."""

    making: PdfJob | None = None
    printing: BackgroundJob | None = None

    def release(self, *_args: object) -> None:
        making, printing = self.making, self.printing
        self.making = self.printing = None
        if printing is not None and printing.running:  # the printer reads the file: remove it after
            printing.abandon(then=making.abandon if making is not None else None)
        elif making is not None:
            making.abandon()


class PrintPreviewDialog(QDialog):
    """A document made in the background, previewed, printed or saved as a PDF (see the module rules).

    Args:
        title: what is printed, in words (the dialog's heading).
        render: ``render(out_path, progress)`` writes the PDF (runs off the GUI thread).
        messages: the user's language, for errors raised by the services.
        file_name: the name proposed when saving, and of the temporary file.

    Signals:
        generated(int): the PDF is made and shown, with its page count.
        generation_failed(str): making it failed, with the words shown.
        generation_cancelled: making it was cancelled; nothing is left of it.
        printed(int): the pages were sent to the printer, with their number.
        print_failed(str): printing failed or was cancelled, with the words shown.
        saved(str): a copy was saved, with its path.
    """

    generated = Signal(int)
    generation_failed = Signal(str)
    generation_cancelled = Signal()
    printed = Signal(int)
    print_failed = Signal(str)
    saved = Signal(str)

    def __init__(
        self, title: str, render: Render, *, messages: Translator, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setStyleSheet(PREVIEW_QSS)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumSize(900, 640)
        top = parent.window() if parent is not None else None
        self.resize(top.size().expandedTo(self.minimumSize()) if top is not None else QSize(1180, 780))
        self._messages = messages
        self._file_name = file_name
        self._held = _Held(making=PdfJob(render, messages, file_name))
        self.destroyed.connect(self._held.release)
        self.document = QPdfDocument(self)
        self.print_dialog: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._printer: QPrinter | None = None

        self.heading = styled_label("heading", title, self)
        self.status_panel = QFrame(self)
        self.status_panel.setProperty("kind", "hintPanel")
        self.status_label = styled_label("body", "", self.status_panel)
        self.progress_bar = QProgressBar(self.status_panel)
        self.progress_bar.setObjectName("printProgress")
        self.detail_label = styled_label("secondary", "", self.status_panel)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.status_panel)
        self.cancel_button.setObjectName("printCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        inner = QVBoxLayout(self.status_panel)
        inner.setContentsMargins(20, 14, 20, 14)
        inner.addWidget(self.status_label)
        inner.addWidget(self.progress_bar)
        row = QHBoxLayout()
        row.addWidget(self.detail_label, 1)
        row.addWidget(self.cancel_button)
        inner.addLayout(row)

        self.pages = PagesView(self)
        self.pages.current_page_changed.connect(self._show_page_number)
        self.pages.zoom_changed.connect(self._show_zoom)
        self.toolbar = QWidget(self)
        tools = QHBoxLayout(self.toolbar)
        tools.setContentsMargins(0, 0, 0, 0)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out"), self.pages.zoom_out)
        self.zoom_label = styled_label("zoom", "", self.toolbar, wrap=False)
        self.zoom_in_button = self._tool("+", self.tr("Zoom in"), self.pages.zoom_in)
        self.fit_button = self._tool(self.tr("Fit the width"), self.tr("Fit the width"), self.pages.fit_width)
        self.previous_button = self._tool("◀", self.tr("Previous page"), self.pages.previous_page)
        self.page_label = styled_label("pageNumber", "", self.toolbar, wrap=False)
        self.next_button = self._tool("▶", self.tr("Next page"), self.pages.next_page)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.previous_button, self.page_label, self.next_button):
            tools.addWidget(widget)

        self.banner = MessageBanner(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setProperty("kind", "primary")
        self.print_button.clicked.connect(self.ask_print)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(self.ask_save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("printCloseButton")
        self.close_button.clicked.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.close_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_panel)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.pages, 1)
        self.filler = QWidget(self)  # takes the room of the pages while there are none
        layout.addWidget(self.filler, 1)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        self._state = "new"
        self._update()

    def _tool(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self.toolbar)
        button.setProperty("kind", "tool")
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    # --- state --------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        """new, generating, ready, printing, failed or cancelled."""
        return self._state

    @property
    def pdf_path(self) -> Path | None:
        """The PDF made (while the dialog is open and the PDF was made)."""
        return self._held.making.path if self._held.making is not None else None

    @property
    def making_job(self) -> PdfJob | None:
        return self._held.making

    @property
    def printing_job(self) -> BackgroundJob | None:
        return self._held.printing

    def _update(self) -> None:
        state = self._state
        working = state in ("generating", "printing")
        self.status_panel.setVisible(working)
        shown = state in ("ready", "printing")
        self.toolbar.setVisible(shown)
        self.pages.setVisible(shown)
        self.filler.setVisible(not shown)
        self.print_button.setEnabled(state == "ready")
        self.save_button.setEnabled(state == "ready")
        self.cancel_button.setEnabled(working)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the pages get their room now, so that they fit its width at once

    def _show_progress(self, done: int, total: int, words: str) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        else:
            self.progress_bar.setRange(0, 0)  # busy: how far is unknown
        self.detail_label.setText(words)

    # --- making the PDF -----------------------------------------------------------------------

    def start(self) -> None:
        """Make the PDF in the background (once; rule 1)."""
        job = self._held.making
        if self._state != "new" or job is None:
            return
        self._state = "generating"
        self.status_label.setText(self.tr("Preparing the document…"))
        self._show_progress(0, 0, "")
        job.progressed.connect(self._show_progress)
        job.succeeded.connect(self._made)
        job.failed.connect(self._making_failed)
        job.cancelled.connect(self._making_cancelled)
        self._update()
        job.start()

    def cancel(self) -> None:
        """Stop making or printing at the work's next step (rule 4)."""
        running = self._held.printing if self._state == "printing" else self._held.making
        if running is not None and running.running:
            running.cancel()
            self.cancel_button.setEnabled(False)
            self.detail_label.setText(self.tr("Cancelling…"))

    def _made(self) -> None:
        path = self.pdf_path
        assert path is not None
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            self._state = "failed"
            self._update()
            words = self.tr("The document was made but cannot be shown; it was not kept.")
            self.banner.show_message(MessageKind.ERROR, words)
            self._held.release()
            self.generation_failed.emit(words)
            return
        self._state = "ready"
        self._update()
        job = self._held.making
        self.pages.set_document(self.document, job.page_sizes if job is not None else None)
        self.generated.emit(self.document.pageCount())

    def _making_failed(self, words: str) -> None:
        self._state = "failed"
        self._update()
        self.banner.show_message(MessageKind.ERROR, words)
        self.generation_failed.emit(words)

    def _making_cancelled(self) -> None:
        self._state = "cancelled"
        self._update()
        self.banner.show_message(MessageKind.INFO, self.tr("Cancelled: no document was made."))
        self.generation_cancelled.emit()

    # --- the toolbar --------------------------------------------------------------------------

    def _show_page_number(self, page: int, pages: int) -> None:
        self.page_label.setText(self.tr("Page {page} of {pages}").format(page=page, pages=pages))
        self.previous_button.setEnabled(page > 1)
        self.next_button.setEnabled(page < pages)

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    # --- printing -----------------------------------------------------------------------------

    def ask_print(self) -> None:
        """Open Qt's print dialog for the document shown; printing starts when it is accepted."""
        if self._state != "ready":
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare(printer, self.document)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setStyleSheet(SYSTEM_DIALOG_QSS)
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        self._printer = printer
        QDialog.open(dialog)  # window-modal, never blocking (QPrintDialog's own open() wants a slot)

    def print_to(self, printer: QPrinter) -> None:
        """Send the pages to ``printer`` in the background (rule 3)."""
        path = self.pdf_path
        if self._state != "ready" or path is None:
            return
        self.print_dialog = None
        self._printer = printer
        sent = [0]
        template = self.tr("Sending page {page} of {pages} to the printer…")

        def work(progress: ProgressCallback) -> None:
            sent[0] = print_pdf(path, printer, progress, template)

        job = BackgroundJob(work, self._messages)
        self._held.printing = job
        job.progressed.connect(self._show_progress)
        job.succeeded.connect(lambda: self._printed(sent[0]))
        job.failed.connect(self._print_failed)
        job.cancelled.connect(lambda: self._print_failed(self.tr("Printing cancelled.")))
        self._state = "printing"
        self.status_label.setText(self.tr("Printing…"))
        self._show_progress(0, 0, "")
        self.banner.clear_message()
        self._update()
        job.start()

    def _printed(self, sent: int) -> None:
        self._state = "ready"
        self._held.printing = None
        self._update()
        self.banner.show_message(MessageKind.INFO, self.tr("Pages sent to the printer: {count}.").format(count=sent))
        self.printed.emit(sent)

    def _print_failed(self, words: str) -> None:
        self._state = "ready"
        self._held.printing = None
        self._update()
        self.banner.show_message(MessageKind.ERROR, words)
        self.print_failed.emit(words)

    # --- saving -------------------------------------------------------------------------------

    def ask_save(self) -> None:
        """Ask where to save a copy of the PDF, then save it there."""
        if self._state != "ready":
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = folder if folder and Path(folder).is_dir() else str(Path.home())
        dialog = QFileDialog(self, self.tr("Save as PDF"), str(Path(folder) / self._file_name),
                             self.tr("PDF documents (*.pdf)"))  # fmt: skip
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.setStyleSheet(SYSTEM_DIALOG_QSS)
        dialog.setMinimumSize(960, 600)
        dialog.fileSelected.connect(self.save_to)
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, target: str | Path) -> bool:
        """Copy the PDF to ``target`` (rule 3); say in the banner what happened."""
        self.file_dialog = None
        source = self.pdf_path
        if source is None:
            return False
        target = Path(target)
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            shutil.copyfile(source, partial)
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            self.banner.show_message(MessageKind.ERROR, failure_words(error, self._messages))
            return False
        self.banner.show_message(MessageKind.INFO, self.tr("Saved as {path}.").format(path=str(target)))
        self.saved.emit(str(target))
        return True

    # --- closing ------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing: cancel what runs, then remove the file once nothing uses it (rule 4)."""
        self.pages.set_document(None)
        self.document.close()
        self._held.release()
        super().done(result)
