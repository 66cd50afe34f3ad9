"""Drafts over the staff idle lock on the real window, for the 4–20 mA loop calibration and the
checklist runner: half the work done, then nobody touches the terminal and the area locks; another
person finds empty pages and gets nothing of it; the same person unlocking again finds everything
back as it was, nothing recorded meanwhile, and recording it afterwards records it once. Both
databases; the loop's first point is captured from a simulated multimeter (``sim://scpi-dmm``)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.signatures import Outcome
from aptaskil_desk.ui.checklists.deviation_dialog import DeviationDialog
from aptaskil_desk.ui.checklists.pages import CHECKLISTS_PAGE, ChecklistsPage
from aptaskil_desk.ui.checklists.runner_correction import ValueCorrectionDialog
from aptaskil_desk.ui.instruments.exercise_loop import DEFAULT_TOLERANCE, LOOP_PAGE, LoopCalibrationScreen
from aptaskil_desk.ui.instruments.exercise_loop_points import FOUND, LEFT, Entry
from aptaskil_desk.ui.main_window import MainWindow
from aptaskil_desk.ui.widgets.message import MessageKind
from tests.checklist_setup import PASSWORD as CHECKLIST_PASSWORD
from tests.checklist_setup import checklist_world
from tests.conftest import T0
from tests.gui.helpers import PASSWORD, PIN, add_staff, seed_centre
from tests.gui.test_checklist_runner import TEMPLATE

OTHER_PIN = "9753"
BACK = "What you had entered before the staff area locked is back."
#: The staff idle lock as the tests let it happen: a short countdown, then the lock.
IDLE_MS, COUNTDOWN_MS = 1500, 1000


def unlock(qtbot: Any, window: MainWindow, login: str, pin: str) -> None:
    window.show_unlock(login)
    qtbot.keyClicks(window.unlock.pin_edit, pin)
    with qtbot.waitSignal(window.staff_unlocked, timeout=10_000):
        qtbot.keyClick(window.unlock.pin_edit, Qt.Key.Key_Return)


def idle_lock(qtbot: Any, window: MainWindow) -> None:
    """Nobody touches the terminal: the countdown shows, then the staff area locks by itself.

    The window was built with a long idle time, so that setting up never locks it early; here the
    watcher starts again as an unlock starts it, with a short time and its countdown."""
    window.idle.start(IDLE_MS, COUNTDOWN_MS)
    qtbot.waitUntil(window.countdown.isVisible, timeout=5000)
    with qtbot.waitSignal(window.staff_locked, timeout=5000):
        pass
    assert window.current_page() is window.kiosk and not window.countdown.isVisible()


def click(qtbot: Any, button: QWidget) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_in(qtbot: Any, edit: Any, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


# --- the 4–20 mA loop ------------------------------------------------------------------------------


def shown_loop(screen: LoopCalibrationScreen) -> dict[str, Any]:
    """Everything the loop screen shows that a person entered, and what was made of it."""
    return {
        "fields": [e.text() for e in (screen.lower_edit, screen.upper_edit, screen.unit_edit, screen.tolerance_edit)],
        "learner": (screen.picker.person_id, screen.picker.session_code, screen.picker.search_edit.text()),
        "series": screen.series,
        "texts": {k: [r.measured.text() for r in p.rows] for k, p in screen.panels.items()},
        "entries": {k: list(p.entries) for k, p in screen.panels.items()},
        "notes": {k: [r.note.text() for r in p.rows] for k, p in screen.panels.items()},
        "marks": {k: [r.measured.property("entry") or "" for r in p.rows] for k, p in screen.panels.items()},
        "errors": {k: [r.error.text() for r in p.rows] for k, p in screen.panels.items()},
    }


def open_loop(qtbot: Any, window: MainWindow) -> LoopCalibrationScreen:
    screen = window.staff_area.page(LOOP_PAGE)
    assert isinstance(screen, LoopCalibrationScreen)
    with qtbot.waitSignal(screen.picker.listed, timeout=10_000):
        assert window.staff_area.show_page(LOOP_PAGE)
        screen.picker.load()  # listed already for the unlock; read again to wait for it here
    return screen


def assert_empty_loop(screen: LoopCalibrationScreen) -> None:
    shown = shown_loop(screen)
    assert shown["fields"] == ["", "", "", DEFAULT_TOLERANCE] and shown["series"] == FOUND
    assert shown["learner"][0] is None and shown["learner"][2] == ""
    assert shown["texts"] == {FOUND: [""] * 5, LEFT: [""] * 5}
    assert shown["entries"] == {FOUND: [None] * 5, LEFT: [None] * 5}
    assert screen.banner.message == "" and screen.draft() is None


def test_a_half_done_loop_calibration_comes_back_to_the_same_person_only(ctx, make_window, qtbot):
    """Learner, range, tolerance, a point captured from DMM-01, points typed (one not a number) and
    a point as left: locked when idle, empty for another technician, back exactly for the person
    who entered it, and then recorded with the captured point's instrument."""
    seeded = seed_centre(ctx)
    add_staff(ctx)
    ctx.accounts.add_user(ctx.system_actor(), "jfdhondt", "Jean-François", "D'Hondt", ["technician"], PASSWORD,
                          OTHER_PIN)  # fmt: skip
    ctx.instruments.register(ctx.system_actor(), "DMM-01", "Multimètre HP 34401A", "scpi-dmm",
                             port="sim://scpi-dmm?value=0.004", line="9600,8N1",
                             calibration_due=T0.date() + timedelta(days=60))  # fmt: skip
    person = next(p.id for p in ctx.people.list_learners() if p.given_name == "Şükrü")
    window = make_window(idle_lock_ms=600_000)
    unlock(qtbot, window, "slambert", PIN)
    screen = open_loop(qtbot, window)
    assert screen.draft() is None  # nothing entered yet: nothing to keep

    qtbot.keyClicks(screen.picker.search_edit, "sukru")
    assert screen.picker.person_id == person and screen.picker.session_code == seeded.running
    type_in(qtbot, screen.lower_edit, "0")
    type_in(qtbot, screen.upper_edit, "10")
    type_in(qtbot, screen.unit_edit, "bar")
    type_in(qtbot, screen.tolerance_edit, "0,25")
    assert screen.source.choose("DMM-01")
    with qtbot.waitSignal(screen.source.instrument_connected, timeout=10_000):
        click(qtbot, screen.source.connect_button)
    found = screen.panels[FOUND]
    qtbot.waitUntil(found.rows[0].capture.isEnabled, timeout=10_000)  # a stable current came
    click(qtbot, found.rows[0].capture)
    assert found.entries[0] == Entry(Decimal("4.000"), "DMM-01")
    screen.source.disconnect_instrument()
    qtbot.waitUntil(lambda: not found.rows[1].measured.isReadOnly(), timeout=10_000)  # typed by hand now
    qtbot.keyClicks(found.rows[1].measured, "8,01")
    qtbot.keyClicks(found.rows[2].measured, "12.0x")
    click(qtbot, screen.series_buttons[LEFT])
    qtbot.keyClicks(screen.panels[LEFT].rows[0].measured, "4.001")
    before = shown_loop(screen)
    assert before["marks"][FOUND][:3] == ["", "hand", "bad"]
    assert before["notes"][FOUND][2] == "Point 50 %: '12.0x' is not a number."
    assert before["errors"][FOUND][:2] == ["0.0000 %", "+0.0625 %"]

    idle_lock(qtbot, window)
    assert_empty_loop(screen)  # nothing shows behind the lock
    assert window.drafts.kept_for("slambert") is not None

    restored: list[str] = []
    window.draft_restored.connect(restored.append)
    unlock(qtbot, window, "jfdhondt", OTHER_PIN)  # someone else: not theirs
    assert restored == [] and window.staff_area.current_key() == "home"
    assert_empty_loop(open_loop(qtbot, window))
    click(qtbot, window.staff_area.lock_button)  # an empty page leaves no draft
    assert window.drafts.kept_for("jfdhondt") is None and window.drafts.kept_for("slambert") is not None

    with qtbot.waitSignal(screen.picker.listed, timeout=10_000):
        unlock(qtbot, window, "slambert", PIN)
    assert restored == [LOOP_PAGE] and window.staff_area.current_key() == LOOP_PAGE
    assert shown_loop(screen) == before
    assert screen.banner.message == BACK and screen.banner.level is MessageKind.INFO
    assert window.drafts.kept_for("slambert") is None  # handed back once
    assert ctx.instruments.exercise_results(person_id=person) == []  # nothing recorded by the lock

    type_in(qtbot, found.rows[2].measured, "12.000")
    for row, text in zip(found.rows[3:], ("16.00", "20.00"), strict=True):
        qtbot.keyClicks(row.measured, text)
    click(qtbot, screen.clear_button)  # the as-left series on screen
    with qtbot.waitSignal(screen.result_recorded, timeout=10_000):
        click(qtbot, screen.record_button)
    (stored,) = ctx.instruments.exercise_results(person_id=person)
    assert (stored.session_code, stored.instruments, stored.inputs["tolerance_percent"]) == (
        seeded.running, ("DMM-01",), "0.25")  # fmt: skip
    assert stored.inputs["range"] == {"lower": "0", "upper": "10", "unit": "bar"}
    assert [p["measured_ma"] for p in stored.inputs["as_found"]] == ["4.00000000", "8.01", "12.000", "16.00", "20.00"]


# --- the checklist runner --------------------------------------------------------------------------


def checklist_staff(ctx: AppContext, tmp_path: Path) -> str:
    """The checklist world, BAL-DAY approved, PINs for tech1 and tech2; a run of BAL-DAY started by tech1."""
    world = checklist_world(ctx)
    system = ctx.system_actor()
    path = tmp_path / "bal-day.toml"
    path.write_text(TEMPLATE, encoding="utf-8")
    ctx.checklists.import_templates(system, [path])
    ctx.checklists.approve("qa1", CHECKLIST_PASSWORD, "BAL-DAY", 1, terminal=ctx.terminal)
    ctx.accounts.set_pin(system, "tech1", PIN)
    ctx.accounts.set_pin(system, "tech2", OTHER_PIN)
    return ctx.checklist_runs.start(world.actor("tech1"), "BAL-DAY", "BAL-01").info.id


def open_checklists(window: MainWindow) -> ChecklistsPage:
    page = window.staff_area.page(CHECKLISTS_PAGE)
    assert isinstance(page, ChecklistsPage)
    assert window.staff_area.show_page(CHECKLISTS_PAGE)
    return page


def entries(ctx: AppContext, run_id: str, step_id: str) -> list[tuple[int, str, Outcome, str]]:
    return [(e.version, e.value, e.outcome, e.reason) for e in ctx.checklist_runs.run(run_id).execution.entries
            if e.step_id == step_id]  # fmt: skip


def test_a_value_typed_in_the_runner_comes_back_to_the_same_person_and_is_entered_once(
    ctx, make_window, qtbot, tmp_path
):
    """A temperature typed and not entered yet: locked when idle, the run is gone from the screen and
    nothing was recorded; another technician gets the lists; the same technician gets the run back
    on that step with the value typed, and entering it records it once."""
    run_id = checklist_staff(ctx, tmp_path)
    window = make_window(idle_lock_ms=600_000)
    unlock(qtbot, window, "tech1", PIN)
    page = open_checklists(window)
    runner, panel = page.runner, page.runner.step_panel
    page.open_runner(run_id)
    assert page.stack.currentWidget() is runner and runner.index == 0
    assert page.draft() is None  # a run open with nothing typed: nothing to keep
    click(qtbot, panel.conforms_button)
    click(qtbot, runner.next_button)
    assert runner.index == 1 and page.draft() is None  # the check is recorded already
    qtbot.keyClicks(panel.value_edit, "21,5")

    idle_lock(qtbot, window)
    assert runner.detail is None and panel.value_edit.text() == "" and page.stack.currentWidget() is page.lists
    assert entries(ctx, run_id, "room_temperature") == []  # the lock entered nothing
    assert window.drafts.kept_for("tech1") is not None

    restored: list[str] = []
    window.draft_restored.connect(restored.append)
    unlock(qtbot, window, "tech2", OTHER_PIN)  # someone else: not theirs
    assert restored == [] and window.staff_area.current_key() == "home"
    assert open_checklists(window) is page and page.stack.currentWidget() is page.lists
    assert runner.overview.count() == 0 and panel.value_edit.text() == "" and runner.banner.message == ""
    click(qtbot, window.staff_area.lock_button)
    assert window.drafts.kept_for("tech2") is None and window.drafts.kept_for("tech1") is not None

    unlock(qtbot, window, "tech1", PIN)
    assert restored == [CHECKLISTS_PAGE] and window.staff_area.current_key() == CHECKLISTS_PAGE
    assert page.stack.currentWidget() is runner and runner.detail is not None and runner.detail.info.id == run_id
    assert runner.index == 1 and panel.value_edit.text() == "21,5" and panel.value_edit.isEnabled()
    assert runner.banner.message == BACK and runner.banner.level is MessageKind.INFO
    assert window.drafts.kept_for("tech1") is None  # handed back once
    assert entries(ctx, run_id, "room_temperature") == []

    click(qtbot, panel.record_button)
    assert entries(ctx, run_id, "room_temperature") == [(1, "21.5", Outcome.PASSED, "")]
    assert panel.value_edit.text() == "" and page.draft() is None
    idle_lock(qtbot, window)  # nothing typed any more: nothing kept
    assert window.drafts.kept_for("tech1") is None
    assert entries(ctx, run_id, "room_temperature") == [(1, "21.5", Outcome.PASSED, "")]


def test_a_deviation_and_a_correction_being_written_come_back_in_their_dialogs(ctx, make_window, qtbot, tmp_path):
    """A deviation half written, then a correction's reason half typed, each interrupted by the idle
    lock: each dialog opens again with its text for the same person, and is recorded once."""
    run_id = checklist_staff(ctx, tmp_path)
    window = make_window(idle_lock_ms=600_000)
    unlock(qtbot, window, "tech1", PIN)
    page = open_checklists(window)
    runner, panel = page.runner, page.runner.step_panel
    page.open_runner(run_id)
    click(qtbot, panel.not_conforms_button)  # failed: its deviation is asked at once
    dialog = runner.dialog
    assert isinstance(dialog, DeviationDialog)
    assert page.draft() is None  # the dialog, nothing written in it yet
    dialog.description_edit.insertPlainText("Bulle hors du cercle après déplacement de la table.")
    dialog.impact_edit.insertPlainText("Pesées du jour douteuses.")

    idle_lock(qtbot, window)
    assert runner.dialog is None and not dialog.isVisible()
    unlock(qtbot, window, "tech1", PIN)
    raising = runner.dialog
    assert isinstance(raising, DeviationDialog) and raising.isVisible() and runner.index == 0
    assert raising.description_edit.toPlainText() == "Bulle hors du cercle après déplacement de la table."
    assert raising.impact_edit.toPlainText() == "Pesées du jour douteuses." and raising.action_edit.toPlainText() == ""
    assert runner.banner.message == BACK
    assert not ctx.checklist_runs.run(run_id).execution.deviations
    raising.action_edit.insertPlainText("Table remise à niveau ; pesées refaites.")
    click(qtbot, raising.ok_button)
    assert [d.number for d in ctx.checklist_runs.run(run_id).execution.deviations] == [1]

    click(qtbot, panel.conforms_button)  # a correction: its reason first
    correction = runner.dialog
    assert isinstance(correction, ValueCorrectionDialog)
    qtbot.keyClicks(correction.reason_edit, "Bulle relue")
    idle_lock(qtbot, window)
    assert runner.dialog is None
    unlock(qtbot, window, "tech1", PIN)
    again = runner.dialog
    assert isinstance(again, ValueCorrectionDialog) and again.isVisible() and again.reason_edit.text() == "Bulle relue"
    assert entries(ctx, run_id, "level") == [(1, "no", Outcome.FAILED, "")]
    again.reason_edit.insert(" après mise à niveau")  # (QTest types ASCII only)
    click(qtbot, again.ok_button)
    assert entries(ctx, run_id, "level") == [
        (1, "no", Outcome.FAILED, ""), (2, "yes", Outcome.PASSED, "Bulle relue après mise à niveau")]  # fmt: skip
    assert runner.dialog is None and page.draft() is None
