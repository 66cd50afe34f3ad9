"""What the integrity write gate costs each write, on SQLite and PostgreSQL.

``python -m benchmarks.bench_write_gate [--writes N] [--rounds R] [--backend sqlite|postgresql|all]``

Every write transaction first asks whether an integrity incident is open (``services/integrity.py``:
one indexed query on a table that is nearly always empty). The measured call is one audited write,
``PeopleService.add_learners`` with one learner, committed; the same context writes ``--writes``
times with the gate, then as many without it (``db.write_gate = None``), for ``--rounds`` rounds, so
that both cases see the same database growing at the same pace. The difference of the medians is the
gate's cost. The trail is verified at the end: a benchmark whose writes did not all land fails.
"""

from __future__ import annotations

import argparse
import sys

from aptaskil_desk.services.integrity import writes_gate
from aptaskil_desk.services.people import NewLearner
from benchmarks.bench_audit_writes import open_context
from benchmarks.common import add_backend_options, each_backend, finish, new_report
from benchmarks.harness import Result, positive_int, summarize, time_calls

MODULE = "benchmarks.bench_write_gate"


def run(url: str, backend: str, writes: int, rounds: int) -> list[Result]:
    ctx = open_context(url, "BENCH-GATE")
    actor = ctx.system_actor()
    counter = iter(range(10**9))

    def one() -> None:
        n = next(counter)
        ctx.people.add_learners(actor, [NewLearner("Bench", f"Gate{n}", "worker", external_ref=f"G{n}")])

    samples: dict[str, list[int]] = {"gate on": [], "gate off": []}
    walls = dict.fromkeys(samples, 0)
    try:
        one()  # connections and caches warm
        for _ in range(rounds):
            for case, gate in (("gate on", writes_gate), ("gate off", None)):
                ctx.db.write_gate = gate
                timing = time_calls(one, runs=writes)
                samples[case].extend(timing.durations_ns)
                walls[case] += timing.wall_ns
        ctx.db.write_gate = writes_gate
        report = ctx.audit.verify(actor)
        if not report.ok or report.rows_checked != 1 + 2 * rounds * writes:
            raise SystemExit(f"{backend}: the writes did not all land intact ({report})")
    finally:
        ctx.close()
    return [summarize(case, samples[case], walls[case], {"backend": backend, "case": case}) for case in samples]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=positive_int, default=200, help="writes per case and round")
    parser.add_argument("--rounds", type=positive_int, default=5)
    add_backend_options(parser)
    args = parser.parse_args(argv)
    report = new_report(
        args, MODULE, argv, "one audited write (add_learners, committed) with and without the integrity gate",
        {"writes": args.writes, "rounds": args.rounds},
    )  # fmt: skip
    lines = []
    for backend, url, _workdir in each_backend(args, "gate"):
        on, off = run(url, backend, args.writes, args.rounds)
        report.results.extend([on, off])
        lines.append(f"{backend}: the gate adds {(on.p50_ns - off.p50_ns) / 1e6:+.3f} ms to the median write "
                     f"({on.p50_ns / 1e6:.3f} ms with, {off.p50_ns / 1e6:.3f} ms without)")  # fmt: skip
    return finish(report, args, "writes", "\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
