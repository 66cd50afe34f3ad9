"""An executed checklist (IQ/OQ/PQ protocol, routine check, exercise) as an A4 PDF, for binders and
inspectors: the whole record, in the report's language.

What is printed, in this order:
1. The record's identity: centre, template code, version and title, equipment, phase, record id,
   state, who started it and when; a training execution says so in a band on every page and across
   each page, very visibly.
2. A warning when verification finds signatures that no longer match the record (or events after the
   approval), naming each; a banner when any value was entered again after its first entry, with every
   correction listed: old value, new value, reason, who and when.
3. Per section, every step: instruction, acceptance criterion, value with unit, verdict in words, who
   entered it and when (``27/11/2026 14:03 CET``); a step without a value says so. Under it, what backs
   the value (instrument, serial number, calibration due date, reading UUID, raw reply; attachment name
   and SHA-256) and the deviations raised on it.
4. The deviations: number, step, description, impact, action, raised by and when, closure (resolution,
   by, when) or OPEN.
5. The signature manifestations: meaning in words, printed name, date and time with zone, the
   signature's hash, a rejection's reason; a signature that no longer matches is marked.
Every page ends with the generation time, the record id and "Page x of y".

A record is small enough to be laid out whole before drawing (:mod:`~aptaskil_desk.reports.checklist_flow`),
so every page knows the page count. The same record and generation time give the same bytes (the
document's dates are the generation time; reportlab's ``invariant`` mode fixes the rest). The file
appears only once complete.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from aptaskil_desk.badges.fonts import BOLD, REGULAR, printable, register_fonts, text_width
from aptaskil_desk.i18n import Translator
from aptaskil_desk.reports.checklist_flow import (
    BOTTOM,
    BRICK,
    FOOTER_Y,
    GREY,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TEAL,
    WHITE,
    WIDTH,
    Placed,
    draw_row,
    draw_text,
    paginate,
)
from aptaskil_desk.reports.checklist_layout import RecordRows
from aptaskil_desk.reports.checklist_words import when_words
from aptaskil_desk.services.checklist_rows import RunDetail

TRAINING_BAND = 17.0  # height of the training band at the top of every page of a training record
RUNNING_HEADER = 18.0  # pages 2…: from the top (under the band) to the first row
WATERMARK = (0.6, 0.16, 0.05)
WATERMARK_ALPHA = 0.13


class _Furniture:
    """What every page carries besides the rows: the training band and mark, the running header
    (pages 2…) and the footer."""

    def __init__(self, detail: RunDetail, *, tr: Translator, centre_name: str, generated_at: datetime) -> None:
        info = detail.info
        self._tr = tr
        self._training = info.training
        self._centre = printable(centre_name.strip())
        self._running = printable(f"{tr('Checklist record')} {info.template_code} v{info.template_version} — "
                                  f"{info.equipment_code}")  # fmt: skip
        self._generated = tr("Generated on {when}", when=when_words(generated_at))
        self._record = tr("Record {id}", id=info.id)
        self._band = tr("TRAINING — practice record: not a GMP record, the equipment's status is not changed")
        self._mark = tr("TRAINING")

    def top(self, page: int) -> float:
        """Where the first row of ``page`` starts."""
        top = PAGE_HEIGHT - MARGIN - (TRAINING_BAND + 4 if self._training else 0.0)
        return top if page == 1 else top - RUNNING_HEADER

    def draw_header(self, c: Any, page: int) -> None:
        top = PAGE_HEIGHT - MARGIN
        if self._training:
            c.setFillColorRGB(*BRICK)
            c.rect(MARGIN, top - TRAINING_BAND, WIDTH, TRAINING_BAND, stroke=0, fill=1)
            size = min(9.0, (WIDTH - 12) / max(text_width(self._band, BOLD, 1.0), 1e-6))
            draw_text(c, MARGIN + 6, top - TRAINING_BAND + (TRAINING_BAND - size) / 2 + 1.5, self._band, BOLD, size,
                      WHITE)  # fmt: skip
            top -= TRAINING_BAND + 4
        if page > 1:
            draw_text(c, MARGIN, top - 8, self._centre, BOLD, 8, TEAL)
            c.setFillColorRGB(*GREY)
            c.setFont(REGULAR, 8)
            c.drawRightString(MARGIN + WIDTH, top - 8, self._running)
            c.setStrokeColorRGB(*RULE)
            c.setLineWidth(0.4)
            c.line(MARGIN, top - 12, MARGIN + WIDTH, top - 12)

    def draw_footer(self, c: Any, page: int, pages: int) -> None:
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, BOTTOM - 3, MARGIN + WIDTH, BOTTOM - 3)
        draw_text(c, MARGIN, FOOTER_Y, self._generated, REGULAR, 7, GREY)
        c.setFillColorRGB(*GREY)
        c.setFont(REGULAR, 7)
        c.drawCentredString(PAGE_WIDTH / 2 + 20, FOOTER_Y, self._record)
        c.drawRightString(MARGIN + WIDTH, FOOTER_Y, self._tr("Page {page} of {pages}", page=page, pages=pages))

    def draw_mark(self, c: Any) -> None:
        """The training mark across the page, over everything but light enough to read through."""
        if not self._training:
            return
        c.saveState()
        c.setFillColorRGB(*WATERMARK)
        c.setFillAlpha(WATERMARK_ALPHA)
        c.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        c.rotate(52)
        size = min(110.0, (PAGE_HEIGHT * 0.95) / max(text_width(self._mark, BOLD, 1.0), 1e-6))
        c.setFont(BOLD, size)
        c.drawCentredString(0, -size / 3, self._mark)
        c.restoreState()


def _pdf_date(instant: datetime) -> str:
    """The PDF's creation and modification dates: the generation time, in UTC."""
    return f"D:{instant.astimezone(UTC):%Y%m%d%H%M%S}+00'00'"


def render_checklist(detail: RunDetail, out: Path, *, tr: Translator, centre_name: str, generated_at: datetime) -> int:
    """Write the record of ``detail`` to the PDF ``out`` and return its page count.

    Args:
        tr: the report's language (instructions and titles are printed in it too).
        generated_at: printed in every footer and used as the document's date.
    """
    register_fonts()
    out = Path(out)
    furniture = _Furniture(detail, tr=tr, centre_name=centre_name, generated_at=generated_at)
    record = RecordRows(detail, tr=tr, centre_name=centre_name)
    pages = paginate(record.rows(), record.headings(), furniture.top)
    canvas = Canvas(None, pagesize=A4, invariant=1, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(tr("Checklist record {code} — {equipment} — {id}", code=detail.info.template_code,
                       equipment=detail.info.equipment_code, id=detail.info.id))  # fmt: skip
    canvas.setAuthor(centre_name)
    canvas.setCreator("aptaskil-desk")
    stamp = _pdf_date(generated_at)
    canvas.setDateFormatter(lambda *_: stamp)
    for number, placed in enumerate(pages, start=1):
        _draw_page(canvas, furniture, placed, number, len(pages))
    data = canvas.getpdfdata()
    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return len(pages)


def _draw_page(canvas: Any, furniture: _Furniture, placed: list[Placed], page: int, pages: int) -> None:
    furniture.draw_header(canvas, page)
    for item in placed:
        draw_row(canvas, item.row, item.top)
    furniture.draw_footer(canvas, page, pages)
    furniture.draw_mark(canvas)
    canvas.showPage()
