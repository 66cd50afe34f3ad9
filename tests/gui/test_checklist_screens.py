"""The checklist screens around the runner: templates, executions, the review screen, in the staff area.

Every run is built through the services (values, a failed step with its deviation, a correction,
the executed signature); the screens are driven like a person would: rows chosen, buttons clicked,
dialogs found, their fields typed in, their buttons clicked.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.signatures import State
from aptaskil_desk.services.checklist_runs import AttachmentFile, DeviationInput
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.ui.checklists.pages import CHECKLISTS_PAGE, ChecklistsPage
from aptaskil_desk.ui.checklists.review_record import SOFT_BREAK
from aptaskil_desk.ui.checklists.signing import SignatureDialog
from aptaskil_desk.ui.checklists.templates_page import COL_APPROVAL, ChecklistStartDialog
from aptaskil_desk.ui.main_window import MainWindow
from tests.checklist_setup import PASSWORD, checklist_world
from tests.gui.helpers import ARTIFACTS, in_language

CLICK = Qt.MouseButton.LeftButton
PDF = AttachmentFile("document.pdf", b"%PDF-1.4 test document")
PHOTO = AttachmentFile("nameplate.jpg", b"\xff\xd8\xff\xe0 test photo")

#: AUT-IQ answered in full; the feed water's conductivity (7.2 µS/cm, ≤ 5 wanted) fails.
AUT_IQ_ANSWERS: dict[str, Any] = {
    "manuals": True, "declaration_of_conformity": PDF, "fat_sat": True,
    "manufacturer_model": "Getinge HS6606", "serial_number": "HS-2026-0117 / PV-88121",
    "nameplate_photo": PHOTO, "chamber_volume": Decimal("480"), "controller_software": "PACS 3000 v4.2",
    "location": True, "supply_voltage": Decimal("410"), "steam_supply_pressure": Decimal("4.5"),
    "feed_water_conductivity": Decimal("7.2"), "compressed_air": Decimal("7.0"), "drain": True,
    "safety_valve": True, "sensor_certificates": PDF, "independent_recording": True,
    "emergency_stops": True, "procedures": True,
}  # fmt: skip
DEVIATION = DeviationInput(
    "feed_water_conductivity",
    "Feed water conductivity 7.2 µS/cm, above the 5 µS/cm of EN 285.",
    "Steam quality not demonstrated; the autoclave cannot be released for OQ.",
    "Regenerate the softener resin and measure again.",
)


def executed_iq(ctx: AppContext) -> str:
    """AUT-IQ on AUT-01 by tech1: a failed step with its deviation, a correction, signed executed."""
    world = checklist_world(ctx)
    tech1 = world.actor("tech1")
    run = ctx.checklist_runs.execute_answers(tech1, "AUT-IQ", "AUT-01", AUT_IQ_ANSWERS, [DEVIATION])
    ctx.clock.advance(timedelta(minutes=5))  # type: ignore[attr-defined]
    ctx.checklist_runs.enter(tech1, run.info.id, "supply_voltage", Decimal("401"), reason="410 was a typing error")
    ctx.checklist_runs.sign("tech1", PASSWORD, run.info.id, "executed", terminal=ctx.terminal)
    return run.info.id


def open_page(window: MainWindow, qtbot: Any, login: str) -> ChecklistsPage:
    """Unlock the staff area for ``login`` (locking it first) and bring the checklists page to the front."""
    page = window.staff_area.page(CHECKLISTS_PAGE)
    assert isinstance(page, ChecklistsPage)
    window.lock()
    staff = window.ctx.accounts.get(login)
    with qtbot.waitSignals([page.templates.templates_listed, page.runs.runs_listed]):
        window.unlock.unlocked.emit(staff)
    assert window.staff_area.show_page(CHECKLISTS_PAGE)
    return page


def open_review(page: ChecklistsPage, qtbot: Any, run_id: str) -> None:
    """Executions tab, the run's row, Open: the review screen shows it."""
    page.tabs.setCurrentWidget(page.runs)
    assert page.runs.select(run_id)
    with qtbot.waitSignal(page.review.run_shown):
        qtbot.mouseClick(page.runs.open_button, CLICK)
    assert page.stack.currentWidget() is page.review


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def sign_in_dialog(dialog: QWidget | None, qtbot: Any, login: str | None, reason: str | None = None) -> None:
    assert dialog is not None
    """Fill the signature dialog found on screen (login only when it asks), then press Sign."""
    assert isinstance(dialog, SignatureDialog) and dialog.isVisible()
    login_edit = dialog.findChild(QLineEdit, "signatureLogin")
    assert login_edit is not None and login_edit.isVisible() == (login is not None)
    if login is not None:
        qtbot.keyClicks(login_edit, login)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signaturePassword"), PASSWORD)
    if reason is not None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "signatureReason"), reason)
    sign = dialog.findChild(QPushButton, "signatureSignButton")
    assert sign is not None
    qtbot.mouseClick(sign, CLICK)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def save(window: QWidget, name: str, qtbot: Any = None) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    if qtbot is not None:
        qtbot.wait(20)  # rows fit their wrapped text once the table has its width
    assert window.grab().save(str(ARTIFACTS / name))


def test_the_review_leads_with_failures_and_walks_review_then_approval(ctx, make_window, qtbot):
    """Failures and the deviation first; an executor may not review; the deviation closes on screen;
    QA approves; the equipment's IQ is then qualified."""
    run_id = executed_iq(ctx)
    window = make_window(ctx)
    page = open_page(window, qtbot, "tech1")
    assert CHECKLISTS_PAGE in window.staff_area.visible_keys()
    page.tabs.setCurrentWidget(page.runs)
    save(window, f"checklist-runs-{ctx.db.dialect}.png", qtbot)

    open_review(page, qtbot, run_id)
    review = page.review
    assert review.facts_text() == [
        "State: Executed", "Failed steps: 1", "Open deviations: 1", "Mandatory steps without a value: 0",
        "Corrections: 1", "Signature problems: 0",
    ]  # fmt: skip
    assert review.band.property("tone") == "problem"
    titles = review.record.card_titles()
    assert titles[0].startswith("✖ Step feed_water_conductivity")
    assert titles[1] == "⚠ Deviation 1 on step feed_water_conductivity — open"
    record = review.record
    assert record.failures.geometry().top() < record.values_table.geometry().top()  # failures come first
    values = record.values_table
    cells = [[cell(values, r, c).replace(SOFT_BREAK, "") for c in range(values.columnCount())]
             for r in range(values.rowCount())]  # fmt: skip
    failed = next(row for row in cells if row[0] == "feed_water_conductivity")
    assert failed[1:4] == ["7.2 µS/cm", "✖ Failed", "Amélie Technicienne\n25/11/2026 09:15 CET"]
    corrected = next(row for row in cells if row[0] == "supply_voltage (v2)")
    assert corrected[1] == "401 V" and "Correction 2: 410 was a typing error" in corrected[4]
    signatures = record.signatures_table
    assert [cell(signatures, 0, c) for c in range(3)] == [
        "Amélie Technicienne",
        "25/11/2026 09:20 CET",
        "Executed",
    ]
    save(window, f"checklist-review-{ctx.db.dialect}.png")
    save(record, f"checklist-review-record-{ctx.db.dialect}.png")

    # tech1 entered the values: reviewing is refused at once, in the rule's words, no password asked.
    assert review.review_button.isEnabled() and not review.approve_button.isEnabled()
    qtbot.mouseClick(review.review_button, CLICK)
    assert review.dialog is None
    assert review.banner.message == (
        "Amélie Technicienne entered values or signed this checklist as executed, "
        "so cannot review, reject or approve it."
    )

    # tech2 reviews through the signature dialog (login and password: first signature of the session).
    page = open_page(window, qtbot, "tech2")
    open_review(page, qtbot, run_id)
    qtbot.mouseClick(review.review_button, CLICK)
    with qtbot.waitSignal(review.signed):
        sign_in_dialog(review.dialog, qtbot, "tech2")
    assert review.detail is not None and review.detail.info.state is State.REVIEWED
    assert review.banner.message.startswith("Signed (Reviewed) by Bruno Technicien")

    # qa1 may not approve while the deviation is open; QA does not close deviations.
    page = open_page(window, qtbot, "qa1")
    open_review(page, qtbot, run_id)
    assert review.approve_button.isEnabled() and not review.review_button.isEnabled()
    qtbot.mouseClick(review.approve_button, CLICK)
    assert review.dialog is None
    assert review.banner.message == "Open deviations must be closed before approval: 1."
    qtbot.mouseClick(record.findChild(QPushButton, "closeDeviation1"), CLICK)
    assert review.dialog is None
    assert "technician or an instructor" in review.banner.message

    # tech2 closes it on screen, with its resolution.
    page = open_page(window, qtbot, "tech2")
    open_review(page, qtbot, run_id)
    qtbot.mouseClick(record.findChild(QPushButton, "closeDeviation1"), CLICK)
    dialog = review.dialog
    assert isinstance(dialog, QInputDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit), "Resin regenerated; 1.8 µS/cm measured on 26/11.")
    ok = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close the deviation")
    with qtbot.waitSignal(review.deviation_closed):
        qtbot.mouseClick(ok, CLICK)
    assert review.facts_text()[2] == "Open deviations: 0"
    assert record.card_titles()[1] == "⚠ Deviation 1 on step feed_water_conductivity — closed"
    assert record.findChild(QPushButton, "closeDeviation1") is None

    # qa1 approves: the record is locked and the autoclave's IQ is qualified.
    page = open_page(window, qtbot, "qa1")
    open_review(page, qtbot, run_id)
    qtbot.mouseClick(review.approve_button, CLICK)
    with qtbot.waitSignal(review.signed):
        sign_in_dialog(review.dialog, qtbot, "qa1")
    assert review.detail is not None and review.detail.info.state is State.APPROVED
    assert "The IQ qualification of AUT-01 is recorded in its logbook." in review.banner.message
    assert not (review.approve_button.isVisible() or review.reject_button.isVisible())
    assert "IQ" in ctx.equipment.get("AUT-01").qualified_phases
    assert ctx.checklist_runs.run(run_id).info.state is State.APPROVED
    save(window, f"checklist-review-approved-{ctx.db.dialect}.png")


def test_a_rejection_needs_its_reason_and_sends_the_run_back_to_the_runner(ctx, make_window, qtbot):
    """tech2 rejects with a reason (same session: only the password the second time); the run is in
    progress again and continues in the runner."""
    run_id = executed_iq(ctx)
    window = make_window(ctx)
    page = open_page(window, qtbot, "tech2")
    open_review(page, qtbot, run_id)
    review = page.review
    qtbot.mouseClick(review.reject_button, CLICK)
    with qtbot.waitSignal(review.signed):
        sign_in_dialog(review.dialog, qtbot, "tech2", reason="Conductivity must be measured again before review.")
    assert review.detail is not None and review.detail.info.state is State.IN_PROGRESS
    signatures = review.record.signatures_table
    assert cell(signatures, 1, 2) == "Rejected"
    assert cell(signatures, 1, 3) == "Conductivity must be measured again before review."
    assert page.signing.login == "tech2"
    assert review.runner_button.isVisible()
    with qtbot.waitSignal(page.run_opened) as opened:
        qtbot.mouseClick(review.runner_button, CLICK)
    assert opened.args == [run_id, "runner"]
    assert page.stack.currentWidget() is page.runner
    window.lock()  # a new person: the signing session is forgotten
    assert page.signing.login is None


def test_qa_approves_a_template_on_the_templates_page(ctx, make_window, qtbot):
    """Awaiting approval in words; a technician has no Approve and cannot start it; QA signs it."""
    checklist_world(ctx, approve=False)
    window = make_window(ctx)
    page = open_page(window, qtbot, "tech1")
    templates = page.templates
    assert set(templates.codes()) >= {"AUT-IQ", "AUT-OQ", "BAL-USP41"}
    assert templates.select("AUT-IQ")
    row = templates.codes().index("AUT-IQ")
    assert cell(templates.table, row, COL_APPROVAL) == "Awaiting QA approval"
    assert not templates.approve_button.isVisible()
    assert not templates.start_button.isEnabled()
    templates.ask_start()  # a double-click on the row
    assert templates.dialog is None
    assert templates.banner.message == "AUT-IQ version 1 is awaiting QA approval: it cannot be executed yet."

    page = open_page(window, qtbot, "qa1")
    assert not templates.start_button.isVisible()  # QA does not execute
    assert templates.select("AUT-IQ")
    assert templates.approve_button.isVisible() and templates.approve_button.isEnabled()
    qtbot.mouseClick(templates.approve_button, CLICK)
    assert templates.dialog is not None
    assert "AUT-IQ version 1" in templates.dialog.findChild(QWidget, "signatureSummary").text()
    with qtbot.waitSignals([templates.template_approved, templates.templates_listed]):
        sign_in_dialog(templates.dialog, qtbot, "qa1")
    assert templates.banner.message == "AUT-IQ version 1 is approved: it can be executed."
    approved = next(t for t in ctx.checklists.templates() if t.code == "AUT-IQ")
    assert approved.approved_by == "Quentin Qualité"
    row = templates.codes().index("AUT-IQ")
    assert cell(templates.table, row, COL_APPROVAL) == "Approved by Quentin Qualité, 25/11/2026 09:15 CET"
    assert not templates.approve_button.isEnabled()
    save(window, f"checklist-templates-{ctx.db.dialect}.png", qtbot)


def test_starting_oq_before_the_iq_is_approved_is_refused_in_words(ctx, make_window, qtbot):
    """The start form says why and stays open; in training mode the order does not hold: the runner opens."""
    checklist_world(ctx)
    window = make_window(ctx)
    page = open_page(window, qtbot, "tech1")
    templates = page.templates
    assert templates.select("AUT-OQ")
    qtbot.mouseClick(templates.start_button, CLICK)
    dialog = templates.dialog
    assert isinstance(dialog, ChecklistStartDialog) and dialog.isVisible()
    assert dialog.equipment_combo.count() == 1 and dialog.choose("AUT-01")  # autoclaves only
    qtbot.mouseClick(dialog.start_button, CLICK)
    assert dialog.isVisible()
    assert dialog.banner.message == "OQ cannot start before the approval of IQ for this equipment."
    assert ctx.checklist_runs.runs() == []
    save(dialog, f"checklist-start-refused-{ctx.db.dialect}.png")

    qtbot.mouseClick(dialog.findChild(QCheckBox), CLICK)
    with qtbot.waitSignal(page.run_opened) as opened:
        qtbot.mouseClick(dialog.start_button, CLICK)
    assert not dialog.isVisible()
    assert page.stack.currentWidget() is page.runner
    (run,) = ctx.checklist_runs.runs()
    assert opened.args == [run.id, "runner"] and run.training and run.template_code == "AUT-OQ"


def test_a_training_run_is_started_for_a_learner_who_practises(ctx, make_window, qtbot):
    """Training ticked: the learner picker appears; the learner chosen is named by the runner, the list and the
    review screen, with the instructor who supervises."""
    world = checklist_world(ctx)
    lina, _other = ctx.people.add_learners(ctx.system_actor(), [
        NewLearner("Lina", "Janssens", "worker", "Pfizer Puurs", "L-2026-001"),
        NewLearner("Jonas", "Peeters", "job_seeker", external_ref="L-2026-002")])  # fmt: skip
    window = make_window(ctx)
    page = open_page(window, qtbot, "instr")
    assert page.templates.select("AUT-OQ")
    qtbot.mouseClick(page.templates.start_button, CLICK)
    dialog = page.templates.dialog
    assert isinstance(dialog, ChecklistStartDialog) and not dialog.trainee_picker.isVisible()
    qtbot.mouseClick(dialog.training_box, CLICK)
    picker = dialog.trainee_picker
    assert picker.isVisible() and picker.person_id is None
    assert picker.offered() == ["Lina Janssens (L-2026-001)", "Jonas Peeters (L-2026-002)"]  # by family name
    qtbot.keyClicks(picker.search_edit, "puurs")  # the employer finds her too
    assert picker.offered() == ["Lina Janssens (L-2026-001)"] and picker.person_id == lina.id
    save(dialog, f"checklist-start-trainee-{ctx.db.dialect}.png", qtbot)
    with qtbot.waitSignal(page.run_opened):
        qtbot.mouseClick(dialog.start_button, CLICK)
    (run,) = ctx.checklist_runs.runs()
    assert run.training and run.trainee_id == lina.id and run.started_by == "Ines Formatrice"
    banner = page.runner.header.training_label
    assert banner.isVisible() and banner.text().startswith(
        "TRAINING — practised by Lina Janssens (L-2026-001), supervised by Ines Formatrice")  # fmt: skip
    save(window, f"checklist-runner-trainee-{ctx.db.dialect}.png", qtbot)

    executed = ctx.checklist_runs.execute_answers(world.actor("tech1"), "AUT-IQ", "AUT-01", AUT_IQ_ANSWERS,
                                                  [DEVIATION], training=True, trainee_person_id=lina.id)  # fmt: skip
    ctx.checklist_runs.sign("tech1", PASSWORD, executed.info.id, "executed", terminal=ctx.terminal)
    page = open_page(window, qtbot, "tech2")
    row = page.runs.shown_ids().index(run.id)
    assert cell(page.runs.table, row, 6).endswith("\nPractised by Lina Janssens (L-2026-001)")
    page.tabs.setCurrentWidget(page.runs)
    save(window, f"checklist-runs-trainee-{ctx.db.dialect}.png", qtbot)
    open_review(page, qtbot, executed.info.id)
    mark = page.review.training_label
    assert mark.isVisible()
    assert mark.text() == "TRAINING — practised by Lina Janssens (L-2026-001), supervised by Amélie Technicienne"
    save(window, f"checklist-review-trainee-{ctx.db.dialect}.png", qtbot)


def test_the_executions_list_marks_training_and_filters_by_state(ctx, make_window, qtbot):
    """TRAINING in the phase column; the state filter; a run in progress opens in the runner."""
    run_id = executed_iq(ctx)
    training = ctx.checklist_runs.start(
        ctx.accounts.get("tech2").actor(ctx.terminal), "AUT-OQ", "AUT-01", training=True
    )
    window = make_window(ctx)
    page = open_page(window, qtbot, "instr")  # an instructor executes too
    runs = page.runs
    assert runs.shown_ids() == [training.info.id, run_id] or set(runs.shown_ids()) == {training.info.id, run_id}
    row = runs.shown_ids().index(training.info.id)
    assert cell(runs.table, row, 2) == "OQ · TRAINING"
    assert cell(runs.table, row, 3) == "In progress"
    runs.filter_state(State.EXECUTED)
    assert runs.shown_ids() == [run_id]
    assert [cell(runs.table, 0, c) for c in (1, 3, 4, 5)] == ["AUT-01", "Executed", "1", "1"]
    runs.filter_state(None)
    page.tabs.setCurrentWidget(runs)
    assert runs.select(training.info.id)
    with qtbot.waitSignal(page.run_opened) as opened:
        qtbot.mouseClick(runs.open_button, CLICK)
    assert opened.args == [training.info.id, "runner"]
    assert page.stack.currentWidget() is page.runner


def test_the_review_screen_fits_the_kiosk_in_every_language(ctx, make_window, qtbot):
    """French and Dutch words are longer: the review screen still fits 1280 × 800 (nothing widens the window)."""
    run_id = executed_iq(ctx)
    for language in ("fr", "nl"):
        window = make_window(in_language(ctx, language))
        page = open_page(window, qtbot, "tech2")
        open_review(page, qtbot, run_id)
        assert (window.width(), window.height()) == (1280, 800)
        assert page.review.facts_text()[0] == {"fr": "État : Exécuté", "nl": "Status: Uitgevoerd"}[language]
        save(window, f"checklist-review-{language}-{ctx.db.dialect}.png", qtbot)
