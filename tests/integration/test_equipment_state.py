"""Calibrations and qualifications on both databases: the details checked, the state they set when
recorded and when corrected, the failed calibration that takes the equipment out of service at once."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from aptaskil_desk.app import AppContext
from aptaskil_desk.db.models import AuditLog
from aptaskil_desk.errors import InvalidInput, PermissionDenied

TODAY = date(2026, 11, 25)
REGISTERED_DUE = TODAY + timedelta(days=10)


@pytest.fixture
def lab(ctx: AppContext) -> dict[str, Any]:
    """A technician, an instructor, an autoclave (365-day interval, due in 10 days, IQ and OQ required)
    and a balance with no interval."""
    system = ctx.system_actor()
    tech = ctx.accounts.add_user(system, "tech", "Jean-François", "D'Hondt", ["technician"], "a long password")
    inst = ctx.accounts.add_user(system, "inst", "Marc", "Dubois", ["instructor"], "a long password")
    t = tech.actor("T1")
    ctx.equipment.add(t, "AUT-01", "Autoclave Getinge", "autoclave", calibration_interval_days=365,
                      calibration_due=REGISTERED_DUE, required_phases=["IQ", "OQ"])  # fmt: skip
    ctx.equipment.add(t, "BAL-01", "Balance XPR", "balance", calibration_due=REGISTERED_DUE)
    return {"tech": t, "inst": inst.actor("T1")}


def _calibrate(ctx: AppContext, lab: dict[str, Any], result: str, due: date | None, **more: Any) -> Any:
    details = {"result": result, "performed_on": TODAY.isoformat(), **more}
    if due is not None:
        details["new_due"] = due.isoformat()
    return ctx.equipment.record(lab["tech"], "AUT-01", "calibration", details)


def _updates(ctx: AppContext) -> list[tuple[dict[str, Any], dict[str, Any], str | None]]:
    rows = ctx.db.run_read(
        lambda s: s.execute(
            select(AuditLog.old_values, AuditLog.new_values, AuditLog.reason)
            .where(AuditLog.action == "equipment.update")
            .order_by(AuditLog.seq)
        ).all()
    )
    return [(json.loads(old or "{}"), json.loads(new or "{}"), reason) for old, new, reason in rows]


def test_calibration_details_are_checked_and_nothing_is_recorded_when_wrong(ctx: AppContext, lab: dict[str, Any]):
    """A result other than pass/fail, a due date not after the calibration day, a day in the future,
    a date that is no date, a pass with no due date and no interval: each refused, nothing written."""
    before = ctx.equipment.logbook("AUT-01")
    wrong = [
        ("AUT-01", {"result": "ok", "new_due": "2027-11-25"}, "pass or fail"),
        ("AUT-01", {"result": "", "new_due": "2027-11-25"}, "pass or fail"),
        ("AUT-01", {"result": "pass", "performed_on": "2026-11-20", "new_due": "2026-11-20"}, "must be after"),
        ("AUT-01", {"result": "pass", "performed_on": "2026-11-20", "new_due": "2026-11-01"}, "must be after"),
        ("AUT-01", {"result": "fail", "performed_on": "2026-11-20", "new_due": "2026-11-19"}, "must be after"),
        ("AUT-01", {"result": "pass", "performed_on": "2026-11-26"}, "in the future"),
        ("AUT-01", {"result": "pass", "new_due": "25/11/2027"}, "Not a date"),
        ("BAL-01", {"result": "pass"}, "needs the next due date"),
    ]
    for code, details, message in wrong:
        with pytest.raises(InvalidInput, match=message):
            ctx.equipment.record(lab["tech"], code, "calibration", details)
    assert ctx.equipment.logbook("AUT-01") == before and ctx.equipment.logbook("BAL-01") == []
    assert ctx.equipment.get("AUT-01").calibration_due == REGISTERED_DUE


def test_a_passed_calibration_moves_the_due_date_and_a_failed_one_never_does(ctx: AppContext, lab: dict[str, Any]):
    """Pass: the due date given (or the interval's) becomes the equipment's, audited old → new.
    Fail: no due date needed, none computed from the interval, the date stays."""
    entry = _calibrate(ctx, lab, "pass", None)
    assert entry.details["new_due"] == (TODAY + timedelta(days=365)).isoformat()
    assert ctx.equipment.get("AUT-01").calibration_due == TODAY + timedelta(days=365)
    failed = _calibrate(ctx, lab, "fail", None)
    assert "new_due" not in failed.details and failed.details["performed_on"] == TODAY.isoformat()
    noted = _calibrate(ctx, lab, "fail", TODAY + timedelta(days=30))
    assert noted.details["new_due"] == (TODAY + timedelta(days=30)).isoformat()  # noted, not applied
    assert ctx.equipment.get("AUT-01").calibration_due == TODAY + timedelta(days=365)
    assert _updates(ctx) == [({"calibration_due": REGISTERED_DUE.isoformat()}, {"calibration_due": "2027-11-25"}, None)]
    assert ctx.audit.verify(ctx.system_actor()).ok


def test_a_failed_calibration_takes_the_equipment_out_of_service_in_the_same_transaction(
    ctx: AppContext, lab: dict[str, Any]
):
    """With a reason, the failed calibration and the status change are recorded together; asked with a
    pass, a blank reason, another kind or without the permission, nothing at all is recorded."""
    before = ctx.equipment.logbook("AUT-01")
    refusals: list[tuple[Any, str, dict[str, str], str, type[Exception]]] = [
        (lab["tech"], "calibration", {"result": "pass", "new_due": "2027-06-01"}, "drift", InvalidInput),
        (lab["tech"], "calibration", {"result": "fail"}, "  ", InvalidInput),
        (lab["tech"], "cleaning", {"description": "x", "result": "fail"}, "drift", InvalidInput),
        (lab["inst"], "calibration", {"result": "fail"}, "drift", PermissionDenied),
    ]
    for actor, kind, details, reason, error in refusals:
        with pytest.raises(error):
            ctx.equipment.record(actor, "AUT-01", kind, details, out_of_service_reason=reason)
    assert ctx.equipment.logbook("AUT-01") == before
    entry = ctx.equipment.record(lab["tech"], "AUT-01", "calibration", {"result": "fail", "performed_by": "Metrologic"},
                                 out_of_service_reason="Dérive de 0,8 °C")  # fmt: skip
    calibration, status = ctx.equipment.logbook("AUT-01")[-2:]
    assert calibration.id == entry.id and calibration.details["result"] == "fail"
    assert status.kind == "status_change" and status.reason == "Dérive de 0,8 °C"
    assert dict(status.details) == {"from": "available", "to": "out_of_service", "calibration": entry.id}
    info = ctx.equipment.get("AUT-01")
    assert info.status == "out_of_service" and info.calibration_due == REGISTERED_DUE
    # Already out of service: the failure is recorded, no second status change.
    ctx.equipment.record(lab["tech"], "AUT-01", "calibration", {"result": "fail"}, out_of_service_reason="again")
    assert [e.kind for e in ctx.equipment.logbook("AUT-01")][-3:] == ["calibration", "status_change", "calibration"]


def test_correcting_a_calibration_works_the_due_date_out_again(ctx: AppContext, lab: dict[str, Any]):
    """A corrected due date replaces the one recorded; a pass corrected to a fail gives back the due
    date from before (the registration's when no other pass stands); an older calibration corrected
    leaves the later one in force. Each change audited with the correction's reason."""
    first = _calibrate(ctx, lab, "pass", TODAY + timedelta(days=100), performed_on="2026-11-20")
    without_day = {k: v for k, v in first.details.items() if k != "performed_on"}
    fixed = ctx.equipment.correct(lab["tech"], first.id, {**without_day, "new_due": "2027-03-01"}, "typo")
    assert fixed.details["new_due"] == "2027-03-01" and ctx.equipment.get("AUT-01").calibration_due == date(2027, 3, 1)
    assert fixed.details["performed_on"] == "2026-11-20"  # the corrected entry's day, not the correction's
    second = _calibrate(ctx, lab, "pass", TODAY + timedelta(days=200))
    ctx.equipment.correct(lab["tech"], fixed.id, {**fixed.details, "new_due": "2027-04-01"}, "older one")
    assert ctx.equipment.get("AUT-01").calibration_due == TODAY + timedelta(days=200)  # the later one stands
    ctx.equipment.correct(lab["tech"], second.id, {**second.details, "result": "fail"}, "it failed")
    assert ctx.equipment.get("AUT-01").calibration_due == date(2027, 4, 1)  # the corrected first one
    [latest_first] = [e for e in ctx.equipment.logbook("AUT-01") if e.kind == "calibration" and not e.superseded_by
                      and e.details.get("new_due") == "2027-04-01"]  # fmt: skip
    ctx.equipment.correct(lab["tech"], latest_first.id, {**latest_first.details, "result": "fail"}, "also failed")
    assert ctx.equipment.get("AUT-01").calibration_due == REGISTERED_DUE  # no pass stands: as registered
    updates = _updates(ctx)
    # The correction to 2027-04-01 changed nothing then: the later calibration stood.
    assert [reason for _, _, reason in updates] == [None, "typo", None, "it failed", "also failed"]
    assert updates[-1] == ({"calibration_due": "2027-04-01"}, {"calibration_due": REGISTERED_DUE.isoformat()},
                           "also failed")  # fmt: skip
    assert ctx.audit.verify(ctx.system_actor()).ok


def test_a_correction_is_checked_like_a_new_entry(ctx: AppContext, lab: dict[str, Any]):
    """A corrected calibration with a bad result or a due date before its day, or a qualification
    without a phase, is refused: no correction, the state unchanged, the entry still correctable."""
    entry = _calibrate(ctx, lab, "pass", TODAY + timedelta(days=100))
    qualification = ctx.equipment.record(lab["tech"], "AUT-01", "qualification", {"phase": "IQ", "result": "pass"})
    for entry_id, details in (
        (entry.id, {**entry.details, "result": "maybe"}),
        (entry.id, {**entry.details, "new_due": "2026-01-01"}),
        (qualification.id, {"phase": "DQ", "result": "pass"}),
        (qualification.id, {"phase": "IQ"}),
    ):
        with pytest.raises(InvalidInput):
            ctx.equipment.correct(lab["tech"], entry_id, details, "why not")
    info = ctx.equipment.get("AUT-01")
    assert info.calibration_due == TODAY + timedelta(days=100) and info.qualified_phases == ("IQ",)
    assert all(e.superseded_by is None for e in ctx.equipment.logbook("AUT-01"))


def test_correcting_a_qualification_works_the_phases_out_again(ctx: AppContext, lab: dict[str, Any]):
    """IQ and OQ passed make the autoclave fit; OQ corrected to failed, then IQ corrected to PQ: each
    phase stands as its latest standing entry says."""
    iq = ctx.equipment.record(lab["tech"], "AUT-01", "qualification", {"phase": "IQ", "result": "pass"})
    oq = ctx.equipment.record(lab["tech"], "AUT-01", "qualification", {"phase": "oq", "result": "pass"})
    assert oq.details["phase"] == "OQ"  # recorded as the phase it counts for
    assert ctx.equipment.get("AUT-01").unfit == ()
    ctx.equipment.correct(lab["tech"], oq.id, {"phase": "OQ", "result": "fail"}, "OQ step 4 failed")
    info = ctx.equipment.get("AUT-01")
    assert info.qualified_phases == ("IQ",) and [r.params["phase"] for r in info.unfit] == ["OQ"]
    ctx.equipment.correct(lab["tech"], iq.id, {"phase": "PQ", "result": "pass"}, "wrong phase")
    assert ctx.equipment.get("AUT-01").qualified_phases == ("PQ",)
    # A later IQ entry and a correction of the first one: the later one stands.
    ctx.equipment.record(lab["tech"], "AUT-01", "qualification", {"phase": "IQ", "result": "pass"})
    assert ctx.equipment.get("AUT-01").qualified_phases == ("IQ", "PQ")
    assert _updates(ctx)[-1][1:] == ({"qualified_phases": "IQ,PQ"}, None)


def test_only_people_who_manage_equipment_correct_calibrations_and_qualifications(ctx: AppContext, lab: dict[str, Any]):
    """An instructor may correct a cleaning but not a calibration or a qualification."""
    calibration = _calibrate(ctx, lab, "pass", TODAY + timedelta(days=100))
    qualification = ctx.equipment.record(lab["tech"], "AUT-01", "qualification", {"phase": "IQ", "result": "pass"})
    cleaning = ctx.equipment.record(lab["inst"], "AUT-01", "cleaning", {"description": "éthanol"})
    for entry in (calibration, qualification):
        with pytest.raises(PermissionDenied):
            ctx.equipment.correct(lab["inst"], entry.id, dict(entry.details), "not mine to correct")
    corrected = ctx.equipment.correct(lab["inst"], cleaning.id, {"description": "isopropanol"}, "wrong agent")
    assert corrected.supersedes_id == cleaning.id
    standing = {e.id: e.superseded_by for e in ctx.equipment.logbook("AUT-01")}
    assert standing[calibration.id] is None and standing[qualification.id] is None
    assert ctx.equipment.get("AUT-01").qualified_phases == ("IQ",)
