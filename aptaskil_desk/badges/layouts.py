"""Undo what a keyboard layout does to a code typed by a US-layout scanner ("keyboard wedge").

A USB scanner sends key positions as on a US keyboard. A host set to Belgian or French AZERTY
reads those positions with its own layout: ``A1`` arrives as ``Q&``; German QWERTZ swaps Y and Z.
For each layout we know, the table maps what the host received back to what the badge holds.
Caps Lock on the host can flip letter case, so case is ignored after the mapping.
"""

from __future__ import annotations

from aptaskil_desk.domain.codes import CODE_LENGTH, is_well_formed

_AZERTY_LETTERS = {"Q": "A", "A": "Q", "Z": "W", "W": "Z", "q": "A", "a": "Q", "z": "W", "w": "Z"}
_AZERTY_DIGITS_COMMON = {"&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "è": "7", "ç": "9", "à": "0"}
# With Caps Lock on, some systems (Linux) turn the accented digit keys into capitals.
_AZERTY_DIGITS_CAPS = {"É": "2", "È": "7", "Ç": "9", "À": "0"}

#: received character → intended character, per host layout (US is the identity).
LAYOUTS: dict[str, dict[str, str]] = {
    "us": {},
    "be-azerty": {**_AZERTY_LETTERS, **_AZERTY_DIGITS_COMMON, **_AZERTY_DIGITS_CAPS, "§": "6", "!": "8"},
    "fr-azerty": {**_AZERTY_LETTERS, **_AZERTY_DIGITS_COMMON, **_AZERTY_DIGITS_CAPS, "-": "6", "_": "8"},
    "de-qwertz": {"Y": "Z", "Z": "Y", "y": "Z", "z": "Y"},
}


def mangle(code: str, layout: str) -> str:
    """What a host with ``layout`` receives when a US scanner types ``code`` (for tests and demos)."""
    table = LAYOUTS[layout]
    # Lower-case letter keys exist only to undo Caps Lock; the scanner itself sends capitals.
    forward = {v: k for k, v in table.items() if not (k.isascii() and k.islower()) and k not in _AZERTY_DIGITS_CAPS}
    return "".join(forward.get(c, c) for c in code)


def candidates(received: str) -> list[str]:
    """Every well-formed code that ``received`` can be under one of the known layouts.

    Usually one; several only if two layouts both yield a code whose check symbol holds (the
    caller then keeps the one that exists). Garbage yields none.
    """
    text = received.strip()
    if len(text) != CODE_LENGTH:
        return []
    found: list[str] = []
    for table in LAYOUTS.values():
        repaired = "".join(table.get(c, c) for c in text).upper()
        if is_well_formed(repaired) and repaired not in found:
            found.append(repaired)
    return found
