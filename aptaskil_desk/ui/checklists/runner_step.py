"""One step of a running checklist: its instruction, its criterion, the input its kind takes, and the
verdict on the value recorded.

The panel only shows and collects: an answer is handed to the runner (``answered``), which records
it through the service and shows the step again with what the service returned. The verdict is the
service's (computed by the domain as the value was entered); the reason of a failure is the domain's
own, judged again for display.

Inputs by kind: check — two big buttons; number — a number field with its unit (a comma or a point);
text — a line; choice — one big button per option; attachment — a file or photo picker; instrument —
the live reading of a registered instrument and Capture (:mod:`.runner_instrument`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.checklist_template import AttachmentKind, Step, StepKind
from aptaskil_desk.domain.signatures import Outcome
from aptaskil_desk.services.checklist_rows import RunDetail
from aptaskil_desk.services.checklist_runs import AttachmentFile
from aptaskil_desk.ui.checklists.runner_instrument import READ_INTERVAL_S, InstrumentCapture
from aptaskil_desk.ui.checklists.words import ChecklistWords, StepStatus, number_text, step_status
from aptaskil_desk.ui.models.equipment_words import day_text
from aptaskil_desk.ui.widgets.labels import restyle, styled_label

log = logging.getLogger(__name__)

_PAGES = {StepKind.CHECK: 0, StepKind.NUMBER: 1, StepKind.TEXT: 1, StepKind.CHOICE: 2, StepKind.ATTACHMENT: 3,
          StepKind.INSTRUMENT: 4}  # fmt: skip


def _chosen(button: QPushButton, chosen: bool) -> None:
    button.setProperty("chosen", "true" if chosen else "false")
    restyle(button)


class StepPanel(QWidget):
    """The step shown: place, instruction, criterion, input, verdict, who entered it, its deviation.

    Signals:
        answered(str, object): emitted when a person gave an answer, with the step id and the answer
            (bool, str, AttachmentFile or LiveReading) for the runner to record.
        deviation_requested(str): emitted when "Raise the deviation" was pressed, with the step id.
        problem(str): emitted when an answer could not even be read (a file), with the words to show.
    """

    answered = Signal(str, object)
    deviation_requested = Signal(str)
    problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, interval_s: float = READ_INTERVAL_S) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._language = ctx.settings.language
        self._words = ChecklistWords(self, ctx.tr)
        self._step: Step | None = None
        self._editable = False

        self.place_label = styled_label("stepPlace", "", self)
        self.instruction_label = styled_label("instruction", "", self)
        self.instruction_label.setObjectName("stepInstruction")
        self.criterion_label = styled_label("criterion", "", self)
        self.criterion_label.setObjectName("stepCriterion")
        self.waiting_label = styled_label("waiting", "", self)
        self.waiting_label.setObjectName("stepWaiting")

        self.inputs = QStackedWidget(self)
        self.conforms_button = self._answer_button("answerConforms", self.tr("✔ Conforms"), True)
        self.not_conforms_button = self._answer_button("answerNotConforms", self.tr("✖ Does not conform"), False)
        check_page = QWidget(self.inputs)
        row = QHBoxLayout(check_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(20)
        row.addWidget(self.conforms_button, 1)
        row.addWidget(self.not_conforms_button, 1)
        self.conforms_button.setParent(check_page)
        self.not_conforms_button.setParent(check_page)

        typed_page = QWidget(self.inputs)
        self.value_edit = QLineEdit(typed_page)
        self.value_edit.setObjectName("stepValue")
        self.value_edit.setMaxLength(500)
        self.value_edit.returnPressed.connect(self._typed)
        self.unit_label = styled_label("unit", "", typed_page, wrap=False)
        self.record_button = QPushButton(self.tr("Record"), typed_page)
        self.record_button.setObjectName("stepRecordButton")
        self.record_button.setProperty("kind", "primary")
        self.record_button.clicked.connect(self._typed)
        row = QHBoxLayout(typed_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.unit_label)
        row.addWidget(self.record_button)

        self.options_page = QWidget(self.inputs)
        self.options_layout = QVBoxLayout(self.options_page)
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.options_layout.setSpacing(12)
        self.option_buttons: dict[str, QPushButton] = {}

        file_page = QWidget(self.inputs)
        self.file_button = QPushButton(file_page)
        self.file_button.setObjectName("stepFileButton")
        self.file_button.setProperty("kind", "primary")
        self.file_button.clicked.connect(self._pick_file)
        row = QHBoxLayout(file_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_button)
        row.addStretch(1)

        self.instrument = InstrumentCapture(ctx, self.inputs, interval_s=interval_s)
        self.instrument.capture_requested.connect(lambda live: self._answer(live))
        for page in (check_page, typed_page, self.options_page, file_page, self.instrument):
            self.inputs.addWidget(page)

        self.verdict_label = styled_label("verdict", "", self)
        self.verdict_label.setObjectName("stepVerdict")
        self.entry_label = styled_label("entryLine", "", self)
        self.entry_label.setObjectName("stepEntry")
        self.deviation_label = styled_label("entryLine", "", self)
        self.deviation_label.setObjectName("stepDeviation")
        self.deviation_button = QPushButton(self.tr("Raise the deviation…"), self)
        self.deviation_button.setObjectName("raiseDeviationButton")
        self.deviation_button.clicked.connect(lambda: self._step and self.deviation_requested.emit(self._step.id))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.place_label)
        layout.addWidget(self.instruction_label)
        layout.addWidget(self.criterion_label)
        layout.addWidget(self.waiting_label)
        layout.addSpacing(4)
        layout.addWidget(self.inputs)
        layout.addSpacing(4)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.entry_label)
        deviation = QHBoxLayout()
        deviation.addWidget(self.deviation_label, 1)
        deviation.addWidget(self.deviation_button)
        layout.addLayout(deviation)
        layout.addStretch(1)

    def _answer_button(self, name: str, text: str, answer: bool) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setProperty("kind", "answer")
        button.clicked.connect(lambda: self._answer(answer))
        return button

    @property
    def step(self) -> Step | None:
        return self._step

    # --- showing a step ---------------------------------------------------------------------------

    def show_step(self, detail: RunDetail, step: Step, number: int, editable: bool) -> None:
        """Show ``step`` (``number`` in protocol order) as ``detail`` records it; ``editable``: the
        run is in progress and a staff member is at the screen."""
        changed = self._step is None or self._step.id != step.id
        self._step = step
        waiting = detail.pending_prerequisites(step.id)
        self._editable = editable and not waiting
        total = len(detail.steps())
        section = next(s for s in detail.template.sections if any(x.id == step.id for x in s.steps))
        need = self.tr("required") if step.required else self.tr("optional")
        self.place_label.setText(self.tr("{section} · Step {number} of {total} · {kind}, {need}").format(
            section=section.title.in_language(self._language), number=number, total=total,
            kind=self._words.kind(step.kind), need=need))  # fmt: skip
        self.instruction_label.setText(step.instruction.in_language(self._language))
        criterion = self._words.criterion(step, self._language)
        self.criterion_label.setText(self.tr("Criterion: {criterion}").format(criterion=criterion))
        self.criterion_label.setVisible(bool(criterion))
        if waiting:
            numbers = {s.id: i for i, s in enumerate(detail.steps(), start=1)}
            names = ", ".join(str(numbers.get(w, w)) for w in waiting)
            self.waiting_label.setText(self.tr("Waits for step {steps}: do it first.").format(steps=names))
        self.waiting_label.setVisible(bool(waiting))
        self._show_input(detail, step, changed, editable)
        self._show_value(detail, step)

    def _show_input(self, detail: RunDetail, step: Step, changed: bool, open_run: bool) -> None:
        shown = _PAGES[step.kind]
        self.inputs.setCurrentIndex(shown)
        for index in range(self.inputs.count()):  # the stack takes the size of the page shown only
            policy = QSizePolicy.Policy.Preferred if index == shown else QSizePolicy.Policy.Ignored
            page = self.inputs.widget(index)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.inputs.updateGeometry()
        latest = detail.execution.latest(step.id)
        for button in (self.conforms_button, self.not_conforms_button):
            button.setEnabled(self._editable)
        _chosen(self.conforms_button, latest is not None and latest.value == "yes")
        _chosen(self.not_conforms_button, latest is not None and latest.value == "no")
        if changed:
            self.value_edit.clear()
            self._build_options(step)
        numeric = step.kind is StepKind.NUMBER
        self.value_edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly if numeric
                                            else Qt.InputMethodHint.ImhNone)  # fmt: skip
        self.value_edit.setPlaceholderText(self.tr("e.g. 121,5") if numeric else self.tr("Type the answer"))
        self.value_edit.setAccessibleName(self.instruction_label.text())
        self.unit_label.setText(step.unit or "")
        self.unit_label.setVisible(bool(step.unit))
        for widget in (self.value_edit, self.record_button, self.file_button):
            widget.setEnabled(self._editable)
        for option_id, button in self.option_buttons.items():
            button.setEnabled(self._editable)
            _chosen(button, latest is not None and latest.value == option_id)
        photo = step.attachment is AttachmentKind.PHOTO
        self.file_button.setText(self.tr("Choose a photo…") if photo else self.tr("Choose a file…"))
        # Once signed, a check's or a choice's buttons still show the answer; other inputs go away.
        self.inputs.setVisible(open_run or step.kind in (StepKind.CHECK, StepKind.CHOICE))
        live = step.kind is StepKind.INSTRUMENT and open_run
        self.instrument.set_step(step if live else None, self._editable)

    def _build_options(self, step: Step) -> None:
        for button in self.option_buttons.values():
            self.options_layout.removeWidget(button)
            button.deleteLater()
        self.option_buttons = {}
        for option in step.options:
            button = QPushButton(option.label.in_language(self._language), self.options_page)
            button.setObjectName(f"option_{option.id}")
            button.setProperty("kind", "option")
            button.clicked.connect(lambda _c=False, o=option.id: self._answer(o))
            self.options_layout.addWidget(button)
            self.option_buttons[option.id] = button

    def _show_value(self, detail: RunDetail, step: Step) -> None:
        latest = detail.execution.latest(step.id)
        status = step_status(detail, step.id)
        deviations = [d for d in detail.execution.deviations if d.step_id == step.id]
        if latest is None:
            self.verdict_label.setText(self.tr("○ No value yet"))
            tone = "none"
        else:
            answer = self._words.answer(step, latest, self._language)
            if step.kind is StepKind.CHECK:  # the answer is the verdict
                why = self._words.failure(step, latest, self._language)
                text = self._words.outcome(latest.outcome) + (f"\n{why}" if why else "")
            elif latest.outcome is Outcome.FAILED:
                why = self._words.failure(step, latest, self._language)
                text = self.tr("✖ Failed: {answer}").format(answer=answer) + (f"\n{why}" if why else "")
            elif latest.outcome is Outcome.PASSED:
                text = self.tr("✔ Passed: {answer}").format(answer=answer)
            else:
                text = self.tr("● Recorded: {answer}").format(answer=answer)
            self.verdict_label.setText(text)
            tone = "deviation" if status is StepStatus.DEVIATION else latest.outcome.value
        self.verdict_label.setProperty("tone", tone)
        restyle(self.verdict_label)
        self.entry_label.setText(self._entry_words(detail, step) if latest is not None else "")
        self.entry_label.setVisible(latest is not None)
        if status is StepStatus.FAILED:
            self.deviation_label.setText(self.tr("A failed step needs a deviation before the checklist can be "
                                                 "signed as executed."))  # fmt: skip
        elif deviations:
            d = deviations[-1]
            state = self.tr("closed") if d.closure is not None else self.tr("open")
            self.deviation_label.setText(self.tr("⚠ Deviation {number} ({state}), raised by {name}: {description}")
                                         .format(number=d.number, state=state, name=d.by_name,
                                                 description=d.description))  # fmt: skip
        self.deviation_label.setVisible(status is StepStatus.FAILED or bool(deviations))
        self.deviation_button.setVisible(status is StepStatus.FAILED)
        self.deviation_button.setEnabled(self._editable)

    def _entry_words(self, detail: RunDetail, step: Step) -> str:
        latest = detail.execution.latest(step.id)
        assert latest is not None
        text = self.tr("Entered by {name}, {when}").format(name=latest.by_name, when=self._words.when(latest.at))
        if latest.version > 1:
            text += " · " + self.tr("correction {version}: {reason}").format(version=latest.version,
                                                                             reason=latest.reason)  # fmt: skip
        evidence = RunDetail.evidence(latest)
        if step.kind is StepKind.INSTRUMENT and evidence:
            due = evidence.get("calibration_due")
            words = self.tr("{code} (serial no. {serial}), calibrated until {due}; reading {reading} {unit}")
            text += "\n" + words.format(
                code=evidence.get("instrument", ""), serial=evidence.get("serial_number") or "—",
                due=day_text(str(due)) if due else "—",
                reading=number_text(str(evidence.get("reading", "")), self._language), unit=evidence.get("unit", ""),
            )  # fmt: skip
        return text

    # --- answers ----------------------------------------------------------------------------------

    def _answer(self, answer: object) -> None:
        if self._step is not None and self._editable:
            self.answered.emit(self._step.id, answer)

    def _typed(self) -> None:
        text = self.value_edit.text().strip()
        if not text:
            self.problem.emit(self.tr("Type the value first."))
            self.value_edit.setFocus()
            return
        self._answer(text)

    def _pick_file(self) -> None:
        step = self._step
        if step is None or not self._editable:
            return
        extensions = step.extensions or (("jpg", "jpeg", "png") if step.attachment is AttachmentKind.PHOTO else ())
        pattern = " ".join(f"*.{e}" for e in extensions) if extensions else "*"
        accepted = self.tr("Accepted files ({patterns})").format(patterns=pattern)
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a file"), "", accepted)
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Read a file and hand it over as the step's answer (the service checks type and size)."""
        try:
            content = path.read_bytes()
        except OSError as error:
            log.warning("attachment %s unreadable: %s", path, error)
            self.problem.emit(self.tr("{name} could not be read: {error}").format(name=path.name, error=error.strerror))
            return
        self._answer(AttachmentFile(path.name, content))

    def clear(self) -> None:
        """Forget the step shown and anything typed in it (the staff area locked)."""
        self._step = None
        self.value_edit.clear()
        self._editable = False
        self.instrument.set_step(None, False)
