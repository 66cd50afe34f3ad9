"""What an instrument said: a value with its unit and status, the raw bytes, when, and who said it.

Values are :class:`~decimal.Decimal` parsed from the instrument's own digits, never floats: a
balance that prints ``100.00 g`` recorded as ``100.00``, not ``100.00000000000001``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum


class ReadingStatus(StrEnum):
    """How far a value can be trusted."""

    STABLE = "stable"
    DYNAMIC = "dynamic"  # still moving (balance not settled, pH drifting)
    OVERLOAD = "overload"  # above the range: no value
    UNDERLOAD = "underload"  # below the range: no value
    ERROR = "error"  # the instrument answered with an error: no value


@dataclass(frozen=True)
class InstrumentIdentity:
    """The instrument as it describes itself (``*IDN?``, ``I2``/``I4``, …); empty when unknown."""

    manufacturer: str = ""
    model: str = ""
    serial_number: str = ""
    firmware: str = ""

    def describe(self) -> str:
        """``HEWLETT-PACKARD 34401A s/n 0 fw 11-5-2`` with whatever is known."""
        parts = [self.manufacturer, self.model]
        if self.serial_number:
            parts.append(f"s/n {self.serial_number}")
        if self.firmware:
            parts.append(f"fw {self.firmware}")
        return " ".join(p for p in parts if p) or "?"


@dataclass(frozen=True)
class Reading:
    """One value read from an instrument.

    ``value`` is None unless the status is stable or dynamic. ``raw`` is the instrument's reply,
    byte for byte, terminator included. ``message`` explains an error status (e.g. the
    instrument's error code and its meaning).
    """

    value: Decimal | None
    unit: str
    status: ReadingStatus
    raw: bytes
    at: datetime
    instrument: InstrumentIdentity
    quantity: str = ""
    message: str = ""

    def __post_init__(self) -> None:
        has_value = self.status in (ReadingStatus.STABLE, ReadingStatus.DYNAMIC)
        if has_value != (self.value is not None):
            raise ValueError(f"a {self.status} reading {'needs' if has_value else 'has no'} value")

    @property
    def usable(self) -> bool:
        """A value that may be recorded as a result (stable, in range, no error)."""
        return self.status is ReadingStatus.STABLE

    def describe(self) -> str:
        """``100.00 g (stable)`` or ``overload``."""
        if self.value is None:
            return f"{self.status.value}{f': {self.message}' if self.message else ''}"
        return f"{self.value} {self.unit} ({self.status.value})".replace(" ()", "")


def decimal_of(text: str | bytes) -> Decimal | None:
    """The number written in ``text`` (``'  -12.34'``, ``'+4.00012300E-03'``), or None."""
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
