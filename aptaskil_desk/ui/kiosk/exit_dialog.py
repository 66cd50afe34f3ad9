"""Leaving the kiosk: the staff PIN that closes the program, and the guard against other ways out.

Rules:
1. In kiosk mode the window refuses every close it did not decide itself (Alt+F4, the window
   manager's close): it opens this dialog instead. Only a login and PIN of a person holding the
   **administrator** or **technician** role closes the program: administrators run the centre,
   technicians look after the terminals and their instruments and scanners. Instructors and QA
   use the kiosk but do not maintain it; their right PIN is refused in words.
2. The PIN is checked by ``AccountService.authenticate_pin`` off the GUI thread: the same
   attempts count, lock-out and audit rows (``staff.auth_ok`` / ``staff.auth_failed``) as the
   staff unlock. A database that cannot be reached means no exit from here: the deployment
   notes (``docs/kiosk-deployment.md``) give the maintenance way out at the system level.
3. The dialog covers the window (a separate window could hide behind a full-screen kiosk).
   Nobody touching it for ``EXIT_IDLE_MS`` closes it and forgets what was typed; so do
   Cancel and Escape.
4. :class:`KioskGuard` (kiosk mode only): no context menu anywhere in the program, the
   full-screen shortcut (F11) does nothing, and a window manager's shortcut that takes the window
   out of full screen (or minimises it) is undone. Escape keeps its ordinary meaning in dialogs
   (Qt never leaves full screen on it). Alt+Tab, Ctrl+Alt+Del and the like belong to the operating
   system: they are closed there (deployment notes), not here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QWindowStateChangeEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.idle import IdleWatcher
from aptaskil_desk.ui.idle_countdown import Cover
from aptaskil_desk.ui.kiosk.exit_rule import may_exit
from aptaskil_desk.ui.staff.unlock import PIN_MAX_DIGITS
from aptaskil_desk.ui.widgets.keypad import NumericKeypad
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

#: Nobody touched the dialog for this long: back to what was on screen.
EXIT_IDLE_MS = 60_000

_OWN_STYLE = "QFrame#exitDialog { background-color: #0f1720; }"


class ExitDialog(Cover):
    """Login, PIN and keypad over the whole window; the account service answers.

    Args:
        ctx: the application (its account service checks the PIN; the terminal is recorded).
        jobs: the window's background-job helper.
        idle_ms: how long the dialog waits untouched before it closes itself.

    Signals:
        exit_confirmed(object): emitted with the ``StaffInfo`` after a right PIN of a person who
            may close the kiosk; the window then closes.
        refused(str): emitted after an attempt was refused, with the message shown.
        cancelled: emitted when the dialog closed without closing the kiosk (Cancel, Escape, idle).
    """

    exit_confirmed = Signal(object)
    refused = Signal(str)
    cancelled = Signal()

    def __init__(
        self, ctx: AppContext, jobs: JobRunner, parent: QWidget | None = None, *, idle_ms: int = EXIT_IDLE_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exitDialog")
        self.setStyleSheet(_OWN_STYLE)
        self._ctx = ctx
        self._jobs = jobs
        self._messages = Translator(ctx.settings.language)
        self._busy = False
        # Numbers each check; closing moves it on, so an answer after Cancel closes nothing.
        self._attempt = 0
        self.idle_ms = idle_ms
        self._idle = IdleWatcher(self)
        self._idle.timed_out.connect(self._idle_timed_out)

        self.title = styled_label("heading", self.tr("Close the kiosk"), self)
        why = self.tr("Only an administrator or a technician can close the program. Type your login, then your PIN.")
        self.explanation = styled_label("secondary", why, self)
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("exitLogin")
        self.login_edit.setAccessibleName(self.tr("Login"))
        self.login_edit.setMaxLength(64)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("exitPin")
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(PIN_MAX_DIGITS)
        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), self.pin_edit))
        self.pin_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.login_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self.submit)
        self.banner = MessageBanner(self)
        self.close_button = QPushButton(self.tr("Close the program"), self)
        self.close_button.setObjectName("exitCloseButton")
        self.close_button.setProperty("kind", "primary")
        self.close_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Back to the kiosk"), self)
        self.cancel_button.setObjectName("exitCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.keypad = NumericKeypad(self)
        self.keypad.digit_pressed.connect(self._type_digit)
        self.keypad.backspace_pressed.connect(self.pin_edit.backspace)
        self.keypad.clear_pressed.connect(self.pin_edit.clear)

        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self.title)
        left.addWidget(self.explanation)
        left.addWidget(styled_label("fieldLabel", self.tr("Login"), self))
        left.addWidget(self.login_edit)
        left.addWidget(styled_label("fieldLabel", self.tr("PIN"), self))
        left.addWidget(self.pin_edit)
        left.addWidget(self.banner)
        left.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button, 1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(48)
        layout.addLayout(left, 3)
        layout.addWidget(self.keypad, 2)
        self.hide()

    @property
    def busy(self) -> bool:
        """True while a PIN check runs in the background."""
        return self._busy

    def open_dialog(self) -> None:
        """Cover the window with empty fields, the login focused; already open: only come to the front."""
        if not self.isVisible():
            self._forget()
            self.show()
            self.login_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.raise_()
        self._idle.start(self.idle_ms)

    def close_dialog(self) -> None:
        """Hide and forget what was typed; a PIN check still under way is ignored."""
        self._idle.stop()
        self._forget()
        self.hide()

    def cancel(self) -> None:
        """Give up: the kiosk stays."""
        self.close_dialog()
        self.cancelled.emit()

    def say(self, text: str) -> None:
        """Show a word from the window (a scan that was not read while the dialog is open)."""
        self.banner.show_message(MessageKind.INFO, text)

    def submit(self) -> None:
        """Check the login and PIN with the account service, off the GUI thread."""
        if self._busy:
            return
        login, pin = self.login_edit.text().strip(), self.pin_edit.text()
        if not login or not pin:
            # Checked here so that an empty field never costs one of the allowed attempts.
            self._refuse(self.tr("Type your login and your PIN."), self.pin_edit if login else self.login_edit)
            return
        self._set_busy(True)
        self.banner.show_message(MessageKind.BUSY, self.tr("Checking…"))
        self._attempt += 1
        attempt = self._attempt
        accounts, terminal = self._ctx.accounts, self._ctx.terminal
        (
            self._jobs.job(lambda: accounts.authenticate_pin(login, pin, terminal), owner=self)
            .success(lambda info: self._checked(info) if attempt == self._attempt else None)
            .failure(lambda error: self._failed(error) if attempt == self._attempt else None)
            .start()
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self._busy:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def _checked(self, info: StaffInfo) -> None:
        self._set_busy(False)
        if not may_exit(info):
            log.info("kiosk exit refused on %s: %s holds no role that may close it", self._ctx.terminal, info.login)
            text = self.tr("The account {login} may not close the kiosk: ask an administrator or a technician.")
            self._refuse(text.format(login=info.login), self.login_edit)
            return
        self.close_dialog()
        self.exit_confirmed.emit(info)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        text = error_text(error, self._messages)
        if text is None:
            log.error("PIN check for closing the kiosk failed", exc_info=error)
            text = self.tr("The PIN could not be checked: unexpected error; the details are in the log.")
        self._refuse(text, self.pin_edit)

    def _refuse(self, text: str, focus: QLineEdit) -> None:
        self.pin_edit.clear()
        self.banner.show_message(MessageKind.ERROR, text)
        if focus is self.login_edit:
            self.login_edit.selectAll()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refused.emit(text)

    def _forget(self) -> None:
        self._attempt += 1
        self._set_busy(False)
        self.login_edit.clear()
        self.pin_edit.clear()
        self.banner.clear_message()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.login_edit, self.pin_edit, self.close_button, self.keypad):
            widget.setEnabled(not busy)

    def _type_digit(self, digit: str) -> None:
        self.pin_edit.setFocus()
        self.pin_edit.insert(digit)

    def _idle_timed_out(self) -> None:
        log.info("kiosk exit dialog untouched for %d ms on %s: closed", self.idle_ms, self._ctx.terminal)
        self.cancel()


class KioskGuard(QObject):
    """An application-wide filter (kiosk mode): no context menus, no full-screen shortcut, and a
    window taken out of full screen goes back to it (rule 4).

    Signals:
        exit_requested: emitted when Alt+F4 reached the program (a kiosk compositor such as cage
            leaves it to the application); the window then asks for the PIN as for any close.
    """

    exit_requested = Signal()

    def __init__(self, parent: QObject | None = None, *, active: bool = True) -> None:
        super().__init__(parent)
        self._active = False
        if active:
            self.install()

    @property
    def active(self) -> bool:
        return self._active

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._active:
            app.installEventFilter(self)
            self._active = True

    def remove(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._active:
            app.removeEventFilter(self)
            self._active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind == QEvent.Type.WindowStateChange and isinstance(event, QWindowStateChangeEvent):
            # A window manager's own shortcut took the kiosk out of full screen (or minimised it).
            if isinstance(watched, QWidget) and watched.isWindow() and _left_full_screen(watched, event):
                log.warning("the kiosk window left full screen: back to full screen")
                QTimer.singleShot(0, watched.showFullScreen)
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_F4 and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                if kind == QEvent.Type.KeyPress:
                    self.exit_requested.emit()
                return True
            return event.key() == Qt.Key.Key_F11 or event.matches(QKeySequence.StandardKey.FullScreen)
        return False


def _left_full_screen(window: QWidget, event: QWindowStateChangeEvent) -> bool:
    was = bool(event.oldState() & Qt.WindowState.WindowFullScreen)
    return was and not window.isFullScreen()
