"""What the course service returns (frozen dataclasses) and the lookups it shares with its imports.

Query helpers only: they run inside the caller's transaction and never commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.enums import Role
from aptaskil_desk.db.models import (
    Course,
    CourseSession,
    Person,
    Room,
    RosterEntry,
    SessionSlot,
    StaffAccount,
    StaffRole,
)
from aptaskil_desk.domain.learner_csv import RowProblem
from aptaskil_desk.domain.names import sort_key
from aptaskil_desk.domain.schedule_csv import Msg
from aptaskil_desk.errors import InvalidInput, NotFound


@dataclass(frozen=True)
class CourseInfo:
    id: int
    code: str
    title: str
    family: str
    sessions: int = 0


@dataclass(frozen=True)
class InstructorRef:
    person_id: int
    login: str | None
    name: str


@dataclass(frozen=True)
class SlotInfo:
    """A scheduled slot: UTC instants (shown in Brussels time) and its room."""

    id: int
    starts_at: datetime
    ends_at: datetime
    room: str


@dataclass(frozen=True)
class RosterLine:
    """A learner on a session's roster; a withdrawn one stays, with who withdrew them and why."""

    person_id: int
    given_name: str
    family_name: str
    external_ref: str | None
    category: str | None
    enrolled_at: datetime
    withdrawn_at: datetime | None = None
    withdrawn_by: str | None = None
    withdrawn_reason: str | None = None

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


@dataclass(frozen=True)
class SessionSummary:
    """A line of the sessions list: ``enrolled`` counts the learners not withdrawn."""

    id: int
    code: str
    course_code: str
    course_title: str
    room: str
    instructor: InstructorRef | None
    starts_at: datetime
    ends_at: datetime
    slots: int
    enrolled: int


@dataclass(frozen=True)
class SessionDetail:
    """A session with its slots in time order and its roster in alphabetical order."""

    id: int
    code: str
    course: CourseInfo
    room: str
    instructor: InstructorRef | None
    starts_at: datetime
    ends_at: datetime
    slots: tuple[SlotInfo, ...]
    roster: tuple[RosterLine, ...]

    @property
    def enrolled(self) -> int:
        return sum(1 for line in self.roster if not line.withdrawn)


@dataclass(frozen=True)
class EnrolResult:
    """What an enrolment did (person ids). With ``problems`` (CSV only) nothing was written."""

    session_code: str
    enrolled: tuple[int, ...] = ()
    reinstated: tuple[int, ...] = ()
    already: tuple[int, ...] = ()
    records: int = 0
    problems: tuple[RowProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ScheduleReport:
    """What a schedule import did. With ``problems`` nothing was written and the counts are zero."""

    rows: int
    sessions_created: tuple[str, ...]
    slots_added: int
    slots_unchanged: int
    problems: tuple[RowProblem, ...]
    encoding: str
    delimiter: str

    @property
    def ok(self) -> bool:
        return not self.problems


# --- lookups -----------------------------------------------------------------------------------


def course_by_code(s: Session, code: str) -> Course:
    course = s.execute(select(Course).where(Course.code == code)).scalar_one_or_none()
    if course is None:
        raise NotFound("No course {code!r}.", code=code)
    return course


def room_by_code(s: Session, code: str) -> Room:
    room = s.execute(select(Room).where(Room.code == code)).scalar_one_or_none()
    if room is None:
        raise NotFound("No room {code!r}.", code=code)
    return room


def session_by_code(s: Session, code: str, *, lock: bool = False) -> CourseSession:
    """The session; ``lock`` takes its row for the rest of the transaction (edits, enrolments)."""
    stmt = select(CourseSession).where(CourseSession.code == code)
    session = s.execute(stmt.with_for_update() if lock else stmt).scalar_one_or_none()
    if session is None:
        raise NotFound("No session {code!r}.", code=code)
    return session


def instructors_by_login(s: Session, logins: Iterable[str]) -> dict[str, tuple[int, bool]]:
    """``login → (person id, holds the instructor role now)`` for the logins that exist."""
    wanted = sorted(set(logins))
    if not wanted:
        return {}
    rows = s.execute(select(StaffAccount.login, StaffAccount.person_id).where(StaffAccount.login.in_(wanted))).all()
    teaching = set(
        s.execute(
            select(StaffRole.person_id).where(
                StaffRole.person_id.in_([pid for _, pid in rows]),
                StaffRole.role == Role.INSTRUCTOR.value,
                StaffRole.revoked_at.is_(None),
            )
        ).scalars()
    )
    return {login: (pid, pid in teaching) for login, pid in rows}


def instructor_id(s: Session, login: str) -> int:
    """The person behind a login, refused unless they hold the instructor role now."""
    found = instructors_by_login(s, [login]).get(login)
    if found is None:
        raise NotFound("No staff account {login!r}.", login=login)
    if not found[1]:
        raise InvalidInput(Msg.NOT_INSTRUCTOR, login=login)
    return found[0]


def instructor_ref(s: Session, person_id: int | None) -> InstructorRef | None:
    if person_id is None:
        return None
    person = s.get(Person, person_id)
    assert person is not None
    login = s.execute(select(StaffAccount.login).where(StaffAccount.person_id == person_id)).scalar_one_or_none()
    return InstructorRef(person_id, login, person.display_name)


def slots_of(s: Session, session_id: int) -> list[SessionSlot]:
    return list(
        s.execute(select(SessionSlot).where(SessionSlot.session_id == session_id).order_by(SessionSlot.starts_at))
        .scalars()
        .all()
    )


def slot_values(slots: Sequence[SessionSlot], rooms: dict[int, str]) -> list[list[object]]:
    """Slots as the audit trail records them: ``[start, end, room]``."""
    return [[slot.starts_at, slot.ends_at, rooms[slot.room_id]] for slot in slots]


def room_codes(s: Session) -> dict[int, str]:
    return dict(s.execute(select(Room.id, Room.code)).all())


def roster_line(entry: RosterEntry, person: Person) -> RosterLine:
    return RosterLine(
        person.id, person.given_name, person.family_name, person.external_ref, person.category, entry.enrolled_at,
        entry.withdrawn_at, entry.withdrawn_by, entry.withdrawn_reason,
    )  # fmt: skip


def detail(s: Session, session: CourseSession) -> SessionDetail:
    """Everything ``session show`` prints, read in the caller's transaction."""
    course = s.get(Course, session.course_id)
    assert course is not None
    rooms = room_codes(s)
    slots = tuple(SlotInfo(x.id, x.starts_at, x.ends_at, rooms[x.room_id]) for x in slots_of(s, session.id))
    rows = s.execute(
        select(RosterEntry, Person)
        .join(Person, RosterEntry.person_id == Person.id)
        .where(RosterEntry.session_id == session.id)
    ).all()
    roster = sorted((roster_line(e, p) for e, p in rows), key=lambda line: sort_key(line.family_name, line.given_name))
    info = CourseInfo(course.id, course.code, course.title, course.family)
    return SessionDetail(
        session.id, session.code, info, rooms[session.room_id], instructor_ref(s, session.instructor_id),
        session.starts_at, session.ends_at, slots, tuple(roster),
    )  # fmt: skip
