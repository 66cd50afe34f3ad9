"""The funders' hours report for a year: 3,200 learners, ≈ 140,000 hours; time and peak memory.

``python -m benchmarks.bench_hours_report [--learners 3200] [--history-years 1] [--backend sqlite|postgresql|all]``

Each backend gets a fresh, migrated, throw-away database filled in bulk through the models (the
history is not what is measured): 5 rooms, 8 courses, and per year 160 sessions of 20 learners,
6 to 8 working days each, two slots a day (08:30–12:00, 12:30–16:00, 7 h); every learner attends
every day of their session, arriving a few minutes early and leaving a few minutes late, except
that 1 learner-day in 23 leaves 47 min 13 s early, 1 in 31 never checks out in the afternoon
(auto-closed at 16:00) and 1 in 97 had the morning check-out corrected (an append-only correction
superseding it). ``--history-years`` earlier years of the same shape are added before the measured
one, so the report must pick its year out of a longer history. The generator also counts the hours
it intends; the benchmark fails if the report disagrees with it.

Then it times exactly what ``aptaskil-desk report hours`` does: ``HoursService.report`` (learners in
keyset batches with their events, every day counted by the day view's rules) and the export —
``--by learner`` to XLSX, ``--by course`` and ``--by category`` to CSV. Memory is shown as the peak
of Python allocations during a second, traced run (tracemalloc) and the growth of the resident set.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, text

from aptaskil_desk.clock import CENTRE_TZ
from aptaskil_desk.db.engine import make_engines
from aptaskil_desk.db.models import AttendanceEvent, Course, CourseSession, Person, Room, RosterEntry, SessionSlot
from aptaskil_desk.domain.hours import to_hours
from aptaskil_desk.i18n import Translator
from aptaskil_desk.reports.hours_export import export
from benchmarks.bench_audit_writes import open_context
from benchmarks.common import add_backend_options, each_backend, finish, new_report, timed_with_rss, traced_peak
from benchmarks.harness import Result, positive_int, summarize

MODULE = "benchmarks.bench_hours_report"
YEAR = 2025  # the measured year: in the past, so every day is closed
PER_SESSION = 20
BATCH = 10_000
SLOTS = ((clock_time(8, 30), clock_time(12, 0)), (clock_time(12, 30), clock_time(16, 0)))
GIVEN = ["Élodie", "Łukasz", "Şükrü", "Zoë", "Thị Ánh", "Jean-François", "Nathalie", "Mehdi", "Sofia", "Bram"]
FAMILY = ["Van den Bossche-Leclercq", "Wiśniewski", "Yılmaz", "Ødegård", "Nguyễn", "D'Hondt", "Lambert",
          "El Amrani", "Rossi", "Peeters"]  # fmt: skip
CATEGORIES = ["job_seeker"] * 11 + ["worker"] * 5 + ["student"] * 2 + ["teacher"] * 2
CASES = (("learner", ".xlsx"), ("course", ".csv"), ("category", ".csv"))


@dataclass
class Built:
    learners: int = 0
    events: int = 0
    counted: timedelta = timedelta(0)  # the measured year's intended hours, exactly


def _at(day: date, t: clock_time, shift: timedelta = timedelta(0)) -> datetime:
    return (datetime.combine(day, t, tzinfo=CENTRE_TZ) + shift).astimezone(UTC)


def _working_days(year: int) -> list[date]:
    day, days = date(year, 1, 2), []
    while day.year == year:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


class _Tables:
    """Rows per model, inserted on one connection ``BATCH`` at a time, parents before children."""

    def __init__(self, conn: Connection, models: list[type]) -> None:
        self._conn = conn
        self._rows: dict[type, list[dict[str, object]]] = {m: [] for m in models}
        self.counts = dict.fromkeys(models, 0)

    def add(self, model: type, row: dict[str, object]) -> None:
        self._rows[model].append(row)
        self.counts[model] += 1
        if len(self._rows[model]) >= BATCH:
            self.flush()

    def flush(self) -> None:
        for model, rows in self._rows.items():
            if rows:
                self._conn.execute(insert(model), rows)
                rows.clear()


def build(engine: Engine, learners: int, history_years: int) -> Built:
    """Rooms, courses, and ``history_years`` + 1 years of sessions, rosters and attendance, in bulk."""
    built = Built()
    created = datetime(YEAR - history_years - 1, 12, 1, tzinfo=UTC)
    sessions_per_year = -(-learners // PER_SESSION)
    with engine.begin() as conn:
        conn.execute(insert(Room), [{"id": r, "code": f"R{r}", "name": f"Salle {r}", "kind": "laboratory"}
                                    for r in range(1, 6)])  # fmt: skip
        conn.execute(insert(Course), [{"id": c, "code": f"C{c:02d}", "title": f"Formation {c} — opérateur·rice",
                                       "family": "qc_lab_technician"} for c in range(1, 9)])  # fmt: skip
        tables = _Tables(conn, [Person, CourseSession, SessionSlot, RosterEntry, AttendanceEvent])
        session_id = slot_id = event_id = person_id = learner_day = 0
        for year in range(YEAR - history_years, YEAR + 1):
            days = _working_days(year)
            for k in range(sessions_per_year):
                session_id += 1
                length = 7 if k % 4 == 3 else 6
                length += 1 if k % 16 == 0 else 0
                first = k * (len(days) - 8) // sessions_per_year
                session_days = days[first : first + length]
                room = k % 5 + 1
                tables.add(CourseSession, {"id": session_id, "code": f"S{year}-{k:03d}", "course_id": k % 8 + 1,
                                           "room_id": room, "starts_at": _at(session_days[0], SLOTS[0][0]),
                                           "ends_at": _at(session_days[-1], SLOTS[1][1])})  # fmt: skip
                for day in session_days:
                    for a, b in SLOTS:
                        slot_id += 1
                        tables.add(SessionSlot, {"id": slot_id, "session_id": session_id, "room_id": room,
                                                 "starts_at": _at(day, a), "ends_at": _at(day, b)})  # fmt: skip
                members = range(k * PER_SESSION + 1, min((k + 1) * PER_SESSION, learners) + 1)
                for n in members:
                    person_id += 1
                    tables.add(Person, {"id": person_id, "family_name": f"{FAMILY[n % 10]} {n}",
                                        "given_name": GIVEN[n * 7 % 10], "category": CATEGORIES[n % 20],
                                        "employer": f"Employeur {n % 37}" if n % 20 >= 11 else None,
                                        "external_ref": f"R{year}-{n:05d}", "active": True,
                                        "created_at": created})  # fmt: skip
                    tables.add(RosterEntry, {"id": person_id, "session_id": session_id, "person_id": person_id,
                                             "enrolled_at": created})  # fmt: skip
                    for day in session_days:
                        learner_day += 1
                        for kind, at, supersedes, reason in _day_events(learner_day, day):
                            event_id += 1
                            tables.add(AttendanceEvent, {
                                "id": event_id, "event_uuid": str(uuid.UUID(int=event_id)), "person_id": person_id,
                                "kind": kind, "at": at, "source": "correction" if supersedes else "scan",
                                "terminal": f"K{room}", "room_id": room, "session_id": session_id,
                                "flags": "corrected" if supersedes else "",
                                "supersedes_id": event_id - 1 if supersedes else None, "reason": reason,
                                "recorded_at": at, "recorded_by": "bench",
                            })  # fmt: skip
                        if year == YEAR:
                            built.counted += _intended(learner_day)
                    if year == YEAR:
                        built.learners += 1
        tables.flush()
        built.events = tables.counts[AttendanceEvent]
        if engine.dialect.name == "postgresql":
            for name in ("room", "course", "person", "course_session", "session_slot", "roster_entry",
                         "attendance_event"):  # fmt: skip
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))")
                )
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    return built


def _day_events(n: int, day: date) -> Iterator[tuple[str, datetime, bool, str | None]]:
    """A learner-day's events (kind, instant, supersedes the previous event, reason)."""
    early = timedelta(minutes=n % 9, seconds=n % 47)
    yield "in", _at(day, SLOTS[0][0], -early), False, None
    if n % 97 == 0:  # checked out at 10:00 by mistake; corrected to 12:03
        yield "out", _at(day, clock_time(10, 0)), False, None
        yield "out", _at(day, SLOTS[0][1], early), True, "badge passé par erreur"
    else:
        yield "out", _at(day, SLOTS[0][1], early), False, None
    yield "in", _at(day, SLOTS[1][0], -early), False, None
    if n % 31 == 0:
        return  # never checked out: auto-closed at the end of the last slot
    if n % 23 == 0:
        yield "out", _at(day, SLOTS[1][1], -timedelta(minutes=47, seconds=13)), False, None
    else:
        yield "out", _at(day, SLOTS[1][1], early), False, None


def _intended(n: int) -> timedelta:
    full = timedelta(hours=7)
    return full - timedelta(minutes=47, seconds=13) if n % 23 == 0 and n % 31 != 0 else full


def run(url: str, backend: str, learners: int, history_years: int, workdir: Path, results: list[Result]) -> list[str]:
    engines = make_engines(url)
    started = time.perf_counter()
    built = build(engines.write, learners, history_years)
    engines.dispose()
    print(f"  {backend}: {built.learners} learners, {built.events} events ({history_years + 1} years), "
          f"{to_hours(built.counted)} h in {YEAR}, built in {time.perf_counter() - started:.1f} s",
          file=sys.stderr, flush=True)  # fmt: skip
    ctx = open_context(url, "BENCH")
    tr = Translator("fr")
    first, last = date(YEAR, 1, 1), date(YEAR, 12, 31)
    lines = []
    try:
        ctx.hours.report(ctx.system_actor(), first, first)  # warm-up: connections, compiled statements
        for by, suffix in CASES:
            out = workdir / f"hours-{backend}-{by}{suffix}"

            def make(by: str = by, out: Path = out) -> tuple[int, int, timedelta]:
                report = ctx.hours.report(ctx.system_actor(), first, last, by)
                data = export(report, out, tr)
                return len(data.rows), report.learners, report.counted

            (rows, counted_learners, counted), elapsed, rss_growth = timed_with_rss(make)
            if counted != built.counted or counted_learners != built.learners:
                raise AssertionError(f"{backend} --by {by}: the report says {counted_learners} learners and "
                                     f"{counted}, the data holds {built.learners} and {built.counted}")  # fmt: skip
            size = out.stat().st_size
            peak = traced_peak(make)
            out.unlink()
            summary = summarize(by, [elapsed], elapsed, {"backend": backend, "by": f"{by} {suffix}"})
            results.append(summary)
            lines.append(
                f"{backend:<10} {by + ' ' + suffix:<15} {built.events:>8} {rows:>6} {to_hours(counted):>10} "
                f"{summary.total_ns / 1e9:>7.2f} {peak / 1e6:>8.1f} {rss_growth / 1024:>8.1f} {size / 1e3:>8.1f}"
            )  # fmt: skip
    finally:
        ctx.close()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=positive_int, default=3200, help="learners in the measured year")
    parser.add_argument("--history-years", type=int, default=1, metavar="N", help="earlier years in the database")
    add_backend_options(parser)
    args = parser.parse_args(argv)
    report = new_report(
        args, MODULE, argv, "funders' hours report of a year (HoursService.report + CSV/XLSX export), French",
        {"learners": args.learners, "history_years": args.history_years, "year": YEAR},
    )  # fmt: skip
    table = [f"{'backend':<10} {'report':<15} {'events':>8} {'rows':>6} {'hours':>10} {'time s':>7} "
             f"{'peak MB':>8} {'rss+ MB':>8} {'file kB':>8}"]  # fmt: skip
    for backend, url, workdir in each_backend(args, "hours"):
        table += run(url, backend, args.learners, args.history_years, workdir, report.results)
    return finish(report, args, "reports", "\n".join(table))


if __name__ == "__main__":
    sys.exit(main())
