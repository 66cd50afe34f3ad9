"""Reading a registered instrument on its own thread: what the exercises' instrument source and the
checklist runner's instrument step share (:class:`LinkedInstrument`, their base).

Rules:
1. The register gives the driver, port and line (:func:`line_of`); the driver is built on the
   instrument's thread (:func:`make_driver`), never on the GUI thread.
2. :func:`open_link` wires a new :class:`~aptaskil_desk.ui.instruments.worker.InstrumentLink`'s
   signals to handlers that receive the link first, so that a late signal of a link already
   replaced (or being stopped) is ignored; it does not start the link.
3. Disconnect only *asks* the thread to end; :func:`close_link` waits for it (the window is closing);
   :func:`release_link` ends a link whose thread said it stopped. Both hand the link to Qt for deletion.
4. Only a reading heard while connected is kept, and it is forgotten when the connection is not
   (or no longer) up: a capture never takes a reading of a link that went away.
5. No words are chosen here: each widget says states and refusals in its own translation context
   (``self.tr()`` takes the runtime class name).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import Clock
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.drivers.scpi_dmm import ScpiMultimeter
from aptaskil_desk.instruments.line import LineSettings, parse_line
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading
from aptaskil_desk.instruments.registry import driver_class
from aptaskil_desk.instruments.simulated import transport_for
from aptaskil_desk.services.instruments import InstrumentInfo
from aptaskil_desk.ui.instruments.worker import InstrumentLink

log = logging.getLogger(__name__)

#: How long the window's close waits for the instrument thread (a read in progress ends at its timeout).
SHUTDOWN_WAIT_MS = 10_000
#: How long ending a link whose reader has finished waits for the thread's own end.
STOPPED_WAIT_MS = 2000
#: A multimeter gives no stability flag: a current that moved more than 5 µA (0.03 % of the
#: 16 mA span) since the reading before is not stable yet.
DMM_STABLE_WITHIN_A = Decimal("0.000005")


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


# --- the link -----------------------------------------------------------------------------------------


def open_link(
    ctx: AppContext, info: InstrumentInfo, parent: QObject, *, interval_s: float,
    connected: Callable[[InstrumentLink, InstrumentIdentity], None],
    readings: Callable[[InstrumentLink, list[Reading]], None],
    faulted: Callable[[InstrumentLink, str], None],
    disconnected: Callable[[InstrumentLink, str], None],
    stopped: Callable[[InstrumentLink], None],
) -> InstrumentLink:  # fmt: skip
    """A link reading the registered instrument (which has a port), its signals wired; not started.

    Each handler receives the link first. Raises InvalidInput for line settings that are not understood.
    """
    line = line_of(info)
    clock = ctx.clock
    link = InstrumentLink(lambda: make_driver(info, line, clock), parent, interval_s=interval_s, messages=ctx.tr)
    link.connected.connect(functools.partial(connected, link))
    link.readings_received.connect(functools.partial(readings, link))
    link.faulted.connect(functools.partial(faulted, link))
    link.disconnected.connect(functools.partial(disconnected, link))
    link.stopped.connect(functools.partial(stopped, link))
    return link


def close_link(link: InstrumentLink | None) -> None:
    """End the instrument's thread and wait for it (the window is closing)."""
    if link is None:
        return
    if not link.stop(SHUTDOWN_WAIT_MS):
        log.error("instrument thread did not end within %d ms", SHUTDOWN_WAIT_MS)
    link.deleteLater()


def release_link(link: InstrumentLink) -> None:
    """End a link whose reader has finished: only the thread's own end is left."""
    link.stop(wait_ms=STOPPED_WAIT_MS)
    link.deleteLater()


class SourceState(StrEnum):
    """Where the link to the chosen instrument stands."""

    IDLE = "idle"  # nothing is read
    CONNECTING = "connecting"  # port being opened, instrument asked who it is
    CONNECTED = "connected"
    LOST = "lost"  # the port went away; the worker reconnects by itself
    STOPPING = "stopping"  # Disconnect asked, the thread is finishing


class LinkedInstrument(QWidget):
    """The list of registered instruments (``combo``, the first child), the link to the chosen one,
    its state and newest reading (``latest``); the subclass lays them out and says everything.

    Hooks (each subclass has its own): ``_chosen`` shows the choice, ``_show_state`` the state;
    ``_why_not`` says why the chosen instrument cannot be connected (None when it can; always words
    when none is chosen), ``_refuse_error`` says a line setting error; ``_identified`` shows who the
    instrument said it is; ``_show_fault`` says a failed read (the reading is forgotten already) and
    ``_on_lost`` hears a port gone away.

    Signals:
        instrument_connected(object): emitted after the instrument answered who it is, with its identity.
        reading_changed(object): emitted after the newest reading changed (a Reading, or None when gone).
        instrument_stopped: emitted after the instrument's thread has ended.
    """

    instrument_connected = Signal(object)
    reading_changed = Signal(object)
    instrument_stopped = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None, *, interval_s: float) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._interval_s = interval_s
        self._registered: dict[str, InstrumentInfo] = {}
        self._link: InstrumentLink | None = None
        self._link_code: str | None = None
        self.state = SourceState.IDLE
        self.latest: Reading | None = None
        self.identity: InstrumentIdentity | None = None
        self.combo = QComboBox(self)

    # --- what is chosen ---------------------------------------------------------------------------

    @property
    def asset_code(self) -> str | None:
        """The instrument chosen in the list."""
        return str(self.combo.currentData() or "") or None

    @property
    def connected_code(self) -> str | None:
        """The instrument being read now (None when none is connected)."""
        return self._link_code if self.state is SourceState.CONNECTED else None

    @property
    def running(self) -> bool:
        return self._link is not None

    def choose(self, asset_code: str) -> bool:
        """Choose an instrument in the list; False when it is not offered."""
        return self._select(asset_code)

    def _select(self, asset_code: str) -> bool:
        index = self.combo.findData(asset_code)
        if index < 0:
            return False
        self.combo.setCurrentIndex(index)
        return True

    def stable_reading(self) -> Reading | None:
        """The newest reading if the instrument called it stable, else None."""
        reading = self.latest
        return reading if self.connected_code is not None and reading is not None and reading.usable else None

    def _offer(self, rows: Sequence[InstrumentInfo], index: int | None = None) -> None:
        """Offer ``rows``, choose the one at ``index`` (default: the first), then the one chosen before
        if it is still offered, and show the choice."""
        keep = self.asset_code
        self._registered = {info.asset_code: info for info in rows}
        self.combo.blockSignals(True)
        self.combo.clear()
        for info in rows:
            self.combo.addItem(f"{info.asset_code} — {info.name}", info.asset_code)
        self.combo.setCurrentIndex((0 if rows else -1) if index is None else index)
        if keep is not None:
            self._select(keep)
        self.combo.blockSignals(False)
        self._chosen()

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
        refusal = self._why_not(info)
        if refusal is not None:
            return refusal
        assert info is not None  # _why_not says why when none is chosen
        try:
            link = open_link(
                self._ctx, info, self, interval_s=self._interval_s, connected=self._on_connected,
                readings=self._on_readings, faulted=self._on_fault, disconnected=self._on_lost,
                stopped=self._on_stopped,
            )  # fmt: skip
        except InvalidInput as error:
            return self._refuse_error(error)
        self._link, self._link_code = link, info.asset_code
        self._set_state(SourceState.CONNECTING)
        link.start()
        return None

    def disconnect_instrument(self) -> None:
        """Ask the instrument's thread to end (never waits here)."""
        if self._link is None or self.state is SourceState.STOPPING:
            return
        self._set_state(SourceState.STOPPING)
        self._link.stop(wait_ms=0)

    def shutdown(self) -> None:
        """End the instrument's thread and wait for it (the window is closing)."""
        link, self._link = self._link, None
        close_link(link)
        self._link_code = None
        self._set_state(SourceState.IDLE)

    # --- what the instrument's thread says --------------------------------------------------------

    def _is_current(self, link: InstrumentLink) -> bool:
        """Whether a signal of ``link`` still counts: the link read now, not being stopped."""
        return link is self._link and self.state is not SourceState.STOPPING

    def _on_connected(self, link: InstrumentLink, identity: InstrumentIdentity) -> None:
        if not self._is_current(link):
            return
        self.identity = identity
        self._identified(identity)
        self._set_state(SourceState.CONNECTED)
        self.instrument_connected.emit(identity)

    def _on_readings(self, link: InstrumentLink, readings: list[Reading]) -> None:
        if link is not self._link or self.state is not SourceState.CONNECTED or not readings:
            return
        self.latest = readings[-1]
        self._show_state()
        self.reading_changed.emit(self.latest)

    def _on_fault(self, link: InstrumentLink, detail: str) -> None:
        if not self._is_current(link):
            return
        self._forget_reading()
        self._show_fault(detail)

    def _on_stopped(self, link: InstrumentLink) -> None:
        release_link(link)
        if link is not self._link:
            return
        self._link, self._link_code = None, None
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

    # --- hooks --------------------------------------------------------------------------------------

    def _chosen(self) -> None:
        raise NotImplementedError

    def _show_state(self) -> None:
        raise NotImplementedError

    def _why_not(self, info: InstrumentInfo | None) -> str | None:
        raise NotImplementedError

    def _refuse_error(self, error: InvalidInput) -> str:
        raise NotImplementedError

    def _identified(self, identity: InstrumentIdentity) -> None:
        raise NotImplementedError

    def _show_fault(self, detail: str) -> None:
        raise NotImplementedError

    def _on_lost(self, link: InstrumentLink, detail: str) -> None:
        raise NotImplementedError
