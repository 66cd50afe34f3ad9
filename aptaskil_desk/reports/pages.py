"""Long reports page by page, in bounded memory: where the rows break into pages, and a canvas
that hands its finished pages on every few pages.

A long report reads its rows twice: once to count the pages (so that every page can say "Page x of
y" as it is drawn), once to draw them. Both readings place their rows with one :class:`Paginator`
each, so they cannot break pages differently; each paginator keeps a fingerprint of what it placed,
so that the report can check that both readings saw the same rows.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aptaskil_desk.reports.pdf_chunks import PdfJoiner


@dataclass(frozen=True)
class Slot:
    """Where one row goes."""

    page: int
    top: float  # the row's top edge, points from the bottom of the page
    new_page: bool  # the row is the first of its page
    shaded: bool  # every other row of a page is shaded


class Paginator:
    """The rule that breaks rows into pages: a row goes under the previous one if it ends above
    ``bottom``, else at the top of a new page (alone there if it is taller than the page)."""

    def __init__(self, table_top: Callable[[int], float], bottom: float) -> None:
        """``table_top(page)``: where the first row of ``page`` starts."""
        self._table_top = table_top
        self._bottom = bottom
        self.page = 0
        self.rows = 0  # rows placed that stand for a record (see ``place``)
        self.highest = 0  # the highest record number placed
        self._y = 0.0
        self._on_page = 0
        self._fingerprint = hashlib.sha256()

    def place(self, height: float, record: int | None) -> Slot:
        """Place a row of ``height`` points; ``record`` is the number of what it shows (None for a
        line that stands for no record, such as "nothing to show")."""
        new_page = self.page == 0 or (self._y - height < self._bottom and self._on_page > 0)
        if new_page:
            self.page += 1
            self._y = self._table_top(self.page)
            self._on_page = 0
        slot = Slot(self.page, self._y, new_page, self._on_page % 2 == 1)
        self._y -= height
        self._on_page += 1
        if record is not None:
            self.rows += 1
            self.highest = max(self.highest, record)
        self._fingerprint.update(struct.pack("<qd", -1 if record is None else record, height))
        return slot

    def summary(self) -> tuple[int, int, str]:
        """Pages, rows and a fingerprint of every row's number and height, in order: equal summaries
        mean the same rows on the same pages."""
        return self.page, self.rows, self._fingerprint.hexdigest()


class ChunkedCanvas:
    """A reportlab canvas replaced by a fresh one every ``size`` pages, the finished one handed to a
    :class:`PdfJoiner` (reportlab keeps all of a document's pages until the document is saved)."""

    def __init__(self, joiner: PdfJoiner, new_canvas: Callable[[], Any], size: int) -> None:
        if size < 1:
            raise ValueError("a chunk holds at least one page")
        self._joiner = joiner
        self._new_canvas = new_canvas
        self._size = size
        self._canvas: Any | None = None
        self._shown = 0  # pages ended on the current canvas

    @property
    def canvas(self) -> Any:
        """The canvas to draw the current page on."""
        if self._canvas is None:
            self._canvas = self._new_canvas()
        return self._canvas

    def show_page(self) -> None:
        """End the current page; after every ``size`` pages the chunk goes to the joiner."""
        self.canvas.showPage()
        self._shown += 1
        if self._shown == self._size:
            self.close()

    def close(self) -> None:
        """Hand the pages ended so far to the joiner (call after the last ``show_page``)."""
        if self._canvas is not None and self._shown:
            self._joiner.append(self._canvas.getpdfdata())
        self._canvas = None
        self._shown = 0
