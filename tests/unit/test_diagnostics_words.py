"""Numbers in the diagnostics words follow the language, as the page and the command print them."""

from __future__ import annotations

import pytest

from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.diagnostics_words import DiagnosticsWords, yes_no


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "1\u202f234\u202f567,9"), ("nl", "1.234.567,9"), ("en", "1,234,567.9")],
)
def test_numbers_are_written_the_way_the_language_writes_them(language: str, expected: str) -> None:
    words = DiagnosticsWords(Translator(language))
    assert words.number(1_234_567.89, 1) == expected
    assert words.number(0.04, 1) == ("0.0" if language == "en" else "0,0")
    assert words.number(20) == "20"


def test_symbols_say_what_the_words_say() -> None:
    assert yes_no(True, "Oui") == "✔ Oui" and yes_no(False, "Non") == "⚠ Non"
