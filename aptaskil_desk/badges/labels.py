"""Printable equipment labels (PDF): one 62 × 29 mm label per page for a thermal label printer, or
A4 sheets of 24 self-adhesive 70 × 37 mm labels for an office printer.

Each label shows the QR symbol of the equipment's label code, the equipment's code in large
print, its name (shrunk to fit, wrapped on up to four lines if that reads better, never cut), its
room, its serial number and the label code in small print for typing by hand. Everything is black: a thermal
printer dithers grey, which makes small text unreadable. The output is byte-for-byte the same for
the same input (reportlab's ``invariant`` mode), like the badges.
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
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from aptaskil_desk.badges.fonts import BOLD, REGULAR, missing_glyphs, printable, register_fonts, text_width
from aptaskil_desk.badges.pdf import Fit, fit_text
from aptaskil_desk.badges.qr import QUIET_ZONE, draw_symbol, make_symbol
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.equipment_rows import EquipmentInfo

log = logging.getLogger(__name__)

LAYOUTS = ("printer", "a4")

#: A4 sheet of 3 × 8 labels of 70 × 37 mm (Avery Zweckform 3474 and its clones): the columns touch
#: both side edges of the sheet (no side margin, no gutter) and the rows leave 0.5 mm at the top
#: and at the bottom (8 × 37 = 296 of 297 mm).
SHEET_COLUMNS = 3
SHEET_ROWS = 8
PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
SHEET_LEFT = 0.0
SHEET_TOP = 0.5 * mm


@dataclass(frozen=True)
class LabelGeometry:
    """One label's size, margins and type sizes (points)."""

    width: float
    height: float
    #: No ink closer to the label's edges than this (the QR's white quiet zone may reach closer).
    padding: float
    #: Preferred QR module: a whole number of dots at 300 dpi prints every module the same width.
    module: float
    code_size: float
    name_size: float
    detail_size: float
    label_code_size: float


#: Brother QL die-cut 62 × 29 mm labels (DK-11209) or 62 mm continuous tape cut at 29 mm: the
#: printer cannot print the outer ~1.5 mm. Modules of 9 dots at 300 dpi (0.76 mm).
PRINTER = LabelGeometry(62 * mm, 29 * mm, 1.6 * mm, 9 * inch / 300, 15.0, 8.5, 7.0, 5.5)
#: One label of the A4 sheet. Labels touch the sheet's edges, where office printers print nothing
#: within 4–5 mm, so the ink keeps 5 mm inside every label. Modules of 10 dots at 300 dpi (0.85 mm).
SHEET_LABEL = LabelGeometry(70 * mm, 37 * mm, 5 * mm, 10 * inch / 300, 16.0, 10.0, 8.0, 6.0)

_GAP = 0.6 * mm  # between the QR's quiet zone and the text column
_CAP = 0.73  # DejaVu Sans capital height, in ems
_DESCENT = 0.24  # DejaVu Sans descender depth (g, p, y), in ems
_LEADING = 1.18


def sheet_slot(index: int) -> tuple[float, float]:
    """Lower-left corner of the ``index``-th label of a sheet (0–23, left to right, top to bottom)."""
    row, column = divmod(index, SHEET_COLUMNS)
    top = A4[1] - SHEET_TOP
    return SHEET_LEFT + column * SHEET_LABEL.width, top - (row + 1) * SHEET_LABEL.height


def wrap_to_fit(
    text: str, font: str, width: float, height: float, largest: float, smallest: float, *, max_lines: int = 4
) -> list[tuple[str, Fit]]:
    """``text`` set in a ``width`` × ``height`` box, as large as it goes up to ``largest``: on one
    line, or on more when each extra line buys a size at least 15 % larger. Returns the lines.

    Lines break at spaces only, so joining them with a space gives the text back. Where even
    ``smallest`` does not fit, the lines keep ``smallest`` and are narrowed: nothing is ever cut.
    """
    found: dict[int, tuple[float, list[str]]] = {}  # line count -> largest size that fits, lines
    size = largest
    while size >= smallest and len(found) < max_lines:
        lines = simpleSplit(text, font, size, width)
        if _block_height(size, len(lines)) <= height and all(text_width(x, font, size) <= width for x in lines):
            for count in range(len(lines), max_lines + 1):
                found.setdefault(count, (size, lines))
        size -= 0.25
    if found:
        size, lines = max(found.values(), key=lambda fit: fit[0] / 1.15 ** (len(fit[1]) - 1))
        return [(line, Fit(size)) for line in lines]
    size = smallest
    most = max(1, min(max_lines, 1 + int((height - _block_height(size, 1)) // (_LEADING * size))))
    wider = width
    while len(lines := simpleSplit(text, font, size, wider)) > most:
        wider *= 1.03
    return [(line, fit_text(line, font, width, size, size)) for line in lines]


def _block_height(size: float, lines: int) -> float:
    """From the top of the capitals of the first line to the descenders of the last one."""
    return (_CAP + _DESCENT) * size + (lines - 1) * _LEADING * size


def draw_label(canvas: Any, item: EquipmentInfo, x: float, y: float, geometry: LabelGeometry, tr: Translator) -> None:
    """Draw one label whose lower-left corner is at ``(x, y)``."""
    g = geometry
    canvas.saveState()
    canvas.translate(x, y)
    left = _draw_qr(canvas, item.label_code, g) + _GAP
    column = g.width - g.padding - left
    canvas.setFillColorRGB(0, 0, 0)

    # Placed bottom up: the label code, then the serial number and the room, each only if known.
    details = [
        tr("Room {room}", room=printable(item.room)) if item.room else "",
        tr("S/N {serial}", serial=printable(serial)) if (serial := _serial_number(item)) else "",
    ]
    baseline = g.padding + _DESCENT * g.label_code_size
    bottom = [(item.label_code, fit_text(item.label_code, REGULAR, column, g.label_code_size, 4.0), baseline)]
    baseline += _LEADING * g.label_code_size + 0.4 * mm
    for detail in reversed([d for d in details if d]):
        bottom.append((detail, fit_text(detail, REGULAR, column, g.detail_size, 5.0), baseline))
        baseline += _LEADING * g.detail_size
    floor = bottom[-1][2] + _CAP * bottom[-1][1].size

    # Drawn top down, in reading order (text extractors and screen readers follow the drawing
    # order): the equipment's code, large, its name in the space left, then the lines placed above.
    code = printable(item.code.strip())
    code_fit = fit_text(code, BOLD, column, g.code_size, 8.0)
    baseline = g.height - g.padding - _CAP * code_fit.size
    _text(canvas, code, BOLD, code_fit, left, baseline)
    name = " ".join(printable(item.name).split())
    missing = missing_glyphs(code, BOLD) + missing_glyphs(name, REGULAR)
    if missing:
        log.warning("label of %s: the font has no glyph for %r; those letters print as boxes", item.code, missing)
    # Under the code: room for a descender and a gap, which also puts the name's first baseline
    # more than 0.8 em of the code lower, where text extractors (pypdf) see a new line.
    top = baseline - 0.55 * code_fit.size
    height = top - floor - 1.2 * mm
    for number, (text, fit) in enumerate(wrap_to_fit(name, REGULAR, column, height, g.name_size, 5.5)):
        _text(canvas, text, REGULAR, fit, left, top - _CAP * fit.size - _LEADING * fit.size * number)
    for text, fit, baseline in reversed(bottom):
        _text(canvas, text, REGULAR, fit, left, baseline)
    canvas.restoreState()


def _serial_number(item: EquipmentInfo) -> str | None:
    """The serial number, when the register's record carries one (older records may not)."""
    serial = getattr(item, "serial_number", None)
    return (serial.strip() or None) if isinstance(serial, str) else None


def _draw_qr(canvas: Any, label_code: str, g: LabelGeometry) -> float:
    """The QR symbol at the left, centred in height, its dark modules ``padding`` from the left
    edge; returns the right edge of its quiet zone."""
    symbol = make_symbol(label_code, level="H")
    largest = g.height - 2 * (g.padding - QUIET_ZONE * g.module)  # quiet zone may reach the edge
    size = min(g.module * symbol.size, largest)
    quiet = size * QUIET_ZONE / symbol.size
    qr_x = max(g.padding - quiet, 0.0)
    draw_symbol(canvas, symbol, qr_x, (g.height - size) / 2, size)
    return float(qr_x + size)


def _text(canvas: Any, text: str, font: str, fit: Fit, x: float, y: float) -> None:
    line = canvas.beginText(x, y)
    line.setFont(font, fit.size)
    line.setHorizScale(fit.scale)
    line.textOut(text)
    canvas.drawText(line)


def render_labels(
    items: Sequence[EquipmentInfo],
    out: Path,
    *,
    layout: str,
    tr: Translator,
    centre_name: str,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the labels to the PDF ``out`` and return its page count.

    ``layout`` is ``"printer"`` (one 62 × 29 mm page per label, for a Brother QL or similar) or
    ``"a4"`` (A4 sheets of 3 × 8 labels of 70 × 37 mm, see :data:`SHEET_TOP`). ``progress(done,
    total)`` is called after each label. The file appears only once complete.
    """
    if layout not in LAYOUTS:
        raise InvalidInput("Unknown label layout {layout!r}: choose printer or a4.", layout=layout)
    if not items:
        raise InvalidInput("No equipment to label.")
    register_fonts()
    total = len(items)
    pages = total if layout == "printer" else -(-total // PER_SHEET)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(PRINTER.width, PRINTER.height) if layout == "printer" else A4,
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,  # else reportlab names Helvetica, a font the file does not embed
    )
    canvas.setTitle(tr("Equipment labels"))
    canvas.setAuthor(centre_name)
    canvas.setCreator("aptaskil-desk")
    for done, item in enumerate(items, start=1):
        if layout == "printer":
            draw_label(canvas, item, 0, 0, PRINTER, tr)
            canvas.showPage()
        else:
            slot = (done - 1) % PER_SHEET
            draw_label(canvas, item, *sheet_slot(slot), SHEET_LABEL, tr)
            if slot == PER_SHEET - 1 or done == total:
                canvas.showPage()
        if progress is not None:
            progress(done, total)
    canvas.save()
    out = Path(out)
    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        partial.write_bytes(buffer.getvalue())
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return pages
