"""Printing from the GUI: a document made in the background, previewed, printed or saved as a PDF.

- :mod:`.job`: background work with progress, cancel and errors in words (:class:`PdfJob` makes a PDF).
- :mod:`.pages_view`: a PDF's pages as QtPdf renders them, scrollable and zoomable.
- :mod:`.printer`: a PDF sent to a ``QPrinter`` page by page, off the GUI thread.
- :mod:`.preview`: the dialog tying them together (progress, preview, Print, Save as PDF, Close).
- :mod:`.records`: the records printed from the screens (checklist, session record, logbook).

A screen prints with one call, e.g. ``print_session_record(self, ctx, staff.actor(ctx.terminal), code)``.
"""

from aptaskil_desk.ui.printing.job import BackgroundJob, Cancelled, PdfJob, ProgressCallback, Render, wait_for_jobs
from aptaskil_desk.ui.printing.preview import PrintPreviewDialog
from aptaskil_desk.ui.printing.records import print_checklist_record, print_logbook, print_session_record

__all__ = [
    "BackgroundJob",
    "Cancelled",
    "PdfJob",
    "PrintPreviewDialog",
    "ProgressCallback",
    "Render",
    "print_checklist_record",
    "print_logbook",
    "print_session_record",
    "wait_for_jobs",
]
