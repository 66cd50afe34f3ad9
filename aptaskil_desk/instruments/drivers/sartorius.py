"""Sartorius balances over SBI (the Sartorius Balance Interface).

Line: factory 1200 baud, 7 data bits, odd parity, 1 stop bit, hardware handshake (RTS/CTS).

Commands, byte for byte as this driver sends them. SBI commands are ``ESC`` and a command
character ("format 1") or ``ESC``, a character, a digit and ``_`` ("format 2"); the CR LF the
manuals show after them is optional and is *not* sent, so a command is exactly these bytes:

============  ===============  ================================================================
``ESC P``     ``1B 50``        print: the balance outputs the value on display
``ESC T``     ``1B 54``        the TARE key: tares, or zeroes an empty balance; no output
``ESC x1_``   ``1B 78 31 5F``  output the model
``ESC x2_``   ``1B 78 32 5F``  output the serial number
============  ===============  ================================================================

Output, every line ending CR LF. The 16-character form: position 1 the sign (``+``, ``-`` or a
space), 2 a space, 3–10 the value right-aligned (leading zeros as spaces), 11 a space, 12–14 the
unit left-aligned: ``+   123.56 g  ``. The 22-character form puts a 6-character ID in front
(``N     +   123.56 g  ``; ``Stat  `` before special outputs). The unit is blank while the weight
moves: the reading is then dynamic, in the unit last seen. Special outputs carry text instead of
a weight — ``High`` (overload), ``Low`` (underload), ``Err ###`` (error number ###, meanings in
:data:`ERROR_CODES`) — and are recognised wherever they stand in the line, as models place them
differently. The model and the serial number come back as one line of text each.

SBI has no "wait until stable" command: :meth:`SartoriusBalance.read_stable` asks again until the
unit appears, up to ``settle_timeout``.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from aptaskil_desk.clock import Clock
from aptaskil_desk.i18n import N_
from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus, decimal_of
from aptaskil_desk.instruments.transport import Transport

ESC = b"\x1b"
PRINT = ESC + b"P"
TARE = ESC + b"T"
MODEL = ESC + b"x1_"
SERIAL = ESC + b"x2_"

_KEY_STUCK = N_("Err 101–104: a key is stuck or was held down when the balance was switched on.")

#: What the balance's error numbers mean (its manual has the full list).
ERROR_CODES: dict[int, str] = {
    1: N_("Err 01: the value does not fit the output format; check the interface settings."),
    2: N_("Err 02: the adjustment conditions are not met (e.g. not tared, or the pan is loaded)."),
    3: N_("Err 03: the adjustment could not be completed in time."),
    30: N_("Err 30: data output is blocked by the interface settings."),
    31: N_("Err 31: handshake error: the computer did not accept the data."),
    101: _KEY_STUCK,
    102: _KEY_STUCK,
    103: _KEY_STUCK,
    104: _KEY_STUCK,
    320: N_("Err 320: the balance's program memory is faulty; have the balance serviced."),
    340: N_("Err 340: the balance's parameter memory is faulty; have the balance serviced."),
    341: N_("Err 341: the balance lost its settings (power backup); check them and adjust the balance."),
}
OTHER_ERROR = N_("Err {code}: see the error list in the balance's manual.")
OVERLOAD = N_("The load is above the balance's capacity (High).")
UNDERLOAD = N_("The load is below the balance's lower limit; is the pan in place? (Low)")
NOT_SETTLED = N_("The balance did not settle in time: shield it from draughts and vibration, then weigh again.")

_SPECIAL = {"High": ReadingStatus.OVERLOAD, "H": ReadingStatus.OVERLOAD, "Low": ReadingStatus.UNDERLOAD,
            "L": ReadingStatus.UNDERLOAD}  # fmt: skip
_ERROR = re.compile(r"^Err\s*(\d{1,3})$", re.IGNORECASE)
_VALUE = re.compile(r"^ *\d+(?:\.\d+)?$")
_UNIT = re.compile(r"^(\S{1,3}) *$")
_TEXT = re.compile(r"^[A-Za-z0-9][\x20-\x7e]*$")


@dataclass(frozen=True)
class SbiOutput:
    """One SBI output line understood: a weight, or a special output (then ``value`` is None)."""

    ident: str
    value: Decimal | None
    unit: str
    status: ReadingStatus
    code: int | None = None
    message: str = ""


def error_message(code: int) -> str:
    """What ``Err <code>`` means."""
    known = ERROR_CODES.get(code)
    return known if known is not None else OTHER_ERROR.format(code=f"{code:02d}")


def parse_output(raw: bytes) -> SbiOutput | None:
    """A 16- or 22-character output line (CR LF included), or None when it is not one."""
    if not raw.endswith(b"\r\n"):
        return None
    try:
        text = raw[:-2].decode("ascii")
    except UnicodeDecodeError:
        return None
    if not text.isprintable() or len(text) not in (14, 20):
        return None
    ident, body = (text[:6].rstrip(), text[6:]) if len(text) == 20 else ("", text)
    special = body.strip()
    if special in _SPECIAL:
        status = _SPECIAL[special]
        return SbiOutput(ident, None, "", status, message=OVERLOAD if status is ReadingStatus.OVERLOAD else UNDERLOAD)
    error = _ERROR.match(special)
    if error is not None:
        code = int(error.group(1))
        return SbiOutput(ident, None, "", ReadingStatus.ERROR, code, error_message(code))
    return _weight(ident, body)


def _weight(ident: str, body: str) -> SbiOutput | None:
    sign, value_text, unit_text = body[0], body[2:10], body[11:14]
    if sign not in "+- " or body[1] != " " or body[10] != " " or _VALUE.match(value_text) is None:
        return None
    value = decimal_of(value_text)
    if value is None:
        return None
    if unit_text == "   ":
        return SbiOutput(ident, -value if sign == "-" else value, "", ReadingStatus.DYNAMIC)
    unit = _UNIT.match(unit_text)
    if unit is None:
        return None
    return SbiOutput(ident, -value if sign == "-" else value, unit.group(1), ReadingStatus.STABLE)


def _is_text(raw: bytes) -> bool:
    """A line of text (model, serial number) — not a weight output, not garbage."""
    try:
        text = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        return False
    return _TEXT.match(text) is not None and parse_output(raw) is None


class SartoriusBalance(Driver):
    """A Sartorius balance speaking SBI.

    Args:
        unit: the unit of a dynamic reading until a stable one has shown the balance's unit.
        settle_timeout: how long :meth:`read_stable` keeps asking for a stable weight.
    """

    name: ClassVar[str] = "sartorius-sbi"
    title: ClassVar[str] = "Sartorius balance (SBI)"
    instrument_kind: ClassVar[str] = "balance"
    line: ClassVar[LineSettings] = LineSettings(baudrate=1200, bytesize=7, parity="O", stopbits=1, rtscts=True,
                                                terminator=b"\r\n", timeout=2.0)  # fmt: skip
    quantities: ClassVar[tuple[str, ...]] = ("mass",)

    def __init__(self, transport: Transport, clock: Clock | None = None, *, unit: str = "g",
                 settle_timeout: float = 30.0) -> None:  # fmt: skip
        super().__init__(transport, clock)
        self.unit = unit
        self.settle_timeout = settle_timeout

    def identify(self) -> InstrumentIdentity:
        """``ESC x1_`` (model) and ``ESC x2_`` (serial number)."""
        model = self._text(MODEL)
        return InstrumentIdentity(model=model, serial_number=self._text(SERIAL))

    def read(self) -> Reading:
        """``ESC P``: the value on display now, stable or dynamic (unit blank)."""
        self._send(PRINT)
        raw = self.reply_matching(lambda line: parse_output(line) is not None)
        output = parse_output(raw)
        assert output is not None  # reply_matching accepted it
        if output.status is ReadingStatus.STABLE:
            self.unit = output.unit
        unit = output.unit or (self.unit if output.value is not None else "")
        return self.reading(output.value, unit, output.status, raw, quantity="mass", message=output.message)

    def read_immediate(self) -> Reading:
        """The same as :meth:`read` (SBI prints what is displayed)."""
        return self.read()

    def read_stable(self, pause: float = 0.1) -> Reading:
        """Ask (``ESC P``) every ``pause`` s until the weight is stable or has no value.

        After ``settle_timeout`` an error reading says the balance did not settle.
        """
        deadline = time.monotonic() + self.settle_timeout
        while True:
            reading = self.read()
            if reading.status is not ReadingStatus.DYNAMIC:
                return reading
            if time.monotonic() + pause > deadline:
                return self.reading(None, reading.unit, ReadingStatus.ERROR, reading.raw, quantity="mass",
                                    message=NOT_SETTLED)  # fmt: skip
            time.sleep(pause)

    def tare(self) -> None:
        """``ESC T``: tare (or zero an empty balance). SBI gives no answer to check."""
        self._send(TARE)

    def zero(self) -> None:
        """``ESC T`` as well: on SBI the TARE key zeroes an empty balance."""
        self._send(TARE)

    def _send(self, command: bytes) -> None:
        """Forget stale output (auto-print, a late reply), then send ``command`` without CR LF."""
        self.transport.drain()
        self.transport.write(command)

    def _text(self, command: bytes) -> str:
        self._send(command)
        return self.reply_matching(_is_text).decode("ascii").strip()
