"""One stable reading from a registered instrument, taken now, for a caller with no thread to spare.

The command line (``checklist execute``) reads instruments this way; the GUI reads them on their own
thread instead (``ui/instruments/worker.py``). The caller gives what the register holds (driver, port,
line, handshake) — this module knows nothing of the database.

Rules:
1. The port is opened (a ``sim://`` port starts its simulator), the instrument connected and asked
   who it is, and the port is closed again whatever happens.
2. Only a stable reading is returned. A dynamic, overloaded, underloaded or error reading, or a reply
   that did not come in time, is another attempt; at most ``attempts`` of them, and none started after
   ``timeout`` seconds. A balance's own wait for a stable weight is cut to the time left.
3. When no attempt gave a stable reading, ``InstrumentError`` says so with the last reading; a reply
   that never came in the last attempt is raised as it is. A lost port ends at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from aptaskil_desk.clock import Clock
from aptaskil_desk.errors import InstrumentDisconnected, InstrumentError, InvalidInput
from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.drivers.modbus import ModbusTransmitter
from aptaskil_desk.instruments.drivers.orion import OrionStarPhMeter
from aptaskil_desk.instruments.drivers.scpi_dmm import ScpiMultimeter
from aptaskil_desk.instruments.line import LineSettings, parse_line
from aptaskil_desk.instruments.reading import Reading
from aptaskil_desk.instruments.registry import driver_class
from aptaskil_desk.instruments.simulated import transport_for

#: Attempts at a stable reading, and the seconds after which no new attempt starts.
ATTEMPTS = 5
TIMEOUT_S = 60.0
#: Seconds between two attempts.
PAUSE_S = 0.2
HANDSHAKES = ("none", "xon/xoff", "rts/cts", "dtr/dsr")


def registered_line(driver: str, line: str | None = None, handshake: str | None = None) -> LineSettings:
    """The driver's factory line with the registered speed/framing (``9600,8N1``) and handshake.

    Raises InvalidInput for an unknown driver or line settings that are not understood.
    """
    base = driver_class(driver).line
    settings = parse_line(line, base) if line else base
    if handshake is None:
        return settings
    if handshake not in HANDSHAKES:
        raise InvalidInput("Unknown handshake {value!r}: use none, xon/xoff, rts/cts or dtr/dsr.", value=handshake)
    return replace(settings, xonxoff=handshake == "xon/xoff", rtscts=handshake == "rts/cts",
                   dsrdtr=handshake == "dtr/dsr")  # fmt: skip


def read_stable(
    driver: str, port: str, *, line: str | None = None, handshake: str | None = None, quantity: str | None = None,
    clock: Clock | None = None, name: str = "", attempts: int = ATTEMPTS, timeout: float = TIMEOUT_S,
) -> Reading:  # fmt: skip
    """A stable reading of ``quantity`` (the driver's main one when None) from the instrument on ``port``.

    ``name`` (the asset code) names the instrument in messages. Raises InvalidInput for a bad driver,
    line or quantity, InstrumentDisconnected when the port cannot be used, InstrumentError when no
    stable reading came (rules 2–3).
    """
    if attempts < 1 or timeout <= 0:
        raise ValueError("at least one attempt and a positive timeout")
    cls = driver_class(driver)
    if quantity is not None and quantity not in cls.quantities:
        raise InvalidInput("A {driver} instrument does not read {quantity}.", driver=driver, quantity=quantity)
    transport = transport_for(port, registered_line(driver, line, handshake))
    instrument = cls(transport, clock, quantity=quantity) if issubclass(cls, ScpiMultimeter) and quantity else \
        cls(transport, clock)  # fmt: skip
    try:
        instrument.connect()
        return _first_stable(instrument, _reader(instrument, quantity), name or port, attempts, timeout)
    finally:
        instrument.close()


def _reader(instrument: Driver, quantity: str | None) -> Callable[[], Reading]:
    """How to ask this instrument for one value of ``quantity``, waiting for stability where it can."""
    if isinstance(instrument, OrionStarPhMeter) and quantity in ("mv", "temperature"):
        return lambda: getattr(instrument.read_all(), quantity or "ph")
    if isinstance(instrument, ModbusTransmitter) and quantity == "pressure":
        return instrument.read_process_value
    stable: Callable[[], Reading] | None = getattr(instrument, "read_stable", None)
    return stable if stable is not None else instrument.read


def _first_stable(instrument: Driver, read: Callable[[], Reading], name: str, attempts: int, timeout: float) -> Reading:
    deadline = time.monotonic() + timeout
    last: Reading | None = None
    made = 0
    while made < attempts:
        if made:
            if deadline - time.monotonic() <= PAUSE_S:
                break
            time.sleep(PAUSE_S)
        made += 1
        if hasattr(instrument, "settle_timeout"):  # a balance waits for stability itself: not beyond the budget
            instrument.settle_timeout = max(0.5, min(float(instrument.settle_timeout), deadline - time.monotonic()))
        try:
            reading = read()
        except InstrumentDisconnected:
            raise
        except InstrumentError:
            if made == attempts or deadline - time.monotonic() <= PAUSE_S:
                raise
            continue
        if reading.usable:
            return reading
        last = reading
    raise InstrumentError(
        "{instrument} gave no stable reading in {attempts} attempt(s) within {seconds:g} s (last: {last}). "
        "Check the instrument and its surroundings, then try again.",
        instrument=name, attempts=made, seconds=timeout, last=last.describe().rstrip(".") if last else "—",
    )  # fmt: skip
