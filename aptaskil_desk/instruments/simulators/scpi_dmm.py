"""A simulated HP 34401A multimeter on RS-232: SCPI, remote mode, error queue, overload.

It behaves as the driver's module docstring (and DOMAIN.md) describes, byte for byte: lines end
CR LF; a query is answered with one line, a command with nothing; a command it cannot execute is
not answered and puts its error in the queue (at most 20, then ``-350,"Queue overflow"``), read
with ``SYST:ERR?``. Headers are read as SCPI does: short or long form (``SYST``/``SYSTEM``), any
case, optional leading colon, optional ``[SENSe:]`` and default ``:DC`` nodes.

Until ``SYST:REM`` (or ``SYST:RWL``), configuration and measurement commands are refused with
``+550,"Command not allowed in local"``, as the 34401A does on RS-232; identification, ``*CLS``,
``*RST`` and the ``SYST`` commands work in local. Power-up (and replugging) brings back local mode,
DC volts and an empty queue.

The input (:meth:`set_value`, in volts or amperes, whatever the function) is shaped by the
scenario: noise, drift, settling. While settling or in an unstable period, successive readings
alternate ``unstable_wander`` × range above and below the value. Beyond 120 % of the range (or
of the highest range on autorange) the reading is ``±9.90000000E+37``; the scenario's overload /
underload force ``+`` / ``-9.90000000E+37``. ``Scenario.error_every`` makes a measurement query
fail as on a noisy line: no reply and ``+513,"RS-232 parity error"`` queued.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.reading import decimal_of
from aptaskil_desk.instruments.simulators.base import Scenario, Simulator

#: The SCPI errors this meter reports, in the 34401A's words.
ERRORS: dict[int, str] = {
    0: "No error",
    -108: "Parameter not allowed",
    -109: "Missing parameter",
    -113: "Undefined header",
    -222: "Data out of range",
    -224: "Illegal parameter value",
    -230: "Data stale",
    -350: "Queue overflow",
    513: "RS-232 parity error",
    550: "Command not allowed in local",
}

#: Ranges of each function (V, A); a reading up to 120 % of its range is shown.
RANGES: dict[str, tuple[Decimal, ...]] = {
    "VOLT:DC": tuple(Decimal(r) for r in ("0.1", "1", "10", "100", "1000")),
    "CURR:DC": tuple(Decimal(r) for r in ("0.01", "0.1", "1", "3")),
}
OVERRANGE = Decimal("1.2")
OVERLOAD = "+9.90000000E+37"
NEGATIVE_OVERLOAD = "-9.90000000E+37"
QUEUE_DEPTH = 20

#: Long forms of the keywords understood, to their short forms.
_LONG = {
    "SYSTEM": "SYST", "REMOTE": "REM", "LOCAL": "LOC", "ERROR": "ERR", "VERSION": "VERS", "CONFIGURE": "CONF",
    "MEASURE": "MEAS", "VOLTAGE": "VOLT", "CURRENT": "CURR", "FUNCTION": "FUNC", "SENSE": "SENS", "FETCH": "FETC",
    "INITIATE": "INIT", "IMMEDIATE": "IMM",
}  # fmt: skip
_FUNCTION_NAMES = {"VOLT": "VOLT:DC", "VOLT:DC": "VOLT:DC", "CURR": "CURR:DC", "CURR:DC": "CURR:DC"}
_MEASUREMENT_QUERIES = {"READ?", "FETC?", "MEAS:VOLT:DC?", "MEAS:CURR:DC?"}
_LOCAL_OK = {"*IDN?", "*RST", "*CLS", "SYST:REM", "SYST:RWL", "SYST:LOC", "SYST:ERR?", "SYST:VERS?"}


class ScpiFault(Exception):
    """A command the meter refuses; ``code`` goes to the error queue."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def canonical(header: str) -> str:
    """``:system:error?`` → ``SYST:ERR?``; ``SENS:FUNC`` → ``FUNC``; ``CONF:VOLT`` → ``CONF:VOLT:DC``."""
    text = header.strip().upper().lstrip(":")
    query = text.endswith("?")
    words = [_LONG.get(word, word) for word in text.rstrip("?").split(":")]
    if words[0] == "SENS" and len(words) > 1:
        words = words[1:]
    if words[:2] == ["INIT", "IMM"]:
        words = ["INIT"]
    if words[0] in ("CONF", "MEAS") and len(words) == 2:
        words.append("DC")
    if words == ["SYST", "ERR", "NEXT"]:
        words = ["SYST", "ERR"]
    return ":".join(words) + ("?" if query else "")


def scpi_number(value: Decimal, digits: int = 8) -> str:
    """``Decimal("0.004000123")`` → ``+4.00012300E-03`` (the 34401A's reading format)."""
    sign = "-" if value < 0 else "+"
    value = abs(value)
    exponent = value.adjusted() if value else 0
    mantissa = value.scaleb(-exponent).quantize(Decimal(1).scaleb(-digits))
    if mantissa >= 10:  # rounding carried into another digit: 9.999999999 → 10.00000000
        exponent += 1
        mantissa = value.scaleb(-exponent).quantize(Decimal(1).scaleb(-digits))
    return f"{sign}{mantissa:.{digits}f}E{'-' if exponent < 0 else '+'}{abs(exponent):02d}"


class MultimeterSimulator(Simulator):
    """A 34401A on a pseudo-terminal; :meth:`set_value` sets the signal at its input."""

    kind: ClassVar[str] = "scpi-dmm"
    title: ClassVar[str] = "HP 34401A multimeter (simulated)"
    terminator: ClassVar[bytes | None] = b"\r\n"
    identity: ClassVar[str] = "HEWLETT-PACKARD,34401A,0,11-5-2"
    scpi_version: ClassVar[str] = "1991.0"
    #: How far (× the range) successive readings swing while the input settles or is unstable.
    unstable_wander: ClassVar[Decimal] = Decimal("0.001")

    def __init__(
        self, scenario: Scenario | None = None, *, value: Decimal | int | str = "0.004000123",
        link: Path | None = None, monotonic: Callable[[], float] = time.monotonic,
        paced: LineSettings | None = None,
    ) -> None:  # fmt: skip
        super().__init__(scenario, value=value, link=link, monotonic=monotonic, paced=paced)
        self.errors: deque[int] = deque()
        self.remote = False
        self.function = "VOLT:DC"
        self.range: Decimal | None = None  # None: autorange
        self.resolution: Decimal | None = None  # None: all the digits the meter has
        self._stored: str | None = None
        self._swing = 1
        self._handlers: dict[str, Callable[[str, list[str]], str | None]] = {
            "*IDN?": lambda _c, _p: self.identity,
            "*RST": self._reset,
            "*CLS": self._clear,
            "SYST:REM": self._remote,
            "SYST:RWL": self._remote,
            "SYST:LOC": self._local,
            "SYST:ERR?": self._next_error,
            "SYST:VERS?": lambda _c, _p: self.scpi_version,
            "CONF:VOLT:DC": self._configure,
            "CONF:CURR:DC": self._configure,
            "CONF?": self._configuration,
            "MEAS:VOLT:DC?": self._measure,
            "MEAS:CURR:DC?": self._measure,
            "READ?": lambda _c, _p: self._reading(),
            "INIT": self._initiate,
            "FETC?": self._fetch,
            "FUNC": self._set_function,
            "FUNC?": lambda _c, _p: f'"{self.function.split(":")[0]}"',
        }

    # -- the protocol ------------------------------------------------------------------------------

    def handle(self, request: bytes) -> bytes | None:
        text = request.decode("ascii", "replace").strip()
        if not text:
            return None
        header, _, rest = text.partition(" ")
        command = canonical(header)
        handler = self._handlers.get(command)
        if handler is None:
            return self._refuse(-113)
        if not self.remote and command not in _LOCAL_OK:
            return self._refuse(550)
        try:
            reply = handler(command, [p.strip() for p in rest.split(",")] if rest.strip() else [])
        except ScpiFault as fault:
            return self._refuse(fault.code)
        return None if reply is None else reply.encode("ascii") + b"\r\n"

    def error_reply(self, request: bytes) -> bytes | None:
        """A measurement query garbled on the line: no reply, a parity error queued."""
        header = request.decode("ascii", "replace").strip().partition(" ")[0]
        if not self.remote or canonical(header or "?") not in _MEASUREMENT_QUERIES:
            return None
        self._queue(513)
        return b""  # answered: with silence

    def on_power_up(self) -> None:
        self.remote = False
        self.errors.clear()
        self._reset("*RST", [])

    def _refuse(self, code: int) -> bytes | None:
        """Queue ``code``; the meter says nothing."""
        self._queue(code)
        return None

    def _queue(self, code: int) -> None:
        if len(self.errors) >= QUEUE_DEPTH:
            self.errors[-1] = -350
        else:
            self.errors.append(code)

    # -- commands ----------------------------------------------------------------------------------

    def _reset(self, _command: str, _params: list[str]) -> None:
        self.function, self.range, self.resolution, self._stored = "VOLT:DC", None, None, None

    def _clear(self, _command: str, _params: list[str]) -> None:
        self.errors.clear()

    def _remote(self, _command: str, _params: list[str]) -> None:
        self.remote = True

    def _local(self, _command: str, _params: list[str]) -> None:
        self.remote = False

    def _next_error(self, _command: str, _params: list[str]) -> str:
        code = self.errors.popleft() if self.errors else 0
        return f'{code:+d},"{ERRORS.get(code, "Unknown error")}"'

    def _configure(self, command: str, params: list[str]) -> None:
        function = command.split(":", 1)[1].rstrip("?")
        self.range, self.resolution = self._range_and_resolution(function, params)
        self.function, self._stored = function, None

    def _configuration(self, _command: str, _params: list[str]) -> str:
        span = self.range or self._autorange(self.value()) or RANGES[self.function][-1]
        step = self.resolution or span * Decimal("0.000001")
        return f'"{self.function.split(":")[0]} {scpi_number(span, 6)},{scpi_number(step, 6)}"'

    def _measure(self, command: str, params: list[str]) -> str:
        self._configure(command, params)
        return self._reading()

    def _initiate(self, _command: str, _params: list[str]) -> None:
        self._stored = self._reading()

    def _fetch(self, _command: str, _params: list[str]) -> str:
        if self._stored is None:
            raise ScpiFault(-230)
        return self._stored

    def _set_function(self, _command: str, params: list[str]) -> None:
        if not params:
            raise ScpiFault(-109)
        name = canonical(params[0].strip("\"'"))
        if len(params) > 1 or name not in _FUNCTION_NAMES:
            raise ScpiFault(-224)
        self.function, self.range, self.resolution, self._stored = _FUNCTION_NAMES[name], None, None, None

    def _range_and_resolution(self, function: str, params: list[str]) -> tuple[Decimal | None, Decimal | None]:
        if len(params) > 2:
            raise ScpiFault(-108)
        span = _range(params[0] if params else "DEF", RANGES[function])
        return span, _resolution(params[1] if len(params) > 1 else "DEF", span or RANGES[function][-1])

    # -- the reading -------------------------------------------------------------------------------

    def _autorange(self, value: Decimal) -> Decimal | None:
        return next((r for r in RANGES[self.function] if abs(value) <= r * OVERRANGE), None)

    def _reading(self) -> str:
        """The reply to a measurement: the value as the meter formats it, or an overload."""
        if self.scenario.overload:
            return OVERLOAD
        if self.scenario.underload:
            return NEGATIVE_OVERLOAD
        value = self.value()
        span = self.range or self._autorange(value) or RANGES[self.function][-1]
        if not self.stable():
            self._swing = -self._swing
            value += self._swing * self.unstable_wander * span
        if abs(value) > span * OVERRANGE:
            return OVERLOAD if value > 0 else NEGATIVE_OVERLOAD
        if self.resolution:
            value = (value / self.resolution).to_integral_value() * self.resolution
        return scpi_number(value)


def _positive(text: str) -> Decimal:
    wanted = decimal_of(text)
    if wanted is None:
        raise ScpiFault(-224)
    if wanted <= 0:
        raise ScpiFault(-222)
    return wanted


def _range(text: str, ranges: tuple[Decimal, ...]) -> Decimal | None:
    """``DEF`` (autorange) → None, ``MIN``/``MAX``, or the smallest range holding the number."""
    word = text.strip().upper()
    if word in ("DEF", "AUTO"):
        return None
    if word in ("MIN", "MAX"):
        return ranges[0] if word == "MIN" else ranges[-1]
    wanted = _positive(text)
    if wanted > ranges[-1]:
        raise ScpiFault(-222)
    return next(r for r in ranges if r >= wanted)


def _resolution(text: str, span: Decimal) -> Decimal | None:
    """``DEF`` → None (every digit), ``MIN``/``MAX`` → finest/coarsest for the range, or the number."""
    word = text.strip().upper()
    if word == "DEF":
        return None
    if word in ("MIN", "MAX"):
        return span * (Decimal("0.0000003") if word == "MIN" else Decimal("0.00003"))
    return _positive(text)
