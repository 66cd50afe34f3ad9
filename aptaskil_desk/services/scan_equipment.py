"""The kiosk's equipment flow: a learner's badge, then the equipment's QR on the same terminal.

Within ``PAIRING_WINDOW`` of a learner's badge, an equipment label starts that learner's use
(after the pre-use questions), or stops it if the learner is using it (after the post-use
questions). Without answers the result is ``questions``: the kiosk asks them and scans again
with the answers. A badge scan that checked the learner *out* just before an equipment scan was
not meant as a departure: it is voided by a correction that says so (the original is kept).

A refusal that an instructor or technician overrode (``EquipmentService.sign_override``, at the
kiosk or elsewhere) no longer refuses: while the override is valid and unused, the same scan asks
the questions, then starts the use under it (``override_id`` on the logbook entry), once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from aptaskil_desk.clock import local
from aptaskil_desk.db.models import AttendanceEvent, Equipment, Person, TerminalBadge
from aptaskil_desk.domain import equipment as rules
from aptaskil_desk.domain import questions
from aptaskil_desk.services.base import UnitOfWork
from aptaskil_desk.services.equipment_use import (
    OverrideRef,
    UseRefused,
    begin_use,
    beyond_override,
    end_use,
    find_open_use,
    override_ref,
    pending_override,
    problems_for,
    questions_catalogue,
)

#: How soon after the badge the equipment must be scanned.
PAIRING_WINDOW = timedelta(seconds=30)
#: How long the kiosk may take to get the answers once it showed the questions.
ANSWER_WINDOW = timedelta(minutes=5)


@dataclass(frozen=True)
class EquipmentRef:
    code: str
    name: str


@dataclass(frozen=True)
class EquipmentOutcome:
    """What the scan service turns into a ScanResult."""

    result: str  # use_started | use_stopped | questions | refused
    reason: str | None
    person_id: int | None
    equipment: EquipmentRef | None
    reasons: tuple[rules.Reason, ...] = ()
    questions: tuple[questions.Question, ...] = ()
    at: datetime | None = None
    #: The signed override the use is (or, for questions, will be) started under.
    override: OverrideRef | None = None


def remember_badge(uow: UnitOfWork, terminal: str, person_id: int, event_id: int | None) -> None:
    """Note the learner whose badge was just accepted at this terminal (transient pairing state)."""
    row = uow.session.get(TerminalBadge, terminal, with_for_update=True)
    if row is None:
        uow.session.add(TerminalBadge(terminal=terminal, person_id=person_id, at=uow.now(), event_id=event_id))
    else:
        row.person_id, row.at, row.event_id = person_id, uow.now(), event_id
    uow.session.flush()


def equipment_scan(
    uow: UnitOfWork,
    codes: Sequence[str],
    terminal: str,
    answers: Mapping[str, str] | None,
    refuse: Callable[[str], Any],
    *,
    lapse_after: timedelta = rules.LAPSE_AFTER,
) -> EquipmentOutcome:
    """Decide what an equipment label scanned at a terminal means, and record it
    (``lapse_after``: the authorisation lapse period)."""
    s = uow.session
    now = uow.now()
    e = s.execute(select(Equipment).where(Equipment.label_code.in_(codes)).with_for_update()).scalar_one_or_none()
    if e is None:
        refuse("unknown_equipment")
        return EquipmentOutcome("refused", "unknown_equipment", None, None)
    ref = EquipmentRef(e.code, e.name)
    pairing = s.get(TerminalBadge, terminal, with_for_update=True)
    window = ANSWER_WINDOW if answers is not None else PAIRING_WINDOW
    if pairing is None or not (timedelta(0) <= now - pairing.at <= window):
        refuse("badge_first")
        return EquipmentOutcome("refused", "badge_first", None, ref)
    person_id = pairing.person_id
    asked = questions.for_type(questions_catalogue(), e.equipment_type)
    open_use = find_open_use(s, e)
    stopping = open_use is not None and open_use.person_id == person_id
    problems: list[rules.Reason] = []
    override = None
    if not stopping:  # refuse at once what no answer could fix (unfit, busy, not authorised)...
        problems = problems_for(s, e, person_id, local(now).date(), lapse_after=lapse_after)
        override = pending_override(s, e, person_id, now) if problems else None
        if problems and (override is None or beyond_override(s, override.id, e, person_id, problems, now)):
            # ... unless a signed override covers every reason (a new reason needs a new signature)
            uow.audit("equipment.use_refused", "equipment", e.id,
                      new={"person_id": person_id, "reasons": [p.code for p in problems]})  # fmt: skip
            return EquipmentOutcome("refused", "use_refused", person_id, ref, reasons=tuple(problems), at=now)
    signed = override_ref(s, override) if override is not None else None
    needed = asked.post if stopping else asked.pre
    if needed and questions.unanswered(needed, answers):
        pairing.at = now  # the learner is answering: keep the pairing while they do
        return EquipmentOutcome("questions", "post" if stopping else "pre", person_id, ref, questions=needed,
                                override=signed)  # fmt: skip
    if stopping:
        end_use(uow, e, person_id, answers)
        outcome = EquipmentOutcome("use_stopped", None, person_id, ref, at=now)
    else:
        started = begin_use(uow, e, person_id, purpose="kiosk", answers=answers, problems=problems,
                            override_id=override.id if override is not None else None)  # fmt: skip
        if isinstance(started, UseRefused):
            return EquipmentOutcome("refused", "use_refused", person_id, ref, reasons=started.reasons, at=now)
        outcome = EquipmentOutcome("use_started", None, person_id, ref, at=now, override=signed)
    _void_departure(uow, pairing, e.code)
    s.delete(pairing)  # consumed: the next equipment scan needs a badge again
    return outcome


def _void_departure(uow: UnitOfWork, pairing: TerminalBadge, equipment_code: str) -> None:
    """A check-out recorded by the badge that paired with an equipment was not a departure."""
    if pairing.event_id is None:
        return
    s = uow.session
    event = s.get(AttendanceEvent, pairing.event_id)
    if event is None or event.kind != "out":
        return
    if s.execute(select(AttendanceEvent.id).where(AttendanceEvent.supersedes_id == event.id)).first():
        return
    now = uow.now()
    reason = f"badge scanned to use equipment {equipment_code}, not to leave"
    void = AttendanceEvent(
        event_uuid=str(uuid.uuid4()), person_id=event.person_id, kind="void", at=event.at, source="correction",
        terminal=pairing.terminal, badge_id=None, room_id=event.room_id, session_id=event.session_id,
        flags="corrected", supersedes_id=event.id, reason=reason, recorded_at=now, recorded_by=uow.actor.name,
    )  # fmt: skip
    s.add(void)
    s.flush()
    uow.audit("attendance.correct", "attendance_event", void.id, old={"event_id": event.id, "kind": "out"},
              new={"person_id": event.person_id, "kind": "void"}, reason=reason)  # fmt: skip


def person_name(uow: UnitOfWork, person_id: int | None) -> str | None:
    if person_id is None:
        return None
    person = uow.session.get(Person, person_id)
    return person.display_name if person else None
