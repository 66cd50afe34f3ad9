"""Background work for printing: a PDF made, or its pages sent to a printer, off the GUI thread.

Rules:
1. The work is a function ``work(progress)``. It calls ``progress(done, total, words)`` as it goes
   (``total`` 0: how far is unknown; ``words`` say what it is doing, in the reader's language), and
   that call raises :class:`Cancelled` once cancelling was asked: a cancel takes effect at the work's
   next report, and the work leaves through its own ``finally`` clauses (a half-written file removed).
2. A :class:`PdfJob` makes a PDF: ``render(out_path, progress)`` writes into a private temporary
   folder. After a failure or a cancel nothing is left of it (the folder is removed); a cancel asked
   while the work ended anyway counts as a cancel. The PDF stays until :meth:`PdfJob.discard`.
3. Reports reach the GUI thread through queued signals, at most one each 50 ms (the first of a new
   step and the last always pass), so a fast loop cannot flood the event loop.
4. Errors are said in words (:func:`failure_words`): an ``aptaskil_desk.errors`` error in the user's
   language, a file-system error with its reason, anything else as an unexpected error whose details
   go to the log.
5. A job has no Qt parent. A window closing while its job runs calls :meth:`BackgroundJob.abandon`:
   the job is cancelled and kept alive until its thread ends (then cleaned up), so no thread outlives
   its object; :func:`wait_for_jobs` waits for every job still running (the application quitting, tests).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QSizeF, Qt, QThread, Signal, Slot

from aptaskil_desk.i18n import Translator
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.printing.pages_view import page_sizes

log = logging.getLogger(__name__)

#: ``progress(done, total, words)``; ``total`` 0 when unknown. Raises :class:`Cancelled` after a cancel.
ProgressCallback = Callable[[int, int, str], None]
#: Work run off the GUI thread; it reports through the callback it is given.
Work = Callable[[ProgressCallback], None]
#: Writes a PDF to the path given, reporting as it goes.
Render = Callable[[Path, ProgressCallback], None]

REPORT_INTERVAL = 0.05  # seconds between two reports of the same step


class Cancelled(Exception):
    """Raised inside the work by its next progress report once cancelling was asked."""


class _Thread(QThread):
    """Runs the work; keeps its exception for the GUI thread to read once the thread finished."""

    def __init__(self, work: Work, report: ProgressCallback) -> None:
        super().__init__()
        self._work = work
        self._report = report
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._work(self._report)
        except Exception as error:
            self.error = error


class BackgroundJob(QObject):
    """One piece of work on its own thread, with progress, cancel and an outcome in words.

    Signals (all on the GUI thread):
        progressed(int, int, str): done, total (0: unknown) and what is being done.
        succeeded: the work returned.
        failed(str): the work raised; what went wrong in words.
        cancelled: the work stopped after a cancel.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal()
    failed = Signal(str)
    cancelled = Signal()
    _reported = Signal(int, int, str)

    #: Jobs whose thread runs, kept alive here (see rule 5).
    _live: ClassVar[set[BackgroundJob]] = set()

    def __init__(self, work: Work, messages: Translator) -> None:
        super().__init__()
        self._work = work
        self._messages = messages
        self._cancel = threading.Event()
        self._thread: _Thread | None = None
        self._last_report = 0.0
        self._last_words = ""
        self._abandoned: Callable[[], None] | None = None
        self.outcome: str | None = None  # succeeded | failed | cancelled, once ended
        self.error_words = ""
        self._reported.connect(self._deliver_report, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quit)

    @property
    def running(self) -> bool:
        return self._thread is not None and self.outcome is None

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> None:
        """Start the work on its thread (once)."""
        if self._thread is not None:
            raise RuntimeError("a background job starts once")
        self._thread = _Thread(self._work, self._report)
        self._thread.finished.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        BackgroundJob._live.add(self)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next report; ``cancelled`` follows once it has stopped."""
        self._cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the thread has ended (shutdown, tests); the outcome arrives by the event loop."""
        return self._thread is None or self._thread.wait(-1 if msecs < 0 else msecs)

    def abandon(self, then: Callable[[], None] | None = None) -> None:
        """The window is going: cancel, and once the thread ended clean up and call ``then``."""
        self.cancel()
        self._abandoned = then or (lambda: None)
        if not self.running:
            self._finish_abandon()

    # --- worker thread ----------------------------------------------------------------------

    def _report(self, done: int, total: int, words: str) -> None:
        if self._cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if words != self._last_words or done >= total > 0 or now - self._last_report >= REPORT_INTERVAL:
            self._last_report, self._last_words = now, words
            self._reported.emit(done, total, words)

    # --- GUI thread -------------------------------------------------------------------------

    @Slot(int, int, str)
    def _deliver_report(self, done: int, total: int, words: str) -> None:
        if self.outcome is None and not self._cancel.is_set():
            self.progressed.emit(done, total, words)

    @Slot()
    def _ended(self) -> None:
        thread = self._thread
        assert thread is not None
        thread.wait()  # ``finished`` is emitted just before the thread really ends
        error = thread.error
        if self._cancel.is_set() or isinstance(error, Cancelled):
            self.outcome = "cancelled"
        elif error is not None:
            self.outcome = "failed"
            self.error_words = self.failure_words(error)
        else:
            self.outcome = "succeeded"
        self.on_ended()
        BackgroundJob._live.discard(self)
        if self._abandoned is not None:
            self._finish_abandon()
            return
        if self.outcome == "cancelled":
            self.cancelled.emit()
        elif self.outcome == "failed":
            self.failed.emit(self.error_words)
        else:
            self.succeeded.emit()

    def on_ended(self) -> None:
        """Called on the GUI thread when the work ended, before the outcome is announced."""

    def _finish_abandon(self) -> None:
        then, self._abandoned = self._abandoned, None
        self.cleanup()
        if then is not None:
            then()

    def cleanup(self) -> None:
        """What to remove once the job is no longer wanted (nothing here)."""

    def failure_words(self, error: BaseException) -> str:
        return failure_words(error, self._messages)

    @Slot()
    def _quit(self) -> None:
        if self.running:
            self.cancel()
            self.wait()


class JobWords(QObject):
    """The fixed sentences of printing failures. Signals: none."""

    def unexpected(self) -> str:
        return self.tr("This could not be done: unexpected error; the details are in the log.")

    def not_written(self, reason: str) -> str:
        return self.tr("The file could not be written: {reason}.").format(reason=reason)


def failure_words(error: BaseException, messages: Translator) -> str:
    """What went wrong, for a person (rule 4)."""
    text = error_text(error, messages)
    if text:
        return text
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return JobWords().not_written(f"{reason} ({error.filename})" if error.filename else reason)
    log.error("printing failed", exc_info=error)
    return JobWords().unexpected()


class PdfJob(BackgroundJob):
    """``render(out_path, progress)`` on its thread, into a temporary folder of its own (rule 2).

    Signals: those of :class:`BackgroundJob`; on ``succeeded`` :attr:`path` is the PDF.
    """

    def __init__(self, render: Render, messages: Translator, file_name: str = "document.pdf") -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="aptaskil-print-"))
        self._out = self._folder / file_name
        self.path: Path | None = None
        #: every page's size in points, measured on the job's thread once the PDF is made
        self.page_sizes: list[QSizeF] = []

        def make(progress: ProgressCallback) -> None:
            render(self._out, progress)
            if self._out.is_file():
                self.page_sizes = page_sizes(self._out)

        super().__init__(make, messages)

    @property
    def folder(self) -> Path:
        """The private folder the PDF is written in (gone after a failure, a cancel or :meth:`discard`)."""
        return self._folder

    def on_ended(self) -> None:
        if self.outcome == "succeeded" and not self._out.is_file():
            self.outcome = "failed"
            log.error("the render function returned without writing %s", self._out)
            self.error_words = JobWords().unexpected()
        if self.outcome == "succeeded":
            self.path = self._out
        else:
            self.discard()

    def cleanup(self) -> None:
        self.discard()

    def discard(self) -> None:
        """Remove the PDF and its folder (the preview closed, or nothing was made)."""
        if self.running:
            raise RuntimeError("the PDF is still being written; abandon the job instead")
        self.path = None
        shutil.rmtree(self._folder, ignore_errors=True)


def wait_for_jobs(msecs: int = -1) -> bool:
    """Wait until the thread of every job still running has ended (rule 5)."""
    deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
    for job in list(BackgroundJob._live):
        left = -1 if deadline is None else max(0, int((deadline - time.monotonic()) * 1000))
        if not job.wait(left):
            return False
    return True
