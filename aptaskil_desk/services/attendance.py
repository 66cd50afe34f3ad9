"""Attendance review: a learner's day, and corrections that supersede events (originals kept)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.clock import CENTRE_TZ
from aptaskil_desk.db.models import AttendanceEvent, CourseSession, Person, SessionSlot
from aptaskil_desk.domain import attendance
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput, NotFound
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


def _bounds(day: date) -> tuple[datetime, datetime]:
    return (
        datetime.combine(day, time(0), tzinfo=CENTRE_TZ),
        datetime.combine(day + timedelta(days=1), time(0), tzinfo=CENTRE_TZ),
    )


class AttendanceService(Service):
    def day(self, person_id: int, day: date) -> DayReport:
        """Every event of a learner's day (superseded ones included) and the hours that stand."""
        now = self._clock.now()

        def work(s: Session) -> DayReport:
            start, end = _bounds(day)
            rows = list(
                s.execute(
                    select(AttendanceEvent, CourseSession.code)
                    .outerjoin(CourseSession, AttendanceEvent.session_id == CourseSession.id)
                    .where(
                        AttendanceEvent.person_id == person_id, AttendanceEvent.at >= start, AttendanceEvent.at < end
                    )
                    .order_by(AttendanceEvent.at, AttendanceEvent.id)
                )
            )
            by_superseded = {e.supersedes_id: e.id for e, _ in rows if e.supersedes_id is not None}
            infos = tuple(
                EventInfo(e.id, e.kind, e.at, e.source, e.terminal, code, tuple(filter(None, e.flags.split(","))),
                          e.supersedes_id, by_superseded.get(e.id), e.reason, e.recorded_by)
                for e, code in rows
            )  # fmt: skip
            events = [
                attendance.Event(e.id, e.kind, e.at, e.supersedes_id, e.session_id, frozenset(i.flags))
                for (e, _), i in zip(rows, infos, strict=True)
            ]
            session_ids = {e.session_id for e in attendance.effective(events) if e.session_id is not None}
            slots = [
                attendance.Slot(a, b)
                for a, b in s.execute(
                    select(SessionSlot.starts_at, SessionSlot.ends_at).where(
                        SessionSlot.session_id.in_(session_ids),
                        SessionSlot.starts_at < end,
                        SessionSlot.ends_at > start,
                    )
                )
            ]
            return DayReport(person_id, day, infos, attendance.day_attendance(day, events, slots, now))

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
