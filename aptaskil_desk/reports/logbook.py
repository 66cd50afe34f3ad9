"""An equipment's logbook as an A4 PDF, for inspectors and binders.

Every entry of the period is one row: Brussels date and time, kind and details in words, the
person it concerns, who recorded it. An entry that was corrected stays on paper, struck through,
with the correcting entry's number and reason under it; the correction itself appears at its own
time and says what it corrects. Entries made under an override of an unfit equipment are marked.

Memory stays bounded however long the logbook: entries are consumed batch by batch from a one-shot
iterator and drawn straight onto the canvas, row by row, page by page; nothing holds all rows.
"Page x of y" uses reportlab's deferred forms: each page shows a form ``page-x`` that is defined
only once the last page is known. The file appears only once complete.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from aptaskil_desk.badges.fonts import BOLD, REGULAR, printable, register_fonts, text_width
from aptaskil_desk.clock import local
from aptaskil_desk.i18n import N_, Translator
from aptaskil_desk.services.equipment import EntryInfo, EquipmentInfo

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN = 14 * mm
TABLE_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_Y = 9 * mm
BOTTOM = 16 * mm  # rows stop above this line; the footer sits below it

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
    "certificate": N_("Certificate"),
    "performed_on": N_("Performed on"),
    "new_due": N_("New due date"),
    "anomaly": N_("Anomaly"),
    "work": N_("Work done"),
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


def _wrap(text: str, font: str, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(simpleSplit(paragraph, font, SIZE, width) or [""])
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], lines[MAX_LINES - 1] + " …"]
    return lines


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


class _Document:
    """The canvas and where the next row goes; knows how to start and finish a page."""

    def __init__(self, canvas: Any, header: Callable[[Any, int], float], footer: Callable[[Any, int], None]) -> None:
        self.canvas = canvas
        self._header = header
        self._footer = footer
        self.page = 0
        self.y = 0.0
        self.rows_on_page = 0
        self._open = False

    def _start(self) -> None:
        self.page += 1
        self.y = self._header(self.canvas, self.page)
        self.rows_on_page = 0
        self._open = True

    def _finish(self) -> None:
        self._footer(self.canvas, self.page)
        self.canvas.showPage()
        self._open = False

    def room_for(self, height: float) -> None:
        """Make sure a row of ``height`` fits under ``y``, starting a new page if not."""
        if not self._open:
            self._start()
        elif self.y - height < BOTTOM and self.rows_on_page:
            self._finish()
            self._start()

    def close(self) -> int:
        if not self._open:
            self._start()
        self._finish()
        return self.page


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


def render_logbook(
    equipment: EquipmentInfo,
    batches: Iterable[list[EntryInfo]],
    out: Path,
    *,
    tr: Translator,
    centre_name: str,
    generated_at: datetime,
    period: tuple[date | None, date | None],
    people: Mapping[int, str],
    superseded: Mapping[int, tuple[int, str]],
    serial_number: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the logbook to the PDF ``out`` and return its page count.

    Args:
        batches: the entries in time order, in lists, read once (e.g. ``logbook_batches``).
        period: the local dates the entries were chosen by, as printed in the header.
        people: person id → name, for the "who" column.
        superseded: entry id → (correcting entry id, reason), for every corrected entry
            (see :func:`aptaskil_desk.reports.logbook_data.superseded_entries`).
        progress: called with the number of entries drawn so far, after each batch.
    """
    register_fonts()
    out = Path(out)
    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    canvas = Canvas(str(partial), pagesize=A4, invariant=1, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(tr("Equipment logbook {code}", code=equipment.code))
    canvas.setAuthor(centre_name)
    canvas.setCreator("aptaskil-desk")
    centre = printable(centre_name.strip())
    generated = tr("Generated on {when}", when=instant_words(generated_at))
    facts = [
        (tr("Type"), printable(equipment.equipment_type)),
        (tr("Room"), equipment.room or "—"),
        (tr("Serial number"), printable(serial_number or equipment.serial_number or "") or "—"),
        (tr("Status"), status_words(equipment.status, tr)),
        (tr("Calibration due"), equipment.calibration_due.isoformat() if equipment.calibration_due else "—"),
        (tr("Period"), period_words(period, tr)),
    ]
    headings = {
        "id": tr("No."),
        "at": tr("Date and time"),
        "kind": tr("Kind"),
        "who": tr("Person"),
        "details": tr("Details"),
        "recorded_by": tr("Recorded by"),
    }

    def header(c: Any, page: int) -> float:
        top: float = PAGE_HEIGHT - MARGIN
        if page == 1:
            _text(c, MARGIN, top - 9, centre, BOLD, 9, TEAL)
            _text(c, MARGIN, top - 28, tr("Equipment logbook"), BOLD, 16, INK)
            title = printable(f"{equipment.code} — {equipment.name}")
            _text(c, MARGIN, top - 45, title, BOLD, 12, INK)
            y = top - 62
            label_width = max(text_width(label, BOLD, 8) for label, _ in facts) + 6
            for n, (label, value) in enumerate(facts):
                column, line = divmod(n, 3)
                x = MARGIN + column * TABLE_WIDTH / 2
                _text(c, x, y - line * 11, label, BOLD, 8, GREY)
                _text(c, x + label_width, y - line * 11, value, REGULAR, 8, INK)
            legend = tr("Times are Brussels time. A corrected entry is struck through and stays on record; "
                        "the correction follows at its own time with its reason.")  # fmt: skip
            y -= 3 * 11 + 2
            for text in simpleSplit(legend, REGULAR, 7, TABLE_WIDTH):
                _text(c, MARGIN, y, text, REGULAR, 7, GREY)
                y -= 9
            top = y - 2
        else:
            _text(c, MARGIN, top - 8, centre, BOLD, 8, TEAL)
            running = printable(f"{tr('Equipment logbook')} — {equipment.code} — {equipment.name}")
            c.setFillColorRGB(*GREY)
            c.setFont(REGULAR, 8)
            c.drawRightString(MARGIN + TABLE_WIDTH, top - 8, running)
            top -= 16
        c.setFillColorRGB(*HEAD_FILL)
        c.rect(MARGIN, top - 14, TABLE_WIDTH, 14, stroke=0, fill=1)
        x = MARGIN
        for key, _ in COLUMNS:
            room = WIDTHS[key] - 2 * CELL_PAD  # a long translated heading is set smaller, never cut
            size = min(SIZE, room / max(text_width(headings[key], BOLD, 1.0), 1e-6))
            _text(c, x + CELL_PAD, top - 10, headings[key], BOLD, size, INK)
            x += WIDTHS[key]
        return top - 14

    def footer(c: Any, page: int) -> None:
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, BOTTOM - 3, MARGIN + TABLE_WIDTH, BOTTOM - 3)
        _text(c, MARGIN, FOOTER_Y, generated, REGULAR, 7, GREY)
        c.saveState()
        c.translate(MARGIN + TABLE_WIDTH, FOOTER_Y)
        c.doForm(f"page-{page}")  # defined at the end, once the page count is known
        c.restoreState()

    doc = _Document(canvas, header, footer)
    done = 0
    try:
        for batch in batches:
            for entry in batch:
                row = layout_row(entry, tr=tr, people=people, superseded=superseded)
                doc.room_for(row.height)
                draw_row(canvas, row, doc.y, shaded=doc.rows_on_page % 2 == 1)
                doc.y -= row.height
                doc.rows_on_page += 1
            done += len(batch)
            if progress is not None:
                progress(done)
        if done == 0:
            doc.room_for(LEADING)
            _text(canvas, MARGIN + CELL_PAD, doc.y - PAD - SIZE, tr("No entries in this period."), REGULAR, SIZE, GREY)
        pages = doc.close()
        for page in range(1, pages + 1):
            canvas.beginForm(f"page-{page}", lowerx=-TABLE_WIDTH, lowery=-4, upperx=2, uppery=12)
            canvas.setFillColorRGB(*GREY)
            canvas.setFont(REGULAR, 7)
            canvas.drawRightString(0, 0, tr("Page {page} of {pages}", page=page, pages=pages))
            canvas.endForm()
        canvas.save()
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return pages
