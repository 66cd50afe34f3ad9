"""Checklist executions as stored rows, read back into the domain's record, and written from it.

An execution row never changes; its life is the ordered list of its events. Loading turns the events
into :class:`~aptaskil_desk.domain.signatures.Execution`; storing writes (and audits) exactly the
events a transition appended, each with the ``seq`` the domain gave it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.models import ChecklistEvent, ChecklistExecution, ChecklistTemplateVersion, Equipment, Person
from aptaskil_desk.domain.checklist_template import ChecklistTemplate, Step, StepKind, parse_template
from aptaskil_desk.domain.checklist_workflow import (
    ChecklistPhase,
    Closure,
    Deviation,
    Entry,
    Execution,
    Meaning,
    Outcome,
    State,
    StepView,
    missing_required,
    open_deviations,
)
from aptaskil_desk.domain.signatures import Signature, SignatureProblem, signature_problems
from aptaskil_desk.errors import NotFound, Refused
from aptaskil_desk.services.base import UnitOfWork
from aptaskil_desk.services.checklists import instrument_quantities


@dataclass(frozen=True)
class RunInfo:
    """One execution as listed: what, on what, where it stands."""

    id: str  # the record's UUID
    template_code: str
    template_version: int
    title: str  # in French
    equipment_code: str
    equipment_name: str
    phase: str
    training: bool
    state: State
    started_at: datetime
    started_by: str
    open_deviations: int
    failed_steps: int  # current value failed
    missing_required: int
    changed_after_first_entry: bool
    # A training execution may name the learner who practises (``started_by`` supervises):
    trainee_id: int | None = None
    trainee_name: str | None = None
    trainee_ref: str | None = None  # the learner's external reference, when they have one

    @property
    def trainee(self) -> str | None:
        """The learner who practised, as printed: ``Name (REF)``, or ``Name`` without a reference."""
        if self.trainee_name is None:
            return None
        return f"{self.trainee_name} ({self.trainee_ref})" if self.trainee_ref else self.trainee_name


@dataclass(frozen=True)
class RunDetail:
    """An execution with its template and whole record, and what verification finds wrong."""

    info: RunInfo
    template: ChecklistTemplate
    execution: Execution
    problems: tuple[SignatureProblem, ...]

    def steps(self) -> list[Step]:
        """The template's steps in protocol order."""
        return [step for section in self.template.sections for step in section.steps]

    def step(self, step_id: str) -> Step:
        found = [s for s in self.steps() if s.id == step_id]
        if not found:
            raise NotFound("Unknown step {step} in this checklist.", step=step_id)
        return found[0]

    def pending_prerequisites(self, step_id: str) -> list[str]:
        """The step's prerequisites that have no value yet."""
        return [p for p in self.step(step_id).prerequisites if self.execution.latest(p) is None]

    @staticmethod
    def evidence(entry: Entry) -> dict[str, Any]:
        """What backs a value (an instrument reading, an attachment), or an empty mapping."""
        loaded = json.loads(entry.evidence) if entry.evidence else {}
        return loaded if isinstance(loaded, dict) else {}


@lru_cache(maxsize=64)
def template_of(source: str, origin: str) -> ChecklistTemplate:
    """A stored template's text read again (validated when imported; cached by text)."""
    return parse_template(source.removeprefix("\ufeff"), origin, instruments=instrument_quantities())


def step_views(template: ChecklistTemplate) -> tuple[StepView, ...]:
    return tuple(StepView(s.id, s.required) for section in template.sections for s in section.steps)


def load_row(s: Session, record_id: str, *, lock: bool = False) -> ChecklistExecution:
    stmt = select(ChecklistExecution).where(ChecklistExecution.record_uuid == record_id)
    if lock:
        stmt = stmt.with_for_update()
    row = s.execute(stmt).scalar_one_or_none()
    if row is None:
        raise NotFound("No checklist execution {id}.", id=record_id)
    return row


def load_template(s: Session, row: ChecklistExecution) -> tuple[ChecklistTemplateVersion, ChecklistTemplate]:
    version = s.get_one(ChecklistTemplateVersion, row.template_id)
    return version, template_of(version.source, f"{version.code} v{version.version}")


def execution_of(s: Session, row: ChecklistExecution, template: ChecklistTemplate, equipment_code: str) -> Execution:
    """The domain's record: the execution and every event, in ``seq`` order."""
    version = s.get_one(ChecklistTemplateVersion, row.template_id)
    events = s.execute(
        select(ChecklistEvent).where(ChecklistEvent.execution_id == row.id).order_by(ChecklistEvent.seq)
    ).scalars()
    entries: list[Entry] = []
    deviations: dict[int, Deviation] = {}
    signatures: list[Signature] = []
    for e in events:
        if e.kind == "value":
            entries.append(Entry(e.seq, e.step_id or "", e.version or 0, e.value or "", Outcome(e.outcome or ""),
                                 e.by_id, e.by_name, e.at, e.reason, e.evidence))  # fmt: skip
        elif e.kind == "deviation":
            deviations[e.number or 0] = Deviation(e.seq, e.number or 0, e.step_id or "", e.description or "",
                                                  e.impact or "", e.action or "", e.by_id, e.by_name, e.at)  # fmt: skip
        elif e.kind == "closure" and e.number in deviations:
            closure = Closure(e.seq, e.description or "", e.by_id, e.by_name, e.at)
            d = deviations[e.number]
            deviations[e.number] = Deviation(d.seq, d.number, d.step_id, d.description, d.impact, d.action,
                                             d.by_id, d.by_name, d.at, closure)  # fmt: skip
        elif e.kind == "signature":
            meaning = Meaning(e.meaning or "")
            signatures.append(Signature(e.seq, meaning, e.by_id, e.by_name, e.at, e.hash or "", e.reason))
    return Execution(
        row.record_uuid, version.content_hash, equipment_code, ChecklistPhase(row.phase), row.training,
        step_views(template), tuple(entries), tuple(deviations.values()), tuple(signatures), row.trainee_id,
    )  # fmt: skip


def detail_of(s: Session, row: ChecklistExecution) -> RunDetail:
    version, template = load_template(s, row)
    equipment = s.get_one(Equipment, row.equipment_id)
    ex = execution_of(s, row, template, equipment.code)
    trainee = s.get_one(Person, row.trainee_id) if row.trainee_id is not None else None
    info = RunInfo(
        id=row.record_uuid, template_code=version.code, template_version=version.version, title=version.title,
        equipment_code=equipment.code, equipment_name=equipment.name, phase=row.phase, training=row.training,
        state=ex.state, started_at=row.started_at, started_by=row.started_by,
        open_deviations=len(open_deviations(ex)), failed_steps=len(_failed(ex)),
        missing_required=len(missing_required(ex)), changed_after_first_entry=ex.changed_after_first_entry,
        trainee_id=row.trainee_id, trainee_name=trainee.display_name if trainee else None,
        trainee_ref=trainee.external_ref if trainee else None,
    )  # fmt: skip
    return RunDetail(info, template, ex, signature_problems(ex))


def trainee_of(s: Session, person_id: int, *, training: bool) -> Person:
    """The learner who practises a training execution: refused outside training, for a staff member
    (a person without a learner category) and for a learner no longer active."""
    if not training:
        raise Refused("Only a training execution names a learner who practises: start it in training mode.")
    person = s.get(Person, person_id)
    if person is None:
        raise NotFound("No person with id {id}.", id=person_id)
    if person.category is None:
        raise Refused("{name} is a staff member, not a learner: only a learner practises in training.",
                      name=person.display_name)  # fmt: skip
    if not person.active:
        raise Refused("{name} is no longer active.", name=person.display_name)
    return person


def learner_by_ref(s: Session, ref: str) -> int:
    """The person a learner is named by: their external reference, else their person id (digits)."""
    text = ref.strip()
    found = s.execute(select(Person.id).where(Person.external_ref == text)).scalar_one_or_none()
    if found is None and text.isdigit() and len(text) < 10 and s.get(Person, int(text)) is not None:
        found = int(text)
    if found is None:
        raise NotFound('No learner with reference "{ref}".', ref=text)
    return found


def _failed(ex: Execution) -> list[str]:
    failed = []
    for view in ex.steps:
        latest = ex.latest(view.id)
        if latest is not None and latest.outcome is Outcome.FAILED:
            failed.append(view.id)
    return failed


def store_appended(uow: UnitOfWork, row: ChecklistExecution, before: Execution, after: Execution) -> None:
    """Write and audit the events ``after`` holds that ``before`` did not (one transition's)."""
    known = set(before.seqs())
    common = {"execution_id": row.id, "terminal": uow.actor.terminal, "reason": "", "evidence": ""}
    for entry in after.entries:
        if entry.seq in known:
            continue
        uow.session.add(ChecklistEvent(
            **common | {"reason": entry.reason, "evidence": entry.evidence}, seq=entry.seq, kind="value",
            step_id=entry.step_id, version=entry.version, value=entry.value, outcome=entry.outcome.value,
            by_id=entry.by_id, by_name=entry.by_name, at=entry.at,
        ))  # fmt: skip
        new = {
            "step": entry.step_id,
            "version": entry.version,
            "value": entry.value,
            "outcome": entry.outcome.value,
            "evidence": json.loads(entry.evidence) if entry.evidence else None,
        }
        uow.audit("checklist.value", "checklist_execution", row.record_uuid, new=new,
                  reason=entry.reason or None)  # fmt: skip
    for d in after.deviations:
        if d.seq not in known:
            uow.session.add(ChecklistEvent(
                **common, seq=d.seq, kind="deviation", step_id=d.step_id, number=d.number,
                description=d.description, impact=d.impact, action=d.action, by_id=d.by_id, by_name=d.by_name,
                at=d.at,
            ))  # fmt: skip
            uow.audit("checklist.deviation", "checklist_execution", row.record_uuid, new={
                "number": d.number, "step": d.step_id, "description": d.description, "impact": d.impact,
                "action": d.action})  # fmt: skip
        if d.closure is not None and d.closure.seq not in known:
            c = d.closure
            uow.session.add(ChecklistEvent(
                **common, seq=c.seq, kind="closure", step_id=d.step_id, number=d.number, description=c.resolution,
                by_id=c.by_id, by_name=c.by_name, at=c.at,
            ))  # fmt: skip
            uow.audit("checklist.deviation_closed", "checklist_execution", row.record_uuid,
                      new={"number": d.number, "resolution": c.resolution})  # fmt: skip
    for sig in after.signatures:
        if sig.seq in known:
            continue
        uow.session.add(ChecklistEvent(
            **common | {"reason": sig.reason}, seq=sig.seq, kind="signature", meaning=sig.meaning.value,
            hash=sig.hash, by_id=sig.signer_id, by_name=sig.signer_name, at=sig.at,
        ))  # fmt: skip
        uow.audit("checklist.sign", "checklist_execution", row.record_uuid, new={
            "meaning": sig.meaning.value, "signer": sig.signer_name, "at": sig.at, "hash": sig.hash},
            reason=sig.reason or None)  # fmt: skip
    uow.session.flush()


def is_instrument(step: Step) -> bool:
    return step.kind is StepKind.INSTRUMENT
