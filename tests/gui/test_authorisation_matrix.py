"""The staff authorisation matrix: a sound model, grant / extend / revoke through the page with the
real services, refusals said in words, permissions, filters, and a screenshot at the kiosk's size."""

from __future__ import annotations

import dataclasses
import os
import shutil
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from aptaskil_desk.app import AppContext
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.ui.models import authorisation_model as am
from aptaskil_desk.ui.staff.authorisation_page import AUTHORISATION_PAGE, COLUMN_WIDTH, AuthorisationPage
from aptaskil_desk.ui.staff.authorisation_panel import RevokeDialog
from tests.conftest import T0
from tests.gui.helpers import ARTIFACTS, DOCS_SCREENSHOTS, in_language

TODAY = date(2026, 11, 25)
PASSWORD = "a long password"


@pytest.fixture
def lab(ctx: AppContext, clock: Any) -> dict[str, Any]:
    """Staff, three equipment (two need an authorisation) and five learners, one in each state:
    lapsed and expired (Wiśniewski), revoked (Yılmaz), valid and expiring soon (Ødegård), none."""
    system = ctx.system_actor()
    clock.set(T0 - timedelta(days=200))
    ctx.centre.add_room(system, "SB-C1", "Salle blanche", "clean_room")
    ctx.centre.add_room(system, "LAB-CQ", "Laboratoire CQ", "laboratory")
    tech = ctx.accounts.add_user(system, "tech", "Jean-François", "D'Hondt", ["technician"], PASSWORD)
    inst = ctx.accounts.add_user(system, "inst", "Marc", "Dubois", ["instructor"], PASSWORD)
    qa = ctx.accounts.add_user(system, "qa", "Nathalie", "Peeters", ["qa"], PASSWORD)
    t = tech.actor("T1")
    ctx.equipment.add(t, "AUT-01", "Autoclave Getinge", "autoclave", room_code="SB-C1")
    ctx.equipment.add(t, "PH-02", "pH-mètre Orion Star", "ph_meter", room_code="LAB-CQ")
    ctx.equipment.add(t, "CEN-03", "Centrifugeuse de paillasse", "centrifuge", requires_authorisation=False)
    learners = ctx.people.add_learners(
        system,
        [
            NewLearner("Łukasz", "Wiśniewski", "job_seeker"),
            NewLearner("Zoë", "Ødegård", "worker"),
            NewLearner("Şükrü", "Yılmaz", "student"),
            NewLearner("Élodie", "Van den Bossche-Leclercq", "job_seeker"),
            NewLearner("Loïc", "D'Hondt", "teacher"),
        ],
    )
    ids = {p.family_name: p.id for p in learners}
    ctx.equipment.authorise(t, ids["Wiśniewski"], "PH-02", None)  # never used since: lapsed today
    clock.set(T0 - timedelta(days=30))
    ctx.equipment.authorise(t, ids["Wiśniewski"], "AUT-01", TODAY - timedelta(days=5))
    ctx.equipment.authorise(t, ids["Yılmaz"], "AUT-01", TODAY + timedelta(days=100))
    clock.set(T0 - timedelta(days=10))
    ctx.equipment.revoke_authorisation(t, ids["Yılmaz"], "AUT-01", "a quitté la formation")
    clock.set(T0)
    ctx.equipment.authorise(t, ids["Ødegård"], "AUT-01", TODAY + timedelta(days=200))
    ctx.equipment.authorise(t, ids["Ødegård"], "PH-02", TODAY + timedelta(days=10))
    return {"tech": tech, "inst": inst, "qa": qa, "ids": ids}


def _open(ctx: AppContext, make_window: Any, qtbot: Any, staff: StaffInfo) -> tuple[Any, AuthorisationPage]:
    """A real window whose staff area is unlocked for ``staff``, showing the matrix."""
    window = make_window(ctx)
    page = window.staff_area.page(AUTHORISATION_PAGE)
    assert isinstance(page, AuthorisationPage)
    with qtbot.waitSignal(page.matrix_loaded):
        window.unlock.unlocked.emit(staff)
    assert window.staff_area.show_page(AUTHORISATION_PAGE)
    return window, page


def _cell(page: AuthorisationPage, person_id: int, code: str) -> Any:
    index = page.model.cell(person_id, code)
    assert index.isValid()
    return index


def _touch(qtbot: Any, page: AuthorisationPage, person_id: int, code: str) -> None:
    """Touch a cell of the matrix, as a finger would."""
    index = _cell(page, person_id, code)
    page.table.scrollTo(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center())
    assert page.panel.cell == (person_id, code)


def _standing(ctx: AppContext, person_id: int, code: str) -> Any:
    return next((a for a in ctx.equipment.authorisations(code) if a.person_id == person_id), None)


def test_matrix_model_passes_the_model_tester_and_says_each_state_in_words(ctx, lab, qtmodeltester):
    """Learners in alphabetical order down, equipment needing an authorisation across; every state
    has words, a symbol and a colour (none has words only); tooltips say when it was granted."""
    ids = lab["ids"]
    model = am.AuthorisationTableModel()
    qtmodeltester.check(model)
    data = am.read_matrix(ctx.people, ctx.equipment, ctx.clock)
    model.set_matrix(data.learners, data.equipment, data.authorisations, data.today)
    qtmodeltester.check(model)
    learners = [model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) for r in range(5)]
    assert model.headerData(1, Qt.Orientation.Vertical) == "Ødegård\nZoë"
    assert learners == ["D'Hondt, Loïc", "Ødegård, Zoë", "Van den Bossche-Leclercq, Élodie", "Wiśniewski, Łukasz",
                        "Yılmaz, Şükrü"]  # fmt: skip
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == ["AUT-01", "PH-02"]

    def cell(name: str, code: str) -> Any:
        return model.cell(ids[name], code)

    expected = {
        ("Ødegård", "AUT-01"): ("valid", "✔ Valid\nuntil 13/06/2027", "#69db7c"),
        ("Ødegård", "PH-02"): ("expires_soon", "⚠ Expires soon\nuntil 05/12/2026", "#ffd43b"),
        ("Wiśniewski", "AUT-01"): ("expired", "✖ Expired\non 20/11/2026", "#ff8787"),
        ("Wiśniewski", "PH-02"): ("lapsed", "◷ Lapsed\nnot used since 09/05/2026", "#ffa94d"),
        ("Yılmaz", "AUT-01"): ("revoked", "⊘ Revoked\non 15/11/2026", "#c8ced4"),
    }
    for (name, code), (state, text, colour) in expected.items():
        index = cell(name, code)
        assert index.data(am.STATE_ROLE) == state
        assert index.data() == text
        assert index.data(Qt.ItemDataRole.BackgroundRole).name() == colour
        assert index.data(Qt.ItemDataRole.ForegroundRole).name() == "#000000"
    none = cell("D'Hondt", "AUT-01")
    assert none.data() == "— None" and none.data(am.STATE_ROLE) == "none"
    assert none.data(Qt.ItemDataRole.BackgroundRole) is None and none.data(am.AUTHORISATION_ROLE) is None
    tip = cell("Wiśniewski", "AUT-01").data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["Łukasz Wiśniewski — AUT-01: Expired on 20/11/2026", "Autoclave Getinge",
                                "Granted by tech on 26/10/2026", "Never used"]  # fmt: skip
    revoked_tip = cell("Yılmaz", "AUT-01").data(Qt.ItemDataRole.ToolTipRole)
    assert revoked_tip.splitlines()[2:] == ["Granted by tech on 26/10/2026", "Never used",
                                            "Revoked by tech on 15/11/2026: a quitté la formation"]  # fmt: skip
    assert cell("Ødegård", "PH-02").data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Zoë Ødegård — PH-02: Expires soon until 05/12/2026"
    )


def test_granting_through_the_page_records_it_and_shows_it_at_once(ctx, lab, make_window, qtbot):
    """A technician touches an empty cell, picks the end date and grants: the service records it
    and the cell turns valid, the panel now offering to extend."""
    person = lab["ids"]["D'Hondt"]
    _window, page = _open(ctx, make_window, qtbot, lab["tech"])
    _touch(qtbot, page, person, "AUT-01")
    assert page.panel.grant_button.text() == "Grant" and not page.panel.revoke_button.isEnabled()
    assert page.panel.until() == date(2027, 11, 25)  # the default: a year from today
    page.panel.until_edit.setDate(QDate(2027, 6, 30))
    with qtbot.waitSignal(page.authorisation_recorded) as recorded, qtbot.waitSignal(page.matrix_loaded):
        qtbot.mouseClick(page.panel.grant_button, Qt.MouseButton.LeftButton)
    assert recorded.args[0] == "Loïc D'Hondt is now authorised to use AUT-01 until 30/06/2027."
    assert page.banner.message == recorded.args[0]
    stored = _standing(ctx, person, "AUT-01")
    assert stored.expires_on == date(2027, 6, 30) and stored.granted_on == TODAY and stored.problem is None
    assert _cell(page, person, "AUT-01").data() == "✔ Valid\nuntil 30/06/2027"
    assert page.panel.cell == (person, "AUT-01") and page.panel.grant_button.text() == "Extend"
    assert page.panel.revoke_button.isEnabled()


def test_extending_an_expired_authorisation_supersedes_it(ctx, lab, make_window, qtbot):
    """Extend on an expired cell grants a year from today by default; the old row is superseded, kept."""
    person = lab["ids"]["Wiśniewski"]
    old = _standing(ctx, person, "AUT-01")
    _window, page = _open(ctx, make_window, qtbot, lab["inst"])
    _touch(qtbot, page, person, "AUT-01")
    assert page.panel.grant_button.text() == "Extend"
    assert page.panel.subject_label.text() == "Łukasz Wiśniewski — AUT-01: Expired on 20/11/2026"
    with qtbot.waitSignal(page.matrix_loaded):
        qtbot.mouseClick(page.panel.grant_button, Qt.MouseButton.LeftButton)
    assert page.banner.message == "The authorisation of Łukasz Wiśniewski for AUT-01 is extended until 25/11/2027."
    new = _standing(ctx, person, "AUT-01")
    assert new.id != old.id and new.expires_on == date(2027, 11, 25) and new.problem is None
    assert _cell(page, person, "AUT-01").data(am.STATE_ROLE) == "valid"


def test_revoking_needs_a_reason_and_keeps_the_authorisation_on_record(ctx, lab, make_window, qtbot):
    """Revoke opens a form that refuses an empty reason; with one, the cell turns revoked and the
    panel offers to grant again."""
    person = lab["ids"]["Ødegård"]
    _window, page = _open(ctx, make_window, qtbot, lab["tech"])
    _touch(qtbot, page, person, "AUT-01")
    qtbot.mouseClick(page.panel.revoke_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RevokeDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.banner.message == "Say why the authorisation is revoked."
    assert _standing(ctx, person, "AUT-01").revoked_on is None
    qtbot.keyClicks(dialog.reason_edit, "formation interrompue")
    with qtbot.waitSignal(page.matrix_loaded):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.banner.message == "The authorisation of Zoë Ødegård for AUT-01 is revoked."
    assert _standing(ctx, person, "AUT-01").revoked_on == TODAY
    assert _cell(page, person, "AUT-01").data() == "⊘ Revoked\non 25/11/2026"
    assert page.panel.grant_button.text() == "Grant again" and not page.panel.revoke_button.isEnabled()


def test_a_role_withdrawn_since_unlock_is_refused_in_words_and_changes_nothing(ctx, lab, make_window, qtbot):
    """The screen believes the person may authorise; the service reads the real roles and refuses."""
    stale = dataclasses.replace(lab["qa"], roles=("technician",))
    person = lab["ids"]["D'Hondt"]
    _window, page = _open(ctx, make_window, qtbot, stale)
    _touch(qtbot, page, person, "PH-02")
    with qtbot.waitSignal(page.action_refused) as refused, qtbot.waitSignal(page.matrix_loaded):
        qtbot.mouseClick(page.panel.grant_button, Qt.MouseButton.LeftButton)
    assert refused.args[0] == (
        "Your roles do not allow you to grant or revoke authorisations. Ask a technician or an instructor."
    )
    assert page.banner.message == refused.args[0] and page.banner.level == "error"
    assert _standing(ctx, person, "PH-02") is None
    assert _cell(page, person, "PH-02").data(am.STATE_ROLE) == "none"


def test_a_revocation_made_elsewhere_meanwhile_is_refused_and_shown(ctx, lab, make_window, qtbot):
    """Another terminal revoked first: the service's refusal is shown in words and the cell catches up."""
    person = lab["ids"]["Ødegård"]
    _window, page = _open(ctx, make_window, qtbot, lab["tech"])
    _touch(qtbot, page, person, "PH-02")
    ctx.equipment.revoke_authorisation(lab["inst"].actor("T2"), person, "PH-02", "erreur d'encodage")
    qtbot.mouseClick(page.panel.revoke_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RevokeDialog)
    dialog.reason_edit.setText("fin de stage")
    with qtbot.waitSignal(page.action_refused) as refused, qtbot.waitSignal(page.matrix_loaded):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert refused.args[0] == f"Person {person} holds no authorisation for PH-02."
    assert _cell(page, person, "PH-02").data(am.STATE_ROLE) == "revoked"
    assert page.panel.grant_button.text() == "Grant again"


def test_an_end_date_in_the_past_is_refused_before_anything_is_written(ctx, lab, make_window, qtbot):
    """The date field stops at today; a past date reaching the page anyway is refused in words."""
    person = lab["ids"]["D'Hondt"]
    _window, page = _open(ctx, make_window, qtbot, lab["tech"])
    _touch(qtbot, page, person, "AUT-01")
    page.panel.until_edit.setDate(QDate(2026, 1, 1))
    assert page.panel.until() == TODAY
    with qtbot.waitSignal(page.action_refused) as refused:
        page.grant(person, "AUT-01", TODAY - timedelta(days=1))
    assert refused.args[0] == "The end date 24/11/2026 is already past: choose today or later."
    assert _standing(ctx, person, "AUT-01") is None


def test_only_staff_who_may_authorise_see_the_page(ctx, lab, make_window, qtbot):
    """Technicians and instructors see the matrix; QA does not, and a page shown to them offers no action."""
    window = make_window(ctx)
    area = window.staff_area
    for staff, shown in ((lab["tech"], True), (lab["inst"], True), (lab["qa"], False)):
        area.set_staff(staff)
        assert (AUTHORISATION_PAGE in area.visible_keys()) is shown
        assert area.show_page(AUTHORISATION_PAGE) is shown
    page = area.page(AUTHORISATION_PAGE)
    assert isinstance(page, AuthorisationPage)
    with qtbot.waitSignal(page.matrix_loaded):
        page.set_staff(lab["qa"])
    assert page.choose(lab["ids"]["Ødegård"], "AUT-01")
    assert not page.panel.grant_button.isEnabled() and not page.panel.revoke_button.isEnabled()


def test_search_and_filters_narrow_the_matrix_and_lock_forgets_it(ctx, lab, make_window, qtbot):
    """Name search ignores diacritics; the room filter keeps that room's equipment; the learner
    filter keeps holders or those needing attention; locking empties the page."""
    window, page = _open(ctx, make_window, qtbot, lab["tech"])
    assert page.visible_equipment() == ["AUT-01", "PH-02"] and len(page.visible_learners()) == 5
    page.search_edit.setText("lukasz")
    assert page.visible_learners() == ["Wiśniewski, Łukasz"]
    page.search_edit.setText("odegard zoe")
    assert page.visible_learners() == ["Ødegård, Zoë"]
    page.search_edit.setText("personne")
    assert page.visible_learners() == [] and page.banner.message == "No learner matches the search."
    page.search_edit.clear()
    assert not page.banner.isVisible()
    page.room_combo.setCurrentIndex(page.room_combo.findData("LAB-CQ"))
    assert page.visible_equipment() == ["PH-02"]
    page.learner_combo.setCurrentIndex(page.learner_combo.findData("attention"))
    assert page.visible_learners() == ["Ødegård, Zoë", "Wiśniewski, Łukasz"]
    page.room_combo.setCurrentIndex(0)
    page.learner_combo.setCurrentIndex(page.learner_combo.findData("holders"))
    assert page.visible_learners() == ["Ødegård, Zoë", "Wiśniewski, Łukasz", "Yılmaz, Şükrü"]
    window.lock()
    assert page.visible_learners() == [] and page.panel.cell is None and page.search_edit.text() == ""


def test_many_equipment_scroll_sideways_and_few_share_the_width(ctx, lab, make_window, qtbot):
    """Columns keep a readable width and the matrix scrolls when many equipment need an authorisation;
    a room with few shares the width."""
    tech = lab["tech"].actor("T1")
    for n in range(4, 9):
        ctx.equipment.add(tech, f"BAL-0{n}", f"Balance {n}", "balance", room_code="SB-C1")
    _window, page = _open(ctx, make_window, qtbot, lab["tech"])
    header, bar = page.table.horizontalHeader(), page.table.horizontalScrollBar()
    assert page.model.columnCount() == 7
    assert [header.sectionSize(c) for c in range(7)] == [COLUMN_WIDTH] * 7 and bar.maximum() > 0
    page.room_combo.setCurrentIndex(page.room_combo.findData("LAB-CQ"))
    assert page.visible_equipment() == ["PH-02"]
    assert header.sectionSize(0) == page.table.viewport().width() and bar.maximum() == 0


def test_screenshot_of_the_matrix(ctx, lab, make_window, qtbot):
    """The French matrix with every state and a chosen cell, at the kiosk's 1280 × 800, as PNG."""
    window, page = _open(in_language(ctx, "fr"), make_window, qtbot, lab["tech"])
    _touch(qtbot, page, lab["ids"]["Wiśniewski"], "AUT-01")
    assert window.width() == 1280 and window.height() == 800
    assert page.panel.grant_button.text() == "Prolonger"
    assert page.table.horizontalScrollBar().maximum() == 0  # two equipment fit without scrolling
    dialect = ctx.db.dialect
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"authorisation-matrix-{dialect}.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
    if dialect == "sqlite" and os.environ.get("APTASKIL_UPDATE_SCREENSHOTS") == "1":
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOCS_SCREENSHOTS / "authorisation-matrix.png")
