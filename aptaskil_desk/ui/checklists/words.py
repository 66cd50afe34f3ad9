"""Checklist words in the reader's language: states, signature meanings, verdicts, step kinds.

One translation context (``ChecklistWords``) shared by every checklist screen, so each word is
translated once. The domain's reason texts (``REASON_TEXTS``, marked with ``N_``) and the services'
error messages live in the "cli" context: they are translated by the given
:class:`~aptaskil_desk.i18n.Translator`, or else by the translator installed in the application
(the language the screen is shown in). A colour only repeats what the words say.

Numbers are shown with the reader's decimal separator (``20,0000 g`` in French and Dutch); a
criterion reads ``20,0000 g ± 0,0200 g``, ``121,0 °C – 124,0 °C``, ``≥ 15 min``.
"""

from __future__ import annotations

import logging
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject

from aptaskil_desk.clock import local
from aptaskil_desk.domain.checklist_template import REASON_TEXTS, Acceptance, Step, StepKind, evaluate
from aptaskil_desk.domain.checklist_workflow import failed_without_deviation
from aptaskil_desk.domain.equipment import Reason
from aptaskil_desk.domain.signatures import Entry, Meaning, Outcome, State
from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.i18n import CLI_CONTEXT, Translator
from aptaskil_desk.services.checklist_rows import RunDetail

log = logging.getLogger(__name__)


class StepStatus(StrEnum):
    """Where one step of a run stands, as the overview shows it."""

    EMPTY = "empty"
    PASSED = "passed"
    FAILED = "failed"  # failed, and a deviation is still to be raised
    NOT_EVALUATED = "not_evaluated"
    WAITING = "waiting"  # a prerequisite has no value yet
    DEVIATION = "deviation"  # failed, with its deviation raised


#: Light tones with black text; each status also has its symbol and words.
STATUS_COLOURS: dict[StepStatus, str] = {
    StepStatus.EMPTY: "#e9ecef",
    StepStatus.PASSED: "#69db7c",
    StepStatus.FAILED: "#ff8787",
    StepStatus.NOT_EVALUATED: "#a5d8ff",
    StepStatus.WAITING: "#dee2e6",
    StepStatus.DEVIATION: "#ffa94d",
}

#: A symbol per status, so the overview reads without colour.
STATUS_SYMBOLS: dict[StepStatus, str] = {
    StepStatus.EMPTY: "○",
    StepStatus.PASSED: "✔",
    StepStatus.FAILED: "✖",
    StepStatus.NOT_EVALUATED: "●",
    StepStatus.WAITING: "⏳",
    StepStatus.DEVIATION: "⚠",
}


class ChecklistWords(QObject):
    """Words for checklist data. Signals: none.

    Args:
        messages: the services' translator (context "cli"), for the domain's reason texts;
            ``None``: the reasons show in English.
    """

    def __init__(self, parent: QObject | None = None, messages: Translator | None = None) -> None:
        super().__init__(parent)
        self._messages = messages

    def set_messages(self, messages: Translator | None) -> None:
        self._messages = messages

    def message(self, source: str, /, **params: object) -> str:
        """A "cli" context text (a service message, a reason), its parameters filled in."""
        text = self._messages(source) if self._messages is not None else QCoreApplication.translate(CLI_CONTEXT, source)
        try:
            return text.format(**params) if params else text
        except (KeyError, IndexError, ValueError):
            log.warning("translation of %r does not fit its parameters %r", source, params)
            return source.format(**params) if params else source

    def error(self, error: BaseException) -> str:
        """A service's refusal in words; a programming error is logged and said plainly."""
        if isinstance(error, AptaskilError):
            return self.message(error.message, **error.params)
        log.error("checklist action failed", exc_info=error)
        return self.tr("Unexpected error; nothing more was recorded. The details are in the log.")

    def state(self, state: State) -> str:
        words = {
            State.IN_PROGRESS: self.tr("In progress"),
            State.EXECUTED: self.tr("Executed"),
            State.REVIEWED: self.tr("Reviewed"),
            State.APPROVED: self.tr("Approved"),
        }
        return words.get(state, str(state))

    def meaning(self, meaning: Meaning) -> str:
        words = {
            Meaning.EXECUTED: self.tr("Executed"),
            Meaning.REVIEWED: self.tr("Reviewed"),
            Meaning.APPROVED: self.tr("Approved"),
            Meaning.REJECTED: self.tr("Rejected"),
        }
        return words.get(meaning, str(meaning))

    def declaration(self, meaning: Meaning) -> str:
        """What the signer declares by signing with this meaning."""
        words = {
            Meaning.EXECUTED: self.tr(
                "By signing I confirm that I executed these steps and that the values recorded are true."
            ),
            Meaning.REVIEWED: self.tr(
                "By signing I confirm that I reviewed this record completely: values, "
                "verdicts, deviations and evidence."
            ),
            Meaning.APPROVED: self.tr("By signing I approve this record as quality assurance; it is then locked."),
            Meaning.REJECTED: self.tr(
                "By signing I reject this record; it goes back to in progress for the reason I give."
            ),
        }
        return words.get(meaning, "")

    def outcome(self, outcome: Outcome) -> str:
        """A symbol and a word: it reads without its colour."""
        words = {
            Outcome.PASSED: self.tr("✔ Passed"),
            Outcome.FAILED: self.tr("✖ Failed"),
            Outcome.NOT_EVALUATED: self.tr("● Not evaluated"),
        }
        return words.get(outcome, str(outcome))

    def status(self, status: StepStatus) -> str:
        words = {
            StepStatus.EMPTY: self.tr("To do"),
            StepStatus.PASSED: self.tr("Passed"),
            StepStatus.FAILED: self.tr("Failed"),
            StepStatus.NOT_EVALUATED: self.tr("Not evaluated"),
            StepStatus.WAITING: self.tr("Waiting for prerequisites"),
            StepStatus.DEVIATION: self.tr("Deviation"),
        }
        return f"{STATUS_SYMBOLS[status]} {words.get(status, str(status))}"

    def kind(self, kind: StepKind) -> str:
        words = {
            StepKind.CHECK: self.tr("Check"),
            StepKind.NUMBER: self.tr("Number"),
            StepKind.TEXT: self.tr("Text"),
            StepKind.CHOICE: self.tr("Choice"),
            StepKind.INSTRUMENT: self.tr("Instrument reading"),
            StepKind.ATTACHMENT: self.tr("Attachment"),
        }
        return words.get(kind, str(kind))

    def phase(self, phase: str) -> str:
        words = {"routine": self.tr("Routine"), "exercise": self.tr("Exercise")}
        return words.get(phase, phase)  # IQ, OQ, PQ read the same in every language

    def reason(self, reason: Reason) -> str:
        """The domain's reason for a verdict, its numbers filled in, in the reader's language."""
        text = REASON_TEXTS.get(reason.code)
        if text is None:
            return reason.code
        return self.message(text, **reason.params)

    def answer(self, step: Step, entry: Entry, language: str) -> str:
        """A recorded value as a person reads it: a check's answer, an option's label, a number and unit."""
        if step.kind is StepKind.CHECK:
            return self.tr("✔ Conforms") if entry.value == "yes" else self.tr("✖ Does not conform")
        if step.kind is StepKind.CHOICE:
            found = [o.label.in_language(language) for o in step.options if o.id == entry.value]
            return found[0] if found else entry.value
        if step.kind in (StepKind.NUMBER, StepKind.INSTRUMENT):
            return f"{number_text(entry.value, language)} {step.unit or ''}".strip()
        return entry.value

    def failure(self, step: Step, entry: Entry, language: str) -> str:
        """Why a recorded value failed its criterion, judged again by the domain's rules ("" if it did not)."""
        if entry.outcome is not Outcome.FAILED:
            return ""
        answer: bool | str = entry.value == "yes" if step.kind is StepKind.CHECK else entry.value
        found = evaluate(step, answer)
        if found.reason is None:
            return ""
        params = {k: number_text(v, language) if k in _NUMERIC_PARAMS else v for k, v in found.reason.params.items()}
        return self.reason(Reason(found.reason.code, params))

    def criterion(self, step: Step, language: str) -> str:
        """What the step accepts, in words and symbols ("" for a step without a criterion, and for a
        check, whose instruction is its requirement)."""
        if step.kind is StepKind.CHOICE:
            labels = [o.label.in_language(language) for o in step.options if o.id in step.acceptable]
            return " / ".join(labels)
        if step.kind in (StepKind.NUMBER, StepKind.INSTRUMENT) and step.acceptance is not None:
            return criterion_text(step.acceptance, step.unit or "", language)
        return ""

    def when(self, instant: datetime) -> str:
        """A stored instant in the centre's time, with the zone: ``27/11/2026 14:03 CET``."""
        moment = local(instant)
        return f"{moment:%d/%m/%Y %H:%M} {moment.tzname() or ''}".rstrip()


#: Reason parameters that hold numbers (shown with the reader's decimal separator).
_NUMERIC_PARAMS = frozenset({"value", "min", "max", "target", "tolerance"})


def number_text(value: Decimal | str, language: str) -> str:
    """A number as written (every digit kept) with the language's decimal separator: ``20,00``."""
    text = str(value)
    try:
        Decimal(text)
    except InvalidOperation:
        return text
    return text.replace(".", ",") if language in ("fr", "nl") else text


def criterion_text(acceptance: Acceptance, unit: str, language: str) -> str:
    """``20,0000 g ± 0,0200 g``, ``121,0 °C – 124,0 °C``, ``≥ 15 min``, ``≤ 1,3 mbar/min``."""

    def n(value: Decimal | None) -> str:
        return f"{number_text(value if value is not None else '', language)} {unit}".strip()

    if acceptance.target is not None:
        return f"{n(acceptance.target)} ± {n(acceptance.tolerance)}"
    if acceptance.minimum is not None and acceptance.maximum is not None:
        return f"{n(acceptance.minimum)} – {n(acceptance.maximum)}"
    return f"≥ {n(acceptance.minimum)}" if acceptance.minimum is not None else f"≤ {n(acceptance.maximum)}"


def step_status(detail: RunDetail, step_id: str) -> StepStatus:
    """Where a step of a run stands, from its current value, its prerequisites and its deviations."""
    ex = detail.execution
    latest = ex.latest(step_id)
    if latest is None:
        return StepStatus.WAITING if detail.pending_prerequisites(step_id) else StepStatus.EMPTY
    if latest.outcome is Outcome.PASSED:
        return StepStatus.PASSED
    if latest.outcome is Outcome.NOT_EVALUATED:
        return StepStatus.NOT_EVALUATED
    return StepStatus.FAILED if step_id in failed_without_deviation(ex) else StepStatus.DEVIATION
