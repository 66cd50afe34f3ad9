"""The records printed from the screens: a checklist execution, a session record, an equipment logbook.

Each ``*_render`` builds the ``render(out_path, progress)`` that the preview runs off the GUI thread
(it reads through the services, which open their own database sessions, then draws with the
report's module); each ``print_*`` opens the preview over a screen and starts it. The words of the
steps are taken on the GUI thread when the render is built.

Rules:
1. A checklist record and a logbook are read afresh when the document is made, never taken from
   what a screen happens to show.
2. A session record registers its printout (verification code and hashes,
   :meth:`~aptaskil_desk.services.session_record.SessionRecordService.print_record`, which needs the
   right to manage courses) when the document is made: once per preview, since Print and Save as PDF
   use that one file, so the code on paper is always the one registered. Opening the preview again
   makes and registers a new printout with a new code, as ``report session`` run twice does. A preview
   cancelled after the registration leaves a registered code that was never printed; ``report verify``
   still answers for it, and it proves nothing about any paper.
3. The logbook is the whole logbook of the days chosen (every kind of entry), as ``report logbook``
   prints it. Its entries are read twice (pages counted, then drawn,
   :func:`~aptaskil_desk.reports.logbook.render_logbook`); progress counts the entries of both
   readings, batch by batch, and a cancel stops it between two batches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.domain.attendance import day_bounds
from aptaskil_desk.services.base import Actor
from aptaskil_desk.services.checklist_rows import RunInfo
from aptaskil_desk.services.equipment_rows import EntryInfo
from aptaskil_desk.services.session_record import SessionRecordService
from aptaskil_desk.ui.printing.job import ProgressCallback, Render
from aptaskil_desk.ui.printing.preview import PrintPreviewDialog

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def file_name(*parts: str) -> str:
    """``session-record-OPP-2611.pdf``: the parts joined, anything but letters, digits, ``.`` ``_`` ``-`` replaced."""
    return _UNSAFE.sub("-", "-".join(parts)).strip("-") + ".pdf"


class RecordWords(QObject):
    """What the printing of each record says while it works, and the previews' titles. Signals: none."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reading_record = self.tr("Reading the record…")
        self.registering = self.tr("Reading the session's attendance and registering the printout's verification code…")
        self.drawing = self.tr("Drawing the pages…")
        self.reading_logbook = self.tr("Reading the logbook…")
        self.counting = self.tr("Laying out the pages: {done} of {total} entries")
        self.drawing_entries = self.tr("Drawing the pages: {done} of {total} entries")

    def checklist_title(self, template: str, equipment: str) -> str:
        return self.tr("Checklist record {code} — {equipment}").format(code=template, equipment=equipment)

    def session_title(self, code: str) -> str:
        return self.tr("Session attendance record {code}").format(code=code)

    def logbook_title(self, code: str, first: date | None, last: date | None) -> str:
        if first is None and last is None:
            return self.tr("Logbook of {code}").format(code=code)
        return self.tr("Logbook of {code}, {first} to {last}").format(
            code=code, first=f"{first:%d/%m/%Y}" if first else "…", last=f"{last:%d/%m/%Y}" if last else "…"
        )


# --- what each record's document is made of ---------------------------------------------------


def checklist_render(ctx: AppContext, run_id: str, words: RecordWords) -> Render:
    """A checklist execution's record (``report checklist``), read afresh."""
    reading, drawing = words.reading_record, words.drawing

    def render(out: Path, progress: ProgressCallback) -> None:
        from aptaskil_desk.reports.checklist import render_checklist  # reportlab is loaded only to print

        progress(0, 2, reading)
        detail = ctx.checklist_runs.run(run_id)
        progress(1, 2, drawing)
        render_checklist(detail, out, tr=ctx.tr, centre_name=ctx.settings.centre_name, generated_at=ctx.clock.now())
        progress(2, 2, drawing)

    return render


def session_record_render(ctx: AppContext, actor: Actor, session_code: str, words: RecordWords) -> Render:
    """A session's record (``report session``), its printout registered when it is made (rule 2)."""
    registering, drawing = words.registering, words.drawing

    def render(out: Path, progress: ProgressCallback) -> None:
        from aptaskil_desk.reports.session_record import render_session_record  # reportlab: only to print

        progress(0, 2, registering)
        record, printed = SessionRecordService(ctx.db, ctx.clock).print_record(actor, session_code)
        progress(1, 2, drawing)
        render_session_record(record, printed, out, tr=ctx.tr, centre_name=ctx.settings.centre_name)
        progress(2, 2, drawing)

    return render


def logbook_render(ctx: AppContext, code: str, first: date | None, last: date | None, words: RecordWords) -> Render:
    """An equipment's logbook of the days ``first`` to ``last`` (both included; ``None``: open), rule 3."""
    since = day_bounds(first)[0] if first else None
    until = day_bounds(last)[1] if last else None
    reading, readings = words.reading_logbook, (words.counting, words.drawing_entries)

    def render(out: Path, progress: ProgressCallback) -> None:
        from aptaskil_desk.reports.logbook import render_logbook  # reportlab is loaded only to print
        from aptaskil_desk.reports.logbook_data import load_extras

        progress(0, 0, reading)
        info = ctx.equipment.get(code)
        extras = ctx.db.run_read(lambda s: load_extras(s, info.id))
        total, _first = ctx.equipment.logbook_page(code, limit=1, since=since, until=until)
        passes = [0]

        def batches() -> Iterator[list[EntryInfo]]:
            step = min(passes[0], 1)  # 0: the pages are counted, 1: they are drawn
            passes[0] += 1
            template, base = readings[step], step * total
            done = 0
            progress(base, 2 * total, template.format(done=0, total=total))
            for batch in ctx.equipment.logbook_batches(code, since=since, until=until):
                yield batch
                done = min(total, done + len(batch))
                progress(base + done, 2 * total, template.format(done=done, total=total))

        render_logbook(
            info, batches, out, tr=ctx.tr, centre_name=ctx.settings.centre_name, generated_at=ctx.clock.now(),
            period=(first, last), people=extras.people, superseded=extras.superseded,
        )  # fmt: skip

    return render


# --- opening the preview over a screen --------------------------------------------------------


def open_preview(parent: QWidget, ctx: AppContext, title: str, render: Render, name: str) -> PrintPreviewDialog:
    """The preview over ``parent``'s window, already making its document.

    A closed preview stays (hidden, its document released) until the next one over the same screen,
    which deletes it: a screen may still hold the last one (and close it when the staff area locks).
    """
    for old in parent.findChildren(PrintPreviewDialog, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not old.isVisible():
            old.deleteLater()
    dialog = PrintPreviewDialog(title, render, messages=ctx.tr, file_name=name, parent=parent)
    dialog.open()
    dialog.start()
    return dialog


def print_checklist_record(parent: QWidget, ctx: AppContext, run: RunInfo) -> PrintPreviewDialog:
    """Preview, print or save a checklist execution's record (read afresh, rule 1)."""
    words = RecordWords()
    title = words.checklist_title(run.template_code, run.equipment_code)
    name = file_name("checklist-record", run.template_code, run.equipment_code, run.id[:8])
    return open_preview(parent, ctx, title, checklist_render(ctx, run.id, words), name)


def print_session_record(parent: QWidget, ctx: AppContext, actor: Actor, session_code: str) -> PrintPreviewDialog:
    """Preview, print or save a session's record; making it registers its printout as ``actor`` (rule 2)."""
    words = RecordWords()
    render = session_record_render(ctx, actor, session_code, words)
    return open_preview(parent, ctx, words.session_title(session_code), render,
                        file_name("session-record", session_code))  # fmt: skip


def logbook_days(since: datetime | None, until: datetime | None) -> tuple[date | None, date | None]:
    """The Brussels days of a logbook query's instants: ``until`` is the start of the day after the last."""
    first = local(since).date() if since is not None else None
    last = local(until).date() - timedelta(days=1) if until is not None else None
    return first, last


def print_logbook(
    parent: QWidget, ctx: AppContext, code: str, first: date | None = None, last: date | None = None
) -> PrintPreviewDialog:
    """Preview, print or save an equipment's logbook of the days chosen (rule 3)."""
    words = RecordWords()
    days = [f"{day:%Y-%m-%d}" for day in (first, last) if day is not None]
    return open_preview(parent, ctx, words.logbook_title(code, first, last),
                        logbook_render(ctx, code, first, last, words), file_name("logbook", code, *days))  # fmt: skip
