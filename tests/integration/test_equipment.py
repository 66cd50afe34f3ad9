"""Equipment register and logbook on both databases: gating, corrections, refusals, concurrency."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import FixedClock
from aptaskil_desk.db.models import AuditLog
from aptaskil_desk.errors import InvalidInput, PermissionDenied, Refused
from aptaskil_desk.services.equipment_use import UseRefused
from aptaskil_desk.services.people import NewLearner

TODAY = date(2026, 11, 25)


@pytest.fixture
def lab(ctx: AppContext) -> dict[str, Any]:
    """A technician, an instructor, a learner, and a qualified, calibrated autoclave in a room."""
    system = ctx.system_actor()
    ctx.centre.add_room(system, "SB-C1", "Salle blanche", "clean_room")
    tech = ctx.accounts.add_user(system, "tech", "Jean-François", "D'Hondt", ["technician"], "a long password")
    inst = ctx.accounts.add_user(system, "inst", "Marc", "Dubois", ["instructor"], "a long password")
    [learner] = ctx.people.add_learners(system, [NewLearner("Zoë", "Ødegård", "student")])
    t = tech.actor("T1")
    ctx.equipment.add(t, "AUT-01", "Autoclave Getinge", "autoclave", room_code="SB-C1", serial_number="GE-123",
                      calibration_interval_days=365, calibration_due=TODAY + timedelta(days=100),
                      required_phases=["IQ", "OQ"])  # fmt: skip
    for phase in ("IQ", "OQ"):
        ctx.equipment.record(t, "AUT-01", "qualification", {"phase": phase, "result": "pass"})
    return {"tech": t, "inst": inst.actor("T1"), "learner": learner.id}


def _reasons(error: pytest.ExceptionInfo[UseRefused]) -> list[str]:
    return [r.code for r in error.value.reasons]


def test_use_needs_an_authorisation(ctx: AppContext, lab: dict[str, Any]) -> None:
    """Without an authorisation the use is refused saying so; once granted it starts, then stops."""
    with pytest.raises(UseRefused) as refused:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    assert _reasons(refused) == ["not_authorised"]
    ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", TODAY + timedelta(days=365))
    entry = ctx.equipment.start_use(lab["learner"], "AUT-01", "K1", purpose="stérilisation milieux")
    assert entry.kind == "use" and ctx.equipment.get("AUT-01").status == "in_use"
    with pytest.raises(UseRefused) as busy:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K2")
    assert _reasons(busy) == ["in_use"]
    ctx.equipment.stop_use(lab["learner"], "AUT-01", "K1", {"anomaly": "no"})
    assert ctx.equipment.get("AUT-01").status == "available"


def test_each_unfitness_refuses_with_its_reason(ctx: AppContext, clock: FixedClock, lab: dict[str, Any]) -> None:
    """Overdue calibration, quarantine, a missing qualification and an incident each refuse, named."""
    ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", None)
    clock.advance(timedelta(days=101))
    with pytest.raises(UseRefused) as overdue:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    assert _reasons(overdue) == ["calibration_overdue"]
    assert overdue.value.reasons[0].params == {"since": (TODAY + timedelta(days=100)).isoformat()}
    ctx.equipment.record(lab["tech"], "AUT-01", "calibration", {"result": "pass", "certificate": "CAL-2026-77"})
    assert ctx.equipment.get("AUT-01").calibration_due == TODAY + timedelta(days=101 + 365)
    ctx.equipment.record(lab["tech"], "AUT-01", "qualification", {"phase": "OQ", "result": "fail"})
    with pytest.raises(UseRefused) as unqualified:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    assert _reasons(unqualified) == ["not_qualified"]
    ctx.equipment.record(lab["tech"], "AUT-01", "qualification", {"phase": "OQ", "result": "pass"})
    ctx.equipment.record(lab["inst"], "AUT-01", "incident", {"description": "joint de porte fissuré"})
    assert ctx.equipment.get("AUT-01").status == "out_of_service"  # at once
    with pytest.raises(UseRefused) as broken:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    assert _reasons(broken) == ["out_of_service"]
    ctx.equipment.set_status(lab["tech"], "AUT-01", "quarantine", "awaiting QA decision")
    with pytest.raises(UseRefused) as quarantined:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    assert _reasons(quarantined) == ["quarantine"]
    assert ctx.audit.verify(ctx.system_actor()).ok


def test_expired_and_lapsed_authorisations(ctx: AppContext, clock: FixedClock, lab: dict[str, Any]) -> None:
    """An authorisation past its expiry, or unused for 180 days, is refused with the date."""
    ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", TODAY + timedelta(days=10))
    clock.advance(timedelta(days=11))
    with pytest.raises(UseRefused) as expired:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    assert _reasons(expired) == ["authorisation_expired"]
    ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", None)  # an extension supersedes
    ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    ctx.equipment.stop_use(lab["learner"], "AUT-01", "K1")
    clock.advance(timedelta(days=181))
    ctx.equipment.record(lab["tech"], "AUT-01", "calibration", {"result": "pass", "certificate": "C2"})
    with pytest.raises(UseRefused) as lapsed:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    assert _reasons(lapsed) == ["authorisation_lapsed"]


def test_correction_keeps_the_original(ctx: AppContext, lab: dict[str, Any]) -> None:
    """A correction supersedes an entry with a reason; both stay in the logbook."""
    entry = ctx.equipment.record(lab["inst"], "AUT-01", "cleaning", {"agent": "éthanol 70 %"})
    ctx.equipment.correct(lab["inst"], entry.id, {"agent": "isopropanol 70 %"}, "wrong agent noted")
    book = ctx.equipment.logbook("AUT-01")
    cleaning = [e for e in book if e.kind == "cleaning"]
    assert [e.details["agent"] for e in cleaning] == ["éthanol 70 %", "isopropanol 70 %"]
    assert cleaning[1].supersedes_id == cleaning[0].id and cleaning[1].reason == "wrong agent noted"
    assert cleaning[0].superseded_by == cleaning[1].id and cleaning[1].superseded_by is None
    _, newest_first = ctx.equipment.logbook_page("AUT-01", kinds=["cleaning"], limit=1, offset=1)
    assert newest_first[0].superseded_by == cleaning[1].id  # known even when the correction is on another page
    with pytest.raises(InvalidInput):
        ctx.equipment.correct(lab["inst"], entry.id, {"agent": "x"}, "again")


def test_deleting_or_editing_an_entry_is_refused_and_audited(ctx: AppContext, lab: dict[str, Any]) -> None:
    """The services refuse to delete or edit an entry, and the attempt is on the audit trail."""
    entry = ctx.equipment.record(lab["inst"], "AUT-01", "cleaning", {"agent": "éthanol"})
    with pytest.raises(Refused, match="never deleted"):
        ctx.equipment.delete_entry(lab["inst"], entry.id, "mistake")
    with pytest.raises(Refused, match="never edited"):
        ctx.equipment.edit_entry(lab["inst"], entry.id, {"agent": "x"})
    actions = ctx.db.run_read(lambda s: list(s.execute(select(AuditLog.action)).scalars()))
    assert "logbook.delete_refused" in actions and "logbook.edit_refused" in actions
    assert [e.details for e in ctx.equipment.logbook("AUT-01") if e.kind == "cleaning"] == [{"agent": "éthanol"}]


def test_permissions(ctx: AppContext, lab: dict[str, Any]) -> None:
    """An instructor cannot register equipment or change its status; a learner cannot record."""
    from aptaskil_desk.services.base import Actor

    with pytest.raises(PermissionDenied):
        ctx.equipment.add(lab["inst"], "PH-01", "pH-mètre", "ph_meter")
    with pytest.raises(PermissionDenied):
        ctx.equipment.set_status(lab["inst"], "AUT-01", "maintenance", "x")
    with pytest.raises(PermissionDenied):
        ctx.equipment.record(Actor(lab["learner"], "zoe", "K1"), "AUT-01", "cleaning", {})


def test_two_terminals_starting_at_the_same_instant(ctx: AppContext, lab: dict[str, Any]) -> None:
    """Two learners start a use of the same equipment at once from two terminals: exactly one succeeds."""
    [other] = ctx.people.add_learners(ctx.system_actor(), [NewLearner("Ewa", "Łuczak", "worker")])
    for person in (lab["learner"], other.id):
        ctx.equipment.authorise(lab["inst"], person, "AUT-01", None)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def start(person: int, terminal: str) -> None:
        barrier.wait()
        try:
            ctx.equipment.start_use(person, "AUT-01", terminal)
            outcomes.append("started")
        except UseRefused as error:
            outcomes.append(",".join(r.code for r in error.reasons))

    threads = [threading.Thread(target=start, args=(p, f"K{i}")) for i, p in enumerate((lab["learner"], other.id))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["in_use", "started"]
    assert [e.kind for e in ctx.equipment.logbook("AUT-01")].count("use") == 1


def test_equipment_cli(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    """`equipment add/list/show/status` from the command line, with --json."""
    import json

    from aptaskil_desk.cli import main

    ctx.centre.add_room(ctx.system_actor(), "LAB", "Labo", "laboratory")
    base = ["--db", ctx.settings.database, "--lang", "en", "equipment"]
    assert main([*base, "add", "BAL-01", "--name", "Balance XPR", "--type", "balance", "--room", "LAB",
                 "--calibration-due", "2026-11-20", "--json"]) == 0  # fmt: skip
    added = json.loads(capsys.readouterr().out)
    assert added["label_code"].startswith("E") and added["unfit"] == [
        {"code": "calibration_overdue", "since": "2026-11-20"}
    ]
    assert main([*base, "status", "BAL-01", "maintenance", "--reason", "pan cleaning", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "maintenance"
    assert main([*base, "show", "BAL-01", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in shown["logbook"]] == ["status_change"]
    assert main([*base, "list", "--json"]) == 0
    assert [e["code"] for e in json.loads(capsys.readouterr().out)] == ["BAL-01"]
    assert main([*base, "show", "NOPE"]) == 2 and "No equipment 'NOPE'" in capsys.readouterr().err


def test_pages_and_batches(ctx: AppContext, clock: FixedClock, lab: dict[str, Any]) -> None:
    """A screen pages the logbook newest first with filters; a report reads it all in time order, in batches."""
    for i in range(25):
        clock.advance(timedelta(minutes=1))
        ctx.equipment.record(lab["inst"], "AUT-01", "cleaning", {"n": i})
    total, page = ctx.equipment.logbook_page("AUT-01", offset=0, limit=10, kinds=["cleaning"])
    assert total == 25 and [e.details["n"] for e in page] == list(range(24, 14, -1))
    batches = list(ctx.equipment.logbook_batches("AUT-01", batch=7))
    flat = [e for b in batches for e in b]
    assert [len(b) for b in batches] == [7, 7, 7, 6]  # 2 qualification entries + 25 cleanings
    assert [e.id for e in flat] == sorted(e.id for e in flat)


def test_override_with_signature(ctx: AppContext, clock: FixedClock, lab: dict[str, Any]) -> None:
    """An instructor signs an override (password again) for the reasons shown; it allows one use,
    is marked on the entry, refuses busy equipment, and does not cover a new reason or a second use."""
    from aptaskil_desk.errors import AuthenticationFailed

    with pytest.raises(AuthenticationFailed):
        ctx.equipment.sign_override("inst", "wrong password!", lab["learner"], "AUT-01", "urgent run", "K1")
    override = ctx.equipment.sign_override("inst", "a long password", lab["learner"], "AUT-01", "supervised run", "K1")
    entry = ctx.equipment.start_use(lab["learner"], "AUT-01", "K1", override_id=override)
    assert entry.override_id == override and entry.details["override_id"] == override
    assert (entry.override_signed_by, entry.override_reason) == ("Marc Dubois", "supervised run")
    _, [listed] = ctx.equipment.logbook_page("AUT-01", kinds=["use"])
    assert (listed.override_signed_by, listed.override_reason) == ("Marc Dubois", "supervised run")
    with pytest.raises(UseRefused) as busy:
        ctx.equipment.sign_override("inst", "a long password", lab["learner"], "AUT-01", "again", "K1")
    assert _reasons(busy) == ["in_use"]
    ctx.equipment.stop_use(lab["learner"], "AUT-01", "K1")
    with pytest.raises(UseRefused) as reused:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K1", override_id=override)
    assert "override_not_valid" in _reasons(reused)
    second = ctx.equipment.sign_override("inst", "a long password", lab["learner"], "AUT-01", "second run", "K1")
    clock.advance(timedelta(minutes=16))
    with pytest.raises(UseRefused) as late:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K1", override_id=second)
    assert "override_not_valid" in _reasons(late)
    ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", None)
    with pytest.raises(InvalidInput, match="Nothing to override"):
        ctx.equipment.sign_override("inst", "a long password", lab["learner"], "AUT-01", "nothing wrong", "K1")


def test_a_learner_cannot_sign_an_override(ctx: AppContext, lab: dict[str, Any]) -> None:
    """Only staff holding the authorisation permission can sign; a QA-only account is refused."""
    ctx.accounts.add_user(ctx.system_actor(), "qa", "Nathalie", "Peeters", ["qa"], "a long password")
    with pytest.raises(PermissionDenied):
        ctx.equipment.sign_override("qa", "a long password", lab["learner"], "AUT-01", "why not", "K1")


def test_authorisations_listed_and_revoked(ctx: AppContext, clock: FixedClock, lab: dict[str, Any]) -> None:
    """The standing authorisations list what is wrong with each; a revoked one refuses the use, on record."""
    ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", TODAY + timedelta(days=5))
    [auth] = ctx.equipment.authorisations("AUT-01")
    assert auth.person_name == "Zoë Ødegård" and auth.problem is None
    clock.advance(timedelta(days=6))
    [expired] = ctx.equipment.authorisations()
    assert expired.problem is not None and expired.problem.code == "authorisation_expired"
    ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", None)  # extended
    ctx.equipment.revoke_authorisation(lab["inst"], lab["learner"], "AUT-01", "left the course")
    [revoked] = ctx.equipment.authorisations("AUT-01")
    assert revoked.revoked_on is not None and revoked.problem is not None
    with pytest.raises(UseRefused) as refused:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    assert _reasons(refused) == ["authorisation_revoked"]
    with pytest.raises(InvalidInput):
        ctx.equipment.revoke_authorisation(lab["inst"], lab["learner"], "AUT-01", "twice")
