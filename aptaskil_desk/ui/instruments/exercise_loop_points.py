"""The parts of the 4–20 mA loop calibration screen: one series (five points, each captured or typed,
with what the domain rules made of it: expected current, error in % of span, verdict and reason) and
the summary of both series with the exercise's verdict."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from aptaskil_desk.domain import exercises as rules
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.instruments.drivers.scpi_dmm import milliamps
from aptaskil_desk.instruments.reading import Reading
from aptaskil_desk.ui.instruments.exercise_common import ExerciseWords, set_tone, signed, tone_of, typed_number
from aptaskil_desk.ui.widgets.labels import restyle, styled_label

FOUND, LEFT = "as_found", "as_left"
COL_POINT, COL_EXPECTED, COL_MEASURED, COL_CAPTURE, COL_ERROR, COL_VERDICT, COL_NOTE = range(7)


def current_ma(reading: Reading) -> Decimal | None:
    """A loop current in mA with the instrument's digits: a multimeter reads A, a conditioner mA."""
    if reading.unit == "A":
        return milliamps(reading)
    return reading.value if reading.unit == "mA" else None


def current_text(reading: Reading) -> str:
    """The live value in mA (or as the instrument gave it, when it is not a current)."""
    value = current_ma(reading)
    if value is not None:
        return f"{value} mA"
    return "—" if reading.value is None else f"{reading.value} {reading.unit}".strip()


@dataclass(frozen=True)
class Entry:
    """One point's output current: captured from an instrument (its asset code), or typed (None)."""

    measured_ma: Decimal
    asset_code: str | None = None

    @property
    def by_hand(self) -> bool:
        return self.asset_code is None


@dataclass
class _Row:
    point: QLabel
    expected: QLabel
    measured: QLineEdit
    capture: QPushButton
    error: QLabel
    verdict: QLabel
    note: QLabel


class LoopSeriesPanel(QWidget):
    """The five points of one series (as found or as left).

    Signals:
        entries_changed: emitted after a point was captured, typed or cleared.
        capture_requested(int): emitted when a point's Capture button was pressed, with its index (0–4).
    """

    entries_changed = Signal()
    capture_requested = Signal(int)

    def __init__(self, words: ExerciseWords, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self.entries: list[Entry | None] = [None] * len(rules.LOOP_POINTS)
        self._bad: list[str] = [""] * len(rules.LOOP_POINTS)  # why a typed value was not taken
        self._connected = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        heads = {
            COL_POINT: self.tr("Point"), COL_EXPECTED: self.tr("Expected"), COL_MEASURED: self.tr("Measured (mA)"),
            COL_ERROR: self.tr("Error, % of span"), COL_VERDICT: self.tr("Verdict"), COL_NOTE: self.tr("Reason"),
        }  # fmt: skip
        for column, text in heads.items():
            grid.addWidget(styled_label("columnHead", text, self), 0, column)
        self.rows: list[_Row] = []
        for i, percent in enumerate(rules.LOOP_POINTS):
            row = self._make_row(i, percent, name)
            for column, widget in enumerate(
                (row.point, row.expected, row.measured, row.capture, row.error, row.verdict, row.note)
            ):
                grid.addWidget(widget, i + 1, column)
            self.rows.append(row)
        grid.setColumnStretch(COL_NOTE, 1)
        grid.setColumnMinimumWidth(COL_ERROR, 95)

    def _make_row(self, i: int, percent: Decimal, name: str) -> _Row:
        measured = QLineEdit(self)
        measured.setFixedWidth(130)
        measured.setAccessibleName(self.tr("{series}, point {percent} %: measured current in mA").format(
            series=name, percent=percent))  # fmt: skip
        measured.textEdited.connect(lambda text, i=i: self._typed(i, text))
        capture = QPushButton(self.tr("Capture"), self)
        capture.setAccessibleName(self.tr("{series}, point {percent} %: capture the stable reading").format(
            series=name, percent=percent))  # fmt: skip
        capture.clicked.connect(lambda _checked=False, i=i: self.capture_requested.emit(i))
        verdict = styled_label("verdict", "", self)  # two short lines rather than a wide column
        verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        verdict.setFixedWidth(140)
        note = styled_label("note", "", self)
        note.setMinimumHeight(44)
        return _Row(styled_label("pointName", f"{percent} %", self, wrap=False),
                    styled_label("cell", "", self, wrap=False), measured, capture,
                    styled_label("cell", "", self, wrap=False), verdict, note)  # fmt: skip

    # --- entries ----------------------------------------------------------------------------------

    def set_entry(self, index: int, entry: Entry | None) -> None:
        """Put a captured (or typed) current in a point, or clear it."""
        self.entries[index] = entry
        self._bad[index] = ""
        self.rows[index].measured.setText("" if entry is None else str(entry.measured_ma))
        self._mark(index)
        self.entries_changed.emit()

    def clear(self) -> None:
        for index in range(len(self.entries)):
            self.entries[index] = None
            self._bad[index] = ""
            self.rows[index].measured.clear()
            self._mark(index)
        self.entries_changed.emit()

    def count(self) -> int:
        return sum(entry is not None for entry in self.entries)

    def typed_texts(self) -> list[tuple[str, Entry | None]]:
        """Each point as shown: the text in its field and its entry (captured, typed, or None)."""
        return [(row.measured.text(), entry) for row, entry in zip(self.rows, self.entries, strict=True)]

    def put_back(self, points: list[tuple[str, Entry | None]]) -> None:
        """Show points given by :meth:`typed_texts` again: a capture as captured (its instrument kept),
        anything typed read again as if typed now (a bad number marked bad again)."""
        for index, (text, entry) in enumerate(points):
            if entry is not None and not entry.by_hand:
                self.entries[index], self._bad[index] = entry, ""
                self.rows[index].measured.setText(str(entry.measured_ma))
                self._mark(index)
            else:
                self.rows[index].measured.setText(text)
                self._typed(index, text)
        self.entries_changed.emit()

    def complete(self) -> list[Entry] | None:
        """The five entries when every point has one."""
        entries = [entry for entry in self.entries if entry is not None]
        return entries if len(entries) == len(self.entries) else None

    def _typed(self, index: int, text: str) -> None:
        try:
            value = typed_number(text, self.tr("Point {percent} %").format(percent=rules.LOOP_POINTS[index]))
        except InvalidInput as error:
            self.entries[index], self._bad[index] = None, self._words.error(error)
        else:
            self.entries[index], self._bad[index] = (None if value is None else Entry(value)), ""
        self._mark(index)
        self.entries_changed.emit()

    def _mark(self, index: int) -> None:
        entry = self.entries[index]
        edit = self.rows[index].measured
        edit.setProperty("entry", "bad" if self._bad[index] else "hand" if entry is not None and entry.by_hand else "")
        restyle(edit)

    # --- what can be done -------------------------------------------------------------------------

    def set_capturing(self, connected: bool, stable: bool, live: str = "") -> None:
        """Connected: points are captured (not typed), when the reading is stable; else typed by hand.

        ``live`` (the current being read, in mA) is shown greyed in every point not captured yet.
        """
        self._connected = connected
        for row in self.rows:
            row.measured.setReadOnly(connected)
            row.measured.setPlaceholderText(live if connected else "")
            row.capture.setEnabled(connected and stable)

    # --- what the domain made of it ---------------------------------------------------------------

    def show_points(self, points: list[rules.LoopPoint | None], span: rules.LoopRange | None) -> None:
        """Each point's expected current, error, verdict and reason as the domain computed them."""
        for index, (row, point) in enumerate(zip(self.rows, points, strict=True)):
            percent = rules.LOOP_POINTS[index]
            row.point.setText(self._point_text(percent, span))
            expected = point.expected_ma if point is not None else rules.expected_current(percent)
            row.expected.setText(f"{expected:.3f} mA")
            entry = self.entries[index]
            notes = []
            if point is None:
                row.error.setText("")
                row.verdict.setText("")
                set_tone(row.verdict, "none")
            else:
                row.error.setText(f"{signed(point.error_percent)} %")
                words, tone = self._verdict(point)
                row.verdict.setText(words)
                row.verdict.setAccessibleName(words)
                set_tone(row.verdict, tone)
                if point.reason is not None:
                    notes.append(self._words.reason(point.reason))
            if self._bad[index]:
                notes.append(self._bad[index])
            if entry is not None and entry.by_hand:
                notes.append(self.tr("✍ Entered by hand."))
            row.note.setText(" ".join(notes))

    def _point_text(self, percent: Decimal, span: rules.LoopRange | None) -> str:
        if span is None:
            return f"{percent} %"
        applied = span.lower + (span.upper - span.lower) * percent / 100  # what to apply, for the learner
        return f"{percent} %\n{applied.normalize():f} {span.unit}".strip()

    def _verdict(self, point: rules.LoopPoint) -> tuple[str, str]:
        """The point's verdict in words and its tone, from the domain's verdict and reason code."""
        code = point.reason.code if point.reason is not None else ""
        if code == "ne43_failure_signal":
            return self.tr("⚠ Failure signal"), "alarm"
        if code == "ne43_out_of_range":
            return self.tr("✖ Out of range"), "fail"
        if code == "out_of_tolerance":
            return self.tr("✖ Out of tolerance"), "fail"
        return self._words.verdict(point.verdict), "pass" if point.verdict is rules.Verdict.PASS else "fail"


class LoopSummary(QWidget):
    """Each series' points, largest error and verdict, and the exercise's verdict. Signals: none."""

    def __init__(self, words: ExerciseWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for column, text in enumerate(("", self.tr("Points"), self.tr("Largest error"), self.tr("Verdict"))):
            grid.addWidget(styled_label("columnHead", text, self, wrap=False), 0, column)
        self.cells: dict[str, tuple[Any, Any, Any]] = {}
        for row, (key, name) in enumerate(((FOUND, self.tr("As found")), (LEFT, self.tr("As left"))), 1):
            grid.addWidget(styled_label("pointName", name, self, wrap=False), row, 0)
            cells = (styled_label("cell", "", self, wrap=False), styled_label("cell", "", self, wrap=False),
                     styled_label("verdict", "", self, wrap=False))  # fmt: skip
            for column, label in enumerate(cells, 1):
                grid.addWidget(label, row, column)
            self.cells[key] = cells
        grid.setColumnMinimumWidth(3, 165)
        grid.setColumnStretch(4, 1)
        # Placed by the screen beside the table: the exercise's verdict and why there is none yet.
        self.result_label = styled_label("resultVerdict", "", parent, wrap=False)
        self.note_label = styled_label("note", "", parent)

    def show_result(self, panels: dict[str, LoopSeriesPanel], series: dict[str, rules.LoopSeries | None],
             result: rules.LoopResult | None, problem: str) -> None:  # fmt: skip
        for key, (points, largest, verdict) in self.cells.items():
            done = series[key]
            points.setText(f"{panels[key].count()} / {len(rules.LOOP_POINTS)}")
            largest.setText("—" if done is None else f"{signed(done.largest_error)} %")
            if done is None:
                verdict.setText(self.tr("not measured") if not panels[key].count() else self.tr("incomplete"))
                set_tone(verdict, "none")
            else:
                verdict.setText(self._words.verdict(done.verdict))
                set_tone(verdict, tone_of(done.verdict))
        if result is None:
            self.result_label.setText(self.tr("Result: —"))
            set_tone(self.result_label, "none")
        else:
            self.result_label.setText(self.tr("Result: {verdict}").format(verdict=self._words.verdict(result.verdict)))
            set_tone(self.result_label, tone_of(result.verdict))
            if not problem:
                left = result.as_left is not None
                problem = (
                    self.tr("Judged on the as-left series.") if left else self.tr("Judged on the as-found series.")
                )
        self.result_label.setAccessibleName(self.result_label.text())
        self.note_label.setText(problem)
