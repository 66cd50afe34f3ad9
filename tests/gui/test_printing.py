"""Printing from the GUI: records made in the background with progress, previewed page by page, printed
through Qt's print system to a PDF file, saved as PDF, in the user's language, from the review screen.

Nothing is mocked: the records are made by the report modules from real databases (both backends),
QtPdf renders the pages, and printing goes through a real ``QPrinter`` whose output is a PDF file
(offscreen, printing to a file is printing). The PDFs are read back with pypdf. Errors and cancels:
test_printing_errors.py.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from aptaskil_desk.services.session_record import grouped
from aptaskil_desk.ui.i18n import UiTranslators
from aptaskil_desk.ui.printing import PrintPreviewDialog, print_checklist_record, print_session_record
from aptaskil_desk.ui.printing.pages_view import BACKDROP
from aptaskil_desk.ui.printing.records import RecordWords, checklist_render
from tests.gui.helpers import in_language
from tests.gui.printing_setup import (
    SLOW,
    Watch,
    gated,
    open_host,
    pages_of,
    print_and_save,
    printouts,
    save,
    session_with_attendance,
    text_of,
)
from tests.gui.test_checklist_screens import executed_iq, open_page, open_review


@pytest.fixture
def host(qtbot: Any) -> Iterator[QWidget]:
    """The kiosk-sized window the previews open over; every printing job ended afterwards."""
    yield from open_host(qtbot)


def test_a_checklist_record_is_made_in_the_background_then_previewed_printed_and_saved(ctx, host, qtbot, tmp_path):
    """While the record is being made the GUI keeps running (its timer fires while the work is held);
    the preview shows every page of the PDF; Save copies it; Print gives the same pages."""
    run_id = executed_iq(ctx)
    release = threading.Event()
    render = gated(checklist_render(ctx, run_id, RecordWords()), release)
    dialog = PrintPreviewDialog("Checklist record", render, messages=ctx.tr, file_name="record.pdf", parent=host)
    qtbot.addWidget(dialog)
    dialog.open()
    job = dialog.making_job
    assert job is not None
    watch = Watch()
    job.progressed.connect(watch.report)
    with qtbot.waitSignal(job.progressed):
        dialog.start()
    assert dialog.state == "generating" and job.running
    assert dialog.status_panel.isVisible() and not dialog.pages.isVisible() and not dialog.print_button.isEnabled()
    ticks = watch.ticks
    qtbot.waitUntil(lambda: watch.ticks >= ticks + 5)  # the GUI's timer fires while the work is under way
    assert job.running
    assert dialog.detail_label.text() == "Reading the record…"
    save(dialog, f"print-preview-progress-{ctx.db.dialect}.png")

    with qtbot.waitSignal(dialog.generated, timeout=SLOW) as blocker:
        release.set()
    pages = blocker.args[0]
    assert dialog.pdf_path is not None and pages == pages_of(dialog.pdf_path) > 1
    assert watch.words == ["Reading the record…", "Drawing the pages…"] and watch.reports[-1][:2] == (2, 2)
    assert dialog.pages.page_count == pages and dialog.page_label.text() == f"Page 1 of {pages}"
    assert "Checklist record" in text_of(dialog.pdf_path)
    qtbot.waitUntil(dialog.pages.ready)
    image = dialog.pages.viewport().grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    assert middle != BACKDROP and middle.lightness() > 200  # a page is painted there, white paper
    qtbot.waitUntil(dialog.pages.ready)  # the pages in sight are rendered
    save(dialog, f"print-preview-checklist-{ctx.db.dialect}.png")

    dialog.pages.go_to(pages)
    qtbot.waitUntil(lambda: dialog.pages.current_page == pages)
    assert dialog.page_label.text() == f"Page {pages} of {pages}" and not dialog.next_button.isEnabled()
    zoom = dialog.pages.zoom
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.zoom == pytest.approx(zoom * 1.25) and dialog.zoom_label.text() == f"{round(zoom * 125)} %"

    print_and_save(dialog, qtbot, tmp_path, pages)

    folder = job.folder
    assert folder.is_dir()
    dialog.close_button.click()
    assert not folder.exists()  # the file made goes with the preview


def test_the_print_and_save_buttons_open_qt_dialogs(ctx, host, qtbot, tmp_path):
    """Print… opens Qt's print dialog over the preview, Save as PDF… a file dialog; neither blocks."""
    run_id = executed_iq(ctx)
    dialog = PrintPreviewDialog("Checklist", checklist_render(ctx, run_id, RecordWords()), messages=ctx.tr,
                                file_name="record.pdf", parent=host)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.generated, timeout=SLOW):
        dialog.start()
    dialog.print_button.click()
    assert isinstance(dialog.print_dialog, QPrintDialog) and dialog.print_dialog.isVisible()
    save(dialog.print_dialog, "print-preview-print-dialog.png")
    assert dialog.print_dialog.maxPage() == dialog.pages.page_count
    dialog.print_dialog.reject()
    dialog.save_button.click()
    assert isinstance(dialog.file_dialog, QFileDialog) and dialog.file_dialog.isVisible()
    save(dialog.file_dialog, "print-preview-save-dialog.png")
    target = tmp_path / "chosen.pdf"
    with qtbot.waitSignal(dialog.saved):
        dialog.file_dialog.fileSelected.emit(str(target))
    assert target.read_bytes() == dialog.pdf_path.read_bytes()  # type: ignore[union-attr]
    dialog.close_button.click()


def test_a_session_record_is_registered_once_per_preview_and_printed_from_that_one_file(ctx, host, qtbot, tmp_path):
    """Making the record registers one printout; the code on the pages is that one; Print and Save use
    the same file and register nothing more. The GUI's timer keeps firing while it is made."""
    code = session_with_attendance(ctx)
    actor = ctx.accounts.get("slambert").actor(ctx.terminal)
    watch = Watch()
    dialog = print_session_record(host, ctx, actor, code)
    job = dialog.making_job
    assert job is not None and dialog.state == "generating" and dialog.isVisible()
    job.progressed.connect(watch.report)
    ticks = watch.ticks
    with qtbot.waitSignal(dialog.generated, timeout=SLOW) as blocker:
        pass
    assert watch.ticks > ticks  # the screen kept running while the record was made
    assert watch.words == [
        "Reading the session's attendance and registering the printout's verification code…",
        "Drawing the pages…",
    ]
    pages = blocker.args[0]
    assert dialog.pdf_path is not None and pages == pages_of(dialog.pdf_path) == dialog.pages.page_count
    [registered] = printouts(ctx)
    text = text_of(dialog.pdf_path)
    assert grouped(registered) in text
    for name in ("Łukasz Wiśniewski", "Zoë Ødegård", "Şükrü Yılmaz"):
        assert name in text
    assert dialog.windowTitle() == f"Session attendance record {code}"
    qtbot.waitUntil(dialog.pages.ready)  # the pages in sight are rendered
    save(dialog, f"print-preview-session-record-{ctx.db.dialect}.png")

    print_and_save(dialog, qtbot, tmp_path, pages)
    assert printouts(ctx) == [registered]  # printing and saving register nothing more
    dialog.close_button.click()

    again = print_session_record(host, ctx, actor, code)  # a new preview is a new printout
    with qtbot.waitSignal(again.generated, timeout=SLOW):
        pass
    assert len(printouts(ctx)) == 2 and again.pdf_path is not None
    assert grouped(registered) not in text_of(again.pdf_path)
    again.close_button.click()


def test_the_preview_speaks_the_users_language(ctx, host, qtbot):
    """In French: the buttons, the page number and the steps; the toolbar and buttons fit the kiosk."""
    run_id = executed_iq(ctx)
    french = in_language(ctx, "fr")
    translators = UiTranslators("fr")
    try:
        run = french.checklist_runs.run(run_id).info
        dialog = print_checklist_record(host, french, run)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.generated, timeout=SLOW):
            pass
        assert dialog.windowTitle() == "Enregistrement de liste de contrôle AUT-IQ — AUT-01"
        assert [dialog.print_button.text(), dialog.save_button.text(), dialog.close_button.text()] == [
            "Imprimer…", "Enregistrer en PDF…", "Fermer"]  # fmt: skip
        assert dialog.page_label.text().startswith("Page 1 sur ")
        assert dialog.pdf_path is not None and "Enregistrement de liste de contrôle" in text_of(dialog.pdf_path)
        for button in (dialog.fit_button, dialog.print_button, dialog.save_button):
            assert button.width() >= button.sizeHint().width()
        qtbot.waitUntil(dialog.pages.ready)  # the pages in sight are rendered
        save(dialog, f"print-preview-fr-{ctx.db.dialect}.png")
        dialog.close_button.click()
    finally:
        translators.remove()


def test_the_review_screen_prints_the_record_it_shows(ctx, make_window, qtbot):
    """In the real window: Print the record… on the review screen opens the preview of that execution."""
    run_id = executed_iq(ctx)
    window = make_window(ctx)
    page = open_page(window, qtbot, "tech2")
    open_review(page, qtbot, run_id)
    review = page.review
    assert review.print_button.isVisible() and review.print_button.text() == "Print the record…"
    qtbot.mouseClick(review.print_button, Qt.MouseButton.LeftButton)
    dialog = review.dialog
    assert isinstance(dialog, PrintPreviewDialog) and dialog.isVisible() and dialog.isModal()
    with qtbot.waitSignal(dialog.generated, timeout=SLOW) as blocker:
        pass
    assert dialog.windowTitle() == "Checklist record AUT-IQ — AUT-01"
    assert dialog.pdf_path is not None and blocker.args == [pages_of(dialog.pdf_path)]
    assert dialog.pdf_path.name.startswith("checklist-record-AUT-IQ-AUT-01-")
    assert run_id in text_of(dialog.pdf_path)
    qtbot.waitUntil(dialog.pages.ready)  # the pages in sight are rendered
    save(dialog, f"print-preview-review-{ctx.db.dialect}.png")
    folder = dialog.pdf_path.parent
    dialog.close_button.click()
    assert not folder.exists()
