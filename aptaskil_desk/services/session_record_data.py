"""A course session's record read from the database: the session, its learners, their days, stays,
corrections, equipment uses and exercise results (what ``report session`` prints and ``report verify``
compares; the rules are in :mod:`aptaskil_desk.services.session_record`).

Query helpers only: :func:`load_record` runs inside the caller's transaction and never commits.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.models import (
    AttendanceEvent,
    Course,
    CourseSession,
    Equipment,
    ExerciseResult,
    LogbookEntry,
    Person,
    Room,
    RosterEntry,
    SessionSlot,
)
from aptaskil_desk.domain import attendance
from aptaskil_desk.domain.attendance_flags import day_flags
from aptaskil_desk.domain.hours import day_slots
from aptaskil_desk.domain.names import sort_key
from aptaskil_desk.errors import NotFound


@dataclass(frozen=True)
class Stay:
    check_in: datetime | None  # None: a check-out with no check-in
    check_out: datetime | None  # None: no check-out (still in, or never closed)
    counted: timedelta
    flags: tuple[str, ...]
    in_corrected: bool  # the time comes from a correction
    out_corrected: bool


@dataclass(frozen=True)
class Correction:
    kind: str  # in | out | void
    at: datetime
    original_kind: str | None  # None: a forgotten scan added
    original_at: datetime | None
    reason: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class LearnerDay:
    day: date
    stays: tuple[Stay, ...]
    counted: timedelta
    flags: tuple[str, ...]
    corrections: tuple[Correction, ...]
    unscheduled: tuple[Stay, ...]  # stays whose check-in counted for no session (flagged at the kiosk)


@dataclass(frozen=True)
class EquipmentUseLine:
    equipment_code: str
    equipment_name: str
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True)
class ExerciseLine:
    kind: str
    at: datetime
    verdict: str
    instruments: tuple[str, ...]
    training: bool


@dataclass(frozen=True)
class LearnerRecord:
    person_id: int
    name: str
    category: str | None
    enrolled: bool
    days: tuple[LearnerDay, ...]
    uses: tuple[EquipmentUseLine, ...]
    exercises: tuple[ExerciseLine, ...]
    withdrawn_at: datetime | None = None  # withdrawn from the roster (the row stays, see RosterEntry)

    @property
    def counted(self) -> timedelta:
        return sum((d.counted for d in self.days), timedelta(0))


@dataclass(frozen=True)
class SessionRecord:
    session_code: str
    course_code: str
    course_title: str
    room_code: str
    room_name: str
    instructor: str | None
    slots: tuple[attendance.Slot, ...]
    days: tuple[date, ...]
    learners: tuple[LearnerRecord, ...]

    @property
    def counted(self) -> timedelta:
        return sum((learner.counted for learner in self.learners), timedelta(0))

    def scheduled(self, day: date | None = None) -> timedelta:
        """Teaching time of the slots (of one day, or of all), overlaps counted once."""
        if not self.slots:
            return timedelta(0)
        start, end = attendance.day_bounds(day) if day else (self.slots[0].starts_at, self.slots[-1].ends_at)
        return attendance.clipped(start, end, self.slots)

    def parts(self) -> dict[str, Any]:
        """The canonical content of what is printed, by part (see the module docstring)."""
        us = timedelta(microseconds=1)
        found: dict[str, Any] = {"session": {
            "code": self.session_code, "course": self.course_code, "title": self.course_title,
            "room": self.room_code, "room_name": self.room_name, "instructor": self.instructor,
            "slots": [[s.starts_at, s.ends_at] for s in self.slots],
        }}  # fmt: skip
        for p in self.learners:
            found[f"learner:{p.person_id}"] = {"name": p.name, "category": p.category, "enrolled": p.enrolled,
                                               "withdrawn_at": p.withdrawn_at}  # fmt: skip
            for d in p.days:
                found[f"day:{p.person_id}:{d.day.isoformat()}"] = {
                    "stays": [[s.check_in, s.check_out, s.counted // us, list(s.flags), s.in_corrected,
                               s.out_corrected] for s in d.stays],
                    "counted": d.counted // us, "flags": list(d.flags),
                    "corrections": [[c.kind, c.at, c.original_kind, c.original_at, c.reason, c.recorded_by,
                                     c.recorded_at] for c in d.corrections],
                    "unscheduled": [[u.check_in, u.check_out, u.counted // us, list(u.flags)] for u in d.unscheduled],
                }  # fmt: skip
            if p.uses:
                found[f"equipment:{p.person_id}"] = [[u.equipment_code, u.equipment_name, u.started_at, u.ended_at]
                                                     for u in p.uses]  # fmt: skip
            if p.exercises:
                found[f"exercises:{p.person_id}"] = [[e.kind, e.at, e.verdict, list(e.instruments), e.training]
                                                     for e in p.exercises]  # fmt: skip
        return found


def _uses(s: Session, people: set[int], slots: list[attendance.Slot]) -> dict[int, list[EquipmentUseLine]]:
    """Standing ``use`` entries of these people that started during a slot, with their ends."""
    found: dict[int, list[EquipmentUseLine]] = defaultdict(list)
    if not people or not slots:
        return found
    rows = s.execute(
        select(LogbookEntry, Equipment.code, Equipment.name)
        .join(Equipment, LogbookEntry.equipment_id == Equipment.id)
        .where(LogbookEntry.kind == "use", LogbookEntry.person_id.in_(people),
               LogbookEntry.at >= slots[0].starts_at, LogbookEntry.at < slots[-1].ends_at)
        .order_by(LogbookEntry.at, LogbookEntry.id)
    ).all()  # fmt: skip
    rows = [r for r in rows if any(slot.starts_at <= r[0].at < slot.ends_at for slot in slots)]
    ids = [r[0].id for r in rows]
    superseded = set(s.execute(select(LogbookEntry.supersedes_id).where(LogbookEntry.supersedes_id.in_(ids))).scalars())
    ends = dict(s.execute(select(LogbookEntry.closes_id, LogbookEntry.at).where(LogbookEntry.closes_id.in_(ids))).all())
    for entry, code, name in rows:
        if entry.id not in superseded and entry.person_id is not None:
            found[entry.person_id].append(EquipmentUseLine(code, name, entry.at, ends.get(entry.id)))
    return found


def _exercises(s: Session, session_id: int) -> dict[int, list[ExerciseLine]]:
    found: dict[int, list[ExerciseLine]] = defaultdict(list)
    rows = s.execute(
        select(ExerciseResult).where(ExerciseResult.session_id == session_id)
        .order_by(ExerciseResult.recorded_at, ExerciseResult.id)
    ).scalars()  # fmt: skip
    for r in rows:
        result = json.loads(r.result)
        used = tuple(str(i.get("asset_code", "")) for i in result.get("instruments", []) if isinstance(i, dict))
        found[r.person_id].append(ExerciseLine(r.kind, r.recorded_at, r.verdict, used, r.training))
    return found


_EVENT_COLUMNS = (AttendanceEvent.id, AttendanceEvent.person_id, AttendanceEvent.kind, AttendanceEvent.at,
                  AttendanceEvent.session_id, AttendanceEvent.supersedes_id, AttendanceEvent.flags,
                  AttendanceEvent.source, AttendanceEvent.reason, AttendanceEvent.recorded_by,
                  AttendanceEvent.recorded_at)  # fmt: skip


def _flags(text: str) -> frozenset[str]:
    """An event's stored flags (as ``attendance_rows.flags_of`` reads them)."""
    return frozenset(filter(None, text.split(",")))


def _owners(day: attendance.DayAttendance, standing: list[attendance.Event]) -> list[int | None]:
    """The session each stay of ``day`` belongs to: that of its check-in (a check-out with no
    check-in: its own), as ``domain/hours.py`` gives stays to sessions."""
    check_ins = iter(e for e in standing if e.kind == "in")
    outs = {e.at: e.session_id for e in standing if e.kind == "out"}
    return [outs.get(p.check_out) if "unpaired_out" in p.flags and p.check_out else next(check_ins).session_id
            for p in day.pairs]  # fmt: skip


def _day(
    day: date, rows: list[Any], session_id: int, slots: Mapping[int, list[attendance.Slot]],
    now: datetime,
) -> LearnerDay:  # fmt: skip
    """One learner's day as the day view counts it (all the day's events, the slots of their sessions),
    keeping the stays that belong to this session; stays of no session are listed as unscheduled."""
    events = [attendance.Event(r.id, r.kind, r.at, r.supersedes_id, r.session_id, _flags(r.flags)) for r in rows]
    standing = attendance.effective(events)
    sessions = {e.session_id for e in standing if e.session_id is not None}
    counted = attendance.day_attendance(day, events, day_slots(day, sessions, slots), now)
    owners = _owners(counted, standing)
    corrected = {(e.kind, e.at) for e in standing if "corrected" in e.flags}
    stays = [
        Stay(None if "unpaired_out" in p.flags else p.check_in, p.check_out, p.counted, tuple(sorted(p.flags)),
             ("in", p.check_in) in corrected and "unpaired_out" not in p.flags, ("out", p.check_out) in corrected)
        for p in counted.pairs
    ]  # fmt: skip
    unscheduled = tuple(stay for stay, owner in zip(stays, owners, strict=True) if owner is None)
    mine = tuple(stay for stay, owner in zip(stays, owners, strict=True) if owner == session_id)
    flags = {f for stay in mine for f in stay.flags} | ({"unscheduled"} if unscheduled else set())
    flags |= day_flags(mine, day_slots(day, [session_id], slots))  # late, left_early (domain/attendance_flags.py)
    standing_ids = {e.id for e in standing}
    by_id = {r.id: r for r in rows}
    corrections = []
    for r in (r for r in rows if r.session_id == session_id):
        if r.id in standing_ids or r.source == "correction":
            flags |= _flags(r.flags)
        if r.source == "correction":
            o = by_id.get(r.supersedes_id) if r.supersedes_id is not None else None
            corrections.append(Correction(r.kind, r.at, o.kind if o else None, o.at if o else None, r.reason or "",
                                          r.recorded_by, r.recorded_at))  # fmt: skip
    total = sum((s.counted for s in mine), timedelta(0))
    return LearnerDay(day, mine, total, tuple(sorted(flags)), tuple(corrections), unscheduled)


def load_record(s: Session, code: str, now: datetime) -> SessionRecord:
    """Read a session's record inside the caller's transaction (see the module docstring)."""
    found = s.execute(
        select(CourseSession, Course, Room)
        .join(Course, CourseSession.course_id == Course.id)
        .join(Room, CourseSession.room_id == Room.id)
        .where(CourseSession.code == code)
    ).one_or_none()
    if found is None:
        raise NotFound("No session {code!r}.", code=code)
    session, course, room = found
    instructor = s.get(Person, session.instructor_id) if session.instructor_id is not None else None
    slots = [attendance.Slot(a, b) for a, b in s.execute(
        select(SessionSlot.starts_at, SessionSlot.ends_at).where(SessionSlot.session_id == session.id)
        .order_by(SessionSlot.starts_at, SessionSlot.ends_at)
    )]  # fmt: skip
    roster: dict[int, datetime | None] = {person: withdrawn for person, withdrawn in s.execute(
        select(RosterEntry.person_id, RosterEntry.withdrawn_at).where(RosterEntry.session_id == session.id)
    )}  # fmt: skip
    dated = s.execute(
        select(AttendanceEvent.person_id, AttendanceEvent.at).where(AttendanceEvent.session_id == session.id)
    ).all()
    ids = set(roster) | {person for person, _ in dated}
    days = sorted({attendance.local_day(x.starts_at) for x in slots} | {attendance.local_day(at) for _, at in dated})
    rows: list[Any] = []  # plain rows (no ORM objects: a long session has thousands)
    if days and ids:
        first, last = attendance.day_bounds(days[0])[0], attendance.day_bounds(days[-1])[1]
        rows = list(s.execute(
            select(*_EVENT_COLUMNS).where(AttendanceEvent.person_id.in_(ids), AttendanceEvent.at >= first,
                                          AttendanceEvent.at < last)
            .order_by(AttendanceEvent.at, AttendanceEvent.id)
        ).all())  # fmt: skip
    by_day: dict[tuple[int, date], list[Any]] = defaultdict(list)
    for r in rows:
        by_day[(r.person_id, attendance.local_day(r.at))].append(r)
    session_slots = _slots(s, {r.session_id for r in rows if r.session_id is not None} - {session.id}, days)
    session_slots[session.id] = slots
    people = list(s.execute(select(Person).where(Person.id.in_(ids))).scalars()) if ids else []
    uses, exercises = _uses(s, ids, slots), _exercises(s, session.id)
    learners = tuple(
        LearnerRecord(
            p.id, p.display_name, p.category, p.id in roster,
            tuple(_day(d, by_day[(p.id, d)], session.id, session_slots, now) for d in days),
            tuple(uses.get(p.id, ())), tuple(exercises.get(p.id, ())), roster.get(p.id),
        )
        for p in sorted(people, key=lambda p: (sort_key(p.family_name, p.given_name), p.id))
    )  # fmt: skip
    teacher = instructor.display_name if instructor else None
    return SessionRecord(session.code, course.code, course.title, room.code, room.name, teacher, tuple(slots),
                         tuple(days), learners)  # fmt: skip


def _slots(s: Session, session_ids: set[int], days: list[date]) -> dict[int, list[attendance.Slot]]:
    """The slots of other sessions the learners' events name, on the record's days."""
    found: dict[int, list[attendance.Slot]] = defaultdict(list)
    if session_ids and days:
        first, last = attendance.day_bounds(days[0])[0], attendance.day_bounds(days[-1])[1]
        for sid, a, b in s.execute(
            select(SessionSlot.session_id, SessionSlot.starts_at, SessionSlot.ends_at)
            .where(SessionSlot.session_id.in_(session_ids), SessionSlot.starts_at < last, SessionSlot.ends_at > first)
        ):  # fmt: skip
            found[sid].append(attendance.Slot(a, b))
    return found
