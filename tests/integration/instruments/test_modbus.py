"""The Modbus RTU driver against the simulated conditioner and scripted exchanges, over real
pseudo-terminals: values, status, every exception code, CRC errors, silence, writes, reconnection."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from aptaskil_desk.errors import InstrumentDisconnected, InstrumentProtocolError, InstrumentTimeout, InvalidInput
from aptaskil_desk.instruments.drivers.modbus import ModbusExceptionReply, ModbusTransmitter, check_reply
from aptaskil_desk.instruments.modbus_frame import ExceptionCode, with_crc
from aptaskil_desk.instruments.reading import ReadingStatus
from aptaskil_desk.instruments.registry import driver_class, simulator_class
from aptaskil_desk.instruments.simulators.base import Scenario
from aptaskil_desk.instruments.simulators.modbus import ModbusSimulator
from aptaskil_desk.instruments.simulators.scripted import ScriptedInstrument
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction

H = bytes.fromhex
LINE = replace(ModbusTransmitter.line.with_line("9600,8N1"), timeout=0.5)


@contextmanager
def talking(sim: ModbusSimulator | ScriptedInstrument, *, slave: int = 1) -> Iterator[ModbusTransmitter]:
    """A started simulator and a driver on an open transport to it."""
    with sim, Transport(sim.port, LINE) as transport:
        yield ModbusTransmitter(transport, slave=slave)


def faults(driver: ModbusTransmitter) -> list[str]:
    return [r.note for r in driver.transport.wire.records() if r.direction is Direction.FAULT]


# -- driver ↔ simulator ---------------------------------------------------------------------------


def test_registry_names_the_driver_and_the_simulator():
    """``modbus-rtu`` resolves to these classes (the registry's fixed names)."""
    assert driver_class("modbus-rtu") is ModbusTransmitter
    assert simulator_class("modbus-rtu") is ModbusSimulator
    assert ModbusSimulator.terminator is None


def test_connect_identifies_and_reads_the_loop_current():
    """connect() reads the identity registers; read() gives the loop current in mA with the raw frame."""
    with talking(ModbusSimulator(value="12.345", model="AI-420 SIM", serial_number="MB-004217")) as driver:
        identity = driver.connect()
        assert (identity.model, identity.serial_number, identity.firmware) == ("AI-420 SIM", "MB-004217", "1.4")
        reading = driver.read()
        assert reading.value == Decimal("12.345") and reading.unit == "mA"
        assert reading.status is ReadingStatus.STABLE and reading.quantity == "current_dc"
        assert reading.raw == H("01 04 06 30 39 14 60 00 00 FC 88")  # 12345 µA, 5.216 bar, status 0
        assert reading.instrument == identity
        pv = driver.read_process_value()
        assert (pv.value, pv.unit, pv.quantity) == (Decimal("5.216"), "bar", "pressure")


def test_a_namur_failure_current_is_a_plain_reading():
    """3.6 mA is read as a stable 3.600 mA: judging NE 43 is the exercise's job, not the driver's."""
    with talking(ModbusSimulator(value="3.6")) as driver:
        reading = driver.read()
        assert (reading.value, reading.status) == (Decimal("3.600"), ReadingStatus.STABLE)


def test_a_negative_process_value():
    """With a range of -1…5 bar, 4 mA reads -1.000 bar (signed register)."""
    with talking(ModbusSimulator(value="4", process_range=("-1", "5"))) as driver:
        assert driver.read_process_value().value == Decimal("-1.000")


def test_settling_and_unstable_periods_read_as_dynamic():
    """While the value settles after a change, or during an unstable period, readings are dynamic."""
    sim = ModbusSimulator(Scenario(settle_seconds=30), value="4")
    with talking(sim) as driver:
        assert driver.read().status is ReadingStatus.STABLE
        sim.set_value("20")
        reading = driver.read()
        assert reading.status is ReadingStatus.DYNAMIC
        assert reading.value is not None and Decimal(4) <= reading.value < Decimal(20)
    with talking(ModbusSimulator(Scenario(unstable=((0, 60),)), value="8")) as driver:
        assert driver.read().status is ReadingStatus.DYNAMIC


def test_noise_keeps_values_near_the_set_current():
    """With noise the current wanders within its bounds; every value stays an exact Decimal."""
    with talking(ModbusSimulator(Scenario(noise=Decimal("0.010"), seed=3), value="12")) as driver:
        values = [r.value for r in driver.readings(5)]
        assert all(v is not None and abs(v - 12) <= Decimal("0.010") for v in values)
        assert len(set(values)) > 1


@pytest.mark.parametrize(
    ("scenario", "value", "status"),
    [
        (Scenario(overload=True), "12", ReadingStatus.OVERLOAD),
        (Scenario(), "25", ReadingStatus.OVERLOAD),
        (Scenario(underload=True), "12", ReadingStatus.UNDERLOAD),
        (Scenario(), "-0.5", ReadingStatus.UNDERLOAD),
    ],
)
def test_over_and_under_range_carry_no_value(scenario: Scenario, value: str, status: ReadingStatus):
    """Counts outside the valid range (0x7FFF/0x8000) read as overload/underload, without a value."""
    with talking(ModbusSimulator(scenario, value=value)) as driver:
        reading = driver.read()
        assert reading.status is status and reading.value is None and reading.raw
        assert driver.read_process_value().status is status


def test_error_every_gives_a_device_failure_exception():
    """``error_every`` makes the device answer exception 04; it is raised with its meaning and logged."""
    with talking(ModbusSimulator(Scenario(error_every=2))) as driver:
        assert driver.read().status is ReadingStatus.STABLE
        with pytest.raises(ModbusExceptionReply, match="device failure") as caught:
            driver.read()
        assert caught.value.code == ExceptionCode.DEVICE_FAILURE
        assert driver.last_reply == H("01 84 04 42 C3")
        assert any("exception 04" in note for note in faults(driver))
        assert driver.read().status is ReadingStatus.STABLE


def test_the_simulator_answers_each_exception_code():
    """Unknown function → 01, unknown register → 02, value out of limits → 03 (and nothing changes)."""
    with talking(ModbusSimulator()) as driver:
        transport = driver.transport
        request = with_crc(H("01 2B 0E 01 00"))  # read device identification: not supported
        transport.write(request)
        reply = transport.read_frame(silence=driver.silence)
        assert reply == with_crc(H("01 AB 01"))
        with pytest.raises(ModbusExceptionReply, match="illegal function"):
            check_reply(reply, request, port=transport.port)
        with pytest.raises(ModbusExceptionReply, match="illegal data address") as caught:
            driver.read_input_registers(100, 1)
        assert caught.value.code == 2
        with pytest.raises(ModbusExceptionReply, match="illegal data address"):
            driver.write_register(40, 1)  # no such holding register
        with pytest.raises(ModbusExceptionReply, match="illegal data value") as caught:
            driver.write_register(1, 601)  # damping above 60.0 s
        assert caught.value.code == 3
        with pytest.raises(ModbusExceptionReply, match="illegal data value"):
            driver.write_registers(2, [5000, 4000])  # range low above range high
        assert driver.read_holding_registers(0, 4) == [1, 0, 0, 10000]


def test_driver_refuses_bad_requests_before_sending_anything():
    """A read of 126 registers or an address above 247 is refused by the driver, nothing is sent."""
    with talking(ModbusSimulator()) as driver:
        with pytest.raises(InvalidInput, match="Between 1 and 125"):
            driver.read_input_registers(0, 126)
        with pytest.raises(InvalidInput, match="between 1 and 247"):
            driver.set_slave_address(248)
        with pytest.raises(InvalidInput, match="below the high end"):
            driver.set_process_range("5", "5")
        assert not [r for r in driver.transport.wire.records() if r.direction is Direction.TX]


def test_write_single_and_multiple_round_trip():
    """Function 06 and 16 writes are read back with function 03 and change what the device computes."""
    sim = ModbusSimulator(value="12")
    with talking(sim) as driver:
        driver.write_register(1, 25)
        assert driver.read_holding_registers(1, 1) == [25]
        assert driver.read_setting("damping") == Decimal("2.5")
        driver.set_process_range("-1", "5")  # one function 16 request
        assert driver.read_holding_registers(2, 2) == [0xFC18, 5000]
        assert sim.requests[-2] == H("01 10 00 02 00 02 04 FC 18 13 88 CF 77")
        assert driver.read_process_value().value == Decimal("2.000")
        driver.write_registers(1, [10, 0, 10000])
        assert [driver.read_setting(n) for n in ("damping", "range_low", "range_high")] == [
            Decimal("1.0"), Decimal("0.000"), Decimal("10.000")]  # fmt: skip


def test_a_new_slave_address_is_used_from_then_on():
    """After set_slave_address the device answers only there, and the driver follows it."""
    sim = ModbusSimulator(value="8")
    with talking(sim) as driver:
        driver.set_slave_address(17)
        assert sim.slave == 17 and driver.slave == 17
        assert driver.read().value == Decimal("8.000")
        assert sim.requests[-1][0] == 17


def test_a_wrong_slave_address_times_out_cleanly():
    """A device asked under another address stays silent: a timeout within the line's timeout."""
    sim = ModbusSimulator(slave=1)
    with talking(sim, slave=7) as driver:
        started = time.monotonic()
        with pytest.raises(InstrumentTimeout, match="No reply"):
            driver.read()
        elapsed = time.monotonic() - started
        assert LINE.timeout - 0.05 <= elapsed < LINE.timeout + 0.3
        assert sim.requests and sim.requests[-1][0] == 7  # it heard, it did not answer
        assert any("timeout" in note for note in faults(driver))


def test_a_request_with_a_bad_crc_is_ignored_by_the_device():
    """Like a real slave, the simulator stays silent when a request's CRC is wrong."""
    with talking(ModbusSimulator()) as driver:
        driver.transport.write(H("01 04 00 00 00 01 31 CB"))
        with pytest.raises(InstrumentTimeout):
            driver.transport.read_frame(silence=driver.silence, timeout=0.3)
        assert driver.read().status is ReadingStatus.STABLE


def test_garbage_makes_a_corrupted_reply_that_is_logged_never_a_value():
    """Stray bytes in front of a reply break its CRC: a protocol error, logged; the next read is fine."""
    with talking(ModbusSimulator(Scenario(garbage_every=2), value="10")) as driver:
        assert driver.read().value == Decimal("10.000")
        with pytest.raises(InstrumentProtocolError, match="CRC check failed"):
            driver.read()
        assert any("CRC" in note for note in faults(driver))
        assert driver.read().value == Decimal("10.000")


def test_a_slow_reply_within_the_timeout_is_read():
    """A device that answers after 0.3 s (timeout 0.5 s) is waited for."""
    with talking(ModbusSimulator(Scenario(reply_delay=0.3), value="16")) as driver:
        started = time.monotonic()
        assert driver.read().value == Decimal("16.000")
        assert 0.3 <= time.monotonic() - started < 0.5


def test_unplug_and_replug_then_read_again(tmp_path: Path):
    """The conditioner is unplugged: the read fails clearly; after replug the transport reconnects."""
    link = tmp_path / "ttyMODBUS"
    sim = ModbusSimulator(value="7", link=link)
    with sim, Transport(str(link), LINE) as transport:
        driver = ModbusTransmitter(transport)
        assert driver.read().value == Decimal("7.000")
        sim.unplug()
        with pytest.raises((InstrumentDisconnected, InstrumentTimeout)):
            driver.read()
        threading.Timer(0.3, sim.replug).start()
        assert transport.reconnect(within=5.0)
        assert driver.read().value == Decimal("7.000")


# -- command/response, byte-exact -----------------------------------------------------------------


def scripted(*exchanges: tuple[str, str | None]) -> ScriptedInstrument:
    return ScriptedInstrument([(H(req), H(rep) if rep else None) for req, rep in exchanges], terminator=None)


def test_domain_example_exchange():
    """DOMAIN.md: ``01 04 00 00 00 01 31 CA`` → ``01 04 02 01 90 B8 CC`` is register value 400."""
    sim = scripted(("01 04 00 00 00 01 31 CA", "01 04 02 01 90 B8 CC"))
    with talking(sim) as driver:
        assert driver.read_input_registers(0, 1) == [400]
    sim.check()


def test_read_asks_current_and_status_in_one_request():
    """read() sends ``01 04 00 00 00 03`` and scales the first word; the status word marks dynamic."""
    sim = scripted(
        ("01 04 00 00 00 03 B0 0B", "01 04 06 0F A0 00 00 00 00 E0 75"),  # 4000 µA, stable
        ("01 04 00 00 00 03 B0 0B", "01 04 06 4E 20 27 10 00 01 24 0B"),  # 20000 µA, settling
    )
    with talking(sim) as driver:
        first, second = driver.read(), driver.read()
    sim.check()
    assert (first.value, first.status) == (Decimal("4.000"), ReadingStatus.STABLE)
    assert (second.value, second.status) == (Decimal("20.000"), ReadingStatus.DYNAMIC)
    assert first.raw == H("01 04 06 0F A0 00 00 00 00 E0 75")


def test_identify_exchange_and_a_device_without_identity_registers():
    """connect() reads input 16–32 in one request; exception 02 there means "no identity", not a failure."""
    sim = scripted(("01 04 00 10 00 11 31 C3", "01 84 02 C2 C1"))
    with talking(sim) as driver:
        identity = driver.connect()
    sim.check()
    assert identity.describe() == "?"


def test_scripted_bad_crc_wrong_slave_and_wrong_function_replies():
    """Each broken reply raises a protocol error and leaves no value behind."""
    sim = scripted(
        ("01 04 00 00 00 01 31 CA", "01 04 02 01 90 B8 CD"),  # CRC bytes damaged
        ("01 04 00 00 00 01 31 CA", "02 04 02 01 90 FC CC"),  # slave 2 answers
        ("01 04 00 00 00 01 31 CA", "01 03 02 01 90 B9 B8"),  # function 03 for 04
    )
    with talking(sim) as driver:
        for words in ("CRC check failed", "device 1 was asked", "answered function 03"):
            with pytest.raises(InstrumentProtocolError, match=words):
                driver.read_input_registers(0, 1)
        assert len(faults(driver)) == 3
    sim.check()


@pytest.mark.parametrize("code", [1, 2, 3, 4])
def test_scripted_exception_replies(code: int):
    """Each exception code from the wire becomes ModbusExceptionReply with that code."""
    reply = with_crc(bytes([1, 0x86, code])).hex()
    sim = scripted(("01 06 00 01 00 19 19 C0", reply))
    with talking(sim) as driver, pytest.raises(ModbusExceptionReply) as caught:
        driver.write_register(1, 25)
    sim.check()
    assert caught.value.code == code and caught.value.function == 6


def test_scripted_writes_single_and_multiple():
    """Function 06 expects its echo; function 16 the address and quantity written."""
    sim = scripted(
        ("01 06 00 01 00 19 19 C0", "01 06 00 01 00 19 19 C0"),
        ("01 10 00 02 00 02 04 FC 18 13 88 CF 77", "01 10 00 02 00 02 E0 08"),
    )
    with talking(sim) as driver:
        driver.write_settings({"damping": "2.5"})
        driver.set_process_range("-1", "5")
    sim.check()
