"""Port settings of an instrument: speed, framing, handshake, terminator and timeouts.

An instrument profile keeps the *real* line settings (a 34401A talks 9600 7E2 with DTR/DSR). A
pseudo-terminal cannot hold 7 data bits or a parity (see DOMAIN.md), so tests, simulators and the
``--line`` option replace the framing with :func:`parse_line` while the protocol stays the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from aptaskil_desk.errors import InvalidInput

PARITIES = {"N": "none", "E": "even", "O": "odd", "M": "mark", "S": "space"}
_LINE = re.compile(r"^\s*(\d{2,7})\s*(?:,\s*([5-8])\s*([NEOMS])\s*(1|1\.5|2))?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class LineSettings:
    """How bytes travel on one serial line.

    ``timeout`` is how long one reply may take (seconds); ``poll`` how often a blocked read looks
    again (the port's own timeout is set once, at open, because changing it later re-applies the
    line settings, which a pseudo-terminal with 7 data bits refuses).
    """

    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    xonxoff: bool = False
    rtscts: bool = False
    dsrdtr: bool = False
    terminator: bytes = b"\r\n"
    timeout: float = 2.0
    write_timeout: float = 2.0
    poll: float = 0.02

    def __post_init__(self) -> None:
        if self.baudrate <= 0:
            raise InvalidInput("The speed must be a positive number of baud, not {value}.", value=self.baudrate)
        if self.bytesize not in (5, 6, 7, 8):
            raise InvalidInput("Data bits must be 5, 6, 7 or 8, not {value}.", value=self.bytesize)
        if self.parity not in PARITIES:
            raise InvalidInput("Unknown parity {value!r}: use N, E, O, M or S.", value=self.parity)
        if self.stopbits not in (1, 1.5, 2):
            raise InvalidInput("Stop bits must be 1, 1.5 or 2, not {value}.", value=self.stopbits)
        if self.timeout <= 0 or self.write_timeout <= 0 or self.poll <= 0:
            raise InvalidInput("Timeouts must be positive.")

    @property
    def framing(self) -> str:
        """``8N1``-style shorthand."""
        stop = "1.5" if self.stopbits == 1.5 else str(int(self.stopbits))
        return f"{self.bytesize}{self.parity}{stop}"

    @property
    def handshake(self) -> str:
        """``none``, ``xon/xoff``, ``rts/cts`` or ``dtr/dsr`` (several joined by ``+``)."""
        kinds = [name for name, on in (("xon/xoff", self.xonxoff), ("rts/cts", self.rtscts),
                                       ("dtr/dsr", self.dsrdtr)) if on]  # fmt: skip
        return "+".join(kinds) or "none"

    @property
    def char_time(self) -> float:
        """Seconds one character takes on the wire (start + data + parity + stop bits)."""
        bits = 1 + self.bytesize + (0 if self.parity == "N" else 1) + self.stopbits
        return bits / self.baudrate

    def describe(self) -> str:
        """``9600 baud, 8N1, handshake none``."""
        return f"{self.baudrate} baud, {self.framing}, handshake {self.handshake}"

    def with_line(self, spec: str | None) -> LineSettings:
        """These settings with speed/framing replaced by ``spec`` (``"9600,8N1"`` or ``"115200"``);
        a framing change also drops hardware handshakes a pseudo-terminal cannot answer."""
        return self if not spec else parse_line(spec, self)


def parse_line(spec: str, base: LineSettings | None = None) -> LineSettings:
    """Read ``"9600,8N1"``, ``"1200,7O1"`` or ``"115200"`` into settings based on ``base``.

    Raises:
        InvalidInput: with the expected form, when ``spec`` is not understood.
    """
    base = base or LineSettings()
    match = _LINE.match(spec)
    if match is None:
        raise InvalidInput("Line settings {spec!r} not understood: write e.g. 9600,8N1 or 1200,7O1.", spec=spec)
    baud, bits, parity, stop = match.groups()
    if bits is None:
        return replace(base, baudrate=int(baud))
    return replace(
        base, baudrate=int(baud), bytesize=int(bits), parity=parity.upper(), stopbits=float(stop),
        rtscts=False, dsrdtr=False,
    )  # fmt: skip
