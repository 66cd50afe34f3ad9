"""Turning command-line text into values, with the same clear refusal everywhere."""

from __future__ import annotations

from datetime import date

from aptaskil_desk.errors import InvalidInput


def parse_date(text: str | None) -> date | None:
    """``YYYY-MM-DD`` → a date; empty → None; anything else is refused in words."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("Not a date: {value!r} (use YYYY-MM-DD).", value=text) from None
