"""Training hours over a period, for the funders' report: the day rules of ``domain/attendance.py``
applied to every day of one learner, and each stay given to the session it belongs to.

Pure functions over plain values; ``services/hours.py`` feeds them one learner's events of the
period and the scheduled slots of the sessions those events name. There is no second hours
algorithm here: every day is counted by :func:`attendance.day_attendance`, exactly as the day view
(``services/attendance_rows.day_attendance``) counts it.

Rules (written out for the office in ``docs/hours.md``):
1. A learner's events are grouped by Brussels day. Each day counts the time inside the slots, on
   that day, of the sessions its standing events belong to — the day view's rule 7.
2. A stay belongs to the session of its check-in (a check-out belongs to the session of its
   check-in, ``docs/attendance.md`` rule 5). A check-in recorded with no session (unscheduled)
   belongs to no session; it can still count time inside the slots of another session of that day.
3. Durations stay exact (``timedelta``, to the microsecond) through every sum; they become hours
   once, at the end, rounded to 2 decimals half up (:func:`to_hours`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from aptaskil_desk.domain import attendance

_MICROSECONDS_PER_HOUR = Decimal(3_600_000_000)
_CENT = Decimal("0.01")


def to_hours(counted: timedelta) -> Decimal:
    """An exact duration as hours with 2 decimals, rounded once, half up (1 h 00 min 18 s → 1.01)."""
    microseconds = counted // timedelta(microseconds=1)
    return (Decimal(microseconds) / _MICROSECONDS_PER_HOUR).quantize(_CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LearnerHours:
    """One learner's period: each day as the day view counts it, and the time per session."""

    days: tuple[attendance.DayAttendance, ...]
    #: (session id or ``None`` for unscheduled check-ins, time counted), by session id; a session
    #: appears as soon as one stay belongs to it, even one that counted nothing.
    by_session: tuple[tuple[int | None, timedelta], ...]

    @property
    def counted(self) -> timedelta:
        return sum((d.counted for d in self.days), timedelta(0))

    @property
    def attended(self) -> bool:
        """At least one event stands in the period (a check-in, or a check-out with none)."""
        return any(d.pairs for d in self.days)


def day_slots(
    day: date, session_ids: Iterable[int], slots: Mapping[int, Sequence[attendance.Slot]]
) -> list[attendance.Slot]:
    """The slots of these sessions that overlap a Brussels day (what ``slots_of_day`` selects)."""
    start, end = attendance.day_bounds(day)
    return [
        slot for sid in set(session_ids) for slot in slots.get(sid, ()) if slot.starts_at < end and slot.ends_at > start
    ]


class SlotIndex:
    """The scheduled slots of sessions, by session and Brussels day, for day after day of look-ups.

    The same selection as :func:`day_slots`, prepared once: a slot belongs to every day it overlaps
    (``starts_at < day end`` and ``ends_at > day start``, what ``services/attendance_rows.slots_of_day``
    selects in SQL), so a night slot across midnight counts on both days.
    """

    def __init__(self) -> None:
        self._by_day: dict[tuple[int, date], list[attendance.Slot]] = {}
        self._sessions: set[int] = set()

    def __contains__(self, session_id: object) -> bool:
        return session_id in self._sessions

    def add(self, session_id: int, slots: Iterable[attendance.Slot]) -> None:
        """Record a session's slots (a session with none is recorded too)."""
        self._sessions.add(session_id)
        for slot in slots:
            day, last = attendance.local_day(slot.starts_at), attendance.local_day(slot.ends_at)
            while day <= last:
                start, end = attendance.day_bounds(day)
                if slot.starts_at < end and slot.ends_at > start:
                    self._by_day.setdefault((session_id, day), []).append(slot)
                day += timedelta(days=1)

    def of_day(self, day: date, session_ids: Iterable[int]) -> list[attendance.Slot]:
        """The slots of these sessions that overlap this day."""
        return [slot for sid in set(session_ids) for slot in self._by_day.get((sid, day), ())]


def stays_by_session(
    day: attendance.DayAttendance, standing: Sequence[attendance.Event]
) -> dict[int | None, timedelta]:
    """The day's counted time per session of the check-in of each stay; ``standing`` is
    ``attendance.effective(events)`` of the events the day was counted from.

    :func:`attendance.day_attendance` makes one pair per standing check-in, in time order, plus a
    zero pair for each check-out with no check-in; the check-ins are matched to those pairs in order.
    """
    check_ins = [e for e in standing if e.kind == "in"]
    stays = [p for p in day.pairs if "unpaired_out" not in p.flags]
    result: dict[int | None, timedelta] = {}
    for event, pair in zip(check_ins, stays, strict=True):
        if pair.check_in != event.at:
            raise AssertionError("a stay does not start at its check-in")  # a rule changed: a bug
        result[event.session_id] = result.get(event.session_id, timedelta(0)) + pair.counted
    return result


def learner_hours(events: Iterable[attendance.Event], slots: SlotIndex, now: datetime) -> LearnerHours:
    """Count every day of one learner's events (superseded and void ones included, as stored).

    ``slots`` holds the slots of every session the events name (at least those of the period);
    ``now`` is the instant the report is made (a day still running counts up to now).
    """
    by_day: dict[date, list[attendance.Event]] = {}
    for event in events:
        by_day.setdefault(attendance.local_day(event.at), []).append(event)
    days = []
    per_session: dict[int | None, timedelta] = {}
    for day in sorted(by_day):
        todays = by_day[day]
        standing = attendance.effective(todays)
        sessions = {e.session_id for e in standing if e.session_id is not None}
        counted = attendance.day_attendance(day, todays, slots.of_day(day, sessions), now)
        days.append(counted)
        for session_id, time in stays_by_session(counted, standing).items():
            per_session[session_id] = per_session.get(session_id, timedelta(0)) + time
    ordered = sorted(per_session.items(), key=lambda item: (item[0] is None, item[0] or 0))
    return LearnerHours(tuple(days), tuple(ordered))
