"""Modbus RTU without a line: CRC against published vectors, frames built and checked byte for
byte, exception codes with their translated meaning, exact scaling to engineering units."""

from __future__ import annotations

import string
from dataclasses import replace
from decimal import Decimal

import pytest

from aptaskil_desk.errors import InstrumentProtocolError, InvalidInput
from aptaskil_desk.i18n import Translator, catalogue
from aptaskil_desk.instruments.drivers.modbus import (
    EXCEPTION_MESSAGES,
    OTHER_EXCEPTION,
    ModbusExceptionReply,
    ModbusTransmitter,
    check_reply,
)
from aptaskil_desk.instruments.line import parse_line
from aptaskil_desk.instruments.modbus_frame import (
    CONDITIONER,
    STATUS_OVER_RANGE,
    STATUS_SETTLING,
    STATUS_UNDER_RANGE,
    Register,
    RegisterKind,
    crc16,
    crc_ok,
    exception_reply,
    parse_frame,
    read_request,
    registers_reply,
    signed16,
    silence_for,
    text_of,
    unsigned16,
    with_crc,
    write_multiple_request,
    write_single_request,
)
from aptaskil_desk.instruments.reading import ReadingStatus

H = bytes.fromhex
DOMAIN_REQUEST = H("01 04 00 00 00 01 31 CA")
DOMAIN_REPLY = H("01 04 02 01 90 B8 CC")
PORT = "/dev/ttyUSB0"

# -- CRC and frames -------------------------------------------------------------------------------


def test_crc16_modbus_check_value_and_domain_example():
    """CRC-16/MODBUS: the catalogue check value of "123456789" is 0x4B37; DOMAIN.md's frames carry
    their CRC low byte first."""
    assert crc16(b"123456789") == 0x4B37
    assert crc16(b"") == 0xFFFF
    assert crc16(DOMAIN_REQUEST[:-2]) == 0xCA31
    assert with_crc(DOMAIN_REPLY[:-2]) == DOMAIN_REPLY


@pytest.mark.parametrize(
    "frame",
    [
        "11 03 00 6B 00 03 76 87",  # published examples (Simply Modbus): read holding
        "11 04 00 08 00 01 B2 98",  # read input
        "11 06 00 01 00 03 9A 9B",  # write single
        "11 10 00 01 00 02 04 00 0A 01 02 C6 F0",  # write multiple
        "11 03 06 AE 41 56 52 43 40 49 AD",  # a read reply
        "01 03 00 00 00 0A C5 CD",
    ],
)
def test_crc_accepts_published_frames(frame: str):
    """Frames published by others check with our CRC (an independent reference, not our own output)."""
    assert crc_ok(H(frame))


def test_crc_refuses_a_flipped_bit_and_short_frames():
    """One flipped bit, a swapped CRC byte order or a too-short frame is refused."""
    assert crc_ok(DOMAIN_REPLY)
    assert not crc_ok(DOMAIN_REPLY[:3] + bytes([DOMAIN_REPLY[3] ^ 0x01]) + DOMAIN_REPLY[4:])
    assert not crc_ok(DOMAIN_REPLY[:-2] + DOMAIN_REPLY[-2:][::-1])
    assert not crc_ok(b"\x01\x04\x02")
    assert parse_frame(H("01 04 02 01 90 B8 CD")) is None


def test_requests_and_replies_are_built_byte_for_byte():
    """Each function's frame is built exactly as the published/DOMAIN examples show."""
    assert read_request(1, 4, 0, 1) == DOMAIN_REQUEST
    assert registers_reply(1, 4, [400]) == DOMAIN_REPLY
    assert read_request(0x11, 3, 0x6B, 3) == H("11 03 00 6B 00 03 76 87")
    assert write_single_request(0x11, 1, 3) == H("11 06 00 01 00 03 9A 9B")
    assert write_multiple_request(0x11, 1, [0x000A, 0x0102]) == H("11 10 00 01 00 02 04 00 0A 01 02 C6 F0")
    assert exception_reply(1, 4, 2) == H("01 84 02 C2 C1")


def test_signed_words_and_silence():
    """Two's complement both ways; a frame ends after 3.5 characters, 1.75 ms above 19200 baud."""
    assert signed16(0xFFFF) == -1 and signed16(0x7FFF) == 32767 and signed16(0x8000) == -32768
    assert unsigned16(-1000) == 0xFC18
    assert silence_for(parse_line("9600,8N1")) == pytest.approx(3.5 * 10 / 9600)
    assert silence_for(parse_line("9600,8E1")) == pytest.approx(3.5 * 11 / 9600)
    assert silence_for(parse_line("19200,8N1")) == pytest.approx(3.5 * 10 / 19200)
    assert silence_for(parse_line("115200,8N1")) == pytest.approx(0.00175)


# -- checking replies -----------------------------------------------------------------------------


def test_the_domain_reply_is_accepted_as_register_value_400():
    """DOMAIN.md: the reply to ``01 04 00 00 00 01`` carries the register value 400."""
    frame = check_reply(DOMAIN_REPLY, DOMAIN_REQUEST, port=PORT)
    assert (frame.slave, frame.function, frame.data) == (1, 4, H("02 01 90"))


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        ("01 04 02 01 90 B8 CD", "CRC check failed"),  # bad CRC
        ("02 04 02 01 90 FC CC", "device 1 was asked"),  # another slave
        ("01 03 02 01 90 B9 B8", "answered function 03 to a function 04"),  # another function
        (registers_reply(1, 4, [400, 0]).hex(), "wrong length"),  # two registers for one asked
        ("01 04", "CRC check failed"),  # cut short
    ],
)
def test_a_reply_that_fails_a_check_is_a_protocol_error(reply: str, words: str):
    """A reply with a bad CRC, from the wrong slave, of the wrong function or length: never a value."""
    with pytest.raises(InstrumentProtocolError, match=words):
        check_reply(H(reply), DOMAIN_REQUEST, port=PORT)


@pytest.mark.parametrize(
    ("code", "meaning"),
    [(1, "illegal function"), (2, "illegal data address"), (3, "illegal data value"), (4, "device failure")],
)
def test_each_exception_code_raises_its_meaning(code: int, meaning: str):
    """An exception reply ``fc | 0x80`` + code is an InstrumentError saying what the code means."""
    with pytest.raises(ModbusExceptionReply, match=meaning) as caught:
        check_reply(exception_reply(1, 4, code), DOMAIN_REQUEST, port=PORT)
    assert caught.value.code == code and caught.value.function == 4
    assert f"exception {code:02d}" in str(caught.value)


def test_an_unknown_exception_code_is_still_reported():
    """Codes beyond 04 (gateway, busy…) are reported with their number."""
    with pytest.raises(ModbusExceptionReply, match="function 04 with exception 11"):
        check_reply(exception_reply(1, 4, 0x0B), DOMAIN_REQUEST, port=PORT)


def test_an_exception_for_another_function_is_a_protocol_error():
    """An exception reply for a function that was not asked is not believed."""
    with pytest.raises(InstrumentProtocolError, match="answered function 131"):
        check_reply(exception_reply(1, 3, 2), DOMAIN_REQUEST, port=PORT)


def test_write_replies_must_echo_the_request():
    """Function 06 echoes address and value, function 16 address and quantity; anything else is refused."""
    single = write_single_request(1, 1, 25)
    assert check_reply(single, single, port=PORT).data == H("00 01 00 19")
    with pytest.raises(InstrumentProtocolError, match="does not match"):
        check_reply(write_single_request(1, 1, 26), single, port=PORT)
    multiple = write_multiple_request(1, 2, [1, 2])
    assert check_reply(with_crc(H("01 10 00 02 00 02")), multiple, port=PORT).data == H("00 02 00 02")
    with pytest.raises(InstrumentProtocolError, match="does not match"):
        check_reply(with_crc(H("01 10 00 02 00 01")), multiple, port=PORT)


def test_exception_meanings_are_translated_with_the_same_placeholders():
    """Every exception meaning has a French and a Dutch translation keeping its placeholders."""

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for message in [*EXCEPTION_MESSAGES.values(), OTHER_EXCEPTION]:
        for language in ("fr", "nl"):
            translated = catalogue(language).lookup("cli", message)
            assert translated is not None, (language, message)
            assert fields(translated) == fields(message)
    error = ModbusExceptionReply(4, slave=1, function=4, port=PORT)
    said = Translator("fr")(error.message, **error.params)
    assert "défaillance" in said and "/dev/ttyUSB0" in said


# -- the register map and scaling -----------------------------------------------------------------

CURRENT = CONDITIONER.loop_current


@pytest.mark.parametrize(
    ("word", "value"),
    [(400, "0.400"), (3600, "3.600"), (4000, "4.000"), (12345, "12.345"), (20000, "20.000"), (24000, "24.000")],
)
def test_loop_current_counts_are_microamps_as_exact_decimals(word: int, value: str):
    """1 count = 1 µA: the value is an exact Decimal with three places, never a float."""
    result = CURRENT.value_of(CURRENT.count_of(word))
    assert result == Decimal(value) and str(result) == value


def test_counts_outside_the_valid_range_are_overload_and_underload():
    """0x7FFF / 0x8000 (and any count outside 0–24 000) mean over / under range, whatever the status."""
    assert CURRENT.status_of(CURRENT.count_of(0x7FFF)) is ReadingStatus.OVERLOAD
    assert CURRENT.status_of(CURRENT.count_of(24001)) is ReadingStatus.OVERLOAD
    assert CURRENT.status_of(CURRENT.count_of(0x8000)) is ReadingStatus.UNDERLOAD
    assert CURRENT.status_of(CURRENT.count_of(0xFFFF)) is ReadingStatus.UNDERLOAD  # -1 µA
    assert CURRENT.status_of(3600) is ReadingStatus.STABLE  # NAMUR NE 43 is the exercise's business
    assert CURRENT.status_of(12000, STATUS_SETTLING) is ReadingStatus.DYNAMIC
    assert CURRENT.status_of(12000, STATUS_OVER_RANGE) is ReadingStatus.OVERLOAD
    assert CURRENT.status_of(12000, STATUS_UNDER_RANGE) is ReadingStatus.UNDERLOAD


def test_a_full_scale_0_to_65535_map_rounds_exactly():
    """A register whose 0–65535 counts span 0–10 bar gives half-even rounded Decimals, no float."""
    wide = Register("pv", RegisterKind.INPUT, 0, unit="bar", raw_span=(0, 65535),
                    span=(Decimal(0), Decimal(10)), places=3)  # fmt: skip
    assert wide.value_of(65535) == Decimal("10.000")
    assert wide.value_of(32768) == Decimal("5.000")
    assert wide.value_of(6554) == Decimal("1.000")
    assert wide.word_for("1") == 6554


def test_writing_engineering_values_checks_the_range():
    """A setting is converted to its word exactly, and refused (nothing sent) outside its range."""
    damping = CONDITIONER.setting("damping")
    assert damping.word_for("2.5") == 25
    low = CONDITIONER.setting("range_low")
    assert low.word_for("-1") == 0xFC18
    assert low.value_of(low.count_of(0xFC18)) == Decimal("-1.000")
    with pytest.raises(InvalidInput, match="outside the range"):
        damping.word_for("61")
    with pytest.raises(InvalidInput, match="no setting named"):
        CONDITIONER.setting("gain")


def test_identity_text_and_the_declared_driver_line():
    """ASCII registers read high byte first with padding removed; the driver's line is 9600 8N1
    with no terminator and a one-second reply timeout."""
    assert text_of([0x4149, 0x2D34, 0x3230, 0x0000]) == "AI-420"
    line = ModbusTransmitter.line
    assert (line.baudrate, line.framing, line.terminator, line.timeout) == (9600, "8N1", b"", 1.0)
    assert CONDITIONER.identity is not None and CONDITIONER.identity.block == (16, 17)
    custom = replace(CONDITIONER, identity=None)
    assert custom.identity is None
