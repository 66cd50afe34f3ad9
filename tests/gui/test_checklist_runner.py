"""The checklist runner driven like a technician would, in French, on both databases: a short balance
checklist with a check, a room temperature out of range (its deviation raised in the dialog) and a
live weighing captured from the simulated balance BAL-01 through the instrument thread, then signed
as executed in the signature dialog. What the screens show is read back from the database.
Screenshots go to test-artifacts/checklist-*.png."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.signatures import Meaning, Outcome, State
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.checklists.deviation_dialog import DeviationDialog
from aptaskil_desk.ui.checklists.runner import ChecklistRunner
from aptaskil_desk.ui.checklists.runner_correction import ValueCorrectionDialog
from aptaskil_desk.ui.checklists.signing import SignatureDialog, SigningSession
from aptaskil_desk.ui.checklists.words import StepStatus
from aptaskil_desk.ui.i18n import UiTranslators
from aptaskil_desk.ui.staff.area import StaffArea
from aptaskil_desk.ui.style import load_stylesheet
from tests.checklist_setup import PASSWORD, ChecklistWorld, checklist_world
from tests.gui.helpers import ARTIFACTS, in_language

TEMPLATE = """
code = "BAL-DAY"
version = 1
phase = "routine"
equipment_type = "balance"
title.fr = "Balance analytique — vérification journalière"
title.en = "Analytical balance — daily check"
title.nl = "Analytische balans — dagelijkse controle"

[[sections]]
id = "preparation"
title.fr = "Préparation"
title.en = "Preparation"
title.nl = "Voorbereiding"

[[sections.steps]]
id = "level"
kind = "check"
instruction.fr = "La bulle du niveau est centrée dans le cercle de repère."
instruction.en = "The level bubble is centred in its circle."
instruction.nl = "De luchtbel van de waterpas staat in het midden van de cirkel."

[[sections.steps]]
id = "room_temperature"
kind = "number"
unit = "°C"
min = 18.0
max = 25.0
instruction.fr = "Relever la température de la salle de pesée (thermomètre mural)."
instruction.en = "Read the weighing room's temperature (wall thermometer)."
instruction.nl = "Lees de temperatuur van de weegruimte af (wandthermometer)."

[[sections]]
id = "weighing"
title.fr = "Pesée de contrôle"
title.en = "Check weighing"
title.nl = "Controleweging"

[[sections.steps]]
id = "weigh_20g"
kind = "instrument"
driver = "mt-sics"
quantity = "mass"
unit = "g"
target = 20.0000
tolerance = 0.0200
prerequisites = ["level"]
instruction.fr = "Poser le poids étalon de 20 g (classe E2) au centre du plateau et capturer la pesée stable."
instruction.en = "Put the 20 g test weight (class E2) in the centre of the pan and capture the stable weight."
instruction.nl = "Plaats het testgewicht van 20 g (klasse E2) midden op de schaal en leg de stabiele weging vast."
"""


@pytest.fixture
def french() -> Iterator[None]:
    translators = UiTranslators("fr")
    yield
    translators.remove()


@pytest.fixture
def world(ctx: AppContext, tmp_path: Path) -> ChecklistWorld:
    """Staff, BAL-01 weighing 20.00 g on its simulated line, BAL-02 overdue, and BAL-DAY approved."""
    world = checklist_world(ctx)
    system = ctx.system_actor()
    path = tmp_path / "bal-day.toml"
    path.write_text(TEMPLATE, encoding="utf-8")
    ctx.checklists.import_templates(system, [path])
    ctx.checklists.approve("qa1", PASSWORD, "BAL-DAY", 1, terminal=ctx.terminal)
    ctx.instruments.set_connection(system, "BAL-01", port="sim://mt-sics?value=20.00", reason="test weight on")
    return world


@pytest.fixture
def open_runner(ctx: AppContext, qtbot: Any) -> Iterator[Callable[..., tuple[StaffArea, ChecklistRunner]]]:
    """The runner as a page of the staff area at 1280×800, in French, opened on a run for a staff member."""
    runners: list[ChecklistRunner] = []
    areas: list[StaffArea] = []

    def build(
        run_id: str, staff: StaffInfo, signing: SigningSession | None = None
    ) -> tuple[StaffArea, ChecklistRunner]:
        runner = ChecklistRunner(in_language(ctx, "fr"), signing or SigningSession(), interval_s=0.05)
        area = StaffArea("TEST-TERM-1")
        area.setStyleSheet(load_stylesheet())
        area.add_page("checklist", "Check-list", runner)
        area.staff_changed.connect(runner.set_staff)
        qtbot.addWidget(area)
        runners.append(runner)
        areas.append(area)
        area.resize(1280, 800)
        with qtbot.waitExposed(area):
            area.show()
        area.set_staff(staff)
        assert area.show_page("checklist")
        assert runner.open_run(run_id)
        return area, runner

    yield build
    for runner in runners:
        runner.shutdown()


def click(qtbot: Any, button: QWidget) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save(widget: QWidget, name: str) -> None:
    for _ in range(3):  # layout requests post more of their own: the picture shows the settled screen
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000


def type_in(qtbot: Any, edit: Any, text: str) -> None:
    """Type like a keyboard; accented letters and symbols as an input method enters them (QTest types ASCII only)."""
    edit.clear()
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    elif isinstance(edit, QPlainTextEdit):
        edit.insertPlainText(text)
    else:
        edit.insert(text)


def test_a_short_checklist_is_run_with_a_deviation_a_live_weighing_and_signed(ctx, world, french, open_runner, qtbot):
    """Check, a failed temperature with its deviation, a live 20.00 g from BAL-01 (BAL-02 refused as
    overdue), then signed as executed: login and password the first time, a wrong password refused."""
    tech1 = ctx.accounts.get("tech1")
    run_id = ctx.checklist_runs.start(world.actor("tech1"), "BAL-DAY", "BAL-01").info.id
    signing = SigningSession()
    area, runner = open_runner(run_id, tech1, signing)
    panel = runner.step_panel

    # Step 1 of 3, in French; the weighing waits for the level check.
    assert runner.index == 0
    assert panel.instruction_label.text().startswith("La bulle du niveau")
    assert runner.overview.statuses() == [StepStatus.EMPTY, StepStatus.EMPTY, StepStatus.WAITING]
    assert not runner.header.training_label.isVisible()
    click(qtbot, panel.conforms_button)
    assert "Conforme" in panel.verdict_label.text() and panel.verdict_label.property("tone") == "passed"
    assert "Amélie Technicienne" in panel.entry_label.text() and "CET" in panel.entry_label.text()

    # Step 2: 26,5 °C is out of 18–25 °C: failed at once, with the reason, and the deviation dialog opens.
    click(qtbot, runner.next_button)
    assert panel.criterion_label.text() == "Critère : 18,0 °C – 25,0 °C"
    type_in(qtbot, panel.value_edit, "26,5")
    qtbot.keyClick(panel.value_edit, Qt.Key.Key_Return)
    assert panel.verdict_label.property("tone") == "failed"
    assert "Non conforme : 26,5 °C" in panel.verdict_label.text()
    assert "26,5 °C" in panel.verdict_label.text().splitlines()[1]  # the domain's reason, in French
    dialog = runner.dialog
    assert isinstance(dialog, DeviationDialog) and dialog.isVisible()
    assert "26,5" in dialog.failure_label.text()
    type_in(qtbot, dialog.description_edit, "Climatisation en panne : 26,5 °C relevés à 09 h 15.")
    click(qtbot, dialog.ok_button)  # impact and action missing: refused, still open
    assert dialog.isVisible() and "impact" in dialog.banner.message
    type_in(qtbot, dialog.impact_edit, "Dérive possible de la sensibilité ; aucune pesée de production ce jour.")
    type_in(qtbot, dialog.action_edit, "Technicien HVAC appelé ; pesées reportées jusqu'au retour à 20 °C.")
    save(dialog, "checklist-deviation-dialog.png")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    recorded = ctx.checklist_runs.run(run_id).execution
    assert [(d.number, d.step_id, d.by_name) for d in recorded.deviations] == [(1, "room_temperature",
                                                                               "Amélie Technicienne")]  # fmt: skip
    assert recorded.deviations[0].impact.startswith("Dérive possible")
    assert runner.banner.message == "Déviation 1 enregistrée."
    assert panel.verdict_label.property("tone") == "deviation"

    # Signing now is refused, and the runner says why: step 3 has no value.
    click(qtbot, runner.sign_button)
    assert runner.dialog is None
    assert "sans valeur : 3" in runner.banner.message
    assert runner.overview.statuses() == [StepStatus.PASSED, StepStatus.DEVIATION, StepStatus.EMPTY]
    save(area, "checklist-overview.png")

    # Step 3, touched in the overview: BAL-02 is refused (overdue), BAL-01 read live and captured.
    row = runner.overview.row_of(2)
    assert row is not None
    rect = runner.overview.visualItemRect(row)
    qtbot.mouseClick(runner.overview.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert runner.index == 2 and panel.criterion_label.text() == "Critère : 20,0000 g ± 0,0200 g"
    capture = panel.instrument
    assert capture.asset_code == "BAL-01"  # the calibrated one is offered first
    assert capture.choose("BAL-02")
    assert "BAL-02" in capture.refusal and "étalonnage" in capture.refusal
    assert not capture.connect_button.isEnabled() and capture.connect_instrument() == capture.refusal
    save(area, "checklist-instrument-refused.png")
    assert capture.choose("BAL-01") and capture.refusal == ""
    assert not capture.capture_button.isEnabled()
    with qtbot.waitSignal(capture.instrument_connected, timeout=10_000):
        click(qtbot, capture.connect_button)
    qtbot.waitUntil(lambda: capture.capture_button.isEnabled(), timeout=10_000)  # a stable reading came
    assert capture.value_label.text() == "20,00 g" and capture.status_label.text() == "✔ Stable"
    save(area, "checklist-runner-step.png")
    click(qtbot, capture.capture_button)
    latest = runner.detail.execution.latest("weigh_20g") if runner.detail else None
    assert latest is not None and latest.outcome is Outcome.PASSED and Decimal(latest.value) == Decimal("20.00")
    evidence = runner.detail.evidence(latest) if runner.detail else {}
    assert evidence["instrument"] == "BAL-01" and evidence["serial_number"] == "B021002593"
    assert [r.reading_uuid for r in ctx.instruments.readings("BAL-01")] == [evidence["reading_uuid"]]
    assert "Conforme : 20,00 g" in panel.verdict_label.text() and "B021002593" in panel.entry_label.text()

    # Sign as executed: the first signature of the session asks for login and password.
    click(qtbot, runner.sign_button)
    dialog = runner.dialog
    assert isinstance(dialog, SignatureDialog) and dialog.isVisible() and dialog.asks_login
    assert dialog.login_edit.isVisible() and not dialog.signer_label.isVisible()
    assert "Exécuté" in dialog.meaning_label.text() and "exécuté ces étapes" in dialog.declaration_label.text()
    assert "BAL-DAY version 1" in dialog.summary_label.text() and "déviations : 1" in dialog.summary_label.text()
    type_in(qtbot, dialog.login_edit, "tech1")
    type_in(qtbot, dialog.password_edit, "not my password")
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.banner.message), timeout=10_000)
    assert dialog.isVisible() and dialog.password_edit.text() == "" and signing.login is None
    assert dialog.banner.message.startswith("Non signé")
    assert ctx.checklist_runs.run(run_id).info.state is State.IN_PROGRESS
    save(dialog, "checklist-signature-dialog.png")
    type_in(qtbot, dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(runner.changed, timeout=10_000) as changed:
        click(qtbot, dialog.sign_button)
    assert changed.args == [run_id]
    assert not dialog.isVisible() and signing.login == "tech1"
    stored = ctx.checklist_runs.run(run_id)
    assert stored.info.state is State.EXECUTED and stored.problems == ()
    signature = stored.execution.signatures[-1]
    assert (signature.meaning, signature.signer_name) == (Meaning.EXECUTED, "Amélie Technicienne")
    assert runner.header.state_label.text() == "Exécuté"
    assert runner.banner.message.startswith("Signé comme exécuté par Amélie Technicienne, 25/11/2026 09:15 CET")
    assert not runner.sign_button.isEnabled() and not panel.conforms_button.isEnabled()
    save(area, "checklist-runner-signed.png")

    # The next signature of the same staff session asks only for the password, the login shown fixed.
    calls: list[tuple[str, str, str]] = []
    second = SignatureDialog(signing, meaning=Meaning.REJECTED, summary="BAL-DAY", needs_reason=True,
                             sign=lambda *given: calls.append(given) or "done", parent=runner)  # fmt: skip
    qtbot.addWidget(second)
    second.show()
    assert not second.asks_login and not second.login_edit.isVisible()
    assert second.signer_label.isVisible() and "tech1" in second.signer_label.text()
    type_in(qtbot, second.password_edit, PASSWORD)
    click(qtbot, second.sign_button)  # a rejection needs its reason
    assert calls == [] and "raison" in second.banner.message
    type_in(qtbot, second.reason_edit, "Température hors plage")
    click(qtbot, second.sign_button)
    qtbot.waitUntil(lambda: second.result_value == "done", timeout=5000)
    assert calls == [("tech1", PASSWORD, "Température hors plage")]
    signing.reset()
    assert signing.login is None


def test_a_correction_asks_its_reason_and_a_postponed_deviation_blocks_signing(ctx, world, french, open_runner, qtbot):
    """Not conforming, the deviation postponed: signing says why not; the answer corrected with a
    reason adds version 2 and keeps version 1. A training run says so; locking forgets the run."""
    tech2 = ctx.accounts.get("tech2")
    run_id = ctx.checklist_runs.start(world.actor("tech2"), "BAL-DAY", "BAL-01", training=True).info.id
    area, runner = open_runner(run_id, tech2)
    panel = runner.step_panel
    assert runner.header.training_label.isVisible() and "FORMATION" in runner.header.training_label.text()

    click(qtbot, panel.not_conforms_button)
    dialog = runner.dialog
    assert isinstance(dialog, DeviationDialog)
    click(qtbot, dialog.later_button)
    assert not dialog.isVisible() and "reportée" in runner.banner.message
    assert panel.deviation_button.isVisible() and runner.overview.statuses()[0] is StepStatus.FAILED
    click(qtbot, runner.sign_button)
    assert "sans valeur : 2, 3" in runner.banner.message and "déviation : 1" in runner.banner.message
    save(area, "checklist-training-run.png")

    click(qtbot, panel.conforms_button)  # a correction: the reason first
    correction = runner.dialog
    assert isinstance(correction, ValueCorrectionDialog)
    click(qtbot, correction.ok_button)
    assert correction.isVisible() and correction.banner.message
    type_in(qtbot, correction.reason_edit, "Bulle relue après mise à niveau")
    click(qtbot, correction.ok_button)
    versions = [(e.version, e.value, e.outcome, e.reason) for e in ctx.checklist_runs.run(run_id).execution.entries]
    assert versions == [(1, "no", Outcome.FAILED, ""), (2, "yes", Outcome.PASSED, "Bulle relue après mise à niveau")]
    assert "correction 2" in panel.entry_label.text()
    assert runner.overview.statuses()[0] is StepStatus.PASSED
    click(qtbot, panel.conforms_button)  # the same answer again: nothing to correct
    assert runner.dialog is None and len(ctx.checklist_runs.run(run_id).execution.entries) == 2

    with qtbot.waitSignal(runner.closed, timeout=2000):  # pause: leave; open again: resume at step 2
        click(qtbot, runner.pause_button)
    assert runner.open_run(run_id) and runner.index == 1

    area.set_staff(None)  # the area locks: nothing of the run stays on screen
    assert runner.detail is None and runner.overview.count() == 0 and not panel.isVisible()
