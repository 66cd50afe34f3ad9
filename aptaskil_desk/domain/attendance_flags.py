"""Late arrivals, early departures and days off the schedule: the flags an instructor reads beside a
learner's day of a session.

Pure functions over plain values; the attendance review (``services/attendance_review.py``) and the
session record (``services/session_record_data.py``) give them one learner's stays that belong to
one session on one Brussels day, and that session's slots of that day. They only flag: the hours
are counted by :mod:`aptaskil_desk.domain.attendance` (time outside the slots never counts, so a
late arrival already counts less), and nothing here changes them.

Rules (written out for the instructors in ``docs/attendance-review.md``):
1. **late**: the day's first check-in is more than :data:`TOLERANCE` (10 minutes) after the start
   of the day's first slot. Exactly 10 minutes after is on time; 10 minutes and 1 second is late.
2. **left_early**: the day's last check-out is more than :data:`TOLERANCE` before the end of the
   day's last slot. A day whose last stay has no check-out — the learner is still in (``open``) or
   the check-in was never closed (``no_check_out``) — has no departure to judge and is never
   flagged. A stay closed automatically (``auto_closed``) ends at the end of the day's last slot, so
   it is not early. A check-out with no check-in (``unpaired_out``) is a departure like any other.
3. **unscheduled**: the learner has stays that day but the session has no slot that day.
4. Only the first arrival and the last departure of the day are judged: a long lunch break shows in
   the hours, not as a flag. A day with no stay (an absence) flags nothing.
5. Every comparison is between instants (UTC), never wall-clock times, so the days when the
   clocks change are exact: a slot from 00:30 to 05:30 on the last Sunday of October ends six real
   hours after it starts, and a check-out at 05:15 is 15 minutes early, not one hour and 15 minutes.

The tolerance is a constant on purpose, not a setting: every screen and every printed record of
every terminal must flag the same days, and a record printed once must verify the same later.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from aptaskil_desk.domain.attendance import Pair, Slot

#: How late a first check-in, or how early a last check-out, may be before the day is flagged.
TOLERANCE = timedelta(minutes=10)

LATE = "late"
LEFT_EARLY = "left_early"
UNSCHEDULED = "unscheduled"


class StayTimes(Protocol):
    """A stay as these rules read it: ``check_in`` is ``None`` for a check-out with no check-in,
    ``check_out`` is ``None`` while the learner is still in or when the check-in was never closed."""

    @property
    def check_in(self) -> datetime | None: ...

    @property
    def check_out(self) -> datetime | None: ...


@dataclass(frozen=True)
class Times:
    """The plain :class:`StayTimes`."""

    check_in: datetime | None
    check_out: datetime | None


def from_pairs(pairs: Iterable[Pair]) -> list[Times]:
    """The stays of :func:`attendance.day_attendance`'s pairs (an ``unpaired_out`` pair repeats its
    check-out as its check-in; here it has none)."""
    return [Times(None if "unpaired_out" in p.flags else p.check_in, p.check_out) for p in pairs]


def _start(stay: StayTimes) -> datetime:
    first = stay.check_in if stay.check_in is not None else stay.check_out
    assert first is not None, "a stay has a check-in or a check-out"
    return first.astimezone(UTC)


def first_arrival(stays: Sequence[StayTimes]) -> datetime | None:
    """The earliest check-in of the day (``None``: no check-in at all)."""
    return min((s.check_in.astimezone(UTC) for s in stays if s.check_in is not None), default=None)


def last_departure(stays: Sequence[StayTimes]) -> datetime | None:
    """The check-out of the day's last stay; ``None`` when that stay has none (still in, never closed)."""
    if not stays:
        return None
    last = max(stays, key=_start)
    return None if last.check_out is None else last.check_out.astimezone(UTC)


def day_flags(stays: Sequence[StayTimes], slots: Sequence[Slot], tolerance: timedelta = TOLERANCE) -> frozenset[str]:
    """The flags of one learner's day of one session (see the module's rules)."""
    if not stays:
        return frozenset()
    if not slots:
        return frozenset({UNSCHEDULED})
    flags: set[str] = set()
    begins = min(s.starts_at.astimezone(UTC) for s in slots)
    ends = max(s.ends_at.astimezone(UTC) for s in slots)
    arrival = first_arrival(stays)
    if arrival is not None and arrival - begins > tolerance:
        flags.add(LATE)
    departure = last_departure(stays)
    if departure is not None and ends - departure > tolerance:
        flags.add(LEFT_EARLY)
    return frozenset(flags)
