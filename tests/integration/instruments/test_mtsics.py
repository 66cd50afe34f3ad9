"""The MT-SICS balance driver over real pseudo-terminals: against the simulated balance (values,
statuses, errors, faults, streaming, unplugging) and against scripted exchanges that must all
happen byte for byte as DOMAIN.md writes them."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from aptaskil_desk.errors import InstrumentDisconnected, InstrumentError, InstrumentTimeout, InvalidInput
from aptaskil_desk.instruments.drivers.mtsics import COMMAND_ERRORS, NO_WEIGHT, REFUSALS, MtSicsBalance
from aptaskil_desk.instruments.reading import ReadingStatus
from aptaskil_desk.instruments.simulators.base import Scenario
from aptaskil_desk.instruments.simulators.mtsics import MtSicsSimulator
from aptaskil_desk.instruments.simulators.scripted import ScriptedInstrument
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction

LINE = replace(MtSicsBalance.line.with_line("9600,8N1"), timeout=0.5)
POWER_ON = b'I4 A "B021002593"\r\n'


@contextmanager
def balance(scenario: Scenario | None = None, *, link: Path | None = None, settle_timeout: float = 3.0,
            **options: object) -> Iterator[tuple[MtSicsSimulator, MtSicsBalance]]:  # fmt: skip
    """A started simulated balance and a connected driver; both closed afterwards."""
    sim = MtSicsSimulator(scenario, link=link, **options)  # type: ignore[arg-type]
    with sim:
        # A balance that is already on: its power-on line must not race the driver's own I4 (on a
        # loaded machine the simulator's first tick can come after the driver has drained the port).
        deadline = time.monotonic() + 10
        while not sim.announced and time.monotonic() < deadline:
            time.sleep(0.005)
        driver = MtSicsBalance(Transport(sim.port, LINE), settle_timeout=settle_timeout)
        try:
            driver.connect()
            yield sim, driver
        finally:
            driver.close()


@contextmanager
def scripted(script: Sequence[tuple[bytes, bytes | None]], *, settle_timeout: float = 1.0) -> Iterator[MtSicsBalance]:
    """A driver on a scripted instrument (opened, not identified); every exchange must happen."""
    sim = ScriptedInstrument(script)
    with sim:
        driver = MtSicsBalance(Transport(sim.port, LINE), settle_timeout=settle_timeout)
        driver.transport.open()
        try:
            yield driver
        finally:
            driver.close()
    sim.check()


def sent(driver: MtSicsBalance) -> list[bytes]:
    return [r.data for r in driver.transport.wire.records() if r.direction is Direction.TX]


# -- driver against the simulated balance ---------------------------------------------------------------


def test_identity_and_a_stable_weight_from_the_balance():
    """The identity comes from I2/I4; S answers the load, exactly, with the raw line kept."""
    with balance(value="100") as (_sim, driver):
        assert (driver.identity.model, driver.identity.serial_number) == ("XS205", "B021002593")
        assert (driver.capacity, driver.capacity_unit) == (Decimal("220.00"), "g")
        reading = driver.read_stable()
        assert (reading.value, reading.unit, reading.status) == (Decimal("100.00"), "g", ReadingStatus.STABLE)
        assert reading.raw == b"S S     100.00 g\r\n"
        assert reading.instrument.serial_number == "B021002593" and reading.usable


def test_negative_weight():
    """A negative load reads negative: ``S S     -12.34 g``."""
    with balance(value="-12.34") as (_sim, driver):
        reading = driver.read_stable()
        assert (reading.value, reading.raw) == (Decimal("-12.34"), b"S S     -12.34 g\r\n")


def test_settling_reads_dynamic_then_s_waits_for_the_stable_weight():
    """While the load settles SI says dynamic; S waits and answers once stable."""
    with balance(Scenario(settle_seconds=0.6)) as (sim, driver):
        sim.set_value("50")
        moving = driver.read()
        assert moving.status is ReadingStatus.DYNAMIC and moving.raw.startswith(b"S D ")
        assert not moving.usable
        settled = driver.read_stable()
        assert (settled.value, settled.status) == (Decimal("50.00"), ReadingStatus.STABLE)


def test_a_balance_that_cannot_settle_answers_s_i_within_its_limit():
    """Always unstable: S gets ``S I`` after the balance's own limit — an error reading with the
    reason, within the driver's settle timeout; T and Z are refused the same way."""
    with balance(Scenario(unstable=((0, 60),)), balance_timeout=0.3) as (_sim, driver):
        started = time.monotonic()
        reading = driver.read_stable()
        assert time.monotonic() - started < 2.0
        assert (reading.value, reading.status, reading.raw) == (None, ReadingStatus.ERROR, b"S I\r\n")
        assert reading.message == NO_WEIGHT[("S", "I")]
        with pytest.raises(InstrumentError, match=r"could not tare.*\(T I\)"):
            driver.tare()
        with pytest.raises(InstrumentError, match=r"could not zero.*\(Z I\)"):
            driver.zero()


def test_the_driver_waits_no_longer_than_its_settle_timeout():
    """A driver settle timeout shorter than the balance's gives a timeout, not a hang."""
    with balance(Scenario(unstable=((0, 60),)), balance_timeout=5.0, settle_timeout=0.4) as (_sim, driver):
        started = time.monotonic()
        with pytest.raises(InstrumentTimeout):
            driver.read_stable()
        assert time.monotonic() - started < 1.5


def test_overload_and_underload():
    """Beyond the capacity ``S +`` (overload), below ``S -`` (underload): no value."""
    with balance(value="300") as (sim, driver):
        over = driver.read()
        assert (over.status, over.value, over.raw) == (ReadingStatus.OVERLOAD, None, b"S +\r\n")
        sim.set_value("-300")
        under = driver.read_stable()
        assert (under.status, under.value, under.raw) == (ReadingStatus.UNDERLOAD, None, b"S -\r\n")
    with balance(Scenario(overload=True)) as (_sim, driver):
        assert driver.read().status is ReadingStatus.OVERLOAD
    with balance(Scenario(underload=True)) as (_sim, driver):
        assert driver.read().status is ReadingStatus.UNDERLOAD


@pytest.mark.parametrize("code", ["ET", "EL"])
def test_error_replies_become_error_readings_or_errors(code: str):
    """The balance answering ET/EL: a reading gets an error status with the meaning; zero raises it."""
    with balance(value="10", error_code=code) as (sim, driver):
        sim.scenario = Scenario(error_every=1)
        reading = driver.read()
        assert (reading.status, reading.raw, reading.message) == (ReadingStatus.ERROR, code.encode() + b"\r\n",
                                                                  COMMAND_ERRORS[code])  # fmt: skip
        with pytest.raises(InstrumentError) as refused:
            driver.zero()
        assert str(refused.value) == COMMAND_ERRORS[code]


def test_an_unknown_command_gets_es():
    """The simulated balance answers an unknown command with ``ES``, as the real one."""
    with balance() as (_sim, driver):
        assert driver.transport.exchange(b"XYZ") == b"ES\r\n"


def test_garbage_lines_are_skipped_and_logged():
    """Garbage before every reply is skipped (logged as a fault), never read as a value."""
    with balance(Scenario(garbage_every=1), value="42") as (_sim, driver):
        values = [driver.read_stable().value for _ in range(3)]
        assert values == [Decimal("42.00")] * 3
        faults = [r for r in driver.transport.wire.records() if r.direction is Direction.FAULT]
        assert any("skipped" in r.note for r in faults)


def test_a_slow_reply_within_the_timeout_is_read_and_a_slower_one_times_out():
    """A reply after 0.3 s within a 0.5 s timeout is fine; after 0.8 s it is a timeout, on time."""
    with balance(Scenario(reply_delay=0.3), value="1") as (sim, driver):
        assert driver.read().value == Decimal("1.00")
        sim.scenario = Scenario(reply_delay=0.8)
        started = time.monotonic()
        with pytest.raises(InstrumentTimeout):
            driver.read()
        assert time.monotonic() - started < 0.8


def test_tare_zero_and_tare_memory():
    """T tares and answers the tare weight; TA/TA preset/TAC; Z zeroes, refused beyond its range."""
    with balance(value="100") as (sim, driver):
        tare = driver.tare()
        assert (tare.value, tare.quantity, tare.raw) == (Decimal("100.00"), "tare", b"T S     100.00 g\r\n")
        assert driver.read().value == Decimal("0.00")
        assert driver.tare_weight().value == Decimal("100.00")
        assert driver.set_tare("25", "g").value == Decimal("25.00")
        assert driver.read().value == Decimal("75.00")
        with pytest.raises(InstrumentError, match=r"TA L"):
            driver.set_tare("25", "kg")
        driver.clear_tare()
        assert driver.read().value == Decimal("100.00")
        with pytest.raises(InstrumentError) as refused:
            driver.zero()
        assert str(refused.value) == REFUSALS[("Z", "+")]
        sim.set_value("0.8")
        driver.zero()
        assert driver.read().value == Decimal("0.00")


def test_streaming_then_stop_leaves_a_clean_line():
    """SIR is sent once; readings stream; stopping sends I4 and swallows what was in flight, so the
    next command gets its own reply."""
    with balance(value="7.5", stream_every=0.01) as (_sim, driver):
        readings = list(driver.stream(20))
        assert [r.value for r in readings] == [Decimal("7.50")] * 20
        assert driver.read().raw == b"S S       7.50 g\r\n"
        with closing(driver.readings()) as endless:  # until the caller stops
            for reading in endless:
                if reading.value is not None:
                    break
        assert driver.read_stable().value == Decimal("7.50")
        assert sent(driver).count(b"SIR\r\n") == 2
        assert sent(driver)[-6:] == [b"SIR\r\n", b"I4\r\n", b"SI\r\n", b"SIR\r\n", b"I4\r\n", b"S\r\n"]


def test_a_power_cut_is_noticed_and_the_balance_answers_again():
    """The balance restarts: its unsolicited ``I4 A "…"`` is noted as a power-on, not taken for a
    reply, and reading goes on."""
    with balance(value="5") as (sim, driver):
        before = driver.power_ons
        sim.on_power_up()  # as after a power cut: tare gone, power-on line sent
        deadline = time.monotonic() + 2
        while driver.power_ons == before and time.monotonic() < deadline:
            assert driver.read().value == Decimal("5.00")
        assert driver.power_ons == before + 1
        events = [r for r in driver.transport.wire.records() if r.direction is Direction.EVENT]
        assert any(r.data == POWER_ON and "powered on" in r.note for r in events)


def test_unplug_and_replug_reconnects_and_reads_again(tmp_path: Path):
    """Unplugged: a clear disconnection or timeout; plugged back: reconnect() and read again."""
    with balance(value="12.5", link=tmp_path / "ttyMT") as (sim, driver):
        assert driver.read().value == Decimal("12.50")
        sim.unplug()
        with pytest.raises((InstrumentDisconnected, InstrumentTimeout)):
            driver.read()
        threading.Timer(0.3, sim.replug).start()
        assert driver.transport.reconnect(within=5.0)
        assert driver.read_stable().value == Decimal("12.50")


def test_scenario_disconnect_and_reconnect_by_itself(tmp_path: Path):
    """The scenario pulls the cable at 0.3 s and plugs it back at 0.8 s; the driver recovers."""
    scenario = Scenario(disconnect_at=0.3, reconnect_at=0.8)
    with balance(scenario, value="3", link=tmp_path / "ttyMT") as (_sim, driver):
        deadline = time.monotonic() + 3
        lost = False
        while time.monotonic() < deadline and not lost:
            try:
                driver.read()
            except (InstrumentDisconnected, InstrumentTimeout):
                lost = True
        assert lost
        assert driver.transport.reconnect(within=5.0)
        assert driver.read_stable().value == Decimal("3.00")


# -- command/response: every scripted exchange must happen, byte for byte ----------------------------------


def test_identification_exchanges():
    """I2 then I4, DOMAIN.md's replies; the identity is what the balance said."""
    script = [(b"I2", b'I2 A "XS205 220.00 g"\r\n'), (b"I4", b'I4 A "B021002593"\r\n')]
    with scripted(script) as driver:
        identity = driver.identify()
        assert (identity.model, identity.serial_number) == ("XS205", "B021002593")


def test_weighing_exchanges_with_domain_examples():
    """S, SI replies from DOMAIN.md: stable, dynamic, negative, busy, overload, underload, errors."""
    script: list[tuple[bytes, bytes | None]] = [
        (b"S", b"S S     100.00 g\r\n"),
        (b"SI", b"S D       3.48 g\r\n"),
        (b"S", b"S S     -12.34 g\r\n"),
        (b"S", b"S I\r\n"),
        (b"SI", b"S +\r\n"),
        (b"SI", b"S -\r\n"),
        (b"S", b"ES\r\n"),
        (b"SI", b"ET\r\n"),
        (b"S", b"EL\r\n"),
    ]
    with scripted(script) as driver:
        got = [driver.read_stable(), driver.read(), driver.read_stable(), driver.read_stable(), driver.read(),
               driver.read(), driver.read_stable(), driver.read(), driver.read_stable()]  # fmt: skip
        assert [(r.value, r.status) for r in got] == [
            (Decimal("100.00"), ReadingStatus.STABLE),
            (Decimal("3.48"), ReadingStatus.DYNAMIC),
            (Decimal("-12.34"), ReadingStatus.STABLE),
            (None, ReadingStatus.ERROR),
            (None, ReadingStatus.OVERLOAD),
            (None, ReadingStatus.UNDERLOAD),
            (None, ReadingStatus.ERROR),
            (None, ReadingStatus.ERROR),
            (None, ReadingStatus.ERROR),
        ]
        assert [r.message for r in got[-3:]] == [COMMAND_ERRORS["ES"], COMMAND_ERRORS["ET"], COMMAND_ERRORS["EL"]]
        assert sent(driver) == [request + b"\r\n" for request, _ in script]


def test_zero_tare_and_reset_exchanges():
    """Z→Z A, T→T S, TA, TAC→TAC A, @→I4 A; refusals raise with the balance's reason; a bad tare
    preset is refused without sending anything."""
    script: list[tuple[bytes, bytes | None]] = [
        (b"Z", b"Z A\r\n"),
        (b"T", b"T S     100.00 g\r\n"),
        (b"TA", b"TA A     100.00 g\r\n"),
        (b"TA 5.00 g", b"TA A       5.00 g\r\n"),
        (b"TAC", b"TAC A\r\n"),
        (b"@", b'I4 A "B021002593"\r\n'),
        (b"Z", b"Z +\r\n"),
        (b"T", b"T -\r\n"),
        (b"TAC", b"TAC I\r\n"),
        (b"Z", b"ES\r\n"),
    ]
    with scripted(script) as driver:
        driver.zero()
        assert driver.tare().value == Decimal("100.00")
        assert driver.tare_weight().value == Decimal("100.00")
        assert driver.set_tare(Decimal("5.00"), "g").value == Decimal("5.00")
        driver.clear_tare()
        assert driver.reset() == "B021002593"
        for value, unit in (("five", "g"), ("5", "g g"), ("NaN", "g")):
            with pytest.raises(InvalidInput):
                driver.set_tare(value, unit)  # refused before anything is sent (script.check())
        refusals = [(driver.zero, REFUSALS[("Z", "+")]), (driver.tare, REFUSALS[("T", "-")]),
                    (driver.clear_tare, REFUSALS[("TAC", "I")]), (driver.zero, COMMAND_ERRORS["ES"])]  # fmt: skip
        for action, reason in refusals:
            with pytest.raises(InstrumentError) as refused:
                action()
            assert str(refused.value) == reason


def test_an_unsolicited_power_on_line_is_not_taken_for_the_reply():
    """``I4 A "…"`` arriving before the S reply is noted as a power-on; the reply is the S line."""
    script: list[tuple[bytes, bytes | None]] = [
        (b"S", POWER_ON + b"S S     100.00 g\r\n"),
        (b"I2", POWER_ON + b'I2 A "XS205 220.00 g"\r\n'),
        (b"I4", b'I4 A "B021002593"\r\n'),
    ]
    with scripted(script) as driver:
        assert driver.read_stable().value == Decimal("100.00")
        assert driver.identify().model == "XS205"
        assert driver.power_ons == 2


def test_stream_exchanges_restart_after_a_power_on_and_stop_cleanly():
    """SIR once; a power-on ends the balance's stream, so SIR again; stopping sends I4 and the weight
    still in flight before its reply is swallowed."""
    script: list[tuple[bytes, bytes | None]] = [
        (b"SIR", b"S D       3.48 g\r\nS S     100.00 g\r\n" + POWER_ON),
        (b"SIR", b"S S     100.00 g\r\n"),
        (b"I4", b"S S     100.00 g\r\n" + POWER_ON),
        (b"SI", b"S S     100.00 g\r\n"),
    ]
    with scripted(script) as driver:
        got = list(driver.stream(3))
        assert [r.value for r in got] == [Decimal("3.48"), Decimal("100.00"), Decimal("100.00")]
        assert driver.power_ons == 1
        assert driver.read().raw == b"S S     100.00 g\r\n"
        assert not [r for r in driver.transport.wire.records() if r.direction is Direction.FAULT]


def test_commands_are_never_pipelined():
    """Each command is sent only after the previous reply arrived, even when replies are slow."""
    script = [(b"S", b"S S     100.00 g\r\n"), (b"SI", b"S S     100.00 g\r\n"), (b"Z", b"Z A\r\n")]
    sim = ScriptedInstrument(script)
    sim.scenario = Scenario(reply_delay=0.1)
    with sim, Transport(sim.port, LINE) as transport:
        driver = MtSicsBalance(transport)
        driver.read_stable()
        driver.read()
        driver.zero()
        traffic = [r.direction for r in transport.wire.records() if r.direction in (Direction.TX, Direction.RX)]
        assert traffic == [Direction.TX, Direction.RX] * 3
    sim.check()
