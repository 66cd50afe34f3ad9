"""Scan decision latency on a "decade" database (60,000 people, 2,000,000 attendance events).

``python -m benchmarks.bench_scan [--people N] [--events N] [--scans N] [--backend sqlite|postgresql|all]``

Each measured call is ``ScanService.scan(code, terminal)`` — layout repair, badge lookup, the
learner's day, the session running in the room, the event row and its hash-chained audit row,
committed — exactly what the kiosk and ``aptaskil-desk scan`` do. A first pass checks N distinct
learners in, a second pass (debounce off) checks them out. Target: p99 ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from aptaskil_desk.db.engine import make_engines
from aptaskil_desk.services.scan import ScanService
from benchmarks.bench_audit_writes import open_context
from benchmarks.common import add_backend_options, each_backend, finish, new_report
from benchmarks.decade import build
from benchmarks.harness import Result, positive_int, summarize, time_calls

MODULE = "benchmarks.bench_scan"


def run(url: str, backend: str, args: argparse.Namespace) -> list[Result]:
    engines = make_engines(url)
    started = time.perf_counter()
    decade = build(engines.write, args.people, args.events, datetime.now(UTC))
    engines.dispose()
    print(f"  {backend}: decade database built in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    ctx = open_context(url, decade.terminals[0])
    rng = random.Random(7)
    people = rng.sample(range(1, args.people + 1), args.scans)
    terminals = [rng.choice(decade.terminals) for _ in people]
    results: list[Result] = []
    try:
        for label, service in (("check-in", ctx.scan), ("check-out", ScanService(ctx.db, ctx.clock, timedelta(0)))):
            order = iter(range(len(people)))

            def one(service: ScanService = service, order: Iterator[int] = order) -> None:
                i = next(order)
                outcome = service.scan(decade.codes[people[i] - 1], terminals[i])
                assert outcome.result in ("checked_in", "checked_out"), outcome

            timing = time_calls(one, runs=len(people))
            results.append(summarize(label, timing.durations_ns, timing.wall_ns, {"backend": backend, "case": label}))
        assert ctx.audit.verify(ctx.system_actor()).ok
    finally:
        ctx.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=positive_int, default=60_000)
    parser.add_argument("--events", type=positive_int, default=2_000_000)
    parser.add_argument("--scans", type=positive_int, default=1000, help="distinct learners scanned in, then out")
    add_backend_options(parser)
    args = parser.parse_args(argv)
    report = new_report(
        args, MODULE, argv, "scan decision on a decade database (ScanService.scan, committed with its audit row)",
        {"people": args.people, "events": args.events, "scans": args.scans},
    )  # fmt: skip
    for backend, url, _workdir in each_backend(args, "decade"):
        report.results.extend(run(url, backend, args))
    return finish(report, args, "scans")


if __name__ == "__main__":
    sys.exit(main())
