"""A simulated Sartorius balance speaking SBI byte for byte (see the driver for the formats).

Requests are not lines: a command is ``ESC`` and a letter (``ESC P``, ``ESC T``), or ``ESC``, a
lower-case letter, a digit and ``_`` (``ESC x1_``), exactly what the driver sends. The CR LF
SBI allows after a command is accepted and ignored, as are stray bytes outside a command (line
noise); unknown commands get no answer, as on the real balance. Output lines end CR LF.

``ESC P`` prints the value on display in the 16-character form (``with_id``: the 22-character form,
ID ``N`` for a weight, ``Stat`` for a special output); the unit is blank while the load is not
stable. Loads above ``capacity`` print ``High``, below minus the capacity ``Low``;
``Scenario.overload``/``underload`` force those, and scenario error replies print
``Err <error_code>``. ``ESC T`` tares once the load is stable and prints nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import ClassVar

from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.simulators.base import Scenario, Simulator

ESC = 0x1B
_LONGEST = 24  # a format-2 command longer than this is noise, not a command


def split_sbi_requests(pending: bytearray) -> list[bytes]:
    """Take the complete SBI commands off the front of ``pending`` (in place).

    Bytes before an ``ESC`` are dropped (CR LF after a command, noise); an incomplete command
    stays for the next call.
    """
    found: list[bytes] = []
    while pending:
        start = pending.find(ESC)
        if start < 0:
            pending.clear()
            break
        del pending[:start]
        if len(pending) < 2:
            break
        if not chr(pending[1]).islower():  # format 1: ESC and one character
            found.append(bytes(pending[:2]))
            del pending[:2]
            continue
        end = pending.find(b"_", 2)
        if end < 0:
            if len(pending) > _LONGEST:
                del pending[:1]  # not a command after all: look for the next ESC
                continue
            break
        found.append(bytes(pending[: end + 1]))
        del pending[: end + 1]
    return found


def sbi_line(sign: str, value: str, unit: str, ident: str | None = None) -> bytes:
    """``sign`` + space + ``value`` right-aligned in 8 + space + ``unit`` in 3 (+ 6-character ID), CR LF."""
    body = f"{sign} {value:>8} {unit:<3}"
    return (body if ident is None else f"{ident:<6}{body}").encode("ascii") + b"\r\n"


class SartoriusSimulator(Simulator):
    """A balance on a pseudo-terminal answering SBI commands."""

    kind: ClassVar[str] = "sartorius-sbi"
    title: ClassVar[str] = "Sartorius balance (SBI), simulated"
    terminator: ClassVar[bytes | None] = b"\r\n"  # ends output lines (and garbage); requests: _split

    def __init__(
        self, scenario: Scenario | None = None, *, value: Decimal | int | str = 0, link: Path | None = None,
        monotonic: Callable[[], float] = time.monotonic, paced: LineSettings | None = None,
        model: str = "BP2100S", serial_number: str = "0012345678", capacity: Decimal | int | str = "2100.00",
        resolution: Decimal | int | str = "0.01", unit: str = "g", with_id: bool = False, error_code: int = 340,
    ) -> None:  # fmt: skip
        super().__init__(scenario, value=value, link=link, monotonic=monotonic, paced=paced)
        self.model = model
        self.serial_number = serial_number
        self.capacity = Decimal(capacity)
        self.resolution = Decimal(resolution)
        self.unit = unit
        self.with_id = with_id
        self.error_code = error_code
        self.tare = Decimal(0)
        self._tare_pending = False

    def _split(self) -> list[bytes]:
        return split_sbi_requests(self._pending)

    # -- output --------------------------------------------------------------------------------------

    def _special(self, text: str) -> bytes:
        return sbi_line(" ", text, "", "Stat" if self.with_id else None)

    def display(self) -> bytes:
        """The ``ESC P`` output for the load now."""
        gross = self.value()
        if self.scenario.overload or gross > self.capacity:
            return self._special("High")
        if self.scenario.underload or gross < -self.capacity:
            return self._special("Low")
        net = (gross - self.tare).quantize(self.resolution, rounding=ROUND_HALF_EVEN)
        sign = "-" if net < 0 else "+"
        unit = self.unit if self.stable() else ""
        return sbi_line(sign, str(net.copy_abs()), unit, "N" if self.with_id else None)

    # -- commands ------------------------------------------------------------------------------------

    def handle(self, request: bytes) -> bytes | None:
        if request == b"\x1bP":
            return self.display()
        if request == b"\x1bT":
            self._tare_pending = True
            self._tare_when_stable()
            return None
        texts = {b"\x1bx1_": self.model, b"\x1bx2_": self.serial_number}
        text = texts.get(request)
        return None if text is None else text.encode("ascii") + b"\r\n"

    def error_reply(self, request: bytes) -> bytes | None:
        return self._special(f"Err {self.error_code:>3}") if request == b"\x1bP" else None

    def _tare_when_stable(self) -> None:
        """The TARE key acts once the load is stable; an overloaded balance ignores it."""
        gross = self.value()
        if self.scenario.overload or self.scenario.underload or abs(gross) > self.capacity:
            self._tare_pending = False
        elif self.stable():
            self.tare = gross.quantize(self.resolution, rounding=ROUND_HALF_EVEN)
            self._tare_pending = False

    def tick(self, now: float) -> bytes | None:
        if self._tare_pending:
            self._tare_when_stable()
        return None

    def on_power_up(self) -> None:
        self.tare = Decimal(0)
        self._tare_pending = False
