"""Equipment logbook PDF of a long-lived equipment: time, pages and peak memory.

``python -m benchmarks.bench_logbook_pdf [--entries 50000] [--small 5000] [--backend sqlite|postgresql|all]``

Each case builds one autoclave whose logbook holds N entries (1 in 50 corrected, 1 in 200 under an
override), written in bulk (the history is not what is measured), then times exactly what
``aptaskil-desk report logbook`` does: the extras query (corrections, names, serial number), then
``render_logbook`` over ``EquipmentService.logbook_batches`` (read twice: pages counted, then
drawn). Memory is shown two ways: the peak of Python allocations during the run (tracemalloc) and
how far the process's resident set rose above where it stood before the run (Linux: the kernel's
peak-RSS mark, reset just before; elsewhere the growth of ru_maxrss, which misses a run that stays
under an earlier case's peak). Running a small and a large logbook
side by side shows whether memory follows the number of entries or pages (it should not: rows are
streamed and reportlab holds one chunk of ``CHUNK_PAGES`` pages at a time).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, text

from aptaskil_desk.db.engine import make_engines
from aptaskil_desk.db.models import Equipment, LogbookEntry, Person, Room
from aptaskil_desk.i18n import Translator
from aptaskil_desk.reports.logbook import render_logbook
from aptaskil_desk.reports.logbook_data import load_extras
from aptaskil_desk.services.equipment import EntryInfo
from benchmarks.bench_audit_writes import open_context
from benchmarks.common import (
    add_backend_options,
    backends,
    finish,
    fresh_database,
    new_report,
    timed_with_rss,
    traced_peak,
)
from benchmarks.harness import Result, positive_int, summarize

MODULE = "benchmarks.bench_logbook_pdf"
PEOPLE = 40
BATCH = 10_000
_NAMES = [("Jean-François", "D'Hondt"), ("Zoë", "Ødegård"), ("Łukasz", "Wiśniewski"), ("Thị Ánh", "Nguyễn")]


def _history(count: int, start: datetime) -> Iterator[dict[str, object]]:
    """``count`` entries, 20 minutes apart; every 50th corrects the one before it."""
    kinds = ["use", "use_end", "cleaning", "cleaning", "maintenance"]
    for n in range(1, count + 1):
        at = start + timedelta(minutes=20 * n)
        corrects = n % 50 == 0
        details: dict[str, object] = {"agent": "éthanol 70 %"} if not corrects else {"agent": "isopropanol 70 %"}
        if n % 200 == 1:
            details["override_id"] = n
        yield {"id": n, "equipment_id": 1, "kind": "cleaning" if corrects else kinds[n % len(kinds)], "at": at,
               "person_id": n % PEOPLE + 1, "details": json.dumps(details, ensure_ascii=False),
               "supersedes_id": n - 1 if corrects else None, "reason": "wrong agent noted" if corrects else None,
               "terminal": "BENCH", "recorded_at": at, "recorded_by": "tech"}  # fmt: skip


def build(engine: Engine, entries: int) -> None:
    """One room, 40 people, one autoclave and its logbook, in bulk."""
    start = datetime(2016, 1, 4, 7, 0, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(insert(Room), [{"id": 1, "code": "SB-C1", "name": "Salle blanche", "kind": "clean_room"}])
        conn.execute(insert(Person), [
            {"id": i, "given_name": _NAMES[i % 4][0], "family_name": f"{_NAMES[i % 4][1]} {i}",
             "category": "worker", "active": True, "created_at": start}
            for i in range(1, PEOPLE + 1)
        ])  # fmt: skip
        conn.execute(insert(Equipment), [{
            "id": 1, "code": "AUT-01", "label_code": "EBENCH0000000001", "name": "Autoclave Getinge",
            "equipment_type": "autoclave", "room_id": 1, "serial_number": "GE-123", "status": "available",
            "calibration_due": start.date() + timedelta(days=3650), "required_phases": "", "qualified_phases": "",
            "requires_authorisation": True, "created_at": start,
        }])  # fmt: skip
        batch: list[dict[str, object]] = []
        for row in _history(entries, start):
            batch.append(row)
            if len(batch) == BATCH:
                conn.execute(insert(LogbookEntry), batch)
                batch = []
        if batch:
            conn.execute(insert(LogbookEntry), batch)
        if engine.dialect.name == "postgresql":
            for table in ("room", "person", "equipment", "logbook_entry"):
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )
        conn.execute(text("ANALYZE"))


def run(url: str, backend: str, entries: int, workdir: Path) -> tuple[Result, dict[str, str]]:
    engines = make_engines(url)
    started = time.perf_counter()
    build(engines.write, entries)
    engines.dispose()
    print(f"  {backend}: {entries} entries built in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    ctx = open_context(url, "BENCH")
    out = workdir / f"logbook-{backend}-{entries}.pdf"

    def render(batches: Callable[[], Iterable[list[EntryInfo]]] | None = None) -> int:
        info = ctx.equipment.get("AUT-01")
        extras = ctx.db.run_read(lambda s: load_extras(s, info.id))
        return render_logbook(
            info, batches or (lambda: ctx.equipment.logbook_batches("AUT-01")), out, tr=Translator("fr"),
            centre_name="Centre CQ", generated_at=datetime.now(UTC), period=(None, None), people=extras.people,
            superseded=extras.superseded,
        )  # fmt: skip

    try:
        render(lambda: iter([]))  # warm-up: fonts, imports, connections
        pages, elapsed, rss_growth = timed_with_rss(render)
        size = out.stat().st_size
        peak = traced_peak(render)  # a second run, traced: Python's own peak
    finally:
        ctx.close()
        out.unlink(missing_ok=True)
    labels = {"backend": backend, "entries": str(entries)}
    figures = {"pages": str(pages), "pdf MB": f"{size / 1e6:.1f}", "tracemalloc peak MB": f"{peak / 1e6:.1f}",
               "rss growth MB": f"{rss_growth / 1024:.1f}"}  # fmt: skip
    return summarize("render", [elapsed], elapsed, labels), figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=positive_int, default=50_000, help="entries in the large logbook")
    parser.add_argument("--small", type=positive_int, default=5_000, help="entries in the small one (for contrast)")
    add_backend_options(parser)
    args = parser.parse_args(argv)
    report = new_report(
        args, MODULE, argv, "equipment logbook PDF (extras query + render_logbook over logbook_batches), French",
        {"entries": args.entries, "small": args.small},
    )  # fmt: skip
    rows = [
        f"{'backend':<10} {'entries':>7} {'time s':>8} {'pages':>10} {'pdf MB':>10} {'peak MB':>10} {'rss+ MB':>10}"
    ]
    with tempfile.TemporaryDirectory(prefix="aptaskil-bench-") as folder:
        workdir = Path(folder)
        for backend in backends(args):
            for entries in sorted({args.small, args.entries}):
                print(f"running {backend}, {entries} entries…", file=sys.stderr, flush=True)
                with fresh_database(args, backend, workdir, f"logbook{entries}") as url:
                    result, figures = run(url, backend, entries, workdir)
                report.results.append(result)
                report.notes.append(
                    f"{backend} {entries} entries: " + ", ".join(f"{k} {v}" for k, v in figures.items())
                )
                rows.append(f"{backend:<10} {entries:>7} {result.total_ns / 1e9:>8.2f} " + " ".join(
                    f"{figures[k]:>10}" for k in ("pages", "pdf MB", "tracemalloc peak MB", "rss growth MB")
                ))  # fmt: skip
    return finish(report, args, "renders", "\n".join(rows))


if __name__ == "__main__":
    sys.exit(main())
