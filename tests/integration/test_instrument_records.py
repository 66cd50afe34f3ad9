"""Instrument register, recorded readings and exercise results on both databases: calibration flags,
refusals that store nothing, idempotent UUIDs, verdicts computed by the rules, append-only records."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import FixedClock
from aptaskil_desk.db.models import AuditLog, ExerciseResult, InstrumentReading
from aptaskil_desk.errors import Conflict, InvalidInput, NotFound, PermissionDenied, Refused
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus
from aptaskil_desk.services.health import check_database
from aptaskil_desk.services.instruments import NOT_GMP_EVIDENCE, InstrumentService
from aptaskil_desk.services.people import NewLearner
from tests.conftest import T0

TODAY = date(2026, 11, 25)
BALANCE_ID = InstrumentIdentity("Mettler Toledo", "XS205", "B021002593")
DMM_ID = InstrumentIdentity("HEWLETT-PACKARD", "34401A", "0", "11-5-2")


@pytest.fixture
def instruments(ctx: AppContext) -> InstrumentService:
    """The service built as app.py builds it (ctx.instruments)."""
    return InstrumentService(ctx.db, ctx.clock, ctx.accounts)


@pytest.fixture
def lab(ctx: AppContext, instruments: InstrumentService) -> dict[str, Any]:
    """A technician, an instructor, a learner enrolled in a session, a balance and a multimeter."""
    system = ctx.system_actor()
    ctx.centre.add_room(system, "LAB-1", "Laboratoire CQ", "laboratory")
    tech = ctx.accounts.add_user(system, "tech", "Jean-François", "D'Hondt", ["technician"], "a long password")
    inst = ctx.accounts.add_user(system, "inst", "Marc", "Dubois", ["instructor"], "a long password")
    qa = ctx.accounts.add_user(system, "qa", "Nguyễn Thị", "Ánh", ["qa"], "a long password")
    [learner, other] = ctx.people.add_learners(
        system, [NewLearner("Łukasz", "Wiśniewski", "job_seeker"), NewLearner("Zoë", "Ødegård", "student")]
    )
    ctx.centre.add_course(system, "EI-101", "Électro-instrumentation", "electro_instrumentation")
    ctx.centre.add_session(system, "EI-101-A", "EI-101", "LAB-1", [(T0, T0 + timedelta(hours=7))],
                           learner_ids=[learner.id])  # fmt: skip
    t = tech.actor("T1")
    instruments.register(t, "BAL-01", "Balance XS205", "mt-sics", port="/dev/ttyUSB0", line="9600, 8n1",
                         handshake="xon/xoff", serial_number="B021002593", calibration_due=TODAY + timedelta(days=10),
                         room_code="LAB-1")  # fmt: skip
    instruments.register(t, "DMM-01", "Multimètre 34401A", "scpi-dmm", serial_number="0",
                         calibration_due=TODAY + timedelta(days=200))  # fmt: skip
    return {"tech": t, "inst": inst.actor("T1"), "qa": qa.actor("T1"), "learner": learner.id, "other": other.id}


def weight(value: str, status: ReadingStatus = ReadingStatus.STABLE, message: str = "") -> Reading:
    has_value = status in (ReadingStatus.STABLE, ReadingStatus.DYNAMIC)
    raw = f"S {'S' if status is ReadingStatus.STABLE else 'D'} {value:>10} g\r\n".encode("ascii")
    return Reading(Decimal(value) if has_value else None, "g", status, raw, T0, BALANCE_ID, "mass", message)


def _count(ctx: AppContext, model: type[Any]) -> int:
    with ctx.db.engines.write.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def _raw(ctx: AppContext, statement: str) -> None:
    with ctx.db.engines.write.begin() as conn:
        conn.execute(text(statement))


LOOP_INPUTS = {  # as found: 50 % point 0.625 % off (fails 0.5 %), 100 % point at a 21.2 mA NE 43 failure current
    "tolerance_percent": "0.5",
    "as_found": ["4.020", "8.050", "12.100", "16.040", "21.2"],
}


def test_register_normalises_and_audits_changes(ctx: AppContext, instruments: InstrumentService,
                                               lab: dict[str, Any]) -> None:  # fmt: skip
    """The register keeps line settings in one form; changes are audited with old and new values and a reason."""
    balance = instruments.get("BAL-01")
    assert (balance.line, balance.handshake, balance.room, balance.active) == ("9600,8N1", "xon/xoff", "LAB-1", True)
    assert balance.calibration_ok and [i.asset_code for i in instruments.all()] == ["BAL-01", "DMM-01"]
    with pytest.raises(InvalidInput, match="already exists"):
        instruments.register(lab["tech"], "BAL-01", "Autre", "mt-sics")
    with pytest.raises(InvalidInput, match="Unknown instrument driver"):
        instruments.register(lab["tech"], "X-1", "Inconnu", "keithley")
    with pytest.raises(InvalidInput, match="not understood"):
        instruments.register(lab["tech"], "X-1", "Ligne", "mt-sics", line="9600 baud")
    with pytest.raises(PermissionDenied):
        instruments.register(lab["inst"], "X-1", "Sans droit", "mt-sics")
    instruments.set_calibration(lab["tech"], "BAL-01", TODAY + timedelta(days=365), "certificat CAL-2026-114")
    instruments.set_connection(lab["tech"], "BAL-01", port="/dev/ttyUSB3", line="19200,8N1")
    instruments.set_active(lab["tech"], "BAL-01", False, "envoyée en réparation")
    with ctx.db.engines.write.connect() as conn:
        rows = conn.execute(
            select(AuditLog.action, AuditLog.old_values, AuditLog.new_values, AuditLog.reason)
            .where(AuditLog.entity == "instrument").order_by(AuditLog.seq)
        ).all()  # fmt: skip
    assert [r.action for r in rows] == ["instrument.create", "instrument.create", "instrument.calibration",
                                        "instrument.connection", "instrument.active"]  # fmt: skip
    calibration = rows[2]
    assert json.loads(calibration.old_values)["calibration_due"] == (TODAY + timedelta(days=10)).isoformat()
    assert json.loads(calibration.new_values)["calibration_due"] == (TODAY + timedelta(days=365)).isoformat()
    assert calibration.reason == "certificat CAL-2026-114"
    assert json.loads(rows[3].new_values)["line"] == "19200,8N1"
    assert instruments.all(include_inactive=False)[0].asset_code == "DMM-01"


def test_reading_is_stored_exactly_and_flagged_once_calibration_is_overdue(
    ctx: AppContext, clock: FixedClock, instruments: InstrumentService, lab: dict[str, Any]
) -> None:
    """In calibration the reading is GMP evidence; eleven days later the same balance's reading is stored,
    flagged not usable as GMP evidence. Value, raw bytes and identity come back exactly."""
    first = instruments.record_reading(lab["tech"], "BAL-01", weight("100.00"), str(uuid.uuid4()),
                                       person_id=lab["learner"], session_code="EI-101-A")  # fmt: skip
    assert first.calibration_ok and first.note is None
    assert (first.value, str(first.value), first.raw) == (Decimal("100.00"), "100.00", b"S S     100.00 g\r\n")
    assert first.identity == BALANCE_ID and first.session_code == "EI-101-A" and first.at == T0
    clock.advance(timedelta(days=11))
    assert instruments.get("BAL-01").calibration_problem is not None
    late = instruments.record_reading(lab["tech"], "BAL-01", replace(weight("-12.34"), at=clock.now()),
                                      str(uuid.uuid4()))  # fmt: skip
    assert not late.calibration_ok and late.note == NOT_GMP_EVIDENCE and late.value == Decimal("-12.34")
    stored = [(r.value, r.calibration_ok) for r in instruments.readings("BAL-01")]
    assert stored == [(Decimal("-12.34"), False), (Decimal("100.00"), True)]
    with ctx.db.engines.write.connect() as conn:
        audited = conn.execute(select(AuditLog.new_values).where(AuditLog.action == "instrument.reading")).scalars()
        assert [json.loads(v or "{}")["calibration_ok"] for v in audited] == [True, False]


@pytest.mark.parametrize(
    ("reading", "words"),
    [
        (weight("3.48", ReadingStatus.DYNAMIC), "not stable"),
        (weight("", ReadingStatus.OVERLOAD), "overloaded"),
        (weight("", ReadingStatus.UNDERLOAD), "underloaded"),
        (weight("", ReadingStatus.ERROR, "EL: logic error"), "EL: logic error"),
    ],
)
def test_unusable_readings_are_refused_and_store_nothing(
    ctx: AppContext, instruments: InstrumentService, lab: dict[str, Any], reading: Reading, words: str
) -> None:
    """A dynamic, overload, underload or error reading is refused saying why; no reading and no audit row."""
    audit_before = _count(ctx, AuditLog)
    with pytest.raises(Refused, match="Nothing was stored") as refused:
        instruments.record_reading(lab["tech"], "BAL-01", reading, str(uuid.uuid4()))
    assert words in str(refused.value)
    assert _count(ctx, InstrumentReading) == 0 and _count(ctx, AuditLog) == audit_before


def test_wrong_instrument_withdrawn_instrument_or_unknown_code_store_nothing(
    ctx: AppContext, instruments: InstrumentService, lab: dict[str, Any]
) -> None:
    """A balance reporting another serial number, a withdrawn balance, an unknown code: refused, nothing stored."""
    stranger = replace(weight("100.00"), instrument=replace(BALANCE_ID, serial_number="B999"))
    with pytest.raises(Refused, match="serial number B999"):
        instruments.record_reading(lab["tech"], "BAL-01", stranger, str(uuid.uuid4()))
    with pytest.raises(NotFound):
        instruments.record_reading(lab["tech"], "BAL-99", weight("100.00"), str(uuid.uuid4()))
    with pytest.raises(PermissionDenied):
        instruments.record_reading(lab["qa"], "BAL-01", weight("100.00"), str(uuid.uuid4()))
    instruments.set_active(lab["tech"], "BAL-01", False, "en réparation")
    with pytest.raises(Refused, match="withdrawn"):
        instruments.record_reading(lab["tech"], "BAL-01", weight("100.00"), str(uuid.uuid4()))
    assert _count(ctx, InstrumentReading) == 0


def test_same_uuid_is_recorded_once(ctx: AppContext, instruments: InstrumentService, lab: dict[str, Any]) -> None:
    """A retry with the same UUID returns the first record; other content under that UUID is a conflict."""
    key = str(uuid.uuid4())
    first = instruments.record_reading(lab["tech"], "BAL-01", weight("100.00"), key)
    again = instruments.record_reading(lab["tech"], "BAL-01", weight("100.00"), key)
    assert again.replayed and not first.replayed and again.id == first.id
    with pytest.raises(Conflict):
        instruments.record_reading(lab["tech"], "BAL-01", weight("100.01"), key)
    with pytest.raises(InvalidInput, match="not a UUID"):
        instruments.record_reading(lab["tech"], "BAL-01", weight("100.00"), "12345")
    assert _count(ctx, InstrumentReading) == 1
    with ctx.db.engines.write.connect() as conn:
        assert conn.execute(select(func.count()).where(AuditLog.action == "instrument.reading")).scalar_one() == 1


def test_exercise_verdict_is_computed_and_stored(
    ctx: AppContext, instruments: InstrumentService, lab: dict[str, Any]
) -> None:
    """A loop calibration with a point out of tolerance and an NE 43 failure current is stored as failed,
    each point with its reason; the reports find it by person and by session."""
    result = instruments.record_exercise(lab["inst"], lab["learner"], "loop_calibration", LOOP_INPUTS, "EI-101-A",
                                         instruments=["DMM-01"])  # fmt: skip
    assert result.verdict == "fail" and result.training and result.instruments == ("DMM-01",)
    found = result.result["as_found"]["points"]
    assert [(p["error_percent"], p["verdict"], (p["reason"] or {}).get("code")) for p in found] == [
        ("0.1250", "pass", None), ("0.3125", "pass", None), ("0.6250", "fail", "out_of_tolerance"),
        ("0.2500", "pass", None), ("7.5000", "fail", "ne43_failure_signal"),
    ]  # fmt: skip
    dmm = instruments.get("DMM-01").id
    assert result.result["instruments"] == [{"asset_code": "DMM-01", "calibration_ok": True, "id": dmm}]
    [stored] = instruments.exercise_results(session_code="EI-101-A")
    assert stored.id == result.id and stored.verdict == "fail" and stored.inputs["tolerance_percent"] == "0.5"
    assert stored.person_name == "Łukasz Wiśniewski"
    assert instruments.exercise_results(person_id=lab["other"]) == []
    with ctx.db.engines.write.connect() as conn:
        assert conn.execute(select(ExerciseResult.verdict)).scalar_one() == "fail"


def test_exercise_refusals_store_nothing(ctx: AppContext, clock: FixedClock, instruments: InstrumentService,
                                        lab: dict[str, Any]) -> None:  # fmt: skip
    """A verdict passed in, a learner not enrolled, a balance for a loop, a real result on an overdue balance,
    a QA reviewer recording: each refused with nothing stored."""
    with pytest.raises(InvalidInput, match="Unknown input"):
        instruments.record_exercise(lab["inst"], lab["learner"], "loop_calibration", {**LOOP_INPUTS, "verdict": "pass"})
    with pytest.raises(InvalidInput, match="not enrolled"):
        instruments.record_exercise(lab["inst"], lab["other"], "loop_calibration", LOOP_INPUTS, "EI-101-A")
    with pytest.raises(InvalidInput, match="cannot serve"):
        instruments.record_exercise(lab["inst"], lab["learner"], "loop_calibration", LOOP_INPUTS,
                                    instruments=["BAL-01"])  # fmt: skip
    with pytest.raises(PermissionDenied):
        instruments.record_exercise(lab["qa"], lab["learner"], "loop_calibration", LOOP_INPUTS)
    clock.advance(timedelta(days=11))
    balance = {"reference": "100.0000", "weighings": ["100.0001"] * 10}
    with pytest.raises(Refused, match="not in calibration"):
        instruments.record_exercise(lab["inst"], lab["learner"], "balance_check", balance, instruments=["BAL-01"],
                                    training=False)  # fmt: skip
    assert _count(ctx, ExerciseResult) == 0
    practice = instruments.record_exercise(lab["inst"], lab["learner"], "balance_check", balance,
                                           instruments=["BAL-01"])  # fmt: skip
    assert practice.verdict == "pass" and practice.result["instruments"][0]["calibration_ok"] is False


def test_not_evaluable_balance_check_and_idempotent_result(
    ctx: AppContext, instruments: InstrumentService, lab: dict[str, Any]
) -> None:
    """Nine stable weighings and a dynamic one: stored as not evaluable, with why; one UUID twice is one row."""
    inputs = {"reference": "200.0000", "unit": "g",
              "weighings": [*["200.0001"] * 9, {"value": "200.0150", "stable": False}]}  # fmt: skip
    key = str(uuid.uuid4())
    first = instruments.record_exercise(lab["inst"], lab["learner"], "balance_check", inputs, result_uuid=key)
    again = instruments.record_exercise(lab["inst"], lab["learner"], "balance_check", inputs, result_uuid=key)
    assert first.verdict == "not_evaluable" and again.replayed and again.id == first.id
    assert [r["code"] for r in first.result["reasons"]] == ["weighing_not_stable", "too_few_weighings"]
    assert _count(ctx, ExerciseResult) == 1


def test_records_refuse_update_and_delete_and_the_chain_verifies(
    ctx: AppContext, instruments: InstrumentService, lab: dict[str, Any]
) -> None:
    """The database itself refuses changing or removing readings, results and instruments; the audit trail and
    every guard check out."""
    instruments.record_reading(lab["tech"], "BAL-01", weight("100.00"), str(uuid.uuid4()))
    instruments.record_exercise(lab["inst"], lab["learner"], "ph_calibration",
                                {"buffers": [{"ph": "4.01", "mv": "174.5"}, {"ph": "7.00", "mv": "-2.1"}]})  # fmt: skip
    for statement in (
        "UPDATE instrument_reading SET value = '99.99'",
        "DELETE FROM instrument_reading",
        "UPDATE exercise_result SET verdict = 'pass'",
        "DELETE FROM exercise_result",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            _raw(ctx, statement)
    with pytest.raises(DBAPIError, match=r"DELETE refused|append-only"):
        _raw(ctx, "DELETE FROM instrument WHERE asset_code = 'DMM-01'")
    if ctx.db.dialect == "postgresql":
        for table in ("instrument_reading", "exercise_result", "instrument"):
            with pytest.raises(DBAPIError, match="append-only"):
                _raw(ctx, f"TRUNCATE {table} CASCADE")
    assert _count(ctx, InstrumentReading) == 1 and _count(ctx, ExerciseResult) == 1
    assert ctx.audit.verify(ctx.system_actor()).ok
    report = check_database(ctx.db, ctx.system_actor(), ctx.audit)
    assert report.ok, report.items
