"""The instrument worker thread: readings and wire records reach the GUI thread in batches, and an
instrument unplugged and plugged back is reconnected without the GUI doing anything."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import ClassVar

from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus
from aptaskil_desk.instruments.simulators.base import Simulator
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction, WireRecord
from aptaskil_desk.ui.instruments.worker import InstrumentLink


class Counter(Simulator):
    """``ID?`` → ``COUNTER``; ``V?`` → the next whole number."""

    kind: ClassVar[str] = "counter"

    def __init__(self, link: Path) -> None:
        super().__init__(link=link)
        self.n = 0

    def handle(self, request: bytes) -> bytes | None:
        if request == b"ID?":
            return b"COUNTER\r\n"
        self.n += 1
        return f"{self.n}\r\n".encode()


class CounterDriver(Driver):
    name: ClassVar[str] = "counter"

    def identify(self) -> InstrumentIdentity:
        return InstrumentIdentity(model=self.transport.exchange(b"ID?").decode().strip())

    def read(self) -> Reading:
        raw = self.transport.exchange(b"V?")
        return self.reading(Decimal(raw.decode().strip()), "", ReadingStatus.STABLE, raw)


def test_readings_and_wire_records_arrive_and_a_replugged_instrument_comes_back(qtbot, tmp_path):
    """Values flow to the GUI thread; unplugging is reported and reading resumes after replugging."""
    sim = Counter(tmp_path / "ttyCOUNTER").start()
    line = LineSettings(timeout=0.5)
    link = InstrumentLink(lambda: CounterDriver(Transport(sim.port, line)), interval_s=0.01)
    readings: list[Reading] = []
    wire: list[WireRecord] = []
    link.readings_received.connect(readings.extend)
    link.wire_recorded.connect(wire.extend)
    try:
        with qtbot.waitSignal(link.connected, timeout=5000) as identified:
            link.start()
        assert identified.args[0].model == "COUNTER"
        qtbot.waitUntil(lambda: len(readings) >= 5, timeout=5000)
        values = [r.value for r in readings if r.value is not None]
        assert len(values) == len(readings)
        assert values == sorted(values) and values[0] == 1
        assert any(r.direction is Direction.TX and r.data == b"V?\r\n" for r in wire)
        with qtbot.waitSignal(link.disconnected, timeout=5000):
            sim.unplug()
        count = len(readings)
        with qtbot.waitSignal(link.connected, timeout=10000):
            sim.replug()
        qtbot.waitUntil(lambda: len(readings) > count + 2, timeout=5000)
    finally:
        assert link.stop()
        sim.stop()


def test_faults_reach_the_gui_in_the_people_s_language(qtbot, tmp_path):
    """With a French translator the disconnection is said in French, port named."""
    from aptaskil_desk.i18n import Translator

    sim = Counter(tmp_path / "ttyCOUNTER").start()
    link = InstrumentLink(
        lambda: CounterDriver(Transport(sim.port, LineSettings(timeout=0.5))), interval_s=0.01,
        messages=Translator("fr"),
    )  # fmt: skip
    try:
        with qtbot.waitSignal(link.connected, timeout=5000):
            link.start()
        with qtbot.waitSignal(link.disconnected, timeout=5000) as lost:
            sim.unplug()
        text = lost.args[0]
        assert "a été déconnecté" in text and str(tmp_path / "ttyCOUNTER") in text, text
    finally:
        assert link.stop()
        sim.stop()
