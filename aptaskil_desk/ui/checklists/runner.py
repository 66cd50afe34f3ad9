"""The checklist runner: one step at a time on a touch screen, with an overview of every step.

Rules:
1. A run opens on its first step still to do (resume where it was paused); Previous/Next and the
   overview (touch a step) move between steps. Pause leaves the runner (``closed``); nothing is lost,
   every value being recorded as it is entered.
2. A value is recorded as soon as it is given and judged by the service (the domain's criteria): the
   verdict shows at once, green or red with the reason. A value entered again is a correction: the
   reason is asked first, the earlier value stays in the record.
3. A failed value opens the deviation dialog at once; it may be postponed, but then "Sign as
   executed" says that the failed step still needs its deviation (as it says which mandatory steps
   have no value). The service applies the same rules again when signing.
4. Signing as executed goes through the signature dialog (password; login too on the staff
   session's first signature). A training run shows a TRAINING banner throughout.
5. Every service call says its refusal in words, translated; nothing is dropped silently. The calls
   are short writes made on the GUI thread (as reading a run); only the signature, whose password
   check is slow by design, runs off it (in the dialog).
6. Draft over the staff idle lock (``ui/idle.py``): what is typed and not entered yet (the current
   step's value, a correction's new value and its reason, a deviation being written) is kept for the
   same person only; :meth:`ChecklistRunner.restore_draft` shows the run again at that step with it,
   nothing entered until the person enters it. The lock itself leaves nothing on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.checklist_workflow import failed_without_deviation, missing_required
from aptaskil_desk.domain.signatures import Meaning, Outcome, State
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.checklist_rows import RunDetail
from aptaskil_desk.services.checklist_runs import Answer, DeviationInput
from aptaskil_desk.ui.checklists.deviation_dialog import DeviationDialog
from aptaskil_desk.ui.checklists.runner_correction import ValueCorrectionDialog
from aptaskil_desk.ui.checklists.runner_header import RunHeader
from aptaskil_desk.ui.checklists.runner_instrument import READ_INTERVAL_S
from aptaskil_desk.ui.checklists.runner_overview import StepOverview, shortened
from aptaskil_desk.ui.checklists.runner_step import StepPanel
from aptaskil_desk.ui.checklists.runner_style import RUNNER_QSS
from aptaskil_desk.ui.checklists.signing import SignatureDialog, SigningSession
from aptaskil_desk.ui.checklists.words import ChecklistWords
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind

log = logging.getLogger(__name__)


class ChecklistRunner(QWidget):
    """Header (checklist, equipment, state, training), the step, the overview, and the actions.

    Args:
        ctx: the application (its checklist runs service records; instruments are read live).
        signing: the staff session's signer, shared with the other checklist screens.

    Signals:
        closed: emitted when the person leaves the runner (Pause); open the run again to resume.
        changed(str): emitted after anything was recorded on the run (value, deviation, signature),
            with the run's id.
    """

    closed = Signal()
    changed = Signal(str)

    def __init__(
        self, ctx: AppContext, signing: SigningSession, parent: QWidget | None = None, *,
        interval_s: float = READ_INTERVAL_S,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("checklistRunner")
        self.setStyleSheet(RUNNER_QSS)
        self._ctx = ctx
        self._signing = signing
        self._language = ctx.settings.language
        self._staff: StaffInfo | None = None
        self._detail: RunDetail | None = None
        self._index = 0
        self.words = ChecklistWords(self, ctx.tr)
        #: The dialog open now (deviation, correction, signature), for the tests and the lock.
        self.dialog: QWidget | None = None
        self._asked: tuple[str, object] | None = None  # the step and the answer the open dialog is about

        self.header = RunHeader(self.words, self._language, self)
        self.banner = MessageBanner(self)
        self.banner.setObjectName("runnerBanner")
        self.step_panel = StepPanel(ctx, self, interval_s=interval_s)
        self.step_panel.answered.connect(self._answered)
        self.step_panel.deviation_requested.connect(self.ask_deviation)
        self.step_panel.problem.connect(lambda text: self.banner.show_message(MessageKind.ERROR, text))
        self.overview = StepOverview(self.words, self._language, self)
        self.overview.setFixedWidth(300)
        self.overview.step_chosen.connect(self.show_step)

        self.pause_button = self._button("pauseButton", self.tr("Pause"), self.pause)
        self.previous_button = self._button("previousButton", self.tr("◀ Previous"), lambda: self.show_step(
            self._index - 1))  # fmt: skip
        self.next_button = self._button("nextButton", self.tr("Next ▶"), lambda: self.show_step(self._index + 1))
        self.sign_button = self._button("signExecutedButton", self.tr("✍ Sign as executed"), self.sign_executed)
        self.sign_button.setProperty("kind", "primary")
        self._lay_out()
        self._render()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def _lay_out(self) -> None:
        step_box = QWidget(self)
        box = QVBoxLayout(step_box)
        box.setContentsMargins(0, 0, 8, 0)
        box.addWidget(self.step_panel)
        scroll = self._scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(step_box)
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(scroll, 1)
        middle.addWidget(self.overview)
        footer = QHBoxLayout()
        footer.setSpacing(12)
        footer.addWidget(self.pause_button)
        footer.addStretch(1)
        footer.addWidget(self.previous_button)
        footer.addWidget(self.next_button)
        footer.addSpacing(24)
        footer.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addLayout(footer)

    # --- what the checklist screens call ---------------------------------------------------------

    @property
    def detail(self) -> RunDetail | None:
        """The run shown, as last read or recorded."""
        return self._detail

    @property
    def index(self) -> int:
        """The step shown (0-based, protocol order)."""
        return self._index

    def set_staff(self, info: StaffInfo | None) -> None:
        """The staff member at the screen; ``None`` (the area locked) closes dialogs and forgets the run."""
        self._staff = info
        if info is None:
            self._close_dialog()
            self.step_panel.clear()  # the value typed too
            self._detail = None
            self.banner.clear_message()
        self._render()

    def open_run(self, run_id: str) -> bool:
        """Show a run, on its first step still to do; False (and why, in words) when it cannot be read."""
        self.banner.clear_message()
        try:
            detail = self._ctx.checklist_runs.run(run_id)
        except Exception as error:
            self.banner.show_message(MessageKind.ERROR, self.words.error(error))
            return False
        self._detail = detail
        steps = detail.steps()
        todo = [i for i, s in enumerate(steps) if detail.execution.latest(s.id) is None]
        self._index = todo[0] if todo else 0
        self._render()
        return True

    def show_step(self, index: int) -> None:
        """Go to the step at ``index`` (0-based; ignored outside the run)."""
        if self._detail is None or not 0 <= index < len(self._detail.steps()):
            return
        if index != self._index:
            self.banner.clear_message()
        self._index = index
        self._render()

    def pause(self) -> None:
        """Leave the runner; everything entered is already recorded."""
        self.step_panel.instrument.disconnect_instrument()
        self.closed.emit()

    def shutdown(self) -> None:
        """End the instrument's thread and wait for it (the window is closing)."""
        self.step_panel.instrument.shutdown()

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page frees the instrument's port for the console or an exercise.
        self.step_panel.instrument.disconnect_instrument()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # --- recording --------------------------------------------------------------------------------

    def _answered(self, step_id: str, answer: object) -> None:
        detail = self._detail
        if detail is None:
            return
        latest = detail.execution.latest(step_id)
        if latest is None:
            self._enter(step_id, answer, "")
            return
        self._ask_correction(step_id, answer)

    def _ask_correction(self, step_id: str, answer: object) -> ValueCorrectionDialog | None:
        """Ask the reason for entering ``answer`` over the value recorded; None: nothing to correct."""
        detail = self._detail
        latest = detail.execution.latest(step_id) if detail is not None else None
        if detail is None or latest is None:
            return None
        step = detail.step(step_id)
        recorded = ("yes" if answer else "no") if isinstance(answer, bool) else answer
        if latest.value == recorded:
            return None  # the same answer (a check, an option) touched again: nothing to correct
        old = self.words.answer(step, latest, self._language)
        new = self._answer_words(answer)
        dialog = ValueCorrectionDialog(self._step_label(step_id), old, new, self)
        self.dialog, self._asked = dialog, (step_id, answer)
        dialog.accepted.connect(lambda: self._enter(step_id, answer, dialog.reason()))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()
        return dialog

    def _answer_words(self, answer: object) -> str:
        if isinstance(answer, bool):
            return self.tr("✔ Conforms") if answer else self.tr("✖ Does not conform")
        reading = getattr(answer, "reading", None)
        if reading is not None:
            return f"{reading.value} {reading.unit}"
        name = getattr(answer, "name", None)
        if isinstance(name, str):
            return name
        step = self.step_panel.step
        if step is not None and step.options:
            found = [o.label.in_language(self._language) for o in step.options if o.id == answer]
            if found:
                return found[0]
        return str(answer)

    def _enter(self, step_id: str, answer: object, reason: str) -> None:
        given = cast(Answer, answer)  # what the step panel hands over: one of the service's answers
        runs = self._ctx.checklist_runs
        detail = self._call(lambda actor, run_id: runs.enter(actor, run_id, step_id, given, reason=reason))
        if detail is None:
            return
        latest = detail.execution.latest(step_id)
        self.banner.clear_message()
        self.step_panel.value_edit.clear()
        # Once laid out again, the verdict is brought into view (a small screen scrolls).
        QTimer.singleShot(0, self, self._show_verdict)
        if (
            latest is not None
            and latest.outcome is Outcome.FAILED
            and step_id in failed_without_deviation(detail.execution)
        ):
            self.ask_deviation(step_id)

    def _show_verdict(self) -> None:
        self._scroll.ensureWidgetVisible(self.step_panel.verdict_label)

    def ask_deviation(self, step_id: str) -> DeviationDialog | None:
        """Open the deviation dialog for a failed step; Later leaves it to be raised before signing."""
        detail = self._detail
        if detail is None or self._staff is None:
            return None
        step = detail.step(step_id)
        latest = detail.execution.latest(step_id)
        failure = self.words.failure(step, latest, self._language) if latest is not None else ""
        if latest is not None and not failure:
            failure = self.tr("Failed: {answer}").format(answer=self.words.answer(step, latest, self._language))
        dialog = DeviationDialog(self._step_label(step_id), failure, self)
        self.dialog, self._asked = dialog, (step_id, None)
        dialog.accepted.connect(lambda: self._raise(step_id, *dialog.values()))
        dialog.rejected.connect(lambda: self.banner.show_message(MessageKind.INFO, self.tr(
            "Deviation postponed: the checklist cannot be signed as executed until it is raised.")))  # fmt: skip
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()
        return dialog

    def _raise(self, step_id: str, description: str, impact: str, action: str) -> None:
        wanted = DeviationInput(step_id, description, impact, action)
        detail = self._call(lambda actor, run_id: self._ctx.checklist_runs.raise_deviation(actor, run_id, wanted))
        if detail is not None:
            number = max((d.number for d in detail.execution.deviations if d.step_id == step_id), default=0)
            self.banner.show_message(MessageKind.INFO, self.tr("Deviation {number} recorded.").format(number=number))

    def _call(self, work: Callable[..., RunDetail]) -> RunDetail | None:
        """Run a service call for the staff member on the run shown; the new record, or None (said)."""
        detail, staff = self._detail, self._staff
        if detail is None or staff is None:
            return None
        try:
            result = work(staff.actor(self._ctx.terminal), detail.info.id)
        except Exception as error:
            self.banner.show_message(MessageKind.ERROR, self.words.error(error))
            return None
        self._detail = result
        self._render()
        self.changed.emit(result.info.id)
        return result

    # --- draft: kept over the staff idle lock for the same person (rule 6) --------------------------

    def draft(self) -> dict[str, Any] | None:
        """The run, the step shown and what is typed there but not entered; None when nothing is."""
        detail = self._detail
        if detail is None or self._staff is None or detail.info.state is not State.IN_PROGRESS:
            return None
        value = self.step_panel.value_edit.text()
        correction = deviation = None
        dialog, asked = self.dialog, self._asked
        if isinstance(dialog, ValueCorrectionDialog) and asked is not None:
            correction = {"step": asked[0], "answer": asked[1], "reason": dialog.reason_edit.text()}
        elif isinstance(dialog, DeviationDialog) and asked is not None:
            texts = [edit.toPlainText() for edit in (dialog.description_edit, dialog.impact_edit, dialog.action_edit)]
            deviation = {"step": asked[0], "texts": texts} if any(t.strip() for t in texts) else None
        if not value.strip() and correction is None and deviation is None:
            return None
        return {"run": detail.info.id, "step": detail.steps()[self._index].id, "value": value,
                "correction": correction, "deviation": deviation}  # fmt: skip

    def restore_draft(self, draft: dict[str, Any]) -> bool:
        """Put a draft back on the run open now (see :meth:`open_run`): its step, what was typed, and the
        correction or deviation being written, in its dialog; nothing is entered. False, with why, when
        the run is not that one or cannot take it any more."""
        detail = self._detail
        if detail is None or detail.info.id != draft["run"]:
            return False
        index = next((i for i, s in enumerate(detail.steps()) if s.id == draft["step"]), None)
        if index is not None:
            self.show_step(index)
        if index is None or detail.info.state is not State.IN_PROGRESS or self._staff is None:
            self.banner.show_message(MessageKind.ERROR, self.tr(
                "This checklist is no longer in progress: what you had typed before the staff area locked "
                "was not entered."))  # fmt: skip
            return False
        self.step_panel.value_edit.setText(draft["value"])
        back = self.tr("What you had entered before the staff area locked is back.")
        self.banner.show_message(MessageKind.INFO, back)
        correction, deviation = draft["correction"], draft["deviation"]
        if correction is not None:
            asked = self._ask_correction(correction["step"], correction["answer"])
            if asked is not None:  # (None: someone entered that same answer meanwhile)
                asked.reason_edit.setText(correction["reason"])
        elif deviation is not None:
            raising = self.ask_deviation(deviation["step"])
            if raising is not None:
                edits = (raising.description_edit, raising.impact_edit, raising.action_edit)
                for edit, text in zip(edits, deviation["texts"], strict=True):
                    edit.setPlainText(text)
        return True

    # --- signing ------------------------------------------------------------------------------------

    def completion_problems(self) -> list[str]:
        """Why the run cannot be signed as executed now, in words (empty: it can be)."""
        detail = self._detail
        if detail is None:
            return []
        if detail.info.state is not State.IN_PROGRESS:
            return [self.tr("This checklist is already signed ({state}).").format(
                state=self.words.state(detail.info.state))]  # fmt: skip
        numbers = {s.id: i for i, s in enumerate(detail.steps(), start=1)}
        problems = []
        missing = missing_required(detail.execution)
        if missing:
            problems.append(self.tr("Mandatory steps without a value: {steps}.").format(
                steps=", ".join(str(numbers[s]) for s in missing)))  # fmt: skip
        failed = failed_without_deviation(detail.execution)
        if failed:
            problems.append(self.tr("Failed steps that still need their deviation: {steps}.").format(
                steps=", ".join(str(numbers[s]) for s in failed)))  # fmt: skip
        return problems

    def sign_executed(self) -> None:
        """Explain why not, or open the signature dialog (meaning: executed)."""
        detail = self._detail
        if detail is None or self._staff is None:
            return
        problems = self.completion_problems()
        if problems:
            text = self.tr("Cannot be signed as executed yet. {problems}").format(problems=" ".join(problems))
            self.banner.show_message(MessageKind.ERROR, text)
            return
        runs, terminal, run_id = self._ctx.checklist_runs, self._ctx.terminal, detail.info.id
        info = detail.info
        summary = self.tr("{code} version {version}: {title}\nEquipment {equipment} — {name}\n"
                          "Steps: {steps} · deviations: {deviations}").format(
            code=info.template_code, version=info.template_version, title=detail.template.title.in_language(
                self._language), equipment=info.equipment_code, name=info.equipment_name, steps=len(detail.steps()),
            deviations=len(detail.execution.deviations))  # fmt: skip
        if info.training and info.trainee:
            summary += "\n" + self.tr("TRAINING run, practised by {trainee}").format(trainee=info.trainee)
        elif info.training:
            summary += "\n" + self.tr("TRAINING run")
        dialog = SignatureDialog(
            self._signing, meaning=Meaning.EXECUTED, summary=summary, parent=self,
            sign=lambda login, password, reason: runs.sign(login, password, run_id, Meaning.EXECUTED.value,
                                                           terminal=terminal, reason=reason),
        )  # fmt: skip
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._signed(dialog.result_value))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()

    def _signed(self, result: object) -> None:
        if not isinstance(result, RunDetail) or self._staff is None:
            return  # (a signature checked while the area locked is recorded, but nothing of it stays shown)
        self._detail = result
        self.step_panel.instrument.disconnect_instrument()
        signature = max(result.execution.signatures, key=lambda s: s.seq)
        self._render()
        self.banner.show_message(MessageKind.INFO, self.tr("Signed as executed by {name}, {when}.").format(
            name=signature.signer_name, when=self.words.when(signature.at)))  # fmt: skip
        self.changed.emit(result.info.id)

    # --- showing ------------------------------------------------------------------------------------

    def _step_label(self, step_id: str) -> str:
        detail = self._detail
        assert detail is not None
        steps = detail.steps()
        number = next(i for i, s in enumerate(steps, start=1) if s.id == step_id)
        text = shortened(steps[number - 1].instruction.in_language(self._language), 120)
        return self.tr("Step {number}: {instruction}").format(number=number, instruction=text)

    def _forget_dialog(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog, self._asked = None, None
        dialog.deleteLater()

    def _close_dialog(self) -> None:
        dialog, self.dialog, self._asked = self.dialog, None, None
        if dialog is not None:
            dialog.close()

    def _render(self) -> None:
        detail = self._detail
        self.overview.show_run(detail, self._index)
        self.header.show_run(detail)
        if detail is None:
            self.step_panel.hide()
            for button in (self.previous_button, self.next_button, self.sign_button):
                button.setEnabled(False)
            return
        info = detail.info
        steps = detail.steps()
        editable = self._staff is not None and info.state is State.IN_PROGRESS
        self.step_panel.show()
        self.step_panel.show_step(detail, steps[self._index], self._index + 1, editable)
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < len(steps) - 1)
        self.sign_button.setEnabled(editable)
        problems = self.completion_problems() if editable else []
        self.sign_button.setToolTip(" ".join(problems))
