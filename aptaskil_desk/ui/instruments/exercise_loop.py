"""The 4–20 mA transmitter calibration exercise: five points as found, then (after adjustment) as left.

The learner applies each point's process value; the output current is read on a multimeter or a
Modbus signal conditioner (registered instruments, read in the background) and **Capture** takes
the newest reading when the instrument called it stable. Without an instrument the currents may
be typed; they are marked "entered by hand". Every error, verdict and reason shown is what
``domain/exercises.py`` computed (NAMUR NE 43 first, then the tolerance); "Record the result"
sends the inputs to the instrument service, which computes the same result again and stores it.

What is on screen and not recorded (learner, session, range, tolerance, points captured or typed) is
a draft kept over the staff idle lock for the same person only (``ui/idle.py``); the lock itself
leaves an empty screen behind, for whoever unlocks next.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain import exercises as rules
from aptaskil_desk.domain.exercise_inputs import evaluate
from aptaskil_desk.domain.exercises import ExerciseKind
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.instruments import EXERCISE_DRIVERS
from aptaskil_desk.ui.instruments.exercise_common import (
    EXERCISE_QSS,
    ExerciseWords,
    LearnerPicker,
    ResultRecording,
    ScreenInputError,
    typed_number,
)
from aptaskil_desk.ui.instruments.exercise_loop_points import (
    FOUND,
    LEFT,
    Entry,
    LoopSeriesPanel,
    LoopSummary,
    current_ma,
    current_text,
)
from aptaskil_desk.ui.instruments.exercise_source import READ_INTERVAL_S, InstrumentSource
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

LOOP_PAGE = "exercise-loop"
DEFAULT_TOLERANCE = "0.5"


class LoopCalibrationScreen(ResultRecording, QWidget):
    """Learner, transmitter, current source, the two series and the summary, and Record.

    Signals:
        evaluated: emitted after what is on screen was judged again by the domain rules.
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
        self.setObjectName("loopCalibration")
        self.setStyleSheet(EXERCISE_QSS)
        self._ctx = ctx
        self._jobs = jobs
        self._staff: StaffInfo | None = None
        self._recording = False
        self._uuid_for: tuple[str, str] | None = None  # same inputs again: the same result UUID (replayed)
        self._opened = 0  # numbers the staff sessions: an answer arriving after a lock is dropped
        self.result: rules.LoopResult | None = None
        self.words = ExerciseWords(ctx.tr, self)

        self.picker = LearnerPicker(ctx, jobs, self)
        self.source = InstrumentSource(
            ctx, jobs, EXERCISE_DRIVERS[ExerciseKind.LOOP_CALIBRATION], current_text, self, interval_s=interval_s
        )
        self.lower_edit = self._number_edit(self.tr("Range: value at 4 mA"), "", 72)
        self.lower_edit.setPlaceholderText(self.tr("4 mA"))
        self.upper_edit = self._number_edit(self.tr("Range: value at 20 mA"), "", 72)
        self.upper_edit.setPlaceholderText(self.tr("20 mA"))
        self.unit_edit = self._number_edit(self.tr("Engineering unit"), "", 70)
        self.unit_edit.setPlaceholderText(self.tr("unit"))
        self.tolerance_edit = self._number_edit(self.tr("Tolerance in % of span"), DEFAULT_TOLERANCE, 70)
        self.banner = MessageBanner(self)

        self.panels = {FOUND: LoopSeriesPanel(self.words, self.tr("As found"), self),
                       LEFT: LoopSeriesPanel(self.words, self.tr("As left"), self)}  # fmt: skip
        self.series_stack = QStackedWidget(self)
        self.series_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        for key, text in ((FOUND, self.tr("As found")), (LEFT, self.tr("As left (after adjustment)"))):
            panel = self.panels[key]
            panel.entries_changed.connect(self.evaluate)
            panel.capture_requested.connect(lambda i, key=key: self.capture(key, i))
            self.series_stack.addWidget(panel)
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setProperty("kind", "toggle")
            button.clicked.connect(lambda _checked=False, key=key: self.show_series(key))
            group.addButton(button)
            self.series_buttons[key] = button
        self.clear_button = QPushButton(self.tr("Clear this series"), self)
        self.clear_button.clicked.connect(lambda: self.panels[self.series].clear())

        self.summary = LoopSummary(self.words, self)
        self.record_button = QPushButton(self.tr("Record the result"), self)
        self.record_button.setProperty("kind", "primary")
        self.record_button.clicked.connect(self.record_result)

        for edit in (self.lower_edit, self.upper_edit, self.unit_edit, self.tolerance_edit):
            edit.textChanged.connect(lambda _text: self.evaluate())
        self.source.reading_changed.connect(self._reading_changed)
        self._lay_out()
        self.show_series(FOUND)
        self._reading_changed()
        self.evaluate()

    def _number_edit(self, name: str, text: str, width: int) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.setFixedWidth(width)
        return edit

    def _lay_out(self) -> None:
        transmitter = QHBoxLayout()
        transmitter.setSpacing(8)
        transmitter.addWidget(styled_label("fieldLabel", self.tr("Transmitter range"), self, wrap=False))
        transmitter.addWidget(self.lower_edit)
        transmitter.addWidget(styled_label("secondary", self.tr("to"), self, wrap=False))
        transmitter.addWidget(self.upper_edit)
        transmitter.addWidget(self.unit_edit)
        transmitter.addSpacing(8)
        transmitter.addWidget(styled_label("fieldLabel", self.tr("Tolerance ±"), self, wrap=False))
        transmitter.addWidget(self.tolerance_edit)
        transmitter.addWidget(styled_label("secondary", self.tr("% of span"), self, wrap=False))
        transmitter.addStretch(1)
        series = QHBoxLayout()
        series.addWidget(self.series_buttons[FOUND])
        series.addWidget(self.series_buttons[LEFT])
        series.addStretch(1)
        series.addWidget(self.clear_button)
        verdict = QVBoxLayout()
        verdict.setSpacing(4)
        verdict.addWidget(self.summary.result_label)
        verdict.addWidget(self.summary.note_label)
        verdict.addStretch(1)
        verdict.addWidget(self.record_button)
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addLayout(verdict, 1)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(self.picker)
        layout.addLayout(transmitter)
        layout.addWidget(self.source)
        layout.addWidget(self.source.calibration_banner)
        layout.addWidget(self.banner)
        layout.addLayout(series)
        layout.addWidget(self.series_stack)
        layout.addLayout(bottom)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def title(self) -> str:
        """The page's name in the staff area's navigation."""
        return self.tr("4–20 mA loop")

    @property
    def series(self) -> str:
        """The series on screen: ``as_found`` or ``as_left``."""
        return FOUND if self.series_stack.currentWidget() is self.panels[FOUND] else LEFT

    def show_series(self, key: str) -> None:
        self.series_stack.setCurrentWidget(self.panels[key])
        self.series_buttons[key].setChecked(True)

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
            for panel in self.panels.values():
                panel.clear()
            for edit in (self.lower_edit, self.upper_edit, self.unit_edit):
                edit.clear()
            self.tolerance_edit.setText(DEFAULT_TOLERANCE)
            self.show_series(FOUND)
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

    def _transmitter_edits(self) -> dict[str, QLineEdit]:
        return {"lower": self.lower_edit, "upper": self.upper_edit, "unit": self.unit_edit,
                "tolerance": self.tolerance_edit}  # fmt: skip

    def draft(self) -> dict[str, Any] | None:
        """The learner, the transmitter and both series as on screen; None when nothing is entered."""
        fields = {name: edit.text() for name, edit in self._transmitter_edits().items()}
        points = {key: panel.typed_texts() for key, panel in self.panels.items()}
        typed = any(text.strip() or entry is not None for series in points.values() for text, entry in series)
        changed = any(fields[name].strip() for name in ("lower", "upper", "unit"))
        changed = changed or fields["tolerance"].strip() != DEFAULT_TOLERANCE
        if not (typed or changed or self.picker.person_id is not None):
            return None
        return {**self._picked(), "search": self.picker.search_edit.text(), "fields": fields, "points": points,
                "series": self.series}  # fmt: skip

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Put a draft back after the same person unlocked; the learner once the list is read again."""
        for name, edit in self._transmitter_edits().items():
            edit.setText(draft["fields"][name])
        for key, panel in self.panels.items():
            panel.put_back(draft["points"][key])
        self.show_series(draft["series"])
        self.picker.search_edit.setText(draft["search"])
        self._restore_picked(draft)

    # --- capturing --------------------------------------------------------------------------------

    def capture(self, key: str, index: int) -> bool:
        """Put the newest stable reading in a point of a series; False (with why) when there is none."""
        reading = self.source.stable_reading()
        current = current_ma(reading) if reading is not None else None
        if reading is None:
            self.banner.show_message(MessageKind.ERROR, self.tr("No stable reading yet: wait until it says Stable."))
            return False
        if current is None:
            text = self.tr("The instrument gives {unit}, not a current: it cannot serve this exercise.")
            self.banner.show_message(MessageKind.ERROR, text.format(unit=reading.unit))
            return False
        self.banner.clear_message()
        self.panels[key].set_entry(index, Entry(current, self.source.connected_code))
        rows = self.panels[key].rows
        if index + 1 < len(rows):
            rows[index + 1].capture.setFocus()
        return True

    def _reading_changed(self, _reading: object = None) -> None:
        reading = self.source.stable_reading()
        stable = reading is not None and current_ma(reading) is not None
        connected = self.source.connected_code is not None
        latest = self.source.latest
        live = str(current_ma(latest) or "") if latest is not None else ""
        for panel in self.panels.values():
            panel.set_capturing(connected, stable, live)

    # --- judging ----------------------------------------------------------------------------------

    def _tolerance(self) -> Decimal:
        value = typed_number(self.tolerance_edit.text(), self.tr("tolerance"))
        if value is None or not 0 < value <= rules.MAX_TOLERANCE:  # the domain's own bounds and words
            raise InvalidInput("The tolerance must be more than 0 and at most 10 % of span, not {value}.",
                               value=self.tolerance_edit.text().strip())  # fmt: skip
        return value

    def _range(self) -> rules.LoopRange | None:
        lower = typed_number(self.lower_edit.text(), self.tr("range at 4 mA"))
        upper = typed_number(self.upper_edit.text(), self.tr("range at 20 mA"))
        if lower is None and upper is None:
            return None
        if lower is None or upper is None:
            raise ScreenInputError(self.tr("Give both ends of the transmitter's range, or neither."))
        return rules.LoopRange(lower, upper, self.unit_edit.text().strip())

    def evaluate(self) -> None:
        """Judge what is on screen with the domain rules and show it (never a verdict of our own)."""
        problem = ""
        tolerance: Decimal | None = None
        span: rules.LoopRange | None = None
        try:
            tolerance = self._tolerance()
            span = self._range()
        except (InvalidInput, ScreenInputError) as error:
            problem = self.words.error(error)
        series: dict[str, rules.LoopSeries | None] = {}
        for key, panel in self.panels.items():
            points = [
                None if entry is None or tolerance is None
                else rules.loop_point(percent, rules.LoopPointInput(entry.measured_ma), tolerance, span, i)
                for i, (percent, entry) in enumerate(zip(rules.LOOP_POINTS, panel.entries, strict=True), 1)
            ]  # fmt: skip
            panel.show_points(points, span)
            complete = panel.complete()
            series[key] = (
                None if complete is None or tolerance is None
                else rules.loop_series([rules.LoopPointInput(e.measured_ma) for e in complete], tolerance, span,
                                       left=key == LEFT)
            )  # fmt: skip
        self.result = None
        if not problem and tolerance is not None:
            try:
                self.result = rules.loop_calibration(tolerance, *self._series_inputs(), span=span)
            except InvalidInput as error:
                problem = self.words.error(error)
        self.summary.show_result(self.panels, series, self.result, problem)
        self.evaluated.emit()

    def _series_inputs(self) -> tuple[list[rules.LoopPointInput], list[rules.LoopPointInput] | None]:
        found = [rules.LoopPointInput(e.measured_ma) for e in self.panels[FOUND].entries if e is not None]
        left_panel = self.panels[LEFT]
        left = [rules.LoopPointInput(e.measured_ma) for e in left_panel.entries if e is not None]
        return found, (left if left_panel.count() else None)

    # --- recording --------------------------------------------------------------------------------

    def inputs(self) -> dict[str, Any]:
        """What is recorded: the exercise's inputs as the service reads them. Raises InvalidInput."""
        inputs: dict[str, Any] = {"tolerance_percent": str(self._tolerance())}
        span = self._range()
        if span is not None:
            inputs["range"] = {"lower": str(span.lower), "upper": str(span.upper), "unit": span.unit}
        for key, panel in self.panels.items():
            if key == FOUND or panel.count():
                inputs[key] = [str(e.measured_ma) for e in panel.entries if e is not None]
        evaluate(ExerciseKind.LOOP_CALIBRATION.value, inputs)  # refuses, in the domain's words, what the service would
        return inputs

    def instruments_used(self) -> list[str]:
        codes = {e.asset_code for p in self.panels.values() for e in p.entries if e is not None and e.asset_code}
        return sorted(codes)

    def record_result(self) -> bool:
        """Record the exercise through the service (off the GUI thread); False, with why, when not sent."""
        staff = self._staff
        if staff is None or self._recording:
            return False
        person_id = self.picker.person_id
        if person_id is None:
            return self._refused(self.tr("Choose the learner who did the exercise."))
        try:
            inputs = self.inputs()
        except (InvalidInput, ScreenInputError) as error:
            return self._refused(self.words.error(error))
        used = self.instruments_used()
        return self._send_result(staff, person_id, ExerciseKind.LOOP_CALIBRATION, inputs, used)

    def _update_actions(self) -> None:
        self.record_button.setEnabled(self._staff is not None and not self._recording)
