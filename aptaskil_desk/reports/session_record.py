"""A course session's attendance record as an A4 PDF, for the instructor's signature and the funders.

What is printed, in this order:
1. Page 1: the centre, the session (course, code, room, instructor, dates, scheduled hours, learners)
   and, top right, the QR code of ``APTASKIL-REC:<verification code>`` with the code under it.
2. Per learner (alphabetical): a band with the name, category and total; per session day the
   in/out times of each stay (``*``: a time set by a correction), the hours counted and the flags in
   words; under a day, each correction with both values, its reason, who and when, and the scans
   that counted for no session.
3. Totals per learner (days present, hours, share of the scheduled hours) and for the session.
4. Equipment used and exercise results recorded for the session (or "none recorded").
5. The instructor's signature block, kept whole on the last page.
Every page ends with the generation time, the verification code and "Page x of y".

A record is small: it is laid out whole (rows, then pages), so each page knows the page count. A
learner's rows stay on one page when they fit on one; a page that continues the attendance table
repeats its column headings. The file appears only once complete.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from aptaskil_desk.badges.fonts import BOLD, REGULAR, printable, register_fonts, text_width
from aptaskil_desk.badges.qr import draw_symbol, make_symbol
from aptaskil_desk.i18n import Translator
from aptaskil_desk.reports import session_record_words as w
from aptaskil_desk.services.session_record import QR_PREFIX, PrintedInfo, grouped
from aptaskil_desk.services.session_record_data import LearnerRecord, SessionRecord

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN: float = 14 * mm
WIDTH: float = PAGE_WIDTH - 2 * MARGIN
BOTTOM: float = 16 * mm  # rows stop above this line; the footer sits below it
FOOTER_Y: float = 9 * mm
RUNNING_HEADER = 20.0  # pages 2…: from the top margin to the first row
QR_SIZE: float = 25 * mm  # the symbol with its quiet zone
SIZE = 7.5
LEADING = 9.5
PAD = 2.5
CELL_PAD = 2.0

Colour = tuple[float, float, float]
INK: Colour = (0.1, 0.1, 0.1)
GREY: Colour = (0.4, 0.4, 0.4)
RULE: Colour = (0.8, 0.8, 0.8)
HEAD_FILL: Colour = (0.87, 0.91, 0.92)
BAND: Colour = (0.80, 0.88, 0.90)  # a learner's band
ZEBRA: Colour = (0.95, 0.95, 0.95)
TEAL: Colour = (0.04, 0.36, 0.42)
BRICK: Colour = (0.6, 0.16, 0.05)

#: (key, width; 0 takes what is left, right-aligned)
ATTENDANCE = (("day", 76.0, False), ("in", 40.0, False), ("out", 40.0, False), ("hours", 40.0, True),
              ("flags", 0.0, False))  # fmt: skip
TOTALS = (("learner", 190.0, False), ("category", 110.0, False), ("days", 80.0, True), ("hours", 60.0, True),
          ("share", 0.0, True))  # fmt: skip
USES = (("learner", 130.0, False), ("equipment", 0.0, False), ("start", 78.0, False), ("end", 78.0, False),
        ("hours", 40.0, True))  # fmt: skip
EXERCISES = (("learner", 130.0, False), ("at", 78.0, False), ("exercise", 140.0, False), ("verdict", 60.0, False),
             ("instruments", 0.0, False))  # fmt: skip
Columns = tuple[tuple[str, float, bool], ...]


def _widths(columns: Columns) -> list[float]:
    fixed = sum(width for _, width, _ in columns)
    return [width or WIDTH - fixed for _, width, _ in columns]


def _text(c: Any, x: float, y: float, text: str, font: str, size: float, colour: Colour, right: bool = False) -> None:
    if getattr(c, "_fillColorObj", None) != colour:  # a page of ~1,500 strings: set only what changes
        c.setFillColorRGB(*colour)
    if (c._fontname, c._fontsize) != (font, size):
        c.setFont(font, size)
    (c.drawRightString if right else c.drawString)(x, y, text)


@lru_cache(maxsize=2048)
def _wrap(text: str, font: str, width: float, size: float = SIZE) -> tuple[str, ...]:
    """``text`` in lines of ``width``; remembered, since days, times and hours repeat from row to row."""
    return tuple(simpleSplit(printable(text), font, size, width - 2 * CELL_PAD) or [""])


@dataclass(frozen=True)
class Row:
    """Something drawn with its top edge at a given height; ``headings`` repeat above it on a new page."""

    height: float
    draw: Callable[[Any, float], None]
    headings: Row | None = None


def _table_row(columns: Columns, cells: Sequence[Sequence[str]], *, font: str = REGULAR, fill: Colour | None = None,
               notes: Sequence[str] = (), headings: Row | None = None) -> Row:  # fmt: skip
    """A row of cells (each a list of lines, wrapped to its width), and notes under it (in brick)."""
    widths = _widths(columns)
    pairs = zip(cells, widths, strict=True)
    wrapped = [[line for text in cell for line in _wrap(text, font, width)] for cell, width in pairs]
    noted = [line for note in notes for line in _wrap(note, REGULAR, WIDTH - widths[0])]
    lines = max(len(cell) for cell in wrapped)
    height = (lines + len(noted)) * LEADING + 2 * PAD

    def draw(c: Any, top: float) -> None:
        if fill is not None:
            c.setFillColorRGB(*fill)
            c.rect(MARGIN, top - height, WIDTH, height, stroke=0, fill=1)
        for n in range(lines):  # line by line, so that text read back follows each stay across the row
            x = MARGIN
            for (_, _, right), width, cell in zip(columns, widths, wrapped, strict=True):
                edge = x + width - CELL_PAD if right else x + CELL_PAD
                if n < len(cell):
                    _text(c, edge, top - PAD - SIZE - n * LEADING, cell[n], font, SIZE, INK, right)
                x += width
        for n, text in enumerate(noted):
            _text(c, MARGIN + widths[0] + CELL_PAD, top - PAD - SIZE - (lines + n) * LEADING, text, REGULAR, SIZE,
                  BRICK)  # fmt: skip
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, top - height, MARGIN + WIDTH, top - height)

    return Row(height, draw, headings)


def _headings(columns: Columns, words: Sequence[str]) -> Row:
    return _table_row(columns, [[word] for word in words], font=BOLD, fill=HEAD_FILL)


def _title(text: str) -> Row:
    def draw(c: Any, top: float) -> None:
        _text(c, MARGIN, top - 18, text, BOLD, 10.5, TEAL)

    return Row(24.0, draw)


def _band(name: str, detail: str, total: str, headings: Row) -> Row:
    """A learner's band: name, category, total hours."""

    def draw(c: Any, top: float) -> None:
        c.setFillColorRGB(*BAND)
        c.rect(MARGIN, top - 15, WIDTH, 15, stroke=0, fill=1)
        _text(c, MARGIN + CELL_PAD, top - 10.5, name, BOLD, 8.5, INK)
        _text(c, MARGIN + CELL_PAD + text_width(name, BOLD, 8.5) + 8, top - 10.5, detail, REGULAR, 7.5, GREY)
        _text(c, MARGIN + WIDTH - CELL_PAD, top - 10.5, total, BOLD, 8.5, INK, right=True)

    return Row(15.0, draw, headings)


def _learner_rows(learner: LearnerRecord, record: SessionRecord, tr: Translator, headings: Row) -> list[Row]:
    scheduled = w.hours_words(record.scheduled(), tr)
    total = tr("Total {hours} h of {scheduled} h", hours=w.hours_words(learner.counted, tr), scheduled=scheduled)
    rows = [_band(printable(learner.name), w.learner_words(learner, tr), total, headings)]
    for n, day in enumerate(learner.days):
        times = [w.stay_times(stay) for stay in day.stays] or [("—", "—")]
        cells = [[w.day_words(day.day, tr)], [t[0] for t in times], [t[1] for t in times],
                 [w.hours_words(day.counted, tr)], [w.flag_words(day.flags, tr)]]  # fmt: skip
        rows.append(_table_row(ATTENDANCE, cells, fill=ZEBRA if n % 2 else None, notes=w.day_notes(day, tr),
                               headings=headings))  # fmt: skip
    return rows


def _sections(record: SessionRecord, tr: Translator) -> list[list[Row]]:
    """Every row after the page-1 header, in blocks kept on one page when they fit."""
    heads = _headings(ATTENDANCE, [tr("Day"), tr("In"), tr("Out"), tr("Hours"), tr("Flags and corrections")])
    blocks = [[_title(tr("Attendance")), heads]]
    if not record.learners:
        blocks[0].append(_table_row(ATTENDANCE, [[tr("No learners on the roster.")], [], [], [], []]))
    for learner in record.learners:
        blocks.append(_learner_rows(learner, record, tr, heads))
    scheduled = record.scheduled()
    heads = _headings(TOTALS, [tr("Learner"), tr("Category"), tr("Days present"), tr("Hours"),
                               tr("% of scheduled")])  # fmt: skip
    totals = [_title(tr("Totals")), heads]
    for learner in record.learners:
        share = f"{learner.counted / scheduled * 100:.0f} %" if scheduled else "—"
        totals.append(_table_row(TOTALS, [[printable(learner.name)], [w.learner_words(learner, tr)],
                                          [f"{w.days_present(learner)} / {len(record.days)}"],
                                          [w.hours_words(learner.counted, tr)], [share]], headings=heads))  # fmt: skip
    totals.append(_table_row(TOTALS, [[tr("Session total")], [tr("{n} learners", n=len(record.learners))], [],
                                      [w.hours_words(record.counted, tr)], []], font=BOLD, fill=HEAD_FILL))  # fmt: skip
    blocks.append(totals)
    blocks.append(_uses(record, tr))
    blocks.append(_exercises(record, tr))
    return blocks


def _uses(record: SessionRecord, tr: Translator) -> list[Row]:
    heads = _headings(USES, [tr("Learner"), tr("Equipment"), tr("Start"), tr("End"), tr("Hours")])
    rows = [_title(tr("Equipment used")), heads]
    for learner in record.learners:
        for use in learner.uses:
            length = w.hours_words(use.ended_at - use.started_at, tr) if use.ended_at else "—"
            rows.append(_table_row(USES, [[printable(learner.name)], [printable(f"{use.equipment_code} — "
                                          f"{use.equipment_name}")], [w.moment(use.started_at)],
                                          [w.moment(use.ended_at) if use.ended_at else tr("not ended")],
                                          [length]], headings=heads))  # fmt: skip
    if len(rows) == 2:
        rows[1:] = [_table_row(((" ", 0.0, False),), [[tr("No equipment use recorded during the session.")]])]
    return rows


def _exercises(record: SessionRecord, tr: Translator) -> list[Row]:
    heads = _headings(EXERCISES, [tr("Learner"), tr("Date"), tr("Exercise"), tr("Result"), tr("Instruments")])
    rows = [_title(tr("Exercise results")), heads]
    for learner in record.learners:
        for ex in learner.exercises:
            kind = tr(w.EXERCISE_WORDS[ex.kind]) if ex.kind in w.EXERCISE_WORDS else ex.kind
            verdict = tr(w.VERDICT_WORDS[ex.verdict]) if ex.verdict in w.VERDICT_WORDS else ex.verdict
            rows.append(_table_row(EXERCISES, [[printable(learner.name)], [w.moment(ex.at)],
                                               [kind + (f" ({tr('training')})" if ex.training else "")], [verdict],
                                               [", ".join(ex.instruments) or "—"]], headings=heads))  # fmt: skip
    if len(rows) == 2:
        rows[1:] = [_table_row(((" ", 0.0, False),), [[tr("No exercise result recorded for the session.")]])]
    return rows


def _signature(record: SessionRecord, tr: Translator) -> Row:
    def draw(c: Any, top: float) -> None:
        _text(c, MARGIN, top - 30, tr("Instructor"), BOLD, 10.5, TEAL)
        _text(c, MARGIN, top - 46, printable(record.instructor or "—"), BOLD, 9, INK)
        _text(c, MARGIN, top - 58, tr("I certify that this record is accurate and complete."), REGULAR, 8, GREY)
        for x, label in ((MARGIN, tr("Date")), (MARGIN + WIDTH / 2 + 6, tr("Signature"))):
            _text(c, x, top - 80, label, REGULAR, 8, GREY)
            c.setStrokeColorRGB(*INK)
            c.setLineWidth(0.6)
            c.rect(x, top - 126, WIDTH / 2 - 6, 40, stroke=1, fill=0)

    return Row(132.0, draw)


def paginate(blocks: list[list[Row]], first_top: float) -> list[list[tuple[float, Row]]]:
    """Place the rows: a block goes to a new page when it does not fit the rest of this one but fits a
    page; a page continuing a table starts with its column headings."""
    top = PAGE_HEIGHT - MARGIN - RUNNING_HEADER
    pages: list[list[tuple[float, Row]]] = [[]]
    y = first_top
    for block in blocks:
        need = sum(r.height for r in block)
        repeat = block[0].headings.height if block[0].headings else 0.0
        if pages[-1] and y - need < BOTTOM and need + repeat <= top - BOTTOM:
            pages.append([])
            y = top
        for row in block:
            if pages[-1] and y - row.height < BOTTOM:
                pages.append([])
                y = top
            if not pages[-1] and len(pages) > 1 and row.headings is not None:
                pages[-1].append((y, row.headings))
                y -= row.headings.height
            pages[-1].append((y, row))
            y -= row.height
    return pages


class _Furniture:
    """The page-1 header (with the QR code), the running header and the footer."""

    def __init__(self, record: SessionRecord, printed: PrintedInfo, tr: Translator, centre_name: str) -> None:
        self.tr, self.record = tr, record
        self.centre = printable(centre_name.strip())
        self.code = grouped(printed.code)
        self.title = tr("Session attendance record")
        self.generated = tr("Generated on {when} by {who}", when=w.when_words(printed.printed_at),
                            who=printable(printed.printed_by))  # fmt: skip
        days = record.days
        dates = f"{days[0]:%d/%m/%Y} – {days[-1]:%d/%m/%Y}" if days else "—"
        per_day = w.hours_words(record.scheduled(), tr)
        self.facts = [
            (tr("Course"), printable(record.course_code)), (tr("Session"), printable(record.session_code)),
            (tr("Dates"), tr("{dates} ({n} days)", dates=dates, n=len(days))),
            (tr("Room"), printable(f"{record.room_code} — {record.room_name}")),
            (tr("Instructor"), printable(record.instructor or "—")),
            (tr("Scheduled"), tr("{hours} h per learner", hours=per_day)),
        ]  # fmt: skip
        legend = tr("Times are Brussels time. Hours count only the time inside the scheduled slots. * marks a time "
                    "set by a correction; each correction is listed under its day with the original value and the "
                    "reason. To check this paper against the database: aptaskil-desk report verify {code}",
                    code=self.code)  # fmt: skip
        self.legend = simpleSplit(legend, REGULAR, 7, WIDTH)
        self.heading = simpleSplit(printable(record.course_title), BOLD, 12, WIDTH - QR_SIZE - 10)[:2]

    def first_top(self) -> float:
        return PAGE_HEIGHT - MARGIN - 84 - 12 * len(self.heading) - 9 * len(self.legend)

    def header(self, c: Any, page: int) -> None:
        top = PAGE_HEIGHT - MARGIN
        _text(c, MARGIN, top - 9, self.centre, BOLD, 9, TEAL)
        if page > 1:
            _text(c, MARGIN + WIDTH, top - 9, f"{self.title} — {self.record.session_code}", REGULAR, 8, GREY, True)
            c.setStrokeColorRGB(*RULE)
            c.line(MARGIN, top - 13, MARGIN + WIDTH, top - 13)
            return
        _text(c, MARGIN, top - 28, self.title, BOLD, 16, INK)
        for n, line in enumerate(self.heading):
            _text(c, MARGIN, top - 45 - 13 * n, line, BOLD, 12, INK)
        y = top - 50 - 12 * len(self.heading)
        span = (WIDTH - QR_SIZE - 12) / 2
        for column in (0, 1):  # three facts a column, each column's labels as wide as its widest
            facts = self.facts[3 * column : 3 * column + 3]
            label = max(text_width(k, BOLD, 8) for k, _ in facts) + 6
            x = MARGIN + column * span
            for line, (key, value) in enumerate(facts):
                _text(c, x, y - line * 11, key, BOLD, 8, GREY)
                size = min(8.0, 8 * (span - label - 6) / max(text_width(value, REGULAR, 8), 1e-6))  # never cut
                _text(c, x + label, y - line * 11, value, REGULAR, size, INK)
        for n, line in enumerate(self.legend):
            _text(c, MARGIN, y - 40 - n * 9, line, REGULAR, 7, GREY)
        symbol = make_symbol(QR_PREFIX + self.code)
        draw_symbol(c, symbol, MARGIN + WIDTH - QR_SIZE, top - QR_SIZE, QR_SIZE)
        centre = MARGIN + WIDTH - QR_SIZE / 2
        c.setFillColorRGB(*INK)
        c.setFont(BOLD, 9)
        c.drawCentredString(centre, top - QR_SIZE - 6, self.code)
        c.setFillColorRGB(*GREY)
        c.setFont(REGULAR, 6)
        c.drawCentredString(centre, top - QR_SIZE - 13, self.tr("Verification code"))

    def footer(self, c: Any, page: int, pages: int) -> None:
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, BOTTOM - 3, MARGIN + WIDTH, BOTTOM - 3)
        _text(c, MARGIN, FOOTER_Y, self.generated, REGULAR, 7, GREY)
        c.setFont(REGULAR, 7)
        c.drawCentredString(PAGE_WIDTH / 2 + 40, FOOTER_Y, self.tr("Verification code {code}", code=self.code))
        c.drawRightString(MARGIN + WIDTH, FOOTER_Y, self.tr("Page {page} of {pages}", page=page, pages=pages))


def render_session_record(
    record: SessionRecord, printed: PrintedInfo, out: Path, *, tr: Translator, centre_name: str
) -> int:
    """Write the record to the PDF ``out`` and return its page count (``printed``: its code and time)."""
    register_fonts()
    out = Path(out)
    furniture = _Furniture(record, printed, tr, centre_name)
    blocks = _sections(record, tr)
    blocks.append([_signature(record, tr)])
    pages = paginate(blocks, furniture.first_top())
    canvas = Canvas(None, pagesize=A4, invariant=1, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(tr("Session attendance record {code}", code=record.session_code))
    canvas.setAuthor(centre_name)
    canvas.setCreator("aptaskil-desk")
    stamp = f"D:{printed.printed_at.astimezone(UTC):%Y%m%d%H%M%S}+00'00'"
    canvas.setDateFormatter(lambda *_: stamp)
    for number, placed in enumerate(pages, start=1):
        furniture.header(canvas, number)
        for top, row in placed:
            row.draw(canvas, top)
        furniture.footer(canvas, number, len(pages))
        canvas.showPage()
    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        partial.write_bytes(canvas.getpdfdata())
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return len(pages)
