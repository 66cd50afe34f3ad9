"""An equipment's logbook as an A4 PDF, for inspectors and binders.

Every entry of the period is one row: Brussels date and time, kind and details in words, the
person it concerns, who recorded it. An entry that was corrected stays on paper, struck through,
with the correcting entry's number and reason under it; the correction itself appears at its own
time and says what it corrects. Entries made under an override of an unfit equipment are marked.

Memory stays bounded however long the logbook. The entries are read twice, batch by batch: a first
reading lays every row out and counts the pages without drawing anything, so that each page can say
"Page x of y" as it is drawn; the second reading draws them. Both place their rows with the same
:class:`~aptaskil_desk.reports.pages.Paginator`, and must agree. reportlab holds the pages of a
document until it is saved, so the pages are drawn as small documents of ``chunk_pages`` pages
that :class:`~aptaskil_desk.reports.pdf_chunks.PdfJoiner` appends one by one to the output file. The
file appears only once complete.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from aptaskil_desk.badges.fonts import BOLD, REGULAR, printable, register_fonts, text_width
from aptaskil_desk.clock import local
from aptaskil_desk.errors import Conflict
from aptaskil_desk.i18n import N_, Translator
from aptaskil_desk.reports.pages import ChunkedCanvas, Paginator, Slot
from aptaskil_desk.reports.pdf_chunks import PdfJoiner
from aptaskil_desk.services.equipment import EntryInfo, EquipmentInfo

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN: float = 14 * mm
TABLE_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_Y: float = 9 * mm
BOTTOM: float = 16 * mm  # rows stop above this line; the footer sits below it
FIRST_HEADER = 97.0  # page 1: from the top margin to the legend's first line (title, facts)
LEGEND_LEADING = 9.0
RUNNING_HEADER = 16.0  # pages 2…: from the top margin to the column headings
HEADINGS_HEIGHT = 14.0
#: Pages drawn per reportlab document before it goes to the output file (≈ 45 KB of memory a page).
CHUNK_PAGES = 100

SIZE = 7.5  # body text, points
LEADING = 9.5
PAD = 2.5  # above and below the text of a row
#: Column keys and widths (points); "details" takes what is left of the table's width.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("id", 28.0),
    ("at", 76.0),
    ("kind", 64.0),
    ("who", 92.0),
    ("details", 0.0),
    ("recorded_by", 64.0),
)
_FIXED = sum(w for _, w in COLUMNS)
WIDTHS = {key: (w or TABLE_WIDTH - _FIXED) for key, w in COLUMNS}
CELL_PAD = 2.0  # left and right inside a cell
#: A cell longer than this is cut with an ellipsis, so that one row always fits on one page.
MAX_LINES = 40

INK = (0.1, 0.1, 0.1)
GREY = (0.4, 0.4, 0.4)
STRUCK_TEXT = (0.45, 0.45, 0.45)
STRIKE = (0.1, 0.1, 0.1)  # dark, so that the strike survives a black-and-white photocopy
RULE = (0.8, 0.8, 0.8)
ZEBRA = (0.95, 0.95, 0.95)
HEAD_FILL = (0.87, 0.91, 0.92)
TEAL = (0.04, 0.36, 0.42)
BRICK = (0.6, 0.16, 0.05)

KIND_WORDS = {
    "use": N_("Use"),
    "use_end": N_("End of use"),
    "cleaning": N_("Cleaning"),
    "maintenance": N_("Maintenance"),
    "calibration": N_("Calibration"),
    "incident": N_("Incident"),
    "status_change": N_("Status change"),
    "qualification": N_("Qualification"),
}
STATUS_WORDS = {
    "available": N_("available"),
    "in_use": N_("in use"),
    "cleaning": N_("cleaning"),
    "maintenance": N_("maintenance"),
    "out_of_service": N_("out of service"),
    "quarantine": N_("quarantine"),
}
#: Labels of the detail keys the services write; other keys print as they are stored.
DETAIL_LABELS = {
    "purpose": N_("Purpose"),
    "agent": N_("Agent"),
    "description": N_("Description"),
    "performed_by": N_("Performed by"),
    "certificate": N_("Certificate"),
    "performed_on": N_("Performed on"),
    "reference": N_("Reference"),
    "new_due": N_("New due date"),
    "anomaly": N_("Anomaly"),
    "work": N_("Work done"),
    "remarks": N_("Remarks"),
}
RESULT_WORDS = {"pass": N_("passed"), "fail": N_("failed")}
_YES_NO: dict[object, str] = {True: N_("yes"), False: N_("no"), "yes": N_("yes"), "no": N_("no")}


@dataclass(frozen=True)
class Line:
    """One line of text in a cell."""

    text: str
    font: str = REGULAR
    colour: tuple[float, float, float] | None = None  # None: the row's colour


@dataclass(frozen=True)
class Row:
    """One entry laid out: the lines of each column, and a note under it that is never struck."""

    cells: dict[str, list[Line]]
    struck: bool
    note: list[Line]

    @property
    def text_lines(self) -> int:
        return max(len(lines) for lines in self.cells.values())

    @property
    def height(self) -> float:
        return (self.text_lines + len(self.note)) * LEADING + 2 * PAD


def status_words(status: str, tr: Translator) -> str:
    return tr(STATUS_WORDS[status]) if status in STATUS_WORDS else status


def _value(value: Any, tr: Translator) -> str:
    """A stored detail value in words: yes/no and pass/fail translated, lists joined, the rest as is."""
    if isinstance(value, bool):
        return tr(_YES_NO[value])
    if isinstance(value, str):
        word = _YES_NO.get(value) or RESULT_WORDS.get(value)
        return tr(word) if word else printable(value)
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(_value(v, tr) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{printable(str(k))}: {_value(v, tr)}" for k, v in value.items())
    return printable(str(value))


def details_words(entry: EntryInfo, tr: Translator) -> list[str]:
    """The entry's details as sentences a reader understands, in a stable order."""
    d = dict(entry.details)
    d.pop("override_id", None)  # shown as a marker of its own
    parts: list[str] = []
    if entry.kind == "status_change":
        parts.append(
            tr(
                "{old} → {new}",
                old=status_words(str(d.pop("from", "")), tr),
                new=status_words(str(d.pop("to", "")), tr),
            )
        )
        if "incident" in d:
            parts.append(tr("after incident #{id}", id=d.pop("incident")))
        if entry.reason and entry.supersedes_id is None:
            parts.append(tr("Reason: {reason}", reason=printable(entry.reason)))
    elif entry.kind == "qualification" and "phase" in d:
        phase, result = d.pop("phase"), d.pop("result", None)
        if result == "pass":
            parts.append(tr("{phase} passed", phase=phase))
        elif result == "fail":
            parts.append(tr("{phase} failed", phase=phase))
        else:
            parts.append(str(phase))
    elif entry.kind == "calibration" and "result" in d:
        parts.append(tr("Result: {result}", result=_value(d.pop("result"), tr)))
    order = {key: n for n, key in enumerate(DETAIL_LABELS)}
    for key in sorted(d, key=lambda k: (order.get(k, len(order)), k)):  # known keys first, then the rest
        label = tr(DETAIL_LABELS[key]) if key in DETAIL_LABELS else printable(key)
        parts.append(tr("{label}: {value}", label=label, value=_value(d[key], tr)))
    return parts


def override_id(entry: EntryInfo) -> object | None:
    """The override an entry was made under (``EntryInfo.override_id``, or older ``details["override_id"]``)."""
    return entry.override_id if entry.override_id is not None else entry.details.get("override_id")


def recorder_words(recorded_by: str, tr: Translator) -> str:
    """``kiosk:K1`` → "kiosk K1"; staff logins and ``system:<user>`` print as they are."""
    if recorded_by.startswith("kiosk:"):
        return tr("kiosk {terminal}", terminal=recorded_by.removeprefix("kiosk:"))
    return printable(recorded_by)


@lru_cache(maxsize=1024)
def _wrap(text: str, font: str, width: float) -> tuple[str, ...]:
    """``text`` broken into lines of ``width``; remembered, since names, agents and kinds repeat from
    row to row and every row is laid out twice (pages counted, then drawn)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(simpleSplit(paragraph, font, SIZE, width) or [""])
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], lines[MAX_LINES - 1] + " …"]
    return tuple(lines)


def _cell(pieces: Iterable[tuple[str, str, tuple[float, float, float] | None]], key: str) -> list[Line]:
    width = WIDTHS[key] - 2 * CELL_PAD
    lines = [Line(t, font, colour) for text, font, colour in pieces for t in _wrap(text, font, width)]
    return lines[:MAX_LINES]


def layout_row(
    entry: EntryInfo,
    *,
    tr: Translator,
    people: Mapping[int, str],
    superseded: Mapping[int, tuple[int, str]],
) -> Row:
    """Lay out one entry: the text of each column, wrapped to its width."""
    when = local(entry.at)
    details: list[tuple[str, str, tuple[float, float, float] | None]] = []
    marker = override_id(entry)
    if marker is not None:
        details.append((tr("Used under override #{id}", id=marker), BOLD, BRICK))
    if entry.supersedes_id is not None:
        details.append(
            (tr("Corrects #{id}: {reason}", id=entry.supersedes_id, reason=printable(entry.reason or "")), BOLD, None)
        )
    details.extend((part, REGULAR, None) for part in details_words(entry, tr))
    who = printable(people.get(entry.person_id, f"#{entry.person_id}")) if entry.person_id is not None else "—"
    kind = tr(KIND_WORDS[entry.kind]) if entry.kind in KIND_WORDS else entry.kind
    cells = {
        "id": _cell([(str(entry.id), REGULAR, None)], "id"),
        "at": _cell([(f"{when:%Y-%m-%d %H:%M}", REGULAR, None)], "at"),
        "kind": _cell([(kind, BOLD if marker is not None else REGULAR, None)], "kind"),
        "who": _cell([(who, REGULAR, None)], "who"),
        "details": _cell(details or [("—", REGULAR, None)], "details"),
        "recorded_by": _cell([(recorder_words(entry.recorded_by, tr), REGULAR, None)], "recorded_by"),
    }
    note: list[Line] = []
    correction = superseded.get(entry.id)
    if correction is not None:
        text = tr("→ Superseded by entry #{id}: {reason}", id=correction[0], reason=printable(correction[1]))
        note = [Line(t, BOLD, BRICK) for t in _wrap(text, BOLD, TABLE_WIDTH - WIDTHS["id"] - 2 * CELL_PAD)]
    return Row(cells, correction is not None, note)


def period_words(period: tuple[date | None, date | None], tr: Translator) -> str:
    start, end = period
    if start and end:
        return tr("{start} to {end}", start=start.isoformat(), end=end.isoformat())
    if start:
        return tr("from {start}", start=start.isoformat())
    if end:
        return tr("until {end}", end=end.isoformat())
    return tr("all entries")


def instant_words(instant: datetime) -> str:
    """``2026-11-25 09:15 CET (UTC+01:00)``: the centre's time, with its zone spelled out."""
    shown = local(instant)
    offset = shown.strftime("%z")
    return f"{shown:%Y-%m-%d %H:%M} {shown.tzname()} (UTC{offset[:3]}:{offset[3:]})"


def _text(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, colour: tuple[float, float, float]
) -> None:
    canvas.setFillColorRGB(*colour)
    canvas.setFont(font, size)
    canvas.drawString(x, y, text)


def draw_row(canvas: Any, row: Row, top: float, *, shaded: bool) -> None:
    """Draw ``row`` with its top edge at ``top``."""
    height = row.height
    if shaded:
        canvas.setFillColorRGB(*ZEBRA)
        canvas.rect(MARGIN, top - height, TABLE_WIDTH, height, stroke=0, fill=1)
    colour = STRUCK_TEXT if row.struck else INK
    first_baseline = top - PAD - SIZE
    x = MARGIN
    for key, _ in COLUMNS:
        for n, line in enumerate(row.cells[key]):
            _text(canvas, x + CELL_PAD, first_baseline - n * LEADING, line.text, line.font, SIZE, line.colour or colour)
        x += WIDTHS[key]
    if row.struck:  # one stroke through the middle of each line of text, across the whole row
        canvas.setStrokeColorRGB(*STRIKE)
        canvas.setLineWidth(0.7)
        for n in range(row.text_lines):
            y = first_baseline - n * LEADING + 0.3 * SIZE
            canvas.line(MARGIN + 1, y, MARGIN + TABLE_WIDTH - 1, y)
    for n, line in enumerate(row.note):
        baseline = first_baseline - (row.text_lines + n) * LEADING
        _text(canvas, MARGIN + WIDTHS["id"] + CELL_PAD, baseline, line.text, line.font, SIZE, line.colour or INK)
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, top - height, MARGIN + TABLE_WIDTH, top - height)


class _Furniture:
    """What every page carries besides the rows: the header (in full on page 1, a running one after),
    the column headings, and the footer with the generation time and "Page x of y"."""

    def __init__(
        self,
        equipment: EquipmentInfo,
        *,
        tr: Translator,
        centre_name: str,
        generated_at: datetime,
        period: tuple[date | None, date | None],
    ) -> None:
        self._tr = tr
        self._equipment = equipment
        self._centre = printable(centre_name.strip())
        self._generated = tr("Generated on {when}", when=instant_words(generated_at))
        self._facts = [
            (tr("Type"), printable(equipment.equipment_type)),
            (tr("Room"), equipment.room or "—"),
            (tr("Serial number"), printable(equipment.serial_number or "") or "—"),
            (tr("Status"), status_words(equipment.status, tr)),
            (tr("Calibration due"), equipment.calibration_due.isoformat() if equipment.calibration_due else "—"),
            (tr("Period"), period_words(period, tr)),
        ]
        legend = tr("Times are Brussels time. A corrected entry is struck through and stays on record; "
                    "the correction follows at its own time with its reason.")  # fmt: skip
        self._legend: list[str] = simpleSplit(legend, REGULAR, 7, TABLE_WIDTH)
        self._headings = {
            "id": tr("No."),
            "at": tr("Date and time"),
            "kind": tr("Kind"),
            "who": tr("Person"),
            "details": tr("Details"),
            "recorded_by": tr("Recorded by"),
        }

    def _headings_top(self, page: int) -> float:
        if page == 1:  # title block, then the legend's lines
            return PAGE_HEIGHT - MARGIN - FIRST_HEADER - LEGEND_LEADING * len(self._legend) - 2
        return PAGE_HEIGHT - MARGIN - RUNNING_HEADER

    def table_top(self, page: int) -> float:
        """Where the first row of ``page`` starts: under the header and the column headings."""
        return self._headings_top(page) - HEADINGS_HEIGHT

    def draw_header(self, c: Any, page: int) -> None:
        top = PAGE_HEIGHT - MARGIN
        if page == 1:
            _text(c, MARGIN, top - 9, self._centre, BOLD, 9, TEAL)
            _text(c, MARGIN, top - 28, self._tr("Equipment logbook"), BOLD, 16, INK)
            title = printable(f"{self._equipment.code} — {self._equipment.name}")
            _text(c, MARGIN, top - 45, title, BOLD, 12, INK)
            label_width = max(text_width(label, BOLD, 8) for label, _ in self._facts) + 6
            for n, (label, value) in enumerate(self._facts):
                column, line = divmod(n, 3)
                x = MARGIN + column * TABLE_WIDTH / 2
                _text(c, x, top - 62 - line * 11, label, BOLD, 8, GREY)
                _text(c, x + label_width, top - 62 - line * 11, value, REGULAR, 8, INK)
            for n, text in enumerate(self._legend):
                _text(c, MARGIN, top - FIRST_HEADER - n * LEGEND_LEADING, text, REGULAR, 7, GREY)
        else:
            _text(c, MARGIN, top - 8, self._centre, BOLD, 8, TEAL)
            running = printable(f"{self._tr('Equipment logbook')} — {self._equipment.code} — {self._equipment.name}")
            c.setFillColorRGB(*GREY)
            c.setFont(REGULAR, 8)
            c.drawRightString(MARGIN + TABLE_WIDTH, top - 8, running)
        top = self._headings_top(page)
        c.setFillColorRGB(*HEAD_FILL)
        c.rect(MARGIN, top - HEADINGS_HEIGHT, TABLE_WIDTH, HEADINGS_HEIGHT, stroke=0, fill=1)
        x = MARGIN
        for key, _ in COLUMNS:
            room = WIDTHS[key] - 2 * CELL_PAD  # a long translated heading is set smaller, never cut
            size = min(SIZE, room / max(text_width(self._headings[key], BOLD, 1.0), 1e-6))
            _text(c, x + CELL_PAD, top - 10, self._headings[key], BOLD, size, INK)
            x += WIDTHS[key]

    def draw_footer(self, c: Any, page: int, pages: int) -> None:
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, BOTTOM - 3, MARGIN + TABLE_WIDTH, BOTTOM - 3)
        _text(c, MARGIN, FOOTER_Y, self._generated, REGULAR, 7, GREY)
        c.setFillColorRGB(*GREY)
        c.setFont(REGULAR, 7)
        c.drawRightString(MARGIN + TABLE_WIDTH, FOOTER_Y, self._tr("Page {page} of {pages}", page=page, pages=pages))


def _placed(
    batches: Iterable[list[EntryInfo]],
    layout: Callable[[EntryInfo], Row],
    pager: Paginator,
    *,
    upto: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[Slot, Row | None]]:
    """One reading of the entries, each laid out and placed; a logbook without entries gets one
    line (``None``) saying so.

    Args:
        upto: leave out entries numbered above this (recorded after the first reading began).
        progress: called with the number of entries placed so far, after each batch.
    """
    for batch in batches:
        for entry in batch:
            if upto is None or entry.id <= upto:
                row = layout(entry)
                yield pager.place(row.height, entry.id), row
        if progress is not None:
            progress(pager.rows)
    if pager.rows == 0:
        yield pager.place(LEADING, None), None


def render_logbook(
    equipment: EquipmentInfo,
    batches: Callable[[], Iterable[list[EntryInfo]]],
    out: Path,
    *,
    tr: Translator,
    centre_name: str,
    generated_at: datetime,
    period: tuple[date | None, date | None],
    people: Mapping[int, str],
    superseded: Mapping[int, tuple[int, str]],
    progress: Callable[[int], None] | None = None,
    chunk_pages: int = CHUNK_PAGES,
) -> int:
    """Write the logbook to the PDF ``out`` and return its page count.

    Args:
        batches: called twice (count, then draw), each time returns the entries in time order, in
            lists (e.g. ``lambda: service.logbook_batches(code)``). Entries the second reading has
            beyond the first's highest number are left out; any other difference between the two
            readings raises :class:`~aptaskil_desk.errors.Conflict` and writes nothing.
        period: the local dates the entries were chosen by, as printed in the header.
        people: person id → name, for the "who" column.
        superseded: entry id → (correcting entry id, reason), for every corrected entry
            (see :func:`aptaskil_desk.reports.logbook_data.superseded_entries`).
        progress: called with the number of entries drawn so far, after each batch of the drawing
            reading (the counting reading comes first and reports nothing).
        chunk_pages: pages reportlab holds in memory at a time.
    """
    register_fonts()
    out = Path(out)
    furniture = _Furniture(equipment, tr=tr, centre_name=centre_name, generated_at=generated_at, period=period)

    def layout(entry: EntryInfo) -> Row:
        return layout_row(entry, tr=tr, people=people, superseded=superseded)

    counted = Paginator(furniture.table_top, BOTTOM)
    for _ in _placed(batches(), layout, counted):
        pass
    pages = counted.page

    def new_canvas() -> Any:
        canvas = Canvas(None, pagesize=A4, invariant=1, pageCompression=1, initialFontName=REGULAR)
        canvas.setTitle(tr("Equipment logbook {code}", code=equipment.code))
        canvas.setAuthor(centre_name)
        canvas.setCreator("aptaskil-desk")
        return canvas

    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        with partial.open("wb") as stream, PdfJoiner(stream) as joiner:
            drawn = Paginator(furniture.table_top, BOTTOM)
            chunks = ChunkedCanvas(joiner, new_canvas, chunk_pages)
            for slot, row in _placed(batches(), layout, drawn, upto=counted.highest, progress=progress):
                if slot.new_page:
                    if slot.page > 1:
                        furniture.draw_footer(chunks.canvas, slot.page - 1, pages)
                        chunks.show_page()
                    furniture.draw_header(chunks.canvas, slot.page)
                if row is None:
                    words = tr("No entries in this period.")
                    _text(chunks.canvas, MARGIN + CELL_PAD, slot.top - PAD - SIZE, words, REGULAR, SIZE, GREY)
                else:
                    draw_row(chunks.canvas, row, slot.top, shaded=slot.shaded)
            if drawn.summary() != counted.summary():
                raise Conflict("The logbook changed while it was being printed; print it again.")
            furniture.draw_footer(chunks.canvas, pages, pages)
            chunks.show_page()
            chunks.close()
            if joiner.finish() != pages:
                raise AssertionError("the joined document lost pages")  # a bug, never the user's doing
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return pages
