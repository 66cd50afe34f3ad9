"""The SCPI multimeter driver against its simulator over real pseudo-terminals, and byte-exact
command/response checks against DOMAIN.md's examples with a scripted instrument."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from aptaskil_desk.errors import InstrumentDisconnected, InstrumentError, InstrumentTimeout
from aptaskil_desk.instruments.drivers.scpi_dmm import ScpiError, ScpiMultimeter, milliamps
from aptaskil_desk.instruments.reading import InstrumentIdentity, ReadingStatus
from aptaskil_desk.instruments.simulators.base import Scenario
from aptaskil_desk.instruments.simulators.scpi_dmm import MultimeterSimulator
from aptaskil_desk.instruments.simulators.scripted import ScriptedInstrument
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction

#: The meter's protocol at 8N1: a pseudo-terminal cannot hold 7E2 (DOMAIN.md).
LINE = replace(ScpiMultimeter.line.with_line("9600,8N1"), timeout=0.5)
IDN = InstrumentIdentity("HEWLETT-PACKARD", "34401A", "0", "11-5-2")


class FakeTime:
    """A monotonic clock the test moves: settling and unstable periods without sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@contextmanager
def meter(sim: MultimeterSimulator | ScriptedInstrument, port: str | None = None,
          **options: object) -> Iterator[ScpiMultimeter]:  # fmt: skip
    with sim, Transport(port or sim.port, LINE) as transport:
        dmm = ScpiMultimeter(transport, **options)  # type: ignore[arg-type]
        dmm.connect()
        yield dmm


def faults(dmm: ScpiMultimeter) -> list[str]:
    return [r.note for r in dmm.transport.wire.records() if r.direction is Direction.FAULT]


# -- driver ↔ simulator ------------------------------------------------------------------------------


def test_connect_puts_the_meter_in_remote_first_and_reads_its_identity():
    """``SYST:REM`` goes first; the identity is what ``*IDN?`` said and stamps every reading."""
    sim = MultimeterSimulator()
    with meter(sim) as dmm:
        assert dmm.identity == IDN
        reading = dmm.read()
        assert reading.instrument == IDN
        assert sim.requests[:6] == [b"SYST:REM", b"*CLS", b"*IDN?", b"CONF:VOLT:DC", b"SYST:ERR?", b"READ?"]


def test_dc_current_and_negative_voltage_read_as_decimals():
    """12 mA reads 0.012 A (12 mA exactly in mA); −7.5 V reads −7.5 V; both stable."""
    sim = MultimeterSimulator(value="0.012")
    with meter(sim) as dmm:
        current = dmm.measure("dc_current")
        assert (current.value, current.unit, current.status) == (Decimal("0.012"), "A", ReadingStatus.STABLE)
        assert current.raw == b"+1.20000000E-02\r\n" and current.quantity == "dc_current"
        assert milliamps(current) == Decimal("12.0000000")
        assert dmm.read().unit == "A"  # later reads keep the function MEAS chose
        sim.set_value("-7.5")
        dmm.configure("dc_voltage", 10, "0.001")
        voltage = dmm.read()
        assert (voltage.value, voltage.unit, voltage.status) == (Decimal("-7.5"), "V", ReadingStatus.STABLE)
        assert sim.requests[-3:] == [b"CONF:VOLT:DC 10,0.001", b"SYST:ERR?", b"READ?"]


def test_an_unstable_input_reads_dynamic_then_stable_when_it_settles():
    """With a stability band set, an input in an unstable period, then settling after a step, reads
    dynamic; once settled it reads stable at the new value."""
    clock = FakeTime()
    sim = MultimeterSimulator(Scenario(unstable=((0, 10),), settle_seconds=5), value="0.004", monotonic=clock)
    with meter(sim, quantity="dc_current", stable_within=Decimal("0.000005")) as dmm:
        assert [dmm.read().status for _ in range(3)] == [ReadingStatus.DYNAMIC] * 3
        clock.now += 20
        dmm.read()  # still away from the last unstable value: the first settled reading shows the move
        settled = dmm.read()
        assert settled.status is ReadingStatus.STABLE and settled.value == Decimal("0.004")
        sim.set_value("0.02")
        clock.now += 1
        moving = dmm.read()
        assert moving.status is ReadingStatus.DYNAMIC and moving.value is not None
        clock.now += 10
        dmm.read()
        settled = dmm.read()
        assert (settled.status, settled.value) == (ReadingStatus.STABLE, Decimal("0.02"))


def test_beyond_the_range_is_an_overload_in_both_directions():
    """15 V on the 10 V range and −2000 V on autorange are overloads with no value, as are the
    scenario's forced overload (+9.9E+37) and underload (−9.9E+37)."""
    sim = MultimeterSimulator(value="15")
    with meter(sim) as dmm:
        dmm.configure("dc_voltage", 10)
        over = dmm.read()
        assert (over.status, over.value, over.message, over.raw) == (
            ReadingStatus.OVERLOAD, None, "OVLD", b"+9.90000000E+37\r\n")  # fmt: skip
        sim.set_value("-2000")
        dmm.configure("dc_voltage")
        assert (dmm.read().status, dmm.read().message) == (ReadingStatus.OVERLOAD, "-OVLD")
    for scenario, note in ((Scenario(overload=True), "OVLD"), (Scenario(underload=True), "-OVLD")):
        with meter(MultimeterSimulator(scenario)) as dmm:
            reading = dmm.read()
            assert (reading.status, reading.value, reading.message) == (ReadingStatus.OVERLOAD, None, note)


def test_errors_from_the_queue_are_reported_with_their_scpi_numbers():
    """An unknown header queues -113; a range the meter lacks is refused with -222 and an
    InstrumentError; a failed measurement is an error reading with the meter's words."""
    sim = MultimeterSimulator(Scenario(error_every=6))
    with meter(sim) as dmm:  # requests 1–3: SYST:REM, *CLS, *IDN?
        failed = dmm.read()  # 4 CONF, 5 SYST:ERR?, 6 READ? → unanswered, +513 queued
        assert (failed.status, failed.value) == (ReadingStatus.ERROR, None)
        assert failed.message == '+513,"RS-232 parity error"'
        assert failed.raw == b'+513,"RS-232 parity error"\r\n+0,"No error"\r\n'
        assert dmm.read().status is ReadingStatus.STABLE
        dmm.send_command("VOLT:FOO")
        assert dmm.errors() == [ScpiError(-113, "Undefined header")]
        assert dmm.errors() == []
        with pytest.raises(InstrumentError, match=r'-222,"Data out of range"'):
            dmm.configure("dc_voltage", 5000)
        assert any("-113" in note for note in faults(dmm))


def test_commands_before_remote_mode_are_refused_with_error_550():
    """A meter still in local mode answers no measurement and queues +550; after SYST:REM it reads."""
    sim = MultimeterSimulator()
    with sim, Transport(sim.port, LINE) as transport:
        with pytest.raises(InstrumentTimeout):
            transport.exchange(b"READ?", timeout=0.3)
        assert transport.exchange(b"SYST:ERR?") == b'+550,"Command not allowed in local"\r\n'
        assert transport.exchange(b"SYST:ERR?") == b'+0,"No error"\r\n'
        transport.send(b"SYST:REM")
        assert transport.exchange(b"READ?") == b"+4.00012300E-03\r\n"


def test_the_simulator_speaks_the_commands_pymeasure_sends():
    """Long forms, ``FUNC "CURR"``, ``MEAS:VOLT:DC? DEF,DEF`` and an error queue that overflows at
    20 with -350, as a 34401A does."""
    sim = MultimeterSimulator(value="0.0125")
    with sim, Transport(sim.port, LINE) as transport:
        transport.send(b":SYSTem:REMote")
        assert transport.exchange(b"*IDN?") == b"HEWLETT-PACKARD,34401A,0,11-5-2\r\n"
        transport.send(b'FUNC "CURR"')
        assert transport.exchange(b"FUNC?") == b'"CURR"\r\n'
        assert transport.exchange(b"READ?") == b"+1.25000000E-02\r\n"
        assert transport.exchange(b"meas:volt:dc? DEF,DEF") == b"+1.25000000E-02\r\n"
        for _ in range(25):
            transport.send(b"NO:SUCH:COMMAND")
        queue = [transport.exchange(b"SYST:ERR?") for _ in range(21)]
        assert queue[:19] == [b'-113,"Undefined header"\r\n'] * 19
        assert queue[19:] == [b'-350,"Queue overflow"\r\n', b'+0,"No error"\r\n']


def test_garbage_lines_are_skipped_and_logged_never_read():
    """Random bytes before every reply: identity and readings stay right; each garbage line is a fault."""
    sim = MultimeterSimulator(Scenario(garbage_every=1, seed=7), value="-0.5")
    with meter(sim) as dmm:
        assert dmm.identity == IDN
        values = [dmm.read().value for _ in range(5)]
        assert values == [Decimal("-0.5")] * 5
        assert sum("unexpected line skipped" in note for note in faults(dmm)) >= 6


def test_a_slow_reply_within_the_timeout_is_read_and_a_later_one_times_out():
    """A reply 0.2 s late reads; one later than the timeout is a timeout, never a value, in bounded time."""
    with meter(MultimeterSimulator(Scenario(reply_delay=0.2))) as dmm:
        assert dmm.read().value == Decimal("0.004000123")
    sim = MultimeterSimulator(Scenario(reply_delay=0.8))
    with sim, Transport(sim.port, LINE) as transport:
        dmm = ScpiMultimeter(transport)
        started = time.monotonic()
        with pytest.raises(InstrumentTimeout):
            dmm.connect()
        assert time.monotonic() - started < 3 * LINE.timeout + 0.5


def test_unplug_and_replug_reconnects_and_reads_again(tmp_path: Path):
    """The cable goes: a clear failure. It comes back: the port reopens, the meter (back in local
    mode and DC volts) is put in remote and configured again, and reads the right quantity."""
    link = tmp_path / "ttyDMM"
    sim = MultimeterSimulator(value="0.016", link=link)
    with meter(sim, str(link), quantity="dc_current") as dmm:
        assert dmm.read().value == Decimal("0.016")
        sim.unplug()
        with pytest.raises((InstrumentDisconnected, InstrumentTimeout)):
            dmm.read()
        threading.Timer(0.3, sim.replug).start()
        assert dmm.transport.reconnect(within=5.0)
        before = len(sim.requests)
        dmm.connect()
        again = dmm.read()
        assert (again.value, again.unit, again.status) == (Decimal("0.016"), "A", ReadingStatus.STABLE)
        assert sim.requests[before:] == [b"SYST:REM", b"*CLS", b"*IDN?", b"CONF:CURR:DC", b"SYST:ERR?", b"READ?"]


# -- command/response, byte for byte ------------------------------------------------------------------


def test_every_exchange_is_byte_exact_with_domain_md():
    """Each command DOMAIN.md names, sent with CR LF, in order, and the replies it shows read right."""
    sim = ScriptedInstrument([
        (b"SYST:REM", None),
        (b"*CLS", None),
        (b"*IDN?", b"HEWLETT-PACKARD,34401A,0,11-5-2\r\n"),
        (b"CONF:VOLT:DC 10,0.001", None),
        (b"SYST:ERR?", b'+0,"No error"\r\n'),
        (b"READ?", b"+4.00012300E-03\r\n"),
        (b"MEAS:CURR:DC?", b"-4.00012300E-03\r\n"),
        (b"READ?", b"+9.90000000E+37\r\n"),
        (b"CONF:CURR:DC", None),
        (b"SYST:ERR?", b'-113,"Undefined header"\r\n'),
        (b"SYST:ERR?", b'+0,"No error"\r\n'),
    ])  # fmt: skip
    with meter(sim) as dmm:
        assert dmm.identity == IDN
        dmm.configure("dc_voltage", 10, Decimal("0.001"))
        volts = dmm.read()
        assert (volts.value, volts.unit, volts.raw) == (Decimal("0.00400012300"), "V", b"+4.00012300E-03\r\n")
        amps = dmm.measure("dc_current")
        assert (amps.value, amps.unit) == (Decimal("-0.00400012300"), "A")
        assert dmm.read().status is ReadingStatus.OVERLOAD
        with pytest.raises(InstrumentError, match="Undefined header"):
            dmm.configure("dc_current")
        sent = [r.data for r in dmm.transport.wire.records() if r.direction is Direction.TX]
        assert sent[:3] == [b"SYST:REM\r\n", b"*CLS\r\n", b"*IDN?\r\n"]
        assert all(data.endswith(b"\r\n") and data.count(b"\r\n") == 1 for data in sent)
    sim.check()


def test_an_unanswered_measurement_reads_the_error_queue():
    """``READ?`` without a reply: the driver asks ``SYST:ERR?`` until ``+0`` and returns an error reading."""
    sim = ScriptedInstrument([
        (b"SYST:REM", None), (b"*CLS", None), (b"*IDN?", b"HEWLETT-PACKARD,34401A,0,11-5-2\r\n"),
        (b"CONF:VOLT:DC", None), (b"SYST:ERR?", b'+0,"No error"\r\n'),
        (b"READ?", None),
        (b"SYST:ERR?", b'+550,"Command not allowed in local"\r\n'),
        (b"SYST:ERR?", b'+0,"No error"\r\n'),
    ])  # fmt: skip
    with meter(sim) as dmm:
        reading = dmm.read()
        assert (reading.status, reading.value) == (ReadingStatus.ERROR, None)
        assert reading.message == '+550,"Command not allowed in local"'
    sim.check()
