"""Rows of text flowed onto A4 pages, for records printed whole (a checklist execution).

A printed record is a list of :class:`Row` objects, each a stack of :class:`Line` objects whose
:class:`Piece` objects sit at fixed distances from the left margin (so a row can hold the cells of a
table, a banner or a title). :func:`paginate` places them top to bottom:

- a row goes under the previous one if it ends above the bottom line, else at the top of the next
  page; a row taller than a whole page is split between two lines of text, never cut, so that no
  value of the record is ever left off the paper;
- a row marked ``keep_with_next`` (a section title and its column headings) goes to the next page
  rather than end a page alone;
- a page that starts inside a table repeats that table's column headings first.

Text is wrapped to its cell's width at spaces (a run of spaces is kept as it is: an instrument's raw
reply prints exactly); a word wider than its cell (a UUID, a hash, a step id) is broken between
characters rather than left to run over the next cell.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from aptaskil_desk.badges.fonts import REGULAR, printable, text_width

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN: float = 14 * mm
WIDTH: float = PAGE_WIDTH - 2 * MARGIN
BOTTOM: float = 16 * mm  # rows stop above this line; the footer sits below it
FOOTER_Y: float = 9 * mm
SIZE = 7.5  # body text, points
LEADING = 9.5
PAD = 2.5  # above and below the text of a row
CELL_PAD = 2.0  # left and right inside a cell
#: A row split between pages keeps at least this many lines on each side.
MIN_LINES = 2

Colour = tuple[float, float, float]
INK: Colour = (0.1, 0.1, 0.1)
GREY: Colour = (0.4, 0.4, 0.4)
RULE: Colour = (0.8, 0.8, 0.8)
HEAD_FILL: Colour = (0.87, 0.91, 0.92)
TEAL: Colour = (0.04, 0.36, 0.42)
BRICK: Colour = (0.6, 0.16, 0.05)
GREEN: Colour = (0.1, 0.42, 0.2)
WHITE: Colour = (1.0, 1.0, 1.0)


@dataclass(frozen=True)
class Piece:
    """A run of text at ``x`` points from the left margin."""

    x: float
    text: str
    font: str = REGULAR
    size: float = SIZE
    colour: Colour = INK


@dataclass(frozen=True)
class Line:
    """One line of a row: its pieces side by side, ``height`` points tall, on an optional band of colour."""

    pieces: tuple[Piece, ...]
    height: float = LEADING
    fill: Colour | None = None


@dataclass(frozen=True)
class Row:
    """Lines drawn together, with what surrounds them."""

    lines: tuple[Line, ...]
    fill: Colour | None = None  # behind the whole row
    frame: Colour | None = None  # a border round the row (banners)
    rule: bool = False  # a thin line under the row
    table: str | None = None  # the table it belongs to: a page it starts repeats that table's headings
    keep_with_next: bool = False
    pad: float = PAD

    @property
    def height(self) -> float:
        return sum(line.height for line in self.lines) + 2 * self.pad

    @property
    def least(self) -> float:
        """The height of the smallest part of this row a page may end or start with."""
        return sum(line.height for line in self.lines[:MIN_LINES]) + 2 * self.pad

    def split(self, room: float) -> tuple[Row, Row] | None:
        """The lines that fit in ``room`` points and the rest, each a row; None if fewer than
        :data:`MIN_LINES` would be on either side."""
        used, count = 2 * self.pad, 0
        for line in self.lines:
            if used + line.height > room:
                break
            used += line.height
            count += 1
        count = min(count, len(self.lines) - MIN_LINES)
        if count < MIN_LINES:
            return None
        return (replace(self, lines=self.lines[:count], keep_with_next=False), replace(self, lines=self.lines[count:]))


@dataclass(frozen=True)
class Placed:
    """A row on a page, its top edge ``top`` points from the bottom of the page."""

    row: Row
    top: float


# --- text ----------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """``text`` broken into lines no wider than ``width``; its own line breaks are kept."""
    lines: list[str] = []
    for paragraph in printable(text).split("\n"):
        for line in _fill(paragraph, font, size, width):
            lines.extend(_break_long(line, font, size, width))
    return tuple(lines)


def _fill(paragraph: str, font: str, size: float, width: float) -> list[str]:
    """Words (split at single spaces, so that a run of spaces stays as it is) put on lines greedily."""
    lines: list[str] = []
    current: str | None = None
    for word in paragraph.split(" "):
        candidate = word if current is None else f"{current} {word}"
        if current is not None and current.strip() and text_width(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current or "")
    return lines


def _break_long(line: str, font: str, size: float, width: float) -> list[str]:
    """A line still wider than ``width`` (one long word) cut between characters."""
    if text_width(line, font, size) <= width:
        return [line]
    pieces: list[str] = []
    current = ""
    for char in line:
        if current and text_width(current + char, font, size) > width:
            pieces.append(current)
            current = char.lstrip()
        else:
            current += char
    return [*pieces, current] if current else pieces


Text = tuple[str, str, Colour]  # text, font, colour


def cells(
    columns: Sequence[tuple[float, float]],
    contents: Sequence[Iterable[Text]],
    *,
    size: float = SIZE,
    leading: float = LEADING,
    fill: Colour | None = None,
) -> list[Line]:
    """The lines of a table row: ``contents[n]`` (paragraphs) wrapped in column ``columns[n]``
    (x from the margin, width), the columns side by side."""
    wrapped: list[list[Piece]] = []
    for (x, width), paragraphs in zip(columns, contents, strict=True):
        column: list[Piece] = []
        for text, font, colour in paragraphs:
            column += [Piece(x + CELL_PAD, t, font, size, colour) for t in wrap(text, font, size, width - 2 * CELL_PAD)]
        wrapped.append(column)
    depth = max((len(c) for c in wrapped), default=0)
    return [
        Line(tuple(c[n] for c in wrapped if n < len(c)), max(leading, size + 2), fill) for n in range(max(depth, 1))
    ]


def paragraph(
    text: str, *, x: float = 0.0, width: float = WIDTH, font: str = REGULAR, size: float = SIZE,
    colour: Colour = INK, leading: float | None = None,
) -> list[Line]:  # fmt: skip
    """``text`` wrapped to ``width`` from ``x``, one line per printed line."""
    height = leading if leading is not None else max(LEADING, size * 1.27)
    return [
        Line((Piece(x + CELL_PAD, t, font, size, colour),), height)
        for t in wrap(text, font, size, width - 2 * CELL_PAD)
    ]


# --- pages ---------------------------------------------------------------------------------------


def paginate(
    rows: Iterable[Row], headings: Mapping[str, Row], top: Callable[[int], float], bottom: float = BOTTOM
) -> list[list[Placed]]:
    """Place ``rows`` on pages (the rules in the module's docstring).

    Args:
        headings: table name → the row of its column headings, repeated on a page that starts inside it.
        top: ``top(page)`` is where the first row of that page (numbered from 1) starts.
    """
    pages: list[list[Placed]] = []
    y = 0.0
    fresh = True  # nothing on the page yet but repeated headings

    def start_page(table: str | None) -> None:
        nonlocal y, fresh
        pages.append([])
        y = top(len(pages))
        if table is not None and table in headings:
            heading = headings[table]
            pages[-1].append(Placed(heading, y))
            y -= heading.height
        fresh = True

    def place(row: Row) -> None:
        nonlocal y, fresh
        pages[-1].append(Placed(row, y))
        y -= row.height
        fresh = False

    queue = deque(rows)
    start_page(None)
    while queue:
        row = queue.popleft()
        room = y - bottom
        need = row.height + (_first_part(queue[0], top, len(pages) + 1, bottom, headings)
                             if row.keep_with_next and queue else 0.0)  # fmt: skip
        if need <= room or (fresh and row.height <= room):
            place(row)
            continue
        parts = row.split(room) if row.height > _page_room(top, len(pages) + 1, bottom, headings, row) else None
        if parts is None and not fresh:  # fits on the next page, or too little of it fits here
            start_page(row.table)
            queue.appendleft(row)
            continue
        if parts is None:  # on a fresh page and still no useful split: draw it as it is
            place(row)
            continue
        place(parts[0])
        start_page(row.table)
        queue.appendleft(parts[1])
    return pages


def _first_part(row: Row, top: Callable[[int], float], page: int, bottom: float, headings: Mapping[str, Row]) -> float:
    """The least of ``row`` that must follow a row kept with it: all of it, unless it is taller than a page
    (and will be split anyway)."""
    return row.height if row.height <= _page_room(top, page, bottom, headings, row) else row.least


def _page_room(top: Callable[[int], float], page: int, bottom: float, headings: Mapping[str, Row], row: Row) -> float:
    """The room a fresh ``page`` offers ``row`` (under its table's repeated headings)."""
    heading = headings.get(row.table) if row.table is not None else None
    return top(page) - bottom - (heading.height if heading is not None else 0.0)


# --- drawing -------------------------------------------------------------------------------------


def draw_text(canvas: Any, x: float, y: float, text: str, font: str, size: float, colour: Colour) -> None:
    canvas.setFillColorRGB(*colour)
    canvas.setFont(font, size)
    canvas.drawString(x, y, text)


def draw_row(canvas: Any, row: Row, top: float) -> None:
    """Draw ``row`` with its top edge at ``top``."""
    height = row.height
    if row.fill is not None:
        canvas.setFillColorRGB(*row.fill)
        canvas.rect(MARGIN, top - height, WIDTH, height, stroke=0, fill=1)
    y = top - row.pad
    for line in row.lines:
        if line.fill is not None:
            canvas.setFillColorRGB(*line.fill)
            canvas.rect(MARGIN, y - line.height, WIDTH, line.height, stroke=0, fill=1)
        size = max((p.size for p in line.pieces), default=SIZE)
        baseline = y - size - (line.height - size * 1.27) / 2 if line.height > size * 1.27 else y - size
        for piece in line.pieces:
            draw_text(canvas, MARGIN + piece.x, baseline, piece.text, piece.font, piece.size, piece.colour)
        y -= line.height
    if row.frame is not None:
        canvas.setStrokeColorRGB(*row.frame)
        canvas.setLineWidth(1.5)
        canvas.rect(MARGIN + 0.75, top - height + 0.75, WIDTH - 1.5, height - 1.5, stroke=1, fill=0)
    if row.rule:
        canvas.setStrokeColorRGB(*RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, top - height, MARGIN + WIDTH, top - height)
