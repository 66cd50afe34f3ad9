"""Courses, sessions, their schedules and rosters (``ctx.courses``; formats and rules in docs/courses.md).

Schedule rules:
- A session has at least one slot; each slot ends after it starts; a session's slots never overlap.
- A slot that has begun (its start is not in the future) is history: hours are counted against
  it, so it can be neither changed nor removed, and no new slot may be added in the past. Slots
  to come may change freely. A new session may be entered with past slots (recording a course
  after the fact), as attendance is matched to a session only when it is recorded.
- Moving a session to another room moves its slots to come that were in its old room.
- Every change is audited with the old and new values (``session.update``; slots as
  ``[start, end, room]``), with the reason when one is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aptaskil_desk.db.enums import CourseFamily
from aptaskil_desk.db.models import Course, CourseSession, Room, RosterEntry, SessionSlot
from aptaskil_desk.domain import attendance
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.domain.roster_csv import read_roster_csv
from aptaskil_desk.domain.schedule_csv import read_schedule_csv
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.services import course_roster
from aptaskil_desk.services.base import Actor, Service, UnitOfWork
from aptaskil_desk.services.course_rows import (
    CourseInfo,
    EnrolResult,
    RosterLine,
    ScheduleReport,
    SessionDetail,
    SessionSummary,
    course_by_code,
    detail,
    instructor_id,
    instructor_ref,
    room_by_code,
    room_codes,
    session_by_code,
    slot_values,
    slots_of,
)
from aptaskil_desk.services.course_schedule import SchedulePlan, Slot, checked_slots, reschedule


def _is_code(code: str) -> bool:
    return 0 < len(code) <= 32 and not any(c.isspace() or not c.isprintable() for c in code)


def _check_title(title: str) -> str:
    title = " ".join(title.split())
    if not title or len(title) > 200:
        raise InvalidInput("A course title has 1 to 200 characters.")
    return title


def _check_family(family: str) -> None:
    if family not in {f.value for f in CourseFamily}:
        raise InvalidInput("Unknown course family {family!r}.", family=family)


def insert_course(uow: UnitOfWork, code: str, title: str, family: str) -> Course:
    """Record a course whose values were checked (``course.create``); refused when its code is taken."""
    uow.require(Permission.MANAGE_COURSES)
    if uow.session.execute(select(Course.id).where(Course.code == code)).first():
        raise InvalidInput("Course {code!r} already exists.", code=code)
    course = Course(code=code, title=title, family=family)
    uow.session.add(course)
    uow.session.flush()
    uow.audit("course.create", "course", course.id, new={"code": code, "title": title, "family": family})
    return course


def insert_session(
    s: Session, code: str, course: Course, room: Room, ordered: Sequence[Slot], instructor: int | None
) -> CourseSession:
    """Record a session and its slots (``ordered``: checked, in time order, at least one), all in its
    room; refused when its code is taken. Not audited here: the caller says what it was given."""
    if s.execute(select(CourseSession.id).where(CourseSession.code == code)).first():
        raise InvalidInput("Session {code!r} already exists.", code=code)
    session = CourseSession(code=code, course_id=course.id, room_id=room.id, instructor_id=instructor,
                            starts_at=ordered[0][0], ends_at=max(end for _, end in ordered))  # fmt: skip
    s.add(session)
    s.flush()
    s.add_all(SessionSlot(session_id=session.id, room_id=room.id, starts_at=a, ends_at=b) for a, b in ordered)
    return session


class CourseService(Service):
    """Courses, sessions, schedules and rosters; every change needs ``manage_courses``."""

    # --- courses -------------------------------------------------------------------------------

    def add_course(self, actor: Actor, code: str, title: str, family: str) -> CourseInfo:
        if not _is_code(code):
            raise InvalidInput("A course code has 1 to 32 characters, without spaces: {code!r}.", code=code)
        title = _check_title(title)
        _check_family(family)

        def work(uow: UnitOfWork) -> CourseInfo:
            return CourseInfo(insert_course(uow, code, title, family).id, code, title, family)

        return self._write(actor, work)

    def edit_course(
        self, actor: Actor, code: str, *, title: str | None = None, family: str | None = None
    ) -> CourseInfo:
        """Change a course's title or family (audited with old and new values); the same values change nothing."""
        wanted: dict[str, str] = {}
        if title is not None:
            wanted["title"] = _check_title(title)
        if family is not None:
            _check_family(family)
            wanted["family"] = family

        def work(uow: UnitOfWork) -> CourseInfo:
            uow.require(Permission.MANAGE_COURSES)
            course = course_by_code(uow.session, code)
            changed = {k: v for k, v in wanted.items() if getattr(course, k) != v}
            if changed:
                old = {k: getattr(course, k) for k in changed}
                for key, value in changed.items():
                    setattr(course, key, value)
                uow.session.flush()
                uow.audit("course.update", "course", course.id, old=old, new=changed)
            return CourseInfo(course.id, course.code, course.title, course.family, _count_sessions(uow.session, course))

        return self._write(actor, work)

    def list_courses(self) -> list[CourseInfo]:
        """Every course by code, with its number of sessions."""

        def work(s: Session) -> list[CourseInfo]:
            counts = dict(
                s.execute(select(CourseSession.course_id, func.count()).group_by(CourseSession.course_id)).all()
            )
            courses = s.execute(select(Course).order_by(Course.code)).scalars()
            return [CourseInfo(c.id, c.code, c.title, c.family, counts.get(c.id, 0)) for c in courses]

        return self._read(work)

    # --- sessions ------------------------------------------------------------------------------

    def add_session(
        self,
        actor: Actor,
        code: str,
        course_code: str,
        room_code: str,
        slots: Sequence[Slot],
        instructor_login: str | None = None,
    ) -> SessionDetail:
        """Schedule a session of a course: its slots in its room, its instructor (or none yet)."""
        if not _is_code(code):
            raise InvalidInput("A session code has 1 to 32 characters, without spaces: {code!r}.", code=code)
        ordered = checked_slots(slots)
        if not ordered:
            raise InvalidInput("A session needs at least one scheduled slot.")

        def work(uow: UnitOfWork) -> SessionDetail:
            uow.require(Permission.MANAGE_COURSES)
            s = uow.session
            course, room = course_by_code(s, course_code), room_by_code(s, room_code)
            teacher = instructor_id(s, instructor_login) if instructor_login else None
            session = insert_session(s, code, course, room, ordered, teacher)
            s.flush()
            new = {"code": code, "course": course_code, "room": room_code, "instructor": instructor_login,
                   "slots": slot_values(slots_of(s, session.id), room_codes(s))}  # fmt: skip
            uow.audit("session.create", "course_session", session.id, new=new)
            return detail(s, session)

        return self._write(actor, work)

    def edit_session(
        self,
        actor: Actor,
        code: str,
        *,
        room_code: str | None = None,
        instructor_login: str | None = None,
        remove_instructor: bool = False,
        slots: Sequence[Slot] | None = None,
        add_slots: Sequence[Slot] = (),
        remove_slots: Sequence[Slot] = (),
        reason: str | None = None,
    ) -> SessionDetail:
        """Change a session's room, instructor or slots (see the module's rules), in one audit row.

        Args:
            slots: the whole new schedule (replaces the slots); ``add_slots``/``remove_slots``
                then apply to it (or to the current slots when ``slots`` is None).
            reason: why, kept in the audit row (optional).
        """
        if instructor_login and remove_instructor:
            raise InvalidInput("Give a new instructor or remove the instructor, not both.")
        base = None if slots is None else checked_slots(slots)
        adding, removing = checked_slots(add_slots), [(a.astimezone(UTC), b.astimezone(UTC)) for a, b in remove_slots]

        def work(uow: UnitOfWork) -> SessionDetail:
            uow.require(Permission.MANAGE_COURSES)
            s, now = uow.session, uow.now()
            session = session_by_code(s, code, lock=True)
            rooms = room_codes(s)
            current = slots_of(s, session.id)
            before = slot_values(current, rooms)
            old: dict[str, object] = {}
            new: dict[str, object] = {}
            if room_code is not None and room_code != rooms[session.room_id]:
                room = room_by_code(s, room_code)
                old["room"], new["room"] = rooms[session.room_id], room_code
                for slot in current:  # slots to come follow the session; the past stays where it was
                    if slot.starts_at > now and slot.room_id == session.room_id:
                        slot.room_id = room.id
                session.room_id = room.id
            teacher = session.instructor_id
            if instructor_login is not None:
                teacher = instructor_id(s, instructor_login)
            elif remove_instructor:
                teacher = None
            if teacher != session.instructor_id:
                was, will = instructor_ref(s, session.instructor_id), instructor_ref(s, teacher)
                old["instructor"], new["instructor"] = (was.login if was else None), (will.login if will else None)
                session.instructor_id = teacher
            if base is not None or adding or removing:
                reschedule(s, session, current, base, adding, removing, now)
            s.flush()
            after = slot_values(slots_of(s, session.id), rooms)
            if after != before:
                old["slots"], new["slots"] = before, after
            if new:
                uow.audit("session.update", "course_session", session.id, old=old, new=new, reason=reason)
            return detail(s, session)

        return self._write(actor, work)

    def show_session(self, code: str) -> SessionDetail:
        return self._read(lambda s: detail(s, session_by_code(s, code)))

    def list_sessions(
        self, course_code: str | None = None, from_day: date | None = None, to_day: date | None = None
    ) -> list[SessionSummary]:
        """Sessions by start, those of a course only, those with time between two Brussels days (included)."""

        def work(s: Session) -> list[SessionSummary]:
            stmt = select(CourseSession, Course).join(Course, CourseSession.course_id == Course.id)
            if course_code is not None:
                stmt = stmt.where(Course.code == course_code)
            if from_day is not None:
                stmt = stmt.where(CourseSession.ends_at > attendance.day_bounds(from_day)[0])
            if to_day is not None:
                stmt = stmt.where(CourseSession.starts_at < attendance.day_bounds(to_day)[1])
            rows = s.execute(stmt.order_by(CourseSession.starts_at, CourseSession.code)).all()
            ids = [session.id for session, _ in rows]
            counts = _counts(s, ids)
            rooms = room_codes(s)
            return [_summary(s, x, c, rooms, counts.get(x.id, (0, 0))) for x, c in rows]

        return self._read(work)

    # --- rosters -------------------------------------------------------------------------------

    def enrol(
        self, actor: Actor, code: str, *, person_ids: Sequence[int] = (), refs: Sequence[str] = ()
    ) -> EnrolResult:
        """Put learners (by id or external reference) on a session's roster; all or none."""
        if not person_ids and not refs:
            raise InvalidInput("Name at least one learner to enrol.")

        def work(uow: UnitOfWork) -> EnrolResult:
            uow.require(Permission.MANAGE_COURSES)
            session = session_by_code(uow.session, code, lock=True)
            people = course_roster.resolve_people(uow.session, person_ids, refs)
            return course_roster.enrol_people(uow, session, people)

        return self._write(actor, work)

    def enrol_csv(self, actor: Actor, code: str, data: bytes) -> EnrolResult:
        """Enrol the learners a roster CSV names, all or nothing; problems name their line."""
        parsed = read_roster_csv(data)

        def work(uow: UnitOfWork) -> EnrolResult:
            uow.require(Permission.MANAGE_COURSES)
            session = session_by_code(uow.session, code, lock=True)
            people, found = course_roster.resolve_rows(uow.session, parsed)
            problems = tuple(sorted([*parsed.problems, *found], key=lambda p: p.line))
            if problems:
                return EnrolResult(code, records=parsed.records, problems=problems)
            result = course_roster.enrol_people(uow, session, people)
            return EnrolResult(code, result.enrolled, result.reinstated, result.already, parsed.records)

        return self._write(actor, work)

    def unenrol(
        self, actor: Actor, code: str, *, person_id: int | None = None, ref: str | None = None, reason: str
    ) -> RosterLine:
        """Withdraw a learner from a roster: the entry stays, marked withdrawn, with the mandatory reason."""
        if not reason.strip():
            raise InvalidInput("A reason is required.")
        if (person_id is None) == (ref is None):
            raise InvalidInput("Name the learner by id or by external reference.")

        def work(uow: UnitOfWork) -> RosterLine:
            uow.require(Permission.MANAGE_COURSES)
            session = session_by_code(uow.session, code, lock=True)
            found = course_roster.resolve_people(uow.session, [person_id] if person_id else [], [ref] if ref else [])
            return course_roster.withdraw(uow, session, found[0], reason.strip())

        return self._write(actor, work)

    # --- schedule import -----------------------------------------------------------------------

    def import_schedule(self, actor: Actor, data: bytes) -> ScheduleReport:
        """Create sessions and add slots from a schedule CSV, all or nothing (course_schedule.py)."""
        parsed = read_schedule_csv(data)

        def work(uow: UnitOfWork) -> ScheduleReport:
            uow.require(Permission.MANAGE_COURSES)
            plan = SchedulePlan(uow.session, parsed, uow.now())
            problems = tuple(sorted([*parsed.problems, *plan.problems], key=lambda p: p.line))
            if problems:
                return ScheduleReport(parsed.records, (), 0, 0, problems, parsed.encoding, parsed.delimiter)
            return plan.apply(uow)

        return self._write(actor, work)


def _counts(s: Session, session_ids: list[int]) -> dict[int, tuple[int, int]]:
    """``session id → (slots, learners enrolled and not withdrawn)``."""
    if not session_ids:
        return {}
    slots = dict(
        s.execute(
            select(SessionSlot.session_id, func.count())
            .where(SessionSlot.session_id.in_(session_ids))
            .group_by(SessionSlot.session_id)
        ).all()
    )
    enrolled = dict(
        s.execute(
            select(RosterEntry.session_id, func.count())
            .where(RosterEntry.session_id.in_(session_ids), RosterEntry.withdrawn_at.is_(None))
            .group_by(RosterEntry.session_id)
        ).all()
    )
    return {sid: (slots.get(sid, 0), enrolled.get(sid, 0)) for sid in session_ids}


def _count_sessions(s: Session, course: Course) -> int:
    return s.execute(
        select(func.count()).select_from(CourseSession).where(CourseSession.course_id == course.id)
    ).scalar_one()


def _summary(
    s: Session, session: CourseSession, course: Course, rooms: dict[int, str], counts: tuple[int, int]
) -> SessionSummary:
    teacher = instructor_ref(s, session.instructor_id)
    return SessionSummary(session.id, session.code, course.code, course.title, rooms[session.room_id], teacher,
                          session.starts_at, session.ends_at, *counts)  # fmt: skip
