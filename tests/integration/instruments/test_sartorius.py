"""The Sartorius SBI balance driver over real pseudo-terminals: against the simulated balance (values,
statuses, errors, faults, unplugging) and against scripted exchanges that must all happen byte
for byte — bare ESC commands out, DOMAIN.md's 16- and 22-character lines back."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from aptaskil_desk.errors import InstrumentDisconnected, InstrumentTimeout
from aptaskil_desk.instruments.drivers.sartorius import ERROR_CODES, NOT_SETTLED, SartoriusBalance
from aptaskil_desk.instruments.reading import ReadingStatus
from aptaskil_desk.instruments.simulators.base import Scenario
from aptaskil_desk.instruments.simulators.sartorius import SartoriusSimulator, split_sbi_requests
from aptaskil_desk.instruments.simulators.scripted import ScriptedInstrument
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction

LINE = replace(SartoriusBalance.line.with_line("1200,8N1"), timeout=0.5)


class ScriptedSbi(ScriptedInstrument):
    """A scripted instrument that frames requests as SBI commands (ESC …), not lines."""

    def _split(self) -> list[bytes]:
        return split_sbi_requests(self._pending)


@contextmanager
def balance(scenario: Scenario | None = None, *, link: Path | None = None, settle_timeout: float = 2.0,
            **options: object) -> Iterator[tuple[SartoriusSimulator, SartoriusBalance]]:  # fmt: skip
    """A started simulated balance and a connected driver; both closed afterwards."""
    sim = SartoriusSimulator(scenario, link=link, **options)  # type: ignore[arg-type]
    with sim:
        driver = SartoriusBalance(Transport(sim.port, LINE), settle_timeout=settle_timeout)
        try:
            driver.connect()
            yield sim, driver
        finally:
            driver.close()


@contextmanager
def scripted(script: Sequence[tuple[bytes, bytes | None]]) -> Iterator[SartoriusBalance]:
    """A driver on a scripted SBI instrument (opened, not identified); every exchange must happen."""
    sim = ScriptedSbi(script)
    with sim:
        driver = SartoriusBalance(Transport(sim.port, LINE), settle_timeout=0.5)
        driver.transport.open()
        try:
            yield driver
        finally:
            driver.close()
    sim.check()


def sent(driver: SartoriusBalance) -> list[bytes]:
    return [r.data for r in driver.transport.wire.records() if r.direction is Direction.TX]


# -- driver against the simulated balance ---------------------------------------------------------------


def test_identity_and_a_stable_weight():
    """Model and serial number as the balance prints them; ESC P gives the load, exactly."""
    with balance(value="123.56") as (_sim, driver):
        assert (driver.identity.model, driver.identity.serial_number) == ("BP2100S", "0012345678")
        reading = driver.read()
        assert (reading.value, reading.unit, reading.status) == (Decimal("123.56"), "g", ReadingStatus.STABLE)
        assert reading.raw == b"+   123.56 g  \r\n"
        assert reading.instrument.model == "BP2100S" and reading.usable


def test_22_character_output_with_id():
    """With ID codes on, ``N     +   123.56 g  `` reads the same weight."""
    with balance(value="123.56", with_id=True) as (_sim, driver):
        reading = driver.read()
        assert (reading.value, reading.raw) == (Decimal("123.56"), b"N     +   123.56 g  \r\n")


def test_negative_weight():
    """A negative load: ``-    12.34 g  ``."""
    with balance(value="-12.34") as (_sim, driver):
        reading = driver.read()
        assert (reading.value, reading.raw) == (Decimal("-12.34"), b"-    12.34 g  \r\n")


def test_unstable_weight_has_a_blank_unit_and_read_stable_waits():
    """While settling the unit is blank (dynamic, in the last unit seen); read_stable asks again until
    the unit is back."""
    with balance(Scenario(settle_seconds=0.5)) as (sim, driver):
        sim.set_value("80")
        moving = driver.read()
        assert moving.status is ReadingStatus.DYNAMIC and moving.unit == "g"
        assert moving.raw.endswith(b"    \r\n") and not moving.usable
        settled = driver.read_stable()
        assert (settled.value, settled.status) == (Decimal("80.00"), ReadingStatus.STABLE)


def test_read_stable_gives_up_with_a_clear_error():
    """Never stable: after settle_timeout an error reading says the balance did not settle."""
    with balance(Scenario(unstable=((0, 60),)), settle_timeout=0.4) as (_sim, driver):
        started = time.monotonic()
        reading = driver.read_stable()
        assert time.monotonic() - started < 1.5
        assert (reading.value, reading.status, reading.message) == (None, ReadingStatus.ERROR, NOT_SETTLED)


def test_overload_and_underload():
    """``High`` beyond the capacity, ``Low`` below: no value (also in the 22-character form)."""
    with balance(value="5000") as (sim, driver):
        over = driver.read()
        assert (over.status, over.value, over.raw) == (ReadingStatus.OVERLOAD, None, b"      High    \r\n")
        sim.set_value("-5000")
        under = driver.read()
        assert (under.status, under.value, under.raw) == (ReadingStatus.UNDERLOAD, None, b"       Low    \r\n")
    with balance(Scenario(overload=True), with_id=True) as (_sim, driver):
        assert driver.read().raw == b"Stat        High    \r\n"
    with balance(Scenario(underload=True)) as (_sim, driver):
        assert driver.read().status is ReadingStatus.UNDERLOAD


def test_error_output_becomes_an_error_reading_with_its_code():
    """``Err 340``: an error reading with the code's meaning, no value."""
    with balance(Scenario(error_every=2), value="10") as (_sim, driver):
        first, second = driver.read(), driver.read()
        assert first.status is ReadingStatus.STABLE
        assert (second.status, second.value, second.raw) == (ReadingStatus.ERROR, None, b"   Err 340    \r\n")
        assert second.message == ERROR_CODES[340]


def test_tare_then_the_net_weight():
    """ESC T tares (no reply); the next print is the net weight."""
    with balance(value="250") as (_sim, driver):
        driver.tare()
        assert driver.read().value == Decimal("0.00")
        driver.zero()
        assert driver.read().raw == b"+     0.00 g  \r\n"
        assert sent(driver)[-4:] == [b"\x1bT", b"\x1bP", b"\x1bT", b"\x1bP"]


def test_garbage_lines_are_skipped_and_logged():
    """Garbage before every output is skipped (logged as a fault), never read as a value."""
    with balance(Scenario(garbage_every=1), value="42") as (_sim, driver):
        assert driver.identity.model == "BP2100S"
        assert [driver.read().value for _ in range(3)] == [Decimal("42.00")] * 3
        faults = [r for r in driver.transport.wire.records() if r.direction is Direction.FAULT]
        assert any("skipped" in r.note for r in faults)


def test_a_slow_reply_within_the_timeout_is_read_and_a_slower_one_times_out():
    """A reply after 0.2 s within a 0.5 s timeout is fine; after 0.8 s it is a timeout, on time."""
    with balance(Scenario(reply_delay=0.2), value="1") as (sim, driver):
        assert driver.read().value == Decimal("1.00")
        sim.scenario = Scenario(reply_delay=0.8)
        started = time.monotonic()
        with pytest.raises(InstrumentTimeout):
            driver.read()
        assert time.monotonic() - started < 0.8


def test_unplug_and_replug_reconnects_and_reads_again(tmp_path: Path):
    """Unplugged: a clear disconnection or timeout; plugged back: reconnect() and read again."""
    with balance(value="12.5", link=tmp_path / "ttySBI") as (sim, driver):
        assert driver.read().value == Decimal("12.50")
        sim.unplug()
        with pytest.raises((InstrumentDisconnected, InstrumentTimeout)):
            driver.read()
        threading.Timer(0.3, sim.replug).start()
        assert driver.transport.reconnect(within=5.0)
        assert driver.read().value == Decimal("12.50")


# -- command/response: every scripted exchange must happen, byte for byte ----------------------------------


def test_identification_and_print_exchanges():
    """ESC x1_, ESC x2_, ESC P — sent bare, no CR LF — and DOMAIN.md's output lines understood."""
    script: list[tuple[bytes, bytes | None]] = [
        (b"\x1bx1_", b"BP2100S\r\n"),
        (b"\x1bx2_", b"0012345678\r\n"),
        (b"\x1bP", b"+   123.56 g  \r\n"),
        (b"\x1bP", b"N     +   123.56 g  \r\n"),
        (b"\x1bP", b"-    12.34 g  \r\n"),
        (b"\x1bP", b"+   123.56    \r\n"),
        (b"\x1bP", b"      High    \r\n"),
        (b"\x1bP", b"Stat         Low    \r\n"),
        (b"\x1bP", b"   Err 101    \r\n"),
    ]
    with scripted(script) as driver:
        identity = driver.identify()
        assert (identity.model, identity.serial_number) == ("BP2100S", "0012345678")
        got = [driver.read() for _ in range(7)]
        assert [(r.value, r.unit, r.status) for r in got] == [
            (Decimal("123.56"), "g", ReadingStatus.STABLE),
            (Decimal("123.56"), "g", ReadingStatus.STABLE),
            (Decimal("-12.34"), "g", ReadingStatus.STABLE),
            (Decimal("123.56"), "g", ReadingStatus.DYNAMIC),
            (None, "", ReadingStatus.OVERLOAD),
            (None, "", ReadingStatus.UNDERLOAD),
            (None, "", ReadingStatus.ERROR),
        ]
        assert got[-1].message == ERROR_CODES[101]
        assert sent(driver) == [request for request, _ in script]


def test_tare_exchange_has_no_reply():
    """ESC T is sent alone and nothing is awaited; the following print reads the net weight."""
    with scripted([(b"\x1bT", None), (b"\x1bP", b"+     0.00 g  \r\n")]) as driver:
        driver.tare()
        assert driver.read().value == Decimal("0.00")


def test_read_stable_exchanges_until_the_unit_appears():
    """read_stable prints again while the unit is blank and stops at the first stable line."""
    script: list[tuple[bytes, bytes | None]] = [
        (b"\x1bP", b"+    99.12    \r\n"),
        (b"\x1bP", b"+    99.98    \r\n"),
        (b"\x1bP", b"+   100.00 g  \r\n"),
    ]
    with scripted(script) as driver:
        reading = driver.read_stable(pause=0.01)
        assert (reading.value, reading.status) == (Decimal("100.00"), ReadingStatus.STABLE)
