"""Attendance review of a course session, for its instructors: learners × days, and corrections.

What the grid holds (:class:`SessionGrid`, read in one transaction):
- the session's record exactly as ``report session`` prints it
  (:func:`~aptaskil_desk.services.session_record_data.load_record`): every learner on the roster —
  withdrawn ones marked, with the date and reason — and anyone whose check-in counted for the
  session without being enrolled, in alphabetical order; the session's days; per learner and day
  the stays that belong to this session, the time counted and the flags. The hours come from the
  rules of ``domain/attendance.py`` as the day view, the printed record and the funders' report
  (``domain/hours.py``) apply them: there is no other counting here, so the four say the same
  numbers. The flags are the day view's (``unscheduled``, ``auto_closed``, ``no_check_out``,
  ``unpaired_out``, ``open``), the kiosk's (``not_enrolled``), ``corrected``, and ``late`` /
  ``left_early`` (``domain/attendance_flags.py``, rules in ``docs/attendance-review.md``);
- per learner and day, **every** event of the learner's Brussels day — of any session, superseded
  and voided ones included — with, for a correction, the kind and time it replaced, its reason, who
  recorded it and when (the cell's tooltip and its correction dialog).

Corrections are :class:`~aptaskil_desk.services.attendance.AttendanceService`'s own ``correct`` and
``add_missing``: a new event supersedes the original (kept), a reason is required, the audit row is
written in the same transaction, and the course-management permission is checked there. A forgotten
scan added from the grid counts for the grid's session.

Reading the grid needs the course-management permission too (instructors, administrators).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.clock import Clock
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.models import AttendanceEvent, CourseSession, Person, RosterEntry
from aptaskil_desk.domain import attendance
from aptaskil_desk.domain.hours import to_hours
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.services.attendance import AttendanceService, EventInfo
from aptaskil_desk.services.base import Actor, Service
from aptaskil_desk.services.session_record_data import (
    Correction,
    LearnerDay,
    LearnerRecord,
    SessionRecord,
    Stay,
    load_record,
)

#: The order flags are shown in: what needs the instructor's attention first.
FLAG_ORDER = ("late", "left_early", "no_check_out", "auto_closed", "unpaired_out", "unscheduled", "not_enrolled",
              "corrected", "open")  # fmt: skip


def ordered_flags(flags: Iterable[str]) -> tuple[str, ...]:
    """Flags in :data:`FLAG_ORDER`, unknown ones last (alphabetically)."""
    rank = {flag: n for n, flag in enumerate(FLAG_ORDER)}
    return tuple(sorted(set(flags), key=lambda f: (rank.get(f, len(rank)), f)))


@dataclass(frozen=True)
class ReviewEvent:
    """One event of a learner's day as the review shows it.

    ``state`` is ``standing`` (it counts), ``superseded`` (a later correction replaced it) or
    ``voided`` (a ``void`` correction that stands: it cancelled the event it supersedes).
    """

    id: int
    kind: str  # in | out | void
    at: datetime
    source: str  # scan | correction
    session_code: str | None
    flags: tuple[str, ...]
    state: str
    superseded_by: int | None
    supersedes_id: int | None
    original_kind: str | None  # what a correction replaced (None: a forgotten scan added)
    original_at: datetime | None
    reason: str | None
    recorded_by: str
    recorded_at: datetime

    @property
    def correctable(self) -> bool:
        """Only the latest version of an event can be corrected (the service refuses the others)."""
        return self.superseded_by is None


@dataclass(frozen=True)
class GridCell:
    """One learner's day of the session."""

    day: date
    scheduled: timedelta  # the session's teaching time that day (zero: no slot that day)
    #: The learner was expected: on the roster and not withdrawn before the day's first slot, which
    #: had begun when the grid was read (someone not enrolled, or withdrawn, is never "absent").
    expected: bool
    stays: tuple[Stay, ...]  # the stays that belong to this session
    counted: timedelta
    flags: tuple[str, ...]  # in FLAG_ORDER
    unscheduled: tuple[Stay, ...]  # stays of the day that counted for no session
    corrections: tuple[Correction, ...]  # of this session's events
    events: tuple[ReviewEvent, ...]  # every event of the learner's day, in time order

    @property
    def hours(self) -> Decimal:
        return to_hours(self.counted)

    @property
    def absent(self) -> bool:
        """An expected day with nothing recorded for the session."""
        return self.expected and not self.stays


@dataclass(frozen=True)
class GridLearner:
    person_id: int
    given_name: str
    family_name: str
    category: str | None
    enrolled: bool  # on the roster (withdrawn or not); False: a check-in counted without enrolment
    withdrawn_at: datetime | None
    withdrawn_reason: str | None
    cells: tuple[GridCell, ...]  # one per day of the grid, in order

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def counted(self) -> timedelta:
        return sum((c.counted for c in self.cells), timedelta(0))

    @property
    def hours(self) -> Decimal:
        """Rounded once from the exact sum of the days (as the printed record's total)."""
        return to_hours(self.counted)


@dataclass(frozen=True)
class SessionGrid:
    session_code: str
    course_code: str
    course_title: str
    room_code: str
    room_name: str
    instructor: str | None
    slots: tuple[attendance.Slot, ...]
    days: tuple[date, ...]
    learners: tuple[GridLearner, ...]
    read_at: datetime

    @property
    def counted(self) -> timedelta:
        return sum((p.counted for p in self.learners), timedelta(0))

    @property
    def hours(self) -> Decimal:
        return to_hours(self.counted)

    def day_counted(self, day: date) -> timedelta:
        """Every learner's time of one day of the session."""
        index = self.days.index(day)
        return sum((p.cells[index].counted for p in self.learners), timedelta(0))

    def scheduled(self) -> timedelta:
        """The session's teaching time per learner (every slot, overlaps once)."""
        if not self.slots:
            return timedelta(0)
        return attendance.clipped(self.slots[0].starts_at, max(s.ends_at for s in self.slots), self.slots)

    def learner(self, person_id: int) -> GridLearner:
        return next(p for p in self.learners if p.person_id == person_id)


class AttendanceReviewService(Service):
    """The session grid (reads) and corrections (through :class:`AttendanceService`)."""

    def __init__(self, db: Database, clock: Clock, attendance_service: AttendanceService | None = None) -> None:
        super().__init__(db, clock)
        self._attendance = attendance_service or AttendanceService(db, clock)

    def grid(self, actor: Actor, session_code: str) -> SessionGrid:
        """The session's learners × days as they stand now (see the module text)."""
        now = self._clock.now()
        return self._read_as(actor, Permission.MANAGE_COURSES, lambda s: _grid(s, session_code, now))

    def correct(self, actor: Actor, event_id: int, *, kind: str, at: datetime | None = None, reason: str) -> EventInfo:
        """Supersede an event (another kind or time, or ``void``); the original is kept, the reason required."""
        return self._attendance.correct(actor, event_id, kind=kind, at=at, reason=reason)

    def add_missing(
        self, actor: Actor, session_code: str, person_id: int, *, kind: str, at: datetime, reason: str
    ) -> EventInfo:
        """Record a check-in or check-out the learner forgot to scan, counting for this session."""
        return self._attendance.add_missing(actor, person_id, kind=kind, at=at, session_code=session_code,
                                            reason=reason)  # fmt: skip


# --- reading ------------------------------------------------------------------------------------


def _grid(s: Session, code: str, now: datetime) -> SessionGrid:
    record = load_record(s, code, now)
    session_id = s.execute(select(CourseSession.id).where(CourseSession.code == code)).scalar_one()
    ids = [p.person_id for p in record.learners]
    names = {pid: (g, f) for pid, g, f in s.execute(
        select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(ids))
    )} if ids else {}  # fmt: skip
    reasons = dict(s.execute(
        select(RosterEntry.person_id, RosterEntry.withdrawn_reason).where(RosterEntry.session_id == session_id)
    ).all())  # fmt: skip
    events = _events(s, ids, record.days)
    learners = []
    for p in record.learners:
        given, family = names[p.person_id]
        cells = tuple(_cell(record, p, d, events.get((p.person_id, d.day), ()), now) for d in p.days)
        learners.append(GridLearner(p.person_id, given, family, p.category, p.enrolled, p.withdrawn_at,
                                    reasons.get(p.person_id), cells))  # fmt: skip
    return SessionGrid(record.session_code, record.course_code, record.course_title, record.room_code,
                       record.room_name, record.instructor, record.slots, record.days, tuple(learners),
                       now)  # fmt: skip


def _cell(
    record: SessionRecord, learner: LearnerRecord, day: LearnerDay, events: Iterable[ReviewEvent], now: datetime
) -> GridCell:
    start, end = attendance.day_bounds(day.day)
    first = min((x.starts_at for x in record.slots if x.starts_at < end and x.ends_at > start), default=None)
    gone = learner.withdrawn_at
    expected = learner.enrolled and first is not None and first <= now and (gone is None or gone > first)
    return GridCell(day.day, record.scheduled(day.day), expected, day.stays, day.counted, ordered_flags(day.flags),
                    day.unscheduled, day.corrections, tuple(events))  # fmt: skip


_COLUMNS = (AttendanceEvent.id, AttendanceEvent.person_id, AttendanceEvent.kind, AttendanceEvent.at,
            AttendanceEvent.source, AttendanceEvent.session_id, AttendanceEvent.flags, AttendanceEvent.supersedes_id,
            AttendanceEvent.reason, AttendanceEvent.recorded_by, AttendanceEvent.recorded_at)  # fmt: skip


def _events(s: Session, people: list[int], days: tuple[date, ...]) -> Mapping[tuple[int, date], list[ReviewEvent]]:
    """Every event of these people on the grid's days, by (person, Brussels day), in time order."""
    found: dict[tuple[int, date], list[ReviewEvent]] = defaultdict(list)
    if not people or not days:
        return found
    first, last = attendance.day_bounds(days[0])[0], attendance.day_bounds(days[-1])[1]
    rows: list[Any] = list(s.execute(
        select(*_COLUMNS).where(AttendanceEvent.person_id.in_(people), AttendanceEvent.at >= first,
                                AttendanceEvent.at < last)
        .order_by(AttendanceEvent.at, AttendanceEvent.id)
    ).all())  # fmt: skip
    sessions = {r.session_id for r in rows if r.session_id is not None}
    codes = dict(s.execute(select(CourseSession.id, CourseSession.code).where(CourseSession.id.in_(sessions))).all())
    by_id = {r.id: r for r in rows}
    superseded_by = {r.supersedes_id: r.id for r in rows if r.supersedes_id is not None}
    wanted = set(days)
    for r in rows:
        day = attendance.local_day(r.at)
        if day not in wanted:
            continue
        original = by_id.get(r.supersedes_id) if r.supersedes_id is not None else None
        later = superseded_by.get(r.id)
        state = "superseded" if later is not None else "voided" if r.kind == "void" else "standing"
        found[(r.person_id, day)].append(ReviewEvent(
            r.id, r.kind, r.at, r.source, codes.get(r.session_id), ordered_flags(filter(None, r.flags.split(","))),
            state, later, r.supersedes_id, original.kind if original else None, original.at if original else None,
            r.reason, r.recorded_by, r.recorded_at,
        ))  # fmt: skip
    return found
