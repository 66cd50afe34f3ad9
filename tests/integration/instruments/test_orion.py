"""The Orion Star pH meter driver against its simulator over real pseudo-terminals, and byte-exact
command/response checks against DOMAIN.md's example with a scripted instrument."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from aptaskil_desk.errors import InstrumentDisconnected, InstrumentError, InstrumentProtocolError, InstrumentTimeout
from aptaskil_desk.instruments.drivers.orion import OrionStarPhMeter
from aptaskil_desk.instruments.reading import InstrumentIdentity, ReadingStatus
from aptaskil_desk.instruments.simulators.base import Scenario
from aptaskil_desk.instruments.simulators.orion import OrionSimulator, fixed, nernst_mv
from aptaskil_desk.instruments.simulators.scripted import ScriptedInstrument
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction

LINE = replace(OrionStarPhMeter.line, timeout=0.5)
EXAMPLE = b"A215 pH,X51250,3.04,ABCDE,12/07/23 09:30:40,---,CH-1,pH,4.61,pH,111.2, mV,25.0,C,89.1,%,M100,#1\r\n"
ECHO = b"GETMEAS\r\n"
METER = InstrumentIdentity("", "A215 pH", "X51250", "3.04")


class FakeTime:
    """A monotonic clock the test moves: settling and unstable periods without sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@contextmanager
def ph_meter(sim: OrionSimulator | ScriptedInstrument, port: str | None = None) -> Iterator[OrionStarPhMeter]:
    with sim, Transport(port or sim.port, LINE) as transport:
        meter = OrionStarPhMeter(transport)
        meter.connect()
        yield meter


def scripted(*replies: bytes) -> ScriptedInstrument:
    """A meter answering successive ``GETMEAS`` (CR-terminated) with ``replies``."""
    return ScriptedInstrument([(b"GETMEAS", reply) for reply in replies], terminator=b"\r")


def faults(meter: OrionStarPhMeter) -> list[str]:
    return [r.note for r in meter.transport.wire.records() if r.direction is Direction.FAULT]


def expected_mv(ph: str, celsius: str, slope: str = "98.5") -> Decimal:
    return Decimal(fixed(nernst_mv(Decimal(ph), Decimal(celsius), Decimal(slope)), 1))


# -- command/response, byte for byte ------------------------------------------------------------------


def test_getmeas_is_byte_exact_with_domain_md():
    """``GETMEAS`` + CR goes out; the echo and DOMAIN.md's CSV line give identity, pH, mV and °C."""
    sim = scripted(ECHO + EXAMPLE, ECHO + EXAMPLE)
    with ph_meter(sim) as meter:
        assert meter.identity == METER
        readings = meter.read_all()
        ph, mv, temperature = readings.ph, readings.mv, readings.temperature
        assert (ph.value, ph.unit, ph.status, ph.quantity) == (Decimal("4.61"), "pH", ReadingStatus.STABLE, "ph")
        assert (mv.value, mv.unit, mv.status) == (Decimal("111.2"), "mV", ReadingStatus.STABLE)
        assert (temperature.value, temperature.unit) == (Decimal("25.0"), "°C")
        assert ph.raw == ECHO + EXAMPLE and ph.instrument == METER
        assert readings.record is not None and readings.record.log_number == 1
        assert readings.record.taken_at(OrionStarPhMeter.meter_date_format) == datetime(2023, 12, 7, 9, 30, 40)
        sent = [r.data for r in meter.transport.wire.records() if r.direction is Direction.TX]
        assert sent == [b"GETMEAS\r", b"GETMEAS\r"]
        assert faults(meter) == []
    sim.check()


def test_stray_lines_prompt_and_missing_echo_are_handled():
    """Noise before the echo is skipped and logged; a ``> `` prompt is read past; no echo is no fault."""
    sim = scripted(b"\x00\xff#noise\r\n> " + ECHO + EXAMPLE, EXAMPLE)
    with ph_meter(sim) as meter:
        assert meter.identity == METER
        assert meter.read().value == Decimal("4.61")
        assert faults(meter) == ["unexpected line skipped"]
    sim.check()


@pytest.mark.parametrize("bad", [
    EXAMPLE.replace(b",#1", b""), EXAMPLE.replace(b"4.61", b"4.6?"), EXAMPLE[:40] + b"\r\n",
    EXAMPLE.replace(b"25.0,C", b"25.0,X"),
])  # fmt: skip
def test_a_malformed_measurement_is_refused_and_logged_never_a_value(bad: bytes):
    """A broken CSV line raises a protocol error (nothing read) and is kept in the wire log as a fault."""
    sim = scripted(ECHO + EXAMPLE, ECHO + bad)
    with ph_meter(sim) as meter:
        with pytest.raises(InstrumentProtocolError, match="malformed"):
            meter.read_all()
        assert any(note.startswith("malformed measurement") for note in faults(meter))
        assert meter.last_record is not None and meter.last_record.value[1] == Decimal("4.61")  # the old one
    sim.check()


def test_an_error_reply_is_an_error_reading_or_refuses_identification():
    """``ERROR: …`` after the echo: an error reading with the meter's words; while connecting, an InstrumentError."""
    sim = scripted(ECHO + EXAMPLE, ECHO + b"ERROR: Invalid command\r\n")
    with ph_meter(sim) as meter:
        readings = meter.read_all()
        for reading in (readings.ph, readings.mv, readings.temperature):
            assert (reading.status, reading.value, reading.message) == (
                ReadingStatus.ERROR, None, "ERROR: Invalid command")  # fmt: skip
        assert readings.record is None
    sim.check()
    refusing = scripted(ECHO + b"ERROR: Measurement not available\r\n")
    with refusing, Transport(refusing.port, LINE) as transport, pytest.raises(InstrumentError, match="not available"):
        OrionStarPhMeter(transport).connect()


# -- driver ↔ simulator ------------------------------------------------------------------------------


def test_ph_mv_and_temperature_agree_by_nernst():
    """pH 4.01 at 25 °C gives its Nernst mV; pH 9.18 at 37 °C gives a steeper, negative one."""
    sim = OrionSimulator(value="4.01")
    with ph_meter(sim) as meter:
        readings = meter.read_all()
        assert (readings.ph.value, readings.temperature.value) == (Decimal("4.01"), Decimal("25.0"))
        assert readings.mv.value == expected_mv("4.01", "25.0") == Decimal("174.2")
        sim.set_temperature(37)
        sim.set_value("9.18")
        meter.read_all()
        readings = meter.read_all()
        assert (readings.ph.value, readings.temperature.value) == (Decimal("9.18"), Decimal("37.0"))
        assert readings.mv.value == expected_mv("9.18", "37") and readings.mv.value < 0
        assert readings.ph.status is ReadingStatus.STABLE


def test_a_negative_ph_is_a_valid_reading():
    """pH −1.25 (strong acid) is within the meter's range: stable, with a large positive mV."""
    with ph_meter(OrionSimulator(value="-1.25")) as meter:
        readings = meter.read_all()
        assert (readings.ph.value, readings.ph.status) == (Decimal("-1.25"), ReadingStatus.STABLE)
        assert readings.mv.value == expected_mv("-1.25", "25.0")


def test_an_unstable_or_settling_reading_is_dynamic_until_it_stops_moving():
    """In an unstable period pH and mV read dynamic (temperature stays stable); after a step the
    reading is dynamic while settling and stable at the new value once settled."""
    clock = FakeTime()
    sim = OrionSimulator(Scenario(unstable=((0, 10),), settle_seconds=5), value="7.00", monotonic=clock)
    with ph_meter(sim) as meter:
        readings = meter.read_all()
        assert (readings.ph.status, readings.mv.status) == (ReadingStatus.DYNAMIC, ReadingStatus.DYNAMIC)
        assert readings.temperature.status is ReadingStatus.STABLE
        clock.now += 20
        meter.read()  # the first settled value still differs from the last unstable one
        assert (meter.read().status, meter.read().value) == (ReadingStatus.STABLE, Decimal("7.00"))
        sim.set_value("4.01")
        clock.now += 1
        assert meter.read().status is ReadingStatus.DYNAMIC
        clock.now += 10
        meter.read()
        settled = meter.read()
        assert (settled.status, settled.value) == (ReadingStatus.STABLE, Decimal("4.01"))


def test_overload_and_underload_have_no_value():
    """The scenario's overload/underload and a pH beyond 20 read as overload/underload, no value."""
    for scenario, status in ((Scenario(overload=True), ReadingStatus.OVERLOAD),
                             (Scenario(underload=True), ReadingStatus.UNDERLOAD)):  # fmt: skip
        with ph_meter(OrionSimulator(scenario)) as meter:
            readings = meter.read_all()
            assert (readings.ph.status, readings.ph.value) == (status, None)
            assert (readings.mv.status, readings.mv.value) == (status, None)
            assert readings.temperature.value == Decimal("25.0")
    with ph_meter(OrionSimulator(value="21")) as meter:
        assert (meter.read().status, meter.read().value) == (ReadingStatus.OVERLOAD, None)


def test_the_simulators_error_replies_become_error_readings():
    """Every second request fails with the meter's ``ERROR`` line; the readings between are right."""
    sim = OrionSimulator(Scenario(error_every=2), value="6.86")
    with ph_meter(sim) as meter:  # request 1 identifies
        failed = meter.read()  # request 2
        assert (failed.status, failed.message) == (ReadingStatus.ERROR, "ERROR: Measurement not available")
        assert meter.read().value == Decimal("6.86")  # request 3
    with sim.__class__() as other, Transport(other.port, LINE) as transport:
        assert transport.exchange(b"HELLO") == b"HELLO\r\n"  # the echo (CR LF sent: the LF is ignored)
        assert transport.read_line() == b"ERROR: Invalid command\r\n"


def test_garbage_is_skipped_and_logged_never_read():
    """Random bytes before every reply: identity and readings stay right; garbage is logged."""
    sim = OrionSimulator(Scenario(garbage_every=1, seed=3), value="10.01")
    with ph_meter(sim) as meter:
        assert meter.identity == METER
        assert [meter.read().value for _ in range(4)] == [Decimal("10.01")] * 4
        assert sum(note == "unexpected line skipped" for note in faults(meter)) >= 5


def test_a_slow_reply_within_the_timeout_is_read_and_a_later_one_times_out():
    """0.2 s late reads; later than the timeout is a timeout within it, never a value."""
    with ph_meter(OrionSimulator(Scenario(reply_delay=0.2), value="7.00")) as meter:
        assert meter.read().value == Decimal("7.00")
    sim = OrionSimulator(Scenario(reply_delay=0.8))
    with sim, Transport(sim.port, LINE) as transport, pytest.raises(InstrumentTimeout):
        OrionStarPhMeter(transport).connect()


def test_unplug_and_replug_reconnects_and_reads_again(tmp_path: Path):
    """The cable goes: a clear failure. It comes back: the port reopens and the meter reads again."""
    link = tmp_path / "ttyPH"
    sim = OrionSimulator(value="4.01", link=link)
    with ph_meter(sim, str(link)) as meter:
        assert meter.read().value == Decimal("4.01")
        sim.unplug()
        with pytest.raises((InstrumentDisconnected, InstrumentTimeout)):
            meter.read()
        threading.Timer(0.3, sim.replug).start()
        assert meter.transport.reconnect(within=5.0)
        assert meter.connect() == METER
        assert meter.read().value == Decimal("4.01")
        assert any("reconnected" in r.note for r in meter.transport.wire.records())
