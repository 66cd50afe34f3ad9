"""The staff equipment screens: register and paged logbook models, filters, corrections, refusals."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import insert

from aptaskil_desk.app import AppContext
from aptaskil_desk.db.models import LogbookEntry
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.models import equipment_model as em
from aptaskil_desk.ui.models import logbook_model as lm
from aptaskil_desk.ui.staff.equipment_dialogs import CorrectionDialog, EntryDialog, StatusDialog
from aptaskil_desk.ui.staff.equipment_page import EQUIPMENT_PAGE, EquipmentPage
from aptaskil_desk.ui.workers import JobRunner
from tests.conftest import T0
from tests.gui.helpers import ARTIFACTS, DOCS_SCREENSHOTS, in_language

TODAY = date(2026, 11, 25)
KINDS = ("cleaning", "maintenance", "use", "incident")


def _bulk_logbook(ctx: AppContext, equipment_id: int, count: int) -> None:
    """``count`` past entries, one an hour before T0, cycling through KINDS (history bypasses the services)."""
    rows = [
        {"equipment_id": equipment_id, "kind": KINDS[n % len(KINDS)], "at": T0 - timedelta(hours=count - n),
         "person_id": None, "details": json.dumps({"description": f"entrée {n:04d}"}), "terminal": "T1",
         "recorded_at": T0, "recorded_by": "tech"}
        for n in range(count)
    ]  # fmt: skip
    with ctx.db.engines.write.begin() as conn:
        conn.execute(insert(LogbookEntry), rows)


@pytest.fixture
def lab(ctx: AppContext) -> dict[str, Any]:
    """A technician, an instructor, and three equipment: fit, calibration overdue, in quarantine."""
    system = ctx.system_actor()
    ctx.centre.add_room(system, "SB-C1", "Salle blanche", "clean_room")
    tech = ctx.accounts.add_user(system, "tech", "Jean-François", "D'Hondt", ["technician"], "a long password")
    inst = ctx.accounts.add_user(system, "inst", "Marc", "Dubois", ["instructor"], "a long password")
    t = tech.actor("T1")
    aut = ctx.equipment.add(t, "AUT-01", "Autoclave Getinge", "autoclave", room_code="SB-C1",
                            calibration_due=TODAY + timedelta(days=100))  # fmt: skip
    ctx.equipment.add(t, "PH-02", "pH-mètre Orion Star", "ph_meter", room_code="SB-C1",
                      calibration_due=TODAY - timedelta(days=3))  # fmt: skip
    ctx.equipment.add(t, "BAL-03", "Balance XS205", "balance", calibration_due=TODAY + timedelta(days=10))
    ctx.equipment.set_status(t, "BAL-03", "quarantine", "awaiting QA decision")
    return {"tech": tech, "inst": inst, "aut_id": aut.id}


def _open(ctx: AppContext, make_window: Any, qtbot: Any, staff: StaffInfo) -> tuple[Any, EquipmentPage]:
    """A real window, whose staff area carries the equipment page, unlocked for ``staff``."""
    window = make_window(ctx)
    page = window.staff_area.page(EQUIPMENT_PAGE)
    assert isinstance(page, EquipmentPage)
    with qtbot.waitSignal(page.equipment_listed):
        window.unlock.unlocked.emit(staff)
    assert window.staff_area.show_page(EQUIPMENT_PAGE)
    return window, page


def _open_logbook(page: EquipmentPage, qtbot: Any, code: str) -> None:
    with qtbot.waitSignal(page.logbook.model.page_loaded):
        assert page.open_logbook(code)


def test_equipment_model_passes_the_model_tester_and_says_status_in_words(ctx, lab, qtmodeltester):
    """The register model is a sound Qt model; status has words and a colour role; unfitness is in words."""
    model = em.EquipmentTableModel()
    qtmodeltester.check(model)
    model.set_rows(ctx.equipment.all())
    qtmodeltester.check(model)
    row = model.row_of("BAL-03")
    status = model.index(row, em.COL_STATUS)
    assert status.data() == "In quarantine" and status.data(em.STATUS_COLOUR_ROLE).name() == "#ffa94d"
    assert model.index(row, em.COL_FITNESS).data() == "Unfit: in quarantine"
    assert model.index(model.row_of("PH-02"), em.COL_FITNESS).data() == "Unfit: calibration overdue since 22/11/2026"
    assert model.index(model.row_of("AUT-01"), em.COL_FITNESS).data() == "Fit for use"
    assert model.headerData(em.COL_STATUS, Qt.Orientation.Horizontal) == "Status"


def test_logbook_model_passes_the_model_tester_while_it_pages(ctx, lab, qtbot, qtmodeltester):
    """600 entries arrive 200 at a time off the GUI thread, each once; the order is a new query."""
    _bulk_logbook(ctx, lab["aut_id"], 600)
    runner = JobRunner()
    try:
        model = lm.LogbookTableModel(lm.jobs_loader(ctx.equipment, runner, runner), page_size=200)
        with qtbot.waitSignal(model.page_loaded):
            model.set_query(lm.LogbookQuery("AUT-01"))
        qtmodeltester.check(model)
        assert model.rowCount() == 200 and model.total == 600
        while model.rowCount() < 600:  # the tester itself may have asked for the next page
            model.fetchMore(QModelIndex())
            qtbot.waitUntil(lambda: not model.loading)
        qtmodeltester.check(model)
        ids = [model.entry(r).id for r in range(model.rowCount())]
        assert len(ids) == len(set(ids)) == 600 and not model.canFetchMore(QModelIndex())
        assert model.index(0, lm.COL_DETAILS).data() == "entrée 0599"
        with qtbot.waitSignal(model.modelReset):
            model.sort(lm.COL_WHEN, Qt.SortOrder.AscendingOrder)
        qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading)
        assert model.query is not None and not model.query.newest_first
        assert model.index(0, lm.COL_DETAILS).data() == "entrée 0000"
    finally:
        runner.shutdown()


def test_logbook_view_fetches_the_next_page_when_scrolled_to_the_end(ctx, lab, make_window, qtbot):
    """The real view shows 200 rows, and scrolling to the bottom loads the next page."""
    _bulk_logbook(ctx, lab["aut_id"], 500)
    _window, page = _open(ctx, make_window, qtbot, lab["tech"])
    _open_logbook(page, qtbot, "AUT-01")
    model = page.logbook.model
    assert model.rowCount() == 200 and model.total == 500
    bar = page.logbook.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the view lays its rows out after the page arrived
    with qtbot.waitSignal(model.page_loaded):
        bar.setValue(bar.maximum())
    assert model.rowCount() == 400
    assert page.logbook.count_label.text() == "400 of 500 entries loaded; scroll down for more"


def test_logbook_filters_by_kind_and_dates_through_the_database(ctx, lab, make_window, qtbot):
    """Choosing a kind, then a day, re-queries: only incidents, then only that day's incidents."""
    _bulk_logbook(ctx, lab["aut_id"], 500)
    _window, page = _open(ctx, make_window, qtbot, lab["tech"])
    _open_logbook(page, qtbot, "AUT-01")
    model = page.logbook.model
    with qtbot.waitSignal(model.page_loaded):
        page.logbook.filters.set_kind("incident")
    assert model.total == 125 and {model.entry(r).kind for r in range(model.rowCount())} == {"incident"}
    with qtbot.waitSignal(model.page_loaded):
        page.logbook.filters.set_dates(TODAY - timedelta(days=1))
    assert model.total == 6 and model.index(0, lm.COL_KIND).data() == "Incident"


def test_a_correction_stands_beside_its_struck_through_original(ctx, lab, make_window, qtbot):
    """Correcting the selected entry through the dialog shows both: the original struck through."""
    entry = ctx.equipment.record(lab["tech"].actor("T1"), "PH-02", "cleaning", {"description": "Ethanol 70 %"})
    _window, page = _open(ctx, make_window, qtbot, lab["tech"])
    _open_logbook(page, qtbot, "PH-02")
    panel, model = page.logbook, page.logbook.model
    panel.view.selectRow(model.row_of(entry.id))
    qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, CorrectionDialog)
    dialog.edits["description"].setText("Isopropanol 70 %")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.banner.message == "Say why the entry is corrected."
    dialog.reason_edit.setText("wrong agent written")
    with qtbot.waitSignal(panel.entry_recorded), qtbot.waitSignal(model.page_loaded):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    new, old = model.row_of(entry.id + 1), model.row_of(entry.id)
    assert abs(new - old) == 1
    assert model.index(new, lm.COL_NOTE).data() == f"Corrects entry {entry.id}: wrong agent written"
    assert model.index(new, lm.COL_DETAILS).data() == "Isopropanol 70 %"
    assert model.index(old, lm.COL_NOTE).data() == f"Superseded by entry {entry.id + 1}"
    assert model.index(old, 0).data(lm.SUPERSEDED_ROLE) is True
    assert model.index(old, lm.COL_DETAILS).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(new, lm.COL_DETAILS).data(Qt.ItemDataRole.FontRole) is None


def test_an_incident_recorded_on_the_page_takes_the_equipment_out_of_service(ctx, lab, make_window, qtbot):
    """Reporting an incident from the logbook marks the equipment out of service in the list at once."""
    _window, page = _open(ctx, make_window, qtbot, lab["inst"])
    _open_logbook(page, qtbot, "AUT-01")
    qtbot.mouseClick(page.logbook.incident_button, Qt.MouseButton.LeftButton)
    dialog = page.logbook.dialog
    assert isinstance(dialog, EntryDialog)
    dialog.description_edit.setPlainText("Joint de porte fissuré")
    with qtbot.waitSignal(page.equipment_listed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    row = page.model.row_of("AUT-01")
    assert page.model.index(row, em.COL_STATUS).data() == "Out of service"
    assert page.model.index(row, em.COL_FITNESS).data() == "Unfit: out of service"
    assert page.logbook.status_label.text() == "Out of service"
    assert page.logbook.banner.message.startswith("Incident recorded as entry")
    page.show_list()
    page.status_combo.setCurrentIndex(page.status_combo.findData("unfit"))
    assert page.visible_codes() == ["AUT-01", "BAL-03", "PH-02"]


def test_an_instructor_changing_a_status_is_refused_in_words(ctx, lab, make_window, qtbot):
    """The service refuses an instructor's status change; the page says so in words and nothing changes."""
    _window, page = _open(ctx, make_window, qtbot, lab["inst"])
    _open_logbook(page, qtbot, "AUT-01")
    qtbot.mouseClick(page.logbook.status_button, Qt.MouseButton.LeftButton)
    dialog = page.logbook.dialog
    assert isinstance(dialog, StatusDialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("quarantine"))
    dialog.reason_edit.setText("contrôle QA")
    with qtbot.waitSignal(page.logbook.action_refused) as refused:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert refused.args[0].startswith("Your roles do not allow you to change the status of equipment.")
    assert page.logbook.banner.message == refused.args[0]
    assert ctx.equipment.get("AUT-01").status == "available"


def test_search_and_lock_forget_what_was_shown(ctx, lab, make_window, qtbot):
    """The search narrows the list; locking the staff area empties the page."""
    window, page = _open(ctx, make_window, qtbot, lab["tech"])
    assert page.visible_codes() == ["AUT-01", "BAL-03", "PH-02"]
    page.search_edit.setText("orion")
    assert page.visible_codes() == ["PH-02"]
    _open_logbook(page, qtbot, "PH-02")
    window.lock()
    assert page.visible_codes() == [] and page.logbook.model.rowCount() == 0 and page.logbook.equipment is None


def _save(widget: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(ARTIFACTS / name))


def test_screenshots_of_the_register_and_a_logbook(ctx, lab, make_window, qtbot):
    """The French register and a logbook with a correction, as PNG (docs/screenshots/equipment-logbook.png)."""
    tech = lab["tech"].actor("T1")
    _bulk_logbook(ctx, lab["aut_id"], 300)
    first = ctx.equipment.record(
        tech, "AUT-01", "cleaning", {"description": "Nettoyage Surfa'Safe", "reference": "SOP-12"}
    )
    ctx.equipment.correct(
        tech, first.id, {"description": "Nettoyage Anios", "reference": "SOP-12"}, "mauvais produit noté"
    )
    ctx.equipment.record(tech, "AUT-01", "incident", {"description": "Joint de porte fissuré"})
    french = in_language(ctx, "fr")
    window, page = _open(french, make_window, qtbot, lab["tech"])
    dialect = ctx.db.dialect
    assert window.width() == 1280  # the page fits the kiosk screen
    _save(window, f"equipment-list-{dialect}.png")
    _open_logbook(page, qtbot, "AUT-01")
    assert page.logbook.model.index(0, lm.COL_KIND).data() == "Changement de statut"
    _save(window, f"equipment-logbook-{dialect}.png")
    if dialect == "sqlite" and os.environ.get("APTASKIL_UPDATE_SCREENSHOTS") == "1":
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ARTIFACTS / f"equipment-logbook-{dialect}.png", DOCS_SCREENSHOTS / "equipment-logbook.png")
