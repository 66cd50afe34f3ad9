"""The fields of a calibration and of a qualification entry, shared by their forms and corrections.

Each group only shows and checks what is typed: ``details()`` is what goes into the logbook
entry, ``set_details()`` fills the fields from a recorded entry (a correction starts from it), and
``problem()`` names the first field that is missing or wrong, in words, with the field to focus.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from aptaskil_desk.ui.models.equipment_words import day_text
from aptaskil_desk.ui.widgets.labels import styled_label

PASS, FAIL = "pass", "fail"
PHASES = ("IQ", "OQ", "PQ")
#: The detail keys each group writes; a correction keeps any other key of the entry as it was.
CALIBRATION_KEYS = ("performed_on", "performed_by", "certificate", "result", "new_due", "remarks")
QUALIFICATION_KEYS = ("phase", "result", "reference", "remarks")

#: Big toggle buttons for a result or a phase; the words (and a symbol) say which is chosen,
#: the colour only repeats it. Every state has the same border width: a size that changed with
#: the state would not reach the layout. A note keeps room for two lines, so that nothing moves under a
#: finger when it appears. Added after the equipment stylesheet by the forms.
FIELDS_QSS = """
QPushButton[kind="choice"] {
    font-size: 24px; font-weight: bold; min-height: 64px; min-width: 120px; padding: 4px 18px;
    color: #ffffff; background-color: #2b3b4c; border: 4px solid #9fb3c8; border-radius: 10px;
}
QPushButton[kind="choice"]:checked { color: #000000; background-color: #ffffff; border-color: #ffd43b; }
QPushButton[kind="choice"][tone="pass"]:checked { background-color: #69db7c; }
QPushButton[kind="choice"][tone="fail"]:checked { background-color: #ff8787; }
QPushButton[kind="choice"]:focus { border-color: #ffd43b; }
QLabel[kind="note"] { font-size: 22px; color: #ffd43b; min-height: 56px; }
QCheckBox { min-height: 48px; }
QDateEdit { font-size: 24px; }
QDateEdit::drop-down {
    subcontrol-origin: padding; subcontrol-position: center right; width: 56px; height: 56px;
    border-left: 2px solid #9fb3c8; background-color: #e6ebf0;
}
QDateEdit::down-arrow {
    width: 0px; height: 0px; border-left: 10px solid #e6ebf0; border-right: 10px solid #e6ebf0;
    border-top: 12px solid #000000;
}
QDateEdit::down-arrow:disabled { border-top-color: #555555; }
"""


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def parse_day(value: Any) -> date | None:
    """A stored ISO date, or ``None`` when there is none or it is not a date."""
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def field_label(text: str, parent: QWidget) -> QLabel:
    return styled_label("fieldLabel", text, parent, wrap=False)


class ChoiceButtons(QWidget):
    """Big exclusive toggle buttons, none pressed at first: a choice the person must make.

    Signals:
        chosen(str): emitted after a button was pressed (by hand or by ``set_value``), with its value.
    """

    chosen = Signal(str)

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for value, text in choices:
            button = QPushButton(text, self)
            button.setProperty("kind", "choice")
            button.setProperty("tone", value)
            button.setCheckable(True)
            button.setAccessibleName(text)
            button.toggled.connect(lambda on, v=value: self._toggled(v, on))
            self._group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button, 1)

    def _toggled(self, value: str, on: bool) -> None:
        if on:
            self.chosen.emit(value)

    def value(self) -> str | None:
        return next((value for value, button in self.buttons.items() if button.isChecked()), None)

    def set_value(self, value: str | None) -> None:
        """Press the button of ``value``; ``None`` (or an unknown value) leaves none pressed."""
        button = self.buttons.get(value or "")
        if button is not None:
            button.setChecked(True)
            return
        self._group.setExclusive(False)  # an exclusive group never lets its last button go
        for other in self.buttons.values():
            other.setChecked(False)
        self._group.setExclusive(True)


class DueDateEdit(QDateEdit):
    """A date after a floor (the calibration day), or none yet: the floor itself reads as a prompt.

    Keeping the prompt on the floor means the calendar opens on the right month and arrows step
    forward from there. Signals: only QDateEdit's own.
    """

    def __init__(self, floor: date, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setSpecialValueText(prompt)
        self._floor = floor
        self.setMinimumDate(to_qdate(floor))
        self.setDate(to_qdate(floor))

    def value(self) -> date | None:
        """The date chosen, or ``None`` while the prompt shows."""
        day = from_qdate(self.date())
        return day if day > self._floor else None

    def set_value(self, day: date | None) -> None:
        self.setDate(to_qdate(day if day is not None and day > self._floor else self._floor))

    def set_floor(self, floor: date) -> None:
        """Move the floor; a date chosen that is no longer after it is forgotten."""
        chosen = self.value()
        self._floor = floor
        self.setMinimumDate(to_qdate(floor))
        self.set_value(chosen)


def _line(parent: QWidget, name: str, placeholder: str, length: int = 120) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(length)
    return edit


def _optional(found: dict[str, Any], key: str, edit: QLineEdit) -> None:
    if text := edit.text().strip():
        found[key] = text


class CalibrationFields(QWidget):
    """When, by whom, certificate, result and the next due date of a calibration, and remarks.

    A passed calibration moves the due date; a failed one leaves it where it was, so the due
    field then shows that date, locked (when the equipment has one).

    Signals:
        result_chosen(str): emitted after the result was chosen, with ``pass`` or ``fail``.
    """

    result_chosen = Signal(str)

    def __init__(
        self, today: date, current_due: date | None, interval_days: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._current_due = current_due
        self._interval = timedelta(days=interval_days) if interval_days else None
        self._suggested: date | None = None  # the due date filled from the interval, while untouched
        self._kept_due: date | None = None  # the due date typed before a failed result locked the field
        self._correcting = False

        self.performed_edit = QDateEdit(to_qdate(today), self)
        self.performed_edit.setDisplayFormat("dd/MM/yyyy")
        self.performed_edit.setCalendarPopup(True)
        self.performed_edit.setMaximumDate(to_qdate(today))  # a calibration is recorded once it was done
        self.performed_edit.setAccessibleName(self.tr("Performed on"))
        self.performed_by_edit = _line(self, self.tr("Performed by"), self.tr("Person or company"))
        self.certificate_edit = _line(self, self.tr("Certificate"), self.tr("Certificate or report number"))
        self.result = ChoiceButtons([(PASS, f"✓  {self.tr('Passed')}"), (FAIL, f"✗  {self.tr('Failed')}")], self)
        self.due_edit = DueDateEdit(today, self.tr("Choose a date"), self)
        self.due_edit.setAccessibleName(self.tr("Next due date"))
        self.note = styled_label("note", "", self)
        self.remarks_edit = _line(self, self.tr("Remarks"), self.tr("Optional"), 300)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.addWidget(field_label(self.tr("Performed on"), self), 0, 0)
        grid.addWidget(self.performed_edit, 0, 1)
        grid.addWidget(field_label(self.tr("By"), self), 0, 2)
        grid.addWidget(self.performed_by_edit, 0, 3)
        grid.addWidget(field_label(self.tr("Result"), self), 1, 0)
        grid.addWidget(self.result, 1, 1, 1, 3)
        grid.addWidget(field_label(self.tr("Certificate"), self), 2, 0)
        grid.addWidget(self.certificate_edit, 2, 1)
        grid.addWidget(field_label(self.tr("Next due"), self), 2, 2)
        grid.addWidget(self.due_edit, 2, 3)
        grid.addWidget(self.note, 3, 0, 1, 4)
        grid.addWidget(field_label(self.tr("Remarks"), self), 4, 0)
        grid.addWidget(self.remarks_edit, 4, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.performed_edit.dateChanged.connect(self._performed_changed)
        self.due_edit.dateChanged.connect(self._explain)
        self.result.chosen.connect(self._result_changed)
        self._performed_changed()

    # --- values -----------------------------------------------------------------------------

    def performed_on(self) -> date:
        return from_qdate(self.performed_edit.date())

    def details(self) -> dict[str, Any]:
        """What goes into the logbook entry (``new_due`` is missing only while none is chosen)."""
        found: dict[str, Any] = {"performed_on": self.performed_on().isoformat()}
        _optional(found, "performed_by", self.performed_by_edit)
        _optional(found, "certificate", self.certificate_edit)
        if (result := self.result.value()) is not None:
            found["result"] = result
        if (due := self.due_edit.value()) is not None:
            found["new_due"] = due.isoformat()
        _optional(found, "remarks", self.remarks_edit)
        return found

    def set_details(self, details: Mapping[str, Any]) -> None:
        """Fill the fields from a recorded calibration: a correction starts from what was written
        (so nothing is taken from the equipment, and no note announces a new due date)."""
        self._correcting = True
        self._current_due = self._suggested = self._kept_due = None
        self.note.hide()
        self.due_edit.setEnabled(True)
        performed = parse_day(details.get("performed_on"))
        if performed is not None:
            if performed > from_qdate(self.performed_edit.maximumDate()):
                self.performed_edit.setMaximumDate(to_qdate(performed))
            self.performed_edit.setDate(to_qdate(performed))
        self.performed_by_edit.setText(str(details.get("performed_by") or ""))
        self.certificate_edit.setText(str(details.get("certificate") or ""))
        self.remarks_edit.setText(str(details.get("remarks") or ""))
        self.result.set_value(str(details.get("result") or "") or None)
        self.due_edit.set_value(parse_day(details.get("new_due")))
        self._explain()

    def problem(self) -> tuple[str, QWidget] | None:
        """The first thing missing or wrong, in words, with the field to go to; ``None`` if none."""
        if not self.performed_by_edit.text().strip():
            return self.tr("Say who performed the calibration (a person or a company)."), self.performed_by_edit
        if self.result.value() is None:
            return self.tr("Choose the result: passed or failed."), self.result.buttons[PASS]
        if self.result.value() == PASS and self.due_edit.value() is None:  # a failure never moves it
            return (
                self.tr("Choose the next due date (after the calibration day)."),
                self.due_edit,
            )
        return None

    # --- reactions --------------------------------------------------------------------------

    def _locks_due(self) -> bool:
        return self.result.value() == FAIL and self._current_due is not None

    def _performed_changed(self, *_args: Any) -> None:
        if self._locks_due():
            self._lock_due()
            return
        performed = self.performed_on()
        untouched = self.due_edit.value() in (None, self._suggested)
        self.due_edit.set_floor(performed)
        if self._interval is not None and untouched and not self._correcting:
            self._suggested = performed + self._interval
            self.due_edit.set_value(self._suggested)
        self._explain()

    def _result_changed(self, result: str) -> None:
        if self._locks_due():
            self._lock_due()
        elif not self.due_edit.isEnabled():
            self.due_edit.setEnabled(True)
            self.due_edit.set_floor(self.performed_on())
            self.due_edit.set_value(self._kept_due)
        self._explain()
        self.result_chosen.emit(result)

    def _lock_due(self) -> None:
        """A failed calibration keeps the due date the equipment has: shown, not editable."""
        assert self._current_due is not None
        if self.due_edit.isEnabled():
            self._kept_due = self.due_edit.value()
            self.due_edit.setEnabled(False)
        self.due_edit.set_floor(min(self.performed_on(), self._current_due - timedelta(days=1)))
        self.due_edit.set_value(self._current_due)
        self._explain()

    def _explain(self, *_args: Any) -> None:
        result, due = self.result.value(), self.due_edit.value()
        text = ""
        if self._correcting:
            pass
        elif result == FAIL and self._current_due is not None:
            text = self.tr(
                "A failed calibration does not move the due date: it stays on {date}. Take the equipment out "
                "of service until a calibration passes."
            ).format(date=day_text(self._current_due))
        elif result == FAIL:
            text = self.tr(
                "A failed calibration does not move the due date: the date given is only noted. Take the "
                "equipment out of service until a calibration passes."
            )
        elif result == PASS and due is not None:
            text = self.tr("The equipment will be due for calibration on {date}.").format(date=day_text(due))
        elif self._interval is not None and due is not None and due == self._suggested:
            text = self.tr("Filled from the calibration interval ({days} days); you may change it.").format(
                days=self._interval.days
            )
        elif self._current_due is not None:
            text = self.tr("Current due date: {date}.").format(date=day_text(self._current_due))
        else:
            text = self.tr("No calibration due date recorded yet.")
        self.note.setText(text)


class QualificationFields(QWidget):
    """Phase (IQ, OQ, PQ), result, the protocol or report it refers to, and remarks.

    Signals:
        changed: emitted after the phase or the result was chosen.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = ChoiceButtons([(p, p) for p in PHASES], self)
        self.result = ChoiceButtons([(PASS, f"✓  {self.tr('Passed')}"), (FAIL, f"✗  {self.tr('Failed')}")], self)
        self.reference_edit = _line(self, self.tr("Protocol or report"), self.tr("Protocol or report reference"))
        self.remarks_edit = _line(self, self.tr("Remarks"), self.tr("Optional"), 300)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        rows = (
            (self.tr("Phase"), self.phase),
            (self.tr("Result"), self.result),
            (self.tr("Protocol or report"), self.reference_edit),
            (self.tr("Remarks"), self.remarks_edit),
        )
        for row, (text, widget) in enumerate(rows):
            grid.addWidget(field_label(text, self), row, 0)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)
        self.phase.chosen.connect(lambda _value: self.changed.emit())
        self.result.chosen.connect(lambda _value: self.changed.emit())

    def details(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        if (phase := self.phase.value()) is not None:
            found["phase"] = phase
        if (result := self.result.value()) is not None:
            found["result"] = result
        _optional(found, "reference", self.reference_edit)
        _optional(found, "remarks", self.remarks_edit)
        return found

    def set_details(self, details: Mapping[str, Any]) -> None:
        self.phase.set_value(str(details.get("phase") or "").upper() or None)
        self.result.set_value(str(details.get("result") or "") or None)
        self.reference_edit.setText(str(details.get("reference") or ""))
        self.remarks_edit.setText(str(details.get("remarks") or ""))

    def problem(self) -> tuple[str, QWidget] | None:
        """The first thing missing, in words, with the field to go to; ``None`` if none."""
        if self.phase.value() is None:
            return self.tr("Choose the phase: IQ, OQ or PQ."), self.phase.buttons[PHASES[0]]
        if self.result.value() is None:
            return self.tr("Choose the result: passed or failed."), self.result.buttons[PASS]
        if not self.reference_edit.text().strip():
            return self.tr("Give the reference of the protocol or report."), self.reference_edit
        return None
