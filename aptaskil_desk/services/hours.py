"""The funders' training hours of a period, per learner, per course or per category.

Every day of every learner is counted by the day view's own rules (``domain/hours.py`` applies
``domain/attendance.py`` to each day), so the report, the attendance screen and the session record
say the same numbers. The period is a span of whole Brussels days, both ends included.

Memory stays bounded however long the period: learners are read in batches of ``batch`` learners
(keyset on the person id, each batch its own short read), with only that batch's events; what the
service keeps between batches is one small row per learner and the schedule (slots) of the sessions
met so far. The report reads the attendance as it stood when it started (events recorded later are
left out, so a long report is one consistent picture) and counts a day still running up to that
moment. Rules and rounding: ``docs/hours.md``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aptaskil_desk.db.enums import LearnerCategory
from aptaskil_desk.db.models import AttendanceEvent, Course, CourseSession, Person, SessionSlot
from aptaskil_desk.domain import attendance
from aptaskil_desk.domain.hours import SlotIndex, learner_hours, to_hours
from aptaskil_desk.domain.names import sort_key
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.services.base import Actor, Service

#: Learners read per batch (their events of the period come with them).
BATCH = 500
#: Category rows in this order; learners with no category come last.
CATEGORY_ORDER: tuple[str | None, ...] = (*(c.value for c in LearnerCategory), None)


class GroupBy(StrEnum):
    LEARNER = "learner"
    COURSE = "course"
    CATEGORY = "category"


@dataclass(frozen=True)
class LearnerRow:
    """A learner's hours of the period, with the time given to each course."""

    person_id: int
    family_name: str
    given_name: str
    external_ref: str | None
    category: str | None
    employer: str | None
    #: (course code or ``None`` for unscheduled check-ins, time counted), by code.
    by_course: tuple[tuple[str | None, timedelta], ...]
    counted: timedelta

    @property
    def courses(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.by_course if code is not None)

    @property
    def hours(self) -> Decimal:
        return to_hours(self.counted)


@dataclass(frozen=True)
class CourseRow:
    code: str | None  # None: check-ins recorded with no session
    title: str | None
    learners: int
    counted: timedelta

    @property
    def hours(self) -> Decimal:
        return to_hours(self.counted)


@dataclass(frozen=True)
class CategoryRow:
    category: str | None
    learners: int
    counted: timedelta

    @property
    def hours(self) -> Decimal:
        return to_hours(self.counted)


HoursRow = LearnerRow | CourseRow | CategoryRow


@dataclass(frozen=True)
class HoursReport:
    """The rows of one grouping and the totals: distinct learners, and the exact sum of every day."""

    first: date
    last: date
    by: GroupBy
    generated_at: datetime
    rows: tuple[HoursRow, ...]
    learners: int
    counted: timedelta

    @property
    def hours(self) -> Decimal:
        """The total, rounded once from the exact sum (not the sum of the rounded rows)."""
        return to_hours(self.counted)


@dataclass
class _Schedule:
    """What the batches share: the sessions met so far, their course code and their slots in the period."""

    start: datetime
    end: datetime
    course_of: dict[int, str] = field(default_factory=dict)
    slots: SlotIndex = field(default_factory=SlotIndex)

    def load(self, s: Session, session_ids: set[int]) -> None:
        new = session_ids - self.course_of.keys()
        if not new:
            return
        rows = s.execute(select(CourseSession.id, Course.code).join(Course).where(CourseSession.id.in_(new)))
        for session_id, code in rows:
            self.course_of[session_id] = code
        slots: dict[int, list[attendance.Slot]] = {session_id: [] for session_id in new}
        slot_rows = s.execute(
            select(SessionSlot.session_id, SessionSlot.starts_at, SessionSlot.ends_at).where(
                SessionSlot.session_id.in_(new), SessionSlot.starts_at < self.end, SessionSlot.ends_at > self.start
            )
        )
        for session_id, starts_at, ends_at in slot_rows:
            slots[session_id].append(attendance.Slot(starts_at, ends_at))
        for session_id, found in slots.items():
            self.slots.add(session_id, found)


def check_period(first: date, last: date) -> None:
    if last < first:
        raise InvalidInput("The period ends before it starts: {start} to {end}.", start=first, end=last)


def group_by(text: str) -> GroupBy:
    try:
        return GroupBy(text)
    except ValueError:
        raise InvalidInput("Unknown grouping {by!r}: use learner, course or category.", by=text) from None


class HoursService(Service):
    """Training hours of a period (reads only; reading them needs the course-management permission)."""

    def learner_batches(
        self, actor: Actor, first: date, last: date, *, batch: int = BATCH, now: datetime | None = None
    ) -> Iterator[list[LearnerRow]]:
        """Every learner with a standing event in ``first``…``last`` (Brussels days, both included),
        by person id, ``batch`` learners at a time; each batch is its own short read."""
        check_period(first, last)
        now = now or self._clock.now()
        start, end = attendance.day_bounds(first)[0], attendance.day_bounds(last)[1]
        head = self._read_as(
            actor, Permission.MANAGE_COURSES,
            lambda s: s.execute(select(func.max(AttendanceEvent.id))).scalar_one_or_none() or 0,
        )  # fmt: skip
        schedule = _Schedule(start, end)
        after = 0
        while True:

            def work(s: Session, after: int = after) -> tuple[int | None, list[LearnerRow]]:
                return self._batch(s, schedule, head, after, batch, now)

            last_id, rows = self._read_as(actor, Permission.MANAGE_COURSES, work)
            if last_id is None:
                return
            if rows:
                yield rows
            after = last_id

    def report(self, actor: Actor, first: date, last: date, by: str = "learner", *, batch: int = BATCH) -> HoursReport:
        """The whole report of one grouping, learners streamed in batches (see the module text)."""
        grouping = group_by(by)
        check_period(first, last)
        now = self._clock.now()
        learners: list[LearnerRow] = []
        courses: dict[str | None, tuple[set[int], timedelta]] = {}
        categories: dict[str | None, tuple[int, timedelta]] = {}
        titles: dict[str, str] = {}
        total = timedelta(0)
        count = 0
        for rows in self.learner_batches(actor, first, last, batch=batch, now=now):
            for row in rows:
                count += 1
                total += row.counted
                if grouping is GroupBy.LEARNER:
                    learners.append(row)
                elif grouping is GroupBy.COURSE:
                    for code, counted in row.by_course:
                        people, time = courses.get(code, (set(), timedelta(0)))
                        people.add(row.person_id)
                        courses[code] = (people, time + counted)
                else:
                    n, time = categories.get(row.category, (0, timedelta(0)))
                    categories[row.category] = (n + 1, time + row.counted)
        if grouping is GroupBy.COURSE and courses:
            titles = self._titles([c for c in courses if c is not None])
        result: Sequence[HoursRow]
        if grouping is GroupBy.LEARNER:
            learners.sort(key=lambda r: (*sort_key(r.family_name, r.given_name), r.person_id))
            result = learners
        elif grouping is GroupBy.COURSE:
            ordered = sorted(courses.items(), key=lambda item: (item[0] is None, item[0] or ""))
            result = [CourseRow(code, titles.get(code) if code else None, len(p), t) for code, (p, t) in ordered]
        else:
            result = [CategoryRow(c, *categories[c]) for c in CATEGORY_ORDER if c in categories]
        return HoursReport(first, last, grouping, now, tuple(result), count, total)

    def _titles(self, codes: list[str]) -> dict[str, str]:
        return self._read(
            lambda s: {c: t for c, t in s.execute(select(Course.code, Course.title).where(Course.code.in_(codes)))}
        )

    @staticmethod
    def _batch(
        s: Session, schedule: _Schedule, head: int, after: int, size: int, now: datetime
    ) -> tuple[int | None, list[LearnerRow]]:
        """The next ``size`` learners with events in the period after person id ``after``: the last
        id read (``None`` when none is left) and the rows of those who attended."""
        in_period = (
            AttendanceEvent.at >= schedule.start, AttendanceEvent.at < schedule.end, AttendanceEvent.id <= head
        )  # fmt: skip
        ids = list(
            s.execute(
                select(AttendanceEvent.person_id)
                .where(*in_period, AttendanceEvent.person_id > after)
                .group_by(AttendanceEvent.person_id)
                .order_by(AttendanceEvent.person_id)
                .limit(size)
            ).scalars()
        )
        if not ids:
            return None, []
        rows = s.connection().execute(
            select(AttendanceEvent.person_id, AttendanceEvent.id, AttendanceEvent.kind, AttendanceEvent.at,
                   AttendanceEvent.supersedes_id, AttendanceEvent.session_id, AttendanceEvent.flags)
            .where(*in_period, AttendanceEvent.person_id > after, AttendanceEvent.person_id <= ids[-1])
            .order_by(AttendanceEvent.person_id, AttendanceEvent.at, AttendanceEvent.id)
        )  # fmt: skip
        events: dict[int, list[attendance.Event]] = {}
        tags: dict[str, frozenset[str]] = {}  # the few distinct flag strings, split once
        for person_id, event_id, kind, at, supersedes_id, session_id, flags in rows:
            if flags not in tags:
                tags[flags] = frozenset(filter(None, flags.split(",")))
            events.setdefault(person_id, []).append(
                attendance.Event(event_id, kind, at, supersedes_id, session_id, tags[flags])
            )
        schedule.load(s, {e.session_id for es in events.values() for e in es if e.session_id is not None})
        people = s.execute(
            select(Person.id, Person.family_name, Person.given_name, Person.external_ref, Person.category,
                   Person.employer).where(Person.id.in_(ids))
        )  # fmt: skip
        result = []
        for person_id, family, given, ref, category, employer in people:
            counted = learner_hours(events[person_id], schedule.slots, now)
            if not counted.attended:
                continue
            by_course: dict[str | None, timedelta] = {}
            for session_id, time in counted.by_session:
                code = schedule.course_of.get(session_id) if session_id is not None else None
                by_course[code] = by_course.get(code, timedelta(0)) + time
            ordered = tuple(sorted(by_course.items(), key=lambda item: (item[0] is None, item[0] or "")))
            result.append(LearnerRow(person_id, family, given, ref, category, employer, ordered, counted.counted))
        result.sort(key=lambda r: r.person_id)
        return ids[-1], result
