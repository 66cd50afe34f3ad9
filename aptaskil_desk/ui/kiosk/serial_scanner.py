"""A serial (USB CDC) badge scanner: lines read on a worker thread, scans heard on the GUI thread.

The reader is a ``QObject`` worker moved to a ``QThread`` and started by ``thread.started``
(ARCHITECTURE rule 7). It reads with a short timeout so that a stop request is seen quickly,
and ``cancel_read()`` wakes it at once where pyserial supports it. A port that fails (missing,
unplugged) is reported and opened again after ``reopen_s`` seconds: a scanner plugged back in
works again without restarting the kiosk.
"""

from __future__ import annotations

import contextlib
import logging
import threading

import serial
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)

#: Longest line kept; badge codes have 18 characters, so anything far longer is noise.
MAX_LINE = 128


class LineSplitter:
    """Bytes in, clean lines out: CR/LF-terminated, printable ASCII, not over-long.

    A line with other bytes (noise, a wrong baud rate) or longer than ``max_length`` is dropped
    with a log line, never passed on half-read.
    """

    def __init__(self, max_length: int = MAX_LINE) -> None:
        self.max_length = max_length
        self._buffer = bytearray()
        self._overflowed = False

    def feed(self, data: bytes) -> list[str]:
        """The complete lines that ``data`` finished, oldest first."""
        lines: list[str] = []
        for byte in data:
            if byte in (0x0D, 0x0A):
                line = self._end_line()
                if line:
                    lines.append(line)
            elif self._overflowed:
                continue
            elif len(self._buffer) >= self.max_length:
                log.warning("serial scanner: dropped a line longer than %d bytes", self.max_length)
                self._overflowed = True
                self._buffer.clear()
            else:
                self._buffer.append(byte)
        return lines

    def _end_line(self) -> str | None:
        raw = bytes(self._buffer)
        self._buffer.clear()
        if self._overflowed:
            self._overflowed = False
            return None
        if not raw:
            return None
        if any(b < 0x20 or b > 0x7E for b in raw):
            log.warning("serial scanner: dropped a line of %d bytes that is not printable ASCII", len(raw))
            return None
        return raw.decode("ascii")


class SerialReader(QObject):
    """Worker (lives on the scanner's thread): opens the port and reads lines until stopped.

    Signals:
        port_opened: emitted on the worker thread once the port is open and being read.
        line_read(str): emitted on the worker thread for each clean line.
        port_failed(str): emitted on the worker thread when the port cannot be opened or read.
        finished: emitted on the worker thread when reading has stopped for good.
    """

    port_opened = Signal()
    line_read = Signal(str)
    port_failed = Signal(str)
    finished = Signal()

    def __init__(self, port: str, baud: int, *, poll_s: float, reopen_s: float | None, max_line: int) -> None:
        super().__init__()
        self._port_name = port
        self._baud = baud
        self._poll_s = poll_s
        self._reopen_s = reopen_s
        self._max_line = max_line
        self._stop = threading.Event()
        # Guards ``_port`` between the worker (open, close) and the GUI thread (cancel_read).
        self._lock = threading.Lock()
        self._port: serial.Serial | None = None

    @Slot()
    def run(self) -> None:
        """Read until :meth:`stop`; reopen a failed port after ``reopen_s`` unless that is None."""
        try:
            while not self._stop.is_set():
                try:
                    self._read_port()
                except (serial.SerialException, OSError, ValueError) as error:
                    if self._stop.is_set():
                        break
                    log.warning("serial scanner on %s failed: %s", self._port_name, error)
                    self.port_failed.emit(str(error))
                    if self._reopen_s is None:
                        break
                    self._stop.wait(self._reopen_s)
        finally:
            self.finished.emit()

    def stop(self) -> None:
        """Ask the reading loop to end (any thread); wakes a read in progress."""
        self._stop.set()
        with self._lock:
            port = self._port
            if port is not None and hasattr(port, "cancel_read"):
                # A failing port cannot be woken; the loop sees the stop flag after its timeout.
                with contextlib.suppress(serial.SerialException, OSError):
                    port.cancel_read()

    def _read_port(self) -> None:
        port = serial.Serial(self._port_name, self._baud, timeout=self._poll_s)
        with self._lock:
            self._port = port
        log.info("serial scanner reading %s at %d baud", self._port_name, self._baud)
        # Opening flushed what the port held: only bytes sent from now on are read.
        self.port_opened.emit()
        splitter = LineSplitter(self._max_line)
        try:
            while not self._stop.is_set():
                data = port.read(max(1, port.in_waiting))
                for line in splitter.feed(data):
                    self.line_read.emit(line)
        finally:
            with self._lock:
                self._port = None
            port.close()


class SerialScanner(QObject):
    """A scanner on a serial port, heard on the GUI thread; create and stop it on the GUI thread.

    Started once and stopped once: a stopped scanner stays stopped (make a new one to read again).

    Args:
        port: the port name (``COM3``, ``/dev/ttyACM0``).
        baud: its speed; USB CDC scanners ignore it, RS-232 ones need the configured value.
        poll_s: read timeout, the longest a stop waits where ``cancel_read`` is missing.
        reopen_s: wait before opening a failed port again; ``None`` gives up after one failure.

    Signals:
        port_opened: emitted on the GUI thread once the port is open (again) and being read.
        badge_scanned(str): emitted on the GUI thread for each line read, as received.
        port_failed(str): emitted on the GUI thread when the port failed, with the system's message.
        stopped: emitted on the GUI thread after the reader ended (stopped, or gave up).
    """

    port_opened = Signal()
    badge_scanned = Signal(str)
    port_failed = Signal(str)
    stopped = Signal()

    def __init__(
        self,
        port: str,
        baud: int = 9600,
        parent: QObject | None = None,
        *,
        poll_s: float = 0.2,
        reopen_s: float | None = 5.0,
        max_line: int = MAX_LINE,
    ) -> None:
        super().__init__(parent)
        self.port = port
        self._thread = QThread(self)
        self._thread.setObjectName(f"serial-scanner {port}")
        self._reader = SerialReader(port, baud, poll_s=poll_s, reopen_s=reopen_s, max_line=max_line)
        self._reader.moveToThread(self._thread)
        self._thread.started.connect(self._reader.run)
        queued = Qt.ConnectionType.QueuedConnection
        self._reader.port_opened.connect(self.port_opened, queued)
        self._reader.line_read.connect(self.badge_scanned, queued)
        self._reader.port_failed.connect(self.port_failed, queued)
        self._reader.finished.connect(self._thread.quit)
        self._reader.finished.connect(self.stopped, queued)
        self._opened = False
        self.port_opened.connect(lambda: self._set_opened(True))
        self.port_failed.connect(lambda _message: self._set_opened(False))
        self.stopped.connect(lambda: self._set_opened(False))

    @property
    def running(self) -> bool:
        """True while the reading thread runs (the port may still be closed, waiting to reopen)."""
        return self._thread.isRunning()

    @property
    def opened(self) -> bool:
        """True while the port is open and read, as last reported to the GUI thread."""
        return self._opened

    def _set_opened(self, opened: bool) -> None:
        self._opened = opened

    def start(self) -> None:
        """Open the port and start reading on the scanner's thread."""
        if not self._thread.isRunning():
            self._thread.start()

    def stop(self, timeout_ms: int = 3000) -> bool:
        """End reading and wait for the thread; True when it ended within ``timeout_ms``."""
        self._reader.stop()
        self._thread.quit()
        if not self._thread.isRunning():
            return True
        ended = self._thread.wait(timeout_ms)
        if not ended:
            log.error("serial scanner thread on %s did not stop within %d ms", self.port, timeout_ms)
        return bool(ended)
