"""The terminal's one window: kiosk idle screen, scan result, staff unlock and staff area on one stack.

Scans come from the keyboard-wedge filter (always on, so scanner keys never land in a field)
and, when a port is given, from a serial scanner. Where they go depends on the screen:

* idle or result screen: decided by the scan service off the GUI thread, then answered on the
  result screen (a staff badge opens the PIN prompt with the login filled in); an equipment
  label whose use needs answers opens the questions screen, and its answers are decided the
  same way before the result screen says how the use went;
* questions screen: the same label again is a repeat and ignored; **any other scan abandons
  the questions** (nothing recorded for them) and is decided as usual, so the next learner's
  badge is never kept waiting behind an unanswered screen. Scanner keys never answer a question:
  the wedge filter swallows the burst before the screen sees a key;
* unlock screen: **not decided and not recorded**; the unlock screen says so, and the person
  scans again once the kiosk is back. Deciding it would record a learner's check-in behind a
  staff member's PIN prompt, and showing the answer later would show it to nobody;
* staff area: ignored (later issues give scans a meaning there);
* a terminal in no room: ignored with the refusal sound; its idle screen says why;
* database unreachable (its notice covers the window): **refused, nothing recorded**, with the
  refusal sound and a line on the notice; exit dialog open: not read, like the unlock screen.

Kiosk mode (``kiosk=True``; ``run_gui`` unless ``--windowed``): closing needs a staff PIN
(``ui/kiosk/exit_dialog.py``). Always: a countdown before the staff idle lock, drafts kept for the
same person (``ui/idle*.py``), and the database notice that blocks writes (``ui/kiosk/db_notice.py``).
The notice of a failed database check (``ui/kiosk/integrity_notice.py``) lies over the kiosk header while
an integrity incident stops recording; the services refuse the writes themselves.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.errors import AptaskilError, DatabaseError, WritesStopped
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.scan import ScanResult
from aptaskil_desk.ui.checklists.pages import ChecklistsPage, checklist_pages
from aptaskil_desk.ui.i18n import UiTranslators
from aptaskil_desk.ui.idle import IdleWatcher, StaffDrafts
from aptaskil_desk.ui.idle_countdown import LOCK_COUNTDOWN_MS, IdleCountdown, countdown_ms
from aptaskil_desk.ui.instruments.console import InstrumentConsole
from aptaskil_desk.ui.instruments.exercise_balance import BalanceCheckScreen
from aptaskil_desk.ui.instruments.exercise_loop import LoopCalibrationScreen
from aptaskil_desk.ui.instruments.exercise_pages import exercise_pages
from aptaskil_desk.ui.instruments.pages import instrument_pages
from aptaskil_desk.ui.kiosk.db_notice import PROBE_INTERVAL_MS, DatabaseNotice
from aptaskil_desk.ui.kiosk.exit_dialog import ExitDialog, KioskGuard
from aptaskil_desk.ui.kiosk.exit_rule import may_exit
from aptaskil_desk.ui.kiosk.idle_screen import KioskIdleScreen
from aptaskil_desk.ui.kiosk.integrity_notice import IntegrityNotice
from aptaskil_desk.ui.kiosk.questions_screen import EquipmentQuestionsScreen
from aptaskil_desk.ui.kiosk.result_screen import ScanResultScreen
from aptaskil_desk.ui.kiosk.scan_flow import ScanFlow
from aptaskil_desk.ui.kiosk.scanner import ScannerInput
from aptaskil_desk.ui.kiosk.serial_scanner import SerialScanner
from aptaskil_desk.ui.sound import Sound, SoundPlayer
from aptaskil_desk.ui.staff.area import StaffArea
from aptaskil_desk.ui.staff.attendance_page import attendance_pages
from aptaskil_desk.ui.staff.courses_page import course_pages
from aptaskil_desk.ui.staff.diagnostics_page import DiagnosticsPage, diagnostics_pages
from aptaskil_desk.ui.staff.equipment_page import equipment_pages
from aptaskil_desk.ui.staff.unlock import UnlockScreen
from aptaskil_desk.ui.style import load_stylesheet
from aptaskil_desk.ui.widgets.message import MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

#: Someone who opened the unlock screen and walked away: back to the kiosk sooner than staff.
UNLOCK_IDLE_MS = 60_000
#: A learner who chose a language and walked away without scanning: back to the centre's language.
LANGUAGE_IDLE_MS = 30_000
#: A learner who left the equipment questions unanswered: back to the kiosk, well within the
#: five minutes the scan service waits for the answers.
QUESTIONS_IDLE_MS = 120_000


class MainWindow(QMainWindow):
    """Owns the background jobs, the translators, the scanners and the idle lock.

    Signals:
        staff_unlocked(object): emitted after a staff member unlocked, with their ``StaffInfo``.
        staff_locked: emitted after the staff area locked (button or idle) and the kiosk is back.
        scan_ignored(str): emitted when a scan was not decided, with why: ``unlock`` or
            ``staff_area`` (a staff screen is open), ``no_room``, ``database`` (unreachable) or
            ``exit`` (the exit dialog is open); nothing was recorded.
        language_changed(str): emitted after the screens changed language, with its code.
        draft_restored(str): emitted after a draft came back to its page on unlock, with the page's key.
    """

    staff_unlocked = Signal(object)
    staff_locked = Signal()
    scan_ignored = Signal(str)
    language_changed = Signal(str)
    draft_restored = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        idle_lock_ms: int | None = None,
        unlock_idle_ms: int = UNLOCK_IDLE_MS,
        overview_refresh_ms: int = 60_000,
        result_ms: int = 5000,
        language_idle_ms: int = LANGUAGE_IDLE_MS,
        sounds: SoundPlayer | None = None,
        serial_port: str | None = None,
        serial_baud: int = 9600,
        kiosk: bool = False,
        lock_countdown_ms: int = LOCK_COUNTDOWN_MS,
        db_probe_ms: int = PROBE_INTERVAL_MS,
    ) -> None:
        """Build the window for a context.

        Args:
            idle_lock_ms: staff idle lock; defaults to ``settings.staff_idle_lock_minutes``.
            unlock_idle_ms: how long an untouched unlock screen waits before the kiosk returns.
            overview_refresh_ms: how often the idle screen asks what runs in its room.
            result_ms: how long a scan's answer stays on screen.
            language_idle_ms: how long a learner's language stays on an untouched idle screen.
            sounds: the player of the success and refusal sounds (a muted one in tests).
            serial_port: a serial badge scanner's port, read besides keyboard-wedge scanners.
            kiosk: closing needs a staff PIN, no context menus nor full-screen shortcut; ``False``
                (``--windowed``, the tests): closes freely.
            lock_countdown_ms: how long the countdown before the staff idle lock shows.
            db_probe_ms: how often the database is probed.
        """
        super().__init__(parent)
        self.ctx = ctx
        language = self.language = ctx.settings.language
        # Installed before any widget exists: every self.tr() below already sees them.
        self._translators = {language: UiTranslators(language, self)}
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("aptaskil-desk — {centre}").format(centre=ctx.settings.centre_name))
        self.setStyleSheet(load_stylesheet())
        self.idle_lock_ms = idle_lock_ms or ctx.settings.staff_idle_lock_minutes * 60_000
        self.unlock_idle_ms = min(unlock_idle_ms, self.idle_lock_ms)
        self.language_idle_ms = language_idle_ms
        self.sounds = sounds or SoundPlayer()

        self.jobs = JobRunner(self)
        self.idle = IdleWatcher(self)
        self.idle.timed_out.connect(self._idle_timed_out)

        self.stack = QStackedWidget(self)
        self.kiosk = KioskIdleScreen(ctx, self.jobs, language, refresh_ms=overview_refresh_ms)
        self.result_screen = ScanResultScreen(language, return_ms=result_ms)
        self.questions = EquipmentQuestionsScreen(language)
        self.unlock = UnlockScreen(ctx, self.jobs, Translator(language))
        self.staff_area = StaffArea(ctx.terminal)
        for spec in equipment_pages(ctx, self.jobs):
            self.staff_area.add_page(spec.key, spec.title, spec.widget, spec.permission)
            self.staff_area.staff_changed.connect(spec.widget.set_staff)
        # Pages that hold an instrument's thread: shut down with the window (closeEvent).
        self._instrument_pages: list[
            InstrumentConsole | LoopCalibrationScreen | BalanceCheckScreen | ChecklistsPage
        ] = []
        for ispec in instrument_pages(ctx, self.jobs):
            self.staff_area.add_page(ispec.key, ispec.title, ispec.widget, ispec.permission)
            self.staff_area.staff_changed.connect(ispec.widget.set_staff)
            self._instrument_pages.append(ispec.widget)
        for xspec in exercise_pages(ctx, self.jobs):
            self.staff_area.add_page(xspec.key, xspec.title, xspec.widget, xspec.permission)
            self.staff_area.staff_changed.connect(xspec.widget.set_staff)
            self._instrument_pages.append(xspec.widget)
        # The checklists page resets its signing session on every change of person (lock, unlock);
        # its runner reads instruments live.
        for cspec in checklist_pages(ctx, self.jobs):
            self.staff_area.add_page(cspec.key, cspec.title, cspec.widget, cspec.permission)
            self.staff_area.staff_changed.connect(cspec.widget.set_staff)
            self._instrument_pages.append(cspec.widget)
        for kspec in course_pages(ctx, self.jobs):
            self.staff_area.add_page(kspec.key, kspec.title, kspec.widget, kspec.permission)
            self.staff_area.staff_changed.connect(kspec.widget.set_staff)
        diagnostics: list[DiagnosticsPage] = []
        for dspec in diagnostics_pages(ctx, self.jobs):
            self.staff_area.add_page(dspec.key, dspec.title, dspec.widget, dspec.permission)
            self.staff_area.staff_changed.connect(dspec.widget.set_staff)
            diagnostics.append(dspec.widget)
        for aspec in attendance_pages(ctx, self.jobs):
            self.staff_area.add_page(aspec.key, aspec.title, aspec.widget, aspec.permission)
            self.staff_area.staff_changed.connect(aspec.widget.set_staff)
        for page in (self.kiosk, self.result_screen, self.questions, self.unlock, self.staff_area):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self.scanner = ScannerInput(self)
        self.scanner.badge_scanned.connect(self.take_scan)
        self.serial_scanner: SerialScanner | None = None
        if serial_port:
            self.serial_scanner = SerialScanner(serial_port, serial_baud, self)
            self.serial_scanner.badge_scanned.connect(self.take_scan)
            self.serial_scanner.start()
        self.flow = ScanFlow(ctx, self.jobs, self)
        self.result_screen.enable_override(ctx, self.jobs, self.flow)
        self.flow.scan_decided.connect(self._scan_decided)
        self.flow.staff_scanned.connect(self._staff_scanned)
        self.flow.scan_failed.connect(self._scan_failed)
        self._answered = ""  # the payload whose answer is on the result screen

        self.kiosk.staff_requested.connect(lambda: self.show_unlock())
        self.kiosk.language_chosen.connect(self.set_language)
        self.result_screen.language_chosen.connect(self.set_language)
        self.result_screen.dismissed.connect(self.show_kiosk)
        self.questions.answers_given.connect(self._answers_given)
        self.questions.cancelled.connect(self.show_kiosk)
        self.unlock.cancelled.connect(self.show_kiosk)
        self.unlock.unlocked.connect(self._open_staff_area)
        self.staff_area.lock_requested.connect(self.lock)
        self.staff_area.quit_requested.connect(self._quit_requested)

        # Hardening: created after the screens, so that they cover them in this order.
        self._may_close = not kiosk
        self.drafts = StaffDrafts()
        self.lock_countdown_ms = lock_countdown_ms
        self.countdown = IdleCountdown(self.idle, self)
        self.db_notice = DatabaseNotice(ctx, self.stack, self, interval_ms=db_probe_ms)
        self.db_notice.back.connect(self.kiosk.refresh)
        self.integrity = IntegrityNotice(ctx, self)
        self.db_notice.probed.connect(lambda answered: self.integrity.refresh() if answered else None)
        self.db_notice.back.connect(self.integrity.retry_startup_check)
        for diagnostics_page in diagnostics:
            diagnostics_page.integrity_changed.connect(self.integrity.refresh)
            self.integrity.checked.connect(diagnostics_page.note_check)
        self.stack.currentChanged.connect(lambda _index: self.integrity.show_over(self.current_page() is self.kiosk))
        self.exit_dialog = ExitDialog(ctx, self.jobs, self)
        self.exit_dialog.exit_confirmed.connect(self._exit_confirmed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.guard = KioskGuard(self, active=kiosk)
        self.guard.exit_requested.connect(self.close)
        self.db_notice.start()
        self.show_kiosk()

    def current_page(self) -> QWidget:
        """The screen at the front: ``kiosk``, ``result_screen``, ``questions``, ``unlock`` or ``staff_area``."""
        page = self.stack.currentWidget()
        assert page is not None  # the stack always holds the five screens
        return page

    def show_kiosk(self) -> None:
        """Back to the idle screen in the centre's language, with nothing typed left behind."""
        self.idle.stop()
        self.result_screen.stop()
        self._answered = ""
        self.set_language(self.ctx.settings.language)
        self.unlock.reset()
        self.stack.setCurrentWidget(self.kiosk)
        self.kiosk.refresh()

    def show_unlock(self, login: str | None = None) -> None:
        """Open the staff unlock (in the centre's language); a staff badge passes its login."""
        self.result_screen.stop()
        self._answered = ""
        self.set_language(self.ctx.settings.language)
        self.unlock.begin(login)
        self.stack.setCurrentWidget(self.unlock)
        self.idle.start(self.unlock_idle_ms)

    def lock(self) -> None:
        """Close the staff area (its pages forget the person) and return to the kiosk."""
        was_open = self.staff_area.staff is not None
        self.drafts.keep(self.staff_area)
        self.staff_area.set_staff(None)
        self.show_kiosk()
        if was_open:
            log.info("staff area locked on %s", self.ctx.terminal)
            self.staff_locked.emit()

    def _open_staff_area(self, info: StaffInfo) -> None:
        log.info("staff area unlocked by %s on %s", info.login, self.ctx.terminal)
        self.staff_area.set_staff(info)
        self.stack.setCurrentWidget(self.staff_area)
        self.idle.start(self.idle_lock_ms, countdown_ms(self.idle_lock_ms, self.lock_countdown_ms))
        if (restored := self.drafts.restore(self.staff_area)) is not None:
            self.draft_restored.emit(restored.page)
        self.staff_unlocked.emit(info)

    def set_language(self, language: str) -> None:
        """Show the kiosk screens in ``language`` now (a learner's choice, or back to the centre's)."""
        if language == self.language:
            return
        self._translators[self.language].remove()
        if language in self._translators:
            self._translators[language].install()
        else:
            self._translators[language] = UiTranslators(language, self)
        self.language = language
        self.kiosk.retranslate(language)
        self.result_screen.retranslate(language)
        self.questions.retranslate(language)
        self.countdown.retranslate()
        self.db_notice.retranslate(language)
        self.integrity.retranslate()
        if language != self.ctx.settings.language and self.current_page() is self.kiosk:
            # Nobody scans: the next learner must not find the kiosk in someone else's language.
            self.idle.start(self.language_idle_ms)
        self.language_changed.emit(language)

    # --- scans ------------------------------------------------------------------------------

    def take_scan(self, payload: str) -> None:
        """Act on one scan as the screen at the front allows (see the module docstring)."""
        page = self.current_page()
        if self.db_notice.blocking:
            log.info("scan refused: the database cannot be reached from %s", self.ctx.terminal)
            self.db_notice.refuse_scan()
            self.sounds.play(Sound.REFUSAL)
            self.scan_ignored.emit("database")
        elif self.exit_dialog.isVisible():
            log.info("scan ignored: the exit dialog is open on %s", self.ctx.terminal)
            self.exit_dialog.say(self.tr("Badge not read: the kiosk is being closed. Scan again once it is back."))
            self.scan_ignored.emit("exit")
        elif page is self.unlock:
            log.info("scan ignored: the staff unlock is open on %s", self.ctx.terminal)
            text = self.tr("Badge not read: the staff unlock is open. Go back to the kiosk and scan again.")
            self.unlock.banner.show_message(MessageKind.INFO, text)
            self.scan_ignored.emit("unlock")
        elif page is self.staff_area:
            log.info("scan ignored: the staff area is open on %s", self.ctx.terminal)
            self.scan_ignored.emit("staff_area")
        elif self.kiosk.overview is not None and self.kiosk.overview.room is None:
            # The idle screen already says that badges cannot be scanned on a terminal in no room.
            log.info("scan ignored: terminal %s is in no room", self.ctx.terminal)
            self.sounds.play(Sound.REFUSAL)
            self.scan_ignored.emit("no_room")
        elif page is self.result_screen and payload == self._answered:
            log.info("repeated scan ignored: its answer is on screen")
        elif page is self.questions and payload == self._answered:
            log.info("repeated equipment scan ignored: its questions are on screen")
        else:
            if page is self.questions and not self.questions.busy:
                log.info("equipment questions abandoned on %s: another scan came", self.ctx.terminal)
                self.idle.stop()
                self.questions.abandon(self.tr("Another scan was read: the questions are cancelled."))
            self.flow.submit(payload)

    def _answering(self) -> bool:
        """False when a staff screen came to the front while the scan was being decided."""
        page = self.current_page()
        return page is self.kiosk or page is self.result_screen or page is self.questions

    def _scan_decided(self, payload: str, result: ScanResult) -> None:
        if not self._answering():
            log.warning("scan decided (%s) after a staff screen opened; not shown", result.result)
            return
        self._answered = payload
        self.idle.stop()
        self.result_screen.stop()
        if result.result == "questions":
            self.stack.setCurrentWidget(self.questions)
            self.questions.ask(payload, result)
            self.idle.start(QUESTIONS_IDLE_MS)
            self.sounds.play(Sound.SUCCESS)  # the label was read: the learner looks up at the screen
            return
        asked = self.questions.questions if self.current_page() is self.questions else ()
        self.stack.setCurrentWidget(self.result_screen)
        self.result_screen.show_result(result, asked)
        self.sounds.play(Sound.REFUSAL if result.result == "refused" else Sound.SUCCESS)

    def _answers_given(self, payload: str, answers: dict[str, str]) -> None:
        self.idle.stop()
        self.flow.submit_answers(payload, answers)

    def _staff_scanned(self, login: str) -> None:
        if not self._answering():
            return
        self.sounds.play(Sound.SUCCESS)
        self.show_unlock(login or None)

    def _scan_failed(self, payload: str, error: BaseException) -> None:
        if not isinstance(error, AptaskilError):
            log.error("scan could not be decided", exc_info=error)
        if isinstance(error, DatabaseError):
            self.db_notice.probe_now()  # its notice then blocks the next scans
        elif isinstance(error, WritesStopped):
            self.integrity.refresh()  # an incident raised elsewhere: say so over the kiosk
        if not self._answering():
            return
        self._answered = ""
        self.stack.setCurrentWidget(self.result_screen)
        self.result_screen.show_error(error)
        self.sounds.play(Sound.REFUSAL)

    def _idle_timed_out(self) -> None:
        if self.current_page() is self.staff_area:
            log.info("staff area idle for %d ms: locking", self.idle_lock_ms)
        self.lock()

    def close_now(self, reason: str) -> bool:
        """Close without asking a PIN: the program's own decision or a PIN already checked."""
        log.warning("window on %s closing: %s", self.ctx.terminal, reason)
        self._may_close = True
        return self.close()

    def _exit_confirmed(self, info: StaffInfo) -> None:
        self._record_exit(info, "pin")
        self.close_now(f"closed by {info.login} with their PIN")

    def _quit_requested(self) -> None:
        staff = self.staff_area.staff  # Quit shows only to people who unlocked with their PIN
        if staff is not None and may_exit(staff):
            self._record_exit(staff, "staff_area")
            self.close_now(f"quit by {staff.login} in the staff area")

    def _record_exit(self, info: StaffInfo, how: str) -> None:
        """The ``kiosk.exit`` audit row, off the GUI thread; closing waits for it (``jobs.shutdown``)."""
        diagnostics, actor = self.ctx.diagnostics, info.actor(self.ctx.terminal)
        (
            self.jobs.job(lambda: diagnostics.record_kiosk_exit(actor, how))
            .failure(lambda error: log.error("kiosk exit not recorded: %s", error))
            .start()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            # Alt+F4 or the window manager: the kiosk stays until a staff PIN closes it.
            event.ignore()
            log.info("close refused on %s: closing the kiosk needs a staff PIN", self.ctx.terminal)
            self.set_language(self.ctx.settings.language)
            self.exit_dialog.open_dialog()
            return
        self.guard.remove()
        self.db_notice.shutdown()
        self.integrity.shutdown()
        # Wait for background work here, while the services it uses are still open.
        self.idle.stop()
        self.scanner.remove()
        if self.serial_scanner is not None:
            self.serial_scanner.stop()
        self.result_screen.stop()
        for page in self._instrument_pages:
            page.shutdown()
        self.jobs.shutdown()
        self._translators[self.language].remove()
        super().closeEvent(event)
