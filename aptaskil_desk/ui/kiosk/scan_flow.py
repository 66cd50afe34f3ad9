"""Scans to decisions: one at a time, in the order they came, off the GUI thread."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from aptaskil_desk.app import AppContext
from aptaskil_desk.services.scan import ScanResult
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

#: Scans waiting behind the one being decided; more than this at once is a stuck scanner.
MAX_WAITING = 10


class ScanFlow(QObject):
    """Hands each scan to the scan service through the job helper, and says what it decided.

    One decision at a time keeps two reads of one badge in order (the second one is then
    "already", never a race). A staff badge records nothing; its login is looked up in the
    same background job so that the PIN prompt can open with it. An equipment label comes back
    with the learner's answers to its questions through :meth:`submit_answers`, in the same queue.

    Signals:
        scan_decided(str, object): emitted with the payload and the ``ScanResult`` of a learner's
            scan (checked_in, checked_out, already, refused, or for an equipment label questions,
            use_started or use_stopped).
        staff_scanned(str): emitted with the login of the staff member whose badge was scanned
            (empty if their account could not be found).
        scan_failed(str, object): emitted with the payload and the exception when the service failed.
    """

    scan_decided = Signal(str, object)
    staff_scanned = Signal(str)
    scan_failed = Signal(str, object)

    def __init__(self, ctx: AppContext, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._jobs = jobs
        # Each scan waits with the answers it carries (None for a plain scan).
        self._waiting: deque[tuple[str, Mapping[str, str] | None]] = deque()
        self._current: str | None = None
        self._last: tuple[str, ScanResult] | None = None  # the latest decision and what was scanned

    @property
    def busy(self) -> bool:
        """True while a scan is being decided or waits to be."""
        return self._current is not None or bool(self._waiting)

    def submit(self, payload: str) -> None:
        """Decide this scan after those before it; a repeat of one not yet decided is ignored."""
        if payload == self._current or any(payload == waiting for waiting, _ in self._waiting):
            log.info("repeated scan ignored: the same code is already being decided")
            return
        self._queue(payload, None)

    def payload_of(self, result: ScanResult) -> str | None:
        """What was scanned for ``result``, if it is the latest decision (a staff override
        scans the same label again)."""
        if self._last is not None and self._last[1] is result:
            return self._last[0]
        return None

    def submit_answers(self, payload: str, answers: Mapping[str, str]) -> None:
        """Scan an equipment label again with the learner's answers to the questions it asked."""
        self._queue(payload, dict(answers))

    def _queue(self, payload: str, answers: Mapping[str, str] | None) -> None:
        if len(self._waiting) >= MAX_WAITING:
            log.warning("scan ignored: %d scans are already waiting", len(self._waiting))
            return
        self._waiting.append((payload, answers))
        self._next()

    def _next(self) -> None:
        if self._current is not None or not self._waiting:
            return
        payload, answers = self._waiting.popleft()
        self._current = payload
        scan, accounts, terminal = self._ctx.scan, self._ctx.accounts, self._ctx.terminal

        def work() -> tuple[ScanResult, str]:
            result = scan.scan(payload, terminal, answers=answers)
            login = ""
            if result.result == "staff" and result.person is not None:
                person_id = result.person.id
                login = next((s.login for s in accounts.list_staff() if s.person_id == person_id), "")
            return result, login

        (
            self._jobs.job(work, owner=self)
            .success(lambda outcome: self._decided(payload, *outcome))
            .failure(lambda error: self.scan_failed.emit(payload, error))
            .finished(self._done)
            .start()
        )

    def _decided(self, payload: str, result: ScanResult, login: str) -> None:
        log.info("scan decided on %s: %s %s", self._ctx.terminal, result.result, result.reason or "")
        self._last = (payload, result)
        if result.result == "staff":
            self.staff_scanned.emit(login)
        else:
            self.scan_decided.emit(payload, result)

    def _done(self) -> None:
        self._current = None
        self._next()
