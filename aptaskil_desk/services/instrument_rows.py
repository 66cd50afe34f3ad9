"""What the instrument service returns, and the row lookups and input checks it shares.

Frozen dataclasses built from rows inside a transaction (never live ORM objects), and small helpers
that read or validate one thing; :mod:`aptaskil_desk.services.instruments` holds the use cases.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.models import CourseSession, ExerciseResult, Instrument, InstrumentReading, Person, Room
from aptaskil_desk.domain.equipment import Reason
from aptaskil_desk.errors import InvalidInput, NotFound
from aptaskil_desk.i18n import N_
from aptaskil_desk.instruments.line import parse_line
from aptaskil_desk.instruments.reading import InstrumentIdentity

HANDSHAKES = ("none", "xon/xoff", "rts/cts", "dtr/dsr")
#: Shown beside a reading taken outside calibration (translated where shown).
NOT_GMP_EVIDENCE = N_("Instrument not in calibration when read: not usable as GMP evidence.")


@dataclass(frozen=True)
class InstrumentInfo:
    id: int
    asset_code: str
    name: str
    driver: str
    port: str | None
    line: str | None  # "9600,8N1"; None: the driver's factory settings
    handshake: str | None
    serial_number: str | None
    calibration_due: date | None
    room: str | None
    active: bool
    #: Why its readings are not GMP evidence today (calibration_overdue / no_calibration), or None.
    calibration_problem: Reason | None

    @property
    def calibration_ok(self) -> bool:
        return self.calibration_problem is None


@dataclass(frozen=True)
class ReadingInfo:
    id: int
    reading_uuid: str
    asset_code: str
    value: Decimal
    unit: str
    status: str
    quantity: str
    raw: bytes
    at: datetime
    identity: InstrumentIdentity
    calibration_ok: bool
    person_id: int | None
    session_code: str | None
    recorded_at: datetime
    recorded_by: str
    #: True when this UUID had been recorded before and the first record is returned.
    replayed: bool = False

    @property
    def note(self) -> str | None:
        """Why this reading is not GMP evidence (source text, to translate), or None."""
        return None if self.calibration_ok else NOT_GMP_EVIDENCE


@dataclass(frozen=True)
class ExerciseResultInfo:
    id: int
    result_uuid: str
    kind: str
    person_id: int
    person_name: str
    session_code: str | None
    instruments: tuple[str, ...]  # asset codes
    inputs: Mapping[str, Any]
    result: Mapping[str, Any]
    verdict: str
    training: bool
    recorded_at: datetime
    recorded_by: str
    replayed: bool = False


def calibration_problem(due: date | None, today: date) -> Reason | None:
    if due is None:
        return Reason("no_calibration")
    if due < today:
        return Reason("calibration_overdue", {"since": due.isoformat()})
    return None


def instrument_info(s: Session, i: Instrument, today: date) -> InstrumentInfo:
    room = s.get(Room, i.room_id) if i.room_id else None
    return InstrumentInfo(
        i.id, i.asset_code, i.name, i.driver, i.port, i.line, i.handshake, i.serial_number, i.calibration_due,
        room.code if room else None, i.active, calibration_problem(i.calibration_due, today),
    )  # fmt: skip


def reading_info(s: Session, r: InstrumentReading, *, replayed: bool = False) -> ReadingInfo:
    instrument = s.get(Instrument, r.instrument_id)
    session = s.get(CourseSession, r.session_id) if r.session_id else None
    assert instrument is not None
    return ReadingInfo(
        r.id, r.reading_uuid, instrument.asset_code, Decimal(r.value), r.unit, r.status, r.quantity,
        bytes.fromhex(r.raw_hex), r.at, InstrumentIdentity(**json.loads(r.identity)), r.calibration_ok, r.person_id,
        session.code if session else None, r.recorded_at, r.recorded_by, replayed,
    )  # fmt: skip


def result_info(s: Session, r: ExerciseResult, *, replayed: bool = False) -> ExerciseResultInfo:
    person = s.get(Person, r.person_id)
    session = s.get(CourseSession, r.session_id) if r.session_id else None
    ids = json.loads(r.instrument_ids)
    codes = {
        i: code for i, code in s.execute(select(Instrument.id, Instrument.asset_code).where(Instrument.id.in_(ids)))
    }
    assert person is not None
    return ExerciseResultInfo(
        r.id, r.result_uuid, r.kind, r.person_id, person.display_name, session.code if session else None,
        tuple(codes[i] for i in ids), json.loads(r.inputs), json.loads(r.result), r.verdict, r.training,
        r.recorded_at, r.recorded_by, replayed,
    )  # fmt: skip


def load_instrument(s: Session, asset_code: str, *, lock: bool = False) -> Instrument:
    stmt = select(Instrument).where(Instrument.asset_code == asset_code)
    if lock:
        stmt = stmt.with_for_update()
    found = s.execute(stmt).scalar_one_or_none()
    if found is None:
        raise NotFound("No instrument {code!r}.", code=asset_code)
    return found


def session_id_of(s: Session, code: str | None) -> int | None:
    if code is None:
        return None
    found = s.execute(select(CourseSession.id).where(CourseSession.code == code)).scalar_one_or_none()
    if found is None:
        raise NotFound("No session {code!r}.", code=code)
    return found


def checked_uuid(value: str | None) -> str:
    if value is None:
        return str(uuid.uuid4())
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise InvalidInput("{value!r} is not a UUID.", value=value) from None


def normalised_line(line: str | None) -> str | None:
    if line is None or not line.strip():
        return None
    settings = parse_line(line)
    return f"{settings.baudrate},{settings.framing}"


def normalised_handshake(handshake: str | None) -> str | None:
    if handshake is None or not handshake.strip():
        return None
    value = handshake.strip().lower()
    if value not in HANDSHAKES:
        raise InvalidInput("Unknown handshake {value!r}: use none, xon/xoff, rts/cts or dtr/dsr.", value=handshake)
    return value
