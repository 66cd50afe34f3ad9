"""From the scanner's Enter key to the result screen painted, in the real kiosk window.

``python -m benchmarks.bench_kiosk_paint [--scans N] [--db URL]``

The badge is typed into the window at scanner speed (5 ms per key, as a US scanner on a Belgian
AZERTY host sends it); the clock starts when the Enter key event is delivered and stops when the
result screen has painted itself with the learner's answer (Qt offscreen platform: the real
widgets and style sheet, painted into the backing store; no monitor refresh is counted). The
decision runs through the real scan service in the background thread, as at the kiosk.
Target: p99 ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from aptaskil_desk.badges.layouts import mangle
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.ui.main_window import MainWindow
from aptaskil_desk.ui.sound import SoundPlayer
from benchmarks.bench_audit_writes import open_context, sqlite_database
from benchmarks.harness import Machine, Report, command_line, positive_int, summarize

MODULE = "benchmarks.bench_kiosk_paint"


class PaintWatch(QObject):
    """Notes that the watched widget received a paint event (the caller stamps the time once the
    event loop has returned, i.e. after the painting is done)."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _type(window: MainWindow, text: str, start_ms: int) -> int:
    """Send the scan's keys to where the focus is; returns perf_counter_ns at the Enter key."""
    target = QApplication.focusWidget() or window
    at = start_ms
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            modifiers = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
            event = QKeyEvent(kind, ord(char.upper()), modifiers, char)
            event.setTimestamp(at)
            QApplication.sendEvent(target, event)
        at += 5
    enter_ns = time.perf_counter_ns()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        event.setTimestamp(at)
        QApplication.sendEvent(target, event)
    return enter_ns


def run(url: str, scans: int) -> tuple[list[int], int]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = open_context(url, "BENCH-KIOSK")
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB", "Laboratoire", "laboratory")
    ctx.centre.register_terminal(actor, "BENCH-KIOSK", "LAB")
    people = ctx.people.add_learners(actor, [NewLearner(f"Zoë{i}", f"Ødegård{i}", "student") for i in range(scans)])
    ctx.centre.add_course(actor, "C", "Technicien de laboratoire", "qc_lab_technician")
    now = datetime.now(UTC)
    ctx.centre.add_session(actor, "C-1", "C", "LAB", [(now - timedelta(hours=1), now + timedelta(hours=3))],
                           learner_ids=[p.id for p in people])  # fmt: skip
    codes = [b.code for b in ctx.badges.issue(actor, [p.id for p in people])]
    window = MainWindow(ctx, sounds=SoundPlayer(muted=True), result_ms=60_000)
    window.resize(1280, 800)
    window.show()
    watch = PaintWatch()
    window.result_screen.installEventFilter(watch)
    deadline = time.monotonic() + 10
    while window.kiosk.overview is None and time.monotonic() < deadline:
        app.processEvents()
    samples: list[int] = []
    started = time.perf_counter_ns()
    clock_ms = 1_000
    for code in codes:
        window.show_kiosk()
        app.processEvents()
        shown: list[object] = []
        window.result_screen.result_shown.connect(shown.append)
        enter_ns = _type(window, mangle(code, "be-azerty"), clock_ms)
        watch.painted = False
        clock_ms += 1_000
        deadline = time.monotonic() + 10
        painted_ns = 0
        while time.monotonic() < deadline:
            app.processEvents()
            if shown and watch.painted:
                painted_ns = time.perf_counter_ns()
                break
        window.result_screen.result_shown.disconnect(shown.append)
        if not painted_ns:
            raise RuntimeError("the result screen did not paint within 10 s")
        samples.append(painted_ns - enter_ns)
    total = time.perf_counter_ns() - started
    window.close()
    ctx.close()
    return samples, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=positive_int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="aptaskil-bench-") as workdir, sqlite_database(Path(workdir), "k") as url:
        samples, total = run(url, args.scans)
    report = Report(
        benchmark="kiosk: scanner Enter key → result screen painted (offscreen Qt, SQLite)",
        command=command_line(MODULE, sys.argv[1:] if argv is None else argv),
        machine=Machine.capture(),
        parameters={"scans": args.scans},
        notes=[],
    )
    report.results.append(summarize("enter→painted", samples, total, {"case": "enter→painted"}))
    print(report.render(unit="scans"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
