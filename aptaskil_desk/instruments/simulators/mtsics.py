"""A simulated Mettler Toledo balance speaking MT-SICS byte for byte (see the driver's table).

What is on the pan is the simulator's quantity (:meth:`Simulator.set_value`, grams by default),
shaped by the scenario: noise and drift move it, settling and unstable periods make it dynamic.
The balance shows it to ``resolution`` (0.01 g), net of the zero point and the tare, and refuses
loads beyond ``capacity`` (``S +``) or below minus the capacity (``S -``, e.g. the pan lifted);
``Scenario.overload``/``underload`` force those.

``S``, ``T`` and ``Z`` wait for a stable weight, like the real balance, up to ``balance_timeout``
(30 s on a real one; tests use less) and then answer ``S I``/``T I``/``Z I``. ``SIR`` streams a
weight every ``stream_every`` seconds from :meth:`tick` until the next command (0: as fast as
the paced line allows, written in bursts). ``@`` clears the tare, stops the stream and answers
``I4 A "<serial>"``; starting and replugging send that line unprompted (power-on) and clear the
tare and zero point. ``Z`` works within ±2 % of capacity of the power-on zero. Scenario error replies are
``error_code`` (``ET`` by default); an unknown command gets ``ES``, bytes that are not printable
ASCII ``ET``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from pathlib import Path
from typing import ClassVar

from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.simulators.base import Scenario, Simulator

#: Commands that wait for a stable weight before answering.
_WAITING = ("S", "T", "Z")
#: Seconds of line time written at once when streaming flat out on a paced line.
_BURST = 0.05


def sics_weight(value: Decimal, resolution: Decimal) -> str:
    """``value`` to the balance's resolution, right-aligned in 10 characters (never ``-0.00``)."""
    shown = value.quantize(resolution, rounding=ROUND_HALF_EVEN)
    if shown.is_zero():
        shown = shown.copy_abs()
    return f"{shown:>10}"


class MtSicsSimulator(Simulator):
    """A balance on a pseudo-terminal answering MT-SICS commands."""

    kind: ClassVar[str] = "mt-sics"
    title: ClassVar[str] = "Mettler Toledo balance (MT-SICS), simulated"
    terminator: ClassVar[bytes | None] = b"\r\n"

    def __init__(
        self, scenario: Scenario | None = None, *, value: Decimal | int | str = 0, link: Path | None = None,
        monotonic: Callable[[], float] = time.monotonic, paced: LineSettings | None = None,
        model: str = "XS205", serial_number: str = "B021002593", capacity: Decimal | int | str = "220.00",
        resolution: Decimal | int | str = "0.01", unit: str = "g", balance_timeout: float = 30.0,
        stream_every: float = 0.1, error_code: str = "ET",
    ) -> None:  # fmt: skip
        super().__init__(scenario, value=value, link=link, monotonic=monotonic, paced=paced)
        self.model = model
        self.serial_number = serial_number
        self.capacity = Decimal(capacity)
        self.resolution = Decimal(resolution)
        self.unit = unit
        self.balance_timeout = balance_timeout
        self.stream_every = stream_every
        self.error_code = error_code
        self.tare = Decimal(0)
        self.zero_point = Decimal(0)
        #: loads within ± this of the power-on zero may be zeroed (2 % of capacity, as is usual)
        self.zero_range = self.capacity * Decimal("0.02")
        self.streaming = False
        self._next_line = 0.0
        self._waiting: tuple[str, float] | None = None  # command waiting for stability, deadline
        self._announce = True  # the power-on line, sent by the first tick

    @property
    def announced(self) -> bool:
        """True once the power-on line has gone out (a driver connecting later never sees it)."""
        return not self._announce

    # -- the balance's state -------------------------------------------------------------------------

    def _load(self) -> tuple[str, Decimal]:
        """``+``/``-`` out of range, else ``S`` or ``D`` with the gross load."""
        gross = self.value()
        if self.scenario.overload or gross > self.capacity:
            return "+", gross
        if self.scenario.underload or gross < -self.capacity:
            return "-", gross
        return ("S" if self.stable() else "D"), gross

    def _line(self, ident: str, status: str, weight: Decimal | None = None) -> bytes:
        body = "" if weight is None else f" {sics_weight(weight, self.resolution)} {self.unit}"
        return f"{ident} {status}{body}\r\n".encode("ascii")

    def _weight(self) -> bytes:
        """The ``S …`` line for the weight now (as ``SI`` answers)."""
        status, gross = self._load()
        if status in "+-":
            return self._line("S", status)
        return self._line("S", status, gross - self.zero_point - self.tare)

    def _identity(self) -> bytes:
        return f'I4 A "{self.serial_number}"\r\n'.encode("ascii")

    # -- commands ------------------------------------------------------------------------------------

    def handle(self, request: bytes) -> bytes | None:
        self._interrupt()  # any command ends SIR and cancels a command still waiting
        try:
            text = request.decode("ascii")
        except UnicodeDecodeError:
            return b"ET\r\n"
        if not text.isprintable():
            return b"ET\r\n"
        command, _, argument = text.partition(" ")
        if command == "TA":
            return self._tare_memory(argument)
        if argument:
            return b"ES\r\n"
        if command in _WAITING:
            return self._when_stable(command)
        simple: dict[str, Callable[[], bytes | None]] = {
            "SI": self._weight, "SIR": self._start_stream, "TAC": self._clear_tare, "@": self._reset,
            "I2": lambda: f'I2 A "{self.model} {self.capacity:f} {self.unit}"'.encode("ascii") + b"\r\n",
            "I4": self._identity,
        }  # fmt: skip
        action = simple.get(command)
        return b"ES\r\n" if action is None else action()

    def error_reply(self, request: bytes) -> bytes | None:
        self._interrupt()
        return self.error_code.encode("ascii") + b"\r\n"

    def _when_stable(self, command: str) -> bytes | None:
        """Answer at once if the load is stable or out of range; else wait (see :meth:`tick`)."""
        status, _gross = self._load()
        if status == "D":
            self._waiting = (command, self.now() + self.balance_timeout)
            return None
        return self._complete(command, status)

    def _complete(self, command: str, status: str) -> bytes:
        if status in "+-":
            return self._line(command, status)
        if command == "S":
            return self._weight()
        gross = self.value()
        if command == "Z":
            if abs(gross) > self.zero_range:
                return self._line("Z", "+" if gross > 0 else "-")
            self.zero_point, self.tare = gross, Decimal(0)
            return self._line("Z", "A")
        tare = gross - self.zero_point
        if tare < 0:
            return self._line("T", "-")
        self.tare = tare.quantize(self.resolution, rounding=ROUND_HALF_EVEN)
        return self._line("T", "S", self.tare)

    def _tare_memory(self, argument: str) -> bytes:
        """``TA`` (what is the tare) or ``TA <value> <unit>`` (preset it)."""
        if argument:
            value, _, unit = argument.partition(" ")
            try:
                preset = Decimal(value)
            except InvalidOperation:
                return b"ES\r\n"
            if unit != self.unit or not preset.is_finite() or not 0 <= preset <= self.capacity:
                return self._line("TA", "L")
            self.tare = preset.quantize(self.resolution, rounding=ROUND_HALF_EVEN)
        return self._line("TA", "A", self.tare)

    def _clear_tare(self) -> bytes:
        self.tare = Decimal(0)
        return self._line("TAC", "A")

    def _reset(self) -> bytes:
        self.tare = Decimal(0)
        return self._identity()

    def _start_stream(self) -> bytes:
        self.streaming = True
        self._next_line = self.now() + self.stream_every
        if self.stream_every == 0 and self.paced is not None:
            # As fast as the line allows: no idle tick between lines, the paced write sets the rhythm.
            self.tick_every = 0.0  # type: ignore[misc]  # per instance on purpose
        return self._weight()

    def _interrupt(self) -> None:
        self.streaming = False
        self._waiting = None
        self.tick_every = type(self).tick_every  # type: ignore[misc]

    # -- unprompted output ---------------------------------------------------------------------------

    def on_power_up(self) -> None:
        self.tare = self.zero_point = Decimal(0)
        self._interrupt()
        self._announce = True

    def tick(self, now: float) -> bytes | None:
        out = bytearray()
        if self._announce:
            self._announce = False
            out += self._identity()
        if self._waiting is not None:
            command, deadline = self._waiting
            status, _gross = self._load()
            if status != "D":
                self._waiting = None
                out += self._complete(command, status)
            elif now >= deadline:
                self._waiting = None
                out += self._line(command, "I")
        if self.streaming and now >= self._next_line:
            out += self._streamed()
            self._next_line = max(self._next_line + self.stream_every, now) if self.stream_every else now
        return bytes(out) or None

    def _streamed(self) -> bytes:
        """The next streamed line; streaming flat out on a paced line, enough lines for
        :data:`_BURST` seconds of wire, so the time between two writes leaves no gap on the line."""
        line = self._weight()
        if self.stream_every or self.paced is None:
            return line
        count = max(1, math.ceil(_BURST / (len(line) * self.paced.char_time)))
        return line + b"".join(self._weight() for _ in range(count - 1))
