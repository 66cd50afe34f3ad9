"""The wire monitor: every byte sent to and received from an instrument, in hex and in text.

For bringing up a new instrument: what the computer sent (→), what came back (←), what went wrong
on the line (⚠) and what happened to the port (opened, lost, reconnected), each with its time in
Brussels. The rows are a bounded ring (the oldest fall off), so an instrument streaming for a
day never fills the memory. Pausing freezes the view; what arrives meanwhile is held (bounded
too) and shown on resuming.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.clock import local
from aptaskil_desk.instruments.wire import Direction, WireRecord, hex_view, text_view
from aptaskil_desk.ui.widgets.labels import styled_label

COL_TIME = 0
COL_DIRECTION = 1
COL_HEX = 2
COL_TEXT = 3
COLUMN_COUNT = 4

#: The row's ``WireRecord`` (any column).
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
#: Rows kept by default: a few minutes of a balance polled ten times a second.
CAPACITY = 2000
#: Longest wait before new records show (ms): the table is updated at most ten times a second.
UPDATE_MS = 100
#: Width of the hex column beside the text column (px): a 17-byte MT-SICS weight line in full.
HEX_WIDTH = 470

_FAULT = QColor("#ff8787")
_EVENT = QColor("#74c0fc")

Index = QModelIndex | QPersistentModelIndex


def time_text(record: WireRecord) -> str:
    """``09:15:02.347`` in Brussels time."""
    return f"{local(record.at):%H:%M:%S.%f}"[:-3]


class WireTableModel(QAbstractTableModel):
    """Read-only rows of ``WireRecord``, oldest first, at most ``capacity`` of them.

    :meth:`append` adds rows at the end and removes the oldest ones beyond the capacity (with
    the proper row signals, so a view keeps its place); while paused, records are held instead.

    Signals: only Qt's own model signals.
    """

    def __init__(self, parent: QObject | None = None, capacity: int = CAPACITY) -> None:
        super().__init__(parent)
        if capacity < 1:
            raise ValueError("a wire monitor holds at least one record")
        self.capacity = capacity
        self._rows: list[WireRecord] = []
        self._held: deque[WireRecord] = deque(maxlen=capacity)
        self._paused = False
        self._mono = QFont("monospace")
        self._mono.setStyleHint(QFont.StyleHint.Monospace)
        self._mono.setPixelSize(14)  # a 17-byte line fits in hex and in text side by side at 1280 px

    # --- feeding ------------------------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def held(self) -> int:
        """Records received while paused, waiting to be shown."""
        return len(self._held)

    def append(self, records: Sequence[WireRecord]) -> None:
        """Add records at the end (or hold them while paused)."""
        if self._paused:
            self._held.extend(records)
            return
        self._insert(records)

    def set_paused(self, paused: bool) -> None:
        """Freeze the rows; on resuming, the records held meanwhile are added."""
        self._paused = paused
        if not paused and self._held:
            held = list(self._held)
            self._held.clear()
            self._insert(held)

    def clear(self) -> None:
        """Forget every row and every held record."""
        self.beginResetModel()
        self._rows.clear()
        self._held.clear()
        self.endResetModel()

    def record(self, row: int) -> WireRecord:
        return self._rows[row]

    def records(self) -> list[WireRecord]:
        """The rows shown, oldest first."""
        return list(self._rows)

    def _insert(self, records: Sequence[WireRecord]) -> None:
        incoming = list(records)[-self.capacity :]
        if not incoming:
            return
        overflow = len(self._rows) + len(incoming) - self.capacity
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self._rows[:overflow]
            self.endRemoveRows()
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(incoming) - 1)
        self._rows.extend(incoming)
        self.endInsertRows()

    # --- Qt's model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            COL_TIME: self.tr("Time"),
            COL_DIRECTION: self.tr("Direction"),
            COL_HEX: self.tr("Hex"),
            COL_TEXT: self.tr("Text"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(record, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.direction is Direction.FAULT:
                return _FAULT
            if record.direction is Direction.EVENT:
                return _EVENT
        if role == Qt.ItemDataRole.FontRole and column in (COL_HEX, COL_TEXT):
            return self._mono
        return None

    def direction_words(self, direction: Direction) -> str:
        """An arrow or symbol and a word: the direction reads without colour."""
        words = {
            Direction.TX: self.tr("→ sent"),
            Direction.RX: self.tr("← received"),
            Direction.FAULT: self.tr("⚠ fault"),
            Direction.EVENT: self.tr("• event"),
        }
        return words[direction]

    def _text(self, record: WireRecord, column: int) -> str | None:
        if column == COL_TIME:
            return time_text(record)
        if column == COL_DIRECTION:
            return self.direction_words(record.direction)
        if column == COL_HEX:
            return hex_view(record.data)
        if column == COL_TEXT:
            shown = text_view(record.data)
            if record.note:  # faults and events: what happened, then the bytes concerned if any
                return f"{record.note}: {shown}" if shown else record.note
            return shown
        return None


class WireMonitor(QWidget):
    """The wire table with Pause, Clear, hex/text columns and autoscroll.

    Feed it with :meth:`add_records` (the instrument link's ``wire_recorded`` batches); the table
    follows at most ten times a second.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None, capacity: int = CAPACITY) -> None:
        super().__init__(parent)
        self.setObjectName("wireMonitor")
        self.model = WireTableModel(self, capacity)
        # Batches arrive up to 20 times a second: the table takes them at most 10 times a second.
        self._pending: deque[WireRecord] = deque(maxlen=capacity)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UPDATE_MS)
        self._timer.timeout.connect(self.flush)

        self.heading = styled_label("consoleHeading", self.tr("Wire monitor"), self, wrap=False)
        self.held_label = styled_label("secondary", "", self, wrap=False)
        self.pause_button = self._toggle(self.tr("Pause"), self.tr("Freeze the wire monitor to read it"), False)
        self.pause_button.toggled.connect(self.set_paused)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the wire monitor"))
        self.clear_button.clicked.connect(self.clear)
        self.hex_button = self._toggle(self.tr("Hex"), self.tr("Show the bytes in hexadecimal"), True)
        self.text_button = self._toggle(self.tr("Text"), self.tr("Show the bytes as text"), True)
        self.hex_button.toggled.connect(lambda on: self._show_column(COL_HEX, on, self.text_button))
        self.text_button.toggled.connect(lambda on: self._show_column(COL_TEXT, on, self.hex_button))
        self.follow_button = self._toggle(self.tr("Follow"), self.tr("Scroll to the newest bytes"), True)
        self.follow_button.toggled.connect(self._follow_changed)

        self.table = QTableView(self)
        self.table.setObjectName("wireTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.resizeSection(COL_TIME, 112)
        header.resizeSection(COL_DIRECTION, 112)
        header.resizeSection(COL_HEX, HEX_WIDTH)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.heading)
        bar.addWidget(self.held_label, 1)
        for button in (self.pause_button, self.clear_button, self.hex_button, self.text_button, self.follow_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _toggle(self, text: str, name: str, checked: bool) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setChecked(checked)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setProperty("kind", "toggle")
        return button

    @property
    def following(self) -> bool:
        return self.follow_button.isChecked()

    def add_records(self, records: Sequence[WireRecord]) -> None:
        """Take new wire records; the table shows them within 100 ms (held while paused)."""
        self._pending.extend(records)
        if self._pending and not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Put the records taken since the last update in the table now; scroll to them when following."""
        self._timer.stop()
        if not self._pending:
            return
        records = list(self._pending)
        self._pending.clear()
        self.model.append(records)
        if self.model.paused:
            self.held_label.setText(self.tr("Paused: {count} new records held").format(count=self.model.held))
        elif self.following:
            self.table.scrollToBottom()

    def set_paused(self, paused: bool) -> None:
        """Freeze or resume the view (the Pause button does this)."""
        if self.pause_button.isChecked() != paused:
            self.pause_button.setChecked(paused)  # comes back here through toggled
            return
        self.flush()
        self.model.set_paused(paused)
        self.held_label.setText(self.tr("Paused") if paused else "")
        if not paused and self.following:
            self.table.scrollToBottom()

    def clear(self) -> None:
        self._timer.stop()
        self._pending.clear()
        self.model.clear()
        self.held_label.setText(self.tr("Paused") if self.model.paused else "")

    def _show_column(self, column: int, shown: bool, other: QPushButton) -> None:
        if not shown and not other.isChecked():
            other.setChecked(True)  # one of hex and text always stays: a monitor without bytes says nothing
        self.table.setColumnHidden(column, not shown)
        # Hex takes three characters a byte: it gets the room when it is alone, a fixed share beside text.
        header = self.table.horizontalHeader()
        alone = not self.text_button.isChecked()
        mode = QHeaderView.ResizeMode.Stretch if alone else QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(COL_HEX, mode)
        if not alone:
            header.resizeSection(COL_HEX, HEX_WIDTH)

    def _follow_changed(self, on: bool) -> None:
        if on and not self.model.paused:
            self.table.scrollToBottom()
