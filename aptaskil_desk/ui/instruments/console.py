"""The staff instrument console: connect an instrument, watch its value, plot and wire, record a reading.

Pick a registered instrument (its driver, port and line come from the register), or bring up a
new one by choosing a port, a driver and the line settings. The instrument is read on its own
thread (:class:`~aptaskil_desk.ui.instruments.worker.InstrumentLink`): the GUI never waits on a
port, and Disconnect only *asks* the thread to end — the page says "Disconnecting…" until it has.
Leaving the page (hiding it) disconnects too; :meth:`InstrumentConsole.shutdown` waits for the
thread, for the window's close.

"Record this reading" records the reading on screen through the instrument service, on the job
runner's thread. It is offered only for a stable reading from a registered instrument; the
service still decides (it refuses what is not stable, a withdrawn instrument, a different serial
number) and flags a reading taken outside calibration as not usable as GMP evidence — which the
page also says in a banner as soon as such an instrument is chosen.
"""

from __future__ import annotations

import functools
import logging
import uuid

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.instruments.ports import list_serial_ports
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading
from aptaskil_desk.instruments.wire import WireRecord
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.instruments import NOT_GMP_EVIDENCE, InstrumentInfo, InstrumentService, ReadingInfo
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.instruments.connection_form import ConnectionForm, ConnectionPlan, make_driver
from aptaskil_desk.ui.instruments.console_style import CONSOLE_QSS
from aptaskil_desk.ui.instruments.plot import LivePlot
from aptaskil_desk.ui.instruments.reading_panel import LineState, ReadingPanel
from aptaskil_desk.ui.instruments.wire_monitor import WireMonitor
from aptaskil_desk.ui.instruments.worker import InstrumentLink
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

INSTRUMENT_CONSOLE_PAGE = "instruments"
#: Seconds between two readings: about ten a second, as a person can follow.
READ_INTERVAL_S = 0.1
#: How long the window's close waits for the instrument thread (a read in progress ends at its timeout).
SHUTDOWN_WAIT_MS = 10_000


class InstrumentConsole(QWidget):
    """Connection form, live value, plot, wire monitor and the Record button.

    Signals:
        instruments_listed(int): emitted after the register was read and offered, with its size.
        instrument_connected(object): emitted after the instrument answered who it is (again after a
            reconnection), with its ``InstrumentIdentity``.
        instrument_stopped: emitted after the instrument's thread has ended (Disconnect, page left).
        reading_recorded(object): emitted after the service recorded a reading, with its ``ReadingInfo``.
        record_refused(str): emitted when recording failed or was refused, with the words shown.
    """

    instruments_listed = Signal(int)
    instrument_connected = Signal(object)
    instrument_stopped = Signal()
    reading_recorded = Signal(object)
    record_refused = Signal(str)

    def __init__(
        self, ctx: AppContext, jobs: JobRunner, instruments: InstrumentService, parent: QWidget | None = None, *,
        interval_s: float = READ_INTERVAL_S,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("instrumentConsole")
        self.setStyleSheet(CONSOLE_QSS)
        self._ctx = ctx
        self._messages = ctx.tr  # the services' and drivers' messages, in the page's language
        self._jobs = jobs
        self._instruments = instruments
        self._interval_s = interval_s
        self._staff: StaffInfo | None = None
        self._link: InstrumentLink | None = None
        self._plan: ConnectionPlan | None = None
        self._recording = False
        self._uuid_for: tuple[Reading, str] | None = None  # one UUID per reading: a second click replays
        self._listing = 0  # numbers the register reads; a late answer for a locked area is dropped

        self.form = ConnectionForm(self)
        self.form.connect_button.clicked.connect(self.connect_instrument)
        self.form.disconnect_button.clicked.connect(self.disconnect_instrument)
        self.form.ports_button.clicked.connect(self.refresh_ports)
        self.banner = MessageBanner(self)
        self.panel = ReadingPanel(ctx.tr, self)
        self.record_button = QPushButton(self.tr("Record this reading"), self)
        self.record_button.setProperty("kind", "primary")
        self.record_button.setAccessibleName(self.tr("Record the reading shown"))
        self.record_button.clicked.connect(self.record_reading)
        self.plot = LivePlot(self)
        self.wire = WireMonitor(self)
        self._lay_out()
        self._update_actions()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.panel, 1)
        left.addWidget(self.record_button)
        left_box = QWidget(self)
        left_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        left_box.setFixedWidth(340)
        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(left_box)
        middle.addWidget(self.plot, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addWidget(self.form)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 3)
        layout.addWidget(self.wire, 2)

    def title(self) -> str:
        """The page's name in the staff area's navigation."""
        return self.tr("Instruments")

    @property
    def connected(self) -> bool:
        return self._link is not None and self.panel.state is LineState.CONNECTED

    # --- staff and register -----------------------------------------------------------------------

    def set_staff(self, info: StaffInfo | None) -> None:
        """Open the console for a person; ``None`` (the area locked) disconnects and forgets."""
        self._staff = info
        self._listing += 1
        if info is None:
            self.disconnect_instrument()
            self.banner.clear_message()
            self.wire.clear()
            self.plot.clear()
            self.form.offer([])
        else:
            self.refresh()
        self._update_actions()

    def refresh(self) -> None:
        """Read the register and look for ports again (off the GUI thread)."""
        listing = self._listing
        (
            self._jobs.job(lambda: self._instruments.all(include_inactive=False), owner=self)
            .success(lambda rows: self._listed(listing, rows))
            .failure(lambda error: self._list_failed(listing, error))
            .start()
        )
        self.refresh_ports()

    def refresh_ports(self) -> None:
        self._jobs.job(list_serial_ports, owner=self).success(self.form.offer_ports).start()

    def _listed(self, listing: int, rows: list[InstrumentInfo]) -> None:
        if listing != self._listing:
            return
        self.form.offer(rows)
        self.instruments_listed.emit(len(rows))

    def _list_failed(self, listing: int, error: BaseException) -> None:
        if listing != self._listing:
            return
        text = error_text(error, self._messages)
        if text is None:
            log.error("instrument register could not be read", exc_info=error)
            text = self.tr("The instrument register could not be read: unexpected error; the details are in the log.")
        self.banner.show_message(MessageKind.ERROR, text)

    # --- connecting -------------------------------------------------------------------------------

    def connect_instrument(self) -> bool:
        """Start reading the chosen instrument; False (with the reason shown) when the form is wrong."""
        if self._link is not None:
            return False
        try:
            plan = self.form.plan()
        except InvalidInput as error:
            self.banner.show_message(MessageKind.ERROR, error_text(error, self._messages) or str(error))
            return False
        if not plan.port:
            self.banner.show_message(MessageKind.ERROR, self.tr("Choose the serial port or type its path."))
            return False
        self.banner.clear_message()
        self.plot.clear()
        clock = self._ctx.clock
        link = InstrumentLink(
            lambda: make_driver(plan, clock), self, interval_s=self._interval_s, messages=self._messages
        )
        link.connected.connect(functools.partial(self._connected, link))
        link.readings_received.connect(functools.partial(self._readings, link))
        link.wire_recorded.connect(functools.partial(self._wire, link))
        link.faulted.connect(functools.partial(self._faulted, link))
        link.disconnected.connect(functools.partial(self._disconnected, link))
        link.stopped.connect(functools.partial(self._stopped, link))
        self._link, self._plan = link, plan
        self.panel.set_state(LineState.CONNECTING, f"{plan.port}, {plan.line.baudrate},{plan.line.framing}")
        link.start()
        self._update_actions()
        return True

    def disconnect_instrument(self) -> None:
        """Ask the instrument's thread to end; the page says so once it has (never waits here)."""
        if self._link is None or self.panel.state is LineState.STOPPING:
            return
        self.panel.set_state(LineState.STOPPING)
        self._link.stop(wait_ms=0)
        self._update_actions()

    def shutdown(self) -> None:
        """End the instrument's thread and wait for it (the window is closing)."""
        self.plot.stop()
        link, self._link, self._plan = self._link, None, None
        if link is not None:
            if not link.stop(SHUTDOWN_WAIT_MS):
                log.error("instrument thread did not end within %d ms", SHUTDOWN_WAIT_MS)
            link.deleteLater()
            self.panel.set_state(LineState.IDLE)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page frees the port: nothing reads an instrument nobody watches.
        self.disconnect_instrument()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # --- what the instrument's thread says ----------------------------------------------------------

    def _connected(self, link: InstrumentLink, identity: InstrumentIdentity) -> None:
        if link is not self._link or self.panel.state is LineState.STOPPING:
            return
        self.panel.set_state(LineState.CONNECTED)
        self.panel.set_identity(identity)
        self._check_serial(identity)
        self._update_actions()
        self.instrument_connected.emit(identity)

    def _check_serial(self, identity: InstrumentIdentity) -> None:
        info = self.form.registered(self._plan.asset_code) if self._plan is not None else None
        registered = (info.serial_number or "").strip() if info is not None else ""
        reported = identity.serial_number.strip()
        if info is not None and registered and reported and reported.casefold() != registered.casefold():
            self.banner.show_message(MessageKind.ERROR, self.tr(
                "This instrument reports serial number {reported}, but {code} is registered with {registered}: "
                "its readings will be refused."
            ).format(reported=reported, code=info.asset_code, registered=registered))  # fmt: skip

    def _readings(self, link: InstrumentLink, readings: list[Reading]) -> None:
        if link is not self._link or self.panel.state is not LineState.CONNECTED:
            return
        self.show_readings(readings)

    def show_readings(self, readings: list[Reading]) -> None:
        """Plot a batch of readings and show the newest (the worker's batches come here)."""
        if not readings:
            return
        self.plot.add_readings(readings)
        before = self.panel.reading
        self.panel.show_reading(readings[-1])
        if before is None or before.usable != readings[-1].usable:
            self._update_actions()

    def _wire(self, link: InstrumentLink, records: list[WireRecord]) -> None:
        if link is self._link:
            self.wire.add_records(records)

    def _faulted(self, link: InstrumentLink, detail: str) -> None:
        if link is not self._link or self.panel.state is LineState.STOPPING:
            return
        self.panel.clear_reading()  # what is shown is no longer the instrument's value
        self.panel.show_fault(detail)
        self._update_actions()

    def _disconnected(self, link: InstrumentLink, detail: str) -> None:
        if link is not self._link or self.panel.state is LineState.STOPPING:
            return
        self.panel.set_state(LineState.LOST, detail)
        self._update_actions()

    def _stopped(self, link: InstrumentLink) -> None:
        if not shiboken6.isValid(link):  # shutdown() already waited for it and let it go
            return
        link.stop(wait_ms=2000)  # the reader has finished: only the thread's own end is left
        link.deleteLater()
        if link is not self._link:
            return
        self._link, self._plan = None, None
        detail = self.panel.detail_label.text() if self.panel.state is not LineState.STOPPING else ""
        self.panel.set_state(LineState.IDLE, detail)
        if self._staff is None:  # the area was locked: the last bytes heard go too
            self.wire.clear()
            self.plot.clear()
        self._update_actions()
        self.instrument_stopped.emit()

    # --- recording --------------------------------------------------------------------------------

    def record_reading(self) -> bool:
        """Record the reading on screen through the service (off the GUI thread); False if not offered."""
        reading = self.panel.reading
        plan = self._plan
        staff = self._staff
        if not self.record_button.isEnabled() or reading is None or plan is None or staff is None:
            return False
        code = plan.asset_code
        assert code is not None  # the button is enabled for registered instruments only
        if self._uuid_for is None or self._uuid_for[0] is not reading:
            self._uuid_for = (reading, str(uuid.uuid4()))
        reading_uuid = self._uuid_for[1]
        actor = staff.actor(self._ctx.terminal)
        service = self._instruments
        self._recording = True
        self._update_actions()
        self.banner.show_message(MessageKind.BUSY, self.tr("Recording the reading…"))
        (
            self._jobs.job(lambda: service.record_reading(actor, code, reading, reading_uuid), owner=self)
            .success(self._recorded)
            .failure(self._record_failed)
            .finished(self._record_done)
            .start()
        )
        return True

    def _recorded(self, info: ReadingInfo) -> None:
        words = {"code": info.asset_code, "value": f"{info.value} {info.unit}".strip(),
                 "time": f"{local(info.at):%H:%M:%S}"}  # fmt: skip
        if info.replayed:
            text = self.tr("Already recorded for {code}: {value}, read at {time}.").format(**words)
        else:
            text = self.tr("Recorded for {code}: {value}, read at {time}.").format(**words)
        if info.calibration_ok:
            self.banner.show_message(MessageKind.INFO, text)
        else:
            self.banner.show_message(MessageKind.ERROR, f"{text} {self._messages(NOT_GMP_EVIDENCE)}")
        self.reading_recorded.emit(info)

    def _record_failed(self, error: BaseException) -> None:
        text = error_text(error, self._messages)
        if text is None:
            log.error("reading could not be recorded", exc_info=error)
            text = self.tr("The reading could not be recorded: unexpected error; the details are in the log.")
        self.banner.show_message(MessageKind.ERROR, text)
        self.record_refused.emit(text)

    def _record_done(self) -> None:
        self._recording = False
        self._update_actions()

    def _update_actions(self) -> None:
        self.form.set_running(self._link is not None, stopping=self.panel.state is LineState.STOPPING)
        reading = self.panel.reading
        self.record_button.setEnabled(
            self.connected and self._plan is not None and self._plan.asset_code is not None
            and reading is not None and reading.usable and self._staff is not None and not self._recording
        )  # fmt: skip
