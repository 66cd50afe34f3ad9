"""One serial line to one instrument: write a command, read a reply to its terminator, keep the bytes.

Why not ``Serial.readline``: on timeout it returns a partial line without saying so, and it grows
without limit when no terminator comes. Here a reply is complete (terminator present) or it is an
:class:`~aptaskil_desk.errors.InstrumentTimeout`; a line longer than ``max_line`` is thrown away
up to its terminator and reported, so memory stays bounded whatever arrives. Every byte goes to the
:class:`~aptaskil_desk.instruments.wire.WireLog`, every fault is logged.

The port is opened through ``serial.serial_for_url`` so tests can pass a pseudo-terminal path,
``loop://`` or an already-open object. When the port disappears, :meth:`Transport.reconnect`
reopens it with back-off.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import serial

from aptaskil_desk.errors import InstrumentDisconnected, InstrumentProtocolError, InstrumentTimeout
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.wire import Direction, WireLog

log = logging.getLogger(__name__)

#: Longest reply line kept (bytes); the longest real one (Orion CSV) is about 120.
MAX_LINE = 4096
_CHUNK = 4096

try:  # POSIX: a vanished pseudo-terminal or USB adapter also fails in termios calls
    from termios import error as _TermiosError
except ImportError:  # pragma: no cover - Windows
    _TermiosError = OSError  # type: ignore[misc,assignment]

#: What a failing port raises. TypeError: pyserial on a vanished pty ("device reports readiness
#: to read but returned no data") sometimes surfaces as a failed len() on None.
_PORT_ERRORS = (serial.SerialException, OSError, _TermiosError, TypeError)


def open_serial(port: str, line: LineSettings) -> Any:
    """Open ``port`` (a device path, a pseudo-terminal, or a pyserial URL) with ``line``."""
    try:
        handle = serial.serial_for_url(port, do_not_open=True)
        handle.baudrate = line.baudrate
        handle.bytesize = line.bytesize
        handle.parity = line.parity
        handle.stopbits = line.stopbits
        handle.xonxoff = line.xonxoff
        handle.rtscts = line.rtscts
        handle.dsrdtr = line.dsrdtr
        handle.timeout = line.poll
        handle.write_timeout = line.write_timeout
        handle.open()
    except (*_PORT_ERRORS, ValueError) as error:
        raise InstrumentDisconnected("Cannot open the port {port}: {error}", port=port, error=error) from error
    return handle


class Transport:
    """A line to one instrument, safe to use from one thread at a time (the I/O thread).

    ``port`` is opened lazily by :meth:`open`; ``handle`` may instead be an already-open
    pyserial object (tests, ``loop://``), in which case :meth:`reconnect` cannot reopen it.
    """

    def __init__(
        self,
        port: str,
        line: LineSettings,
        *,
        wire: WireLog | None = None,
        max_line: int = MAX_LINE,
        handle: Any = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.port = port
        self.line = line
        self.wire = wire if wire is not None else WireLog()
        self.max_line = max_line
        self._handle = handle
        self._buffer = bytearray()
        self._discarding = False  # inside an over-long line: drop bytes up to its terminator
        self._monotonic = monotonic
        self._lock = threading.Lock()

    # -- opening and closing -------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._handle is not None and bool(self._handle.is_open)

    def open(self) -> None:
        """Open the port if it is not open. Raises InstrumentDisconnected when it cannot."""
        if self.is_open:
            return
        self._handle = self._open_handle()
        self._buffer.clear()
        self._discarding = False
        self.wire.record(Direction.EVENT, note=f"opened {self.port} ({self.line.describe()})")

    def _open_handle(self) -> Any:
        """The open pyserial object for :attr:`port` (subclasses open something else)."""
        return open_serial(self.port, self.line)

    def close(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(*_PORT_ERRORS):
                self._handle.close()
            self._handle = None
            self.wire.record(Direction.EVENT, note=f"closed {self.port}")

    def reconnect(self, *, within: float = 10.0, first_wait: float = 0.1, longest_wait: float = 2.0,
                  stop: threading.Event | None = None) -> bool:  # fmt: skip
        """Close and reopen the port, waiting longer after each failure, for at most ``within`` s.

        Returns True once open again, False when the time ran out or ``stop`` was set.
        """
        self.close()
        deadline = self._monotonic() + within
        wait = first_wait
        attempt = 0
        while True:
            attempt += 1
            try:
                self.open()
            except InstrumentDisconnected as error:
                remaining = deadline - self._monotonic()
                if remaining <= 0:
                    self._fault(f"still unreachable after {attempt} attempts: {error}")
                    return False
                if stop is not None and stop.wait(min(wait, remaining)):
                    return False
                if stop is None:
                    time.sleep(min(wait, remaining))
                wait = min(wait * 2, longest_wait)
                continue
            self.wire.record(Direction.EVENT, note=f"reconnected after {attempt} attempt(s)")
            log.info("instrument port %s reconnected after %d attempt(s)", self.port, attempt)
            return True

    def __enter__(self) -> Transport:
        self.open()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- bytes -----------------------------------------------------------------------------------

    def _require(self) -> Any:
        if not self.is_open:
            raise InstrumentDisconnected("The port {port} is not open.", port=self.port)
        return self._handle

    def _fault(self, note: str) -> None:
        self.wire.record(Direction.FAULT, note=note)
        log.warning("instrument port %s: %s", self.port, note)

    def _disconnected(self, error: BaseException) -> InstrumentDisconnected:
        self._fault(f"disconnected: {error}")
        self.close()
        return InstrumentDisconnected("The instrument on {port} was disconnected ({error}).",
                                      port=self.port, error=error)  # fmt: skip

    def write(self, data: bytes) -> None:
        """Send ``data`` as is (the caller adds the terminator); recorded as TX."""
        handle = self._require()
        try:
            handle.write(data)
            handle.flush()
        except serial.SerialTimeoutException as error:
            self._fault(f"write timed out: {error}")
            raise InstrumentTimeout("The instrument on {port} does not accept data (handshake?).",
                                    port=self.port) from error  # fmt: skip
        except _PORT_ERRORS as error:
            raise self._disconnected(error) from error
        self.wire.record(Direction.TX, data)

    def _read_some(self, handle: Any) -> bytes:
        try:
            waiting = handle.in_waiting
            chunk: bytes = handle.read(min(max(waiting, 1), _CHUNK))
        except _PORT_ERRORS as error:
            raise self._disconnected(error) from error
        return chunk

    def read_line(self, timeout: float | None = None) -> bytes:
        """The next complete line, terminator included.

        Raises:
            InstrumentTimeout: no terminator within ``timeout`` (the line's default); what did
                arrive stays buffered for the next read and is in the exception's ``partial``.
            InstrumentProtocolError: a line longer than ``max_line``; its bytes up to the next
                terminator are dropped.
            InstrumentDisconnected: the port went away.
        """
        handle = self._require()
        terminator = self.line.terminator
        deadline = self._monotonic() + (self.line.timeout if timeout is None else timeout)
        last_look = False  # past the deadline, what has already arrived is read once more first
        while True:
            line = self._take_line(terminator)
            if line is not None:
                self.wire.record(Direction.RX, line)
                return line
            if self._monotonic() >= deadline and not last_look:
                # The thread may have been held up (a loaded machine) since the last read: bytes
                # that arrived in time must not be reported as missing.
                last_look = True
            elif last_look:
                partial = bytes(self._buffer)
                self._fault(f"timeout waiting for a reply; {len(partial)} byte(s) without terminator")
                raise InstrumentTimeout("No complete reply from the instrument on {port} within {seconds:g} s.",
                                        partial=partial, port=self.port,
                                        seconds=self.line.timeout if timeout is None else timeout)  # fmt: skip
            chunk = self._read_some(handle)
            if chunk:
                self._accept(chunk, terminator)

    def _accept(self, chunk: bytes, terminator: bytes) -> None:
        """Add ``chunk`` to the buffer, throwing away an over-long line up to its terminator."""
        carry = len(terminator) - 1  # a terminator may be split across two chunks
        if self._discarding:
            data = bytes(self._buffer) + chunk  # the buffer holds only the carry here
            end = data.find(terminator)
            if end < 0:
                self._buffer[:] = data[len(data) - carry :] if carry else b""
                return
            self._discarding = False
            self._buffer[:] = data[end + len(terminator) :]
            chunk = b""
        self._buffer += chunk
        end = self._buffer.find(terminator)
        if len(self._buffer) <= self.max_line or 0 <= end <= self.max_line - len(terminator):
            return
        if end < 0:
            dropped = len(self._buffer) - carry
            self._buffer[:] = self._buffer[len(self._buffer) - carry :] if carry else b""
            self._discarding = True
        else:
            dropped = end + len(terminator)
            del self._buffer[:dropped]
        self._fault(f"line longer than {self.max_line} bytes: {dropped} byte(s) dropped up to the next terminator")
        raise InstrumentProtocolError("The instrument on {port} sent a line longer than {limit} bytes.",
                                      port=self.port, limit=self.max_line)  # fmt: skip

    def _take_line(self, terminator: bytes) -> bytes | None:
        """The first complete line of the buffer, or None; an over-long one (it can arrive whole,
        behind a short line, in one chunk) is dropped and refused like one still arriving."""
        end = self._buffer.find(terminator)
        if end < 0:
            return None
        end += len(terminator)
        line = bytes(self._buffer[:end])
        del self._buffer[:end]
        if len(line) > self.max_line:
            self._fault(f"line longer than {self.max_line} bytes: {len(line)} byte(s) dropped")
            raise InstrumentProtocolError("The instrument on {port} sent a line longer than {limit} bytes.",
                                          port=self.port, limit=self.max_line)  # fmt: skip
        return line

    def read_frame(self, *, silence: float, timeout: float | None = None, limit: int = 256) -> bytes:
        """Bytes up to a gap of ``silence`` seconds (Modbus RTU: 3.5 character times).

        Raises InstrumentTimeout when nothing at all arrives within ``timeout``.
        """
        handle = self._require()
        deadline = self._monotonic() + (self.line.timeout if timeout is None else timeout)
        frame = bytearray(self._buffer)
        self._buffer.clear()
        last = self._monotonic()
        while True:
            chunk = self._read_some(handle)
            now = self._monotonic()
            if chunk:
                frame += chunk
                last = now
                if len(frame) > limit:
                    self._fault(f"frame longer than {limit} bytes dropped")
                    raise InstrumentProtocolError("The instrument on {port} sent a frame longer than {limit} bytes.",
                                                  port=self.port, limit=limit)  # fmt: skip
            elif frame and now - last >= silence:
                self.wire.record(Direction.RX, bytes(frame))
                return bytes(frame)
            elif not frame and now >= deadline:
                self._fault("timeout waiting for a reply frame")
                raise InstrumentTimeout(
                    "No reply from the instrument on {port} within {seconds:g} s.",
                    port=self.port,
                    seconds=self.line.timeout if timeout is None else timeout,
                )

    def drain(self) -> bytes:
        """Throw away whatever is waiting (stale replies, power-on chatter); recorded, returned."""
        handle = self._require()
        stale = bytearray(self._buffer)
        self._buffer.clear()
        self._discarding = False
        try:
            while handle.in_waiting:
                stale += handle.read(handle.in_waiting)
        except _PORT_ERRORS as error:
            raise self._disconnected(error) from error
        if stale:
            self.wire.record(Direction.RX, bytes(stale), note="discarded")
        return bytes(stale)

    def exchange(self, command: bytes, *, timeout: float | None = None) -> bytes:
        """Send ``command`` + terminator and return the reply line (terminator included).

        One exchange at a time (the lock): instruments like MT-SICS balances must not be
        pipelined.
        """
        with self._lock:
            self.write(command + self.line.terminator)
            return self.read_line(timeout)

    def send(self, command: bytes) -> None:
        """Send ``command`` + terminator, expecting no reply (SCPI ``CONF:…``)."""
        with self._lock:
            self.write(command + self.line.terminator)
