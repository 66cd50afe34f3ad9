"""Thermo Orion Star A-series pH meter (A215 and kin) over RS-232/USB.

The protocol (DOMAIN.md): 9600 baud 8N1; the command ``GETMEAS`` ends with CR alone (as the
meter's manual says, CR ends a command and LF is ignored); the meter echoes the command, then
sends one CSV line. Both lines end CR LF (DOMAIN.md: every line ends CR LF unless noted)::

    GETMEAS<CR>                                                          → meter
    GETMEAS<CR><LF>                                                      ← echo
    A215 pH,X51250,3.04,ABCDE,12/07/23 09:30:40,---,CH-1,pH,4.61,pH,111.2, mV,25.0,C,89.1,%,M100,#1<CR><LF>

Fields: model, serial number, firmware, user ID, date and time (the meter's clock, kept as text;
``meter_date_format`` reads it), sample ID, channel, mode, value, unit, mV, `` mV``, temperature,
temperature unit, slope, ``%``, method, log number. Identity comes from the first three.

What DOMAIN.md does not say, and how this driver handles it (the simulator does the same):

- The real meter may print a ``> `` prompt when it is ready; a line starting with it is read
  without it. A missing echo is no fault; stray lines are skipped and logged.
- A line that looks like a measurement (commas) but does not parse is refused
  (InstrumentProtocolError), never a value. A line starting with ``ERROR`` is the meter's
  error reply: an error reading (or InstrumentError while identifying).
- Out of range: ``Over`` / ``Under`` (or ``Undr``) in a value field, or a number outside the
  meter's range (pH −2 to 20, ±2000 mV) → overload / underload.
- Stability: the line has no stability flag. As the meter's own stability check does, a pH value
  that moved more than ``stable_within`` (0.02 pH) since a reading taken less than
  ``stable_window`` seconds before is dynamic; a second reading is taken when there is no recent
  one. The mV reading shares the pH reading's status.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import ClassVar

from aptaskil_desk.clock import Clock
from aptaskil_desk.errors import InstrumentError, InstrumentProtocolError
from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus, decimal_of
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction

log = logging.getLogger(__name__)

MEASURE = b"GETMEAS"
FIELD_COUNT = 18
_PROMPT = b"> "
_ERROR = re.compile(rb"^ERROR\b", re.IGNORECASE)
_OVER = {"OVER"}
_UNDER = {"UNDER", "UNDR"}
_TEMPERATURE_UNITS = {"C": "°C", "F": "°F"}
_LOG_NUMBER = re.compile(r"^#(\d+)$")

#: What a value field holds: how far to trust it and the number, if any.
FieldValue = tuple[ReadingStatus, Decimal | None]


@dataclass(frozen=True)
class OrionRecord:
    """One measurement line, field by field (values as the meter wrote their digits)."""

    model: str
    serial_number: str
    firmware: str
    user_id: str
    meter_time: str
    sample_id: str
    channel: str
    mode: str
    value: FieldValue
    unit: str
    mv: FieldValue
    temperature: FieldValue
    temperature_unit: str
    slope: Decimal | None
    method: str
    log_number: int | None

    @property
    def identity(self) -> InstrumentIdentity:
        """The meter as its line describes it (no manufacturer field: left empty)."""
        return InstrumentIdentity("", self.model, self.serial_number, self.firmware)

    def taken_at(self, date_format: str = "%m/%d/%y %H:%M:%S") -> datetime | None:
        """The meter's own clock reading (naive, the meter's local time), or None if unreadable."""
        try:
            return datetime.strptime(self.meter_time, date_format)
        except ValueError:
            return None


# -- pure parsing (bytes → fields) ------------------------------------------------------------------


def body(line: bytes) -> bytes:
    """A reply line without its terminator and without the meter's ``> `` prompt."""
    text = line.rstrip(b"\r\n")
    while text.startswith(_PROMPT):
        text = text[len(_PROMPT) :]
    return text


def is_echo(line: bytes) -> bool:
    """The meter repeating ``GETMEAS``."""
    return body(line).strip().upper() == MEASURE


def is_error(line: bytes) -> bool:
    """The meter's error reply: ``ERROR: …``."""
    return bool(_ERROR.match(body(line).strip()))


def looks_like_measurement(line: bytes) -> bool:
    """Printable text with enough commas to be a measurement line (parsed, and refused if wrong)."""
    text = body(line)
    return text.count(b",") >= 2 and all(0x20 <= b < 0x7F or b == 0xB0 for b in text)


def is_reply(line: bytes) -> bool:
    """A line the meter may send after ``GETMEAS``: the echo, an error, or a measurement line."""
    return is_echo(line) or is_error(line) or looks_like_measurement(line)


def field_value(text: str, limits: tuple[Decimal, Decimal] | None = None) -> FieldValue:
    """``4.61`` → stable 4.61; ``Over``/``Under`` or a number outside ``limits`` → overload/underload.

    Raises ValueError for anything else.
    """
    word = text.strip().upper()
    if word in _OVER:
        return ReadingStatus.OVERLOAD, None
    if word in _UNDER:
        return ReadingStatus.UNDERLOAD, None
    value = decimal_of(text) if re.fullmatch(r"\s*[+-]?\d+(\.\d+)?\s*", text) else None
    if value is None:
        raise ValueError(f"not a number: {text!r}")
    if limits is not None and value > limits[1]:
        return ReadingStatus.OVERLOAD, None
    if limits is not None and value < limits[0]:
        return ReadingStatus.UNDERLOAD, None
    return ReadingStatus.STABLE, value


def parse_measurement(
    line: bytes, *, ph_limits: tuple[Decimal, Decimal] = (Decimal(-2), Decimal(20)),
    mv_limits: tuple[Decimal, Decimal] = (Decimal(-2000), Decimal(2000)),
) -> OrionRecord:  # fmt: skip
    """One CSV measurement line → its fields. Raises ValueError saying what is wrong."""
    text = body(line).decode("latin-1")
    fields = text.split(",")
    if len(fields) != FIELD_COUNT:
        raise ValueError(f"{len(fields)} fields instead of {FIELD_COUNT}")
    model, serial, firmware, user, stamp, sample, channel, mode = (f.strip() for f in fields[:8])
    if not model or not serial or not mode or not fields[9].strip():
        raise ValueError("model, serial number, mode or unit missing")
    if fields[11].strip() != "mV":
        raise ValueError(f"mV unit expected, not {fields[11]!r}")
    temperature_unit = _TEMPERATURE_UNITS.get(fields[13].strip())
    if temperature_unit is None:
        raise ValueError(f"unknown temperature unit {fields[13]!r}")
    temperature = field_value(fields[12])
    if temperature[0] is not ReadingStatus.STABLE:
        raise ValueError("temperature out of range")
    slope = decimal_of(fields[14]) if fields[14].strip() not in ("", "---") else None
    log_number = _LOG_NUMBER.match(fields[17].strip())
    return OrionRecord(
        model=model, serial_number=serial, firmware=firmware, user_id=user, meter_time=stamp, sample_id=sample,
        channel=channel, mode=mode, value=field_value(fields[8], ph_limits if mode == "pH" else None),
        unit=fields[9].strip(), mv=field_value(fields[10], mv_limits), temperature=temperature,
        temperature_unit=temperature_unit, slope=slope, method=fields[16].strip(),
        log_number=int(log_number.group(1)) if log_number else None,
    )  # fmt: skip


# -- the driver ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhReadings:
    """What one ``GETMEAS`` gives: the channel's main reading (pH in pH mode), mV and temperature."""

    ph: Reading
    mv: Reading
    temperature: Reading
    record: OrionRecord | None  # None when the meter answered with an error


class OrionStarPhMeter(Driver):
    """An Orion Star A-series pH meter polled with ``GETMEAS``."""

    name: ClassVar[str] = "orion-star"
    title: ClassVar[str] = "Thermo Orion Star A-series pH meter"
    instrument_kind: ClassVar[str] = "ph_meter"
    #: What ends a command: CR alone (DOMAIN.md writes ``GETMEAS\\r``).
    command_terminator: ClassVar[bytes] = b"\r"
    #: What ends the echo and the measurement line.
    reply_terminator: ClassVar[bytes] = b"\r\n"
    line: ClassVar[LineSettings] = LineSettings(baudrate=9600, terminator=reply_terminator)
    quantities: ClassVar[tuple[str, ...]] = ("ph", "mv", "temperature")
    #: The meter's date and time field (US order; a meter set to day/month changes this).
    meter_date_format: ClassVar[str] = "%m/%d/%y %H:%M:%S"
    ph_limits: ClassVar[tuple[Decimal, Decimal]] = (Decimal("-2.000"), Decimal("20.000"))
    mv_limits: ClassVar[tuple[Decimal, Decimal]] = (Decimal("-2000.0"), Decimal("2000.0"))
    #: Seconds within which two readings are compared by the stability check.
    stable_window: ClassVar[float] = 5.0

    def __init__(self, transport: Transport, clock: Clock | None = None, *,
                 stable_within: Decimal | None = Decimal("0.02")) -> None:  # fmt: skip
        super().__init__(transport, clock)
        self.stable_within = stable_within
        self.last_record: OrionRecord | None = None
        self._last: tuple[str, Decimal, float] | None = None

    def identify(self) -> InstrumentIdentity:
        """Model, serial number and firmware from one measurement line.

        Raises InstrumentError when the meter answers with an error.
        """
        record, raw = self._measure()
        if record is None:
            raise InstrumentError("The instrument on {port} reports: {errors}", port=self.transport.port,
                                  errors=body(raw.splitlines(keepends=True)[-1]).decode("latin-1"))  # fmt: skip
        self._remember(record)
        return record.identity

    def read(self) -> Reading:
        """The pH reading (the channel's main reading) of one measurement."""
        return self.read_all().ph

    def read_all(self) -> PhReadings:
        """pH, mV and temperature readings from one measurement line."""
        record, raw = self._measure()
        steady: bool | None = None
        if record is not None and record.value[1] is not None and self.stable_within is not None:
            if not self._fresh(record.mode):
                self._remember(record)
                record, raw = self._measure()
            steady = self._remember(record) if record is not None else None
        return self._readings(record, raw, steady)

    # -- inside ----------------------------------------------------------------------------------

    def _measure(self) -> tuple[OrionRecord | None, bytes]:
        """Send ``GETMEAS``; return the parsed line (None for an error reply) and the raw reply.

        The echo is kept in the raw reply; stray lines are skipped and logged; a malformed
        measurement line raises InstrumentProtocolError.
        """
        self.transport.write(MEASURE + self.command_terminator)
        deadline = time.monotonic() + self.transport.line.timeout
        raw = bytearray()
        while True:
            line = self.reply_matching(is_reply, timeout=max(deadline - time.monotonic(), 0.001))
            raw += line
            if is_echo(line):
                continue
            if is_error(line):
                self.transport.wire.record(Direction.FAULT, note=f"meter error {body(line).decode('latin-1')}")
                log.warning("%s on %s answered %r", self.name, self.transport.port, line)
                return None, bytes(raw)
            try:
                record = parse_measurement(line, ph_limits=self.ph_limits, mv_limits=self.mv_limits)
            except ValueError as problem:
                self.transport.wire.record(Direction.FAULT, line, note=f"malformed measurement: {problem}")
                log.warning("%s on %s: malformed measurement %r (%s)", self.name, self.transport.port, line, problem)
                raise InstrumentProtocolError("The instrument on {port} sent a malformed reply: {reply}",
                                              port=self.transport.port, reply=repr(line)) from None  # fmt: skip
            self.identity = record.identity
            self.last_record = record
            return record, bytes(raw)

    def _fresh(self, mode: str) -> bool:
        last = self._last
        return last is not None and last[0] == mode and time.monotonic() - last[2] <= self.stable_window

    def _remember(self, record: OrionRecord) -> bool:
        """Keep this record's value; True when it is within ``stable_within`` of the previous one."""
        value, last = record.value[1], self._last
        if value is None:
            return False
        self._last = (record.mode, value, time.monotonic())
        within = self.stable_within
        return within is not None and last is not None and last[0] == record.mode and abs(value - last[1]) <= within

    def _readings(self, record: OrionRecord | None, raw: bytes, steady: bool | None) -> PhReadings:
        if record is None:
            message = body(raw.splitlines(keepends=True)[-1]).decode("latin-1").strip()
            fail = [self.reading(None, unit, ReadingStatus.ERROR, raw, quantity=q, message=message)
                    for q, unit in (("ph", "pH"), ("mv", "mV"), ("temperature", "°C"))]  # fmt: skip
            return PhReadings(fail[0], fail[1], fail[2], None)
        main_quantity = record.mode.lower()
        ph = self._value_reading(record.value, record.unit, raw, main_quantity)
        mv = self._value_reading(record.mv, "mV", raw, "mv")
        if steady is False:
            ph, mv = (replace(r, status=ReadingStatus.DYNAMIC) if r.value is not None else r for r in (ph, mv))
        temperature = self._value_reading(record.temperature, record.temperature_unit, raw, "temperature")
        return PhReadings(ph, mv, temperature, record)

    def _value_reading(self, field: FieldValue, unit: str, raw: bytes, quantity: str) -> Reading:
        status, value = field
        return self.reading(value, unit, status, raw, quantity=quantity)
