"""One scan, one decision: what the kiosk (and ``aptaskil-desk scan``) does with a badge payload."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.badges.layouts import candidates
from aptaskil_desk.clock import Clock
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.models import (
    AttendanceEvent,
    Badge,
    Course,
    CourseSession,
    Person,
    RosterEntry,
    ScanRefusal,
    SessionSlot,
    StaffAccount,
    Terminal,
)
from aptaskil_desk.domain import attendance
from aptaskil_desk.domain.codes import CodeKind
from aptaskil_desk.domain.equipment import LAPSE_AFTER, Reason
from aptaskil_desk.domain.questions import Question
from aptaskil_desk.services.attendance_rows import day_attendance, flags_of, rows_of_day, to_event
from aptaskil_desk.services.base import Actor, Service, UnitOfWork
from aptaskil_desk.services.equipment_use import OverrideRef
from aptaskil_desk.services.scan_equipment import EquipmentRef, equipment_scan, person_name, remember_badge

#: Longest raw input kept from a refused scan (a stuck key must not fill the database).
MAX_KEPT_INPUT = 200


def printable(received: str) -> str:
    """What was received, safe to store and show: control characters (NUL included, which
    PostgreSQL text cannot hold) and backslashes are written as escapes, everything else kept."""
    out = []
    for char in received[:MAX_KEPT_INPUT]:
        if char == "\\":
            out.append("\\\\")
        elif unicodedata.category(char) in ("Cc", "Cs"):
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str


@dataclass(frozen=True)
class SessionRef:
    code: str
    title: str


@dataclass(frozen=True)
class ScanResult:
    """The decision, with everything the result screen and ``scan --json`` show.

    ``result``: checked_in | checked_out | already | refused | staff. ``reason``: for refused,
    unreadable | unknown | revoked | inactive; for already, the kind of the standing event (in|out);
    for checked_in, unscheduled | not_enrolled when so; else None.
    """

    result: str
    reason: str | None
    person: PersonRef | None
    session: SessionRef | None
    at: datetime
    event_uuid: str | None = None
    hours_today: float | None = None
    first_in_today: datetime | None = None
    #: For an equipment label (use_started | use_stopped | questions | refused): what, and why not.
    equipment: EquipmentRef | None = None
    reasons: tuple[Reason, ...] = ()
    questions: tuple[Question, ...] = ()
    #: For use_started (and the questions before it): the signed override the use runs under.
    override: OverrideRef | None = None


def _session_ref(s: Session, session_id: int | None) -> SessionRef | None:
    if session_id is None:
        return None
    row = s.execute(
        select(CourseSession.code, Course.title)
        .join(Course, CourseSession.course_id == Course.id)
        .where(CourseSession.id == session_id)
    ).one()
    return SessionRef(row.code, row.title)


class ScanService(Service):
    """Turns a scanned payload into a check-in, a check-out, or a refusal, in one transaction.

    Args:
        debounce: how soon a second scan of one badge counts as a repeat.
        authorisation_lapse: how long an equipment authorisation may go unused before it lapses.
    """

    def __init__(
        self, db: Database, clock: Clock, debounce: timedelta = attendance.DEBOUNCE, *,
        authorisation_lapse: timedelta = LAPSE_AFTER,
    ) -> None:  # fmt: skip
        super().__init__(db, clock)
        self._debounce = debounce
        self._lapse = authorisation_lapse

    def scan(
        self, payload: str, terminal: str, *, event_uuid: str | None = None, answers: Mapping[str, str] | None = None
    ) -> ScanResult:
        """Decide and record. ``event_uuid`` makes a retry after a crash safe: the same UUID
        returns the first outcome instead of recording a second event. ``answers`` carries the
        learner's answers to an equipment's pre- or post-use questions."""
        event_id = event_uuid or str(uuid.uuid4())
        actor = Actor(None, f"kiosk:{terminal}", terminal)
        # Ungated: a staff badge records nothing and must open the unlock even while an integrity
        # incident stops recording; every branch that records passes the gate first (_decide).
        return self._write(actor, lambda uow: self._decide(uow, payload, terminal, event_id, answers), gated=False)

    def _decide(
        self, uow: UnitOfWork, payload: str, terminal: str, event_id: str, answers: Mapping[str, str] | None
    ) -> ScanResult:
        s = uow.session
        replay = self._replay(s, event_id)
        if replay is not None:
            return replay
        now = uow.now()
        codes = candidates(payload)
        if not codes:
            return self._refuse(uow, payload, terminal, event_id, "unreadable", None, now)
        if all(c[0] == CodeKind.EQUIPMENT.value for c in codes):  # candidates() are well formed
            self._db.pass_gate(s)
            outcome = equipment_scan(
                uow,
                codes,
                terminal,
                answers,
                lambda why: self._refuse(uow, payload, terminal, event_id, why, None, now),
                lapse_after=self._lapse,
            )
            name = person_name(uow, outcome.person_id)
            person_ref = PersonRef(outcome.person_id, name) if outcome.person_id is not None and name else None
            return ScanResult(
                outcome.result, outcome.reason, person_ref, None, outcome.at or now, event_id,
                equipment=outcome.equipment, reasons=outcome.reasons, questions=outcome.questions,
                override=outcome.override,
            )  # fmt: skip
        badges = list(s.execute(select(Badge).where(Badge.code.in_(codes))).scalars())
        active = [b for b in badges if b.revoked_at is None]
        if not badges:
            return self._refuse(uow, payload, terminal, event_id, "unknown", None, now)
        if not active:
            return self._refuse(uow, payload, terminal, event_id, "revoked", badges[0], now)
        badge = active[0]
        person = s.get(Person, badge.person_id)
        assert person is not None
        ref = PersonRef(person.id, person.display_name)
        if not person.active:
            return self._refuse(uow, payload, terminal, event_id, "inactive", badge, now)
        if s.get(StaffAccount, person.id) is not None:
            return ScanResult("staff", None, ref, None, now)
        self._db.pass_gate(s)  # from here on, something is recorded
        today = [to_event(r) for r in rows_of_day(s, person.id, attendance.local_day(now))]
        decision = attendance.decide(today, now, self._debounce)
        if decision.kind == "already":
            assert decision.previous is not None
            remember_badge(uow, terminal, person.id, None)
            return ScanResult(
                "already", decision.previous.kind, ref, _session_ref(s, decision.previous.session_id),
                decision.previous.at, hours_today=self._hours(s, today, now),
                first_in_today=_first_in(today),
            )  # fmt: skip
        room_id = s.execute(select(Terminal.room_id).where(Terminal.name == terminal)).scalar_one_or_none()
        flags: set[str] = set()
        if decision.kind == "out":
            assert decision.previous is not None
            session_id = decision.previous.session_id
        else:
            session_id, flag = self._session_for(s, person.id, room_id, now)
            if flag:
                flags.add(flag)
        event = AttendanceEvent(
            event_uuid=event_id, person_id=person.id, kind=decision.kind, at=now, source="scan", terminal=terminal,
            badge_id=badge.id, room_id=room_id, session_id=session_id, flags=",".join(sorted(flags)),
            recorded_at=now, recorded_by=uow.actor.name,
        )  # fmt: skip
        s.add(event)
        s.flush()
        uow.audit(
            "attendance.check_in" if decision.kind == "in" else "attendance.check_out",
            "attendance_event",
            event.id,
            new={"person_id": person.id, "kind": decision.kind, "at": now, "session_id": session_id,
                 "flags": sorted(flags), "uuid": event_id},
        )  # fmt: skip
        today.append(attendance.Event(event.id, event.kind, now, None, session_id, frozenset(flags)))
        remember_badge(uow, terminal, person.id, event.id)
        return ScanResult(
            "checked_in" if decision.kind == "in" else "checked_out",
            next(iter(sorted(flags)), None),
            ref,
            _session_ref(s, session_id),
            now,
            event_id,
            self._hours(s, today, now),
            _first_in(today),
        )

    @staticmethod
    def _session_for(s: Session, person_id: int, room_id: int | None, now: datetime) -> tuple[int | None, str | None]:
        """The session a check-in counts for: one running (or about to) in this room, preferably
        one the learner is enrolled in."""
        if room_id is None:
            return None, "unscheduled"
        running = list(
            s.execute(
                select(SessionSlot.session_id)
                .where(
                    SessionSlot.room_id == room_id,
                    SessionSlot.starts_at <= now + attendance.EARLY_GRACE,
                    SessionSlot.ends_at > now,
                )
                .order_by(SessionSlot.starts_at)
            ).scalars()
        )
        if not running:
            return None, "unscheduled"
        enrolled = set(
            s.execute(
                select(RosterEntry.session_id).where(
                    RosterEntry.person_id == person_id,
                    RosterEntry.session_id.in_(running),
                    RosterEntry.withdrawn_at.is_(None),
                )
            ).scalars()
        )
        for session_id in running:
            if session_id in enrolled:
                return session_id, None
        return running[0], "not_enrolled"

    @staticmethod
    def _hours(s: Session, today: list[attendance.Event], now: datetime) -> float:
        return round(day_attendance(s, attendance.local_day(now), today, now).hours, 2)

    def _refuse(
        self, uow: UnitOfWork, payload: str, terminal: str, event_id: str, reason: str, badge: Badge | None,
        now: datetime,
    ) -> ScanResult:  # fmt: skip
        self._db.pass_gate(uow.session)  # a refusal is a record too
        kept = printable(payload)
        refusal = ScanRefusal(
            event_uuid=event_id, at=now, terminal=terminal, received=kept, reason=reason,
            badge_id=badge.id if badge else None, person_id=badge.person_id if badge else None,
        )  # fmt: skip
        uow.session.add(refusal)
        uow.session.flush()
        uow.audit(
            "scan.refused",
            "scan_refusal",
            refusal.id,
            new={"reason": reason, "received": kept, "badge_id": refusal.badge_id},
        )
        person = None
        if badge is not None:
            p = uow.session.get(Person, badge.person_id)
            person = PersonRef(p.id, p.display_name) if p else None
        return ScanResult("refused", reason, person, None, now, event_id)

    @staticmethod
    def _replay(s: Session, event_id: str) -> ScanResult | None:
        event = s.execute(select(AttendanceEvent).where(AttendanceEvent.event_uuid == event_id)).scalar_one_or_none()
        if event is not None:
            person = s.get(Person, event.person_id)
            assert person is not None
            return ScanResult(
                "checked_in" if event.kind == "in" else "checked_out",
                next(iter(sorted(flags_of(event))), None),
                PersonRef(person.id, person.display_name),
                _session_ref(s, event.session_id),
                event.at,
                event_id,
            )
        refusal = s.execute(select(ScanRefusal).where(ScanRefusal.event_uuid == event_id)).scalar_one_or_none()
        if refusal is not None:
            return ScanResult("refused", refusal.reason, None, None, refusal.at, event_id)
        return None


def _first_in(today: list[attendance.Event]) -> datetime | None:
    return next((e.at for e in attendance.effective(today) if e.kind == "in"), None)
