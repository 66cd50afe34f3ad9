"""The kiosk's large clock, in the centre's time zone, from the program's trusted clock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from aptaskil_desk.clock import Clock, local
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.workers import JobRunner


class KioskClock(QWidget):
    """Time (HH:MM) and the long date, refreshed every second.

    Signals: none.
    """

    def __init__(
        self, clock: Clock, jobs: JobRunner, locale: QLocale, parent: QWidget | None = None, interval_ms: int = 1000
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._jobs = jobs
        self._locale = locale
        self._reading = False
        self._shown: datetime | None = None
        self.time_label = styled_label("clockTime", "--:--", self, wrap=False)
        self.date_label = styled_label("clockDate", "", self, wrap=False)
        for label in (self.time_label, self.date_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.time_label)
        layout.addWidget(self.date_label)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    @property
    def shown(self) -> datetime | None:
        """The local instant on display, once the first reading arrived."""
        return self._shown

    def set_locale(self, locale: QLocale) -> None:
        """Write the date in another language from now on (a learner chose one)."""
        self._locale = locale
        if self._shown is not None:
            self._show(self._shown)

    def refresh(self) -> None:
        """Read the clock off the GUI thread: a server clock may ask the database now and then."""
        if self._reading:
            return
        self._reading = True
        self._jobs.job(self._clock.now, owner=self).success(self._show).finished(self._read_done).start()

    def _read_done(self) -> None:
        self._reading = False

    def _show(self, instant: datetime) -> None:
        here = local(instant)
        self._shown = here
        self.time_label.setText(f"{here:%H:%M}")
        self.date_label.setText(self._locale.toString(QDate(here.year, here.month, here.day), "dddd d MMMM yyyy"))
