"""The instrument an exercise reads: a registered one of the right drivers, read on its own thread.

The register gives the driver, port and line; :class:`~aptaskil_desk.ui.instruments.worker.InstrumentLink`
reads it in the background (the GUI never waits on a port) and the newest reading is shown live.
A capture takes the newest reading only when the instrument called it stable. Disconnect only
*asks* the thread to end; :meth:`InstrumentSource.shutdown` waits for it (the window's close).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import Clock
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.drivers.scpi_dmm import ScpiMultimeter
from aptaskil_desk.instruments.line import LineSettings, parse_line
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus
from aptaskil_desk.instruments.registry import driver_class
from aptaskil_desk.instruments.simulated import transport_for
from aptaskil_desk.services.instruments import InstrumentInfo
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.instruments.exercise_common import set_tone
from aptaskil_desk.ui.instruments.worker import InstrumentLink
from aptaskil_desk.ui.models.equipment_words import day_text
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

#: Seconds between two readings: about ten a second.
READ_INTERVAL_S = 0.1
#: How long the window's close waits for the instrument thread (a read in progress ends at its timeout).
SHUTDOWN_WAIT_MS = 10_000
#: A multimeter gives no stability flag: a current that moved more than 5 µA (0.03 % of the
#: 16 mA span) since the reading before is not stable yet.
DMM_STABLE_WITHIN_A = Decimal("0.000005")


class SourceState(StrEnum):
    IDLE = "idle"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    LOST = "lost"  # the port went away; the worker reconnects by itself
    STOPPING = "stopping"


def line_of(info: InstrumentInfo) -> LineSettings:
    """The registered line (or the driver's factory one) with the registered handshake.

    Raises InvalidInput for line settings that are not understood.
    """
    base = driver_class(info.driver).line
    line = parse_line(info.line, base) if info.line else base
    if info.handshake is None:
        return line
    shake = info.handshake
    return replace(line, xonxoff=shake == "xon/xoff", rtscts=shake == "rts/cts", dsrdtr=shake == "dtr/dsr")


def make_driver(info: InstrumentInfo, line: LineSettings, clock: Clock) -> Driver:
    """The registered instrument's driver (called on the instrument's thread; opens nothing yet).

    A multimeter measures DC current here, with the stability check on.
    """
    assert info.port is not None  # checked before the thread starts
    transport = transport_for(info.port, line)
    cls = driver_class(info.driver)
    if issubclass(cls, ScpiMultimeter):
        return cls(transport, clock, quantity="dc_current", stable_within=DMM_STABLE_WITHIN_A)
    return cls(transport, clock)


class InstrumentSource(QWidget):
    """Instrument list, Connect/Disconnect, the live value and its status, and a calibration banner
    (``calibration_banner``, placed by the screen).

    Args:
        drivers: the drivers whose instruments may serve the exercise.
        shown: the live value's words for a reading (e.g. a current in mA).

    Signals:
        instruments_listed(int): emitted after the register was read and offered, with its size.
        instrument_connected(object): emitted after the instrument answered who it is, with its identity.
        reading_changed(object): emitted after the newest reading changed (a Reading, or None when gone).
        instrument_stopped: emitted after the instrument's thread has ended.
    """

    instruments_listed = Signal(int)
    instrument_connected = Signal(object)
    reading_changed = Signal(object)
    instrument_stopped = Signal()

    def __init__(
        self, ctx: AppContext, jobs: JobRunner, drivers: frozenset[str], shown: Callable[[Reading], str],
        parent: QWidget | None = None, *, interval_s: float = READ_INTERVAL_S,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._ctx = ctx
        self._jobs = jobs
        self._drivers = drivers
        self._shown = shown
        self._interval_s = interval_s
        self._registered: dict[str, InstrumentInfo] = {}
        self._link: InstrumentLink | None = None
        self._connected_code: str | None = None
        self._listing = 0
        self.state = SourceState.IDLE
        self.latest: Reading | None = None
        self.identity: InstrumentIdentity | None = None

        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Instrument read for the exercise"))
        self.combo.setToolTip(self.combo.accessibleName())
        self.combo.setPlaceholderText(self.tr("No instrument registered for this exercise"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        self.combo.setMinimumWidth(160)  # else Qt sizes it to the whole placeholder sentence
        self.combo.currentIndexChanged.connect(self._chosen)
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.clicked.connect(self.toggle)
        self.value_label = QLabel("—", self)
        self.value_label.setObjectName("liveValue")
        self.value_label.setMinimumWidth(230)
        self.status_label = QLabel(self)
        self.status_label.setProperty("kind", "readingStatus")
        self.status_label.setMinimumWidth(120)
        self.calibration_banner = MessageBanner(self)
        self.calibration_banner.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.connect_button)
        layout.addWidget(self.value_label)
        layout.addWidget(self.status_label)
        self._show_state()

    # --- what is chosen ---------------------------------------------------------------------------

    @property
    def asset_code(self) -> str | None:
        """The instrument chosen in the list."""
        return str(self.combo.currentData() or "") or None

    @property
    def connected_code(self) -> str | None:
        """The instrument being read now (None when none is connected)."""
        return self._connected_code if self.state is SourceState.CONNECTED else None

    @property
    def running(self) -> bool:
        return self._link is not None

    def choose(self, asset_code: str) -> bool:
        index = self.combo.findData(asset_code)
        if index < 0:
            return False
        self.combo.setCurrentIndex(index)
        return True

    def stable_reading(self) -> Reading | None:
        """The newest reading if the instrument called it stable, else None."""
        reading = self.latest
        return reading if self.connected_code is not None and reading is not None and reading.usable else None

    # --- register ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the register (off the GUI thread) and offer the instruments that fit the exercise."""
        self._listing += 1
        listing = self._listing
        service = self._ctx.instruments
        (
            self._jobs.job(lambda: service.all(include_inactive=False), owner=self)
            .success(lambda rows: self._listed(listing, rows))
            .failure(self._list_failed)
            .start()
        )

    def forget(self) -> None:
        """Disconnect and forget the register (the staff area locked)."""
        self._listing += 1
        self.disconnect_instrument()
        self._offer([])

    def _listed(self, listing: int, rows: list[InstrumentInfo]) -> None:
        if listing != self._listing:
            return
        fitting = [info for info in rows if info.driver in self._drivers]
        self._offer(fitting)
        self.instruments_listed.emit(len(fitting))

    def _list_failed(self, error: BaseException) -> None:
        text = error_text(error, self._ctx.tr)
        if text is None:
            log.error("instrument register could not be read", exc_info=error)
            text = self.tr("The instrument register could not be read: unexpected error; the details are in the log.")
        self.calibration_banner.show_message(MessageKind.ERROR, text)

    def _offer(self, rows: list[InstrumentInfo]) -> None:
        chosen = self.asset_code
        self._registered = {info.asset_code: info for info in rows}
        self.combo.blockSignals(True)
        self.combo.clear()
        for info in rows:
            self.combo.addItem(f"{info.asset_code} — {info.name}", info.asset_code)
        self.combo.setCurrentIndex(0 if rows else -1)
        self.combo.blockSignals(False)
        if chosen is not None:
            self.choose(chosen)
        self._chosen()

    def _chosen(self, _index: int = -1) -> None:
        info = self._registered.get(self.asset_code or "")
        problem = None if info is None else info.calibration_problem
        if problem is None:
            self.calibration_banner.clear_message()
        elif problem.code == "calibration_overdue":
            self.calibration_banner.show_message(MessageKind.ERROR, self.tr(
                "{code}: calibration overdue since {date}. Its readings are not GMP evidence: training use only."
            ).format(code=info.asset_code if info else "", date=day_text(problem.params["since"])))  # fmt: skip
        else:
            self.calibration_banner.show_message(MessageKind.ERROR, self.tr(
                "{code}: no calibration date on record. Its readings are not GMP evidence: training use only."
            ).format(code=info.asset_code if info else ""))  # fmt: skip
        self._show_state()

    # --- connecting -------------------------------------------------------------------------------

    def toggle(self) -> None:
        """Connect when nothing is read, else disconnect."""
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
            return self._refuse(self.tr("Choose an instrument first."))
        if not info.port:
            return self._refuse(self.tr("{code} has no serial port in the register: set it on the instruments page.")
                                .format(code=info.asset_code))  # fmt: skip
        try:
            line = line_of(info)
        except InvalidInput as error:
            return self._refuse(error_text(error, self._ctx.tr) or str(error))
        clock = self._ctx.clock
        link = InstrumentLink(
            lambda: make_driver(info, line, clock), self, interval_s=self._interval_s, messages=self._ctx.tr
        )
        link.connected.connect(functools.partial(self._connected, link))
        link.readings_received.connect(functools.partial(self._readings, link))
        link.faulted.connect(functools.partial(self._faulted, link))
        link.disconnected.connect(functools.partial(self._disconnected, link))
        link.stopped.connect(functools.partial(self._stopped, link))
        self._link, self._connected_code = link, info.asset_code
        self._set_state(SourceState.CONNECTING)
        link.start()
        return None

    def _refuse(self, text: str) -> str:
        self.status_label.setToolTip(text)
        self.calibration_banner.show_message(MessageKind.ERROR, text)
        return text

    def disconnect_instrument(self) -> None:
        """Ask the instrument's thread to end (never waits here)."""
        if self._link is None or self.state is SourceState.STOPPING:
            return
        self._set_state(SourceState.STOPPING)
        self._link.stop(wait_ms=0)

    def shutdown(self) -> None:
        """End the instrument's thread and wait for it (the window is closing)."""
        link, self._link = self._link, None
        if link is not None:
            if not link.stop(SHUTDOWN_WAIT_MS):
                log.error("instrument thread did not end within %d ms", SHUTDOWN_WAIT_MS)
            link.deleteLater()
        self._connected_code = None
        self._set_state(SourceState.IDLE)

    # --- what the instrument's thread says --------------------------------------------------------

    def _connected(self, link: InstrumentLink, identity: InstrumentIdentity) -> None:
        if link is not self._link or self.state is SourceState.STOPPING:
            return
        self.identity = identity
        self.value_label.setToolTip(self.tr("Instrument: {identity}").format(identity=identity.describe()))
        self._set_state(SourceState.CONNECTED)
        self.instrument_connected.emit(identity)

    def _readings(self, link: InstrumentLink, readings: list[Reading]) -> None:
        if link is not self._link or self.state is not SourceState.CONNECTED or not readings:
            return
        self.latest = readings[-1]
        self._show_state()
        self.reading_changed.emit(self.latest)

    def _faulted(self, link: InstrumentLink, detail: str) -> None:
        if link is not self._link or self.state is SourceState.STOPPING:
            return
        self._forget_reading()
        self.status_label.setToolTip(detail)
        self.status_label.setText(self.tr("⚠ Read failed"))
        set_tone(self.status_label, "fail")

    def _disconnected(self, link: InstrumentLink, detail: str) -> None:
        if link is not self._link or self.state is SourceState.STOPPING:
            return
        self.status_label.setToolTip(detail)
        self._set_state(SourceState.LOST)

    def _stopped(self, link: InstrumentLink) -> None:
        link.stop(wait_ms=2000)  # the reader has finished: only the thread's own end is left
        link.deleteLater()
        if link is not self._link:
            return
        self._link, self._connected_code = None, None
        self._set_state(SourceState.IDLE)
        self.instrument_stopped.emit()

    # --- showing ----------------------------------------------------------------------------------

    def _set_state(self, state: SourceState) -> None:
        self.state = state
        if state is not SourceState.CONNECTED:
            self._forget_reading()
        self._show_state()

    def _forget_reading(self) -> None:
        if self.latest is not None:
            self.latest = None
            self.reading_changed.emit(None)

    def _show_state(self) -> None:
        running = self._link is not None
        self.combo.setEnabled(not running)
        self.connect_button.setText(self.tr("Disconnect") if running else self.tr("Connect"))
        # The stylesheet's min-width would let a crowded row squeeze the words off the button.
        self.connect_button.setMinimumWidth(self.connect_button.sizeHint().width())
        self.connect_button.setEnabled(self.state is not SourceState.STOPPING and (running or bool(self._registered)))
        reading = self.latest
        if reading is not None:
            self.value_label.setText(self._shown(reading))
            words, tone = self._status_words(reading)
        else:
            self.value_label.setText("—")
            words, tone = self._state_words(), "none"
        self.status_label.setText(words)
        self.status_label.setAccessibleName(words)
        set_tone(self.status_label, tone)

    def _state_words(self) -> str:
        words = {
            SourceState.IDLE: self.tr("Not connected"),
            SourceState.CONNECTING: self.tr("Connecting…"),
            SourceState.CONNECTED: self.tr("✔ Connected"),
            SourceState.LOST: self.tr("⚠ Disconnected: waiting"),
            SourceState.STOPPING: self.tr("Disconnecting…"),
        }
        return words[self.state]

    def _status_words(self, reading: Reading) -> tuple[str, str]:
        words = {
            ReadingStatus.STABLE: (self.tr("✔ Stable"), "pass"),
            ReadingStatus.DYNAMIC: (self.tr("≈ Not stable"), "open"),
            ReadingStatus.OVERLOAD: (self.tr("▲ Overload"), "fail"),
            ReadingStatus.UNDERLOAD: (self.tr("▼ Underload"), "fail"),
            ReadingStatus.ERROR: (self.tr("⚠ Error"), "fail"),
        }
        return words[reading.status]
