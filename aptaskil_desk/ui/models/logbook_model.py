"""One equipment's logbook as a paged table: pages arrive through a loader, off the GUI thread.

The model never holds the whole logbook: it asks its loader for the first page when given a
query, then one more page each time a view scrolls to the end (``canFetchMore``/``fetchMore``).
Sorting and filtering are new queries to the database, never a sort of what is loaded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from aptaskil_desk.services.equipment import EquipmentService
from aptaskil_desk.services.equipment_rows import EntryInfo
from aptaskil_desk.ui.models.equipment_words import EquipmentWords, moment_text
from aptaskil_desk.ui.workers import JobRunner

COL_ENTRY = 0
COL_WHEN = 1
COL_KIND = 2
COL_DETAILS = 3
COL_BY = 4
COL_NOTE = 5
COLUMN_COUNT = 6

PAGE_SIZE = 200

#: The row's ``EntryInfo`` (any column).
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
#: True when a later correction supersedes the entry (any column).
SUPERSEDED_ROLE = Qt.ItemDataRole.UserRole + 2
#: The ``EntryInfo`` of the correction that supersedes the entry, or ``None``.
CORRECTION_ROLE = Qt.ItemDataRole.UserRole + 3

_GREY = QColor("#9aa5b1")

Index = QModelIndex | QPersistentModelIndex
Page = tuple[int, list[EntryInfo]]


@dataclass(frozen=True)
class LogbookQuery:
    """What the logbook view shows: one equipment, optionally some kinds and a time range."""

    code: str
    kinds: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    newest_first: bool = True


class PageLoader(Protocol):
    """Fetches one page and calls back ``done((total, entries))`` or ``failed(error)`` on the GUI thread."""

    def __call__(
        self, query: LogbookQuery, offset: int, limit: int,
        done: Callable[[Page], None], failed: Callable[[BaseException], None],
    ) -> None: ...  # fmt: skip


def jobs_loader(equipment: EquipmentService, jobs: JobRunner, owner: QObject) -> PageLoader:
    """A loader running ``logbook_page`` through the background-job helper."""

    def load(
        query: LogbookQuery, offset: int, limit: int,
        done: Callable[[Page], None], failed: Callable[[BaseException], None],
    ) -> None:  # fmt: skip
        def work() -> Page:
            return equipment.logbook_page(
                query.code, offset=offset, limit=limit, kinds=query.kinds,
                since=query.since, until=query.until, newest_first=query.newest_first,
            )  # fmt: skip

        jobs.job(work, owner=owner).success(done).failure(failed).start()

    return load


class LogbookTableModel(QAbstractTableModel):
    """The loaded part of a logbook; superseded entries struck through, corrections with their reason.

    Signals:
        page_loaded(int, int): emitted after a page was added, with its offset and the rows added.
        load_failed(object): emitted when a page could not be read, with the exception.
    """

    page_loaded = Signal(int, int)
    load_failed = Signal(object)

    def __init__(self, loader: PageLoader, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._page_size = page_size
        self._words = EquipmentWords(self)
        self._query: LogbookQuery | None = None
        # Each query gets a number; a page that arrives for an older query is dropped.
        self._generation = 0
        self._clear()

    def _clear(self) -> None:
        self._rows: list[EntryInfo] = []
        self._row_of: dict[int, int] = {}
        self._correction_of: dict[int, EntryInfo] = {}  # superseded entry id → its correction
        self._total: int | None = None
        self._consumed = 0  # offset of the next page in the query's order
        self._loading = False

    @property
    def query(self) -> LogbookQuery | None:
        return self._query

    @property
    def total(self) -> int | None:
        """Entries matching the query, once the first page is in; ``None`` before."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, query: LogbookQuery | None) -> None:
        """Show another logbook, filter or order (``None``: show nothing); loads its first page."""
        self.beginResetModel()
        self._generation += 1
        self._query = query
        self._clear()
        self.endResetModel()
        if query is not None:
            self._request()

    def refresh(self) -> None:
        """Read the current query again from its first page (after a new entry)."""
        self.set_query(self._query)

    def entry(self, row: int) -> EntryInfo:
        return self._rows[row]

    def row_of(self, entry_id: int) -> int:
        return self._row_of.get(entry_id, -1)

    def correction_of(self, entry_id: int) -> EntryInfo | None:
        return self._correction_of.get(entry_id)

    # --- paging ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() or self._query is None or self._loading or self._total is None:
            return False
        return self._consumed < self._total

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        assert self._query is not None
        self._loading = True
        generation, offset = self._generation, self._consumed
        self._loader(
            self._query, offset, self._page_size,
            lambda page: self._arrived(generation, offset, page), lambda error: self._failed(generation, error),
        )  # fmt: skip

    def _arrived(self, generation: int, offset: int, page: Page) -> None:
        if generation != self._generation:
            return
        total, entries = page
        self._loading = False
        self._total = total
        self._consumed = offset + len(entries) if entries else total
        # An entry written between two pages shifts the offsets: never show a row twice.
        new = [e for e in entries if e.id not in self._row_of]
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for entry in new:
                self._row_of[entry.id] = len(self._rows)
                self._rows.append(entry)
            self.endInsertRows()
            for entry in new:
                if entry.supersedes_id is not None:
                    self._correction_of[entry.supersedes_id] = entry
                    self._row_changed(self._row_of.get(entry.supersedes_id, -1))
        self.page_loaded.emit(offset, len(new))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.load_failed.emit(error)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only by time: a new query, newest first when descending."""
        newest = order == Qt.SortOrder.DescendingOrder
        if column == COL_WHEN and self._query is not None and self._query.newest_first != newest:
            self.set_query(dataclasses.replace(self._query, newest_first=newest))

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            COL_ENTRY: self.tr("No."),
            COL_WHEN: self.tr("When"),
            COL_KIND: self.tr("Entry"),
            COL_DETAILS: self.tr("Details"),
            COL_BY: self.tr("Recorded by"),
            COL_NOTE: self.tr("Correction or reason"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        correction = self._correction_of.get(entry.id)
        if role == ENTRY_ROLE:
            return entry
        if role == SUPERSEDED_ROLE:
            return correction is not None
        if role == CORRECTION_ROLE:
            return correction
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, correction, index.column())
        if role == Qt.ItemDataRole.FontRole and correction is not None:
            font = QFont()  # only strike-out is set: the view's own family and size stay
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and correction is not None:
            return _GREY
        return None

    def _text(self, entry: EntryInfo, correction: EntryInfo | None, column: int) -> str | None:
        if column == COL_ENTRY:
            return str(entry.id)
        if column == COL_WHEN:
            return moment_text(entry.at)
        if column == COL_KIND:
            return self._words.kind(entry.kind)
        if column == COL_DETAILS:
            return self._words.entry_details(entry)
        if column == COL_BY:
            return entry.recorded_by
        if column == COL_NOTE:
            notes = []
            if correction is not None:
                notes.append(self.tr("Superseded by entry {id}").format(id=correction.id))
            if entry.supersedes_id is not None:
                notes.append(
                    self.tr("Corrects entry {id}: {reason}").format(id=entry.supersedes_id, reason=entry.reason or "")
                )
            elif entry.reason:
                notes.append(self.tr("Reason: {reason}").format(reason=entry.reason))
            return " · ".join(notes)
        return None
