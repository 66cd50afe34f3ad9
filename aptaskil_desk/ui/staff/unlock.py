"""Staff unlock: login + PIN, typed or tapped, checked off the GUI thread.

Badge seam: the badge issue identifies the staff member from a scan and calls
:meth:`UnlockScreen.begin` with their login; the PIN is then the only thing left to enter.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import AccountLocked
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.widgets.keypad import NumericKeypad
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

PIN_MAX_DIGITS = 8


class UnlockScreen(QWidget):
    """Login and PIN fields, an on-screen keypad, and the answer of the account service.

    Signals:
        unlocked(object): emitted with the ``StaffInfo`` after a right PIN.
        refused(str): emitted after the service refused the attempt, with the message shown.
        cancelled: emitted when the person went back to the kiosk without unlocking.
    """

    unlocked = Signal(object)
    refused = Signal(str)
    cancelled = Signal()

    def __init__(self, ctx: AppContext, jobs: JobRunner, messages: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self._ctx = ctx
        self._jobs = jobs
        self._messages = messages
        self._busy = False
        # Numbers each PIN check; a reset moves it on, so a check that returns after the person
        # went back to the kiosk is ignored instead of opening the staff area behind their back.
        self._attempt = 0

        self.title = styled_label("heading", self.tr("Staff unlock"), self)
        self.instructions = styled_label("secondary", self.tr("Type your login, then your PIN."), self)
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("loginEdit")
        self.login_edit.setPlaceholderText(self.tr("Login"))
        self.login_edit.setAccessibleName(self.tr("Login"))
        self.login_edit.setMaxLength(64)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setPlaceholderText(self.tr("PIN"))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(PIN_MAX_DIGITS)
        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), self.pin_edit))
        self.pin_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.login_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self.submit)

        self.banner = MessageBanner(self)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setProperty("kind", "primary")
        self.unlock_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Back to the kiosk"), self)
        self.cancel_button.clicked.connect(self._cancel)
        self.keypad = NumericKeypad(self)
        # The keypad is a PIN pad: it always types into the PIN field (logins are typed, or come
        # from a badge), so digits never land in the login by accident of focus.
        self.keypad.digit_pressed.connect(self._type_digit)
        self.keypad.backspace_pressed.connect(self.pin_edit.backspace)
        self.keypad.clear_pressed.connect(self.pin_edit.clear)

        form = QGridLayout()
        form.setVerticalSpacing(14)
        form.addWidget(styled_label("fieldLabel", self.tr("Login"), self), 0, 0)
        form.addWidget(self.login_edit, 1, 0)
        form.addWidget(styled_label("fieldLabel", self.tr("PIN"), self), 2, 0)
        form.addWidget(self.pin_edit, 3, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.unlock_button, 1)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.title)
        left.addWidget(self.instructions)
        left.addLayout(form)
        left.addWidget(self.banner)
        left.addStretch(1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(48)
        layout.addLayout(left, 3)
        layout.addWidget(self.keypad, 2)

    @property
    def busy(self) -> bool:
        """True while a PIN check runs in the background."""
        return self._busy

    def begin(self, login: str | None = None) -> None:
        """Start afresh; with a login (the badge seam) only the PIN is left to enter."""
        self.reset()
        if login:
            self.login_edit.setText(login)
            self.pin_edit.setFocus()
        else:
            self.login_edit.setFocus()

    def reset(self) -> None:
        """Forget what was typed and any message, and any PIN check still under way."""
        self._attempt += 1
        self._set_busy(False)
        self.login_edit.clear()
        self.pin_edit.clear()
        self.banner.clear_message()

    def submit(self) -> None:
        """Check the login and PIN with the account service, off the GUI thread."""
        if self._busy:
            return
        login = self.login_edit.text().strip()
        pin = self.pin_edit.text()
        if not login or not pin:
            # Checked here so that an empty field never costs one of the allowed attempts.
            self.banner.show_message(MessageKind.ERROR, self.tr("Type your login and your PIN."))
            (self.login_edit if not login else self.pin_edit).setFocus()
            return
        self._set_busy(True)
        self.banner.show_message(MessageKind.BUSY, self.tr("Checking…"))
        self._attempt += 1
        attempt = self._attempt
        accounts, terminal = self._ctx.accounts, self._ctx.terminal
        (
            self._jobs.job(lambda: accounts.authenticate_pin(login, pin, terminal), owner=self)
            .success(lambda info: self._accepted(info) if attempt == self._attempt else None)
            .failure(lambda error: self._refused(error) if attempt == self._attempt else None)
            .start()
        )

    def _accepted(self, info: StaffInfo) -> None:
        self._set_busy(False)
        if not info.may(Permission.USE_STAFF_AREA):
            # The right PIN, but every role revoked: the person is known, the area stays shut.
            self.pin_edit.clear()
            text = self.tr("Your account holds no role that opens the staff area. Ask an administrator.")
            self.banner.show_message(MessageKind.ERROR, text)
            self.refused.emit(text)
            return
        self.reset()
        self.unlocked.emit(info)

    def _refused(self, error: BaseException) -> None:
        # Enabled again first: a disabled field cannot take the focus given below.
        self._set_busy(False)
        text = error_text(error, self._messages)
        if text is None:
            log.error("PIN check failed", exc_info=error)
            text = self.tr("The PIN could not be checked: unexpected error; the details are in the log.")
        self.pin_edit.clear()
        self.banner.show_message(MessageKind.ERROR, text)
        if isinstance(error, AccountLocked):
            self.login_edit.selectAll()
            self.login_edit.setFocus()
        else:
            self.pin_edit.setFocus()
        self.refused.emit(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.login_edit, self.pin_edit, self.unlock_button, self.keypad):
            widget.setEnabled(not busy)

    def _type_digit(self, digit: str) -> None:
        self.pin_edit.setFocus()
        self.pin_edit.insert(digit)

    def _cancel(self) -> None:
        self.reset()
        self.cancelled.emit()
