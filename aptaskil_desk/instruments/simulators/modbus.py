"""A simulated Modbus RTU 4–20 mA signal conditioner, with the register map of
:data:`aptaskil_desk.instruments.modbus_frame.CONDITIONER`.

Like a real slave it ignores a frame with a bad CRC and a frame for another address (silence:
the master times out), answers unknown functions, addresses and values with exception replies
01/02/03, and ``Scenario.error_every`` with exception 04 (device failure). ``Scenario.garbage_every``
puts stray bytes in front of a reply, inside the same frame, so that its CRC fails — what noise on
an RS-485 line does. The simulated quantity (:meth:`set_value`) is the loop current in mA;
:meth:`set_process_value` sets it from a process value through the configured range.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import ClassVar

from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.modbus_frame import (
    BROADCAST,
    CONDITIONER,
    MAX_READ,
    MAX_SLAVE,
    MAX_WRITE,
    STATUS_OVER_RANGE,
    STATUS_SETTLING,
    STATUS_UNDER_RANGE,
    ExceptionCode,
    Frame,
    Function,
    exception_reply,
    parse_frame,
    signed16,
    unsigned16,
    unwords,
    with_crc,
    words,
)
from aptaskil_desk.instruments.simulators.base import Scenario, Simulator

log = logging.getLogger(__name__)

#: Register words that mean "over range" / "under range" on the signed measurement registers.
OVER_RANGE_WORD = 0x7FFF
UNDER_RANGE_WORD = 0x8000
#: Holding registers (see the driver's map).
SLAVE_ADDRESS, DAMPING, RANGE_LOW, RANGE_HIGH = 0, 1, 2, 3
_LIMITS = {SLAVE_ADDRESS: (1, MAX_SLAVE), DAMPING: (0, 600), RANGE_LOW: (-32767, 32766), RANGE_HIGH: (-32767, 32766)}
_SIGNED = {RANGE_LOW, RANGE_HIGH}
_MILLI = Decimal("0.001")
_MAX_MA = Decimal(24)


class _Refused(Exception):
    """Internal: the request gets the exception reply ``code``."""

    def __init__(self, code: ExceptionCode) -> None:
        super().__init__(code)
        self.code = code


def _ascii_words(text: str, count: int) -> list[int]:
    data = text.encode("ascii")[: 2 * count].ljust(2 * count, b"\x00")
    return unwords(data)


class ModbusSimulator(Simulator):
    """A single-channel conditioner: loop current in, process value and status out."""

    kind: ClassVar[str] = "modbus-rtu"
    title: ClassVar[str] = "Modbus RTU 4–20 mA signal conditioner (simulated)"
    terminator: ClassVar[bytes | None] = None
    frame_gap: ClassVar[float] = 0.004  # 3.5 characters at 9600 baud 8N1 (3.65 ms)

    def __init__(
        self, scenario: Scenario | None = None, *, value: Decimal | int | str = "12.000", link: Path | None = None,
        monotonic: Callable[[], float] = time.monotonic, paced: LineSettings | None = None, slave: int = 1,
        process_range: tuple[Decimal | int | str, Decimal | int | str] = (0, 10), model: str = "AI-420 SIM",
        serial_number: str = "MB-000001", firmware: tuple[int, int] = (1, 4),
    ) -> None:  # fmt: skip
        super().__init__(scenario, value=value, link=link, monotonic=monotonic, paced=paced)
        low, high = (int(Decimal(end) * 1000) for end in process_range)
        if not -32767 <= low < high <= 32766:
            raise ValueError(f"process range {process_range} is not low < high within ±32.766")
        self.holding: dict[int, int] = {SLAVE_ADDRESS: 1, DAMPING: 0, RANGE_LOW: unsigned16(low),
                                        RANGE_HIGH: unsigned16(high)}  # fmt: skip
        self.slave = slave
        self._identity: dict[int, int] = {}
        if (where := CONDITIONER.identity) is not None:
            for (start, count), text in ((where.model, model), (where.serial, serial_number)):
                self._identity.update(zip(range(start, start + count), _ascii_words(text, count), strict=True))
            if where.firmware is not None:
                self._identity[where.firmware] = firmware[0] << 8 | firmware[1]

    # -- settings --------------------------------------------------------------------------------

    @property
    def slave(self) -> int:
        """The address this device answers to (holding register 0)."""
        return self.holding[SLAVE_ADDRESS]

    @slave.setter
    def slave(self, address: int) -> None:
        """Answer to ``address`` (1–247) from now on."""
        if not 1 <= address <= MAX_SLAVE:
            raise ValueError(f"a Modbus slave address is 1–247, not {address}")
        with self._lock:
            self.holding[SLAVE_ADDRESS] = address

    @property
    def process_range(self) -> tuple[Decimal, Decimal]:
        """Process values at 4 and 20 mA."""
        return (Decimal(signed16(self.holding[RANGE_LOW])) * _MILLI,
                Decimal(signed16(self.holding[RANGE_HIGH])) * _MILLI)  # fmt: skip

    def set_process_value(self, value: Decimal | int | str) -> None:
        """Drive the loop current to what a transmitter outputs for the process value ``value``."""
        low, high = self.process_range
        self.set_value(Decimal(4) + (Decimal(value) - low) * 16 / (high - low))

    # -- what is measured ------------------------------------------------------------------------

    def input_registers(self) -> dict[int, int]:
        """Every input register's word now: current (µA), process value, status, identity."""
        current = self.value()
        over = self.scenario.overload or current > _MAX_MA
        under = not over and (self.scenario.underload or current < 0)
        bits = (0 if self.stable() else STATUS_SETTLING) | (STATUS_OVER_RANGE if over else 0)
        bits |= STATUS_UNDER_RANGE if under else 0
        if over or under:
            current_word = process_word = OVER_RANGE_WORD if over else UNDER_RANGE_WORD
        else:
            current_word = int((current * 1000).to_integral_value(ROUND_HALF_EVEN))
            low, high = self.process_range
            process = low + (current - 4) / 16 * (high - low)
            counts = int((process * 1000).to_integral_value(ROUND_HALF_EVEN))
            process_word = unsigned16(max(-32767, min(32766, counts)))
        return {0: current_word, 1: process_word, 2: bits, **self._identity}

    # -- the protocol ----------------------------------------------------------------------------

    def handle(self, request: bytes) -> bytes | None:
        """The reply frame to ``request``; None (silence) for a bad CRC, another address or a broadcast."""
        frame = parse_frame(request)
        if frame is None:
            log.info("simulated Modbus device ignores a frame with a bad CRC: %s", request.hex(" "))
            return None
        if frame.slave not in (self.slave, BROADCAST):
            return None  # another device's frame: a real slave stays silent
        try:
            data = self._execute(frame)
        except _Refused as refusal:
            reply = exception_reply(frame.slave, frame.function, refusal.code)
        else:
            reply = with_crc(bytes([frame.slave, frame.function]) + data)
        if frame.slave == BROADCAST:
            return None  # broadcasts are executed, never answered
        return reply

    def error_reply(self, request: bytes) -> bytes | None:
        """Exception 04 (device failure) to a valid request for this device; silence otherwise."""
        frame = parse_frame(request)
        if frame is None or frame.slave != self.slave or frame.function not in _HANDLERS:
            return None  # handle() then answers as usual (silence or exception 01)
        return exception_reply(frame.slave, frame.function, ExceptionCode.DEVICE_FAILURE)

    def _execute(self, frame: Frame) -> bytes:
        handler = _HANDLERS.get(frame.function)
        if handler is None:
            raise _Refused(ExceptionCode.ILLEGAL_FUNCTION)
        return handler(self, frame)

    def _read(self, frame: Frame, registers: dict[int, int]) -> bytes:
        if frame.slave == BROADCAST or len(frame.data) != 4:
            raise _Refused(ExceptionCode.ILLEGAL_VALUE)
        address, count = unwords(frame.data)
        if not 1 <= count <= MAX_READ:
            raise _Refused(ExceptionCode.ILLEGAL_VALUE)
        wanted = range(address, address + count)
        if any(a not in registers for a in wanted):
            raise _Refused(ExceptionCode.ILLEGAL_ADDRESS)
        return bytes([2 * count]) + words([registers[a] for a in wanted])

    def _read_holding(self, frame: Frame) -> bytes:
        return self._read(frame, self.holding)

    def _read_input(self, frame: Frame) -> bytes:
        return self._read(frame, self.input_registers())

    def _write_single(self, frame: Frame) -> bytes:
        if len(frame.data) != 4:
            raise _Refused(ExceptionCode.ILLEGAL_VALUE)
        address, value = unwords(frame.data)
        self._store({address: value})
        return frame.data

    def _write_multiple(self, frame: Frame) -> bytes:
        data = frame.data
        if len(data) < 5:
            raise _Refused(ExceptionCode.ILLEGAL_VALUE)
        address, count = unwords(data[:4])
        if not 1 <= count <= MAX_WRITE or data[4] != 2 * count or len(data) != 5 + 2 * count:
            raise _Refused(ExceptionCode.ILLEGAL_VALUE)
        self._store(dict(zip(range(address, address + count), unwords(data[5:]), strict=True)))
        return data[:4]

    def _store(self, values: dict[int, int]) -> None:
        """Write holding registers all or nothing: unknown address → 02, value out of limits → 03."""
        if any(address not in self.holding for address in values):
            raise _Refused(ExceptionCode.ILLEGAL_ADDRESS)
        after = {**self.holding, **values}
        for address, (low, high) in _LIMITS.items():
            count = signed16(after[address]) if address in _SIGNED else after[address]
            if not low <= count <= high:
                raise _Refused(ExceptionCode.ILLEGAL_VALUE)
        if signed16(after[RANGE_LOW]) >= signed16(after[RANGE_HIGH]):
            raise _Refused(ExceptionCode.ILLEGAL_VALUE)
        # The reply goes out under the address the request used, so a new slave address is safe here.
        self.holding = after


_HANDLERS: dict[int, Callable[[ModbusSimulator, Frame], bytes]] = {
    Function.READ_HOLDING: ModbusSimulator._read_holding,
    Function.READ_INPUT: ModbusSimulator._read_input,
    Function.WRITE_SINGLE: ModbusSimulator._write_single,
    Function.WRITE_MULTIPLE: ModbusSimulator._write_multiple,
}
