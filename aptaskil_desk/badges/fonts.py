"""The Unicode TrueType fonts embedded in badge PDFs, and a check that a text has all its glyphs.

The 14 standard PDF fonts know only Latin-1-ish letters: Ł, ş, ı or ễ would print as blanks or
boxes. DejaVu Sans (shipped in ``resources/fonts/``, free to redistribute) covers Latin
Extended, Vietnamese, Greek and Cyrillic; reportlab embeds only the glyphs a document uses.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from aptaskil_desk.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the fonts with reportlab once per process; returns ``(regular, bold)`` names."""
    for name, filename in _FILES.items():
        # reportlab keeps its font registry module-wide; registering twice is harmless but slow.
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    return REGULAR, BOLD


def printable(text: str) -> str:
    """``text`` in composed form (NFC): a name typed on a Mac arrives as ``e`` + combining marks,
    which a PDF without a text shaper would stack badly; the composed ``ễ`` is one glyph."""
    return unicodedata.normalize("NFC", text)


def missing_glyphs(text: str, font: str = BOLD) -> str:
    """The characters of ``text`` (after :func:`printable`) that ``font`` cannot draw, in order."""
    register_fonts()
    known = pdfmetrics.getFont(font).face.charToGlyph
    missing = dict.fromkeys(c for c in printable(text) if not c.isspace() and ord(c) not in known)
    return "".join(missing)


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points."""
    return float(pdfmetrics.stringWidth(text, font, size))
