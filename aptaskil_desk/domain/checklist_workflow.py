"""The life of a checklist execution (IQ/OQ/PQ protocols, routine checks, exercises): pure rules.

The record itself (:class:`~aptaskil_desk.domain.signatures.Execution`, its values, deviations and
signatures) is an immutable value; every transition here returns a new one or raises ``Refused`` (a
rule says no) / ``InvalidInput`` (what was given cannot be used), with the reason in words. The
services load an execution, call a transition, and store what it appended.

Rules:
1. States: in progress → executed → reviewed → approved. A rejection (with a reason) from executed
   or reviewed sends it back to in progress; approved is final and locked.
2. Values are entered only in progress, each attributed to who entered it; entering a step again
   adds a new version with a mandatory reason, the old one stays. Deviations (description, impact,
   action) are raised only in progress, and closed (with a resolution) in any state before approval.
3. Executed: every required step has a value, and every step whose latest value failed has a
   deviation raised since the step last passed (or ever, if it never passed).
4. The *executors* are everyone who entered a value or signed executed, in any round. No executor
   reviews, rejects or approves (the reviewer may be the QA approver).
5. Approved: by QA, with no open deviation, no missing required step, and the qualification order
   kept (rule 6). A reviewed checklist is rejected only by QA.
6. IQ → OQ → PQ: OQ needs IQ approved for the equipment, PQ needs IQ and OQ, both to start and to
   be approved (phases approved by real executions only). Training executions are never held by the
   order and never change the equipment's qualification; routine checks and exercises neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from aptaskil_desk.db.enums import Role
from aptaskil_desk.domain.equipment import Phase
from aptaskil_desk.domain.signatures import (
    ChecklistPhase,
    Closure,
    Deviation,
    Entry,
    Execution,
    Meaning,
    Outcome,
    State,
    StepView,
    append_signature,
)
from aptaskil_desk.errors import InvalidInput, NotFound, PermissionDenied, Refused

__all__ = [  # the record's types are re-exported: services import the whole workflow from here
    "QUALIFICATION_ORDER",
    "ChecklistPhase",
    "Closure",
    "Deviation",
    "Entry",
    "Execution",
    "Meaning",
    "Outcome",
    "Participant",
    "QualificationUpdate",
    "State",
    "StepView",
    "approve",
    "check_may_start",
    "close_deviation",
    "enter_value",
    "execute",
    "failed_without_deviation",
    "missing_required",
    "new_execution",
    "open_deviations",
    "phases_missing",
    "qualification_update",
    "raise_deviation",
    "reject",
    "review",
    "sign",
]

#: Phases in the order they must be approved; each needs every one before it.
QUALIFICATION_ORDER = (Phase.IQ, Phase.OQ, Phase.PQ)


@dataclass(frozen=True)
class Participant:
    """Someone acting on an execution: identity and printed name as recorded, roles as of now."""

    id: int
    name: str
    roles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class QualificationUpdate:
    """What an approval records in the equipment's logbook: this phase passed, by this checklist."""

    equipment: str
    phase: Phase
    record_id: str


def new_execution(
    record_id: str,
    template_hash: str,
    equipment: str,
    phase: ChecklistPhase,
    training: bool,
    steps: Iterable[StepView],
) -> Execution:
    """A fresh execution in progress; the phase order is checked separately (:func:`check_may_start`)."""
    views = tuple(steps)
    if not views:
        raise InvalidInput("A checklist needs at least one step.")
    seen: set[str] = set()
    for view in views:
        if view.id in seen:
            raise InvalidInput("Step {step} appears twice in this checklist.", step=view.id)
        seen.add(view.id)
    return Execution(record_id, template_hash, equipment, ChecklistPhase(phase), training, views)


# --- entering values and deviations --------------------------------------------------------------


def enter_value(
    ex: Execution,
    step_id: str,
    value: str,
    outcome: Outcome,
    by: Participant,
    at: datetime,
    reason: str = "",
    evidence: str = "",
) -> Execution:
    """Record a step's value; a step entered again is a new version that needs a reason (rule 2)."""
    _require_open(ex)
    _require_step(ex, step_id)
    if not value.strip():
        raise InvalidInput("Enter a value for step {step}.", step=step_id)
    previous = ex.latest(step_id)
    if previous is not None and not reason.strip():
        raise InvalidInput("Step {step} already has a value; give the reason for the correction.", step=step_id)
    entry = Entry(
        ex.next_seq,
        step_id,
        previous.version + 1 if previous else 1,
        value,
        Outcome(outcome),
        by.id,
        by.name,
        _aware(at),
        reason.strip(),
        evidence,
    )
    return replace(ex, entries=(*ex.entries, entry))


def raise_deviation(
    ex: Execution, step_id: str, description: str, impact: str, action: str, by: Participant, at: datetime
) -> Execution:
    """Record a deviation on a step: what happened, its impact and the action taken or planned."""
    _require_open(ex)
    _require_step(ex, step_id)
    if not (description.strip() and impact.strip() and action.strip()):
        raise InvalidInput("A deviation needs a description, its impact and the action.")
    deviation = Deviation(
        ex.next_seq,
        len(ex.deviations) + 1,
        step_id,
        description.strip(),
        impact.strip(),
        action.strip(),
        by.id,
        by.name,
        _aware(at),
    )
    return replace(ex, deviations=(*ex.deviations, deviation))


def close_deviation(ex: Execution, number: int, resolution: str, by: Participant, at: datetime) -> Execution:
    """Close a deviation with how it was resolved; possible in any state before approval."""
    _require_not_locked(ex)
    found = [d for d in ex.deviations if d.number == number]
    if not found:
        raise NotFound("Deviation {number} does not exist on this checklist.", number=number)
    if found[0].closure is not None:
        raise Refused("Deviation {number} is already closed.", number=number)
    if not resolution.strip():
        raise InvalidInput("Say how deviation {number} was resolved.", number=number)
    closed = replace(found[0], closure=Closure(ex.next_seq, resolution.strip(), by.id, by.name, _aware(at)))
    return replace(ex, deviations=tuple(closed if d.number == number else d for d in ex.deviations))


def missing_required(ex: Execution) -> tuple[str, ...]:
    """Required steps without any value."""
    return tuple(s.id for s in ex.steps if s.required and ex.latest(s.id) is None)


def failed_without_deviation(ex: Execution) -> tuple[str, ...]:
    """Steps whose current value failed and that have no deviation raised since they last passed."""
    result = []
    for step in ex.steps:
        latest = ex.latest(step.id)
        if latest is None or latest.outcome is not Outcome.FAILED:
            continue
        last_ok = max(
            (e.seq for e in ex.entries if e.step_id == step.id and e.outcome is not Outcome.FAILED), default=0
        )
        if not any(d.step_id == step.id and d.seq > last_ok for d in ex.deviations):
            result.append(step.id)
    return tuple(result)


def open_deviations(ex: Execution) -> tuple[int, ...]:
    return tuple(d.number for d in ex.deviations if d.closure is None)


# --- signing ---------------------------------------------------------------------------------------


def execute(ex: Execution, by: Participant, at: datetime) -> Execution:
    """Sign as executed (rule 3)."""
    if ex.state is not State.IN_PROGRESS:
        _require_not_locked(ex)
        raise Refused("Only a checklist in progress can be signed as executed.")
    _require_complete(ex)
    return _sign(ex, Meaning.EXECUTED, by, at)


def review(ex: Execution, by: Participant, at: datetime) -> Execution:
    """Sign as reviewed: by someone who is not an executor (rule 4)."""
    if ex.state is not State.EXECUTED:
        _require_not_locked(ex)
        raise Refused("Only a checklist signed as executed can be reviewed.")
    _require_independent(ex, by)
    return _sign(ex, Meaning.REVIEWED, by, at)


def approve(ex: Execution, by: Participant, at: datetime, *, approved_phases: Iterable[Phase | str]) -> Execution:
    """Sign as approved (rule 5); ``approved_phases``: the equipment's phases approved so far (rule 6)."""
    if ex.state is not State.REVIEWED:
        _require_not_locked(ex)
        raise Refused("Only a reviewed checklist can be approved.")
    _require_qa(by)
    _require_independent(ex, by)
    _require_complete(ex)
    still_open = open_deviations(ex)
    if still_open:
        raise Refused(
            "Open deviations must be closed before approval: {numbers}.",
            numbers=", ".join(str(n) for n in still_open),
        )
    missing = phases_missing(ex.phase, approved_phases, training=ex.training)
    if missing:
        raise Refused(
            "{phase} cannot be approved before the approval of {missing} for this equipment.",
            phase=ex.phase.value,
            missing=", ".join(missing),
        )
    return _sign(ex, Meaning.APPROVED, by, at)


def reject(ex: Execution, by: Participant, at: datetime, reason: str) -> Execution:
    """Send an executed or reviewed checklist back to in progress, with the reason (rules 1, 5)."""
    if ex.state not in (State.EXECUTED, State.REVIEWED):
        _require_not_locked(ex)
        raise Refused("Only a checklist signed as executed or reviewed can be rejected.")
    if not reason.strip():
        raise InvalidInput("A rejection needs a reason.")
    if ex.state is State.REVIEWED:
        _require_qa(by)
    _require_independent(ex, by)
    return _sign(ex, Meaning.REJECTED, by, at, reason.strip())


def sign(
    ex: Execution,
    meaning: Meaning | str,
    by: Participant,
    at: datetime,
    *,
    reason: str = "",
    approved_phases: Iterable[Phase | str] = (),
) -> Execution:
    """One entry point for ``checklist sign --meaning M``: the transition that meaning names."""
    try:
        wanted = Meaning(meaning)
    except ValueError:
        raise InvalidInput(
            "Unknown signature meaning {meaning}; use executed, reviewed, approved or rejected.", meaning=meaning
        ) from None
    if wanted is Meaning.EXECUTED:
        return execute(ex, by, at)
    if wanted is Meaning.REVIEWED:
        return review(ex, by, at)
    if wanted is Meaning.APPROVED:
        return approve(ex, by, at, approved_phases=approved_phases)
    return reject(ex, by, at, reason)


# --- qualification order ---------------------------------------------------------------------------


def phases_missing(phase: ChecklistPhase | str, approved: Iterable[Phase | str], *, training: bool) -> tuple[str, ...]:
    """The qualification phases that must be approved before ``phase`` may start or be approved."""
    phase = ChecklistPhase(phase)
    if training or phase.value not in {p.value for p in QUALIFICATION_ORDER}:
        return ()
    done = {Phase(p) for p in approved}
    before = QUALIFICATION_ORDER[: QUALIFICATION_ORDER.index(Phase(phase.value))]
    return tuple(p.value for p in before if p not in done)


def check_may_start(phase: ChecklistPhase | str, approved: Iterable[Phase | str], *, training: bool) -> None:
    """Raise ``Refused`` when the IQ → OQ → PQ order forbids starting ``phase`` now (rule 6)."""
    phase = ChecklistPhase(phase)
    missing = phases_missing(phase, approved, training=training)
    if missing:
        raise Refused(
            "{phase} cannot start before the approval of {missing} for this equipment.",
            phase=phase.value,
            missing=", ".join(missing),
        )


def qualification_update(ex: Execution) -> QualificationUpdate | None:
    """What the approval changes in the equipment's qualification; nothing for training, routine
    checks, exercises, or an execution not approved (rule 6)."""
    if ex.training or ex.state is not State.APPROVED or ex.phase.value not in {p.value for p in QUALIFICATION_ORDER}:
        return None
    return QualificationUpdate(ex.equipment, Phase(ex.phase.value), ex.record_id)


# --- helpers ---------------------------------------------------------------------------------------


def _sign(ex: Execution, meaning: Meaning, by: Participant, at: datetime, reason: str = "") -> Execution:
    return append_signature(ex, meaning, by.id, by.name, _aware(at), reason)


def _require_not_locked(ex: Execution) -> None:
    if ex.state is State.APPROVED:
        raise Refused("This checklist is approved and locked; nothing can be changed.")


def _require_open(ex: Execution) -> None:
    _require_not_locked(ex)
    if ex.state is not State.IN_PROGRESS:
        raise Refused("This checklist is signed; it must be rejected back to in progress before anything is entered.")


def _require_step(ex: Execution, step_id: str) -> None:
    if all(s.id != step_id for s in ex.steps):
        raise NotFound("Unknown step {step} in this checklist.", step=step_id)


def _require_complete(ex: Execution) -> None:
    missing = missing_required(ex)
    if missing:
        raise Refused("Mandatory steps without a value: {steps}.", steps=", ".join(missing))
    failed = failed_without_deviation(ex)
    if failed:
        raise Refused("Failed steps without a deviation: {steps}.", steps=", ".join(failed))


def _require_independent(ex: Execution, by: Participant) -> None:
    if by.id in ex.executors:
        raise Refused(
            "{name} entered values or signed this checklist as executed, so cannot review, reject or approve it.",
            name=by.name,
        )


def _require_qa(by: Participant) -> None:
    if Role.QA.value not in by.roles:
        raise PermissionDenied("Only QA may approve a checklist or reject a reviewed one.")


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError("checklist events need timezone-aware times")
    return at
