"""An instrument step's live reading: a registered instrument of the step's driver, read on its own thread.

Rules:
1. Only instruments of the step's driver, active in the register, are offered.
2. An instrument whose calibration is overdue (or has no calibration date) is refused at once, in
   words: it cannot be connected and its readings cannot be captured (the service refuses them too).
3. The instrument is read by :class:`~aptaskil_desk.ui.instruments.worker.InstrumentLink` (the GUI
   never waits on a port); the newest reading and its status are shown live.
4. **Capture** is enabled only on a stable reading; it hands the reading, with a fresh UUID, to the
   runner, which records it through the service (where the calibration is checked again).
5. The connection stays while the steps shown read the same driver, and ends when the runner shows
   another kind of step, is left or locked.
"""

from __future__ import annotations

import functools
import logging
import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.checklist_template import Step
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus
from aptaskil_desk.services.checklist_runs import LiveReading
from aptaskil_desk.services.instruments import InstrumentInfo
from aptaskil_desk.ui.checklists.words import ChecklistWords, number_text
from aptaskil_desk.ui.instruments.exercise_source import SHUTDOWN_WAIT_MS, line_of, make_driver
from aptaskil_desk.ui.instruments.worker import InstrumentLink
from aptaskil_desk.ui.models.equipment_words import day_text
from aptaskil_desk.ui.widgets.labels import restyle, styled_label

log = logging.getLogger(__name__)

#: Seconds between two readings: about ten a second.
READ_INTERVAL_S = 0.1


class InstrumentCapture(QWidget):
    """Instrument list, Connect/Disconnect, the live value and its status, a refusal line, Capture.

    Signals:
        instrument_connected(object): emitted after the instrument answered who it is, with its identity.
        reading_changed(object): emitted after the newest reading changed (a Reading, or None when gone).
        capture_requested(object): emitted when Capture was pressed on a stable reading, with a LiveReading.
        instrument_stopped: emitted after the instrument's thread has ended.
    """

    instrument_connected = Signal(object)
    reading_changed = Signal(object)
    capture_requested = Signal(object)
    instrument_stopped = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, interval_s: float = READ_INTERVAL_S) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._interval_s = interval_s
        self._words = ChecklistWords(self, ctx.tr)
        self._driver: str | None = None
        self._editable = False
        self._registered: dict[str, InstrumentInfo] = {}
        self._link: InstrumentLink | None = None
        self._link_code: str | None = None
        self._connected = False
        self._stopping = False
        self.latest: Reading | None = None
        self.identity: InstrumentIdentity | None = None

        self.combo = QComboBox(self)
        self.combo.setObjectName("instrumentChoice")
        self.combo.setAccessibleName(self.tr("Instrument read for this step"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(10)
        self.combo.currentIndexChanged.connect(lambda _i: self._chosen())
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.setObjectName("instrumentConnectButton")
        self.connect_button.clicked.connect(self.toggle)
        self.value_label = QLabel("—", self)
        self.value_label.setObjectName("liveValue")
        self.value_label.setMinimumWidth(220)
        self.status_label = styled_label("readingStatus", "", self, wrap=False)
        self.refusal_label = styled_label("refusal", "", self)
        self.refusal_label.setObjectName("instrumentRefusal")
        self.refusal_label.hide()
        self.capture_button = QPushButton(self.tr("Capture the reading"), self)
        self.capture_button.setObjectName("captureButton")
        self.capture_button.setProperty("kind", "primary")
        self.capture_button.clicked.connect(self.capture)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.addWidget(self.combo, 0, 0)
        grid.addWidget(self.connect_button, 0, 1)
        grid.addWidget(self.refusal_label, 1, 0, 1, 2)
        grid.addWidget(self.value_label, 2, 0)
        grid.addWidget(self.status_label, 2, 1)
        grid.addWidget(self.capture_button, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self._show_state()

    # --- what is shown ----------------------------------------------------------------------------

    @property
    def asset_code(self) -> str | None:
        return str(self.combo.currentData() or "") or None

    @property
    def connected_code(self) -> str | None:
        """The instrument being read now (None when none answers)."""
        return self._link_code if self._connected and not self._stopping else None

    @property
    def refusal(self) -> str:
        """Why the chosen instrument cannot be used ("" when it can)."""
        return self.refusal_label.text() if self.refusal_label.isVisibleTo(self) else ""

    def stable_reading(self) -> Reading | None:
        reading = self.latest
        return reading if self.connected_code is not None and reading is not None and reading.usable else None

    def set_step(self, step: Step | None, editable: bool) -> None:
        """Offer the instruments of an instrument step's driver (``None``: no instrument step shown)."""
        driver = step.driver if step is not None else None
        self._editable = editable
        if driver != self._driver:
            self._driver = driver
            self.disconnect_instrument()
            if driver is not None:
                self.refresh()
        self._show_state()

    def refresh(self) -> None:
        """Read the register again (a short read) and offer the instruments of the step's driver."""
        chosen = self.asset_code
        try:
            rows = [i for i in self._ctx.instruments.all(include_inactive=False) if i.driver == self._driver]
        except Exception as error:  # a database error: said, and nothing offered
            rows = []
            self._refuse(self._words.error(error))
        self._registered = {info.asset_code: info for info in rows}
        self.combo.blockSignals(True)
        self.combo.clear()
        for info in rows:
            self.combo.addItem(f"{info.asset_code} — {info.name}", info.asset_code)
        fit = [i for i, info in enumerate(rows) if info.calibration_ok]
        self.combo.setCurrentIndex(fit[0] if fit else (0 if rows else -1))
        self.combo.blockSignals(False)
        if chosen is not None:
            self.choose(chosen)
        self._chosen()

    def choose(self, asset_code: str) -> bool:
        index = self.combo.findData(asset_code)
        if index < 0:
            return False
        self.combo.setCurrentIndex(index)
        self._chosen()
        return True

    def _chosen(self) -> None:
        info = self._registered.get(self.asset_code or "")
        problem = None if info is None else info.calibration_problem
        if self._driver is not None and not self._registered:
            self._refuse(self.tr("No {driver} instrument is registered: register one on the instruments page.")
                         .format(driver=self._driver))  # fmt: skip
        elif info is not None and problem is not None:
            if problem.code == "calibration_overdue":
                text = self.tr("{code} cannot be used: its calibration is overdue since {date}. Its readings "
                               "cannot serve as evidence: choose a calibrated instrument.")  # fmt: skip
                self._refuse(text.format(code=info.asset_code, date=day_text(problem.params["since"])))
            else:
                text = self.tr("{code} cannot be used: no calibration date on record. Its readings cannot serve "
                               "as evidence: choose a calibrated instrument.")  # fmt: skip
                self._refuse(text.format(code=info.asset_code))
        else:
            self.refusal_label.clear()
            self.refusal_label.hide()
        self._show_state()

    def _refuse(self, text: str) -> None:
        self.refusal_label.setText(text)
        self.refusal_label.show()

    # --- connecting -------------------------------------------------------------------------------

    def toggle(self) -> None:
        if self._link is None:
            self.connect_instrument()
        else:
            self.disconnect_instrument()

    def connect_instrument(self) -> str | None:
        """Start reading the chosen instrument; None when it started, else why not (also shown)."""
        if self._link is not None:
            return None
        info = self._registered.get(self.asset_code or "")
        if info is None:
            return self._refused(self.tr("Choose an instrument first."))
        if not info.calibration_ok:
            return self.refusal
        if not info.port:
            return self._refused(self.tr("{code} has no serial port in the register: set it on the instruments "
                                         "page.").format(code=info.asset_code))  # fmt: skip
        try:
            line = line_of(info)
        except InvalidInput as error:
            return self._refused(self._words.error(error))
        clock = self._ctx.clock
        link = InstrumentLink(
            lambda: make_driver(info, line, clock), self, interval_s=self._interval_s, messages=self._ctx.tr
        )
        link.connected.connect(functools.partial(self._on_connected, link))
        link.readings_received.connect(functools.partial(self._on_readings, link))
        link.faulted.connect(functools.partial(self._on_fault, link))
        link.disconnected.connect(functools.partial(self._on_fault, link))
        link.stopped.connect(functools.partial(self._on_stopped, link))
        self._link, self._link_code, self._connected, self._stopping = link, info.asset_code, False, False
        self.status_label.setToolTip("")
        link.start()
        self._show_state()
        return None

    def _refused(self, text: str) -> str:
        self._refuse(text)
        return text

    def disconnect_instrument(self) -> None:
        """Ask the instrument's thread to end (never waits here)."""
        if self._link is None or self._stopping:
            return
        self._stopping = True
        self._forget_reading()
        self._link.stop(wait_ms=0)
        self._show_state()

    def shutdown(self) -> None:
        """End the instrument's thread and wait for it (the window is closing)."""
        link, self._link = self._link, None
        if link is not None:
            if not link.stop(SHUTDOWN_WAIT_MS):
                log.error("instrument thread did not end within %d ms", SHUTDOWN_WAIT_MS)
            link.deleteLater()
        self._link_code, self._connected, self._stopping = None, False, False
        self._forget_reading()
        self._show_state()

    # --- what the instrument's thread says --------------------------------------------------------

    def _on_connected(self, link: InstrumentLink, identity: InstrumentIdentity) -> None:
        if link is not self._link or self._stopping:
            return
        self.identity = identity
        self._connected = True
        self.value_label.setToolTip(self.tr("Instrument: {identity}").format(identity=identity.describe()))
        self._show_state()
        self.instrument_connected.emit(identity)

    def _on_readings(self, link: InstrumentLink, readings: list[Reading]) -> None:
        if link is not self._link or not self._connected or self._stopping or not readings:
            return
        self.latest = readings[-1]
        self._show_state()
        self.reading_changed.emit(self.latest)

    def _on_fault(self, link: InstrumentLink, detail: str) -> None:
        if link is not self._link or self._stopping:
            return
        self._forget_reading()
        self.status_label.setToolTip(detail)
        self._show_state(problem=detail)

    def _on_stopped(self, link: InstrumentLink) -> None:
        link.stop(wait_ms=2000)  # the reader has finished: only the thread's own end is left
        link.deleteLater()
        if link is not self._link:
            return
        self._link, self._link_code, self._connected, self._stopping = None, None, False, False
        self._forget_reading()
        self._show_state()
        self.instrument_stopped.emit()

    # --- capturing --------------------------------------------------------------------------------

    def capture(self) -> bool:
        """Hand the newest stable reading to the runner; False when there is none (the button is off then)."""
        reading, code = self.stable_reading(), self.connected_code
        if reading is None or code is None or not self._editable:
            return False
        self.capture_requested.emit(LiveReading(code, reading, str(uuid.uuid4())))
        return True

    # --- showing ----------------------------------------------------------------------------------

    def _forget_reading(self) -> None:
        if self.latest is not None:
            self.latest = None
            self.reading_changed.emit(None)

    def _show_state(self, problem: str = "") -> None:
        running = self._link is not None
        info = self._registered.get(self.asset_code or "")
        usable = info is not None and info.calibration_ok
        self.combo.setEnabled(not running and self._editable)
        self.connect_button.setText(self.tr("Disconnect") if running else self.tr("Connect"))
        self.connect_button.setEnabled(not self._stopping and (running or (usable and self._editable)))
        reading = self.latest
        language = self._ctx.settings.language
        if reading is not None and reading.value is not None:
            self.value_label.setText(f"{number_text(reading.value, language)} {reading.unit}".strip())
        else:
            self.value_label.setText("—")
        words, tone = self._status_words(reading, running, problem)
        self.status_label.setText(words)
        self.status_label.setAccessibleName(words)
        self.status_label.setProperty("tone", tone)
        restyle(self.status_label)
        self.capture_button.setEnabled(self._editable and self.stable_reading() is not None)

    def _status_words(self, reading: Reading | None, running: bool, problem: str) -> tuple[str, str]:
        if problem:
            return self.tr("⚠ Read failed"), "bad"
        if reading is not None:
            words = {
                ReadingStatus.STABLE: (self.tr("✔ Stable"), "stable"),
                ReadingStatus.DYNAMIC: (self.tr("≈ Not stable"), "moving"),
                ReadingStatus.OVERLOAD: (self.tr("▲ Overload"), "bad"),
                ReadingStatus.UNDERLOAD: (self.tr("▼ Underload"), "bad"),
                ReadingStatus.ERROR: (self.tr("⚠ Error"), "bad"),
            }
            return words[reading.status]
        if self._stopping:
            return self.tr("Disconnecting…"), "none"
        if running:
            return (self.tr("✔ Connected") if self._connected else self.tr("Connecting…")), "none"
        return self.tr("Not connected"), "none"
