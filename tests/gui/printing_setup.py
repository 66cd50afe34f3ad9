"""Shared set-up of the printing tests: what a job reported, PDFs read back, records to print."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from sqlalchemy import insert, select

from aptaskil_desk.app import AppContext
from aptaskil_desk.db.models import LogbookEntry, PrintedRecord
from aptaskil_desk.ui.printing import PrintPreviewDialog, wait_for_jobs
from aptaskil_desk.ui.printing.job import ProgressCallback, Render
from aptaskil_desk.ui.style import load_stylesheet
from tests.conftest import T0
from tests.gui.helpers import ARTIFACTS, add_staff, seed_centre

SLOW = 60_000  # ms: the longest any wait here may take before the test fails


class Watch:
    """What a job reported, and how often the GUI's own timer fired meanwhile."""

    def __init__(self) -> None:
        self.reports: list[tuple[int, int, str]] = []
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1

    def report(self, done: int, total: int, words: str) -> None:
        self.reports.append((done, total, words))

    @property
    def words(self) -> list[str]:
        return list(dict.fromkeys(words for _d, _t, words in self.reports))


def open_host(qtbot: Any) -> Iterator[QWidget]:
    """A window the size of the kiosk, with its stylesheet, for the previews to open over; every
    printing job has ended when the test is done (use it as a fixture: ``yield from open_host(qtbot)``)."""
    widget = QWidget()
    widget.setStyleSheet(load_stylesheet())  # as the main window does
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    yield widget
    assert wait_for_jobs(SLOW)


def pages_of(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def save(widget: QWidget, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(ARTIFACTS / name))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def gated(render: Render, release: threading.Event, at: Callable[[str], bool] = lambda _words: True) -> Render:
    """``render`` whose first progress report with words ``at`` accepts holds the work until ``release`` is set."""

    def work(out: Path, progress: ProgressCallback) -> None:
        held = [False]

        def report(done: int, total: int, words: str) -> None:
            progress(done, total, words)
            if not held[0] and at(words):
                held[0] = True
                assert release.wait(SLOW / 1000), "the test never let the work go on"

        render(out, report)

    return work


def print_and_save(dialog: PrintPreviewDialog, qtbot: Any, tmp_path: Path, pages: int) -> None:
    """Save as PDF copies the file exactly; printing to a PDF printer gives the same number of pages."""
    assert dialog.pdf_path is not None
    copy = tmp_path / "copy.pdf"
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save_to(copy)
    assert copy.read_bytes() == dialog.pdf_path.read_bytes()
    assert dialog.banner.message == f"Saved as {copy}."

    watch = Watch()
    printed = tmp_path / "printed.pdf"
    assert dialog.printing_job is None
    with qtbot.waitSignal(dialog.printed, timeout=SLOW) as blocker:
        dialog.print_to(pdf_printer(printed))
        assert dialog.state == "printing" and not dialog.print_button.isEnabled()
        job = dialog.printing_job
        assert job is not None
        job.progressed.connect(watch.report)
    assert blocker.args == [pages]
    assert pages_of(printed) == pages
    assert dialog.banner.message == f"Pages sent to the printer: {pages}."
    assert watch.reports[-1][:2] == (pages, pages)
    assert any(words.startswith("Sending page ") for words in watch.words)

    if pages > 1:  # the page range chosen in the print dialog is honoured
        one = pdf_printer(tmp_path / "page2.pdf")
        one.setPrintRange(QPrinter.PrintRange.PageRange)
        one.setFromTo(2, 2)
        with qtbot.waitSignal(dialog.printed, timeout=SLOW) as blocker:
            dialog.print_to(one)
        assert blocker.args == [1] and pages_of(tmp_path / "page2.pdf") == 1


def session_with_attendance(ctx: AppContext) -> str:
    """seed_centre's session running in SB-C1: its three learners in at 09:15, out at 11:45 (Brussels)."""
    seeded = seed_centre(ctx)
    add_staff(ctx)
    badges = ctx.badges.issue(ctx.system_actor(), [p.id for p in ctx.people.list_learners()])
    for moment in (T0, T0 + timedelta(hours=2, minutes=30)):
        ctx.clock.set(moment)  # type: ignore[attr-defined]
        for badge in badges:
            assert ctx.scan.scan(badge.code, "TEST-TERM-1").result in ("checked_in", "checked_out")
    ctx.clock.set(T0 + timedelta(hours=4))  # type: ignore[attr-defined]
    return seeded.running


def printouts(ctx: AppContext) -> list[str]:
    """The verification codes registered so far."""
    return ctx.db.run_read(lambda s: list(s.execute(select(PrintedRecord.code)).scalars()))


def bulk_logbook(ctx: AppContext, equipment_id: int, count: int) -> None:
    """``count`` past entries, one an hour up to T0 (history bypasses the services, as in test_equipment_staff)."""
    kinds = ("cleaning", "maintenance", "use", "incident")
    rows = [
        {"equipment_id": equipment_id, "kind": kinds[n % len(kinds)], "at": T0 - timedelta(hours=count - n),
         "person_id": None, "details": json.dumps({"description": f"entrée {n:04d}"}), "terminal": "T1",
         "recorded_at": T0, "recorded_by": "tech"}
        for n in range(count)
    ]  # fmt: skip
    with ctx.db.engines.write.begin() as conn:
        conn.execute(insert(LogbookEntry), rows)


def failing(error: Exception) -> Render:
    """Writes half a PDF, reports, then fails with ``error``."""

    def render(out: Path, progress: ProgressCallback) -> None:
        out.write_bytes(b"%PDF-1.4 half a document")
        progress(1, 2, "Drawing the pages…")
        raise error

    return render
