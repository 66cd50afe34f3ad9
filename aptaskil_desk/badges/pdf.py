"""Printable badges (PDF): one CR80 card per page for a card printer, or A4 sheets of ten to cut.

Each badge shows the centre's name, the person's name (shrunk to fit, never cut), their category
in words, their course, the QR symbol of their badge code and the code itself in small print
for typing by hand. The output is byte-for-byte the same for the same input (reportlab's
``invariant`` mode fixes the creation date and document id), so a print run can be compared.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from aptaskil_desk.badges.fonts import BOLD, REGULAR, missing_glyphs, printable, register_fonts, text_width
from aptaskil_desk.badges.qr import QUIET_ZONE, draw_symbol, make_symbol
from aptaskil_desk.db.enums import LearnerCategory
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.badges import BadgeInfo

log = logging.getLogger(__name__)

LAYOUTS = ("cards", "sheet")

#: ISO/IEC 7810 ID-1 ("CR80"), the size of a bank card.
CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54.0 * mm
#: A4 sheet: 2 columns × 5 rows of cards side by side, cut with a guillotine along the marks.
SHEET_COLUMNS = 2
SHEET_ROWS = 5
PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
SHEET_LEFT = (A4[0] - SHEET_COLUMNS * CARD_WIDTH) / 2
SHEET_BOTTOM = (A4[1] - SHEET_ROWS * CARD_HEIGHT) / 2
#: Cut marks start this far outside the card edges, so that none shows on a card cut slightly off.
CUT_MARK_GAP = 2 * mm
CUT_MARK_LENGTH = 6 * mm

# Card geometry (points, from the card's lower-left corner).
_BAND = 10 * mm  # coloured band with the centre's name along the top edge
_MARGIN = 4 * mm
_QR_SYMBOL = 21 * mm  # the symbol without its quiet zone: ≥ 20 mm reads at arm's length
_TEXT_GAP = 0.5 * mm  # plus the QR quiet zone, which is white

_LEARNER_COLOUR = (0.04, 0.36, 0.42)  # deep teal
_STAFF_COLOUR = (0.55, 0.22, 0.06)  # brick: staff badges stand out at a glance
_INK = (0.1, 0.1, 0.1)
_GREY = (0.35, 0.35, 0.35)

#: Name size: as large as this, shrunk to fit; below the minimum the letters are narrowed instead.
_NAME_MAX = 15.0
_NAME_MIN = 7.0


def category_words(badge: BadgeInfo, tr: Translator) -> str:
    """The badge's category as a person reads it: staff, or the learner's funder category."""
    if badge.is_staff:
        return tr("Staff")
    words = {
        LearnerCategory.JOB_SEEKER: tr("Job seeker"),
        LearnerCategory.WORKER: tr("Worker"),
        LearnerCategory.STUDENT: tr("Student"),
        LearnerCategory.TEACHER: tr("Teacher"),
    }
    try:
        return words[LearnerCategory(badge.category)] if badge.category else ""
    except ValueError:
        return badge.category or ""


@dataclass(frozen=True)
class Fit:
    """How to set a line of text in a given width: point size and horizontal scale (percent)."""

    size: float
    scale: float = 100.0


def fit_text(text: str, font: str, width: float, largest: float, smallest: float) -> Fit:
    """The largest size up to ``largest`` at which ``text`` fits ``width``; under ``smallest``,
    keep ``smallest`` and narrow the letters, so that nothing is ever cut off."""
    natural = text_width(text, font, 1.0)
    if natural <= 0:
        return Fit(largest)
    size = min(largest, width / natural)
    if size >= smallest:
        return Fit(size)
    return Fit(smallest, 100.0 * width / (natural * smallest))


def _line(canvas: Any, text: str, font: str, fit: Fit, x: float, y: float, *, centred_in: float = 0.0) -> None:
    if centred_in:
        x += (centred_in - text_width(text, font, fit.size) * fit.scale / 100.0) / 2
    line = canvas.beginText(x, y)
    line.setFont(font, fit.size)
    line.setHorizScale(fit.scale)
    line.textOut(text)
    canvas.drawText(line)


def draw_card(canvas: Any, badge: BadgeInfo, x: float, y: float, *, centre_name: str, tr: Translator) -> None:
    """Draw one badge as a CR80 card whose lower-left corner is at ``(x, y)``."""
    colour = _STAFF_COLOUR if badge.is_staff else _LEARNER_COLOUR
    canvas.saveState()
    canvas.translate(x, y)
    _draw_band(canvas, printable(centre_name.strip()), colour)
    column = _draw_qr(canvas, badge.code) - _TEXT_GAP - _MARGIN
    _draw_name(canvas, badge, column)
    _draw_category_and_course(canvas, category_words(badge, tr), printable(badge.course or ""), column, colour)
    canvas.restoreState()


def _draw_band(canvas: Any, centre: str, colour: tuple[float, float, float]) -> None:
    """The coloured band along the top edge, with the centre's name."""
    canvas.setFillColorRGB(*colour)
    canvas.rect(0, CARD_HEIGHT - _BAND, CARD_WIDTH, _BAND, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    fit = fit_text(centre, BOLD, CARD_WIDTH - 2 * _MARGIN, 9.0, 5.0)
    _line(canvas, centre, BOLD, fit, _MARGIN, CARD_HEIGHT - _BAND / 2 - 0.36 * fit.size)


def _draw_qr(canvas: Any, code: str) -> float:
    """The QR symbol at the right with the code under it; returns the symbol's left edge
    (its white quiet zone included, which doubles as the margin)."""
    symbol = make_symbol(code)
    qr_size = _QR_SYMBOL * symbol.size / (symbol.size - 2 * QUIET_ZONE)
    code_fit = fit_text(code, REGULAR, qr_size - 2 * mm, 6.5, 4.0)
    code_drop = 0.73 * code_fit.size + 0.3 * mm  # the code's capitals stay out of the quiet zone
    qr_x = CARD_WIDTH - 2.5 * mm - qr_size
    qr_y = (CARD_HEIGHT - _BAND - qr_size + code_drop) / 2
    draw_symbol(canvas, symbol, qr_x, qr_y, qr_size)
    canvas.setFillColorRGB(*_INK)
    _line(canvas, code, REGULAR, code_fit, qr_x, qr_y - code_drop, centred_in=qr_size)
    return float(qr_x)


def _draw_name(canvas: Any, badge: BadgeInfo, column: float) -> None:
    """Given name over family name, one size for both, as large as the longer one allows."""
    given, family = printable(badge.given_name.strip()), printable(badge.family_name.strip())
    missing = missing_glyphs(given + family)
    if missing:  # the badge id only: names stay out of log files
        log.warning("badge %s: the font has no glyph for %r; those letters print as boxes", badge.badge_id, missing)
    size = min(fit_text(text, BOLD, column, _NAME_MAX, _NAME_MIN).size for text in (given, family))
    first = CARD_HEIGHT - _BAND - 4.5 * mm - 0.73 * size
    canvas.setFillColorRGB(*_INK)
    for number, text in enumerate((given, family)):  # each line narrowed only if it needs it
        _line(canvas, text, BOLD, fit_text(text, BOLD, column, size, size), _MARGIN, first - 1.2 * size * number)


def _draw_category_and_course(
    canvas: Any, category: str, course: str, column: float, colour: tuple[float, float, float]
) -> None:
    """The category in the badge's colour, over the course title (two lines at most), at the bottom."""
    lines = simpleSplit(course, REGULAR, 7.0, column)
    if len(lines) > 2:
        lines = [lines[0], _ellipsis(" ".join(lines[1:]), column)]
    canvas.setFillColorRGB(*_GREY)
    for number, text in enumerate(lines):
        _line(canvas, text, REGULAR, Fit(7.0), _MARGIN, 5 * mm + 8.5 * (len(lines) - 1 - number))
    if category:
        canvas.setFillColorRGB(*colour)
        fit = fit_text(category, BOLD, column, 8.0, 6.0)
        _line(canvas, category, BOLD, fit, _MARGIN, 5 * mm + 8.5 * len(lines) + 2)


def _ellipsis(text: str, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` at 7 pt (course titles only, never names)."""
    if text_width(text, REGULAR, 7.0) <= width:
        return text
    while text and text_width(text + "…", REGULAR, 7.0) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_cut_marks(canvas: Any) -> None:
    """Marks in the sheet's margins along every cut line of the 2 × 5 grid, none on a card."""
    right = SHEET_LEFT + SHEET_COLUMNS * CARD_WIDTH
    top = SHEET_BOTTOM + SHEET_ROWS * CARD_HEIGHT
    canvas.saveState()
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.4)
    for column in range(SHEET_COLUMNS + 1):
        x = SHEET_LEFT + column * CARD_WIDTH
        canvas.line(x, top + CUT_MARK_GAP, x, top + CUT_MARK_GAP + CUT_MARK_LENGTH)
        canvas.line(x, SHEET_BOTTOM - CUT_MARK_GAP, x, SHEET_BOTTOM - CUT_MARK_GAP - CUT_MARK_LENGTH)
    for row in range(SHEET_ROWS + 1):
        y = SHEET_BOTTOM + row * CARD_HEIGHT
        canvas.line(SHEET_LEFT - CUT_MARK_GAP, y, SHEET_LEFT - CUT_MARK_GAP - CUT_MARK_LENGTH, y)
        canvas.line(right + CUT_MARK_GAP, y, right + CUT_MARK_GAP + CUT_MARK_LENGTH, y)
    canvas.restoreState()


def sheet_slot(index: int) -> tuple[float, float]:
    """Lower-left corner of the ``index``-th card of a sheet (0–9, left to right, top to bottom)."""
    row, column = divmod(index, SHEET_COLUMNS)
    return SHEET_LEFT + column * CARD_WIDTH, SHEET_BOTTOM + (SHEET_ROWS - 1 - row) * CARD_HEIGHT


def render_badges(
    badges: Sequence[BadgeInfo],
    out: Path,
    *,
    layout: str,
    centre_name: str,
    tr: Translator,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the badges to the PDF ``out`` and return its page count.

    ``layout`` is ``"cards"`` (one 85.6 × 54 mm page per badge, for a card printer) or ``"sheet"``
    (A4 pages of ten badges with cut marks). ``progress(done, total)`` is called after each badge.
    The file appears only once complete: a failed run leaves no half-written PDF behind.
    """
    if layout not in LAYOUTS:
        raise InvalidInput("Unknown badge layout {layout!r}: choose cards or sheet.", layout=layout)
    if not badges:
        raise InvalidInput("No badges to print.")
    register_fonts()
    total = len(badges)
    pages = total if layout == "cards" else -(-total // PER_SHEET)
    out = Path(out)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(CARD_WIDTH, CARD_HEIGHT) if layout == "cards" else A4,
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,  # else reportlab names Helvetica, a font the file does not embed
    )
    canvas.setTitle(tr("Badges"))
    canvas.setAuthor(centre_name)
    canvas.setCreator("aptaskil-desk")
    for done, badge in enumerate(badges, start=1):
        if layout == "cards":
            draw_card(canvas, badge, 0, 0, centre_name=centre_name, tr=tr)
            canvas.showPage()
        else:
            slot = (done - 1) % PER_SHEET
            if slot == 0:
                draw_cut_marks(canvas)
                _sheet_footer(canvas, (done - 1) // PER_SHEET + 1, pages, tr)
            draw_card(canvas, badge, *sheet_slot(slot), centre_name=centre_name, tr=tr)
            if slot == PER_SHEET - 1 or done == total:
                canvas.showPage()
        if progress is not None:
            progress(done, total)
    canvas.save()
    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        partial.write_bytes(buffer.getvalue())
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def _sheet_footer(canvas: Any, page: int, pages: int, tr: Translator) -> None:
    text = tr("Page {page} of {pages}", page=page, pages=pages)
    canvas.saveState()
    canvas.setFillColorRGB(*_GREY)
    canvas.setFont(REGULAR, 7)
    canvas.drawRightString(SHEET_LEFT + SHEET_COLUMNS * CARD_WIDTH - 10 * mm, SHEET_BOTTOM / 2 - 3, text)
    canvas.restoreState()
