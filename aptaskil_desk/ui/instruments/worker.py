"""One instrument read on its own thread; readings and wire traffic heard on the GUI thread.

The reader is a ``QObject`` moved to a ``QThread`` and started by ``thread.started`` (ARCHITECTURE
rule 7): the GUI never waits on a port. It connects the driver, reads one value after another
(or waits when paused), and when the port goes away it says so and reconnects with back-off.
Readings and wire records are handed over in batches at most every ``batch_s`` seconds, so a
balance streaming at 115200 baud cannot flood the event loop.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from aptaskil_desk.errors import InstrumentDisconnected, InstrumentError
from aptaskil_desk.i18n import Translator
from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading
from aptaskil_desk.instruments.wire import WireRecord
from aptaskil_desk.ui.i18n import error_text

log = logging.getLogger(__name__)


class InstrumentReader(QObject):
    """Worker (lives on the instrument's thread).

    Signals:
        connected(object): emitted on the worker thread with the InstrumentIdentity once the
            instrument answered its identification (again, after a reconnection).
        readings_received(list): emitted on the worker thread with the Readings of the last batch.
        wire_recorded(list): emitted on the worker thread with the WireRecords of the last batch.
        faulted(str): emitted on the worker thread when a read failed (the loop goes on).
        disconnected(str): emitted on the worker thread when the port is gone; reconnection follows.
        finished: emitted on the worker thread when the loop has ended for good.
    """

    connected = Signal(object)
    readings_received = Signal(list)
    wire_recorded = Signal(list)
    faulted = Signal(str)
    disconnected = Signal(str)
    finished = Signal()

    def __init__(
        self, make_driver: Callable[[], Driver], *, interval_s: float, batch_s: float, messages: Translator | None
    ) -> None:  # fmt: skip
        super().__init__()
        self._make_driver = make_driver
        self._messages = messages
        self._interval_s = interval_s
        self._batch_s = batch_s
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._lock = threading.Lock()
        self._readings: list[Reading] = []
        self._wire: list[WireRecord] = []
        self._last_flush = 0.0

    def stop(self) -> None:
        """Ask the loop to end (any thread)."""
        self._stop.set()

    def set_paused(self, paused: bool) -> None:
        """Stop or resume reading without closing the port (any thread)."""
        if paused:
            self._paused.set()
        else:
            self._paused.clear()

    def _words(self, error: InstrumentError) -> str:
        """The error in the people's language (the catalogue is read-only: safe on this thread)."""
        if self._messages is None:
            return str(error)
        return error_text(error, self._messages) or str(error)

    def _heard(self, record: WireRecord) -> None:
        with self._lock:
            self._wire.append(record)

    def _flush(self, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_flush < self._batch_s:
            return
        self._last_flush = now
        with self._lock:
            readings, self._readings = self._readings, []
            wire, self._wire = self._wire, []
        if readings:
            self.readings_received.emit(readings)
        if wire:
            self.wire_recorded.emit(wire)

    @Slot()
    def run(self) -> None:
        """Connect, then read until :meth:`stop`, reconnecting when the port goes away."""
        driver: Driver | None = None
        try:
            driver = self._make_driver()
            driver.transport.wire.add_listener(self._heard)
            self._loop(driver)
        except InstrumentError as error:  # could not even build/open it: say so and end
            self.faulted.emit(self._words(error))
        finally:
            if driver is not None:
                driver.transport.wire.remove_listener(self._heard)
                driver.close()
            self._flush(force=True)
            self.finished.emit()

    def _loop(self, driver: Driver) -> None:
        identity: InstrumentIdentity | None = None
        while not self._stop.is_set():
            try:
                if identity is None:
                    identity = driver.connect()
                    self.connected.emit(identity)
                if self._paused.is_set():
                    self._flush()
                    self._stop.wait(0.05)
                    continue
                reading = driver.read()
                with self._lock:
                    self._readings.append(reading)
            except InstrumentDisconnected as error:
                identity = None
                self._flush(force=True)
                self.disconnected.emit(self._words(error))
                if not driver.transport.reconnect(within=3600.0, stop=self._stop):
                    return
                continue
            except InstrumentError as error:
                self._flush(force=True)
                self.faulted.emit(self._words(error))
                if not driver.transport.is_open:
                    identity = None
                    self._stop.wait(0.5)
            self._flush()
            if self._interval_s:
                self._stop.wait(self._interval_s)


class InstrumentLink(QObject):
    """An instrument heard on the GUI thread; create, start and stop it on the GUI thread.

    Args:
        make_driver: builds the driver with its transport (called on the worker thread).
        interval_s: pause between two readings (0: as fast as the instrument answers).
        batch_s: longest time readings and wire records wait before being handed over.
        messages: translates fault and disconnection texts (None: English).

    Signals: the reader's, re-emitted on the GUI thread, plus ``stopped`` when the thread ended.
    """

    connected = Signal(object)
    readings_received = Signal(list)
    wire_recorded = Signal(list)
    faulted = Signal(str)
    disconnected = Signal(str)
    stopped = Signal()

    def __init__(
        self, make_driver: Callable[[], Driver], parent: QObject | None = None, *, interval_s: float = 0.1,
        batch_s: float = 0.05, messages: Translator | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("instrument")
        self._reader = InstrumentReader(make_driver, interval_s=interval_s, batch_s=batch_s, messages=messages)
        self._reader.moveToThread(self._thread)
        self._thread.started.connect(self._reader.run)
        queued = Qt.ConnectionType.QueuedConnection
        self._reader.connected.connect(self.connected, queued)
        self._reader.readings_received.connect(self.readings_received, queued)
        self._reader.wire_recorded.connect(self.wire_recorded, queued)
        self._reader.faulted.connect(self.faulted, queued)
        self._reader.disconnected.connect(self.disconnected, queued)
        # Direct: quit() is thread-safe, and stop() may be blocking the GUI thread in wait().
        self._reader.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._reader.finished.connect(self.stopped, queued)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def start(self) -> None:
        self._thread.start()

    def set_paused(self, paused: bool) -> None:
        self._reader.set_paused(paused)

    def stop(self, wait_ms: int = 5000) -> bool:
        """End the reading and wait for the thread (at most ``wait_ms``); True if it ended."""
        self._reader.stop()
        if not self._thread.isRunning():
            return True
        return bool(self._thread.wait(wait_ms))
