"""Late, left early, unscheduled: the flags of a learner's day of a session (docs/attendance-review.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from aptaskil_desk.clock import CENTRE_TZ
from aptaskil_desk.domain.attendance import Event, Slot, day_attendance
from aptaskil_desk.domain.attendance_flags import (
    LATE,
    LEFT_EARLY,
    TOLERANCE,
    UNSCHEDULED,
    Times,
    day_flags,
    first_arrival,
    from_pairs,
    last_departure,
)

DAY = date(2026, 11, 25)
DST_BACK = date(2026, 10, 25)  # 03:00 CEST → 02:00 CET: a 25-hour day


def at(hour: int, minute: int = 0, second: int = 0, day: date = DAY, fold: int = 0) -> datetime:
    """A Brussels wall-clock time as an aware instant (``fold=1``: the second 02:xx of DST_BACK)."""
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=CENTRE_TZ, fold=fold)


MORNING = Slot(at(8, 30), at(12, 0))
AFTERNOON = Slot(at(12, 45), at(16, 30))
DAY_SLOTS = [MORNING, AFTERNOON]


def test_tolerance_is_ten_minutes_and_exactly_ten_is_on_time() -> None:
    """Rule 1 and 2 at the boundary: 10 minutes is on time, one second more is flagged."""
    assert timedelta(minutes=10) == TOLERANCE
    assert day_flags([Times(at(8, 40), at(16, 20))], DAY_SLOTS) == frozenset()
    assert day_flags([Times(at(8, 40, 1), at(16, 30))], DAY_SLOTS) == {LATE}
    assert day_flags([Times(at(8, 30), at(16, 19, 59))], DAY_SLOTS) == {LEFT_EARLY}
    assert day_flags([Times(at(9, 15), at(15, 0))], DAY_SLOTS) == {LATE, LEFT_EARLY}


def test_early_arrival_and_late_departure_are_not_flagged() -> None:
    assert day_flags([Times(at(7, 50), at(17, 5))], DAY_SLOTS) == frozenset()


def test_only_the_first_arrival_and_the_last_departure_are_judged() -> None:
    """Rule 4: out for lunch and back 20 minutes into the afternoon slot flags nothing."""
    stays = [Times(at(12, 5), at(16, 31)), Times(at(8, 25), at(11, 40))]  # any order
    assert day_flags([*stays, Times(at(13, 5), at(16, 35))], DAY_SLOTS) == frozenset()
    assert first_arrival(stays) == at(8, 25) and last_departure(stays) == at(16, 31)


def test_a_day_still_running_or_never_closed_is_not_left_early() -> None:
    """Rule 2: no check-out on the last stay, nothing to judge; an earlier stay's check-out does not count."""
    assert day_flags([Times(at(8, 20), at(12, 0)), Times(at(12, 50), None)], DAY_SLOTS) == frozenset()
    assert last_departure([Times(at(8, 20), at(12, 0)), Times(at(12, 50), None)]) is None


def test_a_check_out_with_no_check_in_is_a_departure() -> None:
    """Rule 2: an unpaired check-out at 11:00 is the day's last departure."""
    assert day_flags([Times(at(8, 28), at(10, 0)), Times(None, at(11, 0))], DAY_SLOTS) == {LEFT_EARLY}
    assert day_flags([Times(None, at(16, 30))], DAY_SLOTS) == frozenset()  # no check-in: not late either


def test_absence_flags_nothing_and_stays_without_slots_are_unscheduled() -> None:
    """Rules 3 and 4."""
    assert day_flags([], DAY_SLOTS) == frozenset()
    assert day_flags([], []) == frozenset()
    assert day_flags([Times(at(9, 0), at(10, 0))], []) == {UNSCHEDULED}


def test_from_the_day_view_pairs_auto_closed_and_unpaired() -> None:
    """The pairs of ``day_attendance``: an auto-closed stay ends at the last slot's end (not early);
    an unpaired check-out loses the check-in a Pair repeats."""
    now = at(20, 0)
    auto = day_attendance(DAY, [Event(1, "in", at(9, 0))], DAY_SLOTS, now)
    assert auto.flags == {"auto_closed"}
    assert day_flags(from_pairs(auto.pairs), DAY_SLOTS) == {LATE}
    unpaired = day_attendance(DAY, [Event(1, "out", at(15, 0))], DAY_SLOTS, now)
    assert from_pairs(unpaired.pairs) == [Times(None, at(15, 0))]
    assert day_flags(from_pairs(unpaired.pairs), DAY_SLOTS) == {LEFT_EARLY}
    running = day_attendance(DAY, [Event(1, "in", at(8, 31))], DAY_SLOTS, at(11, 0))
    assert running.flags == {"open"} and day_flags(from_pairs(running.pairs), DAY_SLOTS) == frozenset()


def test_the_night_the_clocks_go_back_compares_real_time() -> None:
    """Rule 5. A night slot 00:30–05:30 (6 real hours): out at 05:15 is 15 minutes early, in at
    00:41 is 11 minutes late — the hour that happens twice changes nothing."""
    night = [Slot(at(0, 30, day=DST_BACK), at(5, 30, day=DST_BACK))]
    assert night[0].ends_at.astimezone(UTC) - night[0].starts_at.astimezone(UTC) == timedelta(hours=6)
    assert day_flags([Times(at(0, 25, day=DST_BACK), at(5, 15, day=DST_BACK))], night) == {LEFT_EARLY}
    assert day_flags([Times(at(0, 41, day=DST_BACK), at(5, 25, day=DST_BACK))], night) == {LATE}
    assert day_flags([Times(at(0, 40, day=DST_BACK), at(5, 20, day=DST_BACK))], night) == frozenset()
    # A slot from 02:50 summer time (the first 02:50): a check-in at 02:05 winter time reads 45 minutes
    # early on the wall clock but comes 15 real minutes after the start.
    second_half = [Slot(at(2, 50, day=DST_BACK, fold=0), at(4, 0, day=DST_BACK))]
    assert day_flags([Times(at(2, 5, day=DST_BACK, fold=1), at(4, 0, day=DST_BACK))], second_half) == {LATE}


# --- properties ---------------------------------------------------------------------------------

MINUTE = timedelta(minutes=1)
BASE = at(0, 0, day=DST_BACK)  # property days cross the change of clocks too


def _instant(minutes: int) -> datetime:
    return (BASE.astimezone(UTC) + minutes * MINUTE).astimezone(CENTRE_TZ)


slot_lists = st.lists(
    st.tuples(st.integers(0, 1400), st.integers(1, 300)).map(lambda t: Slot(_instant(t[0]), _instant(t[0] + t[1]))),
    min_size=1,
    max_size=3,
)


def _stay(start: int, length: int | None, no_check_in: bool) -> Times:
    """A stay from minute ``start``; ``length`` None: no check-out; a check-out alone when asked."""
    check_out = None if length is None else _instant(start + length)
    return Times(None if no_check_in and check_out is not None else _instant(start), check_out)


stay_lists = st.lists(
    st.builds(_stay, st.integers(0, 1440), st.one_of(st.none(), st.integers(0, 600)), st.booleans()), max_size=4
)


@given(stay_lists, slot_lists, st.randoms())
def test_flags_do_not_depend_on_order_or_on_the_time_zone_shown(stays, slots, random) -> None:
    """The same instants in any order, written in UTC or in Brussels time, give the same flags."""
    shuffled = list(stays)
    random.shuffle(shuffled)
    in_utc = [Times(*(None if t is None else t.astimezone(UTC) for t in (s.check_in, s.check_out))) for s in stays]
    utc_slots = [Slot(s.starts_at.astimezone(UTC), s.ends_at.astimezone(UTC)) for s in slots]
    flags = day_flags(stays, slots)
    assert day_flags(shuffled, slots) == flags == day_flags(in_utc, utc_slots)
    assert flags <= {LATE, LEFT_EARLY}


@given(stay_lists, slot_lists)
def test_late_and_left_early_are_exactly_the_rules(stays, slots) -> None:
    """The flags against the rules written out with the earliest start and the latest end."""
    flags = day_flags(stays, slots)
    begins = min(s.starts_at.astimezone(UTC) for s in slots)  # instants: same-zone datetimes compare
    ends = max(s.ends_at.astimezone(UTC) for s in slots)  # and subtract by the wall clock
    arrivals = [s.check_in.astimezone(UTC) for s in stays if s.check_in is not None]
    assert (LATE in flags) == (bool(arrivals) and min(arrivals) - begins > TOLERANCE)
    departure = last_departure(stays)
    assert (LEFT_EARLY in flags) == (departure is not None and ends - departure > TOLERANCE)


@given(st.integers(-120, 120), st.integers(-120, 120), st.integers(0, 120))
def test_arriving_earlier_or_leaving_later_never_adds_a_flag(late_by, early_by, shift) -> None:
    """Moving the first check-in earlier, or the last check-out later, can only remove a flag."""
    start, end = MORNING.starts_at, AFTERNOON.ends_at

    def flags(arrive: datetime, leave: datetime) -> frozenset[str]:
        return day_flags([Times(arrive, at(12, 0)), Times(at(12, 45), leave)], DAY_SLOTS)

    arrive, leave = start + late_by * MINUTE, end - early_by * MINUTE
    before = flags(arrive, leave)
    assert flags(arrive - shift * MINUTE, leave) <= before
    assert flags(arrive, leave + shift * MINUTE) <= before
