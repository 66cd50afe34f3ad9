"""The centre itself: rooms, terminals, courses, sessions and their slots, rosters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from aptaskil_desk.db.enums import CourseFamily, RoomKind
from aptaskil_desk.db.models import Course, CourseSession, Person, Room, RosterEntry, SessionSlot, Terminal
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput, NotFound
from aptaskil_desk.services.base import Actor, Service, UnitOfWork
from aptaskil_desk.services.course_rows import course_by_code, room_by_code
from aptaskil_desk.services.courses import insert_course, insert_session


@dataclass(frozen=True)
class RoomInfo:
    id: int
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class TerminalInfo:
    id: int
    name: str
    room: RoomInfo | None


@dataclass(frozen=True)
class SlotNow:
    """A session scheduled in a room at a given moment, as the kiosk shows it."""

    session_code: str
    course_code: str
    course_title: str
    instructor: str | None
    starts_at: datetime
    ends_at: datetime
    enrolled: int


@dataclass(frozen=True)
class TerminalOverview:
    """What a kiosk's idle screen shows: where it is and what runs there now."""

    terminal: str
    registered: bool
    room: RoomInfo | None
    sessions_now: tuple[SlotNow, ...]
    at: datetime


def _room(room: Room | None) -> RoomInfo | None:
    return None if room is None else RoomInfo(room.id, room.code, room.name, room.kind)


class CentreService(Service):
    """Rooms, terminals, courses and sessions."""

    def add_room(self, actor: Actor, code: str, name: str, kind: str) -> RoomInfo:
        try:
            RoomKind(kind)
        except ValueError:
            raise InvalidInput("Unknown room kind {kind!r}.", kind=kind) from None

        def work(uow: UnitOfWork) -> RoomInfo:
            uow.require(Permission.MANAGE_CENTRE)
            if uow.session.execute(select(Room.id).where(Room.code == code)).first():
                raise InvalidInput("Room {code!r} already exists.", code=code)
            room = Room(code=code, name=name, kind=kind)
            uow.session.add(room)
            uow.session.flush()
            uow.audit("room.create", "room", room.id, new={"code": code, "name": name, "kind": kind})
            info = _room(room)
            assert info is not None
            return info

        return self._write(actor, work)

    def register_terminal(
        self, actor: Actor, name: str, room_code: str, description: str | None = None
    ) -> TerminalInfo:
        """Register a terminal in a room, or move a registered one (audited with old and new room)."""

        def work(uow: UnitOfWork) -> TerminalInfo:
            uow.require(Permission.MANAGE_CENTRE)
            s = uow.session
            room = s.execute(select(Room).where(Room.code == room_code)).scalar_one_or_none()
            if room is None:
                raise NotFound("No room {code!r}.", code=room_code)
            terminal = s.execute(select(Terminal).where(Terminal.name == name)).scalar_one_or_none()
            if terminal is None:
                terminal = Terminal(name=name, room_id=room.id, description=description)
                s.add(terminal)
                s.flush()
                uow.audit("terminal.register", "terminal", terminal.id, new={"name": name, "room": room_code})
            else:
                old_room = terminal.room.code if terminal.room else None
                terminal.room_id = room.id
                if description is not None:
                    terminal.description = description
                uow.audit("terminal.move", "terminal", terminal.id, old={"room": old_room}, new={"room": room_code})
            return TerminalInfo(terminal.id, terminal.name, _room(room))

        return self._write(actor, work)

    def add_course(self, actor: Actor, code: str, title: str, family: str) -> int:
        """Record a course (as ``ctx.courses.add_course`` does, without its code and title rules); its id."""
        try:
            CourseFamily(family)
        except ValueError:
            raise InvalidInput("Unknown course family {family!r}.", family=family) from None
        return self._write(actor, lambda uow: insert_course(uow, code, title, family).id)

    def add_session(
        self,
        actor: Actor,
        code: str,
        course_code: str,
        room_code: str,
        slots: Sequence[tuple[datetime, datetime]],
        instructor_id: int | None = None,
        learner_ids: Sequence[int] = (),
    ) -> int:
        """Schedule a session: its daily slots in its room, its instructor and roster; its id."""
        if not slots:
            raise InvalidInput("A session needs at least one scheduled slot.")
        for start, end in slots:
            if end <= start:
                raise InvalidInput("A slot must end after it starts ({start} – {end}).", start=start, end=end)

        def work(uow: UnitOfWork) -> int:
            uow.require(Permission.MANAGE_COURSES)
            s = uow.session
            course, room = course_by_code(s, course_code), room_by_code(s, room_code)
            ordered = sorted(slots)
            session = insert_session(s, code, course, room, ordered, instructor_id)
            now = uow.now()
            s.add_all(RosterEntry(session_id=session.id, person_id=pid, enrolled_at=now) for pid in learner_ids)
            s.flush()
            uow.audit(
                "session.create",
                "course_session",
                session.id,
                new={
                    "code": code,
                    "course": course_code,
                    "room": room_code,
                    "instructor_id": instructor_id,
                    "slots": [[a, b] for a, b in ordered],
                    "roster": sorted(learner_ids),
                },
            )
            return session.id

        return self._write(actor, work)

    def terminal_overview(self, terminal_name: str) -> TerminalOverview:
        """The terminal's room and the sessions scheduled there at this moment."""
        at = self._clock.now()

        def work(s: Session) -> TerminalOverview:
            terminal = s.execute(
                select(Terminal).where(Terminal.name == terminal_name).options(joinedload(Terminal.room))
            ).scalar_one_or_none()
            if terminal is None or terminal.room is None:
                return TerminalOverview(terminal_name, terminal is not None, None, (), at)
            rows = s.execute(
                select(SessionSlot, CourseSession, Course, Person)
                .join(CourseSession, SessionSlot.session_id == CourseSession.id)
                .join(Course, CourseSession.course_id == Course.id)
                .outerjoin(Person, CourseSession.instructor_id == Person.id)
                .where(SessionSlot.room_id == terminal.room_id, SessionSlot.starts_at <= at, SessionSlot.ends_at > at)
                .order_by(SessionSlot.starts_at, CourseSession.code)
            ).all()
            now = []
            for slot, session, course, instructor in rows:
                enrolled = s.execute(
                    select(func.count(RosterEntry.id)).where(
                        RosterEntry.session_id == session.id, RosterEntry.withdrawn_at.is_(None)
                    )
                ).scalar_one()
                now.append(
                    SlotNow(
                        session_code=session.code,
                        course_code=course.code,
                        course_title=course.title,
                        instructor=getattr(instructor, "display_name", None),  # outer join: may be None
                        starts_at=slot.starts_at,
                        ends_at=slot.ends_at,
                        enrolled=enrolled,
                    )
                )
            return TerminalOverview(terminal.name, True, _room(terminal.room), tuple(now), at)

        return self._read(work)

    def list_terminals(self) -> list[TerminalInfo]:
        def work(s: Session) -> list[TerminalInfo]:
            terminals = s.execute(select(Terminal).options(joinedload(Terminal.room)).order_by(Terminal.name)).scalars()
            return [TerminalInfo(t.id, t.name, _room(t.room)) for t in terminals]

        return self._read(work)
