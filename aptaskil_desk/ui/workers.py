"""The one background-job helper: run a callable on a thread pool, hear back on the GUI thread.

In the spirit of Anki's ``CollectionOp``::

    self._jobs.job(lambda: ctx.centre.terminal_overview(name), owner=self)
        .success(self._show_overview)
        .failure(self._show_error)
        .start()

The callable runs on a worker thread and must not touch widgets (it opens its own database
session through the services: a ``Session`` never crosses threads). Its result or exception
comes back through a queued signal, so every callback runs on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


def _log_failure(error: BaseException) -> None:
    log.error("background job failed", exc_info=error)


class Job(Generic[T]):
    """One background call and the GUI-thread callbacks that receive its outcome."""

    def __init__(self, runner: JobRunner, work: Callable[[], T], owner: QObject | None) -> None:
        self._runner = runner
        self._work = work
        self._owner = owner
        self._on_success: Callable[[T], None] = lambda _result: None
        self._on_failure: Callable[[BaseException], None] = _log_failure
        self._on_finished: Callable[[], None] = lambda: None

    def success(self, callback: Callable[[T], None]) -> Job[T]:
        """Call ``callback(result)`` on the GUI thread when the work returns."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Job[T]:
        """Call ``callback(error)`` on the GUI thread when the work raises (default: log it)."""
        self._on_failure = callback
        return self

    def finished(self, callback: Callable[[], None]) -> Job[T]:
        """Call ``callback()`` on the GUI thread after success or failure, whichever happened."""
        self._on_finished = callback
        return self

    def start(self) -> None:
        """Queue the work on the runner's thread pool."""
        self._runner.submit(self)

    # --- called by the runner ---------------------------------------------------------------

    def execute(self) -> Callable[[], None]:
        """Run the work (worker thread) and return the GUI-thread delivery of its outcome."""
        try:
            result = self._work()
        except Exception as error:
            return partial(self._deliver_failure, error)
        return partial(self._deliver_success, result)

    def _owner_gone(self) -> bool:
        # The widget that asked may have been closed while the work ran: its callbacks would
        # touch a deleted C++ object, so the outcome is dropped instead.
        return self._owner is not None and not shiboken6.isValid(self._owner)

    def _deliver_success(self, result: T) -> None:
        if self._owner_gone():
            return
        try:
            self._on_success(result)
        finally:
            self._on_finished()

    def _deliver_failure(self, error: BaseException) -> None:
        if self._owner_gone():
            log.info("background job failed after its window closed: %s", error)
            return
        try:
            self._on_failure(error)
        finally:
            self._on_finished()


class JobRunner(QObject):
    """Runs jobs on a private thread pool and delivers their outcomes on the GUI thread.

    Create one per window, on the GUI thread; call :meth:`shutdown` before the window goes.

    Signals:
        outcomes_queued: emitted from a worker thread after a finished job's outcome was queued
            for delivery; connected (queued) to the GUI-thread delivery slot.
    """

    outcomes_queued = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # Guards the outcome queue and the closed flag, shared by workers and the GUI thread.
        self._lock = threading.Lock()
        self._outcomes: deque[Callable[[], None]] = deque()
        self._closed = False
        self._running = 0
        self.outcomes_queued.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def job(self, work: Callable[[], T], owner: QObject | None = None) -> Job[T]:
        """A job for ``work``; its callbacks are dropped if ``owner`` is deleted meanwhile."""
        return Job(self, work, owner)

    def submit(self, job: Job[Any]) -> None:
        """Queue a job (GUI thread). Refused silently after :meth:`shutdown`."""
        with self._lock:
            if self._closed:
                log.info("job submitted after shutdown; ignored")
                return
            self._running += 1
        self._pool.start(partial(self._run, job))

    @property
    def pending(self) -> int:
        """Jobs started whose outcome has not been delivered yet."""
        with self._lock:
            return self._running

    def wait(self, msecs: int = -1) -> bool:
        """Block until every running job has finished its work (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Stop delivering outcomes and wait for the work in progress to end."""
        with self._lock:
            self._closed = True
            self._outcomes.clear()
        self._pool.waitForDone()

    def _run(self, job: Job[Any]) -> None:
        outcome = job.execute()
        # Under the lock: once shutdown() has set the flag, no worker touches this object again.
        with self._lock:
            if self._closed:
                return
            self._outcomes.append(outcome)
            self.outcomes_queued.emit()

    @Slot()
    def _deliver(self) -> None:
        # One queued call per outcome: if a callback raises, the calls still queued deliver the
        # outcomes behind it, so an error never strands another job's result.
        while True:
            with self._lock:
                if not self._outcomes:
                    return
                outcome = self._outcomes.popleft()
                self._running -= 1
            outcome()
