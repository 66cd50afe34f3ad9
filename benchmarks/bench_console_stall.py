"""The GUI's longest event-loop stall while the instrument console plots 10 readings/s for an hour.

``python -m benchmarks.bench_console_stall [--readings N] [--accel X] [--window MIN] [--json FILE]``

An hour of a balance read ten times a second (36,000 readings, simulated time 0.1 s apart: a
slow sine with noise, settling phases read as dynamic, an overload now and then) is fed through
the console's own reading path — :meth:`InstrumentConsole.show_readings`, where the instrument
link's batches arrive: the live value and the plot's bounded buffer, redrawn at most ten times a
second — ``--accel`` times faster than real time, in batches as the worker hands them over (every
50 ms). The second case also feeds the wire monitor the two records per reading that a polled
balance produces (command sent, reply received). The console sits in the real staff area at
1280×800 with the kiosk stylesheet (Qt offscreen platform: widgets painted into the backing store).

A 5 ms heartbeat timer stamps the event loop; a gap between two beats is the time the loop could
not serve anything else. The figures are those gaps (nominal 5 ms, so they include it).
Target: the longest gap ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus
from aptaskil_desk.instruments.wire import Direction, WireRecord
from aptaskil_desk.ui.instruments.console import InstrumentConsole
from aptaskil_desk.ui.instruments.plot import WINDOWS
from aptaskil_desk.ui.staff.area import StaffArea
from aptaskil_desk.ui.style import load_stylesheet
from aptaskil_desk.ui.workers import JobRunner
from benchmarks.bench_audit_writes import open_context, sqlite_database
from benchmarks.harness import (
    NS_PER_MS,
    Machine,
    Report,
    add_json_option,
    command_line,
    positive_int,
    summarize,
)

MODULE = "benchmarks.bench_console_stall"
READINGS_PER_S = 10
BATCH_MS = 50  # the instrument worker's batch_s
HEARTBEAT_MS = 5
TARGET_MS = 50
IDENTITY = InstrumentIdentity(model="XS205", serial_number="B021002593")


def an_hour_of_readings(count: int, seed: int = 41) -> list[Reading]:
    """``count`` MT-SICS readings 0.1 s apart: a slow sine around 100 g with noise, a dynamic phase
    every 5 minutes (a load changed), an overload once an hour."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    readings = []
    for i in range(count):
        at = start + timedelta(seconds=i / READINGS_PER_S)
        grams = 100 + 5 * math.sin(i / 3000) + rng.uniform(-0.02, 0.02)
        value = Decimal(f"{grams:.2f}")
        if i % 18_000 == 9_000:
            readings.append(Reading(None, "", ReadingStatus.OVERLOAD, b"S +\r\n", at, IDENTITY, "mass"))
            continue
        status = ReadingStatus.DYNAMIC if i % 3000 < 40 else ReadingStatus.STABLE
        raw = f"S {'D' if status is ReadingStatus.DYNAMIC else 'S'} {value:>10} g\r\n".encode("ascii")
        readings.append(Reading(value, "g", status, raw, at, IDENTITY, "mass"))
    return readings


def wire_of(reading: Reading) -> list[WireRecord]:
    return [WireRecord(reading.at, Direction.TX, b"SI\r\n"), WireRecord(reading.at, Direction.RX, reading.raw)]


@dataclass(frozen=True)
class Figures:
    """One case's heartbeat gaps (ns) and what the console drew."""

    gaps: list[int]
    total_ns: int
    per_batch: int
    redraws: int
    points: int  # in the plot's buffer
    shown: int  # on the curve (the window's points)
    wire_rows: int

    def describe(self) -> str:
        longest = max(self.gaps) / NS_PER_MS
        over = sum(gap > TARGET_MS * NS_PER_MS for gap in self.gaps)
        seconds = self.total_ns / 1e9
        return (
            f"longest gap {longest:.1f} ms ({'meets' if longest <= TARGET_MS else 'MISSES'} the {TARGET_MS} ms "
            f"target), {over} gaps over {TARGET_MS} ms; {self.redraws} redraws in {seconds:.1f} s "
            f"({self.redraws / seconds:.1f}/s); {self.per_batch} readings a batch; {self.points} points kept, "
            f"{self.shown} on the curve; {self.wire_rows} wire rows"
        )


def run_case(console: InstrumentConsole, readings: list[Reading], accel: float, *, wire: bool) -> Figures:
    """Feed every reading at ``accel`` × real time; return the heartbeat gaps and what was drawn."""
    console.plot.clear()
    console.wire.clear()
    per_batch = max(1, round(READINGS_PER_S * accel * BATCH_MS / 1000))
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter_ns()))
    loop = QEventLoop()
    position = 0

    def feed() -> None:
        nonlocal position
        batch = readings[position : position + per_batch]
        position += len(batch)
        console.show_readings(batch)
        if wire:
            console.wire.add_records([record for reading in batch for record in wire_of(reading)])
        if position >= len(readings):
            feeder.stop()
            QTimer.singleShot(500, loop.quit)  # the last redraw and paint

    feeder = QTimer()
    feeder.setTimerType(Qt.TimerType.PreciseTimer)
    feeder.setInterval(BATCH_MS)
    feeder.timeout.connect(feed)
    redraws_before = console.plot.redraws
    heartbeat.start()
    feeder.start()
    started = time.perf_counter_ns()
    loop.exec()
    total = time.perf_counter_ns() - started
    heartbeat.stop()
    return Figures(
        gaps=[b - a for a, b in itertools.pairwise(beats)],
        total_ns=total,
        per_batch=per_batch,
        redraws=console.plot.redraws - redraws_before,
        points=len(console.plot.points),
        shown=console.plot.visible_points(),
        wire_rows=console.wire.model.rowCount(),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.splitlines()[0])
    parser.add_argument("--readings", type=positive_int, default=36_000, help="readings fed (36,000: an hour)")
    parser.add_argument("--accel", type=float, default=60.0, help="times faster than real time (default 60)")
    parser.add_argument("--window", type=int, choices=WINDOWS, action="append",
                        help="plot window in minutes (repeatable; default 1 and 15)")  # fmt: skip
    add_json_option(parser)
    args = parser.parse_args(argv)
    if args.accel <= 0:
        parser.error("--accel must be positive")
    windows = args.window or [1, 15]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    readings = an_hour_of_readings(args.readings)
    report = Report(
        benchmark="instrument console: longest event-loop gap while plotting (offscreen Qt, staff area 1280×800)",
        command=command_line(MODULE, sys.argv[1:] if argv is None else argv),
        machine=Machine.capture(),
        parameters={
            "readings": args.readings,
            "rate": f"{READINGS_PER_S}/s",
            "accel": args.accel,
            "batch_ms": BATCH_MS,
            "heartbeat_ms": HEARTBEAT_MS,
            "windows_min": ",".join(map(str, windows)),
        },
    )
    with tempfile.TemporaryDirectory(prefix="aptaskil-bench-") as workdir, sqlite_database(Path(workdir), "c") as url:
        ctx = open_context(url, "BENCH-CONSOLE")
        jobs = JobRunner()
        area = StaffArea(ctx.terminal)
        console = InstrumentConsole(ctx, jobs, ctx.instruments)
        area.setStyleSheet(load_stylesheet())
        area.add_page("instruments", console.title(), console)
        area.resize(1280, 800)
        area.show()
        area.set_staff(ctx.accounts.add_user(ctx.system_actor(), "bench", "Zoë", "Ødegård", ["technician"],
                                             "a long password"))  # fmt: skip
        area.show_page("instruments")
        for window in windows:
            console.plot.set_window(window)
            for part, wire in (("plot+value", False), ("plot+value+wire", True)):
                case = f"{window} min {part}"
                figures = run_case(console, readings, args.accel, wire=wire)
                report.results.append(summarize(case, figures.gaps, figures.total_ns, {"case": case}))
                report.notes.append(f"{case}: {figures.describe()}")
        console.shutdown()
        area.close()
        jobs.shutdown()
        ctx.close()
    print(report.render(unit="beats"))
    if args.json:
        report.write_json(args.json)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
