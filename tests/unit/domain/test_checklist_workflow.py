"""Checklist execution workflow and electronic signatures (pure): each rule, then a state machine."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from aptaskil_desk.domain import checklist_workflow as wf
from aptaskil_desk.domain.checklist_workflow import Participant
from aptaskil_desk.domain.equipment import Phase
from aptaskil_desk.domain.signatures import (
    ChecklistPhase,
    Execution,
    Meaning,
    Outcome,
    Signature,
    State,
    StepView,
    signature_hash,
    signature_problems,
    signed_content,
    verify_signature,
)
from aptaskil_desk.errors import AptaskilError, InvalidInput, NotFound, PermissionDenied, Refused
from aptaskil_desk.i18n import Translator

T0 = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # the night Brussels moves to summer time
STEPS = (StepView("temp", True), StepView("door", True), StepView("note", False))
ELODIE = Participant(1, "Élodie Van den Bossche-Leclercq", frozenset({"technician"}))
LUKASZ = Participant(2, "Łukasz Wiśniewski", frozenset({"technician"}))
SUKRU = Participant(3, "Şükrü Yılmaz", frozenset({"instructor"}))
ZOE = Participant(4, "Zoë Ødegård", frozenset({"qa"}))
ANH = Participant(5, "Nguyễn Thị Ánh", frozenset({"qa", "technician"}))


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def fresh(phase: ChecklistPhase = ChecklistPhase.IQ, training: bool = False, record: str = "CHK-1") -> Execution:
    return wf.new_execution(record, "a" * 64, "AUTOCLAVE-01", phase, training, STEPS)


def filled(ex: Execution | None = None, who: Participant = ELODIE) -> Execution:
    """The execution with a passing value in each required step that has none yet."""
    ex = ex or fresh()
    for step, value in (("temp", "121.3"), ("door", "yes")):
        if ex.latest(step) is None:
            ex = wf.enter_value(ex, step, value, Outcome.PASSED, who, at(2))
    return ex


def reviewed(ex: Execution | None = None) -> Execution:
    return wf.review(wf.execute(filled(ex), ELODIE, at(3)), SUKRU, at(4))


def message(error: pytest.ExceptionInfo[AptaskilError]) -> str:
    return str(error.value)


# --- the happy path and the states ---------------------------------------------------------------


def test_in_progress_executed_reviewed_approved_then_the_equipment_is_qualified() -> None:
    """Two executors, a reviewer, QA: the states follow and the approval qualifies the equipment for IQ."""
    ex = wf.enter_value(fresh(), "temp", "121.3", Outcome.PASSED, ELODIE, at(1))
    ex = wf.enter_value(ex, "door", "yes", Outcome.PASSED, LUKASZ, at(2))
    assert ex.state is State.IN_PROGRESS and [e.by_name for e in ex.entries] == [ELODIE.name, LUKASZ.name]
    ex = wf.execute(ex, LUKASZ, at(3))
    assert ex.state is State.EXECUTED
    ex = wf.review(ex, SUKRU, at(4))
    assert ex.state is State.REVIEWED
    ex = wf.approve(ex, ZOE, at(5), approved_phases=())
    assert ex.state is State.APPROVED
    assert [s.meaning for s in ex.signatures] == [Meaning.EXECUTED, Meaning.REVIEWED, Meaning.APPROVED]
    assert wf.qualification_update(ex) == wf.QualificationUpdate("AUTOCLAVE-01", Phase.IQ, "CHK-1")
    assert signature_problems(ex) == ()


def test_transitions_return_new_values_and_leave_the_old_one_alone() -> None:
    """Immutability: a transition never changes the execution it was given."""
    ex = fresh()
    after = wf.enter_value(ex, "temp", "121.3", Outcome.PASSED, ELODIE, at(1))
    assert ex.entries == () and len(after.entries) == 1


def test_a_new_execution_needs_distinct_steps() -> None:
    """No steps, or a step id used twice, is refused."""
    with pytest.raises(InvalidInput):
        wf.new_execution("R", "h", "E", ChecklistPhase.IQ, False, [])
    with pytest.raises(InvalidInput) as error:
        wf.new_execution("R", "h", "E", ChecklistPhase.IQ, False, [StepView("a", True), StepView("a", False)])
    assert "a" in message(error)


# --- values --------------------------------------------------------------------------------------


def test_entering_again_adds_a_version_with_a_reason_and_keeps_the_first() -> None:
    """A correction before signing is a new version with its reason; nothing is overwritten."""
    ex = wf.enter_value(fresh(), "temp", "12.13", Outcome.FAILED, ELODIE, at(1))
    assert not ex.changed_after_first_entry
    with pytest.raises(InvalidInput) as error:
        wf.enter_value(ex, "temp", "121.3", Outcome.PASSED, LUKASZ, at(2))
    assert "reason" in message(error)
    ex = wf.enter_value(ex, "temp", "121.3", Outcome.PASSED, LUKASZ, at(2), reason="decimal point misplaced")
    assert [(e.version, e.value, e.by_id) for e in ex.entries] == [(1, "12.13", 1), (2, "121.3", 2)]
    latest = ex.latest("temp")
    assert latest is not None and latest.version == 2 and latest.reason == "decimal point misplaced"
    assert ex.changed_after_first_entry and ex.executors == {1, 2}


def test_bad_values_are_refused() -> None:
    """An unknown step, a blank value or a naive time changes nothing."""
    with pytest.raises(NotFound):
        wf.enter_value(fresh(), "pressure", "2.1", Outcome.PASSED, ELODIE, at(1))
    with pytest.raises(InvalidInput):
        wf.enter_value(fresh(), "temp", "  ", Outcome.PASSED, ELODIE, at(1))
    with pytest.raises(ValueError):
        wf.enter_value(fresh(), "temp", "121", Outcome.PASSED, ELODIE, datetime(2026, 1, 1))


def test_no_value_after_executed_until_rejected() -> None:
    """A signed checklist takes no value; rejected back to in progress, it takes a new version."""
    ex = wf.execute(filled(), ELODIE, at(3))
    with pytest.raises(Refused) as error:
        wf.enter_value(ex, "note", "ok", Outcome.NOT_EVALUATED, ELODIE, at(4))
    assert "rejected" in message(error)
    with pytest.raises(Refused):
        wf.raise_deviation(ex, "temp", "d", "i", "a", ELODIE, at(4))
    ex = wf.reject(ex, SUKRU, at(4), "door seal not photographed")
    assert ex.state is State.IN_PROGRESS and ex.signatures[-1].reason == "door seal not photographed"
    ex = wf.enter_value(ex, "door", "yes, photo 12", Outcome.PASSED, ELODIE, at(5), reason="photo added")
    assert [e.version for e in ex.entries if e.step_id == "door"] == [1, 2]


# --- mandatory steps and deviations --------------------------------------------------------------


def test_a_missing_mandatory_step_blocks_execution_and_an_optional_one_does_not() -> None:
    """Required steps really block; the message names them. The optional note may stay empty."""
    ex = wf.enter_value(fresh(), "temp", "121.3", Outcome.PASSED, ELODIE, at(1))
    with pytest.raises(Refused) as error:
        wf.execute(ex, ELODIE, at(2))
    assert "door" in message(error) and "note" not in message(error)
    assert wf.missing_required(ex) == ("door",)
    assert wf.execute(filled(), ELODIE, at(3)).state is State.EXECUTED


def test_a_failed_step_needs_a_deviation_raised_since_it_last_passed() -> None:
    """A failure without deviation blocks; a deviation unblocks; one from before a later pass covers no new failure."""
    ex = wf.enter_value(filled(), "temp", "118.0", Outcome.FAILED, ELODIE, at(3), reason="second reading")
    with pytest.raises(Refused) as error:
        wf.execute(ex, ELODIE, at(4))
    assert "temp" in message(error)
    ex = wf.raise_deviation(ex, "temp", "Below 121 °C", "Cycle invalid", "Repeat after service", ELODIE, at(4))
    assert wf.failed_without_deviation(ex) == ()
    ex = wf.enter_value(ex, "temp", "121.2", Outcome.PASSED, ELODIE, at(5), reason="repeated")
    ex = wf.enter_value(ex, "temp", "117.9", Outcome.FAILED, ELODIE, at(6), reason="third cycle")
    assert wf.failed_without_deviation(ex) == ("temp",)


def test_deviation_fields_and_closure_are_checked() -> None:
    """Description, impact and action are all needed; a closure needs a resolution, once, on a known deviation."""
    ex = fresh()
    for fields in (("", "i", "a"), ("d", " ", "a"), ("d", "i", "")):
        with pytest.raises(InvalidInput):
            wf.raise_deviation(ex, "temp", *fields, ELODIE, at(1))
    with pytest.raises(NotFound):
        wf.raise_deviation(ex, "nope", "d", "i", "a", ELODIE, at(1))
    ex = wf.raise_deviation(ex, "temp", "d", "i", "a", ELODIE, at(1))
    assert wf.open_deviations(ex) == (1,)
    with pytest.raises(NotFound):
        wf.close_deviation(ex, 2, "done", ZOE, at(2))
    with pytest.raises(InvalidInput):
        wf.close_deviation(ex, 1, " ", ZOE, at(2))
    ex = wf.close_deviation(ex, 1, "probe replaced", ZOE, at(2))
    assert wf.open_deviations(ex) == ()
    with pytest.raises(Refused):
        wf.close_deviation(ex, 1, "again", ZOE, at(3))


def test_an_open_deviation_blocks_approval_until_closed() -> None:
    """Approval is refused with an open deviation; QA may close it after review and then approve."""
    ex = wf.enter_value(fresh(), "temp", "118.0", Outcome.FAILED, ELODIE, at(1))
    ex = wf.raise_deviation(ex, "temp", "Below 121 °C", "None: IQ only", "Note", ELODIE, at(2))
    ex = reviewed(ex)
    with pytest.raises(Refused) as error:
        wf.approve(ex, ZOE, at(5), approved_phases=())
    assert "1" in message(error)
    ex = wf.close_deviation(ex, 1, "accepted by QA", ZOE, at(5))
    assert wf.approve(ex, ZOE, at(6), approved_phases=()).state is State.APPROVED


# --- who signs -----------------------------------------------------------------------------------


def test_no_executor_reviews() -> None:
    """Whoever entered a value or signed executed cannot review; someone else can."""
    ex = wf.enter_value(fresh(), "temp", "121.3", Outcome.PASSED, ELODIE, at(1))
    ex = wf.enter_value(ex, "door", "yes", Outcome.PASSED, LUKASZ, at(2))
    ex = wf.execute(ex, SUKRU, at(3))  # signs without having entered a value
    for executor in (ELODIE, LUKASZ, SUKRU):
        with pytest.raises(Refused) as error:
            wf.review(ex, executor, at(4))
        assert executor.name in message(error)
    assert wf.review(ex, ZOE, at(4)).state is State.REVIEWED


def test_an_executor_from_an_earlier_round_still_cannot_review() -> None:
    """After a rejection the people of the first round remain executors."""
    ex = wf.reject(wf.execute(filled(), LUKASZ, at(3)), SUKRU, at(4), "redo")
    ex = wf.execute(ex, SUKRU, at(5))
    with pytest.raises(Refused):
        wf.review(ex, LUKASZ, at(6))
    with pytest.raises(Refused):
        wf.review(ex, SUKRU, at(6))
    assert wf.review(ex, ZOE, at(6)).state is State.REVIEWED


def test_approval_needs_qa_who_did_not_execute() -> None:
    """Only QA approves; a QA person who entered values may not; the reviewer may be the approver."""
    with pytest.raises(PermissionDenied):
        wf.approve(reviewed(), SUKRU, at(5), approved_phases=())
    ex = reviewed(filled(who=ANH))
    with pytest.raises(Refused) as error:
        wf.approve(ex, ANH, at(5), approved_phases=())
    assert ANH.name in message(error)
    ex = wf.review(wf.execute(filled(), ELODIE, at(3)), ZOE, at(4))
    assert wf.approve(ex, ZOE, at(5), approved_phases=()).state is State.APPROVED


def test_rejection_needs_a_reason_and_after_review_needs_qa() -> None:
    """A blank reason is refused; a reviewed checklist is rejected by QA only; never by an executor."""
    ex = wf.execute(filled(), ELODIE, at(3))
    with pytest.raises(InvalidInput):
        wf.reject(ex, SUKRU, at(4), "  ")
    with pytest.raises(Refused):
        wf.reject(ex, ELODIE, at(4), "my own mistake")
    ex = wf.review(ex, SUKRU, at(4))
    with pytest.raises(PermissionDenied):
        wf.reject(ex, SUKRU, at(5), "changed my mind")
    assert wf.reject(ex, ZOE, at(5), "calibration certificate missing").state is State.IN_PROGRESS
    with pytest.raises(Refused):
        wf.reject(fresh(), ZOE, at(1), "nothing to reject")


def test_signing_out_of_turn_is_refused() -> None:
    """Review before execution, approval before review, execution twice: each refused."""
    with pytest.raises(Refused):
        wf.review(filled(), SUKRU, at(3))
    executed = wf.execute(filled(), ELODIE, at(3))
    with pytest.raises(Refused):
        wf.approve(executed, ZOE, at(4), approved_phases=())
    with pytest.raises(Refused):
        wf.execute(executed, ELODIE, at(4))


def test_an_approved_checklist_is_locked() -> None:
    """After approval nothing is entered, raised, closed, signed or rejected."""
    ex = wf.enter_value(fresh(), "temp", "118.0", Outcome.FAILED, ELODIE, at(1))
    ex = wf.raise_deviation(ex, "temp", "d", "i", "a", ELODIE, at(2))
    ex = wf.close_deviation(reviewed(ex), 1, "closed", ZOE, at(5))
    ex = wf.approve(ex, ZOE, at(6), approved_phases=())
    attempts = [
        lambda: wf.enter_value(ex, "note", "x", Outcome.NOT_EVALUATED, ELODIE, at(7)),
        lambda: wf.raise_deviation(ex, "temp", "d", "i", "a", ELODIE, at(7)),
        lambda: wf.close_deviation(ex, 1, "again", ZOE, at(7)),
        lambda: wf.execute(ex, ELODIE, at(7)),
        lambda: wf.review(ex, SUKRU, at(7)),
        lambda: wf.approve(ex, ZOE, at(7), approved_phases=()),
        lambda: wf.reject(ex, ZOE, at(7), "too late"),
    ]
    for attempt in attempts:
        with pytest.raises(Refused) as error:
            attempt()
        assert "locked" in message(error)
        assert "verrouillée" in Translator("fr")(error.value.message, **error.value.params)


def test_sign_dispatches_on_the_meaning_and_refuses_an_unknown_one() -> None:
    """``checklist sign --meaning M`` goes through the same rules."""
    ex = wf.sign(filled(), "executed", ELODIE, at(3))
    ex = wf.sign(ex, Meaning.REJECTED, SUKRU, at(4), reason="redo")
    ex = wf.sign(wf.sign(ex, "executed", ELODIE, at(5)), "reviewed", SUKRU, at(6))
    ex = wf.sign(ex, "approved", ZOE, at(7))
    assert [s.meaning.value for s in ex.signatures] == ["executed", "rejected", "executed", "reviewed", "approved"]
    with pytest.raises(InvalidInput):
        wf.sign(fresh(), "performed", ELODIE, at(1))


# --- IQ → OQ → PQ and training -------------------------------------------------------------------


def test_qualification_phases_follow_iq_oq_pq() -> None:
    """OQ needs IQ, PQ needs IQ and OQ, both to start and to be approved; other phases need nothing."""
    assert wf.phases_missing(ChecklistPhase.IQ, (), training=False) == ()
    assert wf.phases_missing(ChecklistPhase.OQ, (), training=False) == ("IQ",)
    assert wf.phases_missing(ChecklistPhase.PQ, ["IQ"], training=False) == ("OQ",)
    assert wf.phases_missing("PQ", [Phase.IQ, Phase.OQ], training=False) == ()
    assert wf.phases_missing(ChecklistPhase.ROUTINE, (), training=False) == ()
    with pytest.raises(Refused) as error:
        wf.check_may_start(ChecklistPhase.PQ, [Phase.IQ], training=False)
    assert "OQ" in message(error)
    assert Translator("nl")(error.value.message, **error.value.params) == (
        "PQ kan niet starten vóór de goedkeuring van OQ voor dit toestel."
    )
    wf.check_may_start(ChecklistPhase.PQ, (), training=True)
    ex = reviewed(fresh(ChecklistPhase.OQ))
    with pytest.raises(Refused):
        wf.approve(ex, ZOE, at(5), approved_phases=())
    assert wf.approve(ex, ZOE, at(5), approved_phases=["IQ"]).state is State.APPROVED


def test_training_and_routine_never_change_the_equipment() -> None:
    """An approved training PQ (order not enforced) and an approved routine check update nothing."""
    training = wf.approve(reviewed(fresh(ChecklistPhase.PQ, training=True)), ZOE, at(5), approved_phases=())
    assert training.state is State.APPROVED and wf.qualification_update(training) is None
    routine = wf.approve(reviewed(fresh(ChecklistPhase.ROUTINE)), ZOE, at(5), approved_phases=())
    assert wf.qualification_update(routine) is None
    assert wf.qualification_update(reviewed()) is None  # not approved yet


# --- signatures ----------------------------------------------------------------------------------


def test_signed_content_is_exactly_what_the_signature_covers() -> None:
    """Record id, template hash, meaning, every value with its version, deviations and earlier signatures."""
    ex = wf.enter_value(fresh(), "temp", "118.0", Outcome.FAILED, ELODIE, at(1), evidence="reading:42")
    ex = wf.enter_value(ex, "temp", "121.3", Outcome.PASSED, ELODIE, at(2), reason="repeated")
    ex = wf.raise_deviation(ex, "temp", "Low first cycle", "None", "Repeat", ELODIE, at(3))
    ex = filled(ex)
    ex = wf.execute(ex, ELODIE, at(4))
    content = json.loads(signed_content(ex, Meaning.REVIEWED))
    assert content["record"] == "CHK-1" and content["template_hash"] == "a" * 64
    assert content["meaning"] == "reviewed" and content["training"] is False and content["phase"] == "IQ"
    assert [(e["step"], e["version"], e["value"]) for e in content["entries"][:2]] == [
        ("temp", 1, "118.0"),
        ("temp", 2, "121.3"),
    ]
    assert content["entries"][0]["evidence"] == "reading:42" and content["entries"][0]["at"].endswith("+00:00")
    assert content["deviations"][0]["description"] == "Low first cycle"
    assert [s["meaning"] for s in content["signatures"]] == ["executed"]
    assert signed_content(ex, Meaning.REVIEWED) == signed_content(ex, Meaning.REVIEWED)  # canonical


def test_signature_hash_binds_signer_time_meaning_and_reason() -> None:
    """Changing any one input changes the hash; a naive time is refused."""
    base = signature_hash("{}", 1, "Zoë", at(0), Meaning.APPROVED)
    variants = [
        signature_hash("{ }", 1, "Zoë", at(0), Meaning.APPROVED),
        signature_hash("{}", 2, "Zoë", at(0), Meaning.APPROVED),
        signature_hash("{}", 1, "Zoe", at(0), Meaning.APPROVED),
        signature_hash("{}", 1, "Zoë", at(0) + timedelta(microseconds=1), Meaning.APPROVED),
        signature_hash("{}", 1, "Zoë", at(0), Meaning.REVIEWED),
        signature_hash("{}", 1, "Zoë", at(0), Meaning.APPROVED, "why"),
    ]
    assert len({base, *variants}) == 7
    same_instant = at(0).astimezone(__import__("zoneinfo").ZoneInfo("Europe/Brussels"))
    assert signature_hash("{}", 1, "Zoë", same_instant, Meaning.APPROVED) == base
    with pytest.raises(ValueError):
        signature_hash("{}", 1, "Zoë", datetime(2026, 1, 1), Meaning.APPROVED)


def test_an_edit_after_signing_or_a_copied_signature_is_detected() -> None:
    """Changing a signed value breaks every later signature; the same signatures on another record fail."""
    ex = wf.approve(reviewed(), ZOE, at(5), approved_phases=())
    assert all(verify_signature(ex, s) for s in ex.signatures)
    edited = replace(ex, entries=(replace(ex.entries[0], value="131.3"), *ex.entries[1:]))
    assert [p.code for p in signature_problems(edited)] == ["altered"] * 3
    copied = replace(filled(fresh(record="CHK-2")), signatures=ex.signatures)
    assert not any(verify_signature(copied, s) for s in copied.signatures)
    renamed = replace(ex, signatures=(replace(ex.signatures[0], signer_name="Someone Else"), *ex.signatures[1:]))
    assert {p.seq for p in signature_problems(renamed)} == {s.seq for s in ex.signatures}  # later ones cover it


def test_an_event_after_approval_is_reported() -> None:
    """Something slipped into an approved record (not through the rules) is named by its seq."""
    ex = wf.approve(reviewed(), ZOE, at(5), approved_phases=())
    extra = wf.enter_value(fresh(), "note", "late", Outcome.NOT_EVALUATED, ELODIE, at(6)).entries[0]
    tampered = replace(ex, entries=(*ex.entries, replace(extra, seq=ex.next_seq)))
    assert [(p.seq, p.code) for p in signature_problems(tampered)] == [(ex.next_seq, "after_approval")]


def test_a_closure_after_execution_leaves_the_executed_signature_valid() -> None:
    """Each signature covers the record as it stood when signed: a later legitimate closure breaks none."""
    ex = wf.enter_value(fresh(), "temp", "118.0", Outcome.FAILED, ELODIE, at(1))
    ex = wf.raise_deviation(ex, "temp", "d", "i", "a", ELODIE, at(2))
    ex = wf.close_deviation(reviewed(ex), 1, "closed", ZOE, at(5))
    ex = wf.approve(ex, ZOE, at(6), approved_phases=())
    assert signature_problems(ex) == ()
    reopened = replace(ex, deviations=(replace(ex.deviations[0], closure=None),))
    assert [p.seq for p in signature_problems(reopened)] == [ex.signatures[-1].seq]  # only the approval saw it


# --- the state machine ---------------------------------------------------------------------------

ROLE_SETS = [frozenset(), frozenset({"technician"}), frozenset({"instructor"}), frozenset({"qa"}),
             frozenset({"qa", "technician"}), frozenset({"admin"})]  # fmt: skip
EQUIPMENT = ("AUTOCLAVE-01", "BSC-02")
MAX_EXECUTIONS = 8
QUALIFICATION = {"IQ": (), "OQ": ("IQ",), "PQ": ("IQ", "OQ")}


class Model:
    """What the test expects of one execution, kept apart from the code under test."""

    def __init__(self, ex: Execution) -> None:
        self.ex = ex
        self.state = "in_progress"
        self.executors: set[int] = set()
        self.latest: dict[str, str] = {}  # step → outcome of its latest value
        self.deviation_since_ok: dict[str, bool] = {}
        self.open: set[int] = set()
        self.deviations = 0

    def complete(self) -> bool:
        required = {s.id for s in STEPS if s.required}
        failed_uncovered = any(o == "failed" and not self.deviation_since_ok.get(s) for s, o in self.latest.items())
        return required <= set(self.latest) and not failed_uncovered


class ChecklistMachine(RuleBasedStateMachine):
    """Random people with random roles entering, deviating, signing and rejecting on random executions."""

    def __init__(self) -> None:
        super().__init__()
        self.people: list[Participant] = []
        self.models: list[Model] = []
        self.qualified: dict[str, set[str]] = {e: set() for e in EQUIPMENT}
        # What happened to the equipment, in order: ("approved", equipment, phase, record) or ("lost", ...).
        self.log: list[tuple[str, str, str, str]] = []
        self.clock = T0

    def now(self) -> datetime:
        self.clock += timedelta(seconds=37)
        return self.clock

    def attempt(self, label: str, allowed: bool, action: Callable[[], Execution]) -> Execution | None:
        """Run a transition; it must succeed exactly when the model says it is allowed."""
        event(f"{label}: {'done' if allowed else 'refused'}")
        if allowed:
            return action()
        with pytest.raises((Refused, InvalidInput)):
            action()
        return None

    @initialize(roles=st.lists(st.sampled_from(ROLE_SETS), min_size=3, max_size=6), training=st.booleans(),
                depth=st.integers(0, 2), lose=st.booleans())  # fmt: skip
    def hire(self, roles: list[frozenset[str]], training: bool, depth: int, lose: bool) -> None:
        """Staff with random roles (and one QA), an IQ started on each equipment (one maybe in training), and
        the first equipment qualified through ``depth`` phases by the real transitions and its next phase
        started — then maybe its IQ lost again, so that the next phase may not be approved."""
        self.people = [Participant(i + 1, f"Person {i + 1} Ødegård", r) for i, r in enumerate(roles)]
        self.people.append(Participant(len(roles) + 1, "Zoë Ødegård", frozenset({"qa"})))  # QA is always staffed
        for n, equipment in enumerate(EQUIPMENT):
            ex = wf.new_execution(f"CHK-{n + 1}", "f" * 64, equipment, ChecklistPhase.IQ, training and n == 0, STEPS)
            self.models.append(Model(ex))
        for phase in list(QUALIFICATION)[:depth]:
            self.start(ChecklistPhase(phase), False, EQUIPMENT[0])
            i = len(self.models) - 1
            self.fill(i, 0)
            self.execute(i, 0)
            self.review(i, 1)
            self.approve(i, len(self.people) - 1)
        assert len(self.qualified[EQUIPMENT[0]]) == depth
        self.start_next_phase(EQUIPMENT[0])
        if lose and depth:
            self.qualification_lost(EQUIPMENT[0], "IQ")  # the phase just started is now out of order

    def person(self, index: int) -> Participant:
        return self.people[index % len(self.people)]

    def model(self, index: int) -> Model:
        return self.models[index % len(self.models)]

    @precondition(lambda self: len(self.models) < MAX_EXECUTIONS)
    @rule(phase=st.sampled_from(list(ChecklistPhase)), training=st.booleans(), equipment=st.sampled_from(EQUIPMENT))
    def start(self, phase: ChecklistPhase, training: bool, equipment: str) -> None:
        """Start any phase, in training or not; out of order only in training."""
        needed = QUALIFICATION.get(phase.value, ())
        allowed = training or set(needed) <= self.qualified[equipment]

        def go() -> Execution:
            wf.check_may_start(phase, self.qualified[equipment], training=training)
            return wf.new_execution(f"CHK-{len(self.models) + 1}", "f" * 64, equipment, phase, training, STEPS)

        ex = self.attempt("start", allowed, go)
        if ex is not None:
            self.models.append(Model(ex))

    @precondition(lambda self: len(self.models) < MAX_EXECUTIONS)
    @rule(equipment=st.sampled_from(EQUIPMENT))
    def start_next_phase(self, equipment: str) -> None:
        """Start the first phase the equipment lacks (so runs climb IQ → OQ → PQ)."""
        lacking = [p for p in QUALIFICATION if p not in self.qualified[equipment]]
        self.start(ChecklistPhase(lacking[0] if lacking else "PQ"), False, equipment)

    @rule(i=st.integers(0, 9), step=st.sampled_from([s.id for s in STEPS]), outcome=st.sampled_from(list(Outcome)),
          who=st.integers(0, 9), reason=st.sampled_from(["", "typing error"]))  # fmt: skip
    def enter(self, i: int, step: str, outcome: Outcome, who: int, reason: str) -> None:
        m, by = self.model(i), self.person(who)
        allowed = m.state == "in_progress" and (step not in m.latest or bool(reason))
        ex = self.attempt("enter", allowed, lambda: wf.enter_value(m.ex, step, "v", outcome, by, self.now(), reason))
        if ex is not None:
            m.ex = ex
            m.executors.add(by.id)
            if outcome is not Outcome.FAILED:
                m.deviation_since_ok[step] = False
            m.latest[step] = outcome.value

    @rule(i=st.integers(0, 9), who=st.integers(0, 9))
    def fill(self, i: int, who: int) -> None:
        """One person enters a passing value in every required step still empty (reaches signing faster)."""
        for step in (s.id for s in STEPS if s.required and s.id not in self.model(i).latest):
            self.enter(i, step, Outcome.PASSED, who, "")

    @rule(i=st.integers(0, 9), step=st.sampled_from([s.id for s in STEPS]), who=st.integers(0, 9),
          described=st.booleans())  # fmt: skip
    def deviate(self, i: int, step: str, who: int, described: bool) -> None:
        m, by = self.model(i), self.person(who)
        text = "Seal leaking" if described else ""
        allowed = m.state == "in_progress" and described
        ex = self.attempt(
            "deviate",
            allowed,
            lambda: wf.raise_deviation(m.ex, step, text, "Batch at risk", "Replace seal", by, self.now()),
        )
        if ex is not None:
            m.ex = ex
            m.deviations += 1
            m.open.add(m.deviations)
            m.deviation_since_ok[step] = True

    @rule(i=st.integers(0, 9), number=st.integers(1, 4), who=st.integers(0, 9))
    def close(self, i: int, number: int, who: int) -> None:
        m = self.model(i)
        allowed = m.state != "approved" and number in m.open
        ex = self.attempt("close", allowed, lambda: wf.close_deviation(m.ex, number, "Seal replaced", self.person(who),
                                                              self.now()))  # fmt: skip
        if ex is not None:
            m.ex = ex
            m.open.discard(number)

    @rule(i=st.integers(0, 9), who=st.integers(0, 9))
    def execute(self, i: int, who: int) -> None:
        m, by = self.model(i), self.person(who)
        ex = self.attempt(
            "execute", m.state == "in_progress" and m.complete(), lambda: wf.execute(m.ex, by, self.now())
        )
        if ex is not None:
            m.ex, m.state = ex, "executed"
            m.executors.add(by.id)

    @rule(i=st.integers(0, 9), who=st.integers(0, 9))
    def review(self, i: int, who: int) -> None:
        m, by = self.model(i), self.person(who)
        allowed = m.state == "executed" and by.id not in m.executors
        ex = self.attempt("review", allowed, lambda: wf.review(m.ex, by, self.now()))
        if ex is not None:
            m.ex, m.state = ex, "reviewed"

    @rule(i=st.integers(0, 9), who=st.integers(0, 9))
    def approve(self, i: int, who: int) -> None:
        m, by = self.model(i), self.person(who)
        equipment, phase = m.ex.equipment, m.ex.phase.value
        in_order = m.ex.training or set(QUALIFICATION.get(phase, ())) <= self.qualified[equipment]
        allowed = (m.state == "reviewed" and "qa" in by.roles and by.id not in m.executors and not m.open
                   and m.complete() and in_order)  # fmt: skip
        before = {e: set(p) for e, p in self.qualified.items()}
        ex = self.attempt(
            "approve", allowed, lambda: wf.approve(m.ex, by, self.now(), approved_phases=self.qualified[equipment])
        )
        if ex is None:
            return
        m.ex, m.state = ex, "approved"
        event(f"approved: {phase}{' in training' if m.ex.training else ''}")
        update = wf.qualification_update(ex)
        if m.ex.training or phase not in QUALIFICATION:
            assert update is None
        else:
            assert update == wf.QualificationUpdate(equipment, Phase(phase), ex.record_id)
            self.qualified[equipment].add(phase)
            self.log.append(("approved", equipment, phase, ex.record_id))
        if m.ex.training:
            assert self.qualified == before

    @rule(i=st.integers(0, 9), who=st.integers(0, 9), reason=st.sampled_from(["", "Certificate missing"]))
    def reject(self, i: int, who: int, reason: str) -> None:
        m, by = self.model(i), self.person(who)
        allowed = (m.state in ("executed", "reviewed") and bool(reason) and by.id not in m.executors
                   and (m.state == "executed" or "qa" in by.roles))  # fmt: skip
        ex = self.attempt("reject", allowed, lambda: wf.reject(m.ex, by, self.now(), reason))
        if ex is not None:
            m.ex, m.state = ex, "in_progress"

    @rule(equipment=st.sampled_from(EQUIPMENT), phase=st.sampled_from(list(QUALIFICATION)))
    def qualification_lost(self, equipment: str, phase: str) -> None:
        """A failed requalification in the logbook takes a phase away: later approvals must wait for it again."""
        if phase in self.qualified[equipment]:
            self.qualified[equipment].discard(phase)
            self.log.append(("lost", equipment, phase, ""))

    # One rule that pushes a random unfinished execution one step along the usual path, so that runs
    # reach reviews and approvals often; the signer is mostly someone eligible, sometimes anyone.

    def someone(self, data: st.DataObject, m: Model, qa: bool) -> int:
        fit = [n for n, p in enumerate(self.people) if p.id not in m.executors and ("qa" in p.roles or not qa)]
        eligible = bool(fit) and data.draw(st.booleans())
        return data.draw(st.sampled_from(fit)) if eligible else data.draw(st.integers(0, 9))

    @precondition(lambda self: any(m.state != "approved" for m in self.models))
    @rule(data=st.data())
    def advance(self, data: st.DataObject) -> None:
        unfinished = [n for n, m in enumerate(self.models) if m.state != "approved"]
        progress = {"in_progress": 0, "executed": 1, "reviewed": 2}
        top = max(progress[self.models[n].state] for n in unfinished)
        furthest = [n for n in unfinished if progress[self.models[n].state] == top]
        i = data.draw(st.sampled_from(furthest if data.draw(st.integers(0, 3)) else unfinished))
        m = self.models[i]
        detour = data.draw(st.integers(0, 5)) == 0  # now and then, the wrong move at the right time
        if m.state == "in_progress":
            uncovered = [s for s, o in m.latest.items() if o == "failed" and not m.deviation_since_ok.get(s)]
            if detour and data.draw(st.booleans()):
                self.execute(i, data.draw(st.integers(0, 9)))  # maybe too early
            elif detour:
                step = data.draw(st.sampled_from([s.id for s in STEPS]))
                outcome = data.draw(st.sampled_from(list(Outcome)))
                self.enter(i, step, outcome, data.draw(st.integers(0, 9)), "measured again")
            elif uncovered:
                self.deviate(i, uncovered[0], data.draw(st.integers(0, 9)), described=True)
            elif not m.complete():
                self.fill(i, data.draw(st.integers(0, 9)))
            else:
                self.execute(i, data.draw(st.integers(0, 9)))
        elif detour:
            self.reject(i, self.someone(data, m, qa=m.state == "reviewed"), "Certificate missing")
        elif m.state == "executed":
            self.review(i, self.someone(data, m, qa=False))
        elif m.open and data.draw(st.integers(0, 3)) > 0:  # mostly close it; sometimes try approving anyway
            self.close(i, min(m.open), data.draw(st.integers(0, 9)))
        else:
            self.approve(i, self.someone(data, m, qa=True))

    @precondition(lambda self: any(m.state == "in_progress" for m in self.models))
    @rule(data=st.data(), step=st.sampled_from([s.id for s in STEPS]), who=st.integers(0, 9))
    def relapse(self, data: st.DataObject, step: str, who: int) -> None:
        """Fail, raise a deviation, pass, fail again, try to sign: the old deviation covers no new failure."""
        i = data.draw(st.sampled_from([n for n, m in enumerate(self.models) if m.state == "in_progress"]))
        self.enter(i, step, Outcome.FAILED, who, "measured again")
        self.deviate(i, step, who, described=True)
        self.enter(i, step, Outcome.PASSED, who, "measured again")
        self.enter(i, step, Outcome.FAILED, who, "measured again")
        self.execute(i, who)

    @precondition(lambda self: any(m.ex.signatures for m in self.models))
    @rule(data=st.data())
    def tamper(self, data: st.DataObject) -> None:
        """Every edit of what a signature covers, and the signature on another record, makes it fail."""
        ex = data.draw(st.sampled_from([m.ex for m in self.models if m.ex.signatures]))
        for sig in ex.signatures:
            for name, edit in _edits_covered_by(ex, sig).items():
                edited, edited_sig = edit()
                assert not verify_signature(edited, edited_sig), (name, sig)

    # --- invariants ---

    @invariant()
    def states_agree(self) -> None:
        for m in self.models:
            assert m.ex.state.value == m.state

    @invariant()
    def never_approved_incomplete_or_with_an_open_deviation(self) -> None:
        for m in self.models:
            if m.ex.state is State.APPROVED:
                assert wf.open_deviations(m.ex) == () and wf.missing_required(m.ex) == ()
                assert wf.failed_without_deviation(m.ex) == ()

    @invariant()
    def no_executor_ever_reviews_approves_or_rejects(self) -> None:
        for m in self.models:
            for s in m.ex.signatures:
                if s.meaning is Meaning.EXECUTED:
                    continue
                executors_then = {e.by_id for e in m.ex.entries if e.seq < s.seq} | {
                    x.signer_id for x in m.ex.signatures if x.meaning is Meaning.EXECUTED and x.seq < s.seq
                }
                assert s.signer_id not in executors_then

    @invariant()
    def qualifications_follow_iq_oq_pq(self) -> None:
        state: dict[str, set[str]] = {e: set() for e in EQUIPMENT}
        for kind, equipment, phase, _ in self.log:
            if kind == "approved":
                assert set(QUALIFICATION[phase]) <= state[equipment], (equipment, phase, state)
                state[equipment].add(phase)
            else:
                state[equipment].discard(phase)
        assert state == self.qualified

    @invariant()
    def training_never_changes_the_equipment(self) -> None:
        updates = set()
        for m in self.models:
            update = wf.qualification_update(m.ex)
            if m.ex.training:
                assert update is None
            elif update is not None:
                updates.add((update.equipment, update.phase.value, update.record_id))
        assert updates == {(e, p, r) for kind, e, p, r in self.log if kind == "approved"}

    @invariant()
    def every_signature_holds_on_the_untouched_record(self) -> None:
        for m in self.models:
            assert signature_problems(m.ex) == ()


def _edits_covered_by(ex: Execution, sig: Signature) -> dict[str, Any]:
    """Named edits of things ``sig`` covers, each returning the edited record and the signature to check."""
    edits: dict[str, Any] = {
        "record id": lambda: (replace(ex, record_id=ex.record_id + "-copy"), sig),
        "template": lambda: (replace(ex, template_hash="0" * 64), sig),
        "training flag": lambda: (replace(ex, training=not ex.training), sig),
        "equipment": lambda: (replace(ex, equipment="OTHER"), sig),
        "signer name": lambda: (ex, replace(sig, signer_name=sig.signer_name + " Jr")),
        "signer id": lambda: (ex, replace(sig, signer_id=sig.signer_id + 100)),
        "signing time": lambda: (ex, replace(sig, at=sig.at + timedelta(seconds=1))),
        "meaning": lambda: (ex, replace(sig, meaning=next(m for m in Meaning if m is not sig.meaning))),
    }
    entries = [e for e in ex.entries if e.seq < sig.seq]
    if entries:
        first = entries[0]
        others = tuple(e for e in ex.entries if e is not first)
        edits["value"] = lambda: (replace(ex, entries=(replace(first, value=first.value + "0"), *others)), sig)
        edits["outcome"] = lambda: (
            replace(ex, entries=(replace(first, outcome=next(o for o in Outcome if o is not first.outcome)), *others)),
            sig,
        )
        edits["entered by"] = lambda: (replace(ex, entries=(replace(first, by_id=first.by_id + 100), *others)), sig)
        edits["version"] = lambda: (replace(ex, entries=(replace(first, version=first.version + 1), *others)), sig)
        edits["removed value"] = lambda: (replace(ex, entries=others), sig)
    deviations = [d for d in ex.deviations if d.seq < sig.seq]
    if deviations:
        d = deviations[0]
        rest = tuple(x for x in ex.deviations if x is not d)
        edits["deviation"] = lambda: (replace(ex, deviations=(replace(d, impact="none"), *rest)), sig)
        edits["removed deviation"] = lambda: (replace(ex, deviations=rest), sig)
        if d.closure is not None and d.closure.seq < sig.seq:
            c = d.closure
            edits["closure"] = lambda: (
                replace(ex, deviations=(replace(d, closure=replace(c, resolution="x")), *rest)),
                sig,
            )
    earlier = [s for s in ex.signatures if s.seq < sig.seq]
    if earlier:
        s0 = earlier[0]
        rest_sigs = tuple(s for s in ex.signatures if s is not s0)
        edits["earlier signature"] = lambda: (replace(ex, signatures=(replace(s0, hash="0" * 64), *rest_sigs)), sig)
    return edits


ChecklistMachine.TestCase.settings = settings(
    max_examples=100, stateful_step_count=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestChecklistWorkflow = ChecklistMachine.TestCase
