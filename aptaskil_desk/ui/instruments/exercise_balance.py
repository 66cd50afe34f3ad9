"""The balance check exercise (USP <41>): one test weight weighed at least ten times.

Each **Capture** takes the balance's newest reading when the balance called it stable, in the
test weight's unit. A wrong capture can be left out before recording: it stays in the table, marked
and explained, and is neither counted nor recorded. Repeatability (2s/m) and accuracy are shown as
``domain/exercises.py`` computes them — "not evaluable" until ten weighings — and "Record the
result" sends the inputs to the instrument service, which computes the same result again.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain import exercises as rules
from aptaskil_desk.domain.exercise_inputs import evaluate
from aptaskil_desk.domain.exercises import ExerciseKind
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.instruments.reading import Reading
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.instruments import EXERCISE_DRIVERS
from aptaskil_desk.ui.instruments import exercise_weighings as wt
from aptaskil_desk.ui.instruments.exercise_common import (
    EXERCISE_QSS,
    ExerciseWords,
    LearnerPicker,
    ResultRecording,
    ScreenInputError,
    typed_number,
)
from aptaskil_desk.ui.instruments.exercise_source import READ_INTERVAL_S, InstrumentSource
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

BALANCE_PAGE = "exercise-balance"
UNITS = ("g", "mg", "kg")


def weight_text(reading: Reading) -> str:
    return "—" if reading.value is None else f"{reading.value} {reading.unit}".strip()


class BalanceCheckScreen(ResultRecording, QWidget):
    """Learner, balance, test weight, the weighings and the USP <41> figures, and Record.

    Signals:
        evaluated: emitted after the weighings were judged again by the domain rules.
        result_recorded(object): emitted after the service recorded the result, with its ExerciseResultInfo.
        record_refused(str): emitted when recording was refused or failed, with the words shown.
    """

    evaluated = Signal()
    result_recorded = Signal(object)
    record_refused = Signal(str)

    def __init__(
        self, ctx: AppContext, jobs: JobRunner, parent: QWidget | None = None, *, interval_s: float = READ_INTERVAL_S
    ) -> None:
        super().__init__(parent)
        self.setObjectName("balanceCheck")
        self.setStyleSheet(EXERCISE_QSS)
        self._ctx = ctx
        self._jobs = jobs
        self._staff: StaffInfo | None = None
        self._recording = False
        self._uuid_for: tuple[str, str] | None = None  # same inputs again: the same result UUID (replayed)
        self._opened = 0  # numbers the staff sessions: an answer arriving after a lock is dropped
        self._captures: list[wt.Capture] = []
        self._last_captured: Reading | None = None
        self.result: rules.BalanceResult | None = None
        self.words = ExerciseWords(ctx.tr, self)

        self.picker = LearnerPicker(ctx, jobs, self)
        self.source = InstrumentSource(
            ctx, jobs, EXERCISE_DRIVERS[ExerciseKind.BALANCE_CHECK], weight_text, self, interval_s=interval_s
        )
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setAccessibleName(self.tr("Test weight: its value on the certificate"))
        self.reference_edit.setPlaceholderText(self.tr("e.g. 100.000"))
        self.reference_edit.setFixedWidth(150)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setAccessibleName(self.tr("Unit of the test weight"))
        for unit in UNITS:
            self.unit_combo.addItem(unit, unit)
        self.readability_edit = QLineEdit(self)
        self.readability_edit.setAccessibleName(self.tr("Scale interval d of the balance (optional)"))
        self.readability_edit.setPlaceholderText(self.tr("optional"))
        self.readability_edit.setFixedWidth(120)
        self.banner = MessageBanner(self)

        self.capture_button = QPushButton(self.tr("Capture a weighing"), self)
        self.capture_button.setProperty("kind", "primary")
        self.capture_button.clicked.connect(self.capture)
        self.model = wt.WeighingTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        for column, width in ((wt.COL_NUMBER, 50), (wt.COL_VALUE, 130), (wt.COL_STATUS, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(wt.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(240)
        self.leave_out_button = QPushButton(self.tr("Leave out"), self)
        self.leave_out_button.setAccessibleName(self.tr("Leave out the chosen weighing"))
        self.leave_out_button.setToolTip(self.leave_out_button.accessibleName())
        self.leave_out_button.clicked.connect(lambda: self.set_left_out(self.chosen_row(), True))
        self.put_back_button = QPushButton(self.tr("Put it back"), self)
        self.put_back_button.clicked.connect(lambda: self.set_left_out(self.chosen_row(), False))
        self.clear_button = QPushButton(self.tr("Start again"), self)
        self.clear_button.clicked.connect(self.clear_weighings)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())

        self.figures = wt.BalanceFigures(self.words, self)
        self.record_button = QPushButton(self.tr("Record the result"), self)
        self.record_button.setProperty("kind", "primary")
        self.record_button.clicked.connect(self.record_result)

        self.reference_edit.textChanged.connect(lambda _t: self.evaluate())
        self.readability_edit.textChanged.connect(lambda _t: self.evaluate())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.evaluate())
        self.source.reading_changed.connect(lambda _r: self._update_actions())
        self._lay_out()
        self.evaluate()

    def _lay_out(self) -> None:
        weight = QHBoxLayout()
        weight.setSpacing(8)
        weight.addWidget(styled_label("fieldLabel", self.tr("Test weight"), self, wrap=False))
        weight.addWidget(self.reference_edit)
        weight.addWidget(self.unit_combo)
        weight.addSpacing(16)
        weight.addWidget(styled_label("fieldLabel", self.tr("Scale interval d"), self, wrap=False))
        weight.addWidget(self.readability_edit)
        weight.addStretch(1)
        edits = QHBoxLayout()
        edits.addWidget(self.leave_out_button)
        edits.addWidget(self.put_back_button)
        edits.addStretch(1)
        edits.addWidget(self.clear_button)
        left = QVBoxLayout()
        left.addWidget(self.capture_button)
        left.addWidget(self.table, 1)
        left.addLayout(edits)
        right = QVBoxLayout()
        right.addWidget(self.figures)
        right.addStretch(1)
        right.addWidget(self.record_button)
        right_box = QWidget(self)
        right_box.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        right_box.setFixedWidth(330)
        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addLayout(left, 1)
        middle.addWidget(right_box)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.picker)
        layout.addWidget(self.source)
        layout.addWidget(self.source.calibration_banner)
        layout.addLayout(weight)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def title(self) -> str:
        """The page's name in the staff area's navigation."""
        return self.tr("Balance check")

    @property
    def unit(self) -> str:
        return str(self.unit_combo.currentData())

    @property
    def captures(self) -> list[wt.Capture]:
        return list(self._captures)

    def chosen_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    # --- staff ------------------------------------------------------------------------------------

    def set_staff(self, info: StaffInfo | None) -> None:
        """Open the exercise for a person; ``None`` (the area locked) disconnects and forgets everything."""
        self._staff = info
        self._opened += 1
        self._uuid_for = None
        self.banner.clear_message()
        if info is None:
            self.source.forget()
            self.picker.clear()
            self.reference_edit.clear()
            self.readability_edit.clear()
            self.clear_weighings()
        else:
            self.picker.load()
            self.source.refresh()
        self._update_actions()

    def shutdown(self) -> None:
        """End the instrument's thread and wait for it (the window is closing)."""
        self.source.shutdown()

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page frees the port for the console or another exercise; captures stay.
        self.source.disconnect_instrument()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # --- draft: kept over the staff idle lock for the same person (ui/idle.py) ----------------------

    def draft(self) -> dict[str, Any] | None:
        """The learner, the test weight and the weighings on screen; None when nothing is entered."""
        reference, readability = self.reference_edit.text().strip(), self.readability_edit.text().strip()
        if not (self._captures or reference or readability or self.picker.person_id is not None):
            return None
        return {**self._picked(), "reference": reference, "unit": self.unit, "readability": readability,
                "captures": list(self._captures)}  # fmt: skip

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Put a draft back after the same person unlocked; the learner once the list is read again."""
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(draft["unit"])))
        self.reference_edit.setText(draft["reference"])
        self.readability_edit.setText(draft["readability"])
        self._captures = list(draft["captures"])
        self._changed()
        self._restore_picked(draft)

    # --- weighings --------------------------------------------------------------------------------

    def capture(self) -> bool:
        """Add the balance's newest stable reading as a weighing; False (with why) when there is none."""
        reading = self.source.stable_reading()
        code = self.source.connected_code
        if reading is None or reading.value is None or code is None:
            return self._say(self.tr("No stable weight yet: wait until the balance says Stable."))
        if reading is self._last_captured:
            return self._say(self.tr("This reading was just captured: wait for the next one."))
        if reading.unit != self.unit:
            return self._say(
                self.tr(
                    "The balance weighs in {unit} but the test weight is in {expected}: choose the same unit."
                ).format(unit=reading.unit, expected=self.unit)
            )
        self._last_captured = reading
        self._captures.append(wt.Capture(len(self._captures) + 1, reading.value, reading.unit, reading.status, code))
        self.banner.clear_message()
        self._changed()
        QTimer.singleShot(0, self.table.scrollToBottom)  # once the new row is laid out
        return True

    def set_left_out(self, row: int, left_out: bool) -> bool:
        """Leave a weighing out (it stays on screen, marked) or put it back; False when no row."""
        if not 0 <= row < len(self._captures):
            return self._say(self.tr("Choose a weighing in the table first."))
        self._captures[row] = replace(self._captures[row], left_out=left_out)
        self._changed()
        self.table.selectRow(row)
        return True

    def clear_weighings(self) -> None:
        self._captures = []
        self._last_captured = None
        self._changed()

    def _changed(self) -> None:
        self.model.set_rows(self._captures)
        self.evaluate()

    def _say(self, text: str) -> bool:
        self.banner.show_message(MessageKind.ERROR, text)
        return False

    # --- judging ----------------------------------------------------------------------------------

    def _kept(self) -> list[wt.Capture]:
        return [c for c in self._captures if not c.left_out]

    def _reference(self) -> tuple[Decimal, Decimal | None]:
        reference = typed_number(self.reference_edit.text(), self.tr("test weight"))
        if reference is None:
            raise ScreenInputError(self.tr("Enter the test weight's value (from its certificate)."))
        return reference, typed_number(self.readability_edit.text(), self.tr("scale interval d"))

    def evaluate(self) -> None:
        """Judge the weighings kept with the domain rules and show the result (never a verdict of our own)."""
        self.result = None
        problem = ""
        try:
            reference, readability = self._reference()
            weighings = [rules.Weighing(c.value) for c in self._kept()]
            self.result = rules.balance_check(reference, weighings, unit=self.unit, readability=readability)
        except (InvalidInput, ScreenInputError) as error:
            problem = self.words.error(error)
        self.figures.show_result(self.result, len(self._kept()), problem)
        self._update_actions()
        self.evaluated.emit()

    # --- recording --------------------------------------------------------------------------------

    def inputs(self) -> dict[str, Any]:
        """What is recorded: the exercise's inputs as the service reads them. Raises InvalidInput."""
        reference, readability = self._reference()
        inputs: dict[str, Any] = {"reference": str(reference), "unit": self.unit,
                                  "weighings": [str(c.value) for c in self._kept()]}  # fmt: skip
        if readability is not None:
            inputs["readability"] = str(readability)
        evaluate(ExerciseKind.BALANCE_CHECK.value, inputs)  # refuses, in the domain's words, what the service would
        return inputs

    def record_result(self) -> bool:
        """Record the exercise through the service (off the GUI thread); False, with why, when not sent."""
        staff = self._staff
        if staff is None or self._recording:
            return False
        person_id = self.picker.person_id
        if person_id is None:
            return self._refused(self.tr("Choose the learner who did the exercise."))
        if not self._kept():
            return self._refused(self.tr("Capture the weighings first."))
        try:
            inputs = self.inputs()
        except (InvalidInput, ScreenInputError) as error:
            return self._refused(self.words.error(error))
        used = sorted({c.asset_code for c in self._kept()})
        return self._send_result(staff, person_id, ExerciseKind.BALANCE_CHECK, inputs, used)

    def _update_actions(self) -> None:
        self.capture_button.setEnabled(self.source.stable_reading() is not None)
        row = self.chosen_row()
        chosen = self._captures[row] if 0 <= row < len(self._captures) else None
        self.leave_out_button.setEnabled(chosen is not None and not chosen.left_out)
        self.put_back_button.setEnabled(chosen is not None and chosen.left_out)
        self.clear_button.setEnabled(bool(self._captures))
        self.record_button.setEnabled(self._staff is not None and not self._recording)
