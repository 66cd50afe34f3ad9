"""The Orion Star pH meter's pure parts: the CSV line field by field, malformed lines, out-of-range
words, and the simulator's Nernst arithmetic. The protocol over a pseudo-terminal is in
tests/integration."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from aptaskil_desk.instruments.drivers.orion import (
    OrionStarPhMeter,
    body,
    field_value,
    is_echo,
    is_error,
    is_reply,
    parse_measurement,
)
from aptaskil_desk.instruments.reading import InstrumentIdentity, ReadingStatus
from aptaskil_desk.instruments.simulators.orion import fixed, nernst_mv

#: DOMAIN.md's example line, byte for byte.
EXAMPLE = b"A215 pH,X51250,3.04,ABCDE,12/07/23 09:30:40,---,CH-1,pH,4.61,pH,111.2, mV,25.0,C,89.1,%,M100,#1\r\n"


def test_the_domain_example_is_read_field_by_field():
    """Model, serial, firmware, time, channel, pH, mV, temperature, slope, method and log number."""
    record = parse_measurement(EXAMPLE)
    assert record.identity == InstrumentIdentity("", "A215 pH", "X51250", "3.04")
    assert (record.user_id, record.meter_time, record.sample_id, record.channel, record.mode) == (
        "ABCDE", "12/07/23 09:30:40", "---", "CH-1", "pH")  # fmt: skip
    assert record.value == (ReadingStatus.STABLE, Decimal("4.61")) and record.unit == "pH"
    assert record.mv == (ReadingStatus.STABLE, Decimal("111.2"))
    assert record.temperature == (ReadingStatus.STABLE, Decimal("25.0")) and record.temperature_unit == "°C"
    assert (record.slope, record.method, record.log_number) == (Decimal("89.1"), "M100", 1)
    assert record.taken_at() == datetime(2023, 12, 7, 9, 30, 40)
    assert record.taken_at("%d/%m/%y %H:%M:%S") == datetime(2023, 7, 12, 9, 30, 40)
    assert str(record.value[1]) == "4.61"  # the meter's digits, not a float's


@pytest.mark.parametrize("line", [
    EXAMPLE.replace(b",#1", b""),  # a field lost
    EXAMPLE.replace(b"4.61", b"4.6l"),  # a letter for a digit
    EXAMPLE.replace(b"111.2", b""),  # an empty mV
    EXAMPLE.replace(b"25.0,C", b"25.0,K"),  # an unknown temperature unit
    EXAMPLE.replace(b"25.0", b"Over"),  # temperature out of range: the probe is not usable
    EXAMPLE.replace(b" mV", b" pH"),  # fields shifted
    EXAMPLE.replace(b"A215 pH,X51250", b","),  # no model
    EXAMPLE.replace(b"4.61", b"4.61,"),  # one field too many
])  # fmt: skip
def test_a_malformed_line_is_refused_never_a_value(line: bytes):
    """Every way the CSV line can arrive broken raises, so no value can come from it."""
    with pytest.raises(ValueError):
        parse_measurement(line)


def test_out_of_range_words_and_numbers():
    """``Over``/``Under``/``Undr`` and numbers outside the range are overload/underload, no value."""
    limits = (Decimal(-2), Decimal(20))
    assert field_value("Over", limits) == (ReadingStatus.OVERLOAD, None)
    assert field_value("Under", limits) == (ReadingStatus.UNDERLOAD, None)
    assert field_value("undr", limits) == (ReadingStatus.UNDERLOAD, None)
    assert field_value("20.01", limits) == (ReadingStatus.OVERLOAD, None)
    assert field_value("-2.01", limits) == (ReadingStatus.UNDERLOAD, None)
    assert field_value("-1.50", limits) == (ReadingStatus.STABLE, Decimal("-1.50"))
    over = parse_measurement(EXAMPLE.replace(b"4.61", b"Over").replace(b"111.2", b"Under"))
    assert over.value == (ReadingStatus.OVERLOAD, None) and over.mv == (ReadingStatus.UNDERLOAD, None)


def test_echo_prompt_and_error_lines_are_recognised():
    """The echo, the meter's ``> `` prompt and ``ERROR`` replies are told apart from data and garbage."""
    assert is_echo(b"GETMEAS\r\n") and is_echo(b"> GETMEAS\r\n") and is_echo(b"getmeas\r\n")
    assert body(b"> " + EXAMPLE) == EXAMPLE.rstrip(b"\r\n")
    assert parse_measurement(b"> " + EXAMPLE).value[1] == Decimal("4.61")
    assert is_error(b"ERROR: Invalid command\r\n") and not is_error(EXAMPLE)
    assert is_reply(EXAMPLE) and not is_reply(b"\x00\xff#?%\r\n") and not is_reply(b"A215 pH\r\n")


def test_the_real_line_and_terminators():
    """9600 8N1; commands end CR, replies CR LF, as DOMAIN.md writes them."""
    line = OrionStarPhMeter.line
    assert (line.baudrate, line.framing, line.handshake) == (9600, "8N1", "none")
    assert OrionStarPhMeter.command_terminator == b"\r"
    assert line.terminator == OrionStarPhMeter.reply_terminator == b"\r\n"


def test_nernst_gives_59_16_mv_per_ph_at_25_c():
    """An ideal electrode: 0 mV at pH 7, +177.48 mV at pH 4, −177.48 at pH 10; hotter is steeper."""
    assert nernst_mv(Decimal(7), Decimal(25)) == 0
    assert nernst_mv(Decimal(4), Decimal(25)) == Decimal("177.48")
    assert nernst_mv(Decimal(10), Decimal(25)) == Decimal("-177.48")
    assert nernst_mv(Decimal(4), Decimal(37)) > Decimal("184")  # 59.16 × 310.15/298.15 × 3 ≈ 184.6
    assert nernst_mv(Decimal(4), Decimal(25), Decimal(95), Decimal(-10)) == Decimal("158.606")


def test_fixed_never_prints_minus_zero():
    """``-0.0001`` with one decimal is ``0.0``, as a meter shows it."""
    assert fixed(Decimal("-0.0001"), 1) == "0.0"
    assert fixed(Decimal("4.005"), 2) == "4.00"  # banker's rounding, as Decimal does
    assert fixed(Decimal("-1.26"), 1) == "-1.3"
