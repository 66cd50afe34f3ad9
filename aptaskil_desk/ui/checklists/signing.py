"""The electronic signature of a checklist (21 CFR Part 11 / Annex 11): what is signed, what the
signature means, and the signer's password.

Rules:
1. The dialog says what is signed (the caller's summary), the meaning in words and what the signer
   declares by it, before anything is typed.
2. The first signature of a staff session asks for the login and the password; later ones in the
   same session (:class:`SigningSession`) ask only for the password, the login shown fixed: the
   session's first signer keeps signing as themself. The staff area resets the session when it locks.
3. A rejection (``needs_reason``) cannot be signed without its reason.
4. ``sign(login, password, reason)`` checks the password and records the signature. It runs off the
   GUI thread (the password check is slow by design), so it must not touch widgets. A refusal
   (wrong password, locked account, a rule of the workflow) is said in words, the password is
   cleared and the dialog stays open; nothing was signed. On success the dialog closes, accepted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.domain.signatures import Meaning
from aptaskil_desk.errors import AccountLocked, AuthenticationFailed
from aptaskil_desk.ui.checklists.runner_style import DIALOG_QSS, fit_height
from aptaskil_desk.ui.checklists.words import ChecklistWords
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

#: Longest reason kept (a stuck key must not fill the record).
REASON_MAX = 500


@dataclass
class SigningSession:
    """Who signed first in this staff session: later signatures ask only for their password."""

    login: str | None = None

    def reset(self) -> None:
        """Forget the signer (the staff area locked, or someone else took over)."""
        self.login = None


class SignatureDialog(QDialog):
    """What is signed and what it means, then login (first signature only), password and reason.

    Args:
        session: the staff session's signer; set to the login once a signature succeeded.
        meaning: what the signature declares (executed, reviewed, approved, rejected).
        summary: what is signed, in words (checklist, equipment, what it holds).
        sign: ``sign(login, password, reason)``: checks and records the signature, returns the result
            kept in :attr:`result_value`; raises an ``aptaskil_desk.errors`` error to refuse.
        needs_reason: a reason is required (a rejection).

    Signals: only QDialog's own (``accepted`` once signed).
    """

    def __init__(
        self, session: SigningSession, *, meaning: Meaning, summary: str, sign: Callable[[str, str, str], object],
        needs_reason: bool = False, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("signatureDialog")
        self.setStyleSheet(DIALOG_QSS)
        self.setModal(True)
        self.setMinimumWidth(880)
        self._session = session
        self._meaning = meaning
        self._sign = sign
        self._needs_reason = needs_reason
        self._jobs = JobRunner(self, max_threads=1)
        self._busy = False
        self._result: object = None
        self.words = ChecklistWords(self)

        self.title_label = styled_label("heading", self.tr("Electronic signature"), self)
        self.summary_label = styled_label("body", summary, self)
        self.summary_label.setObjectName("signatureSummary")
        panel = QFrame(self)
        panel.setProperty("kind", "hintPanel")
        self.meaning_label = styled_label("fieldLabel", "", panel)
        self.meaning_label.setObjectName("signatureMeaning")
        self.meaning_label.setText(self.tr("Meaning of the signature: {meaning}").format(
            meaning=self.words.meaning(meaning)))  # fmt: skip
        self.declaration_label = styled_label("hint", self.words.declaration(meaning), panel)
        self.record_label = styled_label("secondary", self.tr(
            "Your name, the date and time with the time zone and this meaning are recorded with a fingerprint "
            "of what you sign: any later change shows."), panel)  # fmt: skip
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(20, 14, 20, 14)
        inner.setSpacing(8)
        for label in (self.meaning_label, self.declaration_label, self.record_label):
            inner.addWidget(label)

        self.login_caption = styled_label("fieldLabel", self.tr("Login"), self)
        self.login_edit = self._field("signatureLogin", 64, self.tr("Login"))
        self.signer_label = styled_label("signer", "", self)
        self.signer_label.setObjectName("signatureSigner")
        self.password_caption = styled_label("fieldLabel", self.tr("Password"), self)
        self.password_edit = self._field("signaturePassword", 256, self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.reason_caption = styled_label("fieldLabel", self.tr("Reason (required)"), self)
        self.reason_edit = self._field("signatureReason", REASON_MAX, self.tr("Reason"))
        self.banner = MessageBanner(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("signatureCancelButton")
        self.cancel_button.clicked.connect(self.reject)
        self.sign_button = QPushButton(self.tr("Sign"), self)
        self.sign_button.setObjectName("signatureSignButton")
        self.sign_button.setProperty("kind", "primary")
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.submit)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.reason_edit.setFocus if needs_reason else self.submit)
        self.reason_edit.returnPressed.connect(self.submit)
        self._lay_out(panel)
        self.setWindowTitle(self.title_label.text())

        known = session.login
        self.login_caption.setVisible(known is None)
        self.login_edit.setVisible(known is None)
        self.signer_label.setVisible(known is not None)
        if known is not None:
            self.login_edit.setText(known)
            self.signer_label.setText(self.tr("Signing as {login}").format(login=known))
        self.reason_caption.setVisible(needs_reason)
        self.reason_edit.setVisible(needs_reason)
        (self.login_edit if known is None else self.password_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def _field(self, name: str, max_length: int, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        edit.setAccessibleName(accessible)
        return edit

    def _lay_out(self, panel: QFrame) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(panel)
        layout.addSpacing(6)
        layout.addWidget(self.signer_label)
        for caption, edit in ((self.login_caption, self.login_edit), (self.password_caption, self.password_edit),
                              (self.reason_caption, self.reason_edit)):  # fmt: skip
            layout.addWidget(caption)
            layout.addWidget(edit)
        layout.addWidget(self.banner)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_button, 1)
        layout.addSpacing(6)
        layout.addLayout(buttons)

    @property
    def result_value(self) -> object:
        """What ``sign`` returned (``None`` until signed)."""
        return self._result

    @property
    def busy(self) -> bool:
        """True while the signature is being checked."""
        return self._busy

    @property
    def asks_login(self) -> bool:
        """True when the login is typed (the session's first signature)."""
        return self._session.login is None

    # --- signing ------------------------------------------------------------------------------

    def submit(self) -> None:
        """Check what was typed, then have ``sign`` verify the password and record the signature."""
        if self._busy:
            return
        login = (self._session.login or self.login_edit.text()).strip()
        password, reason = self.password_edit.text(), self.reason_edit.text().strip()
        if not login:
            self._say(self.tr("Type your login and your password."), self.login_edit)
            return
        if not password:
            self._say(self.tr("Type your password: it is your signature."), self.password_edit)
            return
        if self._needs_reason and not reason:
            self._say(self.tr("Give the reason: it is recorded with your signature."), self.reason_edit)
            return
        self._set_busy(True)
        self.banner.show_message(MessageKind.BUSY, self.tr("Checking the signature…"))
        sign = self._sign
        (
            self._jobs.job(lambda: sign(login, password, reason), owner=self)
            .success(lambda result: self._signed(login, result))
            .failure(self._refused)
            .start()
        )

    def _signed(self, login: str, result: object) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self._result = result
        self._session.login = login
        log.info("checklist signature (%s) by %s recorded", self._meaning.value, login)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        text = self.words.error(error)
        if isinstance(error, AuthenticationFailed | AccountLocked):
            text = self.tr("Not signed: {reason}").format(reason=text)
        focus = self.login_edit if isinstance(error, AccountLocked) and self.asks_login else self.password_edit
        self._say(text, focus)

    def _say(self, text: str, field: QLineEdit) -> None:
        self.banner.show_message(MessageKind.ERROR, text)
        fit_height(self)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.login_edit, self.password_edit, self.reason_edit, self.sign_button, self.cancel_button):
            widget.setEnabled(not busy)

    # --- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        if not self._busy:  # a signature being checked is waited for: its answer must be heard
            self.password_edit.clear()
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._busy:
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
