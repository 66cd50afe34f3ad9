"""The kiosk side of integrity incidents: the check at start-up, and scans refused while recording is
stopped (the rules are in ``services/integrity.py``).

Rules:
1. ``run_gui`` asks for the start-up check (``run_startup_check``) once the window shows. It runs on
   its own daemon thread, so a large database being checked never holds the kiosk up — scans go on
   meanwhile, and stop if the check fails — and closing the kiosk never waits for it. A check that
   could not reach the database runs again when the database answers again (``retry_startup_check``).
2. Whether recording is stopped is read again whenever the database probe answers (every 10 s), after
   a check or a resolution on the staff page, and after a write refused with ``WritesStopped`` — so
   an incident raised on another terminal stops this one within one probe.
3. While recording is stopped, the notice sits over the kiosk's header saying so and who can resolve
   it. A learner's scan is refused by the service itself (``WritesStopped``, said on the result
   screen; nothing recorded); a staff badge still opens the unlock, and the staff area stays open:
   QA signs in to resolve the incident on the diagnostics page.
"""

from __future__ import annotations

import logging
import threading

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.services.integrity import CheckOutcome, IncidentInfo
from aptaskil_desk.ui.kiosk.header_notice import HeaderNotice
from aptaskil_desk.ui.widgets.message import MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)


class IntegrityNotice(HeaderNotice):
    """Knows whether recording is stopped and says so over the kiosk.

    Args:
        ctx: the application.
        window: the main window (the notice lies over its kiosk header).

    Signals:
        checked(object): emitted after the start-up check, with its ``CheckOutcome``.
        changed(bool): emitted when recording stops (True) or resumes (False).
    """

    checked = Signal(object)
    changed = Signal(bool)
    _check_ended = Signal(object, object)  # (outcome, error) from the check's thread

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("integrityNotice")
        self._ctx = ctx
        self._runner = JobRunner(self, max_threads=1)
        self._reading = False
        self._again = False
        self.open_incidents: list[IncidentInfo] = []
        self._over_kiosk = True  # a kiosk screen is in front
        self._startup_pending = False  # asked for, not completed yet (the database did not answer)
        self._checking = False
        self._check_ended.connect(self._check_back, Qt.ConnectionType.QueuedConnection)
        self._was = False  # recording was stopped when last looked at

    @property
    def stopped(self) -> bool:
        """True while nothing may be recorded (an open incident, or this process stopped its writes)."""
        return bool(self.open_incidents) or self._ctx.db.writes_stopped is not None

    def run_startup_check(self) -> None:
        """The database check at start-up (rule 1), on a daemon thread; one at a time."""
        self._startup_pending = True
        if self._checking:
            return
        self._checking = True
        ctx, ended = self._ctx, self._check_ended
        log.info("database check at start-up on %s", ctx.terminal)

        def work() -> None:
            outcome: CheckOutcome | None = None
            error: BaseException | None = None
            try:
                outcome = ctx.integrity.check(ctx.system_actor(), "startup")
            except BaseException as failure:  # handed to the GUI thread, which says what it was
                error = failure
            if shiboken6.isValid(self):  # the window may have closed meanwhile: then nobody listens
                try:
                    ended.emit(outcome, error)
                except RuntimeError:  # deleted between the test and the emit
                    log.info("start-up check ended after the window closed")

        threading.Thread(target=work, name="startup-check", daemon=True).start()

    def retry_startup_check(self) -> None:
        """Run the start-up check again if it could not complete (the database is back)."""
        if self._startup_pending:
            self.run_startup_check()

    def refresh(self) -> None:
        """Read the open incidents again (rule 2); one read at a time, the last ask honoured."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        integrity = self._ctx.integrity
        (
            self._runner.job(integrity.open_incidents, owner=self)
            .success(self._read)
            .failure(lambda error: self._not_read(error, "incident read"))
            .start()
        )

    def retranslate(self) -> None:
        """Say it again in the language now installed."""
        if self.stopped:
            self._render()

    def show_over(self, kiosk_in_front: bool) -> None:
        """Show over the idle screen while stopped; hide over the others (they say it their way)."""
        self._over_kiosk = kiosk_in_front
        if self.stopped and kiosk_in_front:
            self._render()
        else:
            self.hide()

    def shutdown(self) -> None:
        self._runner.shutdown()

    # --- outcomes ---------------------------------------------------------------------------------

    def _check_back(self, outcome: CheckOutcome | None, error: BaseException | None) -> None:
        self._checking = False
        if outcome is None:
            _log_failure(error or RuntimeError("no outcome"), "start-up check")
            self._update()
            return
        self._startup_pending = False
        if outcome.report.ok:
            log.info("database check at start-up passed on %s", self._ctx.terminal)
        self.checked.emit(outcome)
        self.refresh()

    def _read(self, incidents: list[IncidentInfo]) -> None:
        self._reading = False
        self.open_incidents = list(incidents)
        self._update()
        if self._again:
            self._again = False
            self.refresh()

    def _not_read(self, error: BaseException, what: str) -> None:
        self._reading = False
        _log_failure(error, what)
        self._update()

    def _update(self) -> None:
        was, now = self._was, self.stopped
        self._was = now
        if now:
            self._render()
        else:
            self.clear_message()
        if now != was:
            log.warning("recording %s on %s", "stopped" if now else "resumed", self._ctx.terminal)
            self.changed.emit(now)

    def _render(self) -> None:
        if self.open_incidents:
            first = self.open_incidents[-1]  # the oldest open one
            text = self.tr(
                "Recording stopped: the database check found a problem (incident {id}, terminal {terminal}). "
                "Tell quality assurance: they resolve it in the staff area, under Diagnostics."
            ).format(id=first.id, terminal=first.terminal)
        else:
            text = self.tr(
                "Recording stopped: the database check failed on this terminal and the problem could not be "
                "recorded. Call IT support."
            )
        self.show_message(MessageKind.ERROR, text)
        if self._over_kiosk:
            self.place()
        else:
            self.hide()


def _log_failure(error: BaseException, what: str) -> None:
    if isinstance(error, AptaskilError):  # an unreachable database: the database notice says so
        log.info("integrity %s failed: %s", what, error)
    else:
        log.error("integrity %s failed", what, exc_info=error)
