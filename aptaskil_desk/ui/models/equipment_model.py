"""The equipment register as a table: code, name, room, status (words and colour), fitness in words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from aptaskil_desk.services.equipment_rows import EquipmentInfo
from aptaskil_desk.ui.models.equipment_words import EquipmentWords, status_colour

COL_CODE = 0
COL_NAME = 1
COL_ROOM = 2
COL_STATUS = 3
COL_FITNESS = 4
COLUMN_COUNT = 5

#: The row's ``EquipmentInfo`` (any column).
EQUIPMENT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The status colour as a ``QColor`` (status column); the words are in ``DisplayRole``.
STATUS_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2
#: True when the equipment is unfit (any column).
UNFIT_ROLE = Qt.ItemDataRole.UserRole + 3

_BLACK = QColor("#000000")

Index = QModelIndex | QPersistentModelIndex


class EquipmentTableModel(QAbstractTableModel):
    """Read-only rows of ``EquipmentInfo``; replaced as a whole by :meth:`set_rows`.

    Signals: only Qt's own model signals.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EquipmentInfo] = []
        self._words = EquipmentWords(self)

    def set_rows(self, rows: Sequence[EquipmentInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def equipment(self, row: int) -> EquipmentInfo:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        """The row showing ``code``, or -1."""
        return next((i for i, info in enumerate(self._rows) if info.code == code), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            COL_CODE: self.tr("Code"),
            COL_NAME: self.tr("Equipment"),
            COL_ROOM: self.tr("Room"),
            COL_STATUS: self.tr("Status"),
            COL_FITNESS: self.tr("Fitness"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == EQUIPMENT_ROLE:
            return info
        if role == UNFIT_ROLE:
            return bool(info.unfit)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(info, column)
        if column == COL_STATUS:
            if role in (STATUS_COLOUR_ROLE, Qt.ItemDataRole.BackgroundRole):
                return status_colour(info.status)
            if role == Qt.ItemDataRole.ForegroundRole:
                return _BLACK
        return None

    def _text(self, info: EquipmentInfo, column: int) -> str | None:
        if column == COL_CODE:
            return info.code
        if column == COL_NAME:
            return info.name
        if column == COL_ROOM:
            return info.room or "—"
        if column == COL_STATUS:
            return self._words.status(info.status)
        if column == COL_FITNESS:
            return self._words.fitness(info.unfit, info.warnings)
        return None
