"""Sorting and matching people's names the way a French-speaking reader expects.

Databases sort by code point by default (``Ødegård`` after ``Zoller``, ``élodie`` after ``Zoé``).
The key below folds case and diacritics and spells out letters that Unicode does not decompose
(Ø, Ł, Đ, ß, Æ, Œ, dotless ı…), so that lists read in alphabetical order in every screen and report.
"""

from __future__ import annotations

import unicodedata

# Letters with no canonical decomposition, mapped to their base Latin spelling.
_SPELLED = str.maketrans(
    {
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h", "Ħ": "h",
    }
)  # fmt: skip


def fold(text: str) -> str:
    """Lower-case, diacritic-free form of ``text`` (for sorting and searching)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPELLED))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def sort_key(family_name: str, given_name: str) -> tuple[str, str, str, str]:
    """Alphabetical by family then given name; ties broken by the exact spelling (stable order).

    Spaces, apostrophes and hyphens are ignored at the first level (``D'Hondt`` sorts with
    ``Dhondt``, ``Van den Bossche`` with ``Vandenbossche``), as in Belgian phone books.
    """
    compact = "".join(c for c in fold(family_name) if c.isalnum())
    return compact, fold(given_name), family_name, given_name
