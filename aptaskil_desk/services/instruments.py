"""Serial instruments in the register, their recorded readings, and learners' practical exercises.

Rules:
1. An instrument is *in calibration* while its calibration due date is set and not past (today in
   Brussels; due today still counts, as for equipment). A reading taken outside calibration is
   stored with ``calibration_ok`` false: not usable as GMP evidence.
2. Only a stable reading is recorded. Dynamic, overload, underload and error readings are refused
   with a clear message and logged; nothing is stored (no partial reading, ever).
3. A reading and an exercise result carry a client-generated UUID: recording the same one again
   returns the first record instead of a second row.
4. An exercise's result and verdict are computed here from its inputs by ``domain/exercises.py``;
   a verdict given in the inputs is refused as an unknown field. A result that is not training
   needs every instrument it used in calibration.
5. Every change is audited in its own transaction; readings and results are never changed.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.clock import Clock, local
from aptaskil_desk.db.audit import canonical
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.models import ExerciseResult, Instrument, InstrumentReading, Person, Room, RosterEntry
from aptaskil_desk.domain.exercise_inputs import evaluate, kind_of
from aptaskil_desk.domain.exercises import ExerciseKind
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import Conflict, InvalidInput, NotFound, Refused
from aptaskil_desk.instruments.reading import Reading, ReadingStatus
from aptaskil_desk.instruments.registry import KINDS
from aptaskil_desk.services.accounts import AccountService
from aptaskil_desk.services.base import Actor, Service, UnitOfWork
from aptaskil_desk.services.instrument_rows import (
    NOT_GMP_EVIDENCE,
    ExerciseResultInfo,
    InstrumentInfo,
    ReadingInfo,
    calibration_problem,
    checked_uuid,
    instrument_info,
    load_instrument,
    normalised_handshake,
    normalised_line,
    reading_info,
    result_info,
    session_id_of,
)

# The service's results and the flag text are re-exported: callers need only this module.
__all__ = [
    "EXERCISE_DRIVERS",
    "NOT_GMP_EVIDENCE",
    "ExerciseResultInfo",
    "InstrumentInfo",
    "InstrumentService",
    "ReadingInfo",
    "refuse_unusable",
]

log = logging.getLogger(__name__)

#: Which drivers' instruments can serve each exercise.
EXERCISE_DRIVERS: dict[ExerciseKind, frozenset[str]] = {
    ExerciseKind.LOOP_CALIBRATION: frozenset({"scpi-dmm", "modbus-rtu"}),
    ExerciseKind.BALANCE_CHECK: frozenset({"mt-sics", "sartorius-sbi"}),
    ExerciseKind.PH_CALIBRATION: frozenset({"orion-star"}),
}


def refuse_unusable(asset_code: str, reading: Reading) -> None:
    """Refuse (and log) a reading that may not be recorded; nothing is stored."""
    if reading.usable:
        return
    log.warning("reading from %s refused: %s; raw %s", asset_code, reading.describe(), reading.raw.hex(" "))
    if reading.status is ReadingStatus.DYNAMIC:
        raise Refused("The reading is not stable yet: wait for a stable value. Nothing was stored.")
    if reading.status is ReadingStatus.OVERLOAD:
        raise Refused("The instrument is overloaded (above its range). Nothing was stored.")
    if reading.status is ReadingStatus.UNDERLOAD:
        raise Refused("The instrument is underloaded (below its range). Nothing was stored.")
    raise Refused("The instrument answered with an error ({detail}). Nothing was stored.",
                  detail=reading.message or reading.raw.decode("ascii", "replace").strip())  # fmt: skip


def _check_identity(i: Instrument, reading: Reading) -> None:
    """The instrument on the line must be the registered one when both state a serial number."""
    reported = reading.instrument.serial_number.strip()
    registered = (i.serial_number or "").strip()
    if reported and registered and reported.casefold() != registered.casefold():
        raise Refused("The instrument on the line reports serial number {reported}, but {code} is registered with "
                      "{registered}. Nothing was stored.", reported=reported, code=i.asset_code,
                      registered=registered)  # fmt: skip


def store_reading(
    uow: UnitOfWork, asset_code: str, reading: Reading, reading_uuid: str, *, person_id: int | None = None,
    session_code: str | None = None,
) -> tuple[InstrumentReading, bool]:  # fmt: skip
    """Store one usable reading (checked by :func:`refuse_unusable`) in the caller's transaction, with
    its audit row; the same UUID again returns the first record. ``(row, created)``."""
    s = uow.session
    i = load_instrument(s, asset_code)
    same_uuid = select(InstrumentReading).where(InstrumentReading.reading_uuid == reading_uuid)
    earlier = s.execute(same_uuid).scalar_one_or_none()
    if earlier is not None:
        _replay_reading(s, earlier, i, reading)
        return earlier, False
    if not i.active:
        raise Refused("{code} is withdrawn from use: its readings are not recorded.", code=asset_code)
    _check_identity(i, reading)
    if person_id is not None and s.get(Person, person_id) is None:
        raise NotFound("No person with id {id}.", id=person_id)
    ok = calibration_problem(i.calibration_due, local(uow.now()).date()) is None
    identity = canonical(dataclasses.asdict(reading.instrument))
    row = InstrumentReading(
        reading_uuid=reading_uuid, instrument_id=i.id, value=str(reading.value), unit=reading.unit,
        status=reading.status.value, quantity=reading.quantity, raw_hex=reading.raw.hex(), at=reading.at,
        identity=identity, calibration_ok=ok, person_id=person_id, session_id=session_id_of(s, session_code),
        terminal=uow.actor.terminal, recorded_at=uow.now(), recorded_by=uow.actor.name,
    )  # fmt: skip
    s.add(row)
    s.flush()
    uow.audit("instrument.reading", "instrument_reading", row.id, new={
        "uuid": reading_uuid, "instrument": asset_code, "value": row.value, "unit": row.unit,
        "status": row.status, "quantity": row.quantity, "raw_hex": row.raw_hex, "at": reading.at,
        "identity": json.loads(identity), "calibration_ok": ok, "person_id": person_id,
        "session": session_code,
    })  # fmt: skip
    return row, True


class InstrumentService(Service):
    """The instrument register, recorded readings and practical exercise results."""

    def __init__(self, db: Database, clock: Clock, accounts: AccountService) -> None:
        super().__init__(db, clock)
        self._accounts = accounts  # the signed real (non-training) results will authenticate through it

    def _today(self) -> date:
        return local(self._clock.now()).date()

    # --- register --------------------------------------------------------------------------------

    def register(
        self, actor: Actor, asset_code: str, name: str, driver: str, *, port: str | None = None,
        line: str | None = None, handshake: str | None = None, serial_number: str | None = None,
        calibration_due: date | None = None, room_code: str | None = None,
    ) -> InstrumentInfo:  # fmt: skip
        """Register an instrument (active). ``line``/``handshake`` None: the driver's factory settings."""
        if not asset_code.strip() or not name.strip():
            raise InvalidInput("An instrument needs an asset code and a name.")
        if driver not in KINDS:
            raise InvalidInput("Unknown instrument driver {name!r}; known: {known}.", name=driver,
                               known=", ".join(sorted(KINDS)))  # fmt: skip
        line, handshake = normalised_line(line), normalised_handshake(handshake)

        def work(uow: UnitOfWork) -> InstrumentInfo:
            uow.require(Permission.MANAGE_EQUIPMENT)
            s = uow.session
            if s.execute(select(Instrument.id).where(Instrument.asset_code == asset_code)).first():
                raise InvalidInput("Instrument {code!r} already exists.", code=asset_code)
            room_id = None
            if room_code is not None:
                room_id = s.execute(select(Room.id).where(Room.code == room_code)).scalar_one_or_none()
                if room_id is None:
                    raise NotFound("No room {code!r}.", code=room_code)
            i = Instrument(
                asset_code=asset_code, name=name, driver=driver, port=port, line=line, handshake=handshake,
                serial_number=serial_number, calibration_due=calibration_due, room_id=room_id, active=True,
                created_at=uow.now(),
            )  # fmt: skip
            s.add(i)
            s.flush()
            uow.audit("instrument.create", "instrument", i.id, new={
                "asset_code": asset_code, "name": name, "driver": driver, "port": port, "line": line,
                "handshake": handshake, "serial_number": serial_number, "calibration_due": calibration_due,
                "room": room_code,
            })  # fmt: skip
            return instrument_info(s, i, local(uow.now()).date())

        return self._write(actor, work)

    def get(self, asset_code: str) -> InstrumentInfo:
        today = self._today()
        return self._read(lambda s: instrument_info(s, load_instrument(s, asset_code), today))

    def all(self, *, include_inactive: bool = True) -> list[InstrumentInfo]:
        today = self._today()

        def work(s: Session) -> list[InstrumentInfo]:
            stmt = select(Instrument).order_by(Instrument.asset_code)
            if not include_inactive:
                stmt = stmt.where(Instrument.active.is_(True))
            return [instrument_info(s, i, today) for i in s.execute(stmt).scalars()]

        return self._read(work)

    def _change(self, actor: Actor, asset_code: str, action: str, changes: Mapping[str, Any], reason: str | None
                ) -> InstrumentInfo:  # fmt: skip
        def work(uow: UnitOfWork) -> InstrumentInfo:
            uow.require(Permission.MANAGE_EQUIPMENT)
            i = load_instrument(uow.session, asset_code, lock=True)
            old = {k: getattr(i, k) for k in changes}
            for k, v in changes.items():
                setattr(i, k, v)
            uow.session.flush()
            uow.audit(action, "instrument", i.id, old={"asset_code": asset_code, **old},
                      new={"asset_code": asset_code, **changes}, reason=reason)  # fmt: skip
            return instrument_info(uow.session, i, local(uow.now()).date())

        return self._write(actor, work)

    def set_calibration(self, actor: Actor, asset_code: str, due: date, reason: str) -> InstrumentInfo:
        """A new calibration due date (after a calibration: the certificate in the reason)."""
        if not reason.strip():
            raise InvalidInput("A reason is required.")
        return self._change(actor, asset_code, "instrument.calibration", {"calibration_due": due}, reason)

    def set_active(self, actor: Actor, asset_code: str, active: bool, reason: str) -> InstrumentInfo:
        """Withdraw an instrument from use (its readings are then refused) or bring it back."""
        if not reason.strip():
            raise InvalidInput("A reason is required.")
        return self._change(actor, asset_code, "instrument.active", {"active": active}, reason)

    def set_connection(
        self, actor: Actor, asset_code: str, *, port: str | None, line: str | None = None,
        handshake: str | None = None, reason: str | None = None,
    ) -> InstrumentInfo:  # fmt: skip
        """Where and how the instrument is connected (a USB adapter moved, a line setting changed)."""
        changes = {"port": port or None, "line": normalised_line(line), "handshake": normalised_handshake(handshake)}
        return self._change(actor, asset_code, "instrument.connection", changes, reason)

    # --- readings --------------------------------------------------------------------------------

    def record_reading(
        self, actor: Actor, asset_code: str, reading: Reading, reading_uuid: str, *, person_id: int | None = None,
        session_code: str | None = None,
    ) -> ReadingInfo:  # fmt: skip
        """Record one stable reading with its raw bytes, flagged when the instrument is out of
        calibration. Refused, with nothing stored, when the reading is not stable or the
        instrument is withdrawn or not the registered one. The same UUID again returns the first record."""
        reading_uuid = checked_uuid(reading_uuid)
        refuse_unusable(asset_code, reading)
        if reading.at.tzinfo is None:
            raise InvalidInput("The reading's time has no time zone.")
        assert reading.value is not None  # a stable reading has one

        def work(uow: UnitOfWork) -> ReadingInfo:
            uow.require(Permission.RECORD_LOGBOOK)
            row, created = store_reading(uow, asset_code, reading, reading_uuid, person_id=person_id,
                                         session_code=session_code)  # fmt: skip
            return reading_info(uow.session, row, replayed=not created)

        try:
            return self._write(actor, work)
        except Conflict:  # the same UUID recorded by a racing retry: return that record
            found = self._read(lambda s: s.execute(
                select(InstrumentReading).where(InstrumentReading.reading_uuid == reading_uuid)
            ).scalar_one_or_none())  # fmt: skip
            if found is None:
                raise
            return self._read(lambda s: _replay_reading(s, found, load_instrument(s, asset_code), reading))

    def readings(self, asset_code: str, *, limit: int = 100) -> list[ReadingInfo]:
        """The instrument's latest recorded readings, newest first."""

        def work(s: Session) -> list[ReadingInfo]:
            i = load_instrument(s, asset_code)
            rows = s.execute(
                select(InstrumentReading).where(InstrumentReading.instrument_id == i.id)
                .order_by(InstrumentReading.at.desc(), InstrumentReading.id.desc()).limit(limit)
            ).scalars()  # fmt: skip
            return [reading_info(s, r) for r in rows]

        return self._read(work)

    # --- exercises -------------------------------------------------------------------------------

    def record_exercise(
        self, actor: Actor, person_id: int, kind: str, inputs: Mapping[str, Any], session_code: str | None = None,
        *, instruments: Sequence[str] = (), training: bool = True, result_uuid: str | None = None,
    ) -> ExerciseResultInfo:  # fmt: skip
        """Compute a learner's exercise from its inputs and record inputs, result and verdict.

        ``instruments``: asset codes of the instruments read. ``result_uuid`` makes a retry safe.
        Raises InvalidInput (bad inputs, naming the field), NotFound, Refused; nothing is stored then.
        """
        result_uuid = checked_uuid(result_uuid)
        evaluation = evaluate(kind, inputs)
        exercise = kind_of(kind)

        def work(uow: UnitOfWork) -> ExerciseResultInfo:
            uow.require(Permission.RECORD_LOGBOOK)
            s = uow.session
            earlier = s.execute(
                select(ExerciseResult).where(ExerciseResult.result_uuid == result_uuid)
            ).scalar_one_or_none()
            if earlier is not None:
                return result_info(s, earlier, replayed=True)
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound("No person with id {id}.", id=person_id)
            session_id = session_id_of(s, session_code)
            if session_id is not None and not s.execute(select(RosterEntry.id).where(
                RosterEntry.session_id == session_id, RosterEntry.person_id == person_id,
                RosterEntry.withdrawn_at.is_(None),
            )).first():  # fmt: skip
                raise InvalidInput("{name} is not enrolled in session {code}.", name=person.display_name,
                                   code=session_code)  # fmt: skip
            used = _instruments_for(s, exercise, instruments, local(uow.now()).date(), training=training)
            result = {**evaluation.result, "instruments": used}
            row = ExerciseResult(
                result_uuid=result_uuid, kind=exercise.value, person_id=person_id, session_id=session_id,
                instrument_ids=canonical([u["id"] for u in used]), inputs=canonical(evaluation.inputs),
                result=canonical(result), verdict=evaluation.verdict.value, training=training,
                terminal=uow.actor.terminal, recorded_at=uow.now(), recorded_by=uow.actor.name,
            )  # fmt: skip
            s.add(row)
            s.flush()
            uow.audit("exercise.record", "exercise_result", row.id, new={
                "uuid": result_uuid, "kind": exercise.value, "person_id": person_id, "session": session_code,
                "instruments": used, "inputs": evaluation.inputs, "verdict": evaluation.verdict.value,
                "training": training,
            })  # fmt: skip
            return result_info(s, row)

        return self._write(actor, work)

    def exercise_results(self, person_id: int | None = None, session_code: str | None = None
                         ) -> list[ExerciseResultInfo]:  # fmt: skip
        """Recorded exercise results, oldest first, of one person and/or one session (for the reports)."""

        def work(s: Session) -> list[ExerciseResultInfo]:
            stmt = select(ExerciseResult).order_by(ExerciseResult.recorded_at, ExerciseResult.id)
            if person_id is not None:
                stmt = stmt.where(ExerciseResult.person_id == person_id)
            if session_code is not None:
                stmt = stmt.where(ExerciseResult.session_id == session_id_of(s, session_code))
            return [result_info(s, r) for r in s.execute(stmt).scalars()]

        return self._read(work)


def _replay_reading(s: Session, earlier: InstrumentReading, i: Instrument, reading: Reading) -> ReadingInfo:
    """The first record of a UUID, if the reading sent again is the same one."""
    if earlier.instrument_id != i.id or earlier.raw_hex != reading.raw.hex() or earlier.value != str(reading.value):
        raise Conflict("Reading {uuid} was already recorded with other content. Nothing was stored.",
                       uuid=earlier.reading_uuid)  # fmt: skip
    return reading_info(s, earlier, replayed=True)


def _instruments_for(
    s: Session, kind: ExerciseKind, codes: Sequence[str], today: date, *, training: bool
) -> list[dict[str, Any]]:
    """The instruments an exercise used, with their calibration state now; refused when one cannot serve."""
    used = []
    for code in dict.fromkeys(codes):
        i = load_instrument(s, code)
        if not i.active:
            raise Refused("{code} is withdrawn from use: its readings are not recorded.", code=code)
        if i.driver not in EXERCISE_DRIVERS[kind]:
            raise InvalidInput("{code} ({driver}) cannot serve a {kind} exercise.", code=code, driver=i.driver,
                               kind=kind.value)  # fmt: skip
        ok = calibration_problem(i.calibration_due, today) is None
        if not training and not ok:
            raise Refused("{code} is not in calibration: only a training result may use it.", code=code)
        used.append({"id": i.id, "asset_code": code, "calibration_ok": ok})
    return used
