"""From asking for an equipment's logbook to its first page painted, in the real staff page.

``python -m benchmarks.bench_logbook_view [--entries N] [--runs R] [--backend sqlite|postgresql|both] [--pg-admin URL]``

One equipment carries ``N`` logbook entries (bulk inserted: the history is not what is measured).
Each run goes back to the register, then the clock starts when ``EquipmentPage.open_logbook`` is
called and stops once the logbook view has painted with the first page in it: the count and the
first 200 entries read by ``logbook_page`` in the background job, the rows inserted into the
paged model, and the view repainted (Qt offscreen platform: real widgets and stylesheet painted
into the backing store; no monitor refresh counted). Target: p99 ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from aptaskil_desk.app import AppContext
from aptaskil_desk.db.models import LogbookEntry
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.staff.equipment_page import EquipmentPage
from aptaskil_desk.ui.style import load_stylesheet
from aptaskil_desk.ui.workers import JobRunner
from benchmarks.bench_audit_writes import DEFAULT_PG_ADMIN, open_context, postgres_database, sqlite_database
from benchmarks.bench_kiosk_paint import PaintWatch
from benchmarks.harness import (
    Machine,
    Report,
    Result,
    command_line,
    positive_int,
    postgres_server_version,
    summarize,
)

MODULE = "benchmarks.bench_logbook_view"
KINDS = ("use", "use_end", "cleaning", "maintenance", "incident", "status_change")
BATCH = 10_000


def fill(ctx: AppContext, entries: int) -> StaffInfo:
    """A technician and one equipment with ``entries`` entries, one every 15 minutes up to now."""
    actor = ctx.system_actor()
    tech = ctx.accounts.add_user(actor, "tech", "Jean-François", "D'Hondt", ["technician"], "a long password")
    info = ctx.equipment.add(tech.actor(ctx.terminal), "AUT-01", "Autoclave Getinge", "autoclave")
    now = datetime.now(UTC)
    rows = [
        {"equipment_id": info.id, "kind": KINDS[n % len(KINDS)], "at": now - timedelta(minutes=15 * (entries - n)),
         "person_id": None, "details": json.dumps({"description": f"entrée {n}"}), "terminal": ctx.terminal,
         "recorded_at": now, "recorded_by": "tech"}
        for n in range(entries)
    ]  # fmt: skip
    with ctx.db.engines.write.begin() as conn:
        for start in range(0, len(rows), BATCH):
            conn.execute(insert(LogbookEntry), rows[start : start + BATCH])
    return tech


def run(url: str, entries: int, runs: int, warmup: int) -> tuple[list[int], int]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = open_context(url, "BENCH-STAFF")
    tech = fill(ctx, entries)
    jobs = JobRunner()
    page = EquipmentPage(ctx, jobs)
    page.setStyleSheet(load_stylesheet() + page.styleSheet())
    page.resize(980, 700)
    page.show()
    listed: list[int] = []
    page.equipment_listed.connect(listed.append)
    page.set_staff(tech)
    _spin(app, lambda: bool(listed))
    watch = PaintWatch()
    page.logbook.view.viewport().installEventFilter(watch)
    model = page.logbook.model
    samples: list[int] = []
    started = time.perf_counter_ns()
    for i in range(warmup + runs):
        page.show_list()
        app.processEvents()
        watch.painted = False
        asked = time.perf_counter_ns()
        page.open_logbook("AUT-01")
        _spin(app, lambda: model.rowCount() > 0 and watch.painted)
        painted = time.perf_counter_ns()
        if model.total != entries:
            raise RuntimeError(f"the logbook shows {model.total} entries, not {entries}")
        if i >= warmup:
            samples.append(painted - asked)
        if i == warmup:
            started = time.perf_counter_ns() - (painted - asked)
    total = time.perf_counter_ns() - started
    page.set_staff(None)
    jobs.shutdown()
    page.close()
    ctx.close()
    return samples, total


def _spin(app: QCoreApplication, done: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 30
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("the logbook did not paint within 30 s")
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=positive_int, default=50_000)
    parser.add_argument("--runs", type=positive_int, default=30)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--pg-admin", default=DEFAULT_PG_ADMIN, help="PostgreSQL admin URL")
    args = parser.parse_args(argv)
    results: list[Result] = []
    pg_version = None
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    with tempfile.TemporaryDirectory(prefix="aptaskil-bench-") as workdir:
        for backend in backends:
            if backend == "sqlite":
                database = sqlite_database(Path(workdir), "logbook")
            else:
                pg_version = postgres_server_version(args.pg_admin)
                database = postgres_database(args.pg_admin, "logbook")
            with database as url:
                samples, total = run(url, args.entries, args.runs, args.warmup)
            results.append(summarize(backend, samples, total, {"backend": backend, "case": "open→first page painted"}))
    report = Report(
        benchmark="staff page: open an equipment's logbook → first page painted (offscreen Qt)",
        command=command_line(MODULE, sys.argv[1:] if argv is None else argv),
        machine=Machine.capture(pg_version),
        parameters={"entries": args.entries, "runs": args.runs, "warmup": args.warmup, "page": 200},
        results=results,
        notes=["each run: back to the register, then open_logbook(); count + first 200 rows + paint"],
    )
    if note := report.machine.busy_note():
        report.notes.append(note)
    print(report.render(unit="opens"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
