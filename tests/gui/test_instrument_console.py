"""The instrument console against a simulated MT-SICS balance on a real pseudo-terminal: the live
value and the bytes both ways, unplugging and replugging, the wire monitor's model, the
overdue-calibration banner, and recording a reading through the real service on both databases."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import SystemClock
from aptaskil_desk.instruments.reading import ReadingStatus
from aptaskil_desk.instruments.simulators.base import Scenario
from aptaskil_desk.instruments.simulators.mtsics import MtSicsSimulator
from aptaskil_desk.instruments.wire import Direction, WireRecord
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.instruments import InstrumentService
from aptaskil_desk.ui.i18n import UiTranslators
from aptaskil_desk.ui.instruments import wire_monitor as wm
from aptaskil_desk.ui.instruments.console import InstrumentConsole
from aptaskil_desk.ui.instruments.pages import instrument_pages
from aptaskil_desk.ui.instruments.reading_panel import LineState
from aptaskil_desk.ui.staff.area import StaffArea
from aptaskil_desk.ui.style import load_stylesheet
from aptaskil_desk.ui.workers import JobRunner
from tests.conftest import T0
from tests.gui.helpers import ARTIFACTS, PASSWORD, in_language

TODAY = T0.date()
SERIAL = "B021002593"  # what the simulated balance reports (I4)
PTY_LINE = "9600,8N1"  # a pseudo-terminal holds 8N1 only; MT-SICS is 8N1 anyway


@pytest.fixture
def instruments(ctx: AppContext) -> InstrumentService:
    return ctx.instruments


@pytest.fixture
def jobs(qtbot: Any) -> Iterator[JobRunner]:
    runner = JobRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def technician(ctx: AppContext) -> StaffInfo:
    return ctx.accounts.add_user(ctx.system_actor(), "jfdhondt", "Jean-François", "D'Hondt", ["technician"], PASSWORD)


@pytest.fixture
def balance(tmp_path: Path) -> Iterator[MtSicsSimulator]:
    """A simulated XS205 with 100.00 g on the pan, reachable at a stable link path."""
    sim = MtSicsSimulator(Scenario(settle_seconds=2.0), value="100.00", link=tmp_path / "ttyBAL")
    sim.start()
    yield sim
    sim.stop()


@pytest.fixture
def open_console(
    ctx: AppContext, qtbot: Any, jobs: JobRunner, instruments: InstrumentService, technician: StaffInfo
) -> Iterator[Callable[..., InstrumentConsole]]:
    """Consoles shown at the staff area's page size, opened for the technician; shut down afterwards."""
    consoles: list[InstrumentConsole] = []

    def build(context: AppContext | None = None) -> InstrumentConsole:
        console = InstrumentConsole(context or ctx, jobs, instruments, interval_s=0.05)
        qtbot.addWidget(console)
        consoles.append(console)
        console.resize(980, 690)
        with qtbot.waitExposed(console):
            console.show()
        with qtbot.waitSignal(console.instruments_listed, timeout=10_000):
            console.set_staff(technician)
        return console

    yield build
    for console in consoles:
        console.shutdown()


def register(ctx: AppContext, instruments: InstrumentService, code: str, port: str, *, serial: str = SERIAL,
             due: Any = TODAY + timedelta(days=30)) -> None:  # fmt: skip
    instruments.register(ctx.system_actor(), code, f"Balance {code}", "mt-sics", port=port, line=PTY_LINE,
                         serial_number=serial, calibration_due=due)  # fmt: skip


def connect(qtbot: Any, console: InstrumentConsole) -> None:
    with qtbot.waitSignal(console.instrument_connected, timeout=10_000):
        assert console.connect_instrument()


def shows(console: InstrumentConsole, text: str, status: ReadingStatus) -> bool:
    reading = console.panel.reading
    return console.panel.value_label.text() == text and reading is not None and reading.status is status


def rows(console: InstrumentConsole, direction: Direction) -> list[bytes]:
    return [r.data for r in console.wire.model.records() if r.direction is direction]


def test_live_value_identity_plot_and_the_bytes_both_ways(open_console, balance, qtbot):
    """A new balance brought up by port, driver and line: its weight shows live, the wire monitor holds
    the SI commands and the balance's replies byte for byte (hex and text), and Disconnect ends the thread."""
    console = open_console()
    assert console.form.choose_instrument(None)
    console.form.set_port(balance.port)
    console.form.choose_driver("mt-sics")
    assert console.form.line_edit.text() == "9600,8N1"  # the driver's factory line
    connect(qtbot, console)
    qtbot.waitUntil(lambda: shows(console, "100.00 g", ReadingStatus.STABLE), timeout=5000)
    assert console.panel.status_label.text() == "✔ Stable"
    assert console.panel.state_label.text() == "✔ Connected"
    assert "XS205" in console.panel.identity_label.text() and SERIAL in console.panel.identity_label.text()
    assert console.panel.time_label.text().startswith("Last reading at ")
    assert not console.record_button.isEnabled()  # not a registered instrument: nothing to record it against

    balance.set_value("-12.34")
    qtbot.waitUntil(lambda: shows(console, "-12.34 g", ReadingStatus.STABLE), timeout=8000)
    qtbot.waitUntil(lambda: console.plot.visible_points() >= 3, timeout=3000)

    qtbot.waitUntil(lambda: b"S S     -12.34 g\r\n" in rows(console, Direction.RX), timeout=3000)
    assert b"SI\r\n" in rows(console, Direction.TX)
    received = rows(console, Direction.RX)
    assert b"S S     100.00 g\r\n" in received and b"S S     -12.34 g\r\n" in received
    assert any(data.startswith(b"S D ") for data in received)  # settling after the change: dynamic
    model = console.wire.model
    tx_row = next(i for i, r in enumerate(model.records()) if r.direction is Direction.TX and r.data == b"SI\r\n")
    assert model.data(model.index(tx_row, wm.COL_HEX)) == "53 49 0D 0A"
    assert model.data(model.index(tx_row, wm.COL_TEXT)) == "SI<CR><LF>"
    assert model.data(model.index(tx_row, wm.COL_DIRECTION)) == "→ sent"

    with qtbot.waitSignal(console.instrument_stopped, timeout=10_000):
        qtbot.mouseClick(console.form.disconnect_button, Qt.MouseButton.LeftButton)
        assert console.panel.state_label.text() == "Disconnecting…"  # asked, not waited for
    assert console.panel.state is LineState.IDLE and console.form.connect_button.isEnabled()
    assert console.panel.value_label.text() == "—"


def test_wrong_driver_shows_why_and_the_bytes_that_came_back(open_console, balance, qtbot):
    """Bringing up the balance with the multimeter driver: no value, the read failure in words, and the
    wire monitor shows the SCPI commands sent and the balance's ES (syntax error) replies."""
    console = open_console()
    console.form.choose_instrument(None)
    console.form.set_port(balance.port)
    console.form.choose_driver("scpi-dmm")
    assert console.form.line_edit.text() == "9600,7E2"  # the 34401A's factory line, refused by a pty
    console.form.line_edit.setText(PTY_LINE)
    assert console.connect_instrument()
    qtbot.waitUntil(lambda: console.panel.detail_label.text().startswith("Last read failed: "), timeout=15_000)
    assert console.panel.state is LineState.CONNECTING and console.panel.value_label.text() == "—"
    qtbot.waitUntil(lambda: b"ES\r\n" in rows(console, Direction.RX), timeout=3000)
    assert any(data.startswith(b"*IDN?") for data in rows(console, Direction.TX))
    assert not console.record_button.isEnabled()
    with qtbot.waitSignal(console.instrument_stopped, timeout=15_000):
        console.disconnect_instrument()


def test_unplugged_balance_is_shown_disconnected_then_comes_back(open_console, balance, qtbot):
    """Unplugging shows the line lost and no value (nothing to record); replugging reads again by itself."""
    console = open_console()
    console.form.choose_instrument(None)
    console.form.set_port(balance.port)
    connect(qtbot, console)
    qtbot.waitUntil(lambda: shows(console, "100.00 g", ReadingStatus.STABLE), timeout=5000)
    balance.unplug()
    qtbot.waitUntil(lambda: console.panel.state is LineState.LOST, timeout=5000)
    assert console.panel.state_label.text() == "⚠ Disconnected: waiting for the instrument to come back"
    assert console.panel.value_label.text() == "—" and not console.record_button.isEnabled()
    balance.set_value("42.00")
    with qtbot.waitSignal(console.instrument_connected, timeout=15_000):
        balance.replug()
    qtbot.waitUntil(lambda: shows(console, "42.00 g", ReadingStatus.STABLE), timeout=8000)
    assert console.panel.state is LineState.CONNECTED
    console.wire.flush()
    assert any(r.direction is Direction.EVENT and "reconnected" in r.note for r in console.wire.model.records())


def test_leaving_the_page_or_locking_the_area_stops_the_instrument(open_console, balance, qtbot):
    """Hiding the page asks the thread to end (the GUI does not wait); locking the area does too and
    forgets what was shown; closing waits for the thread."""
    console = open_console()
    console.form.choose_instrument(None)
    console.form.set_port(balance.port)
    connect(qtbot, console)
    with qtbot.waitSignal(console.instrument_stopped, timeout=10_000):
        console.hide()
    assert console.panel.state is LineState.IDLE
    console.show()
    connect(qtbot, console)
    qtbot.waitUntil(lambda: console.wire.model.rowCount() > 0, timeout=3000)
    with qtbot.waitSignal(console.instrument_stopped, timeout=10_000):
        console.set_staff(None)
    assert console.wire.model.rowCount() == 0 and console.form.instrument_combo.count() == 1
    connect(qtbot, console)
    console.close()  # waits for the thread: nothing left running behind a closed window
    assert (console.panel.state, console.connected) == (LineState.IDLE, False)


def _record(n: int, direction: Direction = Direction.RX) -> WireRecord:
    return WireRecord(datetime(2026, 11, 25, 8, 15, n, tzinfo=UTC), direction, f"S S {n:>10} g\r\n".encode())


def test_wire_model_passes_the_model_tester_through_overflow_pause_and_clear(qtmodeltester, qtbot):
    """The bounded ring keeps the newest records, holds them while paused, and keeps Qt's model rules."""
    model = wm.WireTableModel(capacity=5)
    qtmodeltester.check(model)
    model.append([_record(n) for n in range(3)])
    model.append([_record(n) for n in range(3, 7)])  # two oldest fall off
    qtmodeltester.check(model)
    assert [r.at.second for r in model.records()] == [2, 3, 4, 5, 6]
    assert model.data(model.index(0, wm.COL_TIME)) == "09:15:02.000"  # Brussels time
    assert model.data(model.index(0, wm.COL_DIRECTION)) == "← received"
    model.set_paused(True)
    model.append([_record(7), WireRecord(T0, Direction.FAULT, b"\x13#", "unexpected line skipped")])
    assert model.rowCount() == 5 and model.held == 2
    model.set_paused(False)
    qtmodeltester.check(model)
    assert model.held == 0 and model.record(4).direction is Direction.FAULT
    assert model.data(model.index(4, wm.COL_TEXT)) == "unexpected line skipped: <XOFF>#"
    assert model.data(model.index(4, wm.COL_DIRECTION)) == "⚠ fault"
    model.append([_record(n) for n in range(20)])  # more than the capacity at once
    assert [r.at.second for r in model.records()] == [15, 16, 17, 18, 19]
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_wire_monitor_pause_clear_and_columns(qtbot):
    """Pause holds new bytes and says how many; one of hex and text always stays shown."""
    monitor = wm.WireMonitor(capacity=50)
    qtbot.addWidget(monitor)
    monitor.add_records([_record(1)])
    qtbot.waitUntil(lambda: monitor.model.rowCount() == 1, timeout=1000)  # within 100 ms
    qtbot.mouseClick(monitor.pause_button, Qt.MouseButton.LeftButton)
    monitor.add_records([_record(2), _record(3)])
    monitor.flush()
    assert monitor.model.rowCount() == 1 and monitor.held_label.text() == "Paused: 2 new records held"
    qtbot.mouseClick(monitor.pause_button, Qt.MouseButton.LeftButton)
    assert monitor.model.rowCount() == 3 and monitor.held_label.text() == ""
    qtbot.mouseClick(monitor.hex_button, Qt.MouseButton.LeftButton)
    assert monitor.table.isColumnHidden(wm.COL_HEX) and not monitor.table.isColumnHidden(wm.COL_TEXT)
    qtbot.mouseClick(monitor.text_button, Qt.MouseButton.LeftButton)  # would leave no bytes: hex comes back
    assert not monitor.table.isColumnHidden(wm.COL_HEX) and monitor.table.isColumnHidden(wm.COL_TEXT)
    qtbot.mouseClick(monitor.clear_button, Qt.MouseButton.LeftButton)
    assert monitor.model.rowCount() == 0


def test_stable_reading_of_a_registered_balance_is_recorded_and_a_moving_one_is_not_offered(
    ctx, instruments, open_console, balance, qtbot
):
    """The button records the stable reading on screen, raw bytes and all; while the load settles it is off."""
    register(ctx, instruments, "BAL-01", balance.port)
    console = open_console()
    assert console.form.asset_code == "BAL-01" and console.form.port_path() == balance.port
    assert not console.form.driver_combo.isEnabled() and console.form.calibration_banner.isHidden()
    connect(qtbot, console)
    qtbot.waitUntil(lambda: shows(console, "100.00 g", ReadingStatus.STABLE), timeout=5000)
    qtbot.waitUntil(console.record_button.isEnabled, timeout=2000)
    with qtbot.waitSignal(console.reading_recorded, timeout=10_000) as recorded:
        qtbot.mouseClick(console.record_button, Qt.MouseButton.LeftButton)
    info = recorded.args[0]
    assert (info.value, info.raw, info.calibration_ok) == (Decimal("100.00"), b"S S     100.00 g\r\n", True)
    assert console.banner.message.startswith("Recorded for BAL-01: 100.00 g, read at ")
    assert [r.reading_uuid for r in instruments.readings("BAL-01")] == [info.reading_uuid]

    balance.set_value("150.00")
    qtbot.waitUntil(lambda: console.panel.reading is not None
                    and console.panel.reading.status is ReadingStatus.DYNAMIC, timeout=5000)  # fmt: skip
    assert console.panel.status_label.text() == "≈ Not stable yet"
    assert not console.record_button.isEnabled() and not console.record_reading()
    assert len(instruments.readings("BAL-01")) == 1


def test_overdue_calibration_is_shown_and_its_reading_recorded_as_not_gmp_evidence(
    ctx, instruments, open_console, balance, qtbot
):
    """Choosing an instrument past its calibration date shows the banner; its reading is stored, flagged."""
    register(ctx, instruments, "BAL-OLD", balance.port, due=TODAY - timedelta(days=3))
    console = open_console()
    assert console.form.choose_instrument("BAL-OLD")
    assert console.form.calibration_banner.isVisible()
    assert console.form.calibration_banner.message == (
        "Calibration overdue since 22/11/2026: readings from this instrument are not usable as GMP evidence."
    )
    connect(qtbot, console)
    qtbot.waitUntil(console.record_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(console.reading_recorded, timeout=10_000) as recorded:
        qtbot.mouseClick(console.record_button, Qt.MouseButton.LeftButton)
    assert recorded.args[0].calibration_ok is False
    assert console.banner.message.endswith("Instrument not in calibration when read: not usable as GMP evidence.")
    assert [r.calibration_ok for r in instruments.readings("BAL-OLD")] == [False]


def test_another_serial_number_is_warned_and_its_reading_refused(ctx, instruments, open_console, balance, qtbot):
    """A registered code whose serial differs from the balance on the line: warned at once, refused by the
    service when recording, nothing stored."""
    register(ctx, instruments, "BAL-02", balance.port, serial="X9999")
    console = open_console()
    connect(qtbot, console)
    assert console.banner.message.startswith("This instrument reports serial number B021002593, but BAL-02")
    qtbot.waitUntil(console.record_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(console.record_refused, timeout=10_000) as refused:
        qtbot.mouseClick(console.record_button, Qt.MouseButton.LeftButton)
    assert "reports serial number B021002593, but BAL-02 is registered with X9999" in refused.args[0]
    assert console.banner.message == refused.args[0]
    assert instruments.readings("BAL-02") == []


def test_bad_connection_input_changes_nothing_and_says_why(open_console, qtbot):
    """No port, or line settings that mean nothing: a clear message, no thread started."""
    console = open_console()
    console.form.choose_instrument(None)
    console.form.set_port("")
    assert not console.connect_instrument()
    assert console.banner.message == "Choose the serial port or type its path."
    console.form.set_port("/dev/ttyUSB7")
    console.form.line_edit.setText("9600 baud")
    assert not console.connect_instrument()
    assert "not understood" in console.banner.message
    assert console.panel.state is LineState.IDLE and console.form.disconnect_button.isEnabled() is False


def _staff_area(ctx: AppContext, jobs: JobRunner, qtbot: Any) -> tuple[StaffArea, InstrumentConsole]:
    """The real staff area with the instrument pages wired as the main window wires them."""
    area = StaffArea(ctx.terminal)
    area.setStyleSheet(load_stylesheet())
    [spec] = instrument_pages(ctx, jobs)
    area.add_page(spec.key, spec.title, spec.widget, spec.permission)
    area.staff_changed.connect(spec.widget.set_staff)
    qtbot.addWidget(area)
    return area, spec.widget


def test_the_page_is_for_those_who_record_in_logbooks(ctx, jobs, technician, qtbot):
    """Technicians and instructors see the console (RECORD_LOGBOOK); quality assurance does not."""
    area, console = _staff_area(ctx, jobs, qtbot)
    try:
        instructor = ctx.accounts.add_user(ctx.system_actor(), "mdubois", "Marc", "Dubois", ["instructor"], PASSWORD)
        qa = ctx.accounts.add_user(ctx.system_actor(), "qa", "Nguyễn Thị", "Ánh", ["qa"], PASSWORD)
        for staff, sees in ((technician, True), (instructor, True), (qa, False)):
            area.set_staff(staff)
            assert ("instruments" in area.visible_keys()) is sees
        assert console.title() == "Instruments"
    finally:
        area.set_staff(None)
        console.shutdown()


def test_screenshot_of_the_console_in_the_staff_area(ctx, instruments, jobs, technician, tmp_path, qtbot):
    """The French console in the staff area at 1280×800, reading a noisy simulated balance, as PNG; then the
    overdue-calibration banner of another balance."""
    sim = MtSicsSimulator(Scenario(seed=3, noise=Decimal("0.02"), settle_seconds=1.0), value="49.98",
                          link=tmp_path / "ttyBAL")  # fmt: skip
    translators = UiTranslators("fr")
    french = dataclasses.replace(in_language(ctx, "fr"), clock=SystemClock())  # a plot needs time to pass
    area, console = _staff_area(french, jobs, qtbot)
    try:
        sim.start()
        register(ctx, instruments, "BAL-01", sim.port)
        area.resize(1280, 800)
        with qtbot.waitExposed(area):
            area.show()
        with qtbot.waitSignal(console.instruments_listed, timeout=10_000):
            area.set_staff(technician)
        assert area.show_page("instruments")
        qtbot.mouseClick(console.plot.window_buttons[1], Qt.MouseButton.LeftButton)
        assert console.plot.window_minutes == 1
        connect(qtbot, console)
        qtbot.waitUntil(lambda: console.plot.visible_points() >= 15, timeout=10_000)
        sim.set_value("100.02")
        qtbot.waitUntil(lambda: console.panel.reading is not None and console.panel.reading.usable
                        and console.panel.reading.value is not None and console.panel.reading.value > 99,
                        timeout=10_000)  # fmt: skip
        qtbot.waitUntil(lambda: console.plot.visible_points() >= 40, timeout=10_000)
        qtbot.wait(300)  # one more redraw of the plot
        assert console.record_button.text() == "Enregistrer cette mesure"  # French on screen
        assert console.panel.status_label.text() == "✔ Stable" and console.panel.state_label.text() == "✔ Connecté"
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"instrument-console-{ctx.db.dialect}.png"
        assert area.grab().save(str(path))
        assert path.stat().st_size > 10_000
        register(ctx, instruments, "BAL-OLD", sim.port, due=TODAY - timedelta(days=40))
        with qtbot.waitSignal(console.instrument_stopped, timeout=10_000):
            qtbot.mouseClick(console.form.disconnect_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(console.instruments_listed, timeout=10_000):
            console.refresh()
        assert console.form.choose_instrument("BAL-OLD") and console.form.calibration_banner.isVisible()
        assert console.form.calibration_banner.message == (
            "Étalonnage échu depuis le 16/10/2026 : les mesures de cet instrument sont inutilisables comme preuve BPF."
        )
        assert area.grab().save(str(ARTIFACTS / f"instrument-console-overdue-{ctx.db.dialect}.png"))
    finally:
        console.shutdown()
        translators.remove()
        sim.stop()
