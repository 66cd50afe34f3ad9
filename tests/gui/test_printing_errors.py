"""Printing from the GUI, the long and the failing: the equipment logbook from its screen (progress in
entries, days chosen, cancel), errors said in words with no file left, cancel while a document is made.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.errors import Conflict
from aptaskil_desk.i18n import Translator
from aptaskil_desk.ui.printing import PrintPreviewDialog, print_session_record
from aptaskil_desk.ui.printing.job import Cancelled, ProgressCallback, Render
from aptaskil_desk.ui.printing.printer import print_pdf
from aptaskil_desk.ui.printing.records import RecordWords, logbook_render
from aptaskil_desk.ui.staff.equipment_logbook import EquipmentLogbookPanel
from aptaskil_desk.ui.widgets.message import MessageKind
from aptaskil_desk.ui.workers import JobRunner
from tests.conftest import T0
from tests.gui.helpers import PASSWORD, in_language
from tests.gui.printing_setup import (
    SLOW,
    Watch,
    bulk_logbook,
    failing,
    gated,
    open_host,
    pages_of,
    pdf_printer,
    printouts,
    save,
    session_with_attendance,
    text_of,
)


@pytest.fixture
def host(qtbot: Any) -> Iterator[QWidget]:
    """The kiosk-sized window the previews open over; every printing job ended afterwards."""
    yield from open_host(qtbot)


def test_the_logbook_prints_from_its_screen_with_progress_counted_in_entries(ctx, host, qtbot, tmp_path):
    """4,500 entries: both readings report batch by batch in entries; the preview has the PDF's pages;
    the days chosen in the filters are the days printed; a cancel leaves nothing."""
    system = ctx.system_actor()
    info = ctx.equipment.add(system, "AUT-01", "Autoclave Getinge", "autoclave")
    bulk_logbook(ctx, info.id, 4500)
    total = ctx.equipment.logbook_page("AUT-01", limit=1)[0]
    jobs = JobRunner()
    panel = EquipmentLogbookPanel(ctx, jobs, host)
    panel.resize(1240, 760)
    panel.show()
    with qtbot.waitSignal(panel.model.page_loaded):
        panel.show_equipment(info)
    watch = Watch()
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, PrintPreviewDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Logbook of AUT-01"
    assert dialog.making_job is not None
    dialog.making_job.progressed.connect(watch.report)
    with qtbot.waitSignal(dialog.generated, timeout=SLOW) as blocker:
        pass
    done = [0, 2000, 4000, total]
    assert watch.words == [
        "Reading the logbook…",
        *(f"Laying out the pages: {n} of {total} entries" for n in done),
        *(f"Drawing the pages: {n} of {total} entries" for n in done),
    ]
    assert [d for d, _t, _w in watch.reports] == sorted(d for d, _t, _w in watch.reports)
    assert watch.reports[-1][:2] == (2 * total, 2 * total)
    assert dialog.pdf_path is not None and blocker.args == [pages_of(dialog.pdf_path)] == [dialog.pages.page_count]
    qtbot.waitUntil(dialog.pages.ready)  # the pages in sight are rendered
    save(dialog, f"print-preview-logbook-{ctx.db.dialect}.png")
    with qtbot.waitSignal(dialog.print_failed, timeout=SLOW) as failed:  # printing cancelled at once
        dialog.print_to(pdf_printer(tmp_path / "cancelled.pdf"))
        dialog.cancel()
    assert failed.args == ["Printing cancelled."] and dialog.state == "ready" and dialog.print_button.isEnabled()
    assert not (tmp_path / "cancelled.pdf").exists()
    interrupted = pdf_printer(tmp_path / "halfway.pdf")  # cancelled after two sheets: no half a file left

    def stop_after_two(done: int, _total: int, _words: str) -> None:
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        print_pdf(dialog.pdf_path, interrupted, stop_after_two, "{page} / {pages}")
    assert not (tmp_path / "halfway.pdf").exists()
    dialog.close_button.click()

    release = threading.Event()  # the progress panel half-way, held there for its picture
    halfway = f"Drawing the pages: 2000 of {total} entries"
    render = gated(logbook_render(ctx, "AUT-01", None, None, RecordWords()), release, lambda words: words == halfway)
    dialog = PrintPreviewDialog("Logbook of AUT-01", render, messages=ctx.tr, file_name="logbook.pdf", parent=host)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.detail_label.text() == halfway, timeout=SLOW)
    assert dialog.progress_bar.maximum() == 2 * total and dialog.progress_bar.value() == total + 2000
    save(dialog, f"print-preview-logbook-progress-{ctx.db.dialect}.png")
    with qtbot.waitSignal(dialog.generated, timeout=SLOW):
        release.set()
    dialog.close_button.click()

    last = (T0 - timedelta(days=1)).date()
    panel.filters.set_dates(last - timedelta(days=9), last)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, PrintPreviewDialog)
    assert dialog.windowTitle() == f"Logbook of AUT-01, {last - timedelta(days=9):%d/%m/%Y} to {last:%d/%m/%Y}"
    with qtbot.waitSignal(dialog.generated, timeout=SLOW):
        pass
    assert dialog.pdf_path is not None
    text = text_of(dialog.pdf_path)
    assert f"{last - timedelta(days=9):%Y-%m-%d} to {last:%Y-%m-%d}" in text
    first = last - timedelta(days=9)
    assert f"{first:%Y-%m-%d} 00:15" in text and f"{last:%Y-%m-%d} 23:15" in text  # entries are at :15
    assert f"{first - timedelta(days=1):%Y-%m-%d} 23:15" not in text
    assert f"{last + timedelta(days=1):%Y-%m-%d} 00:15" not in text
    dialog.close_button.click()

    panel.filters.set_dates(None)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, PrintPreviewDialog) and dialog.making_job is not None
    folder = dialog.making_job.folder
    with qtbot.waitSignal(dialog.generation_cancelled, timeout=SLOW):
        dialog.cancel()  # at once: the work stops at its first report, or at the next
    assert not folder.exists() and dialog.state == "cancelled"
    assert dialog.banner.message == "Cancelled: no document was made."
    dialog.close_button.click()
    jobs.shutdown()


def test_errors_while_making_are_said_in_words_and_leave_no_file(ctx, host, qtbot):
    """A session that does not exist, a person without the right, a service's refusal, a program
    error: each said in words, nothing registered, no file left, nothing to print or save."""
    code = session_with_attendance(ctx)
    ctx.accounts.add_user(ctx.system_actor(), "tech", "Jean", "Technicien", ["technician"], PASSWORD)
    admin = ctx.accounts.get("slambert").actor(ctx.terminal)
    technician = ctx.accounts.get("tech").actor(ctx.terminal)

    def failure(dialog: PrintPreviewDialog) -> str:
        job = dialog.making_job
        assert job is not None
        with qtbot.waitSignal(dialog.generation_failed, timeout=SLOW) as blocker:
            if dialog.state == "new":
                dialog.start()
        assert dialog.state == "failed" and dialog.banner.level is MessageKind.ERROR
        assert dialog.banner.message == blocker.args[0]
        assert not job.folder.exists() and dialog.pdf_path is None
        assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
        assert not dialog.pages.isVisible() and not dialog.status_panel.isVisible()
        dialog.close_button.click()
        return str(blocker.args[0])

    assert failure(print_session_record(host, ctx, admin, "NOPE-1")) == "No session 'NOPE-1'."
    refused = failure(print_session_record(host, ctx, technician, code))
    assert refused.endswith("may not do this (manage_courses).")
    assert printouts(ctx) == []

    def preview(render: Render, context: AppContext = ctx) -> PrintPreviewDialog:
        dialog = PrintPreviewDialog("Broken", render, messages=context.tr, file_name="broken.pdf", parent=host)
        qtbot.addWidget(dialog)
        dialog.open()
        return dialog

    changed = Conflict("The logbook changed while it was being printed; print it again.")
    assert failure(preview(failing(changed))) == "The logbook changed while it was being printed; print it again."
    dialog = preview(failing(changed), in_language(ctx, "fr"))
    assert failure(dialog) == Translator("fr")(changed.message)
    save_error = failure(preview(failing(RuntimeError("a bug"))))
    assert save_error == "This could not be done: unexpected error; the details are in the log."
    disk = failure(preview(failing(OSError(28, "No space left on device", "/media/usb/record.pdf"))))
    assert disk == "The file could not be written: No space left on device (/media/usb/record.pdf)."


def test_cancel_stops_the_making_and_leaves_no_file(ctx, host, qtbot):
    """A long document being written: Cancel stops it at its next report and removes what was written;
    closing the preview while it is made does the same."""
    reached = threading.Event()

    def endless(out: Path, progress: ProgressCallback) -> None:
        with out.open("wb") as stream:
            for n in range(1_000_000):
                stream.write(b"%PDF-1.4 part " * 100)
                stream.flush()
                if n == 3:
                    reached.set()
                progress(n, 0, f"Writing part {n}")
                threading.Event().wait(0.002)

    dialog = PrintPreviewDialog("Endless", endless, messages=ctx.tr, file_name="endless.pdf", parent=host)
    qtbot.addWidget(dialog)
    dialog.open()
    job = dialog.making_job
    assert job is not None
    dialog.start()
    qtbot.waitUntil(reached.is_set, timeout=SLOW)
    qtbot.waitUntil(lambda: dialog.detail_label.text().startswith("Writing part"))
    assert (job.folder / "endless.pdf").stat().st_size > 0 and dialog.progress_bar.maximum() == 0  # busy
    save(dialog, f"print-preview-busy-{ctx.db.dialect}.png")
    with qtbot.waitSignal(dialog.generation_cancelled, timeout=SLOW):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.detail_label.text() == "Cancelling…" and not dialog.cancel_button.isEnabled()
    assert not job.folder.exists() and dialog.pdf_path is None and dialog.state == "cancelled"
    assert dialog.banner.message == "Cancelled: no document was made." and dialog.banner.level is MessageKind.INFO
    save(dialog, f"print-preview-cancelled-{ctx.db.dialect}.png")
    dialog.close_button.click()

    closing = PrintPreviewDialog("Endless", endless, messages=ctx.tr, file_name="endless.pdf", parent=host)
    closing.open()
    job = closing.making_job
    assert job is not None
    reached.clear()
    closing.start()
    qtbot.waitUntil(reached.is_set, timeout=SLOW)
    closing.close_button.click()
    assert job.cancel_requested
    qtbot.waitUntil(lambda: not job.folder.exists(), timeout=SLOW)
