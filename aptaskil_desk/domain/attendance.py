"""Attendance rules: what a scan means, and how check-ins and check-outs become training hours.

Pure functions over plain values; the scan service and the reports feed them rows.

Rules (written for the instructors as much as for the code):
1. A scan checks a learner in, or out if their last event of the day (Europe/Brussels) is a check-in.
2. The same badge again within the debounce window (default 2 min) records nothing: "already".
3. Corrections supersede an event (the original is kept); a ``void`` correction cancels it.
4. Hours are the in→out pairs of a day, clipped to the scheduled slots of the learner's sessions
   that day (time outside a slot does not count; overlapping slots count once).
5. A check-in with no check-out is closed at the end of the day's last slot and flagged
   ``auto_closed`` (or at the next check-in, flagged ``no_check_out``); an unpaired check-out is
   flagged ``unpaired_out`` and counts nothing. Stays never overlap, so a day never counts more
   than its slots.
6. Everything is computed on UTC instants, so DST days are exact (a 23 h or 25 h day).
   (Python subtracts two datetimes sharing one tzinfo as wall-clock times, so every instant is
   converted to UTC before any arithmetic here.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from aptaskil_desk.clock import CENTRE_TZ

DEBOUNCE = timedelta(minutes=2)
#: A learner may check in this long before a slot starts and still be matched to it.
EARLY_GRACE = timedelta(minutes=30)


@dataclass(frozen=True)
class Event:
    """An attendance event as the rules see it."""

    id: int
    kind: str  # in | out | void
    at: datetime
    supersedes_id: int | None = None
    session_id: int | None = None
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Decision:
    """What a learner's scan means now."""

    kind: str  # in | out | already
    previous: Event | None


def effective(events: Iterable[Event]) -> list[Event]:
    """The events that stand after corrections, in time order.

    A correction replaces the event it supersedes (it may itself be superseded later); a ``void``
    correction removes it.
    """
    events = list(events)
    superseded = {e.supersedes_id for e in events if e.supersedes_id is not None}
    standing = [e for e in events if e.id not in superseded and e.kind != "void"]
    return sorted(standing, key=lambda e: (e.at, e.id))


def _utc(instant: datetime) -> datetime:
    return instant.astimezone(UTC)


def local_day(instant: datetime) -> date:
    return instant.astimezone(CENTRE_TZ).date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The instants a Brussels calendar day starts and ends (23 or 25 hours apart on DST days)."""
    return (
        datetime.combine(day, time(0), tzinfo=CENTRE_TZ),
        datetime.combine(day + timedelta(days=1), time(0), tzinfo=CENTRE_TZ),
    )


def decide(today: Sequence[Event], now: datetime, debounce: timedelta = DEBOUNCE) -> Decision:
    """Check-in, check-out or "already", from the learner's standing events of today."""
    standing = effective(today)
    last = standing[-1] if standing else None
    if last is not None and timedelta(0) <= _utc(now) - _utc(last.at) < debounce:
        return Decision("already", last)
    if last is not None and last.kind == "in":
        return Decision("out", last)
    return Decision("in", last)


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class Pair:
    """One stay: from a check-in to its check-out (or to the automatic close)."""

    check_in: datetime
    check_out: datetime | None
    counted: timedelta
    flags: frozenset[str]


@dataclass(frozen=True)
class DayAttendance:
    day: date
    pairs: tuple[Pair, ...]
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def counted(self) -> timedelta:
        return sum((p.counted for p in self.pairs), timedelta(0))

    @property
    def hours(self) -> float:
        return self.counted.total_seconds() / 3600


def _merged(slots: Iterable[Slot]) -> list[Slot]:
    ordered = sorted((Slot(_utc(s.starts_at), _utc(s.ends_at)) for s in slots), key=lambda s: s.starts_at)
    merged: list[Slot] = []
    for slot in ordered:
        if merged and slot.starts_at <= merged[-1].ends_at:
            last = merged[-1]
            merged[-1] = Slot(last.starts_at, max(last.ends_at, slot.ends_at))
        else:
            merged.append(slot)
    return merged


def clipped(start: datetime, end: datetime, slots: Iterable[Slot]) -> timedelta:
    """How much of ``start``–``end`` falls inside the slots (overlaps counted once)."""
    total = timedelta(0)
    start, end = _utc(start), _utc(end)
    for slot in _merged(slots):
        overlap = min(end, slot.ends_at) - max(start, slot.starts_at)
        if overlap > timedelta(0):
            total += overlap
    return total


def day_attendance(day: date, events: Sequence[Event], slots: Sequence[Slot], now: datetime) -> DayAttendance:
    """Pair a day's standing events and count the time inside the scheduled slots."""
    standing = effective(events)
    pairs: list[Pair] = []
    day_flags: set[str] = set()
    open_in: Event | None = None
    closing_time = max((s.ends_at for s in slots), default=None)
    for event in standing:
        if event.kind == "in":
            if open_in is not None:  # two check-ins in a row: the first stay ends at the second
                pairs.append(
                    Pair(open_in.at, event.at, clipped(open_in.at, event.at, slots), frozenset({"no_check_out"}))
                )
            open_in = event
        elif event.kind == "out":
            if open_in is None:
                pairs.append(Pair(event.at, event.at, timedelta(0), frozenset({"unpaired_out"})))
                continue
            pairs.append(Pair(open_in.at, event.at, clipped(open_in.at, event.at, slots), frozenset()))
            open_in = None
    if open_in is not None:
        pairs.append(_auto_close(open_in, closing_time, slots, now))
    if not slots and standing:
        day_flags.add("unscheduled")
    for pair in pairs:
        day_flags |= pair.flags
    return DayAttendance(day, tuple(pairs), frozenset(day_flags))


def _auto_close(check_in: Event, closing_time: datetime | None, slots: Sequence[Slot], now: datetime) -> Pair:
    if closing_time is None or closing_time <= check_in.at:
        return Pair(check_in.at, None, timedelta(0), frozenset({"no_check_out"}))
    if now < closing_time:  # still in the building: count up to now, not yet flagged
        return Pair(check_in.at, None, clipped(check_in.at, now, slots), frozenset({"open"}))
    return Pair(check_in.at, closing_time, clipped(check_in.at, closing_time, slots), frozenset({"auto_closed"}))
