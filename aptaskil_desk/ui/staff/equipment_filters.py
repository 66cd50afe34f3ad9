"""The filter bar above a logbook: kind of entry, a date range in Brussels days, and the order."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from aptaskil_desk.clock import CENTRE_TZ
from aptaskil_desk.ui.models.equipment_words import EquipmentWords
from aptaskil_desk.ui.models.logbook_model import LogbookQuery

KINDS = ("use", "use_end", "cleaning", "maintenance", "calibration", "incident", "status_change", "qualification")


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class LogbookFilters(QWidget):
    """Kind, dates (off until ticked) and order; each change is announced, never applied here.

    Signals:
        filters_changed: emitted after the person changed a filter or the order.
    """

    filters_changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        words = EquipmentWords(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        self.kind_combo.addItem(self.tr("All entries"), "")
        for kind in KINDS:
            self.kind_combo.addItem(words.kind(kind), kind)
        self.dates_check = QCheckBox(self.tr("Between"), self)
        self.from_edit = QDateEdit(QDate(today.year, today.month, 1), self)
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To (included)"))):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self.filters_changed)
        self.dates_check.toggled.connect(self._dates_toggled)
        self.order_combo = QComboBox(self)
        self.order_combo.setAccessibleName(self.tr("Order"))
        self.order_combo.addItem(self.tr("Newest first"), True)
        self.order_combo.addItem(self.tr("Oldest first"), False)
        self.kind_combo.currentIndexChanged.connect(self.filters_changed)
        self.order_combo.currentIndexChanged.connect(self.filters_changed)
        for combo in (self.kind_combo, self.order_combo):
            # Shrinks (eliding) rather than widen the page past the kiosk screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_combo, 2)
        layout.addWidget(self.dates_check)
        layout.addWidget(self.from_edit, 1)
        layout.addWidget(self.to_edit, 1)
        layout.addWidget(self.order_combo, 2)

    def query(self, code: str) -> LogbookQuery:
        """The query these filters describe for one equipment."""
        kind = str(self.kind_combo.currentData() or "")
        since = until = None
        if self.dates_check.isChecked():
            since = datetime.combine(_day(self.from_edit.date()), time(), tzinfo=CENTRE_TZ)
            until = datetime.combine(_day(self.to_edit.date()) + timedelta(days=1), time(), tzinfo=CENTRE_TZ)
        return LogbookQuery(code, (kind,) if kind else (), since, until, bool(self.order_combo.currentData()))

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def set_dates(self, first: date | None, last: date | None = None) -> None:
        """Limit to these days (both included), or ``None`` for any date."""
        if first is not None:
            self.from_edit.setDate(QDate(first.year, first.month, first.day))
            end = last or first
            self.to_edit.setDate(QDate(end.year, end.month, end.day))
        self.dates_check.setChecked(first is not None)

    def toggle_order(self) -> None:
        self.order_combo.setCurrentIndex(1 - self.order_combo.currentIndex())

    def _dates_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self.filters_changed.emit()
