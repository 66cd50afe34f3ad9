"""The live plot of an instrument's readings over the last 1, 5 or 15 minutes (pyqtgraph).

Readings go into a bounded point buffer as they come; the curve is redrawn at most ten times a
second by a timer, however fast they come, so a streaming instrument cannot stall the GUI (and
less often on the longer windows, where a pixel of the time axis stands for more than 100 ms). The
time axis shows Brussels wall-clock time: each point's x is its instant shifted by the Brussels
UTC offset of that instant, and the axis prints it as if it were UTC (daylight saving time
changes are then right point by point). Readings without a value (overload, error) leave a gap.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.clock import local
from aptaskil_desk.instruments.reading import Reading
from aptaskil_desk.ui.widgets.labels import styled_label

#: The windows offered, in minutes.
WINDOWS = (1, 5, 15)
DEFAULT_WINDOW = 5
#: Shortest time between two redraws (ms): at most 10 per second.
REDRAW_MS = 100
#: Longest time new readings wait for the curve (ms).
LONGEST_REDRAW_MS = 1000
#: The narrowest time axis, while the first readings come in (seconds).
SHORTEST_SPAN_S = 10.0
#: Points kept: 15 minutes at 10 readings a second, with room to spare.
CAPACITY = 16_384

_BACKGROUND = "#16212c"
_CURVE = "#ffd43b"


def wall_seconds(instant: datetime) -> float:
    """Seconds since 1970 of ``instant``'s Brussels wall-clock time (for the time axis)."""
    offset = local(instant).utcoffset()
    return instant.timestamp() + (offset.total_seconds() if offset is not None else 0.0)


class PointBuffer:
    """The last ``capacity`` (x, y) points, contiguous in memory, appended in amortised O(1).

    Points live in arrays twice the capacity long; when the end is reached the newest
    ``capacity`` points move to the front once.
    """

    def __init__(self, capacity: int = CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("a point buffer holds at least one point")
        self.capacity = capacity
        self._x: NDArray[np.float64] = np.empty(2 * capacity)
        self._y: NDArray[np.float64] = np.empty(2 * capacity)
        self._start = 0
        self._end = 0

    def __len__(self) -> int:
        return self._end - self._start

    def clear(self) -> None:
        self._start = self._end = 0

    def extend(self, xs: Sequence[float], ys: Sequence[float]) -> None:
        """Add points (x in time order); the oldest beyond the capacity fall off."""
        count = len(xs)
        if count >= self.capacity:
            self._x[: self.capacity] = xs[-self.capacity :]
            self._y[: self.capacity] = ys[-self.capacity :]
            self._start, self._end = 0, self.capacity
            return
        if self._end + count > 2 * self.capacity:
            keep = min(len(self), self.capacity - count)
            self._x[:keep] = self._x[self._end - keep : self._end]
            self._y[:keep] = self._y[self._end - keep : self._end]
            self._start, self._end = 0, keep
        self._x[self._end : self._end + count] = xs
        self._y[self._end : self._end + count] = ys
        self._end += count
        if len(self) > self.capacity:
            self._start = self._end - self.capacity

    @property
    def last_x(self) -> float | None:
        return float(self._x[self._end - 1]) if len(self) else None

    def since(self, x0: float) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """The points with x ≥ ``x0`` (views, not copies)."""
        xs = self._x[self._start : self._end]
        first = int(np.searchsorted(xs, x0, side="left"))
        return xs[first:], self._y[self._start + first : self._end]


class LivePlot(QWidget):
    """A time plot of readings with 1/5/15-minute window buttons.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None, capacity: int = CAPACITY) -> None:
        super().__init__(parent)
        self.setObjectName("livePlot")
        self.points = PointBuffer(capacity)
        self.window_minutes = DEFAULT_WINDOW
        self.redraws = 0
        self._unit: str | None = None
        self._dirty = False
        self._shown = 0

        self.heading = styled_label("consoleHeading", self.tr("Last minutes"), self, wrap=False)
        self.window_group = QButtonGroup(self)
        self.window_group.setExclusive(True)
        self.window_buttons: dict[int, QPushButton] = {}
        for minutes in WINDOWS:
            button = QPushButton(self.tr("{minutes} min").format(minutes=minutes), self)
            button.setCheckable(True)
            button.setProperty("kind", "toggle")
            button.setAccessibleName(self.tr("Show the last {minutes} minutes").format(minutes=minutes))
            button.setChecked(minutes == DEFAULT_WINDOW)
            button.clicked.connect(lambda _checked=False, m=minutes: self.set_window(m))
            self.window_group.addButton(button)
            self.window_buttons[minutes] = button

        self.axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
        self.plot_widget = pg.PlotWidget(self, background=_BACKGROUND, axisItems={"bottom": self.axis})
        self.plot_widget.setAccessibleName(self.tr("Plot of the readings over time"))
        self.plot_widget.setMenuEnabled(False)
        self.plot_widget.setMouseEnabled(x=False, y=False)
        self.plot_widget.hideButtons()
        self.plot_widget.showGrid(x=True, y=True, alpha=0.25)
        tick_font = QFont()
        tick_font.setPixelSize(14)
        for side in ("bottom", "left"):
            axis = self.plot_widget.getAxis(side)
            axis.setTickFont(tick_font)
            axis.setTextPen("#ffffff")
            axis.setPen("#9fb3c8")
            axis.setStyle(maxTickLevel=0)  # grid lines at the labelled ticks only: a third of the painting
        item = self.plot_widget.getPlotItem()
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        item.getViewBox().enableAutoRange(axis="y")
        item.getViewBox().setAutoVisible(y=True)
        # A one-pixel line: a wider one takes the raster painter two to three times as long.
        self.curve = self.plot_widget.plot(pen=pg.mkPen(_CURVE, width=1), connect="finite")

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.redraw)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.heading, 1)
        for minutes in WINDOWS:
            bar.addWidget(self.window_buttons[minutes])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.plot_widget, 1)

    def add_readings(self, readings: Sequence[Reading]) -> None:
        """Take new readings; the curve follows at the next redraw (within 100 ms).

        A reading in another unit than the ones before starts the plot afresh: one curve, one unit.
        """
        if not readings:
            return
        unit = readings[-1].unit if readings[-1].value is not None else self._unit
        if unit is not None and unit != self._unit:
            if self._unit is not None:
                self.points.clear()
            self._unit = unit
            self.plot_widget.setLabel("left", unit)
        xs = [wall_seconds(r.at) for r in readings]
        ys = [math.nan if r.value is None or (r.unit and r.unit != self._unit) else float(r.value) for r in readings]
        self.points.extend(xs, ys)
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start(self.redraw_interval_ms())

    def set_window(self, minutes: int) -> None:
        """Show the last ``minutes`` minutes (1, 5 or 15)."""
        if minutes not in WINDOWS:
            raise ValueError(f"the plot shows 1, 5 or 15 minutes, not {minutes}")
        self.window_minutes = minutes
        self.window_buttons[minutes].setChecked(True)
        self._dirty = True
        self.redraw()

    def clear(self) -> None:
        """Forget every point (a new connection)."""
        self.points.clear()
        self._unit = None
        self.plot_widget.setLabel("left", "")
        self.curve.setData([], [])
        self._dirty = False
        self._shown = 0

    def stop(self) -> None:
        self._timer.stop()

    def visible_points(self) -> int:
        """How many points the window put on the curve at the last redraw."""
        return self._shown

    def redraw_interval_ms(self) -> int:
        """How long new readings wait for the curve: 100 ms, or the time one pixel of the time axis
        stands for when that is longer (15 minutes over 550 px: 1.6 s), up to a second — redrawing
        more often would move nothing on screen."""
        pixels = max(1, self.plot_widget.width())
        per_pixel_ms = self.window_minutes * 60_000 / pixels
        return int(min(LONGEST_REDRAW_MS, max(REDRAW_MS, per_pixel_ms)))

    def redraw(self) -> None:
        """Put the window's points on the curve and scroll the time axis to the newest."""
        if not self._dirty:
            return
        self._dirty = False
        last = self.points.last_x
        if last is None:
            return
        span = self.window_minutes * 60
        xs, ys = self.points.since(last - span)
        self.curve.setData(xs, ys, connect="finite")
        self._shown = len(xs)
        # Until the window has filled, the axis spans what there is (at least SHORTEST_SPAN_S).
        shown = min(span, max(SHORTEST_SPAN_S, last - float(xs[0]) if len(xs) else 0.0))
        self.plot_widget.setXRange(last - shown, last, padding=0)
        self.redraws += 1
