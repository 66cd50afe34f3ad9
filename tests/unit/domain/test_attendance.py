"""Attendance rules: scan decisions, corrections, hours clipped to slots, auto-close, DST days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from aptaskil_desk.clock import CENTRE_TZ
from aptaskil_desk.domain.attendance import Event, Slot, clipped, day_attendance, decide, effective

DAY = date(2026, 11, 25)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    """A Brussels wall-clock time as an aware instant."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CENTRE_TZ)


MORNING = Slot(at(8, 30), at(12, 0))
AFTERNOON = Slot(at(12, 45), at(16, 30))


def test_first_scan_checks_in_then_out_then_in() -> None:
    """The kind alternates from the last standing event of the day."""
    assert decide([], at(8)).kind == "in"
    assert decide([Event(1, "in", at(8))], at(12)).kind == "out"
    assert decide([Event(1, "in", at(8)), Event(2, "out", at(12))], at(12, 40)).kind == "in"


def test_debounce_window() -> None:
    """Within two minutes of the last event a scan is 'already'; at two minutes it counts."""
    events = [Event(1, "in", at(8))]
    assert decide(events, at(8) + timedelta(seconds=119)).kind == "already"
    assert decide(events, at(8) + timedelta(minutes=2)).kind == "out"


def test_corrections_supersede_and_void() -> None:
    """A correction replaces the event it supersedes; a void removes it; chains resolve to the last."""
    events = [Event(1, "in", at(8)), Event(2, "out", at(9)), Event(3, "out", at(12), supersedes_id=2)]
    assert [e.id for e in effective(events)] == [1, 3]
    events.append(Event(4, "void", at(12), supersedes_id=3))
    assert [e.id for e in effective(events)] == [1]
    events.append(Event(5, "out", at(11), supersedes_id=4))  # the void itself corrected
    assert [e.id for e in effective(events)] == [1, 5]


def test_hours_are_clipped_to_the_slots() -> None:
    """Arriving early, lunch outside the slots and leaving late do not count."""
    events = [Event(1, "in", at(8)), Event(2, "out", at(17))]
    day = day_attendance(DAY, events, [MORNING, AFTERNOON], at(18))
    assert day.counted == timedelta(hours=3, minutes=30) + timedelta(hours=3, minutes=45)
    assert day.flags == frozenset()


def test_missing_check_out_is_closed_at_the_last_slot_end_and_flagged() -> None:
    """An open check-in after the day's last slot is closed at its end, flagged auto_closed."""
    day = day_attendance(DAY, [Event(1, "in", at(9))], [MORNING, AFTERNOON], at(20))
    assert day.pairs[0].check_out == at(16, 30) and "auto_closed" in day.flags
    assert day.counted == timedelta(hours=3) + timedelta(hours=3, minutes=45)


def test_still_present_counts_up_to_now() -> None:
    """During the day an open check-in counts up to now and is only marked open."""
    day = day_attendance(DAY, [Event(1, "in", at(9))], [MORNING, AFTERNOON], at(10, 30))
    assert day.counted == timedelta(hours=1, minutes=30) and day.flags == frozenset({"open"})


def test_unpaired_check_out_and_unscheduled_day() -> None:
    """A check-out without check-in counts nothing; a day without slots is flagged unscheduled."""
    day = day_attendance(DAY, [Event(1, "out", at(10))], [MORNING], at(20))
    assert day.counted == timedelta(0) and "unpaired_out" in day.flags
    assert "unscheduled" in day_attendance(DAY, [Event(1, "in", at(9)), Event(2, "out", at(10))], [], at(20)).flags


def test_overlapping_slots_count_once() -> None:
    """Two sessions overlapping in time do not double the hours."""
    assert clipped(at(8), at(18), [Slot(at(9), at(12)), Slot(at(11), at(13))]) == timedelta(hours=4)


def test_dst_autumn_night_has_an_extra_hour() -> None:
    """A night slot across the October change (02:00–03:00 happens twice) counts 25 h days right."""
    night = date(2026, 10, 24)
    start = datetime(2026, 10, 24, 22, 0, tzinfo=CENTRE_TZ)  # CEST
    end = datetime(2026, 10, 25, 6, 0, tzinfo=CENTRE_TZ)  # CET
    assert end - start == timedelta(hours=8)  # Python's same-zone subtraction: wall clock, wrong
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=9)
    day = day_attendance(night, [Event(1, "in", start), Event(2, "out", end)], [Slot(start, end)], end)
    assert day.counted == timedelta(hours=9)


def test_dst_spring_day() -> None:
    """On the March change a 01:00–05:00 wall-clock slot lasts three real hours."""
    start = datetime(2026, 3, 29, 1, 0, tzinfo=CENTRE_TZ)
    end = datetime(2026, 3, 29, 5, 0, tzinfo=CENTRE_TZ)
    day = day_attendance(date(2026, 3, 29), [Event(1, "in", start), Event(2, "out", end)], [Slot(start, end)], end)
    assert day.counted == timedelta(hours=3)


instants = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC))


@given(st.lists(st.tuples(st.sampled_from(["in", "out"]), instants), max_size=12), instants)
def test_counted_time_never_exceeds_the_slots(raw: list[tuple[str, datetime]], now: datetime) -> None:
    """Whatever the scans, counted time is between zero and the scheduled time."""
    events = [Event(i, kind, when) for i, (kind, when) in enumerate(raw)]
    slots = [MORNING, AFTERNOON]
    day = day_attendance(DAY, events, slots, now)
    assert timedelta(0) <= day.counted <= timedelta(hours=7, minutes=15)
