"""The serial transport over real pseudo-terminals: complete lines only, bounded memory, faults
recorded, timeouts kept, and a port that disappears and comes back is reopened by itself."""

from __future__ import annotations

import threading
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

import pytest

from aptaskil_desk.errors import InstrumentDisconnected, InstrumentProtocolError, InstrumentTimeout
from aptaskil_desk.instruments.line import LineSettings, parse_line
from aptaskil_desk.instruments.simulators.base import Scenario, Simulator
from aptaskil_desk.instruments.simulators.pty import PtyLine
from aptaskil_desk.instruments.simulators.scripted import ScriptedInstrument
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction

LINE = LineSettings(timeout=0.5)


class Echo(Simulator):
    """Answers ``PING`` with ``PONG`` and anything else with ``?``."""

    kind: ClassVar[str] = "echo"

    def handle(self, request: bytes) -> bytes | None:
        return b"PONG\r\n" if request == b"PING" else b"?\r\n"


def test_an_exchange_returns_the_whole_line_and_records_both_directions():
    """A reply is the complete line with its terminator; the wire log holds TX and RX bytes."""
    with Echo() as sim, Transport(sim.port, LINE) as t:
        assert t.exchange(b"PING") == b"PONG\r\n"
        kinds = [(r.direction, r.data) for r in t.wire.records() if r.direction in (Direction.TX, Direction.RX)]
        assert kinds == [(Direction.TX, b"PING\r\n"), (Direction.RX, b"PONG\r\n")]


def test_a_line_split_across_writes_is_reassembled():
    """Bytes arriving in pieces (even a terminator cut in two) still make one line."""
    pty = PtyLine()
    try:
        with Transport(pty.port, LINE) as t:

            def dribble() -> None:
                for piece in (b"S S  ", b"   100.00 g\r", b"\nnext"):
                    pty.write(piece)
                    time.sleep(0.05)

            thread = threading.Thread(target=dribble)
            thread.start()
            assert t.read_line() == b"S S     100.00 g\r\n"
            thread.join()
            with pytest.raises(InstrumentTimeout) as caught:
                t.read_line(timeout=0.2)
            assert caught.value.partial == b"next"
    finally:
        pty.close()


def test_a_partial_line_then_silence_is_a_timeout_never_a_value():
    """A reply cut short times out within its timeout and is reported as a fault."""
    pty = PtyLine()
    try:
        with Transport(pty.port, LINE) as t:
            pty.write(b"S S     10")
            started = time.monotonic()
            with pytest.raises(InstrumentTimeout):
                t.read_line(timeout=0.3)
            assert time.monotonic() - started < 1.0
            assert any(r.direction is Direction.FAULT and "timeout" in r.note for r in t.wire.records())
    finally:
        pty.close()


def test_a_partial_line_followed_by_a_disconnect_raises_disconnected_quickly():
    """Half a reply, then the cable is pulled: a clear disconnection, within the timeout."""
    pty = PtyLine()
    with Transport(pty.port, LineSettings(timeout=2.0)) as t:
        pty.write(b"S S     10")
        threading.Timer(0.2, pty.unplug).start()
        started = time.monotonic()
        with pytest.raises((InstrumentDisconnected, InstrumentTimeout)):
            t.read_line()
        assert time.monotonic() - started < 2.5
        assert any(r.direction is Direction.FAULT for r in t.wire.records())


def test_ten_megabytes_without_a_terminator_keep_memory_bounded():
    """10 MB of bytes with no terminator: refused as over-long, memory stays flat, and the next
    real line after a terminator is read normally."""
    pty = PtyLine()
    try:
        with Transport(pty.port, LineSettings(timeout=5.0)) as t:
            block = b"x" * 65536

            def flood() -> None:
                for _ in range(160):  # 10 MiB
                    pty.write(block)
                pty.write(b"\r\nPONG\r\n")

            tracemalloc.start()
            thread = threading.Thread(target=flood)
            thread.start()
            refused = 0
            while True:
                try:
                    line = t.read_line()
                    break
                except InstrumentProtocolError:
                    refused += 1
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            thread.join()
            assert line == b"PONG\r\n"
            assert refused == 1
            assert peak < 2 * 1024 * 1024, f"peak {peak} bytes"
    finally:
        pty.close()


def test_garbage_between_replies_is_skipped_by_line_not_lost():
    """Garbage bytes ending in a terminator form their own line; the next read gets the reply."""
    sim = Echo(Scenario(garbage_every=1))
    with sim, Transport(sim.port, LINE) as t:
        t.write(b"PING\r\n")
        first = t.read_line()
        assert first != b"PONG\r\n"
        assert t.read_line() == b"PONG\r\n"


def test_unplug_and_replug_reconnects_by_itself(tmp_path: Path):
    """The instrument disappears and comes back under the same link: reconnect() reopens it."""
    link = tmp_path / "ttyBALANCE"
    sim = Echo(link=link)
    with sim, Transport(str(link), LINE) as t:
        assert t.exchange(b"PING") == b"PONG\r\n"
        sim.unplug()
        with pytest.raises((InstrumentDisconnected, InstrumentTimeout)):
            t.exchange(b"PING")
        threading.Timer(0.5, sim.replug).start()
        assert t.reconnect(within=5.0)
        assert t.exchange(b"PING") == b"PONG\r\n"
        notes = [r.note for r in t.wire.records() if r.direction is Direction.EVENT]
        assert any("reconnected" in n for n in notes)


def test_reconnect_gives_up_after_its_time():
    """A port that never comes back: reconnect returns False within its time budget."""
    t = Transport("/dev/aptaskil-no-such-port", LINE)
    started = time.monotonic()
    assert t.reconnect(within=0.5) is False
    assert time.monotonic() - started < 1.5


def test_scripted_instrument_checks_every_exchange():
    """The scripted instrument fails the test when a scripted exchange is missing or unexpected."""
    sim = ScriptedInstrument([(b"A", b"1\r\n"), (b"B", b"2\r\n")])
    with sim, Transport(sim.port, LINE) as t:
        assert t.exchange(b"A") == b"1\r\n"
        with pytest.raises(AssertionError, match="unused"):
            sim.check()
        with pytest.raises(InstrumentTimeout):
            t.exchange(b"C", timeout=0.3)
        with pytest.raises(AssertionError, match="unexpected"):
            sim.check()


def test_line_settings_parse_and_describe():
    """``9600,8N1`` style settings are read and refused clearly when malformed."""
    line = parse_line("1200,7O1")
    assert (line.baudrate, line.bytesize, line.parity, line.stopbits) == (1200, 7, "O", 1.0)
    assert line.framing == "7O1"
    assert parse_line("115200", line).framing == "7O1"
    with pytest.raises(Exception, match="not understood"):
        parse_line("fast")


def test_a_simulated_port_starts_its_simulator_for_as_long_as_the_transport_is_open():
    """``sim://mt-sics`` opens a simulated balance (at 8N1 whatever the driver's framing) and
    closing the transport stops it."""
    from aptaskil_desk.instruments.drivers.mtsics import MtSicsBalance
    from aptaskil_desk.instruments.simulated import transport_for

    transport = transport_for("sim://mt-sics?value=12.5", MtSicsBalance.line)
    balance = MtSicsBalance(transport)
    try:
        balance.connect()
        reading = balance.read()
        assert reading.unit == "g" and reading.value is not None and abs(reading.value - Decimal("12.5")) < 1
    finally:
        balance.close()
    assert not transport.is_open
