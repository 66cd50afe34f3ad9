"""The staff calibration and qualification forms: recorded through the real dialogs and services."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton

from aptaskil_desk.app import AppContext
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.ui.i18n import UiTranslators
from aptaskil_desk.ui.main_window import MainWindow
from aptaskil_desk.ui.models import logbook_model as lm
from aptaskil_desk.ui.models.equipment_words import EquipmentWords
from aptaskil_desk.ui.staff.equipment_dialogs import (
    CalibrationDialog,
    CorrectionDialog,
    EntryDialog,
    QualificationDialog,
)
from aptaskil_desk.ui.staff.equipment_fields import CalibrationFields, ChoiceButtons, QualificationFields
from aptaskil_desk.ui.staff.equipment_page import EQUIPMENT_PAGE, EquipmentPage
from tests.gui.helpers import ARTIFACTS, in_language

TODAY = date(2026, 11, 25)
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def lab(ctx: AppContext) -> dict[str, StaffInfo]:
    """A technician, an instructor, a QA reviewer; a pH meter overdue, an autoclave due in 100 days,
    and an isolator that needs IQ and OQ."""
    system = ctx.system_actor()
    tech = ctx.accounts.add_user(system, "tech", "Jean-François", "D'Hondt", ["technician"], "a long password")
    inst = ctx.accounts.add_user(system, "inst", "Marc", "Dubois", ["instructor"], "a long password")
    qa = ctx.accounts.add_user(system, "qa", "Zoë", "Ødegård", ["qa"], "a long password")
    t = tech.actor("T1")
    ctx.equipment.add(t, "PH-02", "pH-mètre Orion Star", "ph_meter", calibration_due=TODAY - timedelta(days=3))
    ctx.equipment.add(t, "AUT-01", "Autoclave Getinge", "autoclave", calibration_due=TODAY + timedelta(days=100))
    ctx.equipment.add(t, "ISO-04", "Isolateur Getinge", "isolator", required_phases=["IQ", "OQ"])
    return {"tech": tech, "inst": inst, "qa": qa}


def _logbook(ctx: AppContext, make_window: Any, qtbot: Any, staff: StaffInfo, code: str) -> EquipmentPage:
    """A real window unlocked for ``staff``, showing the logbook of ``code``."""
    window = make_window(ctx)
    page = window.staff_area.page(EQUIPMENT_PAGE)
    assert isinstance(page, EquipmentPage)
    with qtbot.waitSignal(page.equipment_listed):
        window.unlock.unlocked.emit(staff)
    assert window.staff_area.show_page(EQUIPMENT_PAGE)
    with qtbot.waitSignal(page.logbook.model.page_loaded):
        assert page.open_logbook(code)
    return page


def _calibration_dialog(page: EquipmentPage, qtbot: Any) -> CalibrationDialog:
    qtbot.mouseClick(page.logbook.calibration_button, CLICK)
    dialog = page.logbook.dialog
    assert isinstance(dialog, CalibrationDialog) and dialog.isVisible()
    return dialog


def _qualification_dialog(page: EquipmentPage, qtbot: Any) -> QualificationDialog:
    qtbot.mouseClick(page.logbook.qualification_button, CLICK)
    dialog = page.logbook.dialog
    assert isinstance(dialog, QualificationDialog) and dialog.isVisible()
    return dialog


def _kinds(ctx: AppContext, code: str) -> list[str]:
    return [e.kind for e in ctx.equipment.logbook(code)]


def test_a_passed_calibration_moves_the_due_date_and_makes_the_equipment_fit(ctx, lab, make_window, qtbot):
    """Overdue pH meter: a passed calibration recorded in the form sets the new due date; it is fit again."""
    page = _logbook(ctx, make_window, qtbot, lab["tech"], "PH-02")
    assert [r.code for r in ctx.equipment.get("PH-02").unfit] == ["calibration_overdue"]
    dialog = _calibration_dialog(page, qtbot)
    fields = dialog.fields
    assert fields.performed_on() == TODAY and fields.due_edit.value() is None  # no interval known: no guess
    qtbot.keyClicks(fields.performed_by_edit, "Endress+Hauser Service")
    qtbot.keyClicks(fields.certificate_edit, "CAL-2026-0412")
    qtbot.mouseClick(fields.result.buttons["pass"], CLICK)
    assert not dialog.out_of_service_check.isEnabled()
    fields.due_edit.set_value(TODAY + timedelta(days=365))
    assert fields.note.text() == "The equipment will be due for calibration on 25/11/2027."
    with qtbot.waitSignal(page.logbook.entry_recorded), qtbot.waitSignal(page.equipment_listed):
        qtbot.mouseClick(dialog.ok_button, CLICK)
    info = ctx.equipment.get("PH-02")
    assert info.calibration_due == TODAY + timedelta(days=365) and info.unfit == () and info.status == "available"
    entry = ctx.equipment.logbook("PH-02")[-1]
    assert entry.kind == "calibration" and dict(entry.details) == {
        "performed_on": "2026-11-25", "performed_by": "Endress+Hauser Service", "certificate": "CAL-2026-0412",
        "result": "pass", "new_due": "2027-11-25",
    }  # fmt: skip
    model = page.logbook.model
    qtbot.waitUntil(lambda: model.row_of(entry.id) >= 0)
    assert model.index(model.row_of(entry.id), lm.COL_DETAILS).data() == (
        "Passed; next due 25/11/2027; certificate CAL-2026-0412; by Endress+Hauser Service; performed on 25/11/2026"
    )
    assert page.logbook.banner.message == f"Entry {entry.id} recorded."


def test_a_failed_calibration_can_take_the_equipment_out_of_service(ctx, lab, make_window, qtbot):
    """A failure keeps the due date, says so, and (ticked by default) takes the autoclave out of service."""
    page = _logbook(ctx, make_window, qtbot, lab["tech"], "AUT-01")
    due = TODAY + timedelta(days=100)
    dialog = _calibration_dialog(page, qtbot)
    fields = dialog.fields
    fields.performed_by_edit.setText("Łukasz Wiśniewski")  # QTest types Latin-1 only
    fields.due_edit.set_value(TODAY + timedelta(days=200))
    qtbot.mouseClick(fields.result.buttons["fail"], CLICK)
    assert not fields.due_edit.isEnabled() and fields.due_edit.value() == due  # the due date stays
    assert fields.note.text().startswith("A failed calibration does not move the due date: it stays on 05/03/2027.")
    assert dialog.out_of_service_check.isEnabled() and dialog.out_of_service_check.isChecked()
    dialog.out_reason_edit.setText("Étalonnage non conforme : dérive de 0,8 °C")
    with qtbot.waitSignal(page.logbook.entry_recorded), qtbot.waitSignal(page.equipment_listed):
        qtbot.mouseClick(dialog.ok_button, CLICK)
    info = ctx.equipment.get("AUT-01")
    assert info.status == "out_of_service" and info.calibration_due == due
    assert [r.code for r in info.unfit] == ["out_of_service"]
    calibration, status = ctx.equipment.logbook("AUT-01")[-2:]
    assert calibration.kind == "calibration" and calibration.details["result"] == "fail"
    assert "new_due" not in calibration.details  # the date shown locked was the one that stays
    assert status.kind == "status_change" and status.reason == "Étalonnage non conforme : dérive de 0,8 °C"
    assert status.details["calibration"] == calibration.id  # one transaction: the status change names it
    assert page.logbook.status_label.text() == "Out of service"
    assert page.logbook.banner.message == (
        f"Calibration recorded as entry {calibration.id}. The equipment is now out of service."
    )
    model = page.logbook.model
    qtbot.waitUntil(lambda: model.row_of(calibration.id) >= 0)
    assert (
        model.index(model.row_of(calibration.id), lm.COL_DETAILS)
        .data()
        .startswith("Failed; due date unchanged; by Łukasz Wiśniewski")
    )


def test_a_failed_calibration_without_the_box_leaves_the_status(ctx, lab, make_window, qtbot):
    """Unticking "take out of service" records the failure only; pass again after fail unlocks the date."""
    page = _logbook(ctx, make_window, qtbot, lab["tech"], "AUT-01")
    dialog = _calibration_dialog(page, qtbot)
    fields = dialog.fields
    fields.due_edit.set_value(TODAY + timedelta(days=200))
    qtbot.mouseClick(fields.result.buttons["fail"], CLICK)
    qtbot.mouseClick(fields.result.buttons["pass"], CLICK)
    assert fields.due_edit.isEnabled() and fields.due_edit.value() == TODAY + timedelta(days=200)
    assert not dialog.out_of_service_check.isEnabled()
    qtbot.mouseClick(fields.result.buttons["fail"], CLICK)
    qtbot.mouseClick(dialog.out_of_service_check, CLICK)
    assert not dialog.out_of_service_check.isChecked() and dialog.out_of_service_reason() is None
    qtbot.keyClicks(fields.performed_by_edit, "Metrologic SA")
    with qtbot.waitSignal(page.logbook.entry_recorded):
        qtbot.mouseClick(dialog.ok_button, CLICK)
    assert ctx.equipment.get("AUT-01").status == "available"
    assert _kinds(ctx, "AUT-01")[-1] == "calibration"


def test_a_failed_calibration_of_overdue_equipment_is_recorded_with_the_move_out_of_service(
    ctx, lab, make_window, qtbot
):
    """The overdue pH meter fails its calibration: the locked date (before the calibration day) is not
    sent as a due date, and the failure and the status change are recorded together."""
    page = _logbook(ctx, make_window, qtbot, lab["tech"], "PH-02")
    dialog = _calibration_dialog(page, qtbot)
    dialog.fields.performed_by_edit.setText("Mettler-Toledo")
    qtbot.mouseClick(dialog.fields.result.buttons["fail"], CLICK)
    assert dialog.fields.due_edit.value() == TODAY - timedelta(days=3)  # shown, locked
    with qtbot.waitSignal(page.logbook.entry_recorded), qtbot.waitSignal(page.equipment_listed):
        qtbot.mouseClick(dialog.ok_button, CLICK)
    calibration, status = ctx.equipment.logbook("PH-02")[-2:]
    assert calibration.details["result"] == "fail" and "new_due" not in calibration.details
    assert status.kind == "status_change" and status.reason == "Failed calibration"
    info = ctx.equipment.get("PH-02")
    assert info.status == "out_of_service" and info.calibration_due == TODAY - timedelta(days=3)
    assert page.logbook.status_label.text() == "Out of service"


def test_a_failed_calibration_of_equipment_without_a_due_date_needs_no_due_date(ctx, lab, make_window, qtbot):
    """The isolator has no calibration date: its failed calibration is recorded without asking for one."""
    page = _logbook(ctx, make_window, qtbot, lab["tech"], "ISO-04")
    dialog = _calibration_dialog(page, qtbot)
    dialog.fields.performed_by_edit.setText("Getinge service")
    qtbot.mouseClick(dialog.fields.result.buttons["fail"], CLICK)
    assert dialog.fields.due_edit.value() is None
    with qtbot.waitSignal(page.logbook.entry_recorded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, CLICK)
    calibration = [e for e in ctx.equipment.logbook("ISO-04") if e.kind == "calibration"][-1]
    assert calibration.details["result"] == "fail" and "new_due" not in calibration.details
    assert ctx.equipment.get("ISO-04").calibration_due is None


def test_the_calibration_form_fills_the_due_date_from_the_registered_interval(ctx, lab, make_window, qtbot):
    """An equipment registered with a 180-day interval: its form proposes the due date 180 days on."""
    ctx.equipment.add(lab["tech"].actor("T1"), "BAL-05", "Balance XPR", "balance", calibration_interval_days=180)
    assert ctx.equipment.get("BAL-05").calibration_interval_days == 180
    page = _logbook(ctx, make_window, qtbot, lab["tech"], "BAL-05")
    dialog = _calibration_dialog(page, qtbot)
    assert dialog.fields.due_edit.value() == TODAY + timedelta(days=180)
    assert dialog.fields.note.text() == "Filled from the calibration interval (180 days); you may change it."
    dialog.reject()


def test_missing_calibration_fields_are_named_and_nothing_is_recorded(ctx, lab, make_window, qtbot):
    """Each missing required field gets its own message and the focus; the logbook stays as it was."""
    page = _logbook(ctx, make_window, qtbot, lab["tech"], "PH-02")
    before = _kinds(ctx, "PH-02")
    dialog = _calibration_dialog(page, qtbot)
    fields = dialog.fields
    steps = [
        (lambda: None, "Say who performed the calibration (a person or a company).", fields.performed_by_edit),
        (lambda: fields.performed_by_edit.setText("Mettler-Toledo"), "Choose the result: passed or failed.",
         fields.result.buttons["pass"]),
        (lambda: fields.result.set_value("pass"),
         "Choose the next due date (after the calibration day).", fields.due_edit),
    ]  # fmt: skip
    for fill, message, field in steps:
        fill()
        qtbot.mouseClick(dialog.ok_button, CLICK)
        assert dialog.isVisible() and dialog.banner.message == message
        qtbot.waitUntil(field.hasFocus)
    fields.due_edit.set_value(TODAY)  # the calibration day itself is no due date
    assert fields.due_edit.value() is None
    qtbot.mouseClick(fields.result.buttons["fail"], CLICK)  # PH-02 has a due date: kept, locked
    dialog.out_reason_edit.clear()
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.isVisible() and dialog.banner.message == "Say why the equipment goes out of service."
    dialog.reject()
    assert _kinds(ctx, "PH-02") == before and ctx.equipment.get("PH-02").calibration_due == TODAY - timedelta(days=3)


def test_the_due_date_follows_the_interval_until_changed_by_hand(qapp):
    """With a 365-day interval the next due date is filled and follows the calibration day, until typed."""
    fields = CalibrationFields(TODAY, None, 365)
    try:
        assert fields.due_edit.value() == TODAY + timedelta(days=365)
        assert fields.note.text() == "Filled from the calibration interval (365 days); you may change it."
        fields.performed_edit.setDate(fields.performed_edit.date().addDays(-10))
        assert fields.due_edit.value() == TODAY + timedelta(days=355)
        fields.due_edit.set_value(date(2027, 6, 30))
        fields.performed_edit.setDate(fields.performed_edit.date().addDays(5))
        assert fields.due_edit.value() == date(2027, 6, 30)
        fields.performed_edit.setDate(fields.performed_edit.date().addDays(30))  # not after today
        assert fields.performed_on() == TODAY
    finally:
        fields.deleteLater()


def test_qualification_pass_and_fail_change_the_qualified_phases(ctx, lab, make_window, qtbot):
    """IQ then OQ passed make the isolator fit; a failed OQ takes OQ away again. The form says where each stands."""
    page = _logbook(ctx, make_window, qtbot, lab["tech"], "ISO-04")
    assert [r.params["phase"] for r in ctx.equipment.get("ISO-04").unfit] == ["IQ", "OQ"]
    for phase, result, reference in (("IQ", "pass", "PROT-IQ-07"), ("OQ", "pass", "PROT-OQ-07"),
                                     ("OQ", "fail", "RAP-OQ-08")):  # fmt: skip
        dialog = _qualification_dialog(page, qtbot)
        qtbot.mouseClick(dialog.fields.phase.buttons[phase], CLICK)
        qtbot.mouseClick(dialog.fields.result.buttons[result], CLICK)
        qtbot.keyClicks(dialog.fields.reference_edit, reference)
        with qtbot.waitSignal(page.logbook.entry_recorded), qtbot.waitSignal(page.equipment_listed):
            qtbot.mouseClick(dialog.ok_button, CLICK)
        if phase == "IQ":
            assert ctx.equipment.get("ISO-04").qualified_phases == ("IQ",)
        elif result == "pass":
            info = ctx.equipment.get("ISO-04")
            assert info.qualified_phases == ("IQ", "OQ") and info.unfit == ()
    info = ctx.equipment.get("ISO-04")
    assert info.qualified_phases == ("IQ",) and [r.params["phase"] for r in info.unfit] == ["OQ"]
    dialog = _qualification_dialog(page, qtbot)
    assert dialog.state_label.text() == "IQ qualified · OQ not qualified (required) · PQ not qualified (not required)"
    qtbot.mouseClick(dialog.fields.phase.buttons["PQ"], CLICK)
    qtbot.mouseClick(dialog.fields.result.buttons["pass"], CLICK)
    assert dialog.note.text() == (
        "PQ will count as qualified. Not qualified yet: OQ; the phases normally follow the order IQ, OQ, PQ."
    )
    dialog.reject()
    model = page.logbook.model
    qtbot.waitUntil(lambda: model.rowCount() >= 3)
    assert model.index(0, lm.COL_DETAILS).data() == "OQ failed; protocol RAP-OQ-08"


def test_missing_qualification_fields_are_named_and_nothing_is_recorded(ctx, lab, make_window, qtbot):
    """Phase, result and protocol are required, each with its message; the logbook stays as it was."""
    page = _logbook(ctx, make_window, qtbot, lab["tech"], "ISO-04")
    before = _kinds(ctx, "ISO-04")
    dialog = _qualification_dialog(page, qtbot)
    fields = dialog.fields
    for fill, message in (
        (lambda: None, "Choose the phase: IQ, OQ or PQ."),
        (lambda: fields.phase.set_value("OQ"), "Choose the result: passed or failed."),
        (lambda: fields.result.set_value("fail"), "Give the reference of the protocol or report."),
    ):
        fill()
        qtbot.mouseClick(dialog.ok_button, CLICK)
        assert dialog.isVisible() and dialog.banner.message == message
    assert dialog.note.text() == (
        "OQ will no longer count as qualified. The equipment will be unfit for use until OQ passes."
    )
    dialog.reject()
    assert _kinds(ctx, "ISO-04") == before and ctx.equipment.get("ISO-04").qualified_phases == ()


def test_staff_without_manage_equipment_cannot_use_the_forms(ctx, lab, make_window, qtbot):
    """An instructor sees the two buttons off (and cannot correct a calibration); QA does not see the page."""
    ctx.equipment.record(lab["tech"].actor("T1"), "PH-02", "calibration",
                         {"result": "pass", "new_due": "2027-11-25", "performed_by": "Mettler-Toledo"})  # fmt: skip
    cleaning = ctx.equipment.record(lab["tech"].actor("T1"), "PH-02", "cleaning", {"description": "Éthanol 70 %"})
    page = _logbook(ctx, make_window, qtbot, lab["inst"], "PH-02")
    panel = page.logbook
    assert not panel.calibration_button.isEnabled() and not panel.qualification_button.isEnabled()
    assert panel.cleaning_button.isEnabled() and panel.incident_button.isEnabled()
    panel.ask_calibration()
    panel.ask_qualification()
    assert panel.dialog is None
    panel.view.selectRow(panel.model.row_of(cleaning.id - 1))
    selected = panel.selected_entry()
    assert selected is not None and selected.kind == "calibration" and not panel.correct_button.isEnabled()
    panel.view.selectRow(panel.model.row_of(cleaning.id))
    assert panel.correct_button.isEnabled()
    # After a recording (buttons off while it runs), the two stay off.
    qtbot.mouseClick(panel.cleaning_button, CLICK)
    entry_dialog = panel.dialog
    assert isinstance(entry_dialog, EntryDialog)
    entry_dialog.description_edit.setPlainText("Nettoyage après usage")
    with qtbot.waitSignal(panel.entry_recorded):
        qtbot.mouseClick(entry_dialog.ok_button, CLICK)
    assert panel.cleaning_button.isEnabled() and not panel.calibration_button.isEnabled()
    window = page.window()
    assert isinstance(window, MainWindow)
    window.lock()
    with qtbot.waitSignal(window.staff_area.staff_changed):
        window.unlock.unlocked.emit(lab["qa"])
    assert EQUIPMENT_PAGE not in window.staff_area.visible_keys()
    assert not window.staff_area.show_page(EQUIPMENT_PAGE)
    assert not panel.calibration_button.isEnabled()


def test_correcting_a_calibration_offers_its_own_fields(ctx, lab, make_window, qtbot):
    """The correction form of a calibration is the calibration's fields, filled; other values are kept."""
    original = ctx.equipment.record(
        lab["tech"].actor("T1"), "PH-02", "calibration",
        {"performed_on": "2026-11-24", "performed_by": "Mettler-Toledo", "certificate": "CAL-1",
         "result": "pass", "new_due": "2027-11-24", "temperature": "21 °C"},
    )  # fmt: skip
    page = _logbook(ctx, make_window, qtbot, lab["tech"], "PH-02")
    panel = page.logbook
    panel.view.selectRow(panel.model.row_of(original.id))
    qtbot.mouseClick(panel.correct_button, CLICK)
    dialog = panel.dialog
    assert isinstance(dialog, CorrectionDialog) and isinstance(dialog.fields, CalibrationFields)
    fields = dialog.fields
    assert fields.performed_on() == date(2026, 11, 24) and fields.performed_by_edit.text() == "Mettler-Toledo"
    assert fields.result.value() == "pass" and fields.due_edit.value() == date(2027, 11, 24)
    assert fields.note.text() == ""  # a correction announces no new due date
    fields.certificate_edit.setText("CAL-2026-0001")
    fields.due_edit.set_value(None)
    dialog.reason_edit.setText("numéro de certificat mal recopié")
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.isVisible() and dialog.banner.message.startswith("Choose the next due date")
    fields.due_edit.set_value(date(2027, 11, 24))
    with qtbot.waitSignal(panel.entry_recorded):
        qtbot.mouseClick(dialog.ok_button, CLICK)
    correction = ctx.equipment.logbook("PH-02")[-1]
    assert correction.supersedes_id == original.id and dict(correction.details) == {
        "performed_on": "2026-11-24", "performed_by": "Mettler-Toledo", "certificate": "CAL-2026-0001",
        "result": "pass", "new_due": "2027-11-24", "temperature": "21 °C",
    }  # fmt: skip


def test_correcting_a_qualification_offers_its_own_fields(ctx, lab, make_window, qtbot):
    """A qualification is corrected with its phase and result buttons, filled from the entry."""
    original = ctx.equipment.record(lab["tech"].actor("T1"), "ISO-04", "qualification",
                                    {"phase": "IQ", "result": "pass", "reference": "PROT-IQ-07"})  # fmt: skip
    page = _logbook(ctx, make_window, qtbot, lab["tech"], "ISO-04")
    panel = page.logbook
    panel.view.selectRow(panel.model.row_of(original.id))
    qtbot.mouseClick(panel.correct_button, CLICK)
    dialog = panel.dialog
    assert isinstance(dialog, CorrectionDialog) and isinstance(dialog.fields, QualificationFields)
    assert dialog.fields.phase.value() == "IQ" and dialog.fields.result.value() == "pass"
    assert dialog.fields.reference_edit.text() == "PROT-IQ-07"
    qtbot.mouseClick(dialog.fields.phase.buttons["OQ"], CLICK)
    dialog.reason_edit.setText("phase mal choisie")
    with qtbot.waitSignal(panel.entry_recorded):
        qtbot.mouseClick(dialog.ok_button, CLICK)
    correction = ctx.equipment.logbook("ISO-04")[-1]
    assert dict(correction.details) == {"phase": "OQ", "result": "pass", "reference": "PROT-IQ-07"}


def test_calibration_and_qualification_details_read_in_french(qapp):
    """The logbook words a calibration and a qualification in French, tolerating a hand-typed date."""
    translators = UiTranslators("fr")
    try:
        words = EquipmentWords()
        assert (
            words.details(
                "calibration", {"result": "fail", "new_due": "2027-03-05", "certificate": "C-9", "remarks": "dérive"}
            )
            == "Non conforme; échéance inchangée; certificat C-9; dérive"
        )
        assert words.details("calibration", {"result": "pass", "new_due": "fin mars"}) == (
            "Conforme; prochaine échéance fin mars"
        )
        assert words.details("qualification", {"phase": "PQ", "result": "pass", "reference": "P-3"}) == (
            "PQ conforme; protocole P-3"
        )
        assert words.details("cleaning", {"description": "Anios", "reference": "SOP-12"}) == (
            "Anios; Référence : SOP-12"
        )
    finally:
        translators.remove()


def test_a_use_under_an_override_shows_who_signed_it_and_why(ctx, lab, make_window, qtbot):
    """The staff logbook says "Dérogation signée par NAME : reason" for a use started under an
    override, never its bare number."""
    [learner] = ctx.people.add_learners(ctx.system_actor(), [NewLearner("Şükrü", "Yılmaz", "student")])
    override = ctx.equipment.sign_override("inst", "a long password", learner.id, "AUT-01", "TP encadré", "T1")
    use = ctx.equipment.start_use(learner.id, "AUT-01", "T1", purpose="stérilisation", override_id=override)
    assert (use.override_signed_by, use.override_reason) == ("Marc Dubois", "TP encadré")
    french = in_language(ctx, "fr")
    page = _logbook(french, make_window, qtbot, lab["tech"], "AUT-01")
    model = page.logbook.model
    qtbot.waitUntil(lambda: model.row_of(use.id) >= 0)
    text = model.index(model.row_of(use.id), lm.COL_DETAILS).data()
    assert text == "Dérogation signée par Marc Dubois : TP encadré; Objet : stérilisation"
    assert "override_id" not in text


def _settled(dialog: QDialog) -> bool:
    """True once every button and field shown got at least the height it needs (the layout ran)."""
    shown = [*dialog.findChildren(QPushButton), *dialog.findChildren(QLineEdit), *dialog.findChildren(ChoiceButtons)]
    return all(w.height() >= w.minimumSizeHint().height() for w in [dialog, *shown] if w.isVisible())


def _save(widget: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_screenshots_of_the_calibration_and_qualification_forms(ctx, lab, make_window, qtbot):
    """The French forms filled in, as PNG in test-artifacts/ (a failed calibration, an OQ passed)."""
    french = in_language(ctx, "fr")
    tech = lab["tech"].actor("T1")
    ctx.equipment.record(tech, "ISO-04", "qualification", {"phase": "IQ", "result": "pass", "reference": "PROT-IQ-07"})
    calibration = ctx.equipment.record(tech, "AUT-01", "calibration", {
        "performed_on": "2026-11-24", "performed_by": "Metrologic SA", "certificate": "CAL-2026-0398",
        "result": "pass", "new_due": "2027-11-24",
    })  # fmt: skip
    ctx.equipment.record(tech, "AUT-01", "qualification", {"phase": "PQ", "result": "fail", "reference": "RAP-PQ-3"})
    dialect = ctx.db.dialect
    page = _logbook(french, make_window, qtbot, lab["tech"], "AUT-01")
    panel = page.logbook
    assert panel.calibration_button.text() == "+ Étalonnage"
    assert page.window().width() == 1280  # seven buttons still fit the kiosk screen
    assert panel.model.index(panel.model.row_of(calibration.id), lm.COL_DETAILS).data() == (
        "Conforme; prochaine échéance 24/11/2027; certificat CAL-2026-0398; par Metrologic SA; réalisé le 24/11/2026"
    )
    _save(page.window(), f"equipment-logbook-forms-{dialect}.png")
    panel.view.selectRow(panel.model.row_of(calibration.id))
    qtbot.mouseClick(panel.correct_button, CLICK)
    correction = panel.dialog
    assert isinstance(correction, CorrectionDialog)
    qtbot.waitUntil(lambda: _settled(correction))
    assert correction.height() <= 800
    _save(correction, f"equipment-calibration-correction-{dialect}.png")
    correction.reject()
    dialog = _calibration_dialog(page, qtbot)
    qtbot.keyClicks(dialog.fields.performed_by_edit, "Metrologic SA")
    qtbot.keyClicks(dialog.fields.certificate_edit, "CAL-2026-0412")
    qtbot.mouseClick(dialog.fields.result.buttons["fail"], CLICK)
    dialog.fields.remarks_edit.setText("Dérive de 0,8 °C à 121 °C")
    qtbot.waitUntil(lambda: _settled(dialog))
    assert dialog.width() <= 1280 and dialog.height() <= 800
    _save(dialog, f"equipment-calibration-{dialect}.png")
    qtbot.mouseClick(dialog.fields.result.buttons["pass"], CLICK)
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.banner.message == "Choisissez la prochaine échéance (après le jour de l'étalonnage)."
    qtbot.waitUntil(lambda: _settled(dialog))
    _save(dialog, f"equipment-calibration-missing-{dialect}.png")
    dialog.reject()
    with qtbot.waitSignal(page.logbook.model.page_loaded):
        page.open_logbook("ISO-04")
    qualification = _qualification_dialog(page, qtbot)
    qtbot.mouseClick(qualification.fields.phase.buttons["OQ"], CLICK)
    qtbot.mouseClick(qualification.fields.result.buttons["pass"], CLICK)
    qtbot.keyClicks(qualification.fields.reference_edit, "PROT-OQ-2026-07")
    qtbot.waitUntil(lambda: _settled(qualification))
    assert qualification.width() <= 1280 and qualification.height() <= 800
    _save(qualification, f"equipment-qualification-{dialect}.png")
    qualification.reject()
