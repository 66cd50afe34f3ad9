"""A staff override of a refused equipment use, signed at the kiosk with login and password.

The dialog covers the result screen inside the kiosk window (a separate window could hide
behind a full-screen kiosk). It says who and what the signature is for and what it means,
then asks the instructor or technician for their login, their password (an electronic
signature asks for it again) and the reason. The signature is checked and recorded by
``EquipmentService.sign_override`` off the GUI thread; a wrong password, an account that may
not sign or a locked account is said in words and changes nothing.

Nobody touching the dialog for ``idle_ms`` closes it (what was typed is forgotten), as does any
new scan decided meanwhile: the result screen closes it before showing the new answer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.equipment import Reason
from aptaskil_desk.errors import AccountLocked, PermissionDenied
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.equipment_use import OVERRIDE_VALID_FOR, UseRefused
from aptaskil_desk.services.scan import ScanResult
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.idle import IdleWatcher
from aptaskil_desk.ui.kiosk.use_words import KioskUseWords
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

#: Nobody touched the dialog for this long: the staff member walked away; close it.
OVERRIDE_IDLE_MS = 90_000
#: Longest reason kept (a stuck key must not fill the audit trail).
REASON_MAX = 500

# The kiosk's background, so that the result screen under the dialog does not show through.
_OWN_STYLE = "QFrame#overrideDialog { background-color: #0f1720; }"


@dataclass(frozen=True)
class OverrideRequest:
    """The refused use an override is asked for: the label scanned, the learner, the equipment, why."""

    payload: str
    person_id: int
    person_name: str
    equipment_code: str
    equipment_name: str
    reasons: tuple[Reason, ...]

    @staticmethod
    def of(payload: str, result: ScanResult) -> OverrideRequest:
        assert result.person is not None and result.equipment is not None
        return OverrideRequest(payload, result.person.id, result.person.name, result.equipment.code,
                               result.equipment.name, result.reasons)  # fmt: skip


class OverrideDialog(QFrame):
    """What the signature authorises, the signer's login, password and reason, and the answer.

    Args:
        ctx: the application (its equipment service signs; the terminal is recorded).
        jobs: the window's background-job helper.
        language: the language of the error messages from the services.
        idle_ms: how long the dialog waits untouched before it closes itself.

    Signals:
        signed(str, int): emitted after the signature was recorded, with the label's payload and
            the override's id; the dialog then stays, busy, until the result screen closes it.
        refused(str): emitted after the signature was refused, with the message shown.
        cancelled: emitted when the staff member gave up (Cancel or Escape).
        timed_out: emitted when nobody touched the dialog for ``idle_ms``; it closed itself.
    """

    signed = Signal(str, int)
    refused = Signal(str)
    cancelled = Signal()
    timed_out = Signal()

    def __init__(
        self, ctx: AppContext, jobs: JobRunner, language: str, parent: QWidget | None = None, *,
        idle_ms: int = OVERRIDE_IDLE_MS,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setStyleSheet(_OWN_STYLE)
        self._ctx = ctx
        self._jobs = jobs
        self._messages = Translator(language)
        self._words = KioskUseWords(self)
        self._request: OverrideRequest | None = None
        self._busy = False
        # Numbers each signature; closing moves it on, so an answer that comes back after the
        # dialog closed is dropped instead of re-scanning behind nobody's back.
        self._attempt = 0
        #: How long the dialog waits untouched before it closes (read each time it opens).
        self.idle_ms = idle_ms
        self._idle = IdleWatcher(self)
        self._idle.timed_out.connect(self._idle_timed_out)

        self.title = styled_label("heading", "", self)
        self.person_label = styled_label("staffName", "", self)
        self.equipment_label = styled_label("cardLine", "", self)
        meaning = QFrame(self)
        meaning.setProperty("kind", "hintPanel")
        self.meaning_label = styled_label("hint", "", meaning)
        self.reasons_label = styled_label("fieldLabel", "", meaning)
        self.reasons_label.setObjectName("overrideReasons")
        self.record_label = styled_label("secondary", "", meaning)
        meaning_layout = QVBoxLayout(meaning)
        meaning_layout.setContentsMargins(24, 18, 24, 18)
        meaning_layout.setSpacing(10)
        for label in (self.meaning_label, self.reasons_label, self.record_label):
            meaning_layout.addWidget(label)

        self.login_caption = styled_label("fieldLabel", "", self)
        self.login_edit = self._field("overrideLogin", 64)
        self.password_caption = styled_label("fieldLabel", "", self)
        self.password_edit = self._field("overridePassword", 256)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.reason_caption = styled_label("fieldLabel", "", self)
        self.reason_edit = self._field("overrideReason", REASON_MAX)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.reason_edit.setFocus)
        self.reason_edit.returnPressed.connect(self.submit)
        self.banner = MessageBanner(self)
        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("overrideSignButton")
        self.sign_button.setProperty("kind", "primary")
        self.sign_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("overrideCancelButton")
        self.cancel_button.clicked.connect(self.cancel)

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.title)
        left.addWidget(self.person_label)
        left.addWidget(self.equipment_label)
        left.addSpacing(8)
        left.addWidget(meaning)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(8)
        for caption, edit in (
            (self.login_caption, self.login_edit),
            (self.password_caption, self.password_edit),
            (self.reason_caption, self.reason_edit),
        ):
            right.addWidget(caption)
            right.addWidget(edit)
            right.addSpacing(6)
        right.addWidget(self.banner)
        right.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_button, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(48)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.hide()
        self.retranslate(language)

    def _field(self, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        return edit

    # --- what the result screen calls -------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a signature is being checked, or once it was recorded."""
        return self._busy

    @property
    def request(self) -> OverrideRequest | None:
        """The refused use the dialog is open for, or ``None`` when closed."""
        return self._request if self.isVisible() else None

    def open_for(self, request: OverrideRequest) -> None:
        """Show the dialog for this refused use, with empty fields and the login field focused."""
        self._forget()
        self._request = request
        self._render()
        self.show()
        self.raise_()
        self.login_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._idle.start(self.idle_ms)

    def close_dialog(self) -> None:
        """Hide and forget what was typed; a signature still being checked will be ignored."""
        self._idle.stop()
        self._forget()
        self._request = None
        self.hide()

    def retranslate(self, language: str) -> None:
        """Say everything again in ``language`` (its translator is installed by the window)."""
        self._messages = Translator(language)
        self.title.setText(self.tr("Staff override"))
        self.login_caption.setText(self.tr("Login"))
        self.password_caption.setText(self.tr("Password"))
        self.reason_caption.setText(self.tr("Reason (required)"))
        for edit, name in ((self.login_edit, self.tr("Login")), (self.password_edit, self.tr("Password")),
                           (self.reason_edit, self.tr("Reason for the override"))):  # fmt: skip
            edit.setAccessibleName(name)
        self.reason_edit.setPlaceholderText(self.tr("e.g. first use under my supervision"))
        self.sign_button.setText(self.tr("Sign the override"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self._request is not None:
            self._render()

    # --- signing ------------------------------------------------------------------------------

    def submit(self) -> None:
        """Check what was typed, then have the service verify the password and record the override."""
        request = self._request
        if self._busy or request is None:
            return
        login, password, reason = self.login_edit.text().strip(), self.password_edit.text(), self.reason_edit.text()
        # Checked here so that an empty field never costs one of the allowed attempts.
        if not login or not password:
            self._refuse_input(self.tr("Type your login and your password."), self.password_edit if login else None)
            return
        if not reason.strip():
            self._refuse_input(self.tr("Type the reason for this override: it is recorded with your signature."),
                               self.reason_edit)  # fmt: skip
            return
        self._set_busy(True)
        self.banner.show_message(MessageKind.BUSY, self.tr("Checking the signature…"))
        self._attempt += 1
        attempt = self._attempt
        equipment, terminal = self._ctx.equipment, self._ctx.terminal

        def work() -> int:
            return equipment.sign_override(login, password, request.person_id, request.equipment_code,
                                           reason.strip(), terminal)  # fmt: skip

        (
            self._jobs.job(work, owner=self)
            .success(lambda override_id: self._signed(request, override_id) if attempt == self._attempt else None)
            .failure(lambda error: self._refused(login, error) if attempt == self._attempt else None)
            .start()
        )

    def cancel(self) -> None:
        """Give up: nothing was signed (a signature being checked is ignored)."""
        self.close_dialog()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self._busy:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def _signed(self, request: OverrideRequest, override_id: int) -> None:
        log.info("override %d signed on %s for %s", override_id, self._ctx.terminal, request.equipment_code)
        self.password_edit.clear()
        self.banner.show_message(MessageKind.INFO, self.tr("Signature recorded. Checking the equipment again…"))
        self.signed.emit(request.payload, override_id)

    def _refused(self, login: str, error: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        if isinstance(error, PermissionDenied):
            text = self.tr("The account {login} may not sign overrides: ask an instructor or a technician.").format(
                login=login
            )
        elif isinstance(error, UseRefused):
            reasons = "; ".join(self._words.reason(r, {}) for r in error.reasons)
            text = self.tr("This use cannot be overridden now: {reasons}.").format(reasons=reasons)
        else:
            text = error_text(error, self._messages) or ""
            if not text:
                log.error("override could not be signed", exc_info=error)
                text = self.tr("The signature could not be recorded: unexpected error; the details are in the log.")
        self.banner.show_message(MessageKind.ERROR, text)
        focus = self.login_edit if isinstance(error, AccountLocked | PermissionDenied) else self.password_edit
        if focus is self.login_edit:
            self.login_edit.selectAll()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refused.emit(text)

    def _refuse_input(self, text: str, field: QLineEdit | None) -> None:
        self.banner.show_message(MessageKind.ERROR, text)
        (field or self.login_edit).setFocus(Qt.FocusReason.OtherFocusReason)
        self.refused.emit(text)

    def _idle_timed_out(self) -> None:
        log.info("override dialog untouched for %d ms on %s: closed", self.idle_ms, self._ctx.terminal)
        self.close_dialog()
        self.timed_out.emit()

    # --- drawing ------------------------------------------------------------------------------

    def _forget(self) -> None:
        self._attempt += 1
        self._set_busy(False)
        for edit in (self.login_edit, self.password_edit, self.reason_edit):
            edit.clear()
        self.banner.clear_message()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.login_edit, self.password_edit, self.reason_edit, self.sign_button, self.cancel_button):
            widget.setEnabled(not busy)

    def _render(self) -> None:
        request = self._request
        assert request is not None
        self.person_label.setText(request.person_name)
        self.equipment_label.setText(
            self.tr("{name} ({code})").format(name=request.equipment_name, code=request.equipment_code)
        )
        self.meaning_label.setText(self.tr("By signing you authorise this one use despite:"))
        self.reasons_label.setText("\n".join(f"• {self._words.reason(r, {})}" for r in request.reasons))
        minutes = int(OVERRIDE_VALID_FOR.total_seconds() // 60)
        self.record_label.setText(
            self.tr(
                "For this learner and this equipment only, within {minutes} minutes. Your name, the time and "
                "your reason are recorded in the logbook and the audit trail."
            ).format(minutes=minutes)
        )
