"""MT-SICS replies without a line: DOMAIN.md's examples parsed byte for byte, every status and error
reply with its translated meaning, garbage refused, and the simulator's weight field."""

from __future__ import annotations

import string
from decimal import Decimal

import pytest

from aptaskil_desk.i18n import catalogue
from aptaskil_desk.instruments.drivers.mtsics import (
    COMMAND_ERRORS,
    NO_WEIGHT,
    REFUSALS,
    MtSicsBalance,
    model_and_capacity,
    parse_weight,
    quoted_text,
    split_reply,
    weight_field,
)
from aptaskil_desk.instruments.reading import ReadingStatus
from aptaskil_desk.instruments.registry import driver_class, simulator_class
from aptaskil_desk.instruments.simulators.mtsics import MtSicsSimulator, sics_weight


@pytest.mark.parametrize(
    ("raw", "value", "status"),
    [
        (b"S S     100.00 g\r\n", "100.00", ReadingStatus.STABLE),
        (b"S D       3.48 g\r\n", "3.48", ReadingStatus.DYNAMIC),
        (b"S S     -12.34 g\r\n", "-12.34", ReadingStatus.STABLE),
        (b"S S 123456.789 g\r\n", "123456.789", ReadingStatus.STABLE),
        (b"S S        0.5 kg\r\n", "0.5", ReadingStatus.STABLE),
    ],
)
def test_domain_weight_replies_give_the_balance_digits(raw: bytes, value: str, status: ReadingStatus):
    """``S S     100.00 g`` is 100.00 g stable, as a Decimal with the balance's own digits."""
    weight = parse_weight(raw)
    assert weight is not None
    assert weight.status is status
    assert isinstance(weight.value, Decimal) and str(weight.value) == value
    assert weight.unit == ("kg" if b"kg" in raw else "g")


@pytest.mark.parametrize(
    ("raw", "status", "words"),
    [
        (b"S I\r\n", ReadingStatus.ERROR, "could not settle"),
        (b"S +\r\n", ReadingStatus.OVERLOAD, "above the balance's capacity"),
        (b"S -\r\n", ReadingStatus.UNDERLOAD, "below the balance's lower limit"),
        (b"ES\r\n", ReadingStatus.ERROR, "syntax error"),
        (b"ET\r\n", ReadingStatus.ERROR, "transmission error"),
        (b"EL\r\n", ReadingStatus.ERROR, "logic error"),
    ],
)
def test_replies_without_a_weight_say_why(raw: bytes, status: ReadingStatus, words: str):
    """``S I``/``S +``/``S -`` and ``ES``/``ET``/``EL`` carry no value and a clear reason."""
    weight = parse_weight(raw)
    assert weight is not None
    assert (weight.value, weight.status) == (None, status)
    assert words in weight.message


def test_s_i_to_an_immediate_read_means_busy():
    """``S I`` answering ``SI`` says the balance is busy (it does not wait to settle)."""
    weight = parse_weight(b"S I\r\n", "SI")
    assert weight is not None and "busy" in weight.message and "settle" not in weight.message


@pytest.mark.parametrize(
    "raw",
    [
        b"S S     100.00 g",  # no terminator
        b"S S 100.00 g\r\n",  # weight field not 10 characters
        b"S S      100.00 g\r\n",  # 11 characters
        b"S S     1OO.00 g\r\n",  # letter O for zero
        b"S X     100.00 g\r\n",  # no such status
        b"s s     100.00 g\r\n",  # lower case
        b"S S     100.00 \r\n",  # no unit
        b"S S     100.00 g\x00\r\n",
        b"S S     10\xff.00 g\r\n",
        b"S I     100.00 g\r\n",  # S I has no weight
        b"Z A 12\r\n",
        b"I4 A B021002593\r\n",  # quotes missing
        b"#?%~\r\n",
        b"\r\n",
    ],
)
def test_garbage_and_mangled_lines_are_not_replies(raw: bytes):
    """Anything that is not exactly an MT-SICS reply is refused, never read as a value."""
    assert split_reply(raw) is None
    assert parse_weight(raw) is None


def test_other_replies_are_taken_apart():
    """Tare, zero, clear-tare and identification replies from DOMAIN.md are recognised."""
    tare = split_reply(b"T S     100.00 g\r\n")
    assert tare is not None and (tare.ident, tare.status) == ("T", "S")
    assert weight_field(tare.body) == (Decimal("100.00"), "g")
    assert parse_weight(b"T S     100.00 g\r\n") is None  # a tare is not a weighing
    for raw, ident, status in ((b"Z A\r\n", "Z", "A"), (b"TAC A\r\n", "TAC", "A"), (b"Z +\r\n", "Z", "+")):
        reply = split_reply(raw)
        assert reply is not None and (reply.ident, reply.status, reply.body) == (ident, status, "")
    serial = split_reply(b'I4 A "B021002593"\r\n')
    assert serial is not None and serial.is_power_on and quoted_text(serial) == "B021002593"
    model = split_reply(b'I2 A "XS205 220.00 g"\r\n')
    assert model is not None and not model.is_power_on and quoted_text(model) == "XS205 220.00 g"


def test_model_and_capacity_from_i2():
    """``I2`` text gives the model and the capacity with its unit; a bare model stays whole."""
    assert model_and_capacity("XS205 220.00 g") == ("XS205", Decimal("220.00"), "g")
    assert model_and_capacity("XPE205 DeltaRange 220.0000 g") == ("XPE205 DeltaRange", Decimal("220.0000"), "g")
    assert model_and_capacity("PG5002-S") == ("PG5002-S", None, "")


def test_simulator_weight_field_is_right_aligned_to_the_resolution():
    """The simulator prints 10 characters at its resolution and never ``-0.00``."""
    assert sics_weight(Decimal("100"), Decimal("0.01")) == "    100.00"
    assert sics_weight(Decimal("-12.344"), Decimal("0.01")) == "    -12.34"
    assert sics_weight(Decimal("-0.004"), Decimal("0.01")) == "      0.00"
    assert sics_weight(Decimal("3.4751"), Decimal("0.001")) == "     3.475"


def test_registry_names_the_balance_driver_and_simulator():
    """``mt-sics`` resolves to this driver and simulator, with the real line 9600 8N1 CR LF."""
    assert driver_class("mt-sics") is MtSicsBalance
    assert simulator_class("mt-sics") is MtSicsSimulator
    line = MtSicsBalance.line
    assert (line.baudrate, line.framing, line.terminator) == (9600, "8N1", b"\r\n")
    assert MtSicsBalance.instrument_kind == "balance"


def test_every_meaning_is_translated_with_the_same_placeholders():
    """Each error, refusal and no-weight meaning has a French and a Dutch translation."""

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    messages = [*COMMAND_ERRORS.values(), *NO_WEIGHT.values(), *REFUSALS.values()]
    for language in ("fr", "nl"):
        for message in messages:
            translated = catalogue(language).lookup("cli", message)
            assert translated is not None, (language, message)
            assert fields(translated) == fields(message)
