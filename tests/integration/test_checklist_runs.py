"""Checklist executions through the services, on SQLite and PostgreSQL: start rules, values judged as
entered, live readings from a simulated balance, attachments, deviations, password-checked signatures,
approval updating the equipment, training never doing so, two approvers at once, append-only rows."""

from __future__ import annotations

import dataclasses
import json
import threading
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from aptaskil_desk.app import AppContext, build_context
from aptaskil_desk.clock import FixedClock
from aptaskil_desk.db.models import AuditLog, ChecklistEvent, ChecklistExecution, InstrumentReading, LogbookEntry
from aptaskil_desk.db.verify import verify_chain
from aptaskil_desk.domain.signatures import Outcome, State, signature_problems
from aptaskil_desk.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    NotFound,
    PermissionDenied,
    Refused,
)
from aptaskil_desk.instruments.drivers.mtsics import MtSicsBalance
from aptaskil_desk.instruments.reading import Reading
from aptaskil_desk.instruments.simulated import pty_line, resolved_port
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.services.checklist_rows import RunDetail
from aptaskil_desk.services.checklist_runs import AttachmentFile, DeviationInput, LiveReading
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.settings import Settings
from tests.checklist_setup import PASSWORD, ChecklistWorld, checklist_world

AUT_IQ_TYPED: dict[str, Any] = {
    "manuals": True, "fat_sat": True, "manufacturer_model": "Getinge HS6606", "serial_number": "SN-4711",
    "chamber_volume": "330", "controller_software": "PACS 3500 v4.2", "location": True, "supply_voltage": "398",
    "steam_supply_pressure": "4,5", "feed_water_conductivity": "2.1", "compressed_air": "7", "drain": True,
    "safety_valve": True, "independent_recording": True, "emergency_stops": True, "procedures": True,
}  # fmt: skip
AUT_IQ_FILES = ("declaration_of_conformity", "nameplate_photo", "sensor_certificates")


@pytest.fixture
def world(ctx: AppContext) -> ChecklistWorld:
    return checklist_world(ctx)


def live_weight(clock: FixedClock, port: str = "sim://mt-sics?value=20.0003") -> Reading:
    """A stable weight read now from a simulated MT-SICS balance over a pseudo-terminal."""
    with resolved_port(port) as path:
        balance = MtSicsBalance(Transport(path, pty_line(MtSicsBalance.line)), clock)
        try:
            balance.connect()
            for _ in range(20):
                reading = balance.read_stable()
                if reading.usable:
                    return reading
        finally:
            balance.close()
    raise AssertionError("the simulated balance gave no stable weight")


def fill_aut_iq(world: ChecklistWorld, run_id: str, login: str = "tech1") -> RunDetail:
    runs, actor = world.ctx.checklist_runs, world.actor(login)
    detail = runs.run(run_id)
    for step in detail.steps():
        if step.id in AUT_IQ_FILES:
            answer: Any = AttachmentFile(f"{step.id}.pdf" if step.id != "nameplate_photo" else "plaque.jpg",
                                         f"contents of {step.id}".encode())  # fmt: skip
        else:
            answer = AUT_IQ_TYPED[step.id]
        detail = runs.enter(actor, run_id, step.id, answer)
    return detail


def sign(world: ChecklistWorld, run_id: str, login: str, meaning: str, reason: str = "") -> RunDetail:
    return world.ctx.checklist_runs.sign(login, PASSWORD, run_id, meaning, terminal=world.terminal, reason=reason)


def count(ctx: AppContext, model: Any, *where: Any) -> int:
    with ctx.db.engines.write.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


# --- starting ------------------------------------------------------------------------------------


def test_start_needs_an_approved_template_the_right_type_and_the_qualification_order(ctx: AppContext) -> None:
    world = checklist_world(ctx, approve=False)
    runs, tech = ctx.checklist_runs, world.actor("tech1")
    with pytest.raises(Refused, match="not approved by QA"):
        runs.start(tech, "AUT-IQ", "AUT-01")
    with pytest.raises(PermissionDenied, match="QA"):
        ctx.checklists.approve("tech1", PASSWORD, "AUT-IQ", 1, terminal=world.terminal)
    with pytest.raises(AuthenticationFailed):
        ctx.checklists.approve("qa1", "wrong password", "AUT-IQ", 1, terminal=world.terminal)
    approved = ctx.checklists.approve("qa1", PASSWORD, "AUT-IQ", 1, terminal=world.terminal)
    assert approved.approved_by == "Quentin Qualité" and approved.approved_at == ctx.clock.now()
    with pytest.raises(Refused, match="already approved"):
        ctx.checklists.approve("qa2", PASSWORD, "AUT-IQ", 1, terminal=world.terminal)
    ctx.checklists.approve("qa1", PASSWORD, "AUT-OQ", 1, terminal=world.terminal)
    with pytest.raises(Refused, match="type autoclave"):
        runs.start(tech, "AUT-IQ", "BAL-01")
    with pytest.raises(Refused, match="OQ cannot start before the approval of IQ"):
        runs.start(tech, "AUT-OQ", "AUT-01")
    training = runs.start(tech, "AUT-OQ", "AUT-01", training=True)  # training is never held by the order
    assert training.info.training and training.info.state is State.IN_PROGRESS
    with pytest.raises(PermissionDenied):
        runs.start(world.actor("qa1"), "AUT-IQ", "AUT-01")  # QA reviews and approves, does not execute
    with pytest.raises(PermissionDenied, match="named staff member"):
        runs.start(ctx.system_actor(), "AUT-IQ", "AUT-01")
    with pytest.raises(NotFound):
        runs.start(tech, "NOPE", "AUT-01")


def test_a_training_run_names_the_learner_who_practises_and_only_a_learner(world: ChecklistWorld) -> None:
    """Stored, shown, audited and signed over; refused outside training, for staff, unknown or inactive people."""
    ctx, runs, tech = world.ctx, world.ctx.checklist_runs, world.actor("tech1")
    lina, gone = ctx.people.add_learners(ctx.system_actor(), [NewLearner("Lina", "Janssens", "worker", "Pfizer",
                                         "L-2026-001"), NewLearner("Oscar", "Ancien", "student")])  # fmt: skip
    with ctx.db.engines.write.begin() as conn:
        conn.execute(text("UPDATE person SET active = :no WHERE id = :id"), {"no": False, "id": gone.id})
    staff_id = ctx.accounts.get("instr").person_id
    assert runs.learner("L-2026-001") == lina.id and runs.learner(str(lina.id)) == lina.id
    for ref, error, words in (("L-2099-404", NotFound, "No learner"), (str(staff_id), Refused, "staff member"),
                              (str(gone.id), Refused, "no longer active")):  # fmt: skip
        with pytest.raises(error, match=words):
            runs.learner(ref)
        with pytest.raises(error, match=words):
            runs.start(tech, "AUT-IQ", "AUT-01", training=True, trainee_person_id=runs.learner(ref))
    with pytest.raises(Refused, match="training mode"):
        runs.start(tech, "AUT-IQ", "AUT-01", trainee_person_id=lina.id)
    with pytest.raises(NotFound, match="No person"):
        runs.start(tech, "AUT-IQ", "AUT-01", training=True, trainee_person_id=999_999)
    assert count(ctx, ChecklistExecution) == 0
    detail = runs.start(tech, "AUT-IQ", "AUT-01", training=True, trainee_person_id=lina.id)
    info = runs.runs()[0]
    assert (info.trainee_id, info.trainee_name, info.trainee_ref) == (lina.id, "Lina Janssens", "L-2026-001")
    assert info.trainee == "Lina Janssens (L-2026-001)" and info.started_by == "Amélie Technicienne"
    assert runs.start(tech, "AUT-IQ", "AUT-01", training=True).info.trainee is None  # a staff member's practice
    with ctx.db.engines.write.connect() as conn:
        started = select(AuditLog.new_values).where(AuditLog.action == "checklist.start").order_by(AuditLog.seq)
        audited = json.loads(conn.execute(started).scalars().first() or "{}")
    assert audited["trainee"] == {"id": lina.id, "name": "Lina Janssens", "external_ref": "L-2026-001"}
    fill_aut_iq(world, detail.info.id)
    signed = sign(world, detail.info.id, "tech1", "executed").execution
    assert signed.trainee == lina.id and signature_problems(signed) == ()
    assert [p.code for p in signature_problems(dataclasses.replace(signed, trainee=staff_id))] == ["altered"]
    with pytest.raises(sa_exc.IntegrityError), Session(ctx.db.engines.write) as session:  # the database refuses too
        practised = select(ChecklistExecution).where(ChecklistExecution.trainee_id.is_not(None))
        stored = session.execute(practised).scalar_one()
        names = ("template_id", "equipment_id", "phase", "started_at", "started_by_id", "started_by", "terminal",
                 "trainee_id")  # fmt: skip
        columns = {name: getattr(stored, name) for name in names}
        session.add(ChecklistExecution(**columns, record_uuid=str(uuid.uuid4()), training=False))
        session.commit()


# --- values ----------------------------------------------------------------------------------------


def test_values_are_judged_as_entered_and_bad_ones_store_nothing(world: ChecklistWorld) -> None:
    runs, tech = world.ctx.checklist_runs, world.actor("tech1")
    run_id = runs.start(tech, "AUT-IQ", "AUT-01").info.id
    detail = runs.enter(tech, run_id, "supply_voltage", "398")
    assert detail.execution.latest("supply_voltage").outcome is Outcome.PASSED  # type: ignore[union-attr]
    detail = runs.enter(tech, run_id, "steam_supply_pressure", "6,5")  # above 6.0 bar
    latest = detail.execution.latest("steam_supply_pressure")
    assert latest is not None and latest.outcome is Outcome.FAILED and latest.value == "6.5"
    assert detail.info.failed_steps == 1
    detail = runs.enter(tech, run_id, "manufacturer_model", "Getinge")
    assert detail.execution.latest("manufacturer_model").outcome is Outcome.NOT_EVALUATED  # type: ignore[union-attr]
    before = count(world.ctx, ChecklistEvent)
    for step, bad in (("supply_voltage", "four hundred"), ("manuals", "perhaps"), ("nope", "1")):
        with pytest.raises((InvalidInput, NotFound)):
            runs.enter(tech, run_id, step, bad)
    with pytest.raises(InvalidInput, match="reason"):
        runs.enter(tech, run_id, "supply_voltage", "401")  # a correction needs its reason
    with pytest.raises(Refused, match="waits for"):
        runs.enter(tech, run_id, "nameplate_photo", AttachmentFile("p.jpg", b"jpeg"))  # prerequisites first
    with pytest.raises(InvalidInput):
        runs.enter(tech, run_id, "declaration_of_conformity", "typed instead of a file")
    assert count(world.ctx, ChecklistEvent) == before
    detail = runs.enter(tech, run_id, "supply_voltage", "401", reason="misread the display")
    versions = [e for e in detail.execution.entries if e.step_id == "supply_voltage"]
    assert [(e.version, e.value, e.reason) for e in versions] == [(1, "398", ""), (2, "401", "misread the display")]
    assert detail.info.changed_after_first_entry
    assert detail.execution.latest("supply_voltage").by_name == "Amélie Technicienne"  # type: ignore[union-attr]


def test_attachment_is_stored_once_by_its_hash(world: ChecklistWorld) -> None:
    runs, tech = world.ctx.checklist_runs, world.actor("tech1")
    run_id = runs.start(tech, "AUT-IQ", "AUT-01").info.id
    content = b"%PDF-1.4 declaration"
    detail = runs.enter(tech, run_id, "declaration_of_conformity", AttachmentFile("/tmp/dir/DoC.pdf", content))
    entry = detail.execution.latest("declaration_of_conformity")
    assert entry is not None and entry.value == "DoC.pdf"
    evidence = detail.evidence(entry)
    assert evidence["size"] == len(content)
    assert runs.attachment(evidence["sha256"]) == AttachmentFile("DoC.pdf", content)
    with pytest.raises(InvalidInput):
        runs.enter(tech, run_id, "sensor_certificates", AttachmentFile("empty.pdf", b""))


def test_instrument_step_takes_a_live_reading_with_its_evidence_and_refuses_an_overdue_instrument(
    world: ChecklistWorld, clock: FixedClock
) -> None:
    ctx = world.ctx
    runs, tech = ctx.checklist_runs, world.actor("tech1")
    run_id = runs.start(tech, "BAL-USP41", "BAL-01").info.id
    for step, answer in (("level", True), ("clean", True), ("warm_up", True), ("internal_adjustment", True),
                         ("test_weights", "E2 20 g, certificate 2026-118")):  # fmt: skip
        runs.enter(tech, run_id, step, answer)
    with pytest.raises(InvalidInput, match="reading from an instrument"):
        runs.enter(tech, run_id, "weighing_01", "20.0001")
    reading = live_weight(clock)
    with pytest.raises(Refused, match="not calibrated"):
        runs.enter(tech, run_id, "weighing_01", LiveReading("BAL-02", reading, str(uuid.uuid4())))
    assert count(ctx, InstrumentReading) == 0
    detail = runs.enter(tech, run_id, "weighing_01", LiveReading("BAL-01", reading, str(uuid.uuid4())))
    entry = detail.execution.latest("weighing_01")
    assert entry is not None and entry.outcome is Outcome.PASSED and Decimal(entry.value) == reading.value
    evidence = detail.evidence(entry)
    assert evidence["instrument"] == "BAL-01" and evidence["serial_number"] == "B021002593"
    assert bytes.fromhex(evidence["raw_hex"]) == reading.raw and evidence["identity"]["serial_number"]
    assert count(ctx, InstrumentReading, InstrumentReading.reading_uuid == evidence["reading_uuid"]) == 1
    heavy = live_weight(clock, "sim://mt-sics?value=20.0500")
    detail = runs.enter(tech, run_id, "weighing_02", LiveReading("BAL-01", heavy, str(uuid.uuid4())))
    assert detail.execution.latest("weighing_02").outcome is Outcome.FAILED  # type: ignore[union-attr]


# --- signing ---------------------------------------------------------------------------------------


def test_the_whole_workflow_and_approval_qualifies_the_equipment(world: ChecklistWorld) -> None:
    ctx = world.ctx
    runs, tech = ctx.checklist_runs, world.actor("tech1")
    run_id = runs.start(tech, "AUT-IQ", "AUT-01").info.id
    fill_aut_iq(world, run_id)
    runs.enter(tech, run_id, "compressed_air", "5,2", reason="re-measured at the inlet")  # fails: min 6.0
    with pytest.raises(Refused, match="without a deviation"):
        sign(world, run_id, "tech1", "executed")
    runs.raise_deviation(tech, run_id, DeviationInput("compressed_air", "5.2 bar at the inlet", "Door seals may "
                         "not close", "Regulator replaced, re-measure"))  # fmt: skip
    with pytest.raises(AuthenticationFailed):
        ctx.checklist_runs.sign("tech1", "not the password", run_id, "executed", terminal=world.terminal)
    assert runs.run(run_id).info.state is State.IN_PROGRESS
    assert sign(world, run_id, "tech1", "executed").info.state is State.EXECUTED
    with pytest.raises(Refused, match="cannot review"):
        sign(world, run_id, "tech1", "reviewed")
    with pytest.raises(Refused):
        runs.enter(tech, run_id, "drain", False, reason="changed my mind")  # signed: nothing more is entered
    assert sign(world, run_id, "tech2", "reviewed").info.state is State.REVIEWED
    with pytest.raises(Refused, match="Open deviations"):
        sign(world, run_id, "qa1", "approved")
    with pytest.raises(PermissionDenied):
        sign(world, run_id, "tech2", "approved")
    runs.close_deviation(world.actor("tech2"), run_id, 1, "Regulator replaced; 7.0 bar measured")
    assert ctx.equipment.get("AUT-01").qualified_phases == ()
    detail = sign(world, run_id, "qa1", "approved")
    assert detail.info.state is State.APPROVED and detail.problems == ()
    assert [(s.meaning.value, s.signer_name) for s in detail.execution.signatures] == [
        ("executed", "Amélie Technicienne"),
        ("reviewed", "Bruno Technicien"),
        ("approved", "Quentin Qualité"),
    ]
    assert ctx.equipment.get("AUT-01").qualified_phases == ("IQ",)
    assert count(ctx, LogbookEntry, LogbookEntry.kind == "qualification") == 1
    with pytest.raises(Refused, match="locked"):
        runs.close_deviation(tech, run_id, 1, "again")
    with pytest.raises(Refused, match="locked"):
        sign(world, run_id, "qa2", "rejected", "too late")
    oq = runs.start(tech, "AUT-OQ", "AUT-01")  # the order now allows OQ
    assert oq.info.phase == "OQ"
    actions = {a for (a,) in ctx.db.engines.write.connect().execute(select(AuditLog.action)).all()}
    assert {"checklist.start", "checklist.value", "checklist.deviation", "checklist.deviation_closed",
            "checklist.sign", "logbook.qualification", "checklist_template.approve"} <= actions  # fmt: skip
    with ctx.db.engines.read.connect() as conn, conn.begin():
        assert verify_chain(Session(bind=conn)).ok


def test_rejection_goes_back_to_in_progress_and_training_never_qualifies(world: ChecklistWorld) -> None:
    ctx = world.ctx
    runs, tech = ctx.checklist_runs, world.actor("tech1")
    run_id = runs.start(tech, "AUT-IQ", "AUT-01", training=True).info.id
    fill_aut_iq(world, run_id)
    sign(world, run_id, "tech1", "executed")
    with pytest.raises(InvalidInput, match="reason"):
        sign(world, run_id, "tech2", "rejected")
    detail = sign(world, run_id, "tech2", "rejected", "Photo of the nameplate unreadable")
    assert detail.info.state is State.IN_PROGRESS and detail.execution.signatures[-1].reason
    runs.enter(tech, run_id, "nameplate_photo", AttachmentFile("plaque2.jpg", b"sharper"), reason="new photo")
    sign(world, run_id, "tech1", "executed")
    sign(world, run_id, "tech2", "reviewed")
    assert sign(world, run_id, "qa1", "approved").info.state is State.APPROVED
    assert ctx.equipment.get("AUT-01").qualified_phases == ()  # training changes nothing
    assert count(ctx, LogbookEntry, LogbookEntry.kind == "qualification") == 0


def _other_context(settings: Settings, clock: FixedClock, terminal: str) -> AppContext:
    return build_context(dataclasses.replace(settings, terminal=terminal), clock=clock, hasher=fast_hasher())


@pytest.fixture
def two_terminals(world: ChecklistWorld, settings: Settings, clock: FixedClock) -> Iterator[list[AppContext]]:
    contexts = [_other_context(settings, clock, f"QA-TERM-{n}") for n in (1, 2)]
    yield contexts
    for c in contexts:
        c.close()


def _approve_at_once(terminals: list[AppContext], run_id: str) -> dict[str, str]:
    """qa1 and qa2 sign the approval from two terminals, released together: what each got."""
    barrier = threading.Barrier(len(terminals))
    outcomes: dict[str, str] = {}

    def approve(terminal_ctx: AppContext, login: str) -> None:
        barrier.wait()
        try:
            terminal_ctx.checklist_runs.sign(login, PASSWORD, run_id, "approved", terminal=terminal_ctx.terminal)
            outcomes[login] = "signed"
        except (Refused, Conflict) as error:
            outcomes[login] = type(error).__name__

    pairs = zip(terminals, ("qa1", "qa2"), strict=True)
    threads = [threading.Thread(target=approve, args=pair) for pair in pairs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return outcomes


def test_two_approvers_at_the_same_instant_one_wins(world: ChecklistWorld, two_terminals: list[AppContext]) -> None:
    ctx = world.ctx
    for attempt in range(3):
        run_id = ctx.checklist_runs.start(world.actor("tech1"), "AUT-IQ", "AUT-01", training=True).info.id
        fill_aut_iq(world, run_id)
        sign(world, run_id, "tech1", "executed")
        sign(world, run_id, "tech2", "reviewed")
        outcomes = _approve_at_once(two_terminals, run_id)
        assert sorted(outcomes.values()) in (["Refused", "signed"], ["Conflict", "signed"]), (attempt, outcomes)
        detail = ctx.checklist_runs.run(run_id)
        approvals = [s for s in detail.execution.signatures if s.meaning.value == "approved"]
        assert len(approvals) == 1 and detail.problems == ()


# --- records ---------------------------------------------------------------------------------------


def test_events_and_executions_refuse_update_and_delete(world: ChecklistWorld) -> None:
    ctx = world.ctx
    run_id = ctx.checklist_runs.start(world.actor("tech1"), "AUT-IQ", "AUT-01").info.id
    ctx.checklist_runs.enter(world.actor("tech1"), run_id, "manuals", True)
    ctx.checklist_runs.enter(world.actor("tech1"), run_id, "declaration_of_conformity", AttachmentFile("d.pdf", b"x"))
    statements = (
        "UPDATE checklist_event SET value = 'no'", "DELETE FROM checklist_event",
        "UPDATE checklist_execution SET training = NOT training", "DELETE FROM checklist_execution",
        "UPDATE checklist_attachment SET name = 'other'", "DELETE FROM checklist_attachment",
    )  # fmt: skip
    for statement in statements:
        with pytest.raises(sa_exc.DBAPIError), ctx.db.engines.write.begin() as conn:
            conn.execute(text(statement))
    assert ctx.checklist_runs.run(run_id).execution.latest("manuals").value == "yes"  # type: ignore[union-attr]


def test_an_edit_after_signing_is_found(world: ChecklistWorld) -> None:
    ctx = world.ctx
    run_id = ctx.checklist_runs.start(world.actor("tech1"), "AUT-IQ", "AUT-01").info.id
    fill_aut_iq(world, run_id)
    sign(world, run_id, "tech1", "executed")
    assert ctx.checklist_runs.signature_problems() == []
    with ctx.db.engines.write.begin() as conn:
        if ctx.db.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER checklist_event_no_update"))
        else:
            conn.execute(text("ALTER TABLE checklist_event DISABLE TRIGGER checklist_event_append_only"))
        conn.execute(text("UPDATE checklist_event SET value = '6.0' WHERE step_id = 'compressed_air'"))
    problems = ctx.checklist_runs.signature_problems()
    assert [(r, p.code) for r, p in problems] == [(run_id, "altered")]
    assert ctx.checklist_runs.run(run_id).problems[0].code == "altered"
