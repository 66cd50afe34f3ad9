"""Attendance review: a learner's day, and corrections that supersede events (originals kept)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.models import AttendanceEvent, CourseSession, Person
from aptaskil_desk.domain import attendance
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput, NotFound
from aptaskil_desk.services.attendance_rows import day_attendance, flags_of, rows_of_day, to_event
from aptaskil_desk.services.base import Actor, Service, UnitOfWork


@dataclass(frozen=True)
class EventInfo:
    id: int
    kind: str
    at: datetime
    source: str
    terminal: str
    session_code: str | None
    flags: tuple[str, ...]
    supersedes_id: int | None
    superseded_by: int | None
    reason: str | None
    recorded_by: str


@dataclass(frozen=True)
class DayReport:
    person_id: int
    day: date
    events: tuple[EventInfo, ...]
    attendance: attendance.DayAttendance


class AttendanceService(Service):
    def day(self, person_id: int, day: date) -> DayReport:
        """Every event of a learner's day (superseded ones included) and the hours that stand."""
        now = self._clock.now()

        def work(s: Session) -> DayReport:
            rows = rows_of_day(s, person_id, day)
            session_ids = {r.session_id for r in rows if r.session_id is not None}
            codes = {
                session_id: code
                for session_id, code in s.execute(
                    select(CourseSession.id, CourseSession.code).where(CourseSession.id.in_(session_ids))
                )
            }
            superseded_by = {r.supersedes_id: r.id for r in rows if r.supersedes_id is not None}
            infos = tuple(
                EventInfo(r.id, r.kind, r.at, r.source, r.terminal, codes.get(r.session_id) if r.session_id else None,
                          tuple(sorted(flags_of(r))), r.supersedes_id, superseded_by.get(r.id), r.reason,
                          r.recorded_by)
                for r in rows
            )  # fmt: skip
            events = [to_event(r) for r in rows]
            return DayReport(person_id, day, infos, day_attendance(s, day, events, now))

        return self._read(work)

    def correct(self, actor: Actor, event_id: int, *, kind: str, at: datetime | None = None, reason: str) -> EventInfo:
        """Supersede an event: another kind or time, or ``void`` to cancel it. Reason required."""
        if kind not in ("in", "out", "void"):
            raise InvalidInput("A correction is 'in', 'out' or 'void', not {kind!r}.", kind=kind)
        if not reason.strip():
            raise InvalidInput("A reason is required.")

        def work(uow: UnitOfWork) -> EventInfo:
            uow.require(Permission.MANAGE_COURSES)
            s = uow.session
            original = s.get(AttendanceEvent, event_id, with_for_update=True)
            if original is None:
                raise NotFound("No attendance event {id}.", id=event_id)
            if s.execute(select(AttendanceEvent.id).where(AttendanceEvent.supersedes_id == event_id)).first():
                raise InvalidInput("Event {id} was already corrected: correct the latest correction.", id=event_id)
            when = at or original.at
            if attendance.local_day(when) != attendance.local_day(original.at):
                raise InvalidInput("A correction stays on the same day as the event it corrects.")
            return self._record(uow, original.person_id, kind, when, original.session_id, reason, original)

        return self._write(actor, work)

    def add_missing(
        self, actor: Actor, person_id: int, *, kind: str, at: datetime, session_code: str | None, reason: str
    ) -> EventInfo:
        """Record a check-in or check-out the learner forgot to scan (a correction with no original)."""
        if kind not in ("in", "out"):
            raise InvalidInput("A missing scan is 'in' or 'out', not {kind!r}.", kind=kind)
        if not reason.strip():
            raise InvalidInput("A reason is required.")

        def work(uow: UnitOfWork) -> EventInfo:
            uow.require(Permission.MANAGE_COURSES)
            s = uow.session
            if s.get(Person, person_id) is None:
                raise NotFound("No person with id {id}.", id=person_id)
            session_id = None
            if session_code is not None:
                session_id = s.execute(
                    select(CourseSession.id).where(CourseSession.code == session_code)
                ).scalar_one_or_none()
                if session_id is None:
                    raise NotFound("No session {code!r}.", code=session_code)
            return self._record(uow, person_id, kind, at, session_id, reason, None)

        return self._write(actor, work)

    @staticmethod
    def _record(
        uow: UnitOfWork, person_id: int, kind: str, at: datetime, session_id: int | None, reason: str,
        original: AttendanceEvent | None,
    ) -> EventInfo:  # fmt: skip
        now = uow.now()
        event = AttendanceEvent(
            event_uuid=str(uuid.uuid4()), person_id=person_id, kind=kind, at=at, source="correction",
            terminal=uow.actor.terminal, badge_id=None, room_id=original.room_id if original else None,
            session_id=session_id, flags="corrected", supersedes_id=original.id if original else None,
            reason=reason, recorded_at=now, recorded_by=uow.actor.name,
        )  # fmt: skip
        uow.session.add(event)
        uow.session.flush()
        old = None if original is None else {"event_id": original.id, "kind": original.kind, "at": original.at}
        uow.audit(
            "attendance.correct",
            "attendance_event",
            event.id,
            old=old,
            new={"person_id": person_id, "kind": kind, "at": at, "session_id": session_id},
            reason=reason,
        )
        code = None
        if session_id is not None:
            code = uow.session.execute(select(CourseSession.code).where(CourseSession.id == session_id)).scalar_one()
        return EventInfo(event.id, kind, at, "correction", event.terminal, code, ("corrected",),
                         event.supersedes_id, None, reason, event.recorded_by)  # fmt: skip
