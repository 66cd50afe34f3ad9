"""Reading attendance rows for the rules, shared by the scan decision and the attendance review.

Query helpers only: they run inside the caller's transaction and never commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.models import AttendanceEvent, SessionSlot
from aptaskil_desk.domain import attendance


def flags_of(row: AttendanceEvent) -> frozenset[str]:
    return frozenset(filter(None, row.flags.split(",")))


def to_event(row: AttendanceEvent) -> attendance.Event:
    return attendance.Event(row.id, row.kind, row.at, row.supersedes_id, row.session_id, flags_of(row))


def rows_of_day(s: Session, person_id: int, day: date) -> list[AttendanceEvent]:
    """A person's events of a Brussels day, superseded ones included, in time order."""
    start, end = attendance.day_bounds(day)
    stmt = (
        select(AttendanceEvent)
        .where(AttendanceEvent.person_id == person_id, AttendanceEvent.at >= start, AttendanceEvent.at < end)
        .order_by(AttendanceEvent.at, AttendanceEvent.id)
    )
    return list(s.execute(stmt).scalars())


def slots_of_day(s: Session, session_ids: Iterable[int], day: date) -> list[attendance.Slot]:
    ids = set(session_ids)
    if not ids:
        return []
    start, end = attendance.day_bounds(day)
    rows = s.execute(
        select(SessionSlot.starts_at, SessionSlot.ends_at).where(
            SessionSlot.session_id.in_(ids), SessionSlot.starts_at < end, SessionSlot.ends_at > start
        )
    )
    return [attendance.Slot(a, b) for a, b in rows]


def day_attendance(
    s: Session, day: date, events: Sequence[attendance.Event], now: datetime
) -> attendance.DayAttendance:
    """Hours of a day, counted inside the slots of the sessions its standing events belong to."""
    sessions = {e.session_id for e in attendance.effective(events) if e.session_id is not None}
    return attendance.day_attendance(day, events, slots_of_day(s, sessions, day), now)
