"""SCPI bench multimeter (HP/Agilent 34401A class) over RS-232.

The protocol (DOMAIN.md): 9600 baud, 7 data bits, even parity, 2 stop bits, DTR/DSR handshake;
``SYST:REM`` first (on RS-232 the meter refuses measurements in local mode, error 550);
``*IDN?`` → ``HEWLETT-PACKARD,34401A,0,11-5-2``; ``CONF:VOLT:DC 10,0.001`` / ``CONF:CURR:DC``
(no reply); ``READ?`` / ``MEAS:CURR:DC?`` → ``+4.00012300E-03``; ``+9.90000000E+37`` is an
overload (``-9.90000000E+37`` a negative one); ``SYST:ERR?`` → ``+0,"No error"`` or
``-113,"Undefined header"``, one error per query, oldest first.

Terminators: DOMAIN.md ends every line with CR LF unless noted and notes nothing for this meter,
so commands and replies end CR LF here. Some 34401A set-ups end RS-232 lines with LF alone; a
site with such a meter subclasses the driver with ``command_terminator = b"\\n"`` and a ``line``
whose terminator is ``b"\\n"`` (or opens the transport with that line).

A command the meter cannot execute is not answered: the error goes to its queue. So when a query
goes unanswered the driver reads the queue; errors there become an error reading (measurements)
or an :class:`~aptaskil_desk.errors.InstrumentError` (configuration, identification), and an
empty queue leaves the timeout as it was.

Stability: a reading is one finished conversion and the meter gives no stability flag, so every
in-range reading is stable unless ``stable_within`` is set: then a reading that moved more than
that since a reading taken less than ``stable_window`` seconds before is dynamic (a second
reading is taken when there is no recent one), which is what a technician checks on the display.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import ClassVar

from aptaskil_desk.clock import Clock
from aptaskil_desk.errors import InstrumentError, InstrumentProtocolError, InstrumentTimeout, InvalidInput
from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus, decimal_of
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction

log = logging.getLogger(__name__)

#: SCPI's "no value, the input is beyond the range": ``+9.90000000E+37`` (or its negative).
OVERLOAD_VALUE = Decimal("9.9E37")

#: The commands the driver sends (queries end with ``?`` and get one line back, the rest none).
REMOTE = "SYST:REM"
CLEAR_STATUS = "*CLS"
IDENTIFY = "*IDN?"
NEXT_ERROR = "SYST:ERR?"
READ = "READ?"

_NUMBER = re.compile(rb"^[+-]?\d+(?:\.\d*)?(?:E[+-]?\d{1,3})?$", re.IGNORECASE)
_ERROR = re.compile(rb'^([+-]?\d{1,4}),"([^"]*)"$')
_IDENTITY = re.compile(rb"^[\x20-\x7e]+,[\x20-\x7e]*,[\x20-\x7e]*,[\x20-\x7e]*$")
_PARAMETER = re.compile(rb"^\+?\d+(?:\.\d*)?(?:E[+-]?\d{1,2})?$", re.IGNORECASE)
_KEYWORDS = ("DEF", "MIN", "MAX")


@dataclass(frozen=True)
class Function:
    """One measurement function: the driver's name for it, its SCPI node and its unit."""

    quantity: str
    node: str
    unit: str

    def configure(self, parameters: str = "") -> str:
        """``CONF:VOLT:DC`` or ``CONF:VOLT:DC 10,0.001``."""
        return f"CONF:{self.node}{f' {parameters}' if parameters else ''}"

    def measure(self, parameters: str = "") -> str:
        """``MEAS:CURR:DC?`` or ``MEAS:CURR:DC? 0.1,DEF``."""
        return f"MEAS:{self.node}?{f' {parameters}' if parameters else ''}"


#: What the driver measures, by quantity name.
FUNCTIONS: dict[str, Function] = {
    f.quantity: f for f in (Function("dc_voltage", "VOLT:DC", "V"), Function("dc_current", "CURR:DC", "A"))
}


@dataclass(frozen=True)
class ScpiError:
    """One entry of the meter's error queue, as the meter words it."""

    code: int
    message: str

    def __str__(self) -> str:
        return f'{self.code:+d},"{self.message}"'


# -- pure parsing (bytes → fields) ------------------------------------------------------------------


def _body(line: bytes) -> bytes:
    return line.rstrip(b"\r\n").strip()


def is_number(line: bytes) -> bool:
    """A measurement reply: ``+4.00012300E-03``."""
    return bool(_NUMBER.match(_body(line)))


def is_error(line: bytes) -> bool:
    """An error-queue reply: ``-113,"Undefined header"``."""
    return bool(_ERROR.match(_body(line)))


def is_identity(line: bytes) -> bool:
    """An ``*IDN?`` reply: four printable fields separated by commas, not an error entry."""
    body = _body(line)
    return bool(_IDENTITY.match(body)) and not _ERROR.match(body)


def parse_identity(line: bytes) -> InstrumentIdentity:
    """``HEWLETT-PACKARD,34401A,0,11-5-2`` → manufacturer, model, serial number, firmware."""
    if not is_identity(line):
        raise ValueError(f"not an *IDN? reply: {line!r}")
    manufacturer, model, serial, firmware = (field.strip() for field in _body(line).decode("ascii").split(","))
    if not manufacturer or not model:
        raise ValueError(f"*IDN? reply without manufacturer or model: {line!r}")
    return InstrumentIdentity(manufacturer, model, serial, firmware)


def parse_value(line: bytes) -> tuple[ReadingStatus, Decimal | None, str]:
    """A measurement reply → (status, value, note); ``±9.9E+37`` is an overload (note ``OVLD`` or
    ``-OVLD``, as the meter's display says), never a value."""
    value = decimal_of(_body(line)) if is_number(line) else None
    if value is None:
        raise ValueError(f"not a measurement: {line!r}")
    if value >= OVERLOAD_VALUE:
        return ReadingStatus.OVERLOAD, None, "OVLD"
    if value <= -OVERLOAD_VALUE:
        return ReadingStatus.OVERLOAD, None, "-OVLD"
    return ReadingStatus.STABLE, value, ""


def parse_error(line: bytes) -> ScpiError:
    """``-113,"Undefined header"`` → ScpiError(-113, "Undefined header"); code 0 means no error."""
    match = _ERROR.match(_body(line))
    if match is None:
        raise ValueError(f"not an error-queue entry: {line!r}")
    return ScpiError(int(match.group(1)), match.group(2).decode("ascii", "replace"))


def parameter(value: Decimal | int | str | None) -> str:
    """A range or resolution as the meter reads it: a positive number, ``DEF``, ``MIN`` or ``MAX``.

    Raises InvalidInput otherwise (nothing is sent).
    """
    if value is None:
        return "DEF"
    if isinstance(value, str) and value.strip().upper() in _KEYWORDS:
        return value.strip().upper()
    text = str(value).strip()
    number = decimal_of(text) if _PARAMETER.match(text.encode("ascii", "replace")) else None
    if number is None or number <= 0:
        raise InvalidInput("A range or resolution is a positive number, DEF, MIN or MAX, not {value!r}.", value=value)
    return str(number)


def milliamps(reading: Reading) -> Decimal | None:
    """A current reading's value in mA, same digits (``4.00012300E-03`` A → ``4.00012300``)."""
    if reading.value is None or reading.unit != "A":
        return None
    return reading.value.scaleb(3)


# -- the driver ------------------------------------------------------------------------------------


class _Steadiness:
    """Remembers the last value read (and of what, and when) to tell a moving value from a settled one."""

    def __init__(self) -> None:
        self._last: tuple[str, Decimal, float] | None = None

    def fresh(self, quantity: str, window: float) -> bool:
        last = self._last
        return last is not None and last[0] == quantity and time.monotonic() - last[2] <= window

    def moved(self, quantity: str, value: Decimal, within: Decimal) -> bool:
        """Whether ``value`` is more than ``within`` away from the remembered one; remembers it."""
        last = self._last
        self._last = (quantity, value, time.monotonic())
        return last is None or last[0] != quantity or abs(value - last[1]) > within

    def forget(self) -> None:
        self._last = None


class ScpiMultimeter(Driver):
    """A 34401A-class multimeter: DC voltage and current, overload, the error queue.

    ``quantity`` is what :meth:`read` measures until :meth:`configure` or :meth:`measure` says
    otherwise; ``stable_within`` (in the quantity's unit) turns on the dynamic check.
    """

    name: ClassVar[str] = "scpi-dmm"
    title: ClassVar[str] = "SCPI bench multimeter (HP/Agilent 34401A class)"
    instrument_kind: ClassVar[str] = "multimeter"
    #: What ends a command sent to the meter.
    command_terminator: ClassVar[bytes] = b"\r\n"
    #: What ends each reply line (the transport reads to ``line.terminator``).
    reply_terminator: ClassVar[bytes] = b"\r\n"
    line: ClassVar[LineSettings] = LineSettings(
        baudrate=9600, bytesize=7, parity="E", stopbits=2, dsrdtr=True, terminator=reply_terminator
    )
    quantities: ClassVar[tuple[str, ...]] = tuple(FUNCTIONS)
    #: The 34401A's error queue holds 20 errors; more answers than that mean it is not emptying.
    error_queue_depth: ClassVar[int] = 20
    #: Seconds within which two readings are compared by the dynamic check.
    stable_window: ClassVar[float] = 5.0

    def __init__(
        self, transport: Transport, clock: Clock | None = None, *, quantity: str = "dc_voltage",
        stable_within: Decimal | None = None,
    ) -> None:  # fmt: skip
        super().__init__(transport, clock)
        self.function = function_of(quantity)
        self.stable_within = stable_within
        self._configured: Function | None = None
        self._steadiness = _Steadiness()

    # -- set-up ----------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Remote mode (``SYST:REM``), then ``*CLS`` so that old errors are not blamed on us.

        A meter that was switched off or replugged is back in its power-on function, so the
        next reading configures it again.
        """
        self._configured = None
        self._steadiness.forget()
        self.send_command(REMOTE)
        self.send_command(CLEAR_STATUS)

    def identify(self) -> InstrumentIdentity:
        """``*IDN?`` → manufacturer, model, serial number and firmware as the meter reports them."""
        line = self._query(IDENTIFY, is_identity)
        try:
            return parse_identity(line)
        except ValueError:
            raise self._malformed(line) from None

    def configure(self, quantity: str | None = None, range_: Decimal | int | str | None = None,
                  resolution: Decimal | int | str | None = None) -> None:  # fmt: skip
        """Set the function (and range/resolution when given: ``CONF:VOLT:DC 10,0.001``), then
        check the error queue. Raises InstrumentError with the meter's errors when it refused."""
        function = function_of(quantity) if quantity else self.function
        parameters = "" if range_ is None and resolution is None else f"{parameter(range_)},{parameter(resolution)}"
        self.send_command(function.configure(parameters))
        self.check_errors()
        self.function = self._configured = function
        self._steadiness.forget()

    # -- readings --------------------------------------------------------------------------------

    def read(self) -> Reading:
        """One reading of the configured quantity (``READ?``), configuring it first if needed."""
        if self._configured is not self.function:
            self.configure(self.function.quantity)
        function = self.function
        return self._steady(lambda: self._measurement(READ, function))

    def measure(self, quantity: str, range_: Decimal | int | str | None = None,
                resolution: Decimal | int | str | None = None) -> Reading:  # fmt: skip
        """Configure and read in one command (``MEAS:CURR:DC?``); later reads keep this function."""
        function = function_of(quantity)
        parameters = "" if range_ is None and resolution is None else f"{parameter(range_)},{parameter(resolution)}"
        self.function = self._configured = function
        reading = self._steady(lambda: self._measurement(function.measure(parameters), function))
        if reading.status is ReadingStatus.ERROR:
            self._configured = None  # the meter may not have switched: configure before the next READ?
        return reading

    # -- the error queue -------------------------------------------------------------------------

    def errors(self) -> list[ScpiError]:
        """Empty the meter's error queue (``SYST:ERR?`` until ``+0``), oldest error first."""
        return self._error_queue()[0]

    def check_errors(self) -> None:
        """Raise InstrumentError naming every error the meter has queued; nothing when none."""
        errors = self.errors()
        if errors:
            raise InstrumentError("The instrument on {port} reports: {errors}", port=self.transport.port,
                                  errors="; ".join(str(e) for e in errors))  # fmt: skip

    def send_command(self, command: str) -> None:
        """Send one command that has no reply (``CONF:…``, ``SYST:REM``); the wire log shows it."""
        if not command.isascii() or not command.isprintable() or not command.strip():
            raise InvalidInput("An instrument command is printable ASCII text, not {command!r}.", command=command)
        self.transport.write(command.encode("ascii") + self.command_terminator)

    # -- inside ----------------------------------------------------------------------------------

    def _query(self, command: str, accept: Callable[[bytes], bool]) -> bytes:
        """Send ``command`` and return its reply line; lines ``accept`` refuses are skipped and logged.

        An unanswered query raises InstrumentError with the meter's queued errors, if it has any.
        """
        self.send_command(command)
        try:
            return self.reply_matching(accept)
        except InstrumentTimeout as timeout:
            errors, _ = self._error_queue()
            if not errors:
                raise timeout from None
            raise InstrumentError("The instrument on {port} reports: {errors}", port=self.transport.port,
                                  errors="; ".join(str(e) for e in errors)) from timeout  # fmt: skip

    def _measurement(self, command: str, function: Function) -> Reading:
        """Send a measurement query; the reply is a value or an overload, an unanswered query with
        errors queued is an error reading."""
        self.send_command(command)
        try:
            line = self.reply_matching(is_number)
        except InstrumentTimeout:
            errors, raw = self._error_queue()
            if not errors:
                raise
            return self.reading(None, function.unit, ReadingStatus.ERROR, raw, quantity=function.quantity,
                                message="; ".join(str(e) for e in errors))  # fmt: skip
        status, value, note = parse_value(line)
        return self.reading(value, function.unit, status, line, quantity=function.quantity, message=note)

    def _error_queue(self) -> tuple[list[ScpiError], bytes]:
        """Every queued error and the raw replies that said so."""
        errors: list[ScpiError] = []
        raw = bytearray()
        for _ in range(self.error_queue_depth + 1):
            self.send_command(NEXT_ERROR)
            line = self.reply_matching(is_error)
            raw += line
            error = parse_error(line)
            if error.code == 0:
                return errors, bytes(raw)
            errors.append(error)
            self.transport.wire.record(Direction.FAULT, note=f"meter error {error}")
            log.warning("%s on %s reports %s", self.name, self.transport.port, error)
        raise InstrumentProtocolError("The instrument on {port} keeps sending lines it should not.",
                                      port=self.transport.port)  # fmt: skip

    def _steady(self, take: Callable[[], Reading]) -> Reading:
        """``take()``'s reading, dynamic when the check is on and the value moved."""
        reading = take()
        within = self.stable_within
        if within is None or reading.value is None:
            return reading
        if not self._steadiness.fresh(reading.quantity, self.stable_window):
            self._steadiness.moved(reading.quantity, reading.value, within)
            reading = take()
        value = reading.value
        if value is None:
            return reading
        if self._steadiness.moved(reading.quantity, value, within):
            return replace(reading, status=ReadingStatus.DYNAMIC)
        return reading

    def _malformed(self, line: bytes) -> InstrumentProtocolError:
        self.transport.wire.record(Direction.FAULT, line, note="malformed reply")
        log.warning("%s on %s: malformed reply %r", self.name, self.transport.port, line)
        return InstrumentProtocolError("The instrument on {port} sent a malformed reply: {reply}",
                                       port=self.transport.port, reply=repr(line))  # fmt: skip


def function_of(quantity: str) -> Function:
    """The function measuring ``quantity`` (``dc_voltage``, ``dc_current``); InvalidInput otherwise."""
    try:
        return FUNCTIONS[quantity]
    except KeyError:
        raise InvalidInput("Unknown quantity {name!r} for this instrument; known: {known}.", name=quantity,
                           known=", ".join(FUNCTIONS)) from None  # fmt: skip
