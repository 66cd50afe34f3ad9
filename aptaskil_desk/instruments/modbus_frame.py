"""Modbus RTU frames and register maps, shared by the driver and the simulator.

A frame is ``address function data crc_lo crc_hi``; frames are told apart by at least 3.5
character times of silence (DOMAIN.md). The CRC is CRC-16/MODBUS: initial value 0xFFFF,
reflected polynomial 0xA001, sent low byte first. Register values travel big-endian (high byte
first). Everything here is pure: bytes in, bytes or numbers out.

Register map (:data:`CONDITIONER`, a declarative :class:`RegisterMap`; addresses are the 0-based
protocol addresses, "30001" = input 0, "40001" = holding 0):

=========  ============  ==========================================================================
input 0    loop current  signed, 1 count = 1 µA (0.001 mA); valid 0–24 000 (0–24.000 mA);
                         0x7FFF over range, 0x8000 under range
input 1    process value signed, 1 count = 0.001 of the process unit (bar by default);
                         ``low + (I − 4 mA) / 16 mA × (high − low)``; 0x7FFF/0x8000 out of range
input 2    status        bit 0 not settled (dynamic), bit 1 over range, bit 2 under range
input 16   model         8 registers of ASCII, 2 characters each, high byte first, NUL padded
input 24   serial no.    8 registers, as the model
input 32   firmware      high byte major, low byte minor
holding 0  slave address 1–247 (the device answers this write under its old address)
holding 1  damping       1 count = 0.1 s, 0–600
holding 2  range low     process value at 4 mA, 1 count = 0.001 unit, signed
holding 3  range high    process value at 20 mA, as range low; must stay above it
=========  ============  ==========================================================================
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from enum import IntEnum, StrEnum

from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.reading import ReadingStatus

#: Address 0 is a broadcast: every slave executes a write and none answers.
BROADCAST = 0
#: Highest slave address (248–255 are reserved by the Modbus specification).
MAX_SLAVE = 247
#: Most registers one read may ask for (the reply then fills 255 bytes of data).
MAX_READ = 125
#: Most registers one write-multiple may carry.
MAX_WRITE = 123
#: Set in the function code of an exception reply.
EXCEPTION_FLAG = 0x80
#: Modbus fixes the inter-frame gap at 1.75 ms above 19200 baud instead of 3.5 characters.
FAST_SILENCE = 0.00175


class Function(IntEnum):
    """The function codes this project speaks."""

    READ_HOLDING = 3
    READ_INPUT = 4
    WRITE_SINGLE = 6
    WRITE_MULTIPLE = 16


class ExceptionCode(IntEnum):
    """Exception codes of an exception reply (``function | 0x80``, then the code)."""

    ILLEGAL_FUNCTION = 1
    ILLEGAL_ADDRESS = 2
    ILLEGAL_VALUE = 3
    DEVICE_FAILURE = 4


def _crc_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_TABLE = _crc_table()


def crc16(data: bytes) -> int:
    """CRC-16/MODBUS of ``data`` (init 0xFFFF, reflected poly 0xA001); ``b"123456789"`` → 0x4B37."""
    crc = 0xFFFF
    for byte in data:
        crc = (crc >> 8) ^ _TABLE[(crc ^ byte) & 0xFF]
    return crc


def with_crc(body: bytes) -> bytes:
    """``body`` followed by its CRC, low byte first: a frame ready for the wire."""
    return body + crc16(body).to_bytes(2, "little")


def crc_ok(frame: bytes) -> bool:
    """Whether ``frame`` is long enough to be a frame and ends with the right CRC."""
    return len(frame) >= 4 and crc16(frame[:-2]).to_bytes(2, "little") == frame[-2:]


def silence_for(line: LineSettings) -> float:
    """The silence (seconds) that ends a frame on ``line``: 3.5 characters, 1.75 ms above 19200 baud."""
    return FAST_SILENCE if line.baudrate > 19200 else 3.5 * line.char_time


def words(values: list[int] | tuple[int, ...]) -> bytes:
    """Register values as big-endian 16-bit words (each value 0–65535)."""
    return b"".join(value.to_bytes(2, "big") for value in values)


def unwords(data: bytes) -> list[int]:
    """Big-endian 16-bit words back into register values."""
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data) - 1, 2)]


def signed16(value: int) -> int:
    """A register value read as a two's-complement signed number (0xFFFF → -1)."""
    return value - 0x10000 if value & 0x8000 else value


def unsigned16(value: int) -> int:
    """A signed number -32768…32767 (or 0…65535) as the register value that carries it."""
    return value & 0xFFFF


# -- requests (master → slave) --------------------------------------------------------------------


def read_request(slave: int, function: int, address: int, count: int) -> bytes:
    """Function 03 or 04: read ``count`` registers from ``address``."""
    return with_crc(bytes([slave, function]) + words((address, count)))


def write_single_request(slave: int, address: int, value: int) -> bytes:
    """Function 06: write one holding register."""
    return with_crc(bytes([slave, Function.WRITE_SINGLE]) + words((address, value)))


def write_multiple_request(slave: int, address: int, values: list[int] | tuple[int, ...]) -> bytes:
    """Function 16: write consecutive holding registers from ``address``."""
    header = bytes([slave, Function.WRITE_MULTIPLE]) + words((address, len(values))) + bytes([2 * len(values)])
    return with_crc(header + words(values))


# -- replies (slave → master) ---------------------------------------------------------------------


def registers_reply(slave: int, function: int, values: list[int] | tuple[int, ...]) -> bytes:
    """Reply to 03/04: byte count, then the values."""
    return with_crc(bytes([slave, function, 2 * len(values)]) + words(values))


def exception_reply(slave: int, function: int, code: int) -> bytes:
    """Exception reply: ``function | 0x80`` and the exception code."""
    return with_crc(bytes([slave, function | EXCEPTION_FLAG, code]))


@dataclass(frozen=True)
class Frame:
    """One frame whose CRC checked: address, function code (with 0x80 on exceptions), data."""

    slave: int
    function: int
    data: bytes

    @property
    def is_exception(self) -> bool:
        """Whether this is an exception reply (function code with 0x80 set)."""
        return bool(self.function & EXCEPTION_FLAG)

    @property
    def exception_code(self) -> int | None:
        """The exception code of an exception reply, else None."""
        return self.data[0] if self.is_exception and self.data else None

    @property
    def plain_function(self) -> int:
        """The function code without the exception flag."""
        return self.function & ~EXCEPTION_FLAG


def parse_frame(raw: bytes) -> Frame | None:
    """``raw`` taken apart, or None when it is too short or its CRC is wrong (never trust it then)."""
    if not crc_ok(raw):
        return None
    return Frame(raw[0], raw[1], bytes(raw[2:-2]))


# -- the register map ----------------------------------------------------------------------------

#: Status register bits.
STATUS_SETTLING = 0x0001
STATUS_OVER_RANGE = 0x0002
STATUS_UNDER_RANGE = 0x0004


class RegisterKind(StrEnum):
    """Which table a register lives in (which function reads it)."""

    INPUT = "input"  # read-only, function 04
    HOLDING = "holding"  # read with 03, written with 06/16


@dataclass(frozen=True)
class Register:
    """One register scaled to engineering units.

    Counts ``raw_span`` map linearly onto ``span`` (``unit``), rounded to ``places`` decimals;
    counts outside ``valid`` mean the device is over or under its range.
    """

    name: str
    kind: RegisterKind
    address: int
    unit: str = ""
    quantity: str = ""
    raw_span: tuple[int, int] = (0, 1)
    span: tuple[Decimal, Decimal] = (Decimal(0), Decimal(1))
    places: int = 0
    valid: tuple[int, int] = (0, 0xFFFF)
    signed: bool = False

    def count_of(self, word: int) -> int:
        """The register's 16-bit word as a count (two's complement when ``signed``)."""
        return signed16(word) if self.signed else word

    def value_of(self, count: int) -> Decimal:
        """Counts to engineering units, exactly (Decimal arithmetic, rounded half-even to ``places``)."""
        (r0, r1), (e0, e1) = self.raw_span, self.span
        value = e0 + (Decimal(count) - r0) * (e1 - e0) / (r1 - r0)
        return value.quantize(Decimal(1).scaleb(-self.places), rounding=ROUND_HALF_EVEN)

    def word_for(self, value: Decimal | int | str) -> int:
        """The word to write for ``value`` (engineering units). Raises InvalidInput outside ``valid``."""
        (r0, r1), (e0, e1) = self.raw_span, self.span
        count = int((r0 + (Decimal(value) - e0) * (r1 - r0) / (e1 - e0)).to_integral_value(ROUND_HALF_EVEN))
        low, high = self.valid
        if not low <= count <= high:
            raise InvalidInput(
                "{value} {unit} is outside the range of the Modbus register {name} ({low} to {high} {unit}).",
                value=value, unit=self.unit, name=self.name, low=self.value_of(low), high=self.value_of(high),
            )  # fmt: skip
        return unsigned16(count)

    def status_of(self, count: int, status_bits: int = 0) -> ReadingStatus:
        """Overload/underload outside ``valid`` (or flagged), dynamic while settling, else stable."""
        if count > self.valid[1] or status_bits & STATUS_OVER_RANGE:
            return ReadingStatus.OVERLOAD
        if count < self.valid[0] or status_bits & STATUS_UNDER_RANGE:
            return ReadingStatus.UNDERLOAD
        if status_bits & STATUS_SETTLING:
            return ReadingStatus.DYNAMIC
        return ReadingStatus.STABLE


@dataclass(frozen=True)
class IdentityRegisters:
    """Where a device keeps its model and serial number (ASCII, 2 characters per input register)."""

    model: tuple[int, int]  # (first address, register count)
    serial: tuple[int, int]
    firmware: int | None = None  # high byte major, low byte minor

    @property
    def block(self) -> tuple[int, int]:
        """(first address, count) of one read covering them all."""
        ends = [self.model[0] + self.model[1], self.serial[0] + self.serial[1]]
        starts = [self.model[0], self.serial[0]]
        if self.firmware is not None:
            starts.append(self.firmware)
            ends.append(self.firmware + 1)
        return min(starts), max(ends) - min(starts)


@dataclass(frozen=True)
class RegisterMap:
    """What a conditioner keeps where. ``settings`` are holding registers written by name."""

    loop_current: Register
    process_value: Register | None = None
    status: int | None = None  # input register with the STATUS_* bits
    identity: IdentityRegisters | None = None
    settings: tuple[Register, ...] = field(default=())

    def setting(self, name: str) -> Register:
        """The holding register called ``name``. Raises InvalidInput when the map has none."""
        for register in self.settings:
            if register.name == name:
                return register
        raise InvalidInput("This Modbus register map has no setting named {name!r}.", name=name)


def _in_process_units(name: str, kind: RegisterKind, address: int) -> Register:
    """1 count = 0.001 of the process unit, signed; 0x7FFF/0x8000 mark over/under range."""
    return Register(
        name, kind, address, unit="bar", quantity="pressure", raw_span=(0, 1000), span=(Decimal(0), Decimal(1)),
        places=3, valid=(-32767, 32766), signed=True,
    )  # fmt: skip


#: The default map: a single-channel 4–20 mA → Modbus conditioner, process range 0–10 bar.
CONDITIONER = RegisterMap(
    loop_current=Register(
        "loop_current",
        RegisterKind.INPUT,
        0,
        unit="mA",
        quantity="current_dc",
        raw_span=(4000, 20000),
        span=(Decimal(4), Decimal(20)),
        places=3,
        valid=(0, 24000),
        signed=True,
    ),
    process_value=_in_process_units("process_value", RegisterKind.INPUT, 1),
    status=2,
    identity=IdentityRegisters(model=(16, 8), serial=(24, 8), firmware=32),
    settings=(
        Register("slave_address", RegisterKind.HOLDING, 0, valid=(1, MAX_SLAVE)),
        Register(
            "damping",
            RegisterKind.HOLDING,
            1,
            unit="s",
            quantity="time",
            raw_span=(0, 10),
            span=(Decimal(0), Decimal(1)),
            places=1,
            valid=(0, 600),
        ),
        _in_process_units("range_low", RegisterKind.HOLDING, 2),
        _in_process_units("range_high", RegisterKind.HOLDING, 3),
    ),
)


def text_of(values: Sequence[int]) -> str:
    """ASCII kept 2 characters per register, high byte first; NUL and space padding removed."""
    data = b"".join(value.to_bytes(2, "big") for value in values)
    return data.replace(b"\x00", b" ").decode("ascii", "replace").strip()
