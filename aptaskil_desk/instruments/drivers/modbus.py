"""Modbus RTU process transmitter / 4–20 mA signal conditioner.

The protocol (DOMAIN.md): binary frames ``address function data crc_lo crc_hi`` separated by
silence, no terminator; functions 03/04 read holding/input registers, 06/16 write one/several
holding registers; an exception reply is ``function | 0x80`` and a code. Every reply is checked
(CRC, address, function, length) before any number is taken from it; a reply that fails is
logged and raised as :class:`~aptaskil_desk.errors.InstrumentProtocolError`, never a value.

Line: 9600 baud 8N1 by default, as most conditioners ship. The Modbus specification's own
default is 8E1 (even parity; without parity it asks for 2 stop bits), so many devices use
``--line 9600,8E1``.

The register map (where the device keeps what, and the scaling) is declared in
:mod:`aptaskil_desk.instruments.modbus_frame` (:data:`CONDITIONER` by default).

NAMUR NE 43 is *not* judged here (the calibration exercise does that): 3.6 mA is a stable
3.600 mA reading; only counts outside the register's valid range are overload/underload.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import ClassVar

from aptaskil_desk.clock import Clock
from aptaskil_desk.errors import InstrumentError, InstrumentProtocolError, InvalidInput
from aptaskil_desk.i18n import N_
from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.modbus_frame import (
    CONDITIONER,
    MAX_READ,
    MAX_SLAVE,
    MAX_WRITE,
    ExceptionCode,
    Frame,
    Function,
    Register,
    RegisterKind,
    RegisterMap,
    parse_frame,
    read_request,
    silence_for,
    text_of,
    unwords,
    write_multiple_request,
    write_single_request,
)
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction

log = logging.getLogger(__name__)

#: What each exception code means, said to a person (translated where shown).
EXCEPTION_MESSAGES: dict[int, str] = {
    ExceptionCode.ILLEGAL_FUNCTION: N_(
        "Modbus device {slave} on {port} does not support function {function:02d} (exception 01: illegal function)."
    ),
    ExceptionCode.ILLEGAL_ADDRESS: N_(
        "Modbus device {slave} on {port} has no register at the address asked (exception 02: illegal data address)."
    ),
    ExceptionCode.ILLEGAL_VALUE: N_(
        "Modbus device {slave} on {port} refused the value or quantity sent (exception 03: illegal data value)."
    ),
    ExceptionCode.DEVICE_FAILURE: N_(
        "Modbus device {slave} on {port} failed while doing the request (exception 04: device failure)."
    ),
}
OTHER_EXCEPTION = N_("Modbus device {slave} on {port} answered function {function:02d} with exception {code:02d}.")


class ModbusExceptionReply(InstrumentError):
    """The device answered with a Modbus exception; ``code`` says which (see :class:`ExceptionCode`)."""

    def __init__(self, code: int, *, slave: int, function: int, port: str) -> None:
        super().__init__(EXCEPTION_MESSAGES.get(code, OTHER_EXCEPTION), code=code, slave=slave, function=function,
                         port=port)  # fmt: skip
        self.code = code
        self.function = function
        self.slave = slave


# -- checking a reply (pure) ----------------------------------------------------------------------


def _shape_ok(frame: Frame, request: bytes) -> bool:
    if frame.function in (Function.READ_HOLDING, Function.READ_INPUT):
        count = int.from_bytes(request[4:6], "big")
        return len(frame.data) == 1 + 2 * count and frame.data[0] == 2 * count
    # 06 echoes address and value; 16 answers address and quantity written: both are request[2:6]
    return frame.function in (Function.WRITE_SINGLE, Function.WRITE_MULTIPLE) and frame.data == request[2:6]


def check_reply(raw: bytes, request: bytes, *, port: str) -> Frame:
    """The reply ``raw`` to ``request``, taken apart once every check passed.

    Raises:
        InstrumentProtocolError: bad CRC, another slave's address, another function, wrong length.
        ModbusExceptionReply: the device answered with an exception (the code's meaning in the message).
    """
    slave, function = request[0], request[1]
    frame = parse_frame(raw)
    if frame is None:
        raise InstrumentProtocolError(
            "The reply from Modbus device {slave} on {port} is corrupted (CRC check failed); it was ignored.",
            slave=slave, port=port,
        )  # fmt: skip
    if frame.slave != slave:
        raise InstrumentProtocolError(
            "A reply from Modbus device {got} came on {port} while device {slave} was asked; it was ignored.",
            got=frame.slave, slave=slave, port=port,
        )  # fmt: skip
    if frame.is_exception and frame.plain_function == function and len(frame.data) == 1:
        raise ModbusExceptionReply(frame.data[0], slave=slave, function=function, port=port)
    if frame.function != function:
        raise InstrumentProtocolError(
            "Modbus device {slave} on {port} answered function {got:02d} to a function {function:02d} request; "
            "the reply was ignored.", slave=slave, port=port, got=frame.function, function=function,
        )  # fmt: skip
    if not _shape_ok(frame, request):
        raise InstrumentProtocolError(
            "The reply from Modbus device {slave} on {port} does not match the request (wrong length or content); "
            "it was ignored.", slave=slave, port=port,
        )  # fmt: skip
    return frame


# -- the driver -----------------------------------------------------------------------------------


class ModbusTransmitter(Driver):
    """A 4–20 mA transmitter or signal conditioner answering Modbus RTU as slave ``slave``.

    ``registers`` says where the device keeps what (:data:`CONDITIONER` by default).
    """

    name: ClassVar[str] = "modbus-rtu"
    title: ClassVar[str] = "Modbus RTU transmitter / 4–20 mA signal conditioner"
    instrument_kind: ClassVar[str] = "transmitter"
    # No terminator: frames end with silence. ``poll`` short so a 3.5-character gap is seen on time.
    line: ClassVar[LineSettings] = LineSettings(baudrate=9600, terminator=b"", timeout=1.0, poll=0.001)
    quantities: ClassVar[tuple[str, ...]] = ("current_dc", "pressure")

    def __init__(self, transport: Transport, clock: Clock | None = None, *, slave: int = 1,
                 registers: RegisterMap = CONDITIONER) -> None:  # fmt: skip
        super().__init__(transport, clock)
        self.slave = _checked_slave(slave)
        self.registers = registers
        #: the last reply frame, byte for byte (for a reading's raw bytes)
        self.last_reply = b""

    @property
    def silence(self) -> float:
        """Seconds of silence that end a reply frame on this line."""
        return silence_for(self.transport.line)

    def identify(self) -> InstrumentIdentity:
        """Model, serial number and firmware from the identity registers; empty when the device has none."""
        where = self.registers.identity
        if where is None:
            return InstrumentIdentity()
        start, count = where.block
        try:
            values = self.read_input_registers(start, count)
        except ModbusExceptionReply as error:
            if error.code not in (ExceptionCode.ILLEGAL_FUNCTION, ExceptionCode.ILLEGAL_ADDRESS):
                raise
            log.info("Modbus device %d on %s has no identity registers", self.slave, self.transport.port)
            return InstrumentIdentity()

        def text(span: tuple[int, int]) -> str:
            return text_of(values[span[0] - start : span[0] - start + span[1]])

        firmware = ""
        if where.firmware is not None:
            word = values[where.firmware - start]
            firmware = f"{word >> 8}.{word & 0xFF}"
        return InstrumentIdentity(model=text(where.model), serial_number=text(where.serial), firmware=firmware)

    # -- readings ----------------------------------------------------------------------------------

    def read(self) -> Reading:
        """The loop current in mA (quantity ``current_dc``), with the device's status."""
        return self.read_scaled(self.registers.loop_current)

    def read_process_value(self) -> Reading:
        """The process value in engineering units (bar with the default map)."""
        if self.registers.process_value is None:
            raise InvalidInput("This Modbus register map has no process value.")
        return self.read_scaled(self.registers.process_value)

    def read_scaled(self, register: Register) -> Reading:
        """``register`` in engineering units; input registers are read with the status register in
        one request, so that settling/over/under flags belong to the same instant."""
        status_at = self.registers.status
        with_status = (register.kind is RegisterKind.INPUT and status_at is not None
                       and abs(status_at - register.address) < MAX_READ)  # fmt: skip
        addresses = [register.address, status_at] if with_status and status_at is not None else [register.address]
        start = min(addresses)
        values = self._read(_function_of(register.kind), start, max(addresses) - start + 1)
        count = register.count_of(values[register.address - start])
        bits = values[status_at - start] if with_status and status_at is not None else 0
        status = register.status_of(count, bits)
        return self.reading(register.value_of(count), register.unit, status, self.last_reply,
                            quantity=register.quantity)  # fmt: skip

    # -- registers ---------------------------------------------------------------------------------

    def read_input_registers(self, address: int, count: int = 1) -> list[int]:
        """Function 04: ``count`` input register words (0–65535) from ``address``."""
        return self._read(Function.READ_INPUT, address, count)

    def read_holding_registers(self, address: int, count: int = 1) -> list[int]:
        """Function 03: ``count`` holding register words (0–65535) from ``address``."""
        return self._read(Function.READ_HOLDING, address, count)

    def write_register(self, address: int, value: int) -> None:
        """Function 06: write one holding register word (0–65535); the device echoes it."""
        self._transact(write_single_request(self.slave, _checked_address(address), _checked_word(value)))

    def write_registers(self, address: int, values: Sequence[int]) -> None:
        """Function 16: write consecutive holding register words from ``address`` in one request."""
        _checked_count(len(values), MAX_WRITE)
        _checked_address(address + len(values) - 1)
        words = [_checked_word(value) for value in values]
        self._transact(write_multiple_request(self.slave, _checked_address(address), words))

    # -- settings by name --------------------------------------------------------------------------

    def read_setting(self, name: str) -> Decimal:
        """The holding register ``name`` of the map, in its engineering units."""
        register = self.registers.setting(name)
        (word,) = self.read_holding_registers(register.address, 1)
        return register.value_of(register.count_of(word))

    def write_settings(self, values: Mapping[str, Decimal | int | str]) -> None:
        """Write settings by name: one register with function 06, consecutive ones with function 16."""
        if not values:
            return
        pairs = [(self.registers.setting(name), value) for name, value in values.items()]
        by_address = sorted(pairs, key=lambda pair: pair[0].address)
        words = [register.word_for(value) for register, value in by_address]  # all checked before any write
        addresses = [register.address for register, _ in by_address]
        if len(words) == 1:
            self.write_register(addresses[0], words[0])
        elif addresses == list(range(addresses[0], addresses[0] + len(addresses))):
            self.write_registers(addresses[0], words)
        else:
            for address, word in zip(addresses, words, strict=True):
                self.write_register(address, word)

    def set_process_range(self, low: Decimal | int | str, high: Decimal | int | str) -> None:
        """The process values at 4 and 20 mA, written together (function 16)."""
        if Decimal(low) >= Decimal(high):
            raise InvalidInput("The low end of the range must be below the high end.")
        self.write_settings({"range_low": low, "range_high": high})

    def set_slave_address(self, new: int) -> None:
        """Give the device another address; the driver talks to it there from now on."""
        self.write_settings({"slave_address": _checked_slave(new)})
        self.slave = new

    # -- one transaction -----------------------------------------------------------------------------

    def _read(self, function: Function, address: int, count: int) -> list[int]:
        _checked_count(count, MAX_READ)
        _checked_address(address + count - 1)
        frame = self._transact(read_request(self.slave, function, _checked_address(address), count))
        return unwords(frame.data[1:])

    def _transact(self, request: bytes) -> Frame:
        """Send ``request``, wait for the reply frame and check it. Stale bytes are dropped first."""
        self.transport.drain()
        self.transport.write(request)
        raw = self.transport.read_frame(silence=self.silence)
        self.last_reply = raw
        try:
            return check_reply(raw, request, port=self.transport.port)
        except InstrumentError as error:
            self.transport.wire.record(Direction.FAULT, raw, note=f"reply refused: {error}")
            log.warning("%s on %s: reply %s refused: %s", self.name, self.transport.port, raw.hex(" "), error)
            raise


def _function_of(kind: RegisterKind) -> Function:
    return Function.READ_INPUT if kind is RegisterKind.INPUT else Function.READ_HOLDING


def _checked_slave(slave: int) -> int:
    if not 1 <= slave <= MAX_SLAVE:
        raise InvalidInput("A Modbus device address must be between 1 and 247, not {value}.", value=slave)
    return slave


def _checked_address(address: int) -> int:
    if not 0 <= address <= 0xFFFF:
        raise InvalidInput("A Modbus register address must be between 0 and 65535, not {value}.", value=address)
    return address


def _checked_count(count: int, limit: int) -> int:
    if not 1 <= count <= limit:
        raise InvalidInput("Between 1 and {limit} Modbus registers per request, not {count}.", limit=limit,
                           count=count)  # fmt: skip
    return count


def _checked_word(value: int) -> int:
    if not 0 <= value <= 0xFFFF:
        raise InvalidInput("A Modbus register holds 0 to 65535, not {value}.", value=value)
    return value
