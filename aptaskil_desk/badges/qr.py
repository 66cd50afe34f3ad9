"""QR symbols for badges: the module matrix (``qrcode``) and its vector drawing on a PDF canvas.

A badge code (18 symbols of 0-9 and A-Z) fits a version 2 symbol in QR's alphanumeric mode at
error correction level H (up to 20 characters, 30 % of the symbol may be lost), which survives
a cheap printer, a worn card and a scratched lens. The symbol is drawn as filled rectangles,
not as a bitmap, so it stays sharp at any printer resolution.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_Q

#: Light modules around the symbol, as the QR standard (ISO/IEC 18004) requires.
QUIET_ZONE = 4

_LEVELS = {"Q": ERROR_CORRECT_Q, "H": ERROR_CORRECT_H}


@dataclass(frozen=True)
class QrSymbol:
    """A QR symbol's modules (``True`` = dark), quiet zone included."""

    payload: str
    version: int
    level: str
    modules: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        """Modules across, quiet zone included (a version 2 symbol: 25 + 2 × 4 = 33)."""
        return len(self.modules)

    def dark_runs(self) -> Iterator[tuple[int, int, int]]:
        """Horizontal runs of dark modules as ``(row, first column, length)``, top row first."""
        for row, line in enumerate(self.modules):
            column = 0
            while column < len(line):
                if not line[column]:
                    column += 1
                    continue
                start = column
                while column < len(line) and line[column]:
                    column += 1
                yield row, start, column - start


def make_symbol(payload: str, *, level: str = "H") -> QrSymbol:
    """Encode ``payload`` (upper-case letters and digits use the compact alphanumeric mode)."""
    if level not in _LEVELS:
        raise ValueError(f"error correction level must be Q or H, not {level!r}")
    code = qrcode.QRCode(error_correction=_LEVELS[level], border=QUIET_ZONE)
    code.add_data(payload)
    code.make(fit=True)
    modules = tuple(tuple(bool(m) for m in row) for row in code.get_matrix())
    return QrSymbol(payload, int(code.version), level, modules)


def draw_symbol(canvas: Any, symbol: QrSymbol, x: float, y: float, size: float) -> None:
    """Draw ``symbol`` on a reportlab canvas as a ``size`` × ``size`` square (points), quiet zone
    included, with its lower-left corner at ``(x, y)``.

    The quiet zone is painted white so that nothing printed underneath can intrude on it; the
    dark modules are one filled path of merged row runs, which leaves no hairline seams between
    neighbouring modules when a viewer anti-aliases.
    """
    module = size / symbol.size
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    top = y + size
    for row, column, length in symbol.dark_runs():
        path.rect(x + column * module, top - (row + 1) * module, length * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
