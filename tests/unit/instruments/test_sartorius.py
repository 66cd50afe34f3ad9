"""SBI output without a line: DOMAIN.md's 16- and 22-character examples byte for byte, the blank unit
of an unstable weight, High/Low/Err with their translated meaning, garbage refused, and the
framing of ESC commands (no CR LF) the simulator accepts."""

from __future__ import annotations

import string
from decimal import Decimal

import pytest

from aptaskil_desk.i18n import catalogue
from aptaskil_desk.instruments.drivers.sartorius import (
    ERROR_CODES,
    MODEL,
    NOT_SETTLED,
    OTHER_ERROR,
    OVERLOAD,
    PRINT,
    SERIAL,
    TARE,
    UNDERLOAD,
    SartoriusBalance,
    error_message,
    parse_output,
)
from aptaskil_desk.instruments.reading import ReadingStatus
from aptaskil_desk.instruments.registry import driver_class, simulator_class
from aptaskil_desk.instruments.simulators.sartorius import SartoriusSimulator, sbi_line, split_sbi_requests


def test_domain_16_character_output():
    """``+   123.56 g  `` CR LF: 16 bytes, 123.56 g stable, the balance's own digits."""
    raw = b"+   123.56 g  \r\n"
    assert len(raw) == 16
    output = parse_output(raw)
    assert output is not None
    assert (output.ident, output.value, output.unit, output.status) == ("", Decimal("123.56"), "g",
                                                                        ReadingStatus.STABLE)  # fmt: skip
    assert str(output.value) == "123.56"


def test_domain_22_character_output_with_id():
    """``N     +   123.56 g  `` CR LF: 22 bytes, ID ``N`` then the same weight."""
    raw = b"N     +   123.56 g  \r\n"
    assert len(raw) == 22
    output = parse_output(raw)
    assert output is not None
    assert (output.ident, output.value, output.unit, output.status) == ("N", Decimal("123.56"), "g",
                                                                        ReadingStatus.STABLE)  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "value", "unit", "status"),
    [
        (b"-    12.34 g  \r\n", "-12.34", "g", ReadingStatus.STABLE),
        (b"+   123.56    \r\n", "123.56", "", ReadingStatus.DYNAMIC),  # unit blank: still moving
        (b"N     -     3.48    \r\n", "-3.48", "", ReadingStatus.DYNAMIC),
        (b"+  1.23456 kg \r\n", "1.23456", "kg", ReadingStatus.STABLE),
        (b"     0.000 ct \r\n", "0.000", "ct", ReadingStatus.STABLE),  # sign position blank
    ],
)
def test_signs_units_and_the_blank_unit_of_an_unstable_weight(raw, value, unit, status):
    """Minus sign, other units, and a blank unit meaning dynamic."""
    output = parse_output(raw)
    assert output is not None
    assert (str(output.value), output.unit, output.status) == (value, unit, status)


@pytest.mark.parametrize(
    ("raw", "status", "code", "message"),
    [
        (b"      High    \r\n", ReadingStatus.OVERLOAD, None, OVERLOAD),
        (b"       Low    \r\n", ReadingStatus.UNDERLOAD, None, UNDERLOAD),
        (b"Stat        High    \r\n", ReadingStatus.OVERLOAD, None, OVERLOAD),
        (b"      H       \r\n", ReadingStatus.OVERLOAD, None, OVERLOAD),
        (b"   Err 340    \r\n", ReadingStatus.ERROR, 340, ERROR_CODES[340]),
        (b"Stat     Err 101    \r\n", ReadingStatus.ERROR, 101, ERROR_CODES[101]),
        (b"   Err  02    \r\n", ReadingStatus.ERROR, 2, ERROR_CODES[2]),
        (b"Err 999       \r\n", ReadingStatus.ERROR, 999, "Err 999: see the error list in the balance's manual."),
    ],
)
def test_special_outputs_carry_no_value_and_say_why(raw, status, code, message):
    """High/Low are overload/underload; ``Err ###`` is an error with its code and meaning."""
    output = parse_output(raw)
    assert output is not None
    assert (output.value, output.status, output.code, output.message) == (None, status, code, message)


@pytest.mark.parametrize(
    "raw",
    [
        b"+   123.56 g  ",  # no terminator
        b"+   123.56 g \r\n",  # 15 characters
        b"+  123.56 g   \r\n",  # value not in positions 3-10
        b"*   123.56 g  \r\n",  # no such sign
        b"+   12x.56 g  \r\n",
        b"+   123.56 g g\r\n",  # unit field not left-aligned text
        b"+   123.56 g\x00 \r\n",
        b"+   123.5\xb6 g  \r\n",
        b"+  -123.56 g  \r\n",  # the sign has its own position
        b"#?%~\r\n",
        b"BP2100S\r\n",
        b"              \r\n",
    ],
)
def test_garbage_and_mangled_lines_are_not_outputs(raw):
    """Anything that is not exactly an SBI output line is refused, never read as a value."""
    assert parse_output(raw) is None


def test_commands_are_the_bare_escape_sequences():
    """The driver's commands: ESC P, ESC T, ESC x1_, ESC x2_, and no CR LF after them."""
    assert (PRINT, TARE, MODEL, SERIAL) == (b"\x1bP", b"\x1bT", b"\x1bx1_", b"\x1bx2_")


def test_simulator_splits_exactly_what_the_driver_sends():
    """Back-to-back commands are split; optional CR LF and noise between them are dropped; an
    incomplete command waits for its end."""
    pending = bytearray(b"\x1bT\x1bP\r\n\x1bx1_noise\x1bx2_\x1b")
    assert split_sbi_requests(pending) == [b"\x1bT", b"\x1bP", b"\x1bx1_", b"\x1bx2_"]
    assert pending == b"\x1b"
    pending += b"x"
    assert split_sbi_requests(pending) == []
    pending += b"2_"
    assert split_sbi_requests(pending) == [b"\x1bx2_"]
    assert pending == b""
    runaway = bytearray(b"\x1bx" + b"9" * 40 + b"\x1bP")
    assert split_sbi_requests(runaway) == [b"\x1bP"]


def test_simulator_lines_match_domain_bytes():
    """The simulator's formatter gives DOMAIN.md's 16- and 22-character lines exactly."""
    assert sbi_line("+", "123.56", "g") == b"+   123.56 g  \r\n"
    assert sbi_line("+", "123.56", "g", "N") == b"N     +   123.56 g  \r\n"
    assert sbi_line(" ", "High", "") == b"      High    \r\n"


def test_unknown_error_codes_keep_their_number():
    """An error number the table does not know is still reported with its number."""
    assert error_message(7) == OTHER_ERROR.format(code="07")
    assert "Err 07" in error_message(7)


def test_registry_and_real_line_settings():
    """``sartorius-sbi`` resolves to this driver and simulator; the real line is 1200 7O1 RTS/CTS."""
    assert driver_class("sartorius-sbi") is SartoriusBalance
    assert simulator_class("sartorius-sbi") is SartoriusSimulator
    line = SartoriusBalance.line
    assert (line.baudrate, line.framing, line.handshake) == (1200, "7O1", "rts/cts")
    assert line.with_line("1200,8N1").handshake == "none"  # what a pseudo-terminal can hold


def test_every_meaning_is_translated_with_the_same_placeholders():
    """Each error and special-output meaning has a French and a Dutch translation."""

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for language in ("fr", "nl"):
        for message in {*ERROR_CODES.values(), OTHER_ERROR, OVERLOAD, UNDERLOAD, NOT_SETTLED}:
            translated = catalogue(language).lookup("cli", message)
            assert translated is not None, (language, message)
            assert fields(translated) == fields(message)
