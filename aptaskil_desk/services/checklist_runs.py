"""Executing checklists: start, enter values (typed, attached or read live), deviations, e-signatures.

Rules (the workflow's own are in ``domain/checklist_workflow.py``):
1. A checklist starts from the latest version of a template QA has approved, on an equipment of the
   template's type, by a named staff member who may execute checklists; the IQ → OQ → PQ order is
   checked against the equipment's qualified phases (not for training). A training execution may name
   the learner who practises (an active learner, fixed at the start, covered by every signature).
2. A value is judged against its step as entered: a value that cannot be judged (not a number, a
   unit that does not convert, an unknown option, a refused file type) is refused and nothing is
   stored. A step waits for its prerequisites to have a value.
3. An instrument step takes a live, stable reading from a registered instrument of the step's
   driver, whose calibration is not overdue; the reading is stored (with its raw bytes) in the same
   transaction, and the value's evidence names the instrument, its reported identity, its
   calibration due date, the reading's UUID and its raw reply.
4. An attachment is stored once by its SHA-256; the value is its file name, the evidence its hash.
5. Signing checks the signer's password first (a wrong one counts towards the lock-out) and then, in
   one transaction with the execution locked, applies the workflow's rule for that meaning. Two
   people signing the same execution at the same instant: one signs, the other is refused.
6. An approved IQ, OQ or PQ (not training) adds a passed qualification entry to the equipment's
   logbook and marks the phase qualified, in the approval's transaction.
7. Every event is audited in its own transaction; nothing is ever changed or removed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.clock import Clock, local
from aptaskil_desk.db.audit import canonical
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.models import (
    ChecklistAttachment,
    ChecklistExecution,
    ChecklistTemplateVersion,
    Equipment,
    Instrument,
    Person,
)
from aptaskil_desk.domain import checklist_workflow as flow
from aptaskil_desk.domain.checklist_template import REASON_TEXTS, Step, StepKind, evaluate
from aptaskil_desk.domain.exercises import Verdict
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.domain.signatures import SignatureProblem
from aptaskil_desk.errors import InvalidInput, NotFound, PermissionDenied, Refused
from aptaskil_desk.instruments.reading import Reading
from aptaskil_desk.services.accounts import AccountService
from aptaskil_desk.services.base import Actor, Service, UnitOfWork
from aptaskil_desk.services.checklist_rows import (
    RunDetail,
    RunInfo,
    detail_of,
    learner_by_ref,
    load_row,
    step_views,
    store_appended,
    template_of,
    trainee_of,
)
from aptaskil_desk.services.equipment_rows import append_entry, load_equipment, phases
from aptaskil_desk.services.equipment_state import apply_recorded
from aptaskil_desk.services.instrument_rows import calibration_problem, load_instrument
from aptaskil_desk.services.instruments import refuse_unusable, store_reading

#: Largest attachment accepted (a phone photo, a scanned certificate).
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentFile:
    """A file or photo for an attachment step."""

    name: str
    content: bytes


@dataclass(frozen=True)
class LiveReading:
    """A reading just taken from a registered instrument, for an instrument step."""

    instrument: str  # asset code
    reading: Reading
    reading_uuid: str


@dataclass(frozen=True)
class DeviationInput:
    step_id: str
    description: str
    impact: str
    action: str


Answer = bool | int | Decimal | str | AttachmentFile | LiveReading
#: One change to a loaded execution, made in the caller's transaction: returns the new record.
_Change = Callable[[UnitOfWork, RunDetail, flow.Participant], flow.Execution]


class ChecklistRunService(Service):
    """Executions of checklist templates, from start to approval."""

    def __init__(self, db: Database, clock: Clock, accounts: AccountService) -> None:
        super().__init__(db, clock)
        self._accounts = accounts

    # --- reading ---------------------------------------------------------------------------------

    def run(self, record_id: str) -> RunDetail:
        return self._read(lambda s: detail_of(s, load_row(s, record_id)))

    def runs(self, *, equipment: str | None = None) -> list[RunInfo]:
        """Executions, newest first (of one equipment's, with ``equipment``)."""

        def work(s: Session) -> list[RunInfo]:
            stmt = select(ChecklistExecution).order_by(ChecklistExecution.started_at.desc(), ChecklistExecution.id)
            if equipment is not None:
                stmt = stmt.where(ChecklistExecution.equipment_id == load_equipment(s, equipment).id)
            return [detail_of(s, row).info for row in s.execute(stmt).scalars()]

        return self._read(work)

    def attachment(self, sha256: str) -> AttachmentFile:
        def work(s: Session) -> AttachmentFile:
            row = s.get(ChecklistAttachment, sha256)
            if row is None:
                raise NotFound("No attachment {sha256}.", sha256=sha256)
            return AttachmentFile(row.name, row.content)

        return self._read(work)

    def learner(self, ref: str) -> int:
        """The person id of the learner named by external reference or id, checked as a trainee (rule 1)."""
        return self._read(lambda s: trainee_of(s, learner_by_ref(s, ref), training=True).id)

    def signature_problems(self) -> list[tuple[str, SignatureProblem]]:
        """Every execution's signatures that no longer match, and events after an approval."""

        def work(s: Session) -> list[tuple[str, SignatureProblem]]:
            found = []
            for row in s.execute(select(ChecklistExecution).order_by(ChecklistExecution.id)).scalars():
                found += [(row.record_uuid, p) for p in detail_of(s, row).problems]
            return found

        return self._read(work)

    # --- executing -------------------------------------------------------------------------------

    def start(
        self, actor: Actor, template_code: str, equipment_code: str, *, training: bool = False,
        trainee_person_id: int | None = None, record_id: str | None = None,
    ) -> RunDetail:  # fmt: skip
        """Start an execution of the template's latest approved version (rule 1)."""
        return self._write(actor, lambda uow: detail_of(uow.session, _start(
            uow, template_code, equipment_code, training, trainee_person_id, record_id)))  # fmt: skip

    def enter(self, actor: Actor, record_id: str, step_id: str, answer: Answer, *, reason: str = "") -> RunDetail:
        """Record a step's value (rules 2–4); again on the same step: a correction with a reason."""
        if isinstance(answer, LiveReading):
            refuse_unusable(answer.instrument, answer.reading)
        return self._act(actor, record_id, lambda uow, d, by: _entered(uow, d, step_id, answer, by, reason))

    def raise_deviation(self, actor: Actor, record_id: str, deviation: DeviationInput) -> RunDetail:
        return self._act(actor, record_id, lambda uow, d, by: flow.raise_deviation(
            d.execution, deviation.step_id, deviation.description, deviation.impact, deviation.action, by,
            uow.now()))  # fmt: skip

    def close_deviation(self, actor: Actor, record_id: str, number: int, resolution: str) -> RunDetail:
        return self._act(actor, record_id, lambda uow, d, by: flow.close_deviation(
            d.execution, number, resolution, by, uow.now()))  # fmt: skip

    def execute_answers(
        self, actor: Actor, template_code: str, equipment_code: str, answers: Mapping[str, Answer],
        deviations: Sequence[DeviationInput] = (), *, training: bool = False, trainee_person_id: int | None = None,
    ) -> RunDetail:  # fmt: skip
        """Start an execution and enter every answer and deviation, in one transaction (all or nothing)."""
        for answer in answers.values():
            if isinstance(answer, LiveReading):
                refuse_unusable(answer.instrument, answer.reading)

        def work(uow: UnitOfWork) -> RunDetail:
            row = _start(uow, template_code, equipment_code, training, trainee_person_id, None)
            detail = detail_of(uow.session, row)
            by = _participant(uow)
            before = after = detail.execution
            order = [s.id for s in detail.steps()]
            unknown = sorted(set(answers) - set(order))
            if unknown:
                raise NotFound("Unknown step {step} in this checklist.", step=", ".join(unknown))
            for step_id in (s for s in order if s in answers):
                detail = RunDetail(detail.info, detail.template, after, ())
                after = _entered(uow, detail, step_id, answers[step_id], by, "")
            for d in deviations:
                after = flow.raise_deviation(after, d.step_id, d.description, d.impact, d.action, by, uow.now())
            store_appended(uow, row, before, after)
            return detail_of(uow.session, row)

        return self._write(actor, work)

    # --- signing ---------------------------------------------------------------------------------

    def sign(
        self, login: str, password: str, record_id: str, meaning: str, *, terminal: str, reason: str = ""
    ) -> RunDetail:
        """Sign with the password (rule 5); an approval may update the equipment (rule 6)."""
        try:
            wanted = flow.Meaning(meaning)
        except ValueError:
            raise InvalidInput("Unknown signature meaning {meaning}; use executed, reviewed, approved or rejected.",
                               meaning=meaning) from None  # fmt: skip
        signer = self._accounts.authenticate_password(login, password, terminal)
        needed = Permission.EXECUTE_CHECKLISTS if wanted is flow.Meaning.EXECUTED else Permission.REVIEW_CHECKLISTS

        def work(uow: UnitOfWork) -> RunDetail:
            uow.require(needed)
            row = load_row(uow.session, record_id, lock=True)
            detail = detail_of(uow.session, row)
            e = uow.session.get_one(Equipment, row.equipment_id)
            after = flow.sign(detail.execution, wanted, _participant(uow), uow.now(), reason=reason,
                              approved_phases=phases(e.qualified_phases))  # fmt: skip
            store_appended(uow, row, detail.execution, after)
            update = flow.qualification_update(after)
            if update is not None:
                recorded = {"phase": update.phase.value, "result": "pass", "checklist": record_id,
                            "template": f"{detail.info.template_code} v{detail.info.template_version}"}  # fmt: skip
                append_entry(uow, load_equipment(uow.session, e.code, lock=True), "qualification", recorded,
                             uow.actor.person_id)  # fmt: skip
                apply_recorded(uow, e, "qualification", recorded)
            return detail_of(uow.session, row)

        return self._write(signer.actor(terminal), work)

    # --- helpers ---------------------------------------------------------------------------------

    def _act(self, actor: Actor, record_id: str, change: _Change) -> RunDetail:
        def work(uow: UnitOfWork) -> RunDetail:
            uow.require(Permission.EXECUTE_CHECKLISTS)
            row = load_row(uow.session, record_id, lock=True)
            detail = detail_of(uow.session, row)
            store_appended(uow, row, detail.execution, change(uow, detail, _participant(uow)))
            return detail_of(uow.session, row)

        return self._write(actor, work)


def _participant(uow: UnitOfWork) -> flow.Participant:
    """The acting staff member, by printed name, with the roles held now."""
    if uow.actor.person_id is None:
        raise PermissionDenied("Checklists are executed and signed by a named staff member (use --as LOGIN).")
    person = uow.session.get_one(Person, uow.actor.person_id)
    return flow.Participant(person.id, f"{person.given_name} {person.family_name}", frozenset(uow.roles_of_actor()))


def _start(
    uow: UnitOfWork, template_code: str, equipment_code: str, training: bool, trainee_id: int | None,
    record_id: str | None,
) -> ChecklistExecution:  # fmt: skip
    uow.require(Permission.EXECUTE_CHECKLISTS)
    s = uow.session
    by = _participant(uow)
    trainee = trainee_of(s, trainee_id, training=training) if trainee_id is not None else None
    versions = list(s.execute(select(ChecklistTemplateVersion).where(ChecklistTemplateVersion.code == template_code)
                              .order_by(ChecklistTemplateVersion.version.desc())).scalars())  # fmt: skip
    if not versions:
        raise NotFound("No checklist template {code!r}.", code=template_code)
    version = versions[0]
    if version.approved_at is None:
        raise Refused("{code} version {version} is not approved by QA yet: it cannot be executed.",
                      code=version.code, version=version.version)  # fmt: skip
    template = template_of(version.source, f"{version.code} v{version.version}")
    e = load_equipment(s, equipment_code)
    if e.equipment_type.casefold() != template.equipment_type.casefold():
        raise Refused("{code} is for equipment of type {wanted}; {equipment} is of type {actual}.",
                      code=version.code, wanted=template.equipment_type, equipment=e.code,
                      actual=e.equipment_type)  # fmt: skip
    flow.check_may_start(template.phase.value, phases(e.qualified_phases), training=training)
    record_id = record_id or str(uuid.uuid4())
    flow.new_execution(record_id, version.content_hash, e.code, flow.ChecklistPhase(template.phase.value),
                       training, step_views(template))  # fmt: skip
    row = ChecklistExecution(
        record_uuid=record_id, template_id=version.id, equipment_id=e.id, phase=template.phase.value,
        training=training, trainee_id=trainee_id, started_at=uow.now(), started_by_id=by.id, started_by=by.name,
        terminal=uow.actor.terminal,
    )  # fmt: skip
    s.add(row)
    s.flush()
    uow.audit("checklist.start", "checklist_execution", record_id, new={
        "template": version.code, "version": version.version, "content_hash": version.content_hash,
        "equipment": e.code, "phase": template.phase.value, "training": training, "trainee": None if trainee is None
        else {"id": trainee.id, "name": trainee.display_name, "external_ref": trainee.external_ref}})  # fmt: skip
    return row


def _entered(
    uow: UnitOfWork, detail: RunDetail, step_id: str, answer: Answer, by: flow.Participant, reason: str
) -> flow.Execution:
    """The record with this step's value, judged (rules 2–4); what backs it stored on the way."""
    step = detail.step(step_id)
    waiting = detail.pending_prerequisites(step_id)
    if waiting:
        raise Refused("Step {step} waits for {steps}.", step=step_id, steps=", ".join(waiting))
    value, outcome, evidence = _judged(uow, step, answer)
    return flow.enter_value(detail.execution, step_id, value, outcome, by, uow.now(), reason, evidence)


def _judged(uow: UnitOfWork, step: Step, answer: Answer) -> tuple[str, flow.Outcome, str]:
    """(value as recorded, outcome, evidence JSON) for an answer to ``step``, or InvalidInput/Refused."""
    if step.kind is StepKind.INSTRUMENT:
        if not isinstance(answer, LiveReading):
            raise InvalidInput("Step {step} takes a reading from an instrument, not a typed value.", step=step.id)
        return _reading_value(uow, step, answer)
    if isinstance(answer, LiveReading):
        raise InvalidInput("Step {step} does not take an instrument reading.", step=step.id)
    evidence = ""
    judged: bool | int | Decimal | str = ""
    if step.kind is StepKind.ATTACHMENT:
        if not isinstance(answer, AttachmentFile):
            raise InvalidInput("Step {step} takes a file or a photo.", step=step.id)
        judged = PurePath(answer.name).name
        evidence = _store_attachment(uow, answer)
    elif isinstance(answer, AttachmentFile):
        raise InvalidInput("Step {step} does not take a file.", step=step.id)
    elif step.kind is StepKind.CHECK:
        judged = _yes_no(answer, step.id)
    else:
        judged = answer.strip() if isinstance(answer, str) else answer
    verdict = evaluate(step, judged)
    if verdict.verdict is Verdict.NOT_EVALUABLE:
        assert verdict.reason is not None
        raise InvalidInput(REASON_TEXTS[verdict.reason.code], **verdict.reason.params)
    if isinstance(judged, bool):
        return ("yes" if judged else "no"), _outcome(step, verdict.verdict), evidence
    value = str(verdict.value) if verdict.value is not None else str(judged)
    return value, _outcome(step, verdict.verdict), evidence


def _outcome(step: Step, verdict: Verdict) -> flow.Outcome:
    no_criterion = step.kind in (StepKind.TEXT, StepKind.ATTACHMENT) or (
        step.kind is StepKind.NUMBER and step.acceptance is None
    )
    if no_criterion:
        return flow.Outcome.NOT_EVALUATED
    return flow.Outcome.PASSED if verdict is Verdict.PASS else flow.Outcome.FAILED


def _yes_no(answer: Answer, step_id: str) -> bool:
    if isinstance(answer, bool):
        return answer
    text = str(answer).strip().casefold()
    if text in ("yes", "true", "oui", "ja", "1"):
        return True
    if text in ("no", "false", "non", "nee", "0"):
        return False
    raise InvalidInput("Step {step} is answered yes or no, not {value!r}.", step=step_id, value=str(answer))


def _reading_value(uow: UnitOfWork, step: Step, live: LiveReading) -> tuple[str, flow.Outcome, str]:
    s = uow.session
    i: Instrument = load_instrument(s, live.instrument)
    if i.driver != step.driver:
        raise Refused("Step {step} reads a {driver} instrument; {code} is a {actual}.", step=step.id,
                      driver=step.driver or "", code=i.asset_code, actual=i.driver)  # fmt: skip
    problem = calibration_problem(i.calibration_due, local(uow.now()).date())
    if problem is not None:
        raise Refused("{code} is not calibrated (due {due}): its readings cannot serve as evidence. "
                      "Nothing was stored.", code=i.asset_code,
                      due=i.calibration_due.isoformat() if i.calibration_due else "—")  # fmt: skip
    assert live.reading.value is not None
    verdict = evaluate(step, live.reading.value, unit=live.reading.unit)
    if verdict.verdict is Verdict.NOT_EVALUABLE:
        assert verdict.reason is not None
        raise InvalidInput(REASON_TEXTS[verdict.reason.code], **verdict.reason.params)
    row, _ = store_reading(uow, i.asset_code, live.reading, live.reading_uuid)
    evidence = canonical({
        "instrument": i.asset_code, "name": i.name, "driver": i.driver, "serial_number": i.serial_number,
        "calibration_due": i.calibration_due, "reading_uuid": row.reading_uuid, "reading": row.value,
        "unit": row.unit, "status": row.status, "read_at": live.reading.at, "raw_hex": row.raw_hex,
        "identity": dataclasses.asdict(live.reading.instrument),
    })  # fmt: skip
    return str(verdict.value), _outcome(step, verdict.verdict), evidence


def _store_attachment(uow: UnitOfWork, file: AttachmentFile) -> str:
    if not file.content:
        raise InvalidInput("{name} is empty.", name=file.name)
    if len(file.content) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput("{name} is larger than {limit} MB.", name=file.name, limit=MAX_ATTACHMENT_BYTES >> 20)
    digest = hashlib.sha256(file.content).hexdigest()
    if uow.session.get(ChecklistAttachment, digest) is None:
        uow.session.add(ChecklistAttachment(sha256=digest, name=PurePath(file.name).name, size=len(file.content),
                                            content=file.content, stored_at=uow.now()))  # fmt: skip
        uow.session.flush()
    return canonical({"sha256": digest, "size": len(file.content), "name": PurePath(file.name).name})
