"""The exercise screens driven like a person would, against simulated instruments on real
pseudo-terminals and the real instrument service on both databases: a 4–20 mA loop calibration read
from a SCPI multimeter (one point off tolerance, one NAMUR NE 43 failure current), the same read
from a Modbus conditioner, typed by hand, and a USP <41> balance check from an MT-SICS balance.
What the screens show is then read back from the database. French screenshots go to test-artifacts/."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import SystemClock
from aptaskil_desk.instruments.reading import ReadingStatus
from aptaskil_desk.instruments.simulators.base import Scenario
from aptaskil_desk.instruments.simulators.modbus import ModbusSimulator
from aptaskil_desk.instruments.simulators.mtsics import MtSicsSimulator
from aptaskil_desk.instruments.simulators.scpi_dmm import MultimeterSimulator
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.i18n import UiTranslators
from aptaskil_desk.ui.instruments import exercise_weighings as wt
from aptaskil_desk.ui.instruments.exercise_balance import BalanceCheckScreen
from aptaskil_desk.ui.instruments.exercise_loop import LoopCalibrationScreen
from aptaskil_desk.ui.instruments.exercise_loop_points import FOUND, LEFT, current_ma
from aptaskil_desk.ui.instruments.exercise_pages import exercise_pages
from aptaskil_desk.ui.staff.area import StaffArea
from aptaskil_desk.ui.style import load_stylesheet
from aptaskil_desk.ui.workers import JobRunner
from tests.conftest import T0
from tests.gui.helpers import ARTIFACTS, PASSWORD, Seeded, in_language, seed_centre

PTY_LINE = "9600,8N1"  # a pseudo-terminal holds 8N1 only (the 34401A's own line is 7E2)
DUE = T0.date() + timedelta(days=60)

#: As found: +0.125, +0.3125, +0.625 (beyond ±0.5), +0.25 % of span, and 3.5 mA at 100 %: a NE 43 failure.
AS_FOUND_A = ("0.00402", "0.00805", "0.0121", "0.01604", "0.0035")
AS_FOUND_ERRORS = ("+0.1250 %", "+0.3125 %", "+0.6250 %", "+0.2500 %", "-103.1250 %")
#: As left, after adjustment: every point within ±0.5 % (0.001 mA is 0.00625 %, kept to 0.0062, half even).
AS_LEFT_A = ("0.004001", "0.008002", "0.011998", "0.016003", "0.020004")
AS_LEFT_ERRORS = ("+0.0062 %", "+0.0125 %", "-0.0125 %", "+0.0188 %", "+0.0250 %")

#: Ten weighings of a 100.00 g test weight: mean 100.001 g, s = √(0.00129 / 9) g = 0.01197… g,
#: 2s/m = 0.0239… % → 0.02 %, accuracy |100.001 − 100| / 100 = 0.001 % → 0.00 %: both pass.
WEIGHINGS = ("100.00", "100.01", "99.99", "100.02", "100.00", "99.98", "100.01", "100.00", "100.01", "99.99")


@pytest.fixture
def jobs(qtbot: Any) -> Iterator[JobRunner]:
    runner = JobRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def technician(ctx: AppContext) -> StaffInfo:
    return ctx.accounts.add_user(ctx.system_actor(), "jfdhondt", "Jean-François", "D'Hondt", ["technician"], PASSWORD)


@pytest.fixture
def seeded(ctx: AppContext) -> Seeded:
    return seed_centre(ctx)


@pytest.fixture
def french() -> Iterator[None]:
    translators = UiTranslators("fr")
    yield
    translators.remove()


@pytest.fixture
def open_in_area(qtbot: Any, technician: StaffInfo) -> Iterator[Callable[[Any], StaffArea]]:
    """Show a screen as the staff area's page at 1280×800, opened for the technician; shut down afterwards."""
    screens: list[Any] = []
    areas: list[StaffArea] = []  # held here: an area Python lets go of takes its page with it

    def build(screen: Any) -> StaffArea:
        area = StaffArea("TEST-TERM-1")
        areas.append(area)
        area.setStyleSheet(load_stylesheet())
        area.add_page("exercise", screen.title(), screen)
        area.staff_changed.connect(screen.set_staff)
        qtbot.addWidget(area)
        screens.append(screen)
        area.resize(1280, 800)
        with qtbot.waitExposed(area):
            area.show()
        with (
            qtbot.waitSignal(screen.picker.listed, timeout=10_000),
            qtbot.waitSignal(screen.source.instruments_listed, timeout=10_000),
        ):
            area.set_staff(technician)
        assert area.show_page("exercise")
        return area

    yield build
    for screen in screens:
        screen.shutdown()


def learner_id(ctx: AppContext, given_name: str) -> int:
    return next(p.id for p in ctx.people.list_learners() if p.given_name == given_name)


def choose_learner(qtbot: Any, screen: Any, search: str, person_id: int) -> None:
    """Type part of a name (without its diacritics), then pick the learner."""
    screen.picker.search_edit.clear()
    qtbot.keyClicks(screen.picker.search_edit, search)
    assert screen.picker.choose_learner(person_id)


def connect(qtbot: Any, screen: Any, code: str) -> None:
    assert screen.source.choose(code)
    with qtbot.waitSignal(screen.source.instrument_connected, timeout=10_000):
        qtbot.mouseClick(screen.source.connect_button, Qt.MouseButton.LeftButton)


def click(qtbot: Any, button: QWidget) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settle_on(qtbot: Any, screen: Any, value: Callable[[Any], Decimal | None], wanted: str) -> None:
    """Wait for a moving (dynamic) reading, then for the stable ``wanted`` one."""
    qtbot.waitUntil(lambda: screen.source.latest is not None
                    and screen.source.latest.status is ReadingStatus.DYNAMIC, timeout=5000)  # fmt: skip
    qtbot.waitUntil(lambda: (r := screen.source.stable_reading()) is not None and value(r) == Decimal(wanted),
                    timeout=8000)  # fmt: skip


def capture_series(qtbot: Any, screen: LoopCalibrationScreen, sim: Any, key: str, values: tuple[str, ...],
                   to_ma: Callable[[str], str]) -> None:  # fmt: skip
    panel = screen.panels[key]
    for index, value in enumerate(values):
        sim.set_value(value)
        qtbot.waitUntil(lambda: not panel.rows[0].capture.isEnabled(), timeout=5000)  # moving: no capture
        settle_on(qtbot, screen, current_ma, to_ma(value))
        click(qtbot, panel.rows[index].capture)
        entry = panel.entries[index]
        assert entry is not None and entry.measured_ma == Decimal(to_ma(value)) and not entry.by_hand


def amps_to_ma(value: str) -> str:
    return str(Decimal(value) * 1000)


def save(area: StaffArea, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    assert area.grab().save(str(path))
    assert path.stat().st_size > 10_000


def texts(screen: LoopCalibrationScreen, key: str, column: str) -> list[str]:
    return [getattr(row, column).text() for row in screen.panels[key].rows]


def test_loop_calibration_read_from_a_multimeter_is_judged_on_screen_and_recorded(
    ctx, seeded, french, jobs, open_in_area, qtbot, tmp_path
):
    """As found with one point off tolerance and a 3.5 mA NE 43 failure current, as left within
    tolerance: the French screen shows the domain's errors, verdicts and reasons, and the recorded
    result read back from the database says the same."""
    sim = MultimeterSimulator(Scenario(settle_seconds=0.4), value="0.004", link=tmp_path / "ttyDMM").start()
    try:
        ctx.instruments.register(ctx.system_actor(), "DMM-01", "Multimètre HP 34401A", "scpi-dmm", port=sim.port,
                                 line=PTY_LINE, calibration_due=DUE)  # fmt: skip
        screen = LoopCalibrationScreen(in_language(ctx, "fr"), jobs, interval_s=0.05)
        area = open_in_area(screen)
        person = learner_id(ctx, "Łukasz")
        choose_learner(qtbot, screen, "lukasz", person)
        assert screen.picker.session_code == seeded.running  # the one session running in this room
        screen.lower_edit.setText("0")
        screen.upper_edit.setText("10")
        screen.unit_edit.setText("bar")
        assert screen.tolerance_edit.text() == "0.5"  # the default
        assert texts(screen, FOUND, "point")[2] == "50 %\n5 bar"
        assert texts(screen, FOUND, "expected") == ["4.000 mA", "8.000 mA", "12.000 mA", "16.000 mA", "20.000 mA"]
        connect(qtbot, screen, "DMM-01")

        capture_series(qtbot, screen, sim, FOUND, AS_FOUND_A, amps_to_ma)
        assert texts(screen, FOUND, "error") == list(AS_FOUND_ERRORS)
        assert texts(screen, FOUND, "verdict") == ["✔ Conforme", "✔ Conforme", "✖ Hors tolérance", "✔ Conforme",
                                                   "⚠ Signal de défaut"]  # fmt: skip
        rows = screen.panels[FOUND].rows
        assert rows[2].verdict.property("tone") == "fail" and rows[4].verdict.property("tone") == "alarm"
        assert rows[2].note.text() == "Erreur de 0.6250 % de l'étendue, au-delà de la tolérance de ±0.5 %."
        assert "3.50000000 mA" in rows[4].note.text() and "NE 43" in rows[4].note.text()
        assert screen.summary.result_label.text() == "Résultat : ✖ Non conforme"
        assert screen.summary.note_label.text() == "Jugé sur la série avant réglage."
        save(area, f"exercise-loop-as-found-{ctx.db.dialect}.png")

        click(qtbot, screen.series_buttons[LEFT])
        capture_series(qtbot, screen, sim, LEFT, AS_LEFT_A, amps_to_ma)
        assert texts(screen, LEFT, "error") == list(AS_LEFT_ERRORS)
        assert set(texts(screen, LEFT, "verdict")) == {"✔ Conforme"}
        found_cells, left_cells = screen.summary.cells[FOUND], screen.summary.cells[LEFT]
        assert [c.text() for c in found_cells] == ["5 / 5", "-103.1250 %", "✖ Non conforme"]
        assert [c.text() for c in left_cells] == ["5 / 5", "+0.0250 %", "✔ Conforme"]
        assert screen.summary.result_label.text() == "Résultat : ✔ Conforme"
        assert screen.summary.note_label.text() == "Jugé sur la série après réglage."

        with qtbot.waitSignal(screen.result_recorded, timeout=10_000) as recorded:
            click(qtbot, screen.record_button)
        assert screen.banner.message == "Enregistré pour Łukasz Wiśniewski : ✔ Conforme."
        save(area, f"exercise-loop-{ctx.db.dialect}.png")
        assert recorded.args[0].verdict == "pass"
    finally:
        sim.stop()

    (stored,) = ctx.instruments.exercise_results(person_id=person)
    assert (stored.kind, stored.verdict, stored.session_code, stored.instruments) == (
        "loop_calibration", "pass", seeded.running, ("DMM-01",))  # fmt: skip
    assert stored.inputs["tolerance_percent"] == "0.5"
    assert stored.inputs["range"] == {"lower": "0", "upper": "10", "unit": "bar"}
    assert [p["measured_ma"] for p in stored.inputs["as_found"]] == [
        "4.02000000", "8.05000000", "12.1000000", "16.0400000", "3.50000000"]  # fmt: skip
    found, left = stored.result["as_found"], stored.result["as_left"]
    assert [f"{'+' if not p['error_percent'].startswith('-') else ''}{p['error_percent']} %"
            for p in found["points"]] == list(AS_FOUND_ERRORS)  # fmt: skip
    assert [p["verdict"] for p in found["points"]] == ["pass", "pass", "fail", "pass", "fail"]
    assert [(p["reason"] or {}).get("code") for p in found["points"]] == [
        None, None, "out_of_tolerance", None, "ne43_failure_signal"]  # fmt: skip
    assert found["points"][4]["zone"] == "failure_low"
    assert (found["verdict"], left["verdict"], stored.result["largest_error"]) == ("fail", "pass", "-103.1250")
    assert [f"+{p['error_percent']} %" if p["error_percent"][0] != "-" else f"{p['error_percent']} %"
            for p in left["points"]] == list(AS_LEFT_ERRORS)  # fmt: skip
    assert stored.result["instruments"] == [{"id": stored.result["instruments"][0]["id"], "asset_code": "DMM-01",
                                             "calibration_ok": True}]  # fmt: skip


def test_loop_point_read_from_a_modbus_conditioner_flags_a_failure_current(ctx, seeded, jobs, open_in_area, qtbot,
                                                                           tmp_path):  # fmt: skip
    """A Modbus conditioner reads the loop in mA: 3.500 mA at 0 % is a NE 43 failure signal, 12.000 mA passes."""
    sim = ModbusSimulator(Scenario(settle_seconds=0.4), value="12.000", link=tmp_path / "ttyMB").start()
    try:
        ctx.instruments.register(ctx.system_actor(), "AI-01", "Conditionneur Modbus", "modbus-rtu", port=sim.port,
                                 calibration_due=DUE)  # fmt: skip
        screen = LoopCalibrationScreen(ctx, jobs, interval_s=0.05)
        open_in_area(screen)
        connect(qtbot, screen, "AI-01")
        assert "AI-420 SIM" in screen.source.value_label.toolTip()  # the identity the device reported
        qtbot.waitUntil(lambda: screen.source.stable_reading() is not None, timeout=5000)
        assert screen.source.value_label.text() == "12.000 mA"
        assert screen.panels[FOUND].rows[3].measured.placeholderText() == "12.000"  # live, in every empty point
        capture_series(qtbot, screen, sim, FOUND, ("3.500",), str)
        panel = screen.panels[FOUND]
        assert panel.rows[0].error.text() == "-3.1250 %"
        assert panel.rows[0].verdict.text() == "⚠ Failure signal"
        assert panel.rows[0].note.text() == "3.500 mA is a NAMUR NE 43 failure signal (≤ 3.6 or ≥ 21 mA)."
        sim.set_value("12.000")
        settle_on(qtbot, screen, current_ma, "12.000")
        click(qtbot, panel.rows[2].capture)
        assert (panel.rows[2].error.text(), panel.rows[2].verdict.text()) == ("0.0000 %", "✔ Pass")
        assert screen.summary.cells[FOUND][0].text() == "2 / 5"
        assert (
            screen.summary.note_label.text() == "The as-found series needs 5 points (0, 25, 50, 75 and 100 %), not 2."
        )
        assert screen.panels[FOUND].rows[1].measured.isReadOnly()  # connected: captured, not typed
    finally:
        sim.stop()


def test_loop_typed_by_hand_is_marked_refused_for_a_learner_not_enrolled_then_recorded(
    ctx, seeded, jobs, open_in_area, qtbot
):
    """Without an instrument the currents are typed (a French comma too), marked "entered by hand";
    a bad number or a learner not on the session's roster changes nothing and says why."""
    screen = LoopCalibrationScreen(ctx, jobs)
    area = open_in_area(screen)
    person = learner_id(ctx, "Zoë")
    choose_learner(qtbot, screen, "odegard", person)
    panel = screen.panels[FOUND]
    for row, text in zip(panel.rows, ("4,002", "8.01", "12.0x", "15.99", "20.004"), strict=True):
        qtbot.keyClicks(row.measured, text)
    assert panel.rows[2].note.text() == "Point 50 %: '12.0x' is not a number."
    assert panel.rows[2].measured.property("entry") == "bad"
    assert panel.rows[0].note.text() == "✍ Entered by hand." and panel.rows[0].measured.property("entry") == "hand"
    assert not screen.record_result()
    assert screen.banner.message == "The as-found series needs 5 points (0, 25, 50, 75 and 100 %), not 4."
    panel.rows[2].measured.clear()
    qtbot.keyClicks(panel.rows[2].measured, "12.000")
    assert texts(screen, FOUND, "error") == ["+0.0125 %", "+0.0625 %", "0.0000 %", "-0.0625 %", "+0.0250 %"]
    screen.lower_edit.setText("0")
    assert screen.summary.note_label.text() == "Give both ends of the transmitter's range, or neither."
    screen.lower_edit.clear()
    screen.tolerance_edit.setText("12")
    assert screen.summary.note_label.text() == "The tolerance must be more than 0 and at most 10 % of span, not 12."
    assert not screen.record_result()
    screen.tolerance_edit.setText("0,25")
    assert screen.summary.result_label.text() == "Result: ✔ Pass"

    screen.picker.choose_session("TLCQ-ELSEWHERE")  # Zoë is not on that roster
    with qtbot.waitSignal(screen.record_refused, timeout=10_000):
        assert screen.record_result()
    assert screen.banner.message == "Zoë Ødegård is not enrolled in session TLCQ-ELSEWHERE."
    assert ctx.instruments.exercise_results(person_id=person) == []

    screen.picker.choose_session(seeded.running)
    with qtbot.waitSignal(screen.result_recorded, timeout=10_000):
        assert screen.record_result()
    with qtbot.waitSignal(screen.result_recorded, timeout=10_000) as again:
        assert screen.record_result()  # a second press: the same record, not a second one
    assert again.args[0].replayed and screen.banner.message == "Already recorded for Zoë Ødegård: ✔ Pass."
    (stored,) = ctx.instruments.exercise_results(person_id=person)
    assert (stored.instruments, stored.verdict, stored.inputs["tolerance_percent"]) == ((), "pass", "0.25")
    assert [p["measured_ma"] for p in stored.inputs["as_found"]] == ["4.002", "8.01", "12.000", "15.99", "20.004"]
    assert "range" not in stored.inputs

    area.set_staff(None)  # the staff area locks: nothing of this learner stays on screen
    assert screen.picker.person_id is None and screen.picker.session_code is None
    assert panel.count() == 0 and screen.banner.message == ""


def test_balance_check_from_a_simulated_balance_with_a_capture_left_out(
    ctx, seeded, french, jobs, open_in_area, qtbot, qtmodeltester, tmp_path
):
    """Ten stable weighings of a 100.00 g weight (a wrong 150.00 g capture left out): not evaluable
    until the tenth, then repeatability 0.02 % and accuracy 0.00 %, both passing; recorded as shown."""
    sim = MtSicsSimulator(Scenario(settle_seconds=0.3), value="0", link=tmp_path / "ttyBAL").start()
    try:
        ctx.instruments.register(ctx.system_actor(), "BAL-01", "Balance XS205", "mt-sics", port=sim.port,
                                 line=PTY_LINE, serial_number="B021002593", calibration_due=DUE)  # fmt: skip
        french_ctx = dataclasses.replace(in_language(ctx, "fr"), clock=SystemClock())
        screen = BalanceCheckScreen(french_ctx, jobs, interval_s=0.05)
        area = open_in_area(screen)
        person = learner_id(ctx, "Şükrü")
        choose_learner(qtbot, screen, "yilmaz", person)
        screen.reference_edit.setText("100,00")  # a French decimal comma
        connect(qtbot, screen, "BAL-01")

        def weigh(value: str) -> None:
            sim.set_value(value)
            settle_on(qtbot, screen, lambda r: r.value, value)
            click(qtbot, screen.capture_button)

        for value in WEIGHINGS[:5]:
            weigh(value)
        weigh("150.00")  # the wrong weight on the pan
        screen.table.selectRow(5)
        click(qtbot, screen.leave_out_button)
        assert screen.captures[5].left_out and screen.model.data(screen.model.index(5, wt.COL_STATUS)) == "✖ Écarté"
        for value in WEIGHINGS[5:9]:
            weigh(value)
        figures = screen.figures
        assert figures.repeatability_label.text() == "—"
        assert figures.repeatability_verdict.text() == "… Non évaluable"
        assert "9 pesées stables" in figures.note_label.text()
        weigh(WEIGHINGS[9])
        qtmodeltester.check(screen.model)
        assert screen.model.rowCount() == 11
        assert figures.count_label.text() == "10 (au moins 10)"
        assert figures.mean_label.text() == "100.001 g"
        assert figures.repeatability_label.text() == "0.02 %"
        assert figures.accuracy_label.text() == "0.00 %"
        assert figures.repeatability_verdict.text() == figures.accuracy_verdict.text() == "✔ Conforme"
        assert figures.result_label.text() == "Résultat : ✔ Conforme"
        with qtbot.waitSignal(screen.result_recorded, timeout=10_000):
            click(qtbot, screen.record_button)
        assert screen.banner.message == "Enregistré pour Şükrü Yılmaz : ✔ Conforme."
        save(area, f"exercise-balance-{ctx.db.dialect}.png")
    finally:
        sim.stop()

    (stored,) = ctx.instruments.exercise_results(person_id=person, session_code=seeded.running)
    assert (stored.kind, stored.verdict, stored.instruments) == ("balance_check", "pass", ("BAL-01",))
    assert [w["value"] for w in stored.inputs["weighings"]] == list(WEIGHINGS)  # the left-out one is not recorded
    assert stored.inputs["reference"] == "100.00" and stored.inputs["unit"] == "g"
    result = stored.result
    assert (result["count"], result["mean"], result["repeatability_percent"], result["accuracy_percent"]) == (
        10, "100.001", "0.02", "0.00")  # fmt: skip
    assert Decimal(result["std_dev"]).quantize(Decimal("0.0000001")) == Decimal("0.0119722")
    assert (result["repeatability"], result["accuracy"]) == ("pass", "pass")


def test_balance_capture_refuses_another_unit_and_a_moving_weight(ctx, seeded, jobs, open_in_area, qtbot, tmp_path):
    """A weight in grams against a test weight in milligrams, or one not yet stable, is not captured."""
    sim = MtSicsSimulator(Scenario(settle_seconds=0.5), value="20.00", link=tmp_path / "ttyBAL").start()
    try:
        ctx.instruments.register(ctx.system_actor(), "BAL-02", "Balance XS205", "mt-sics", port=sim.port,
                                 line=PTY_LINE, calibration_due=T0.date() - timedelta(days=1))  # fmt: skip
        screen = BalanceCheckScreen(ctx, jobs, interval_s=0.05)
        open_in_area(screen)
        assert screen.source.calibration_banner.message.startswith("BAL-02: calibration overdue since 24/11/2026.")
        connect(qtbot, screen, "BAL-02")
        sim.set_value("20.01")
        qtbot.waitUntil(lambda: screen.source.latest is not None
                        and screen.source.latest.status is ReadingStatus.DYNAMIC, timeout=5000)  # fmt: skip
        assert not screen.capture()
        assert screen.banner.message == "No stable weight yet: wait until the balance says Stable."
        screen.unit_combo.setCurrentIndex(screen.unit_combo.findData("mg"))
        qtbot.waitUntil(lambda: screen.source.stable_reading() is not None, timeout=5000)
        assert not screen.capture()
        assert screen.banner.message == ("The balance weighs in g but the test weight is in mg: "
                                         "choose the same unit.")  # fmt: skip
        assert screen.captures == []
    finally:
        sim.stop()


def test_exercise_pages_are_two_staff_pages_for_those_who_record(ctx, jobs, qtbot):
    """The lead wires two pages, both needing the logbook permission the service checks."""
    pages = exercise_pages(ctx, jobs)
    try:
        assert [(p.key, p.title, p.permission.value) for p in pages] == [
            ("exercise-loop", "4–20 mA loop", "record_logbook"),
            ("exercise-balance", "Balance check", "record_logbook"),
        ]
        assert isinstance(pages[0].widget, LoopCalibrationScreen)
        assert isinstance(pages[1].widget, BalanceCheckScreen)
    finally:
        for page in pages:
            page.widget.shutdown()
            page.widget.deleteLater()
