"""The review screen of a checklist execution: a summary band, then the record (failures first).

Rules:
1. It leads with what needs a reviewer's attention: a band with the state, failed steps, open
   deviations, mandatory steps without a value, corrections and signature problems (problems in
   red, always in words and numbers) and the TRAINING mark; then the record
   (:class:`~aptaskil_desk.ui.checklists.review_record.RunRecordView`), failures and deviations first.
2. Review, Approve and Reject are electronic signatures through the signature dialog (password;
   the service checks every rule again). Each is enabled only in the state it applies to. Before
   the dialog opens, the workflow's own rule is tried for the person signed in, so a refusal (an
   executor reviewing, an open deviation, not QA) is said at once in the rule's words, without
   asking for a password; nothing is stored by that try.
3. An open deviation is closed here with its resolution, by someone who executes checklists.
4. An execution still in progress (rejected back, or not finished) can be continued in the runner.
5. Its record can be printed (preview, print, save as PDF; made afresh in the background:
   :func:`~aptaskil_desk.ui.printing.records.print_checklist_record`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain import checklist_workflow as flow
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.domain.signatures import Meaning, State
from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.checklist_rows import RunDetail
from aptaskil_desk.ui.checklists.review_record import REVIEW_QSS, RunRecordView
from aptaskil_desk.ui.checklists.signing import SignatureDialog, SigningSession
from aptaskil_desk.ui.checklists.words import ChecklistWords
from aptaskil_desk.ui.printing.records import print_checklist_record
from aptaskil_desk.ui.widgets.labels import restyle, styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

FACTS = ("failed", "open", "missing", "corrections", "problems")


class ReviewScreen(QWidget):
    """One execution's record, for review, approval or rejection.

    Signals:
        run_shown(str): emitted after an execution's record was shown (read, signed, changed), with its id.
        signed(str, str): emitted after a signature here, with the execution's id and the meaning.
        deviation_closed(int): emitted after a deviation was closed here, with its number.
        back_requested: emitted when Back was pressed.
        runner_requested(str): emitted when an execution in progress should continue in the runner.
    """

    run_shown = Signal(str)
    signed = Signal(str, str)
    deviation_closed = Signal(int)
    back_requested = Signal()
    runner_requested = Signal(str)

    def __init__(
        self, ctx: AppContext, jobs: JobRunner, signing: SigningSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklistReview")
        self.setStyleSheet(REVIEW_QSS)
        self._ctx = ctx
        self._jobs = jobs
        self._signing = signing
        self._staff: StaffInfo | None = None
        self._reading = 0
        self._phases: tuple[str, ...] = ()  # the equipment's approved phases, for the approval rule
        self.detail: RunDetail | None = None
        self.dialog: QDialog | None = None
        self.words = ChecklistWords(self, ctx.tr)

        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back_requested)
        self.heading = styled_label("heading", "", self)
        self.subline = styled_label("secondary", "", self)
        self.band = QFrame(self)
        self.band.setProperty("kind", "reviewBand")
        self.state_label = styled_label("reviewState", "", self.band, wrap=False)
        self.training_label = styled_label(
            "trainingMark", self.tr("TRAINING — practice only, never changes the equipment"), self.band
        )
        # Wrapped only where a language's words would not fit the page's width.
        self.facts = {key: styled_label("fact", "", self.band) for key in FACTS}
        band = QVBoxLayout(self.band)
        band.setContentsMargins(16, 10, 16, 10)
        top = QHBoxLayout()
        top.addWidget(self.state_label)
        top.addStretch(1)
        top.addWidget(self.training_label)
        facts = QGridLayout()  # three a row: the band fits the page in every language
        facts.setHorizontalSpacing(8)
        for i, label in enumerate(self.facts.values()):
            facts.addWidget(label, i // 3, i % 3)
        for column in range(3):  # equal tiles across the band
            facts.setColumnStretch(column, 1)
        band.addLayout(top)
        band.addLayout(facts)
        self.banner = MessageBanner(self)

        self.record = RunRecordView(self.words, ctx.settings.language, self)
        self.record.close_requested.connect(self.ask_close)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.record)

        self.runner_button = QPushButton(self.tr("Continue the execution"), self)
        self.runner_button.clicked.connect(self._to_runner)
        self.print_button = QPushButton(self.tr("Print the record…"), self)
        self.print_button.setObjectName("printRecordButton")
        self.print_button.clicked.connect(self.print_record)
        self.reject_button = QPushButton(self.tr("Reject…"), self)
        self.reject_button.clicked.connect(lambda: self.ask_signature(Meaning.REJECTED))
        self.review_button = QPushButton(self.tr("Review…"), self)
        self.review_button.clicked.connect(lambda: self.ask_signature(Meaning.REVIEWED))
        self.approve_button = QPushButton(self.tr("Approve…"), self)
        self.approve_button.clicked.connect(lambda: self.ask_signature(Meaning.APPROVED))
        for name, button in (("reject", self.reject_button), ("review", self.review_button),
                             ("approve", self.approve_button)):  # fmt: skip
            button.setObjectName(f"{name}Button")
        for button in (self.review_button, self.approve_button):
            button.setProperty("kind", "primary")
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addWidget(self.runner_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        for button in (self.reject_button, self.review_button, self.approve_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.subline)
        layout.addWidget(self.band)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(actions)
        self.clear()

    # --- the execution shown ------------------------------------------------------------------

    def set_staff(self, info: StaffInfo | None) -> None:
        """The person signed in (``None``: forget the execution shown)."""
        self._staff = info
        if info is None:
            self.clear()
        self._update_actions()

    def clear(self) -> None:
        """Forget the execution shown (a late reading is dropped)."""
        self._reading += 1
        self.detail = None
        self.dialog = None
        self.banner.clear_message()
        self.heading.clear()
        self.subline.clear()
        self._update_actions()

    def show_run(self, run_id: str) -> None:
        """Read an execution (and its equipment's approved phases) off the GUI thread, then show it."""
        self.clear()
        reading = self._reading

        def read() -> tuple[RunDetail, tuple[str, ...]]:
            detail = self._ctx.checklist_runs.run(run_id)
            return detail, self._ctx.equipment.get(detail.info.equipment_code).qualified_phases

        (
            self._jobs.job(read, owner=self)
            .success(lambda found: self._read(reading, *found))
            .failure(lambda error: self._failed(reading, error))
            .start()
        )

    def _read(self, reading: int, detail: RunDetail, phases: tuple[str, ...]) -> None:
        if reading == self._reading:
            self._phases = phases
            self._show(detail)

    def _failed(self, reading: int, error: BaseException) -> None:
        if reading == self._reading:
            self.banner.show_message(MessageKind.ERROR, self.words.error(error))

    def _show(self, detail: RunDetail) -> None:
        self.detail = detail
        info = detail.info
        title = detail.template.title.in_language(self._ctx.settings.language)
        self.heading.setText(f"{info.template_code} v{info.template_version} — {title}")
        self.subline.setText(
            self.tr("{equipment} — {name} · {phase} · started by {who}, {when}").format(
                equipment=info.equipment_code, name=info.equipment_name, phase=self.words.phase(info.phase),
                who=info.started_by, when=self.words.when(info.started_at),
            )
        )  # fmt: skip
        self.state_label.setText(self.tr("State: {state}").format(state=self.words.state(info.state)))
        if info.trainee is not None:
            self.training_label.setText(self.tr("TRAINING — practised by {trainee}, supervised by {supervisor}")
                                        .format(trainee=info.trainee, supervisor=info.started_by))  # fmt: skip
        else:
            self.training_label.setText(self.tr("TRAINING — practice only, never changes the equipment"))
        self.training_label.setVisible(info.training)
        counts = {
            "failed": (self.tr("Failed steps: {count}"), info.failed_steps, "problem"),
            "open": (self.tr("Open deviations: {count}"), info.open_deviations, "problem"),
            "missing": (self.tr("Mandatory steps without a value: {count}"), info.missing_required, "problem"),
            "corrections": (self.tr("Corrections: {count}"), sum(e.version > 1 for e in detail.execution.entries),
                            "warn"),
            "problems": (self.tr("Signature problems: {count}"), len(detail.problems), "problem"),
        }  # fmt: skip
        for key, (text, count, level) in counts.items():
            label = self.facts[key]
            label.setText(text.format(count=count))
            label.setProperty("level", level if count else "")
            restyle(label)
        troubled = any(count and level == "problem" for _text, count, level in counts.values())
        self.band.setProperty("tone", "problem" if troubled else "clear")
        restyle(self.band)
        self.record.show_detail(detail)
        self._update_actions()
        self.run_shown.emit(info.id)

    def facts_text(self) -> list[str]:
        """The band's words, in order: the state, then each count."""
        return [self.state_label.text(), *(self.facts[key].text() for key in FACTS)]

    def _to_runner(self) -> None:
        if self.detail is not None:
            self.runner_requested.emit(self.detail.info.id)

    def _update_actions(self) -> None:
        state = self.detail.info.state if self.detail is not None else None
        self.review_button.setEnabled(state is State.EXECUTED)
        self.approve_button.setEnabled(state is State.REVIEWED)
        self.reject_button.setEnabled(state in (State.EXECUTED, State.REVIEWED))
        for button in (self.review_button, self.approve_button, self.reject_button):
            # In progress, the runner signs; approved, the record is locked: nothing to sign here.
            button.setVisible(state in (State.EXECUTED, State.REVIEWED))
        may_run = self._staff is not None and self._staff.may(Permission.EXECUTE_CHECKLISTS)
        self.runner_button.setVisible(state is State.IN_PROGRESS and may_run)
        self.print_button.setVisible(self.detail is not None)
        self.band.setVisible(self.detail is not None)
        self.scroll_area.setVisible(self.detail is not None)

    def print_record(self) -> None:
        """Preview, print or save the record of the execution shown."""
        if self.detail is not None:
            self.dialog = print_checklist_record(self, self._ctx, self.detail.info)

    # --- signing ------------------------------------------------------------------------------

    def refusal(self, meaning: Meaning) -> str | None:
        """Why the person signed in may not sign with this meaning now (the workflow's words), or ``None``."""
        if self.detail is None or self._staff is None:
            return self.tr("No execution is shown.")
        staff = self._staff
        if not staff.may(Permission.REVIEW_CHECKLISTS):
            return self.tr("Your roles do not allow you to review, approve or reject checklists.")
        by = flow.Participant(staff.person_id, staff.display_name, frozenset(staff.roles))
        try:  # the rule only, on the record in memory: nothing is stored
            flow.sign(self.detail.execution, meaning, by, self._ctx.clock.now(), reason="-",
                      approved_phases=self._phases)  # fmt: skip
        except AptaskilError as error:
            return self.words.error(error)
        return None

    def ask_signature(self, meaning: Meaning) -> None:
        """Open the signature dialog for this meaning, or say at once why it is refused."""
        refused = self.refusal(meaning)
        if refused is not None or self.detail is None:
            self.banner.show_message(MessageKind.ERROR, refused or "")
            return
        self.banner.clear_message()
        info = self.detail.info
        summary = self.tr("{code} v{version} on {equipment} ({phase}), now {state}.").format(
            code=info.template_code, version=info.template_version, equipment=info.equipment_code,
            phase=self.words.phase(info.phase), state=self.words.state(info.state),
        )  # fmt: skip
        if info.training:
            summary += " " + self.training_label.text()
        ctx = self._ctx

        def sign(login: str, password: str, reason: str) -> object:  # runs off the GUI thread
            return ctx.checklist_runs.sign(
                login, password, info.id, meaning.value, terminal=ctx.terminal, reason=reason
            )

        dialog = SignatureDialog(
            self._signing, meaning=meaning, summary=summary, sign=sign,
            needs_reason=meaning is Meaning.REJECTED, parent=self,
        )  # fmt: skip
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._signed(meaning, dialog.result_value))
        dialog.open()

    def _signed(self, meaning: Meaning, result: object) -> None:
        self.dialog = None
        if not isinstance(result, RunDetail):
            return
        self._show(result)
        last = max(result.execution.signatures, key=lambda s: s.seq)
        text = self.tr("Signed ({meaning}) by {name}, {when}.").format(
            meaning=self.words.meaning(last.meaning), name=last.signer_name, when=self.words.when(last.at)
        )
        if meaning is Meaning.APPROVED and flow.qualification_update(result.execution) is not None:
            text += " " + self.tr("The {phase} qualification of {equipment} is recorded in its logbook.").format(
                phase=result.info.phase, equipment=result.info.equipment_code
            )
        self.banner.show_message(MessageKind.INFO, text)
        self.signed.emit(result.info.id, meaning.value)

    # --- closing a deviation ------------------------------------------------------------------

    def ask_close(self, number: int) -> None:
        """Ask how a deviation was resolved, then close it."""
        if self._staff is None or not self._staff.may(Permission.EXECUTE_CHECKLISTS):
            text = self.tr("Deviations are closed by someone who executes checklists (a technician or an instructor).")
            self.banner.show_message(MessageKind.ERROR, text)
            return
        dialog = QInputDialog(self)
        self.dialog = dialog
        dialog.setObjectName("closeDeviationDialog")
        dialog.setWindowTitle(self.tr("Close deviation {number}").format(number=number))
        dialog.setLabelText(self.tr("How was deviation {number} resolved?").format(number=number))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setOkButtonText(self.tr("Close the deviation"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setMinimumWidth(760)
        dialog.textValueSelected.connect(lambda text: self._close(number, text))
        dialog.open()

    def _close(self, number: int, resolution: str) -> None:
        self.dialog = None
        if self.detail is None or self._staff is None:
            return
        actor = self._staff.actor(self._ctx.terminal)
        try:
            detail = self._ctx.checklist_runs.close_deviation(actor, self.detail.info.id, number, resolution)
        except AptaskilError as error:
            self.banner.show_message(MessageKind.ERROR, self.words.error(error))
            return
        self._show(detail)
        self.banner.show_message(MessageKind.INFO, self.tr("Deviation {number} is closed.").format(number=number))
        self.deviation_closed.emit(number)
