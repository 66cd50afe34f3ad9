"""An instrument step's live reading: a registered instrument of the step's driver, read on its own thread.

Rules:
1. Only instruments of the step's driver, active in the register, are offered.
2. An instrument whose calibration is overdue (or has no calibration date) is refused at once, in
   words: it cannot be connected and its readings cannot be captured (the service refuses them too).
3. The instrument is read by :class:`~aptaskil_desk.ui.instruments.worker.InstrumentLink` (the GUI
   never waits on a port; the list and the link are those of the exercises' source:
   :class:`~aptaskil_desk.ui.instruments.link_control.LinkedInstrument`); the newest reading and its
   status are shown live.
4. **Capture** is enabled only on a stable reading; it hands the reading, with a fresh UUID, to the
   runner, which records it through the service (where the calibration is checked again).
5. The connection stays while the steps shown read the same driver, and ends when the runner shows
   another kind of step, is left or locked.
"""

from __future__ import annotations

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
from aptaskil_desk.ui.instruments.link_control import LinkedInstrument, SourceState
from aptaskil_desk.ui.instruments.worker import InstrumentLink
from aptaskil_desk.ui.models.equipment_words import day_text
from aptaskil_desk.ui.widgets.labels import restyle, styled_label

#: Seconds between two readings: about ten a second.
READ_INTERVAL_S = 0.1


class InstrumentCapture(LinkedInstrument):
    """Instrument list, Connect/Disconnect, the live value and its status, a refusal line, Capture.

    Signals:
        instrument_connected(object): emitted after the instrument answered who it is, with its identity.
        reading_changed(object): emitted after the newest reading changed (a Reading, or None when gone).
        capture_requested(object): emitted when Capture was pressed on a stable reading, with a LiveReading.
        instrument_stopped: emitted after the instrument's thread has ended.
    """

    capture_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, interval_s: float = READ_INTERVAL_S) -> None:
        super().__init__(ctx, parent, interval_s=interval_s)
        self._words = ChecklistWords(self, ctx.tr)
        self._driver: str | None = None
        self._editable = False

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
    def refusal(self) -> str:
        """Why the chosen instrument cannot be used ("" when it can)."""
        return self.refusal_label.text() if self.refusal_label.isVisibleTo(self) else ""

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
        try:
            rows = [i for i in self._ctx.instruments.all(include_inactive=False) if i.driver == self._driver]
        except Exception as error:  # a database error: said, and nothing offered
            rows = []
            self._refuse(self._words.error(error))
        fit = [i for i, info in enumerate(rows) if info.calibration_ok]
        self._offer(rows, fit[0] if fit else None)

    def choose(self, asset_code: str) -> bool:
        if not super().choose(asset_code):
            return False
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

    # --- connecting ------------------------------------------------------------------------------

    def _why_not(self, info: InstrumentInfo | None) -> str | None:
        if info is None:
            return self._refused(self.tr("Choose an instrument first."))
        if not info.calibration_ok:
            return self.refusal
        if not info.port:
            return self._refused(self.tr("{code} has no serial port in the register: set it on the instruments "
                                         "page.").format(code=info.asset_code))  # fmt: skip
        return None

    def _refuse_error(self, error: InvalidInput) -> str:
        return self._refused(self._words.error(error))

    def _refused(self, text: str) -> str:
        self._refuse(text)
        return text

    # --- what the instrument's thread says --------------------------------------------------------

    def _identified(self, identity: InstrumentIdentity) -> None:
        self.value_label.setToolTip(self.tr("Instrument: {identity}").format(identity=identity.describe()))

    def _show_fault(self, detail: str) -> None:
        self.status_label.setToolTip(detail)
        self._show_state(problem=detail)

    def _on_lost(self, link: InstrumentLink, detail: str) -> None:
        """A port gone away is said like a failed read (the worker reconnects by itself)."""
        self._on_fault(link, detail)

    # --- capturing --------------------------------------------------------------------------------

    def capture(self) -> bool:
        """Hand the newest stable reading to the runner; False when there is none (the button is off then)."""
        reading, code = self.stable_reading(), self.connected_code
        if reading is None or code is None or not self._editable:
            return False
        self.capture_requested.emit(LiveReading(code, reading, str(uuid.uuid4())))
        return True

    # --- showing ----------------------------------------------------------------------------------

    def _set_state(self, state: SourceState) -> None:
        if state is SourceState.CONNECTING:
            self.status_label.setToolTip("")
        super()._set_state(state)

    def _show_state(self, problem: str = "") -> None:
        running = self._link is not None
        info = self._registered.get(self.asset_code or "")
        usable = info is not None and info.calibration_ok
        self.combo.setEnabled(not running and self._editable)
        self.connect_button.setText(self.tr("Disconnect") if running else self.tr("Connect"))
        stopping = self.state is SourceState.STOPPING
        self.connect_button.setEnabled(not stopping and (running or (usable and self._editable)))
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
        if self.state is SourceState.STOPPING:
            return self.tr("Disconnecting…"), "none"
        if running:
            return (self.tr("✔ Connected") if self.state is SourceState.CONNECTED else self.tr("Connecting…")), "none"
        return self.tr("Not connected"), "none"
