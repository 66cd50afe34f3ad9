"""The SCPI multimeter's pure parts: reply parsing, parameters, the simulator's SCPI reading and
number format. No port here; the protocol over a pseudo-terminal is in tests/integration."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.instruments.drivers.scpi_dmm import (
    FUNCTIONS,
    ScpiError,
    ScpiMultimeter,
    function_of,
    is_error,
    is_identity,
    is_number,
    milliamps,
    parameter,
    parse_error,
    parse_identity,
    parse_value,
)
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus
from aptaskil_desk.instruments.simulators.scpi_dmm import canonical, scpi_number


def test_identity_reply_gives_the_four_fields():
    """``*IDN?`` → manufacturer, model, serial number and firmware as the meter says them."""
    assert parse_identity(b"HEWLETT-PACKARD,34401A,0,11-5-2\r\n") == InstrumentIdentity(
        "HEWLETT-PACKARD", "34401A", "0", "11-5-2"
    )


@pytest.mark.parametrize("line", [b"HEWLETT-PACKARD,34401A,0\r\n", b'-113,"Undefined header"\r\n',
                                  b"+4.00012300E-03\r\n", b",34401A,0,1\r\n", b"\x00\xff,a,b,c\r\n"])  # fmt: skip
def test_what_is_not_an_identity_is_refused(line: bytes):
    """Three fields, an error entry, a number, no manufacturer or binary bytes: not an identity."""
    with pytest.raises(ValueError):
        parse_identity(line)


def test_a_reading_keeps_the_meters_digits():
    """``+4.00012300E-03`` is exactly 0.00400012300 (a Decimal, never a float) and stable."""
    status, value, note = parse_value(b"+4.00012300E-03\r\n")
    assert (status, value, note) == (ReadingStatus.STABLE, Decimal("0.00400012300"), "")
    assert str(value) == "0.00400012300"
    assert parse_value(b"-1.23456789E+01\r\n")[1] == Decimal("-12.3456789")


@pytest.mark.parametrize(("line", "note"), [(b"+9.90000000E+37\r\n", "OVLD"), (b"-9.90000000E+37\r\n", "-OVLD")])
def test_the_overload_value_is_an_overload_never_a_number(line: bytes, note: str):
    """±9.9E+37 is SCPI's overload: status overload, no value, the display's word as note."""
    assert parse_value(line) == (ReadingStatus.OVERLOAD, None, note)


@pytest.mark.parametrize("line", [b"+4.000O0E-03\r\n", b"\r\n", b"4.0 V\r\n", b"NaN\r\n", b"+Inf\r\n", b"1E+99999\r\n"])
def test_a_garbled_number_is_not_a_reading(line: bytes):
    """A letter O for a zero, a unit, NaN, infinity or an empty line never becomes a value."""
    assert not is_number(line)
    with pytest.raises(ValueError):
        parse_value(line)


def test_error_queue_entries_are_read_with_their_code():
    """``+0,"No error"`` is code 0; ``-113,"Undefined header"`` keeps its words; str gives them back."""
    assert parse_error(b'+0,"No error"\r\n') == ScpiError(0, "No error")
    error = parse_error(b'-113,"Undefined header"\r\n')
    assert error == ScpiError(-113, "Undefined header")
    assert str(error) == '-113,"Undefined header"'
    assert str(ScpiError(550, "Command not allowed in local")) == '+550,"Command not allowed in local"'
    assert is_error(b'+550,"Command not allowed in local"\r\n')
    assert not is_error(b"+4.00012300E-03\r\n") and not is_identity(b'-113,"Undefined header"\r\n')


def test_parameters_are_checked_before_anything_is_sent():
    """Ranges and resolutions are positive numbers or DEF/MIN/MAX; anything else is refused."""
    assert parameter(10) == "10"
    assert parameter(Decimal("0.001")) == "0.001"
    assert parameter(" max ") == "MAX"
    assert parameter(None) == "DEF"
    for bad in ("-1", "0", "ten", "1e999999999999"):
        with pytest.raises(InvalidInput):
            parameter(bad)


def test_commands_come_from_the_function_table():
    """The table writes the commands DOMAIN.md shows."""
    assert FUNCTIONS["dc_voltage"].configure("10,0.001") == "CONF:VOLT:DC 10,0.001"
    assert FUNCTIONS["dc_current"].configure() == "CONF:CURR:DC"
    assert FUNCTIONS["dc_current"].measure() == "MEAS:CURR:DC?"
    assert ScpiMultimeter.quantities == ("dc_voltage", "dc_current")
    with pytest.raises(InvalidInput, match="Unknown quantity"):
        function_of("resistance")


def test_the_real_line_is_7e2_with_dtr_dsr_and_crlf():
    """The profile keeps the meter's own line; terminators are explicit."""
    line = ScpiMultimeter.line
    assert (line.baudrate, line.framing, line.handshake) == (9600, "7E2", "dtr/dsr")
    assert line.terminator == ScpiMultimeter.reply_terminator == b"\r\n"
    assert ScpiMultimeter.command_terminator == b"\r\n"


def test_milliamps_only_for_current():
    """A current reading in mA keeps its digits; a voltage or an overload has none."""
    who = InstrumentIdentity()
    at = datetime(2026, 1, 1, tzinfo=UTC)
    current = Reading(Decimal("0.00400012300"), "A", ReadingStatus.STABLE, b"", at, who)
    assert milliamps(current) == Decimal("4.00012300")
    assert milliamps(Reading(Decimal("1"), "V", ReadingStatus.STABLE, b"", at, who)) is None
    assert milliamps(Reading(None, "A", ReadingStatus.OVERLOAD, b"", at, who)) is None


@pytest.mark.parametrize(("header", "expected"), [
    ("SYST:REM", "SYST:REM"), (":system:remote", "SYST:REM"), ("SYSTem:ERRor?", "SYST:ERR?"),
    ("CONF:VOLT", "CONF:VOLT:DC"), ("MEASure:CURRent:DC?", "MEAS:CURR:DC?"), ("SENS:FUNC", "FUNC"),
    ("*idn?", "*IDN?"), ("INIT:IMM", "INIT"), ("SYST:ERR:NEXT?", "SYST:ERR?"),
])  # fmt: skip
def test_the_simulator_reads_headers_as_scpi_does(header: str, expected: str):
    """Short or long forms, any case, optional colon and nodes: one canonical header."""
    assert canonical(header) == expected


@pytest.mark.parametrize(("value", "text"), [
    ("0.004000123", "+4.00012300E-03"), ("-12.5", "-1.25000000E+01"), ("0", "+0.00000000E+00"),
    ("9.9999999999", "+1.00000000E+01"), ("1000", "+1.00000000E+03"),
])  # fmt: skip
def test_the_simulator_formats_readings_like_the_meter(value: str, text: str):
    """Sign, one digit, eight decimals, a signed two-digit exponent, whatever the value."""
    assert scpi_number(Decimal(value)) == text
    assert parse_value(text.encode() + b"\r\n")[1] == Decimal(text)
