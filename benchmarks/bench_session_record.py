"""Session record PDF of a session of 20 learners × 10 days: the time of ``report session``. Target ≤ 0.5 s.

``python -m benchmarks.bench_session_record [--learners 20] [--days 10] [--runs 10] [--backend sqlite|postgresql|all]``

Each backend gets a fresh, migrated database holding one course session of ``--days`` working days
(two slots a day, 08:30–12:00 and 12:45–16:30) and ``--learners`` learners, every one of them
scanned in and out twice a day through the real kiosk service (``ScanService.scan``, a fixed clock
placed at each scan), one check-in in ten corrected through ``AttendanceService.correct``, and a few
learners absent now and then. The history is made before timing and is not what is measured.

Each timed run is exactly what ``aptaskil-desk report session CODE --out F.pdf`` does after start-up:
``SessionRecordService.print_record`` (the record read and hashed, the printout registered with its
audit row, in one write transaction) then ``render_session_record`` (the PDF written to a file).
``report verify`` (the record read again and compared) is timed too. The first run of each is a
warm-up (fonts, imports, SQL compilation) and is not counted.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from aptaskil_desk.app import AppContext, build_context
from aptaskil_desk.clock import CENTRE_TZ, FixedClock
from aptaskil_desk.i18n import Translator
from aptaskil_desk.reports.session_record import render_session_record
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.services.session_record import SessionRecordService
from aptaskil_desk.settings import load_settings
from benchmarks.common import add_backend_options, each_backend, finish, new_report
from benchmarks.harness import Result, positive_int, summarize, time_calls

MODULE = "benchmarks.bench_session_record"
CODE = "BENCH-1"
_NAMES = [("Jean-François", "D'Hondt"), ("Zoë", "Ødegård"), ("Łukasz", "Wiśniewski"), ("Thị Ánh", "Nguyễn"),
          ("Şükrü", "Yılmaz"), ("Aurélie", "Van den Bossche-Leclercq")]  # fmt: skip


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=CENTRE_TZ).replace(hour=hour, minute=minute)


def _days(count: int) -> list[date]:
    days: list[date] = []
    day = date(2026, 10, 19)  # the session spans the change of clocks on 25 October
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def build(ctx: AppContext, clock: FixedClock, learners: int, days: list[date]) -> None:
    """The session and its attendance, through the services (see the module docstring)."""
    system = ctx.system_actor()
    clock.set(_at(days[0], 7, 0) - timedelta(days=3))
    ctx.centre.add_room(system, "LAB-CQ", "Laboratoire de contrôle qualité", "laboratory")
    ctx.centre.register_terminal(system, "KIOSK", "LAB-CQ")
    inst = ctx.accounts.add_user(
        system, "inst", "Élodie", "Van den Bossche-Leclercq", ["instructor"], "a long password"
    )
    people = ctx.people.add_learners(system, [
        NewLearner(_NAMES[n % len(_NAMES)][0], f"{_NAMES[n % len(_NAMES)][1]} {n:02d}", "job_seeker")
        for n in range(learners)
    ])  # fmt: skip
    ctx.centre.add_course(system, "TLCQ", "Technicien·ne de laboratoire de contrôle qualité", "qc_lab_technician")
    slots = [(_at(d, 8, 30), _at(d, 12, 0)) for d in days] + [(_at(d, 12, 45), _at(d, 16, 30)) for d in days]
    ctx.centre.add_session(system, CODE, "TLCQ", "LAB-CQ", slots, inst.person_id, [p.id for p in people])
    badges = {b.person_id: b.code for b in ctx.badges.issue(system, [p.id for p in people])}
    for k, day in enumerate(days):
        for minute in ((8, 20), (12, 2), (12, 40), (16, 35)):
            for n, person in enumerate(people):
                if (n + k) % 13 == 0:
                    continue  # absent that day
                clock.set(_at(day, *minute) + timedelta(seconds=20 * n))
                ctx.scan.scan(badges[person.id], "KIOSK")
    clock.set(_at(days[-1], 18, 0))
    for n, person in enumerate(people):
        if n % 10 == 0:
            events = ctx.attendance.day(person.id, days[1]).events
            first_in = next(e for e in events if e.kind == "in")
            ctx.attendance.correct(system, first_in.id, kind="in", at=_at(days[1], 8, 30), reason="badge oublié")
    clock.set(_at(days[-1], 18, 30))


def run(url: str, backend: str, learners: int, days: int, runs: int, workdir: Path) -> tuple[list[Result], str]:
    clock = FixedClock(datetime(2026, 10, 1, tzinfo=UTC))
    settings = load_settings(env={}, database=url, terminal="BENCH", language="fr")
    ctx = build_context(settings, clock=clock, hasher=fast_hasher())
    try:
        started = time.perf_counter()
        build(ctx, clock, learners, _days(days))
        print(f"  {backend}: session built in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
        service = SessionRecordService(ctx.db, ctx.clock)
        out = workdir / f"record-{backend}.pdf"
        pages: list[int] = []
        codes: list[str] = []

        def report_session() -> None:
            record, printed = service.print_record(ctx.system_actor(), CODE)
            pages.append(render_session_record(record, printed, out, tr=Translator("fr"), centre_name="Centre CQ"))
            codes.append(printed.code)

        printing = time_calls(report_session, runs, warmup=1)
        rows = sum(len(learner.days) for learner in service.record(CODE).learners)
        checking = time_calls(lambda: service.verify(codes[-1]), runs, warmup=1)
        if not all(service.verify(code).unchanged for code in codes):
            raise AssertionError("a printed record no longer verifies")
        size = f"{learners} × {days}"
        results = [
            summarize("report session", printing.durations_ns, printing.wall_ns,
                      {"backend": backend, "command": "report session", "learners × days": size}),
            summarize("report verify", checking.durations_ns, checking.wall_ns,
                      {"backend": backend, "command": "report verify", "learners × days": size}),
        ]  # fmt: skip
        return results, f"{backend}: {rows} learner-days, {pages[-1]} pages, {out.stat().st_size / 1000:.0f} kB"
    finally:
        ctx.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=positive_int, default=20)
    parser.add_argument("--days", type=positive_int, default=10)
    parser.add_argument("--runs", type=positive_int, default=10, help="timed runs of each command")
    add_backend_options(parser)
    args = parser.parse_args(argv)
    report = new_report(
        args, MODULE, argv, "session record: print_record + render_session_record (report session), and verify",
        {"learners": args.learners, "days": args.days, "runs": args.runs, "target_s": 0.5},
    )  # fmt: skip
    for backend, url, workdir in each_backend(args, "record"):
        results, note = run(url, backend, args.learners, args.days, args.runs, workdir)
        report.results.extend(results)
        report.notes.append(note)
    worst = max(r.p50_ns for r in report.results if r.name == "report session") / 1e9
    return finish(report, args, "runs", f"report session, slowest backend's median: {worst:.3f} s (target ≤ 0.5 s)")


if __name__ == "__main__":
    sys.exit(main())
