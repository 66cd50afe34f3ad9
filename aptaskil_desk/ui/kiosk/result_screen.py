"""The answer to a scan, readable from two metres: colour, symbol and words, then back to idle.

A refused equipment use that a staff signature could lift offers **Staff override** (once
:meth:`ScanResultScreen.enable_override` gave the screen the scan flow): the override dialog
covers the screen and its countdown waits; once signed, the same label is scanned again, so the
learner answers the pre-use questions and the use starts under the override.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.domain.questions import Question
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.scan import ScanResult
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.kiosk.language_bar import LanguageBar
from aptaskil_desk.ui.kiosk.override_dialog import OVERRIDE_IDLE_MS, OverrideDialog, OverrideRequest
from aptaskil_desk.ui.kiosk.scan_flow import ScanFlow
from aptaskil_desk.ui.kiosk.use_words import KioskUseWords, is_equipment, may_be_overridden
from aptaskil_desk.ui.widgets.labels import restyle, styled_label
from aptaskil_desk.ui.widgets.status_icon import StatusIcon, Symbol
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

#: The band's tone (a stylesheet selector) and symbol for each outcome; the words say it too.
_LOOK = {
    "checked_in": ("in", Symbol.CHECK),
    "checked_out": ("out", Symbol.EXIT),
    "already": ("already", Symbol.CLOCK),
    "refused": ("refused", Symbol.CROSS),
    "error": ("refused", Symbol.WARNING),
    "use_started": ("in", Symbol.CHECK),
    "use_stopped": ("out", Symbol.STOP),
}


def _hm(instant: datetime) -> str:
    """An instant as the centre's wall clock shows it."""
    return f"{local(instant):%H:%M}"


class ScanResultScreen(QWidget):
    """One scan's outcome, or why it could not be recorded; returns by itself after a while.

    Args:
        language: the language whose button shows pressed at first.
        return_ms: how long an answer stays before :attr:`dismissed`.

    Signals:
        dismissed: emitted when the answer has been read: OK pressed, ``return_ms`` elapsed, or
            an override dialog left untouched closed itself.
        result_shown(object): emitted after a ``ScanResult`` was put on screen.
        error_shown(str): emitted after a failed scan's message was put on screen.
        language_chosen(str): emitted when a learner pressed a language button.
    """

    dismissed = Signal()
    result_shown = Signal(object)
    error_shown = Signal(str)
    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None, *, return_ms: int = 5000) -> None:
        super().__init__(parent)
        self.setObjectName("scanResult")
        self._messages = Translator(language)
        self._language = language
        self._use_words = KioskUseWords(self)
        self._asked: tuple[Question, ...] = ()  # the questions answered before this result
        self._result: ScanResult | None = None
        self._error: BaseException | None = None
        self._flow: ScanFlow | None = None
        self._payload: str | None = None  # what was scanned for the result on screen, when known
        self.override_dialog: OverrideDialog | None = None

        self.languages = LanguageBar(language, self)
        self.languages.language_chosen.connect(self._language_pressed)
        self.band = QFrame(self)
        self.band.setProperty("kind", "resultBand")
        self.band.setProperty("tone", "in")
        self.icon = StatusIcon(170, self.band)
        self.headline = styled_label("resultHeadline", "", self.band)
        self.subline = styled_label("resultSubline", "", self.band)
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addStretch(1)
        words.addWidget(self.headline)
        words.addWidget(self.subline)
        words.addStretch(1)
        band_layout = QHBoxLayout(self.band)
        band_layout.setContentsMargins(36, 28, 36, 28)
        band_layout.setSpacing(36)
        band_layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        band_layout.addLayout(words, 1)

        self.name_label = styled_label("resultName", "", self)
        self.name_label.setIndent(0)  # with the stylesheet's padding Qt would indent by half an "x" more
        self.time_label = styled_label("resultLine", "", self)
        self.session_label = styled_label("resultLine", "", self)
        self.hours_label = styled_label("resultLine", "", self)
        self.note_label = styled_label("resultNote", "", self)
        self.return_label = styled_label("secondary", "", self)
        self.ok_button = QPushButton(self)
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setObjectName("resultOkButton")
        self.ok_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ok_button.clicked.connect(self.dismiss)
        self.override_hint = styled_label("secondary", "", self)
        self.override_button = QPushButton(self)
        self.override_button.setObjectName("resultOverrideButton")
        self.override_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.override_button.clicked.connect(self.open_override)
        override_row = QHBoxLayout()
        override_row.setSpacing(24)
        override_row.addWidget(self.override_hint, 1, Qt.AlignmentFlag.AlignVCenter)
        override_row.addWidget(self.override_button, 0)
        self._show_override(False)
        footer = QHBoxLayout()
        footer.setSpacing(24)
        footer.addWidget(self.languages, 0, Qt.AlignmentFlag.AlignBottom)
        footer.addWidget(self.return_label, 1, Qt.AlignmentFlag.AlignVCenter)
        footer.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(14)
        layout.addWidget(self.band)
        layout.addSpacing(12)
        for label in self._detail_labels():
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addLayout(override_row)
        layout.addLayout(footer)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(return_ms)
        self._timer.timeout.connect(self.dismiss)
        self.retranslate(language)

    def _detail_labels(self) -> tuple[QLabel, ...]:
        return (self.name_label, self.time_label, self.session_label, self.hours_label, self.note_label)

    # --- what the main window calls ---------------------------------------------------------

    def enable_override(
        self, ctx: AppContext, jobs: JobRunner, flow: ScanFlow, *, idle_ms: int = OVERRIDE_IDLE_MS
    ) -> None:
        """Offer staff overrides of refused uses: signed through ``ctx``'s equipment service, the
        label then scanned again through ``flow`` (the one that decides this window's scans).
        ``idle_ms``: how long the override dialog waits untouched before it closes."""
        self._flow = flow
        if self.override_dialog is None:  # called again, it only takes the new flow and idle time
            self.override_dialog = OverrideDialog(ctx, jobs, self._language, self)
            self.override_dialog.setGeometry(self.rect())
            self.override_dialog.signed.connect(self._override_signed)
            self.override_dialog.cancelled.connect(self._override_cancelled)
            self.override_dialog.timed_out.connect(self.dismiss)
        self.override_dialog.idle_ms = idle_ms

    def show_result(self, result: ScanResult, asked: Sequence[Question] = ()) -> None:
        """Put a scan's outcome on screen and start the countdown back to idle.

        ``asked``: the questions the learner just answered, so that a refusal can quote one.
        An override dialog still open for the previous answer closes (nothing signed is lost).
        """
        self._close_override()
        self._result, self._error, self._asked = result, None, tuple(asked)
        self._payload = self._flow.payload_of(result) if self._flow is not None else None
        self._render()
        self._timer.start()
        self.result_shown.emit(result)

    def show_error(self, error: BaseException) -> None:
        """Say that the scan could not be recorded (the service failed) and why."""
        self._close_override()
        self._result, self._error, self._payload = None, error, None
        self._render()
        self._timer.start()
        self.error_shown.emit(self.subline.text())

    def dismiss(self) -> None:
        """Stop the countdown and let the kiosk go back to idle."""
        self._timer.stop()
        self._close_override()
        self.dismissed.emit()

    def stop(self) -> None:
        """Stop the countdown without asking to leave (the window left this screen itself); an
        override dialog closes, forgetting what was typed."""
        self._timer.stop()
        self._close_override()

    def open_override(self) -> None:
        """Cover the screen with the override dialog for the refusal shown; the countdown waits."""
        request = self._override_request()
        if request is None or self.override_dialog is None:
            return
        self._timer.stop()
        self.override_dialog.setGeometry(self.rect())
        self.override_dialog.open_for(request)

    def retranslate(self, language: str) -> None:
        """Say everything again in ``language`` (its translator is installed by the window)."""
        self._messages = Translator(language)
        self._language = language
        self.languages.set_language(language)
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("OK: back to the start"))
        self.return_label.setText(self.tr("Back to the start in a few seconds."))
        self.override_button.setText(self.tr("Staff override"))
        self.override_button.setAccessibleName(self.tr("Staff override: an instructor or a technician signs"))
        self.override_hint.setText(self.tr("An instructor or a technician may authorise this use."))
        if self.override_dialog is not None:
            self.override_dialog.retranslate(language)
        if self._result is not None or self._error is not None:
            self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.override_dialog is not None:
            self.override_dialog.setGeometry(self.rect())

    # --- drawing ----------------------------------------------------------------------------

    def _language_pressed(self, language: str) -> None:
        if self._timer.isActive():
            self._timer.start()  # someone is reading: give them the full time again
        self.language_chosen.emit(language)

    def _override_request(self) -> OverrideRequest | None:
        """The refused use on screen, if a staff override could lift it and this screen can ask."""
        result = self._result
        if self.override_dialog is None or self._payload is None or result is None:
            return None
        return OverrideRequest.of(self._payload, result) if may_be_overridden(result) else None

    def _show_override(self, shown: bool) -> None:
        self.override_button.setVisible(shown)
        self.override_hint.setVisible(shown)

    def _close_override(self) -> None:
        if self.override_dialog is not None and self.override_dialog.isVisible():
            self.override_dialog.close_dialog()

    def _override_signed(self, payload: str, override_id: int) -> None:
        # The dialog stays, busy, until the window shows what the same label now gives.
        log.info("override %d signed: scanning the label again", override_id)
        if self._flow is not None:
            self._flow.submit(payload)

    def _override_cancelled(self) -> None:
        self._timer.start()  # the learner reads the refusal again, for the full time

    def _render(self) -> None:
        self._show_override(self._override_request() is not None)
        for label in self._detail_labels():
            label.clear()
        if self._error is not None:
            self._set_look("error")
            self.headline.setText(self.tr("Scan not recorded"))
            detail = error_text(self._error, self._messages) or self.tr("Unexpected error; the details are in the log.")
            self.subline.setText(self.tr("{detail} Scan your badge again.").format(detail=detail))
        elif self._result is not None and is_equipment(self._result):
            self._set_look(self._result.result, equipment=True)
            self._render_use(self._result)
        elif self._result is not None:
            self._set_look(self._result.result)
            self._render_result(self._result)
        for label in self._detail_labels():
            label.setVisible(bool(label.text()))

    def _set_look(self, outcome: str, *, equipment: bool = False) -> None:
        tone, symbol = _LOOK.get(outcome, _LOOK["refused"])
        self.icon.set_symbol(symbol)
        self.band.setProperty("tone", tone)
        self.band.setProperty("subject", "equipment" if equipment else "badge")
        for widget in (self.band, self.headline):  # the headline's size depends on the tone
            restyle(widget)

    def _render_result(self, result: ScanResult) -> None:
        if result.person is not None:
            self.name_label.setText(result.person.name)
        at = _hm(result.at)
        if result.result == "checked_in":
            self.headline.setText(self.tr("Welcome"))
            self.subline.setText(self.tr("Check-in recorded"))
            self.time_label.setText(self.tr("In at {time}").format(time=at))
        elif result.result == "checked_out":
            self.headline.setText(self.tr("Goodbye"))
            self.subline.setText(self.tr("Check-out recorded"))
            out = self.tr("Out at {time}").format(time=at)
            if result.first_in_today is not None:
                out = self.tr("In at {time}").format(time=_hm(result.first_in_today)) + "  ·  " + out
            self.time_label.setText(out)
        elif result.result == "already":
            self.headline.setText(self.tr("Already recorded at {time}").format(time=at))
            if result.reason == "out":
                self.subline.setText(self.tr("Your check-out was already recorded."))
            else:
                self.subline.setText(self.tr("Your check-in was already recorded. To check out, scan again later."))
        else:
            self.headline.setText(self.tr("Badge refused"))
            self.subline.setText(self._refusal(result.reason))
            return
        if result.session is not None:
            self.session_label.setText(
                self.tr("Session {code} — {title}").format(code=result.session.code, title=result.session.title)
            )
        # Hours so far mean something once the learner has been here: not on a first check-in.
        if result.hours_today is not None and (result.result != "checked_in" or result.hours_today > 0):
            minutes = round(result.hours_today * 60)
            duration = self.tr("{hours} h {minutes}").format(hours=minutes // 60, minutes=f"{minutes % 60:02d}")
            self.hours_label.setText(self.tr("Hours today: {duration}").format(duration=duration))
        if result.result == "checked_in" and result.reason == "unscheduled":
            self.note_label.setText(self.tr("No session is planned in this room now: your arrival is recorded."))
        elif result.result == "checked_in" and result.reason == "not_enrolled":
            self.note_label.setText(self.tr("You are not enrolled in this session: please tell your instructor."))

    def _render_use(self, result: ScanResult) -> None:
        words = self._use_words
        self.headline.setText(words.headline(result))
        if result.result == "refused":
            self.subline.setText("\n".join(words.why(result, self._asked, self._language)))
        else:
            self.subline.setText(words.equipment_line(result))
        if result.person is not None:
            self.name_label.setText(result.person.name)
        self.time_label.setText(words.time_line(result, _hm(result.at)))
        if result.result == "refused":
            self.session_label.setText(words.equipment_line(result))
        self.note_label.setText(words.override_line(result))

    def _refusal(self, reason: str | None) -> str:
        if reason == "unknown":
            return self.tr("Unknown badge")
        if reason == "revoked":
            return self.tr("Badge revoked: go to the front desk")
        if reason == "inactive":
            return self.tr("Inactive person")
        return self.tr("Unreadable code, try again")
