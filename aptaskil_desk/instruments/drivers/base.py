"""What every driver has: its default line settings, identification, and one way to read a value."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import ClassVar

from aptaskil_desk.clock import Clock, SystemClock
from aptaskil_desk.errors import InstrumentProtocolError, InstrumentTimeout
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction

log = logging.getLogger(__name__)


class Driver:
    """Base of the drivers.

    Class attributes describe the protocol: ``name`` (registry key, e.g. ``mt-sics``), ``title``
    (shown to people), ``instrument_kind`` (balance, multimeter, ph_meter, transmitter), ``line``
    (the real instrument's factory line settings) and ``quantities`` it can read.
    """

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    instrument_kind: ClassVar[str] = ""
    line: ClassVar[LineSettings] = LineSettings()
    quantities: ClassVar[tuple[str, ...]] = ()

    def __init__(self, transport: Transport, clock: Clock | None = None) -> None:
        self.transport = transport
        self.clock = clock or SystemClock()
        self.identity = InstrumentIdentity()

    def connect(self) -> InstrumentIdentity:
        """Open the port, forget stale bytes, put the instrument in the state the driver needs,
        and ask who it is. Returns (and keeps) the identity."""
        self.transport.open()
        self.transport.drain()
        self.prepare()
        self.identity = self.identify()
        return self.identity

    def close(self) -> None:
        self.transport.close()

    def prepare(self) -> None:
        """Commands needed before anything else (SCPI ``SYST:REM``); nothing by default."""

    def identify(self) -> InstrumentIdentity:
        raise NotImplementedError

    def read(self) -> Reading:
        """One reading of the main quantity."""
        raise NotImplementedError

    def readings(self, count: int | None = None) -> Iterator[Reading]:
        """``count`` readings (forever when None), one after the other."""
        n = 0
        while count is None or n < count:
            yield self.read()
            n += 1

    # -- helpers -------------------------------------------------------------------------------------

    def reading(
        self, value: Decimal | None, unit: str, status: ReadingStatus, raw: bytes, *, quantity: str = "",
        message: str = "",
    ) -> Reading:  # fmt: skip
        """A reading stamped now, with the identity the instrument gave."""
        if status not in (ReadingStatus.STABLE, ReadingStatus.DYNAMIC):
            value = None
        return Reading(value, unit, status, raw, self.clock.now(), self.identity, quantity, message)

    def reply_matching(self, accept: Callable[[bytes], bool], *, first: bytes | None = None,
                       timeout: float | None = None) -> bytes:  # fmt: skip
        """The next reply line ``accept`` recognises; other lines are logged as garbage and skipped.

        ``first``: a line already read (from :meth:`Transport.exchange`) to consider first.
        Raises InstrumentTimeout when no acceptable line comes within the timeout.
        """
        line = first
        skipped = 0
        budget = self.transport.line.timeout if timeout is None else timeout
        deadline = time.monotonic() + budget
        while True:
            if line is not None:
                if accept(line):
                    return line
                skipped += 1
                self.transport.wire.record(Direction.FAULT, line, note="unexpected line skipped")
                log.warning("%s on %s: unexpected line %r skipped", self.name, self.transport.port, line)
                if skipped > 20:
                    raise InstrumentProtocolError("The instrument on {port} keeps sending lines it should not.",
                                                  port=self.transport.port)  # fmt: skip
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise InstrumentTimeout("No complete reply from the instrument on {port} within {seconds:g} s.",
                                        port=self.transport.port, seconds=budget)  # fmt: skip
            try:
                line = self.transport.read_line(remaining)
            except InstrumentProtocolError:
                line = None  # an over-long line was dropped; keep waiting for a real reply
