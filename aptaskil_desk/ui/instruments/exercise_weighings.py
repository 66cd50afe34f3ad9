"""The parts of the balance check screen: the weighings as a table (number, value, status, and why
one was left out) and the USP <41> figures with their verdicts as the domain computed them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from aptaskil_desk.domain import exercises as rules
from aptaskil_desk.domain.exercises import Verdict
from aptaskil_desk.instruments.reading import ReadingStatus
from aptaskil_desk.ui.instruments.exercise_common import ExerciseWords, set_tone, tone_of
from aptaskil_desk.ui.widgets.labels import styled_label

COL_NUMBER, COL_VALUE, COL_STATUS, COL_NOTE = range(4)
_LEFT_OUT_BACKGROUND = QColor("#3a4450")
_LEFT_OUT_TEXT = QColor("#c8ced4")

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Capture:
    """One weighing taken from the balance (``left_out``: removed by the operator before recording)."""

    number: int
    value: Decimal
    unit: str
    status: ReadingStatus
    asset_code: str
    left_out: bool = False


class WeighingTableModel(QAbstractTableModel):
    """The captures in the order taken. Signals: Qt's own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Capture] = []

    def set_rows(self, rows: list[Capture]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def capture(self, row: int) -> Capture:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        heads = {COL_NUMBER: self.tr("No."), COL_VALUE: self.tr("Weighing"), COL_STATUS: self.tr("Status"),
                 COL_NOTE: self.tr("Note")}  # fmt: skip
        return heads.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        capture = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(capture, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (COL_NUMBER, COL_VALUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if capture.left_out and role == Qt.ItemDataRole.BackgroundRole:
            return _LEFT_OUT_BACKGROUND
        if capture.left_out and role == Qt.ItemDataRole.ForegroundRole:
            return _LEFT_OUT_TEXT
        return None

    def _text(self, capture: Capture, column: int) -> str | None:
        if column == COL_NUMBER:
            return str(capture.number)
        if column == COL_VALUE:
            return f"{capture.value} {capture.unit}"
        if column == COL_STATUS:
            if capture.left_out:
                return self.tr("✖ Left out")
            return self.tr("✔ Stable") if capture.status is ReadingStatus.STABLE else capture.status.value
        if column == COL_NOTE:
            return self.tr("Removed before recording: not counted, not recorded.") if capture.left_out else ""
        return None


class BalanceFigures(QWidget):
    """The USP <41> figures as the domain computed them, each with its verdict. Signals: none."""

    def __init__(self, words: ExerciseWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.count_label = self._cell()
        self.mean_label = self._cell()
        self.std_dev_label = self._cell()
        self.repeatability_label = self._cell()
        self.repeatability_verdict = styled_label("verdict", "", self, wrap=False)
        self.accuracy_label = self._cell()
        self.accuracy_verdict = styled_label("verdict", "", self, wrap=False)
        rows: list[tuple[str, QLabel, QLabel | None]] = [
            (self.tr("Weighings counted"), self.count_label, None),
            (self.tr("Mean"), self.mean_label, None),
            (self.tr("Standard deviation s"), self.std_dev_label, None),
            (
                self.tr("Repeatability 2s/m (limit {limit} %)").format(limit=rules.USP_LIMIT_PERCENT),
                self.repeatability_label,
                self.repeatability_verdict,
            ),
            (
                self.tr("Accuracy, deviation (limit {limit} %)").format(limit=rules.USP_LIMIT_PERCENT),
                self.accuracy_label,
                self.accuracy_verdict,
            ),
        ]
        for row, (name, value, verdict) in enumerate(rows):
            grid.addWidget(styled_label("secondary", name, self, wrap=False), 2 * row, 0, 1, 2)
            grid.addWidget(value, 2 * row + 1, 0)
            if verdict is not None:
                grid.addWidget(verdict, 2 * row + 1, 1)
        self.result_label = styled_label("resultVerdict", "", self, wrap=False)
        self.note_label = styled_label("note", "", self)
        grid.addWidget(self.result_label, 2 * len(rows), 0, 1, 2)
        grid.addWidget(self.note_label, 2 * len(rows) + 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def _cell(self) -> QLabel:
        return styled_label("cell", "", self, wrap=False)

    def show_result(self, result: rules.BalanceResult | None, kept: int, problem: str) -> None:
        self.count_label.setText(self.tr("{count} (at least {needed})").format(count=kept, needed=rules.MIN_WEIGHINGS))
        unit = result.unit if result is not None else ""
        mean = result.mean if result is not None else None
        std_dev = result.std_dev if result is not None else None
        self.mean_label.setText("—" if mean is None else f"{mean} {unit}")
        self.std_dev_label.setText("—" if std_dev is None else f"{std_dev} {unit}")
        for figure, label in (
            (result.repeatability_percent if result else None, self.repeatability_label),
            (result.accuracy_percent if result else None, self.accuracy_label),
        ):
            label.setText("—" if figure is None else f"{figure} %")
        self._verdict(self.repeatability_verdict, result.repeatability if result else None)
        self._verdict(self.accuracy_verdict, result.accuracy if result else None)
        if result is None:
            self.result_label.setText(self.tr("Result: —"))
            set_tone(self.result_label, "none")
        else:
            self.result_label.setText(self.tr("Result: {verdict}").format(verdict=self._words.verdict(result.verdict)))
            set_tone(self.result_label, tone_of(result.verdict))
        self.result_label.setAccessibleName(self.result_label.text())
        reasons = [self._words.reason(r) for r in result.reasons] if result is not None else []
        self.note_label.setText("\n".join([problem, *reasons] if problem else reasons))

    def _verdict(self, label: QLabel, verdict: Verdict | None) -> None:
        label.setText("" if verdict is None else self._words.verdict(verdict))
        label.setAccessibleName(label.text())
        set_tone(label, tone_of(verdict))
