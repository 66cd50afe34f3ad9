"""The notice that the database cannot be reached, and the block on writes while it shows.

Rules:
1. Every ``PROBE_INTERVAL_MS`` a cheap read runs: the one-row audit head, which needs the
   database itself (on SQLite, its file too). It runs on the notice's own one-thread job runner,
   so a probe stuck on a dead network never holds up the window's jobs; one probe at a time.
2. A probe that fails, or has not answered after ``PROBE_TIMEOUT_MS``, shows the notice. It covers
   the whole window and disables everything under it, so nothing can be typed, touched or
   recorded; the window refuses scans meanwhile (nothing recorded, the refusal sound, a line on
   the notice saying so).
3. The first probe that answers removes the notice and gives the window back as it was.
4. Whatever else meets the database failing (a scan) may ask for a probe at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.db.database import Database
from aptaskil_desk.i18n import Translator
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.idle_countdown import Cover
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

#: How often the database is probed.
PROBE_INTERVAL_MS = 10_000
#: A probe that has not answered after this long counts as failed (it may still answer later).
PROBE_TIMEOUT_MS = 5_000
#: The probe: one row, no lock, present in every schema version.
PROBE_SQL = "SELECT seq FROM audit_head"

_OWN_STYLE = """
QFrame#databaseNotice { background-color: rgba(15, 23, 32, 240); }
QFrame#databaseNoticePanel { background-color: #3d0b0b; border: 5px solid #ff8787; border-radius: 18px; }
QLabel[kind="noticeSymbol"] { font-size: 96px; font-weight: bold; color: #ff8787; }
QLabel[kind="noticeTitle"] { font-size: 44px; font-weight: bold; color: #ffffff; }
"""


def probe(db: Database) -> None:
    """One cheap read that needs the database itself; raises ``DatabaseError`` when it cannot."""
    db.run_read(lambda session: session.connection().exec_driver_sql(PROBE_SQL).all())


class DatabaseNotice(Cover):
    """The probe's timers and the cover that says the database is unreachable.

    Args:
        ctx: the application (its database is probed).
        covered: the widget disabled while the notice shows (the window's screens).
        interval_ms: time between probes; ``timeout_ms``: how long a probe may take.

    Signals:
        lost(str): emitted when the database stopped answering, with the reason shown.
        back: emitted when it answers again; the notice is gone and the screens work again.
        probed(bool): emitted after every probe that came back, True when it answered.
    """

    lost = Signal(str)
    back = Signal()
    probed = Signal(bool)

    def __init__(
        self, ctx: AppContext, covered: QWidget, parent: QWidget | None = None, *,
        interval_ms: int = PROBE_INTERVAL_MS, timeout_ms: int = PROBE_TIMEOUT_MS,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("databaseNotice")
        self.setStyleSheet(_OWN_STYLE)
        self._ctx = ctx
        self._covered = covered
        self._messages = Translator(ctx.settings.language)
        self._runner = JobRunner(self, max_threads=1)
        self._probing = False
        self._blocking = False
        self._failures = 0
        self._reason: BaseException | None = None  # the last failure; None: no answer in time
        self._last_attempt = ""
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, interval_ms))
        self._timer.timeout.connect(self.probe_now)
        self._overdue = QTimer(self)
        self._overdue.setSingleShot(True)
        self._overdue.setInterval(max(1, timeout_ms))
        self._overdue.timeout.connect(self._no_answer)

        panel = QFrame(self)
        panel.setObjectName("databaseNoticePanel")
        symbol = styled_label("noticeSymbol", "⚠", panel)
        symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = styled_label("noticeTitle", "", panel)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = styled_label("hint", "", panel)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = styled_label("secondary", "", panel)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.attempts = styled_label("secondary", "", panel)
        self.attempts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = MessageBanner(panel)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(48, 32, 48, 32)
        inner.setSpacing(18)
        for widget in (symbol, self.title, self.explanation, self.detail, self.attempts, self.banner):
            inner.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 0, 96, 0)
        layout.addStretch(1)
        layout.addWidget(panel)
        layout.addStretch(1)
        self.hide()

    @property
    def blocking(self) -> bool:
        """True while the notice shows: nothing may be recorded."""
        return self._blocking

    @property
    def probing(self) -> bool:
        """True while a probe is out."""
        return self._probing

    def start(self) -> None:
        """Probe every interval from now on."""
        self._timer.start()

    def probe_now(self) -> None:
        """Probe now (off the GUI thread), unless a probe is already out."""
        if self._probing:
            return
        self._probing = True
        self._overdue.start()
        db = self._ctx.db
        (
            self._runner.job(lambda: probe(db), owner=self)
            .success(lambda _none: self._answered())
            .failure(self._failed)
            .start()
        )

    def refuse_scan(self) -> None:
        """Say on the notice that a scan was not recorded (the window refused it)."""
        self.banner.show_message(MessageKind.ERROR, self.tr(
            "Badge not recorded: the database cannot be reached. Scan again once this notice is gone."))  # fmt: skip

    def retranslate(self, language: str) -> None:
        """Say everything again in ``language`` (its translator is installed by the window)."""
        self._messages = Translator(language)
        if self._blocking:
            self._render()
            if self.banner.message:
                self.refuse_scan()

    def shutdown(self) -> None:
        """Stop probing and wait for a probe still out (the window is closing)."""
        self._timer.stop()
        self._overdue.stop()
        self._runner.shutdown()

    # --- outcomes -----------------------------------------------------------------------------

    def _answered(self) -> None:
        self._probe_back()
        self.probed.emit(True)
        if not self._blocking:
            return
        log.warning("database reachable again from %s after %d failed probe(s)", self._ctx.terminal, self._failures)
        self._blocking = False
        self._failures = 0
        self._reason = None
        self.banner.clear_message()
        self.hide()
        self._covered.setEnabled(True)
        self.back.emit()

    def _failed(self, error: BaseException) -> None:
        self._probe_back()
        if error_text(error, self._messages) is None:
            log.error("database probe failed", exc_info=error)
        self._reason = error
        self._fail()
        self.probed.emit(False)

    def _no_answer(self) -> None:
        if self._probing:
            self._reason = None
            self._fail()

    def _probe_back(self) -> None:
        self._probing = False
        self._overdue.stop()

    def _fail(self) -> None:
        self._failures += 1
        self._last_attempt = QTime.currentTime().toString("HH:mm:ss")
        first = not self._blocking
        self._blocking = True
        self._render()
        if first:
            log.error("database unreachable from %s: %s", self._ctx.terminal, self.detail.text())
            self._covered.setEnabled(False)
            self.show()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.lost.emit(self.detail.text())

    def _render(self) -> None:
        self.title.setText(self.tr("Database unreachable — scans are not recorded; trying again…"))
        self.explanation.setText(self.tr(
            "Nothing can be recorded on this terminal until the connection is back. "
            "This notice goes away by itself."))  # fmt: skip
        reason = self._reason
        text = error_text(reason, self._messages) if reason is not None else None
        self.detail.setText(text or self.tr("The database does not answer."))
        seconds = max(1, self._timer.interval() // 1000)
        self.attempts.setText(self.tr("Attempt {count} failed at {time}; next attempt within {seconds} s.").format(
            count=self._failures, time=self._last_attempt, seconds=seconds))  # fmt: skip
