"""Schedules: ``session import-schedule`` (sessions and slots from a CSV, all or nothing), and the
rules applied when a session's slots are edited (``reschedule``).

Rules (docs/courses.md):
- A session code not on record is created with the file's course, instructor and slots; its home
  room is the room of its first slot (``session.create``).
- A session on record must have the file's course and instructor (change those with ``session
  edit``). Its slots already on record (same start and end, same room) are left as they are;
  the file's other slots are added (``session.update`` with the old and new slots), but never in
  the past and never overlapping a slot it has. Nothing is removed by an import.
- So importing the same file again creates nothing and writes no audit row.
- Every problem of every line is reported; with any problem nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.clock import local
from aptaskil_desk.db.models import Course, CourseSession, Room, SessionSlot
from aptaskil_desk.domain.learner_csv import RowProblem
from aptaskil_desk.domain.schedule_csv import Msg, ParsedSchedule, SlotRow, first_overlap
from aptaskil_desk.errors import InvalidInput, NotFound, Refused
from aptaskil_desk.services.base import UnitOfWork
from aptaskil_desk.services.course_rows import (
    ScheduleReport,
    instructor_ref,
    instructors_by_login,
    room_codes,
    slot_values,
    slots_of,
)


@dataclass
class _Session:
    """One session of the file, with what the database holds of it."""

    rows: list[SlotRow] = field(default_factory=list)
    stored: CourseSession | None = None
    slots: list[SessionSlot] = field(default_factory=list)
    new_rows: list[SlotRow] = field(default_factory=list)


def _hm(instant: datetime) -> str:
    return local(instant).strftime("%H:%M")


class SchedulePlan:
    """The database's side of an import: what exists, what each line would add, what is refused."""

    def __init__(self, s: Session, parsed: ParsedSchedule, now: datetime) -> None:
        self.parsed = parsed
        rows = parsed.rows
        self.courses = dict(
            s.execute(select(Course.code, Course.id).where(Course.code.in_({r.course_code for r in rows}))).all()
        )
        self.rooms = dict(s.execute(select(Room.code, Room.id).where(Room.code.in_({r.room for r in rows}))).all())
        self.room_codes = room_codes(s)
        self.logins = instructors_by_login(s, (r.instructor_login for r in rows if r.instructor_login))
        self.sessions: dict[str, _Session] = {}
        for row in rows:
            self.sessions.setdefault(row.session_code, _Session()).rows.append(row)
        stored = select(CourseSession).where(CourseSession.code.in_(list(self.sessions)))
        for session in s.execute(stored).scalars():
            self.sessions[session.code].stored = session
            self.sessions[session.code].slots = slots_of(s, session.id)
        self.problems: list[RowProblem] = []
        self.unchanged = 0
        for code, planned in self.sessions.items():
            self._check(s, code, planned, now)

    def _problem(self, row: SlotRow, key: str | None, message: str, **params: str | int) -> None:
        column = self.parsed.columns.get(key) if key else None
        self.problems.append(RowProblem(row.line, column, message, dict(params)))

    def _check(self, s: Session, code: str, planned: _Session, now: datetime) -> None:
        first = planned.rows[0]
        for row in planned.rows:
            if row.course_code not in self.courses:
                self._problem(row, "course_code", Msg.UNKNOWN_COURSE, code=row.course_code)
            if row.room not in self.rooms:
                self._problem(row, "room", Msg.UNKNOWN_ROOM, code=row.room)
            login = row.instructor_login
            if login is not None and login not in self.logins:
                self._problem(row, "instructor_login", Msg.UNKNOWN_LOGIN, login=login)
            elif login is not None and not self.logins[login][1]:
                self._problem(row, "instructor_login", Msg.NOT_INSTRUCTOR, login=login)
        stored = planned.stored
        if stored is None:
            planned.new_rows = list(planned.rows)
            return
        course_id = self.courses.get(first.course_code)
        if course_id is not None and course_id != stored.course_id:
            self._problem(first, "course_code", Msg.SESSION_OF_OTHER_COURSE, session=code, course=stored.course.code)
        login = first.instructor_login
        if login is None or login in self.logins:
            wanted = self.logins[login][0] if login else None
            if wanted != stored.instructor_id:
                current = instructor_ref(s, stored.instructor_id)
                self._problem(first, "instructor_login", Msg.SESSION_HAS_OTHER_INSTRUCTOR, session=code,
                              login=(current.login or current.name) if current else "")  # fmt: skip
        existing = {(slot.starts_at, slot.ends_at): slot for slot in planned.slots}
        for row in planned.rows:
            slot = existing.get((row.starts_at, row.ends_at))
            if slot is not None:
                if row.room in self.rooms and self.rooms[row.room] != slot.room_id:
                    self._problem(row, "room", Msg.SLOT_IN_OTHER_ROOM, session=code,
                                  room=self.room_codes[slot.room_id])  # fmt: skip
                self.unchanged += 1
                continue
            clash = next((x for x in planned.slots if x.starts_at < row.ends_at and row.starts_at < x.ends_at), None)
            if clash is not None:
                self._problem(row, None, Msg.OVERLAPS_STORED, session=code,
                              start=f"{local(clash.starts_at):%Y-%m-%d %H:%M}", end=_hm(clash.ends_at))  # fmt: skip
            elif row.starts_at <= now:
                self._problem(row, "start", Msg.PAST_SLOT, session=code)
            else:
                planned.new_rows.append(row)

    def apply(self, uow: UnitOfWork) -> ScheduleReport:
        """Create and extend the sessions (the plan has no problems), one audit row per session."""
        s = uow.session
        created: list[str] = []
        added = 0
        for code, planned in self.sessions.items():
            if not planned.new_rows:
                continue
            before = slot_values(planned.slots, self.room_codes)
            session = planned.stored or self._create(s, code, planned.new_rows)
            s.add_all(
                SessionSlot(session_id=session.id, room_id=self.rooms[r.room], starts_at=r.starts_at,
                            ends_at=r.ends_at)
                for r in planned.new_rows
            )  # fmt: skip
            s.flush()
            slots = slots_of(s, session.id)
            session.starts_at, session.ends_at = slots[0].starts_at, max(x.ends_at for x in slots)
            added += len(planned.new_rows)
            after = slot_values(slots, self.room_codes)
            if planned.stored is None:
                created.append(code)
                first = planned.new_rows[0]
                uow.audit("session.create", "course_session", session.id, new={
                    "code": code, "course": first.course_code, "room": self.room_codes[session.room_id],
                    "instructor": first.instructor_login, "slots": after, "source": "schedule import"})  # fmt: skip
            else:
                uow.audit("session.update", "course_session", session.id, old={"slots": before},
                          new={"slots": after}, reason="schedule import")  # fmt: skip
        parsed = self.parsed
        return ScheduleReport(parsed.records, tuple(created), added, self.unchanged, (), parsed.encoding,
                              parsed.delimiter)  # fmt: skip

    def _create(self, s: Session, code: str, rows: Sequence[SlotRow]) -> CourseSession:
        first = min(rows, key=lambda r: r.starts_at)
        login = first.instructor_login
        session = CourseSession(
            code=code, course_id=self.courses[first.course_code], room_id=self.rooms[first.room],
            instructor_id=self.logins[login][0] if login else None, starts_at=first.starts_at,
            ends_at=max(r.ends_at for r in rows),
        )  # fmt: skip
        s.add(session)
        s.flush()
        return session


# --- editing a session's schedule ----------------------------------------------------------------


#: A slot as two instants (start, end).
Slot = tuple[datetime, datetime]


def slot_text(slot: Slot) -> str:
    """``2026-12-01 08:30–12:00`` in Brussels time, for messages."""
    start, end = local(slot[0]), local(slot[1])
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}" if start.date() == end.date() else f"{start:%Y-%m-%d %H:%M}–{end}"


def checked_slots(slots: Sequence[Slot]) -> list[Slot]:
    """Slots as UTC instants, in time order; refused when one is empty or two overlap."""
    checked = []
    for start, end in slots:
        if start.tzinfo is None or end.tzinfo is None:
            raise InvalidInput("A slot needs times with a time zone.")
        if end <= start:
            first, last = (f"{local(x):%Y-%m-%d %H:%M}" for x in (start, end))
            raise InvalidInput("A slot must end after it starts ({start} – {end}).", start=first, end=last)
        checked.append((start.astimezone(UTC), end.astimezone(UTC)))
    checked = sorted(set(checked))
    if (pair := first_overlap(checked)) is not None:
        a, b = checked[pair[0]], checked[pair[1]]
        raise InvalidInput("The slots {first} and {second} overlap.", first=slot_text(a), second=slot_text(b))
    return checked


def reschedule(
    s: Session,
    session: CourseSession,
    current: list[SessionSlot],
    base: list[Slot] | None,
    adding: list[Slot],
    removing: list[Slot],
    now: datetime,
) -> None:
    """Apply a new schedule to a session: slots that have begun stay exactly as they are."""
    stored = {(slot.starts_at, slot.ends_at): slot for slot in current}
    wanted = set(stored) if base is None else set(base)
    for slot in removing:
        if slot not in wanted:
            raise NotFound("Session {code} has no slot {slot}.", code=session.code, slot=slot_text(slot))
    wanted = (wanted - set(removing)) | set(adding)
    for slot in sorted(stored.keys() - wanted):
        if slot[0] <= now:
            raise Refused("The slot {slot} has begun: it can be neither changed nor removed, hours are counted "
                          "against it.", slot=slot_text(slot))  # fmt: skip
    for slot in sorted(wanted - stored.keys()):
        if slot[0] <= now:
            raise Refused("A new slot cannot begin in the past ({slot}).", slot=slot_text(slot))
    if not wanted:
        raise InvalidInput("A session needs at least one scheduled slot.")
    ordered = checked_slots(sorted(wanted))
    for key in stored.keys() - wanted:
        s.delete(stored[key])  # a slot to come, never used: its old value stays in the audit row
    s.add_all(
        SessionSlot(session_id=session.id, room_id=session.room_id, starts_at=a, ends_at=b)
        for a, b in sorted(wanted - stored.keys())
    )
    session.starts_at, session.ends_at = ordered[0][0], max(end for _, end in ordered)
