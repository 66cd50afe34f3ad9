"""The terminal's one window: kiosk idle screen, staff unlock and staff area on one stack."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.i18n import UiTranslators, locale_for
from aptaskil_desk.ui.idle import IdleWatcher
from aptaskil_desk.ui.kiosk.idle_screen import KioskIdleScreen
from aptaskil_desk.ui.staff.area import StaffArea
from aptaskil_desk.ui.staff.unlock import UnlockScreen
from aptaskil_desk.ui.style import load_stylesheet
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

#: Someone who opened the unlock screen and walked away: back to the kiosk sooner than staff.
UNLOCK_IDLE_MS = 60_000


class MainWindow(QMainWindow):
    """Owns the background jobs, the translators of its language and the idle lock.

    Signals:
        staff_unlocked(object): emitted after a staff member unlocked, with their ``StaffInfo``.
        staff_locked: emitted after the staff area locked (button or idle) and the kiosk is back.
    """

    staff_unlocked = Signal(object)
    staff_locked = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        idle_lock_ms: int | None = None,
        unlock_idle_ms: int = UNLOCK_IDLE_MS,
        overview_refresh_ms: int = 60_000,
    ) -> None:
        """Build the window for a context.

        Args:
            idle_lock_ms: staff idle lock; defaults to ``settings.staff_idle_lock_minutes``.
            unlock_idle_ms: how long an untouched unlock screen waits before the kiosk returns.
            overview_refresh_ms: how often the idle screen asks what runs in its room.
        """
        super().__init__(parent)
        self.ctx = ctx
        language = ctx.settings.language
        # Installed before any widget exists: every self.tr() below already sees them.
        self._translators = UiTranslators(language, self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("aptaskil-desk — {centre}").format(centre=ctx.settings.centre_name))
        self.setStyleSheet(load_stylesheet())
        self.idle_lock_ms = idle_lock_ms or ctx.settings.staff_idle_lock_minutes * 60_000
        self.unlock_idle_ms = min(unlock_idle_ms, self.idle_lock_ms)
        messages = Translator(language)

        self.jobs = JobRunner(self)
        self.idle = IdleWatcher(self)
        self.idle.timed_out.connect(self._idle_timed_out)

        self.stack = QStackedWidget(self)
        self.kiosk = KioskIdleScreen(ctx, self.jobs, messages, locale_for(language), refresh_ms=overview_refresh_ms)
        self.unlock = UnlockScreen(ctx, self.jobs, messages)
        self.staff_area = StaffArea(ctx.terminal)
        for page in (self.kiosk, self.unlock, self.staff_area):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self.kiosk.staff_requested.connect(lambda: self.show_unlock())
        self.unlock.cancelled.connect(self.show_kiosk)
        self.unlock.unlocked.connect(self._open_staff_area)
        self.staff_area.lock_requested.connect(self.lock)
        self.staff_area.quit_requested.connect(self.close)
        self.show_kiosk()

    def current_page(self) -> QWidget:
        """The screen at the front: ``kiosk``, ``unlock`` or ``staff_area``."""
        page = self.stack.currentWidget()
        assert page is not None  # the stack always holds the three screens
        return page

    def show_kiosk(self) -> None:
        """Back to the idle screen, with nothing typed left behind."""
        self.idle.stop()
        self.unlock.reset()
        self.stack.setCurrentWidget(self.kiosk)
        self.kiosk.refresh()

    def show_unlock(self, login: str | None = None) -> None:
        """Open the staff unlock; the badge issue passes the login read from a staff badge."""
        self.unlock.begin(login)
        self.stack.setCurrentWidget(self.unlock)
        self.idle.start(self.unlock_idle_ms)

    def lock(self) -> None:
        """Close the staff area (its pages forget the person) and return to the kiosk."""
        was_open = self.staff_area.staff is not None
        self.staff_area.set_staff(None)
        self.show_kiosk()
        if was_open:
            log.info("staff area locked on %s", self.ctx.terminal)
            self.staff_locked.emit()

    def _open_staff_area(self, info: StaffInfo) -> None:
        log.info("staff area unlocked by %s on %s", info.login, self.ctx.terminal)
        self.staff_area.set_staff(info)
        self.stack.setCurrentWidget(self.staff_area)
        self.idle.start(self.idle_lock_ms)
        self.staff_unlocked.emit(info)

    def _idle_timed_out(self) -> None:
        if self.current_page() is self.staff_area:
            log.info("staff area idle for %d ms: locking", self.idle_lock_ms)
        self.lock()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Wait for background work here, while the services it uses are still open.
        self.idle.stop()
        self.jobs.shutdown()
        self._translators.remove()
        super().closeEvent(event)
