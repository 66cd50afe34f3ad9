"""The integrity incidents on the diagnostics page, and QA's signed resolution.

Rules (the service's are in ``services/integrity.py``):
1. The panel lists the latest incidents, open ones first, each with what failed, where and when; it
   hides when there is none. An open incident says that nothing is recorded on any terminal.
2. "Resolve…" shows only to someone who may resolve incidents (QA, administrator). The dialog shows
   the findings, asks for a note (what was found and done) and the password — an electronic
   signature — and resolves off the GUI thread. A refusal (wrong password, note too short or too
   long) is said in words; the password is cleared and nothing is recorded. While the signature is
   being checked the dialog cannot be cancelled (it would be recorded anyway).
3. When the staff area locks, the dialog closes with what was typed: nobody else finds it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.integrity import MAX_NOTE, MIN_NOTE, IncidentInfo
from aptaskil_desk.ui.checklists.runner_style import DIALOG_QSS, fit_height
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.widgets.labels import restyle, styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)


PANEL_QSS = """
QFrame#integrityPanel { background-color: #3d0b0b; border: 3px solid #ff8787; border-radius: 8px; }
QFrame#integrityPanel[state="resolved"] { background-color: #1b2836; border: 2px solid #3d4f61; }
QLabel[kind="incidentLine"] { font-size: 17px; color: #ffffff; }
"""


def when_raised(info: IncidentInfo) -> str:
    """When the check found it, in the centre's time."""
    return local(info.raised_at).strftime("%d/%m/%Y %H:%M")


def what_failed(ctx: AppContext, info: IncidentInfo) -> str:
    """The failed checks with their details, in the staff area's language."""
    return "; ".join(f"{ctx.tr(i.label)}: {i.detail}" for i in info.findings if not i.ok)


class IncidentsPanel(QFrame):
    """The incidents, with "Resolve…" for QA on the open ones.

    Signals:
        resolved(object): emitted with the ``IncidentInfo`` after QA resolved it.
    """

    resolved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrityPanel")
        self.setStyleSheet(PANEL_QSS)
        self._ctx = ctx
        self._staff: StaffInfo | None = None
        self.incidents: list[IncidentInfo] = []
        self.resolve_buttons: dict[int, QPushButton] = {}
        self.dialog: ResolveIncidentDialog | None = None
        self.title = styled_label("sectionTitle", self.tr("Integrity incidents"), self)
        self._rows = QWidget(self)  # replaced whole each time the incidents are shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self._rows)
        self._layout = layout
        self.hide()

    def show_incidents(self, incidents: Sequence[IncidentInfo], staff: StaffInfo | None) -> None:
        """Show these incidents (open first) for this person; hidden when there is none. ``staff``
        ``None`` (the area locked) also closes the resolution dialog (rule 3)."""
        if staff is None and self.dialog is not None:
            self.dialog.abandon()
            self.dialog = None
        self._staff = staff
        self.incidents = sorted(incidents, key=lambda i: (not i.open, -i.id))
        rows = QWidget(self)
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        self.resolve_buttons = {}
        may_resolve = staff is not None and staff.may(Permission.RESOLVE_INCIDENTS)
        for index, info in enumerate(self.incidents):
            label = styled_label("incidentLine", self.line(info), rows)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, index, 0)
            if info.open and may_resolve:
                button = QPushButton(self.tr("Resolve…"), rows)
                button.setAccessibleName(self.tr("Resolve incident {id}").format(id=info.id))
                button.clicked.connect(lambda _checked=False, i=info: self.open_dialog(i))
                grid.addWidget(button, index, 1, Qt.AlignmentFlag.AlignTop)
                self.resolve_buttons[info.id] = button
        self._layout.replaceWidget(self._rows, rows)
        self._rows.hide()
        self._rows.deleteLater()
        self._rows = rows
        self.setProperty("state", "open" if any(i.open for i in self.incidents) else "resolved")
        restyle(self)
        self.setVisible(bool(self.incidents) and staff is not None)

    def line(self, info: IncidentInfo) -> str:
        """One incident in words: when, where, open or resolved by whom and why."""
        if info.resolution is None:
            return self.tr("Incident {id} — {when}, terminal {terminal} — OPEN: nothing is recorded on any "
                           "terminal. {failed}").format(id=info.id, when=when_raised(info), terminal=info.terminal,
                                                        failed=what_failed(self._ctx, info))  # fmt: skip
        resolved = local(info.resolution.resolved_at).strftime("%d/%m/%Y %H:%M")
        return self.tr("Incident {id} — {when}, terminal {terminal} — resolved by {who} on {resolved}: {note}").format(
            id=info.id, when=when_raised(info), terminal=info.terminal, who=info.resolution.resolved_by,
            resolved=resolved, note=info.resolution.note)  # fmt: skip

    def open_dialog(self, info: IncidentInfo) -> ResolveIncidentDialog | None:
        """Open QA's resolution dialog for an open incident (non-modal to tests, modal to people)."""
        staff = self._staff
        if staff is None or not staff.may(Permission.RESOLVE_INCIDENTS) or not info.open:
            return None
        self.dialog = ResolveIncidentDialog(self._ctx, info, staff, self)
        self.dialog.accepted.connect(lambda: self._done(self.dialog))
        self.dialog.open()
        return self.dialog

    def _done(self, dialog: ResolveIncidentDialog | None) -> None:
        if dialog is not None and dialog.result_value is not None:
            self.resolved.emit(dialog.result_value)


class ResolveIncidentDialog(QDialog):
    """What the check found, then the note and the password of the person signed in to the staff area."""

    def __init__(self, ctx: AppContext, info: IncidentInfo, staff: StaffInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolveIncidentDialog")
        self.setStyleSheet(DIALOG_QSS)
        self.setModal(True)
        self.setMinimumWidth(880)
        self._ctx, self._info, self._staff = ctx, info, staff
        self._jobs = JobRunner(self, max_threads=1)
        self._busy = False
        self.result_value: IncidentInfo | None = None

        self.title_label = styled_label("heading", self.tr("Resolve integrity incident {id}").format(id=info.id), self)
        self.findings_label = styled_label("body", self.tr(
            "The database check of {when} on terminal {terminal} found: {failed}").format(
            when=when_raised(info), terminal=info.terminal, failed=what_failed(ctx, info)), self)  # fmt: skip
        self.declaration = styled_label("hint", self.tr(
            "By signing you declare that the problem was investigated and that recording may resume on every "
            "terminal. A later check that finds exactly the same will not stop recording again; anything else "
            "will."), self)  # fmt: skip
        self.note_caption = styled_label("fieldLabel", self.tr("What was found and done (required)"), self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("incidentNote")
        self.note_edit.setAccessibleName(self.tr("What was found and done"))
        self.note_edit.setMinimumHeight(120)
        self.note_edit.setTabChangesFocus(True)
        self.signer_label = styled_label("secondary", self.tr("Signing as {login}").format(login=staff.login), self)
        self.password_caption = styled_label("fieldLabel", self.tr("Password"), self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("incidentPassword")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        self.password_edit.returnPressed.connect(self.submit)
        self.banner = MessageBanner(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.sign_button = QPushButton(self.tr("Sign and resume recording"), self)
        self.sign_button.setObjectName("incidentSignButton")
        self.sign_button.setProperty("kind", "primary")
        self.sign_button.clicked.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        for widget in (self.title_label, self.findings_label, self.declaration, self.note_caption, self.note_edit,
                       self.signer_label, self.password_caption, self.password_edit, self.banner):  # fmt: skip
            layout.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_button, 1)
        layout.addLayout(buttons)
        self.setWindowTitle(self.title_label.text())
        self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self) -> None:
        """Check what was typed, then resolve off the GUI thread (the password check is slow by design)."""
        if self._busy:
            return
        note, password = self.note_edit.toPlainText().strip(), self.password_edit.text()
        if len(note) < MIN_NOTE:
            self._say(self.tr("Say what was found and done (at least {n} characters).").format(n=MIN_NOTE))
            self.note_edit.setFocus()
            return
        if len(note) > MAX_NOTE:
            self._say(self.tr("The note is too long ({length} characters; at most {n}).").format(
                length=len(note), n=MAX_NOTE))  # fmt: skip
            self.note_edit.setFocus()
            return
        if not password:
            self._say(self.tr("Type your password: it is your signature."))
            self.password_edit.setFocus()
            return
        self._busy = True
        self.sign_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.banner.show_message(MessageKind.BUSY, self.tr("Checking your password…"))
        ctx, login, incident = self._ctx, self._staff.login, self._info.id

        def work() -> IncidentInfo:
            return ctx.integrity.resolve(login, password, incident, note, terminal=ctx.terminal)

        self._jobs.job(work, owner=self).success(self._resolved).failure(self._refused).start()

    def _resolved(self, info: IncidentInfo) -> None:
        self._busy = False
        self.result_value = info
        log.info("integrity incident %d resolved from the staff area", info.id)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self.sign_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.password_edit.clear()
        text = error_text(error, self._ctx.tr)
        if text is None:
            log.error("incident could not be resolved", exc_info=error)
            text = self.tr("The incident could not be resolved: unexpected error; the details are in the log.")
        self._say(text)
        self.password_edit.setFocus()

    def _say(self, text: str) -> None:
        self.banner.show_message(MessageKind.ERROR, text)

    def reject(self) -> None:
        """Cancel, Esc or the window's close: refused while the signature is being checked (rule 2)."""
        if not self._busy:
            super().reject()

    def abandon(self) -> None:
        """Close whatever the state (the staff area locked): what was typed goes with it."""
        self.note_edit.clear()
        self.password_edit.clear()
        self.done(QDialog.DialogCode.Rejected)

    def done(self, result: int) -> None:
        self._jobs.shutdown()  # a signature being checked ends first (it is recorded or refused)
        super().done(result)
