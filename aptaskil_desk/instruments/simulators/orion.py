"""A simulated Thermo Orion Star A215 pH meter: ``GETMEAS`` → echo, then one CSV line.

Byte for byte as the driver's module docstring (and DOMAIN.md) describes: a command ends with CR
(LF is ignored, case does not matter), the echo and the CSV line end CR LF. The pH (set with
:meth:`set_value`) and the temperature (:meth:`set_temperature`) give the electrode's mV by the
Nernst equation — 59.16 mV per pH at 25 °C, proportional to the absolute temperature, times the
electrode's ``slope`` (%), plus its ``offset`` — so the three values of a line always agree.

Where DOMAIN.md is silent, the choices the driver also expects:

- Unstable: the line carries no stability flag. While the pH settles or in an unstable period,
  successive readings alternate ``unstable_wander`` (0.05 pH) above and below the value, so a
  stability check (the meter's own, or the driver's) sees it moving.
- Overload/underload (scenario, or a pH outside −2…20 / mV outside ±2000): ``Over`` / ``Under``
  in the value fields.
- Errors: an unknown command, or ``Scenario.error_every``, is answered with the echo then
  ``ERROR: …``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.simulators.base import Scenario, Simulator

#: mV per pH unit of an ideal electrode at 25 °C (RT ln 10 / F).
NERNST_25C = Decimal("59.16")
_KELVIN = Decimal("273.15")
_REFERENCE = Decimal("298.15")
_NEUTRAL = Decimal("7.00")


def nernst_mv(ph: Decimal, celsius: Decimal, slope_percent: Decimal = Decimal(100),
              offset_mv: Decimal = Decimal(0)) -> Decimal:  # fmt: skip
    """The electrode's potential: ``offset + slope × 59.16 mV × T/298.15 K × (7 − pH)``."""
    per_ph = NERNST_25C * (celsius + _KELVIN) / _REFERENCE
    return offset_mv + slope_percent / 100 * per_ph * (_NEUTRAL - ph)


def fixed(value: Decimal, places: int) -> str:
    """``value`` with ``places`` decimals, never ``-0.0``."""
    rounded = value.quantize(Decimal(1).scaleb(-places))
    return f"{abs(rounded) if rounded == 0 else rounded}"


class OrionSimulator(Simulator):
    """An Orion Star A215 on a pseudo-terminal; the pH is the settable quantity."""

    kind: ClassVar[str] = "orion-star"
    title: ClassVar[str] = "Thermo Orion Star A215 pH meter (simulated)"
    terminator: ClassVar[bytes | None] = b"\r"
    model: ClassVar[str] = "A215 pH"
    serial_number: ClassVar[str] = "X51250"
    firmware: ClassVar[str] = "3.04"
    user_id: ClassVar[str] = "ABCDE"
    sample_id: ClassVar[str] = "---"
    channel: ClassVar[str] = "CH-1"
    method: ClassVar[str] = "M100"
    date_format: ClassVar[str] = "%m/%d/%y %H:%M:%S"
    ph_limits: ClassVar[tuple[Decimal, Decimal]] = (Decimal("-2.000"), Decimal("20.000"))
    mv_limit: ClassVar[Decimal] = Decimal("2000.0")
    unstable_wander: ClassVar[Decimal] = Decimal("0.05")

    def __init__(
        self, scenario: Scenario | None = None, *, value: Decimal | int | str = "7.00",
        temperature: Decimal | int | str = "25.0", slope: Decimal | int | str = "98.5",
        offset: Decimal | int | str = "0", now: Callable[[], datetime] = datetime.now, link: Path | None = None,
        monotonic: Callable[[], float] = time.monotonic, paced: LineSettings | None = None,
    ) -> None:  # fmt: skip
        super().__init__(scenario, value=value, link=link, monotonic=monotonic, paced=paced)
        self.temperature = Decimal(temperature)
        self.slope = Decimal(slope)
        self.offset = Decimal(offset)
        self.log_number = 0
        self._clock = now
        self._swing = 1

    def set_temperature(self, celsius: Decimal | int | str) -> None:
        """The sample's temperature from now on (°C)."""
        with self._lock:
            self.temperature = Decimal(celsius)

    # -- the protocol ------------------------------------------------------------------------------

    def handle(self, request: bytes) -> bytes | None:
        command = request.replace(b"\n", b"").strip()
        if not command:
            return None
        echo = command + b"\r\n"
        if command.upper() == b"GETMEAS":
            return echo + self.measurement_line() + b"\r\n"
        return echo + b"ERROR: Invalid command\r\n"

    def error_reply(self, request: bytes) -> bytes | None:
        command = request.replace(b"\n", b"").strip()
        if command.upper() != b"GETMEAS":
            return None
        return command + b"\r\nERROR: Measurement not available\r\n"

    def measurement_line(self) -> bytes:
        """The CSV line for the sample as it is now (the log number counts up)."""
        self.log_number += 1
        ph = self.value()
        if not self.stable():
            self._swing = -self._swing
            ph += self._swing * self.unstable_wander
        mv = nernst_mv(ph, self.temperature, self.slope, self.offset)
        low, high = self.ph_limits
        fields = [
            self.model, self.serial_number, self.firmware, self.user_id, self._clock().strftime(self.date_format),
            self.sample_id, self.channel, "pH", self._field(ph, low, high, 2), "pH",
            self._field(mv, -self.mv_limit, self.mv_limit, 1), " mV", fixed(self.temperature, 1), "C",
            fixed(self.slope, 1), "%", self.method, f"#{self.log_number}",
        ]  # fmt: skip
        return ",".join(fields).encode("latin-1")

    def _field(self, value: Decimal, low: Decimal, high: Decimal, places: int) -> str:
        if self.scenario.overload or value > high:
            return "Over"
        if self.scenario.underload or value < low:
            return "Under"
        return fixed(value, places)
