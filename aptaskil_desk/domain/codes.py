"""Scannable codes (badges, later equipment labels): alphabet, check character, structure.

A code is a kind letter, 16 random symbols (16 × 5 = 80 bits) and a check symbol,
e.g. ``B7KQ2XW9H4TCN3RZPD``. The alphabet is 0–9 and A–Z without I, L, O (read as 1 and 0) and M
(which a US-layout scanner types as ``?`` on an AZERTY host), so that every symbol survives the
keyboard layouts a kiosk meets and can be read aloud. Only upper-case letters and digits: a QR
code stores them in its compact alphanumeric mode.

The check symbol is a Damm-style check over the field GF(32): the running value ``r`` becomes
``2·r + v`` for each symbol value ``v`` (arithmetic in GF(2⁵) modulo x⁵ + x² + 1), and the check
symbol brings it to zero. Because ``x ∘ y = 2x + y`` is a totally anti-symmetric quasigroup, it
catches every single wrong symbol and every swap of two different neighbours — the check symbol
included — so a mis-read is refused rather than matched to somebody else.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

ALPHABET = "0123456789ABCDEFGHJKNPQRSTUVWXYZ"
assert len(ALPHABET) == 32 and len(set(ALPHABET)) == 32
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
BODY_LENGTH = 16
CODE_LENGTH = 1 + BODY_LENGTH + 1


class CodeKind(StrEnum):
    """What a code identifies; the first symbol of the code."""

    BADGE = "B"
    EQUIPMENT = "E"


def _times_two(value: int) -> int:
    """Multiply by x in GF(2⁵) with the primitive polynomial x⁵ + x² + 1."""
    value <<= 1
    return value ^ 0b100101 if value & 0b100000 else value


def _fold(symbols: str) -> int:
    running = 0
    for symbol in symbols:
        running = _times_two(running) ^ _VALUE[symbol]
    return running


def check_symbol(payload: str) -> str:
    """The check symbol for ``payload`` (symbols of :data:`ALPHABET`)."""
    return ALPHABET[_times_two(_fold(payload))]


def is_well_formed(code: str) -> bool:
    """Right length, known kind, alphabet symbols only, and the check symbol holds."""
    if len(code) != CODE_LENGTH or code[0] not in {k.value for k in CodeKind}:
        return False
    if any(c not in _VALUE for c in code):
        return False
    return _fold(code) == 0


def make_code(kind: CodeKind, random_bytes: bytes) -> str:
    """Build a code from 10 random bytes (80 bits); the caller supplies them (``secrets.token_bytes``)."""
    if len(random_bytes) != 10:
        raise ValueError("a code needs exactly 10 random bytes (80 bits)")
    number = int.from_bytes(random_bytes, "big")
    body = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(BODY_LENGTH)))
    payload = kind.value + body
    return payload + check_symbol(payload)


@dataclass(frozen=True)
class ParsedCode:
    kind: CodeKind
    code: str


def parse(code: str) -> ParsedCode | None:
    """The code's kind if it is well formed, else ``None``."""
    if not is_well_formed(code):
        return None
    return ParsedCode(CodeKind(code[0]), code)
