"""A "decade" database for scan benchmarks: 60,000 people, their badges, ten years of sessions
and 2,000,000 attendance events, written in bulk (COPY on PostgreSQL, executemany on SQLite).

History is synthetic and bypasses the services (it is not what is measured); the scans made
afterwards go through the real scan service and audit trail.
"""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import Engine, insert, text

from aptaskil_desk.clock import CENTRE_TZ
from aptaskil_desk.db.models import (
    AttendanceEvent,
    Badge,
    Course,
    CourseSession,
    Person,
    Room,
    RosterEntry,
    SessionSlot,
    Terminal,
)
from aptaskil_desk.domain.codes import CodeKind, make_code

ROOMS = 10
BATCH = 20_000


@dataclass(frozen=True)
class Decade:
    codes: list[str]  # badge code of person i+1
    terminals: list[str]  # terminal i stands in room i+1, where a session runs now
    roster_now: dict[int, list[int]]  # room id → person ids on the session running there now


def _chunks(rows: list[dict[str, object]]) -> Iterator[list[dict[str, object]]]:
    for i in range(0, len(rows), BATCH):
        yield rows[i : i + BATCH]


def _bulk(engine: Engine, model: type, rows: list[dict[str, object]]) -> None:
    with engine.begin() as conn:
        for chunk in _chunks(rows):
            conn.execute(insert(model), chunk)


def _copy_events(engine: Engine, rows: Iterator[tuple[object, ...]], columns: list[str]) -> None:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        with cursor.copy(f"COPY attendance_event ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        raw.commit()
    finally:
        raw.close()


def build(engine: Engine, people: int, events: int, now: datetime, seed: int = 1) -> Decade:
    """Fill a migrated, empty database; ``now`` decides which sessions are running."""
    rng = random.Random(seed)
    created = now - timedelta(days=3650)
    _bulk(
        engine,
        Room,
        [{"id": r, "code": f"R{r}", "name": f"Salle {r}", "kind": "laboratory"} for r in range(1, ROOMS + 1)],
    )
    terminals = [f"BENCH-{r}" for r in range(1, ROOMS + 1)]
    _bulk(engine, Terminal, [{"id": r, "name": terminals[r - 1], "room_id": r} for r in range(1, ROOMS + 1)])
    _bulk(engine, Course, [{"id": c, "code": f"C{c}", "title": f"Cours {c}", "family": "qc_lab_technician"}
                           for c in range(1, 41)])  # fmt: skip
    _bulk(engine, Person, [
        {"id": i, "family_name": f"Famille{i}", "given_name": f"Prénom{i}", "category": "job_seeker",
         "external_ref": f"D{i}", "active": True, "created_at": created}
        for i in range(1, people + 1)
    ])  # fmt: skip
    codes = [make_code(CodeKind.BADGE, secrets.token_bytes(10)) for _ in range(people)]
    _bulk(engine, Badge, [
        {"id": i, "person_id": i, "code": codes[i - 1], "issued_at": created, "issued_by": "bench"}
        for i in range(1, people + 1)
    ])  # fmt: skip
    # Ten years of sessions: 300 a year, 20 training days each, two slots a day.
    sessions, slots, roster = [], [], []
    session_id = slot_id = roster_id = 0
    today = now.astimezone(CENTRE_TZ).date()
    roster_now: dict[int, list[int]] = {}
    for year in range(10):
        for k in range(300):
            session_id += 1
            room = session_id % ROOMS + 1
            first = today - timedelta(days=3650 - year * 365 - k)
            running_now = year == 9 and k >= 300 - ROOMS  # the last ten: one per room, running today
            if running_now:
                first = today
            days = [first + timedelta(days=d) for d in range(20)]
            start = datetime.combine(days[0], time(0), tzinfo=CENTRE_TZ)
            sessions.append({"id": session_id, "code": f"S{session_id}", "course_id": session_id % 40 + 1,
                             "room_id": room, "starts_at": start, "ends_at": start + timedelta(days=20)})  # fmt: skip
            for day in days:
                for a, b in (
                    (((0, 0), (12, 0)), ((12, 0), (23, 59)))
                    if running_now
                    else (((8, 30), (12, 0)), ((12, 45), (16, 30)))
                ):
                    slot_id += 1
                    slots.append({"id": slot_id, "session_id": session_id, "room_id": room,
                                  "starts_at": datetime.combine(day, time(*a), tzinfo=CENTRE_TZ),
                                  "ends_at": datetime.combine(day, time(*b), tzinfo=CENTRE_TZ)})  # fmt: skip
            members = rng.sample(range(1, people + 1), 15)
            if running_now:
                roster_now[room] = members
            for pid in members:
                roster_id += 1
                roster.append({"id": roster_id, "session_id": session_id, "person_id": pid, "enrolled_at": start})
    _bulk(engine, CourseSession, sessions)
    _bulk(engine, SessionSlot, slots)
    _bulk(engine, RosterEntry, roster)

    columns = ["event_uuid", "person_id", "kind", "at", "source", "terminal", "badge_id", "room_id", "session_id",
               "flags", "recorded_at", "recorded_by"]  # fmt: skip
    span = int((now - timedelta(days=1) - created).total_seconds())

    def history() -> Iterator[tuple[object, ...]]:
        for i in range(events // 2):
            pid = rng.randint(1, people)
            at = created + timedelta(seconds=rng.randrange(span))
            at = at.replace(microsecond=0)
            room = rng.randint(1, ROOMS)
            for kind, when in (("in", at), ("out", at + timedelta(hours=3))):
                yield (str(uuid.UUID(int=rng.getrandbits(128))), pid, kind, when.astimezone(UTC), "scan",
                       terminals[room - 1], pid, room, None, "", when.astimezone(UTC), "bench")  # fmt: skip
            del i

    if engine.dialect.name == "postgresql":
        _copy_events(engine, history(), columns)
    else:
        with engine.begin() as conn:
            batch: list[dict[str, object]] = []
            for row in history():
                batch.append(dict(zip(columns, row, strict=True)))
                if len(batch) == BATCH:
                    conn.execute(insert(AttendanceEvent), batch)
                    batch = []
            if batch:
                conn.execute(insert(AttendanceEvent), batch)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            for table in ("room", "terminal", "course", "person", "badge", "course_session", "session_slot",
                          "roster_entry", "attendance_event"):  # fmt: skip
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )
            conn.execute(text("ANALYZE"))
        else:
            conn.execute(text("ANALYZE"))
    return Decade(codes, terminals, roster_now)
