"""The attendance review page, on both databases, with attendance recorded through the real kiosk
scan service: a session over the October 2026 change of clocks (Friday 23, the night of Sunday 25
from 00:30 to 05:30 by the wall clock — six real hours — and Monday 26), late arrivals, an early
departure, a forgotten check-out, scans outside any session, a learner not enrolled and one
withdrawn. What the grid shows is checked against the hours report and the printed record's data;
corrections are made through the day dialog, and the screenshots go to test-artifacts/attendance-review-*.png.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import CENTRE_TZ, FixedClock
from aptaskil_desk.db.models import AuditLog
from aptaskil_desk.errors import PermissionDenied
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.attendance_review import ordered_flags
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.services.session_record import SessionRecordService
from aptaskil_desk.ui.i18n import UiTranslators
from aptaskil_desk.ui.staff import attendance_grid as ag
from aptaskil_desk.ui.staff.area import StaffArea
from aptaskil_desk.ui.staff.attendance_dialogs import DayEventsDialog, wall_instants
from aptaskil_desk.ui.staff.attendance_page import ATTENDANCE_PAGE, AttendancePage, attendance_pages
from aptaskil_desk.ui.style import load_stylesheet
from aptaskil_desk.ui.workers import JobRunner
from tests.gui.helpers import ARTIFACTS, PASSWORD, in_language

SESSION = "TLCQ-2610"
LAB, HALL = "KIOSK-LAB", "KIOSK-HALL"
FRI, SUN, MON = date(2026, 10, 23), date(2026, 10, 25), date(2026, 10, 26)


def at(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CENTRE_TZ)


@dataclass(frozen=True)
class World:
    ids: dict[str, int]
    instructor: StaffInfo
    technician: StaffInfo


@pytest.fixture
def world(ctx: AppContext, clock: FixedClock) -> World:
    """Four learners enrolled (one withdrawn later), one not enrolled; their scans over three days."""
    system = ctx.system_actor()
    clock.set(at(date(2026, 10, 20), 9, 0))
    ctx.centre.add_room(system, "LAB-CQ", "Laboratoire de contrôle qualité", "laboratory")
    ctx.centre.add_room(system, "AT-01", "Atelier de maintenance", "workshop")
    ctx.centre.register_terminal(system, LAB, "LAB-CQ")
    ctx.centre.register_terminal(system, HALL, "AT-01")
    inst = ctx.accounts.add_user(system, "evdb", "Élodie", "Van den Bossche-Leclercq", ["instructor"], PASSWORD)
    tech = ctx.accounts.add_user(system, "tech", "Marc", "Dubois", ["technician"], PASSWORD)
    names = [("Zoë", "Ødegård"), ("Łukasz", "Wiśniewski"), ("Şükrü", "Yılmaz"), ("Thị Ánh", "Nguyễn")]
    people = ctx.people.add_learners(system, [NewLearner(g, f, "job_seeker") for g, f in names])
    [outsider] = ctx.people.add_learners(system, [NewLearner("Jean-François", "D'Hondt", "worker")])
    ids = {p.given_name: p.id for p in [*people, outsider]}
    ctx.centre.add_course(system, "TLCQ", "Technicien·ne de laboratoire CQ", "qc_lab_technician")
    ctx.centre.add_course(system, "OPP", "Opérateur·rice de production pharmaceutique", "production_operator")
    slots = [(at(d, 8, 30), at(d, 12, 0)) for d in (FRI, MON)] + [(at(d, 12, 45), at(d, 16, 30)) for d in (FRI, MON)]
    slots.append((at(SUN, 0, 30), at(SUN, 5, 30)))  # the night the clocks go back: 6 real hours
    ctx.centre.add_session(system, SESSION, "TLCQ", "LAB-CQ", slots, inst.person_id, [p.id for p in people])
    later = date(2026, 11, 16)
    ctx.centre.add_session(system, "OPP-2611", "OPP", "LAB-CQ", [(at(later, 8, 30), at(later, 12, 0))], None, [])
    badges = {b.person_id: b.code for b in ctx.badges.issue(system, list(ids.values()))}

    def scan(who: str, instant: datetime, terminal: str = LAB) -> None:
        clock.set(instant)
        assert ctx.scan.scan(badges[ids[who]], terminal).result in ("checked_in", "checked_out")

    for who, times in {
        "Zoë": [(FRI, 8, 20), (FRI, 16, 31), (SUN, 0, 25), (SUN, 5, 35), (MON, 8, 29), (MON, 16, 40)],
        "Łukasz": [(FRI, 8, 52), (FRI, 16, 35), (SUN, 0, 45), (SUN, 5, 35)],  # late twice
        "Şükrü": [(FRI, 8, 25), (FRI, 15, 40), (MON, 8, 30), (MON, 16, 31)],  # left early on Friday
        "Thị Ánh": [(FRI, 8, 23), (MON, 8, 23), (MON, 12, 5), (MON, 12, 50), (MON, 16, 34)],  # no check-out Friday
        "Jean-François": [(MON, 8, 29), (MON, 16, 40)],  # not enrolled
    }.items():
        for day, hour, minute in times:
            scan(who, at(day, hour, minute))
    scan("Łukasz", at(MON, 9, 0), HALL)  # in the building, in no session
    scan("Łukasz", at(MON, 11, 0), HALL)
    clock.set(at(date(2026, 10, 27), 9, 0))
    ctx.courses.unenrol(system, SESSION, person_id=ids["Şükrü"], reason="a trouvé un emploi")
    clock.set(at(date(2026, 10, 28), 10, 0))  # a Wednesday: the session ran this week and last
    return World(ids, inst, tech)


@pytest.fixture
def jobs(qtbot: Any) -> Iterator[JobRunner]:
    runner = JobRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def open_page(ctx: AppContext, jobs: JobRunner, qtbot: Any) -> Callable[..., AttendancePage]:
    """The page in a staff area at the kiosk's 1280×800, unlocked for someone, its session shown."""
    areas: list[StaffArea] = []  # the page lives as long as its area

    def build(staff: StaffInfo, context: AppContext | None = None, code: str | None = SESSION) -> AttendancePage:
        [spec] = attendance_pages(context or ctx, jobs)
        area = StaffArea("TEST-TERM-1")
        area.setStyleSheet(load_stylesheet())
        area.add_page(spec.key, spec.title, spec.widget, spec.permission)
        area.staff_changed.connect(spec.widget.set_staff)
        qtbot.addWidget(area)
        areas.append(area)
        area.resize(1280, 800)
        with qtbot.waitExposed(area):
            area.show()
        page = spec.widget
        with qtbot.waitSignal(page.sessions_listed):
            area.set_staff(staff)
        assert area.show_page(ATTENDANCE_PAGE)
        if code is not None:
            qtbot.waitUntil(lambda: page.grid is not None and page.grid.session_code == code)
        return page

    return build


def _text(page: AttendancePage, person: int, day: date) -> str:
    return str(page.model.index_of(person, day).data())


def _save(widget: QWidget, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(ARTIFACTS / name))


def test_the_page_is_for_those_who_manage_courses(ctx, jobs, world, qtbot):
    """One staff page, "Attendance", needing the permission the service checks."""
    [spec] = attendance_pages(ctx, jobs)
    qtbot.addWidget(spec.widget)
    assert (spec.key, spec.title, spec.permission.value) == ("attendance", "Attendance", "manage_courses")
    with pytest.raises(PermissionDenied):
        ctx.attendance_review.grid(world.technician.actor("T1"), SESSION)


def test_grid_shows_times_hours_and_flags_with_the_dst_night(ctx, world, open_page):
    """Every learner × day: in/out times, hours (the night of 25 October counts 6 real hours), flags."""
    page = open_page(world.instructor)
    ids = world.ids
    assert page.offered_sessions() == [SESSION]  # this week's; OPP-2611 only through the search
    grid = page.grid
    assert grid is not None and grid.days == (FRI, SUN, MON)
    assert [p.name for p in grid.learners] == ["Jean-François D'Hondt", "Thị Ánh Nguyễn", "Zoë Ødegård",
                                               "Łukasz Wiśniewski", "Şükrü Yılmaz"]  # fmt: skip
    assert _text(page, ids["Zoë"], FRI) == "08:20–16:31 · 7.25 h"
    assert _text(page, ids["Zoë"], SUN) == "00:25–05:35 · 6.00 h"  # 00:30–05:30 is six real hours
    assert _text(page, ids["Łukasz"], SUN) == "00:45–05:35 · 5.75 h\nLate"
    assert _text(page, ids["Łukasz"], FRI) == "08:52–16:35 · 6.88 h\nLate"
    assert _text(page, ids["Łukasz"], MON) == "Absent\nOutside the schedule"
    assert _text(page, ids["Şükrü"], FRI) == "08:25–15:40 · 6.42 h\nLeft early"
    assert _text(page, ids["Şükrü"], SUN) == "Absent"
    assert _text(page, ids["Jean-François"], FRI) == "—"  # not enrolled: not expected, never "absent"
    assert _text(page, ids["Thị Ánh"], FRI) == "08:23–16:30 · 7.25 h\nClosed automatically"
    assert _text(page, ids["Thị Ánh"], MON) == "08:23–12:05 · 12:50–16:34 · 7.17 h"
    assert _text(page, ids["Jean-François"], MON) == "08:29–16:40 · 7.25 h\nNot enrolled"
    rows = page.model.rowCount()
    header = page.model.headerData
    assert header(rows - 1, Qt.Orientation.Vertical) == "Session total"
    assert header(4, Qt.Orientation.Vertical) == "Yılmaz, Şükrü\nwithdrawn on 27/10/2026"
    assert header(4, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole).endswith("(a trouvé un emploi)")
    assert header(0, Qt.Orientation.Vertical) == "D'Hondt, Jean-François\nnot enrolled"
    assert [header(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Fri 23/10", "Sun 25/10", "Mon 26/10", "Total"]
    badges = page.model.index_of(ids["Łukasz"], FRI).data(ag.BADGES_ROLE)
    assert badges == [("Late", "#ffd43b")]
    tip = page.model.index_of(ids["Łukasz"], FRI).data(Qt.ItemDataRole.ToolTipRole)
    assert "first check-in more than 10 min after the first slot began" in tip
    assert "08:52  check-in · scan · TLCQ-2610" in tip and "16:35  check-out · scan · TLCQ-2610" in tip
    monday = page.model.index_of(ids["Łukasz"], MON).data(Qt.ItemDataRole.ToolTipRole)
    assert "Outside any session: 09:00–11:00" in monday and "09:00  check-in · scan<br>" in monday


def test_hours_equal_the_hours_report_and_the_session_record(ctx, world, open_page):
    """The grid's per-learner and session totals are the funders' figures and the printed record's."""
    page = open_page(world.instructor)
    grid = page.grid
    assert grid is not None
    record = SessionRecordService(ctx.db, ctx.clock).record(SESSION)
    system = ctx.system_actor()
    by_learner = {r.person_id: r for r in ctx.hours.report(system, FRI, MON).rows}
    [course] = [r for r in ctx.hours.report(system, FRI, MON, by="course").rows if r.code == "TLCQ"]
    assert grid.counted == record.counted == course.counted
    assert ag.hours_text(grid.counted, "en") == "68.47 h"
    model, last = page.model, page.model.columnCount() - 1
    for row, learner in enumerate(grid.learners):
        assert learner.counted == by_learner[learner.person_id].counted == record.learners[row].counted
        assert model.index(row, last).data() == f"{by_learner[learner.person_id].hours} h"
        assert [c.flags for c in learner.cells] == [ordered_flags(d.flags) for d in record.learners[row].days]
    assert model.index(model.rowCount() - 1, last).data() == "68.47 h"
    assert model.index(model.rowCount() - 1, 1).data() == "11.75 h"  # the DST night: 6.00 + 5.75


def test_correcting_through_the_dialog_shows_both_values_and_the_reason(ctx, world, open_page, qtbot):
    """Touch Łukasz's Friday, correct the check-in 08:52 → 08:35 with a reason: the grid updates (no
    longer late, corrected, 7.17 h), the tooltip and the dialog show the original and the reason."""
    page = open_page(world.instructor)
    lukasz = world.ids["Łukasz"]
    index = page.model.index_of(lukasz, FRI)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center())
    dialog = page.dialog
    assert isinstance(dialog, DayEventsDialog) and dialog.isVisible()
    [check_in] = [e for e in dialog.cell.events if e.kind == "in"]
    assert dialog.choose_event(check_in.id) and dialog.time_edit.text() == "08:52"
    dialog.time_edit.setText("8h35")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.message == "Say why the attendance is corrected: the reason is kept with the correction."
    dialog.reason_edit.setText("badge oublié ; arrivé à l'heure (feuille signée)")
    with qtbot.waitSignal(page.correction_recorded), qtbot.waitSignal(page.grid_loaded):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None and page.banner.message.startswith("Correction recorded for Łukasz Wiśniewski")
    assert _text(page, lukasz, FRI) == "08:35*–16:35 · 7.17 h\nCorrected"
    assert page.table.currentIndex() == page.model.index_of(lukasz, FRI)  # the cell stays chosen
    tip = page.model.index_of(lukasz, FRI).data(Qt.ItemDataRole.ToolTipRole)
    assert "<s>08:52  check-in · scan · TLCQ-2610 — replaced by a correction</s>" in tip
    assert ("08:35  check-in · correction · TLCQ-2610 — replaces check-in 08:52 — reason: badge oublié ; "
            "arrivé à l&#x27;heure (feuille signée) (evdb, 28/10/2026 10:00)") in tip  # fmt: skip
    reopened = page.open_day(lukasz, FRI)
    assert reopened is not None
    rows = [[reopened.table.item(r, c).text() for c in range(4)] for r in range(reopened.table.rowCount())]
    assert rows[0][:3] == ["08:35", "check-in (correction · TLCQ-2610)", "Counts"]
    assert rows[0][3].startswith("replaces check-in 08:52 — reason: badge oublié ; arrivé à l'heure")
    assert rows[1][:3] == ["08:52", "check-in (scan · TLCQ-2610)", "Replaced"]
    assert reopened.table.item(1, 0).font().strikeOut()
    reopened.reject()
    grid = page.grid
    assert grid is not None and grid.counted == SessionRecordService(ctx.db, ctx.clock).record(SESSION).counted
    with ctx.db.engines.write.connect() as conn:  # audited with who, the old value and the reason
        who, old, why = conn.execute(
            select(AuditLog.actor_name, AuditLog.old_values, AuditLog.reason)
            .where(AuditLog.action == "attendance.correct").order_by(AuditLog.seq.desc())
        ).first() or ("", "", "")  # fmt: skip
    assert (who, json.loads(old)["event_id"], why) == (
        "evdb",
        check_in.id,
        "badge oublié ; arrivé à l'heure (feuille signée)",
    )


def test_a_forgotten_check_out_is_added_from_the_keyboard(ctx, world, open_page, qtbot):
    """Enter on Thị Ánh's Friday (auto-closed), add the check-out at 16:25: 7.17 h, corrected, not early."""
    page = open_page(world.instructor)
    thi = world.ids["Thị Ánh"]
    page.table.setFocus()
    assert page.choose(thi, FRI)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.mode == "correct"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.set_kind("out")
    dialog.time_edit.setText("16:25")
    dialog.reason_edit.setText("oubli de badger en partant")
    with qtbot.waitSignal(page.grid_loaded):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert _text(page, thi, FRI) == "08:23–16:25* · 7.17 h\nCorrected"
    assert ctx.attendance.day(thi, FRI).attendance.hours == pytest.approx(7 + 10 / 60)


def test_the_hour_that_happens_twice_is_asked_not_guessed(ctx, world, open_page, qtbot):
    """On 25 October 02:30 exists twice: the dialog asks which; summer time gives 4.00 h, not 3.00 h."""
    assert [t.astimezone(UTC).hour for t in wall_instants(SUN, datetime(2026, 10, 25, 2, 30).time())] == [0, 1]
    assert wall_instants(date(2026, 3, 29), datetime(2026, 3, 29, 2, 30).time()) == []
    page = open_page(world.instructor)
    lukasz = world.ids["Łukasz"]
    dialog = page.open_day(lukasz, SUN)
    assert dialog is not None
    [check_in] = [e for e in dialog.cell.events if e.kind == "in"]
    dialog.choose_event(check_in.id)
    dialog.time_edit.setText("02:30")
    assert not dialog.fold_combo.isHidden()
    dialog.reason_edit.setText("arrivé après la pause")
    dialog.submit()
    assert dialog.banner.message == "02:30 happens twice on 25/10/2026: say whether it is summer or winter time."
    dialog.fold_combo.setCurrentIndex(dialog.fold_combo.findData(0))
    with qtbot.waitSignal(page.grid_loaded):
        dialog.submit()
    assert _text(page, lukasz, SUN) == "02:30*–05:35 · 4.00 h\nLate, Corrected"
    dialog = page.open_day(lukasz, SUN)
    assert dialog is not None
    dialog.time_edit.setText("2:10")
    assert dialog.fold_combo.currentData() is None  # asked again for another time
    dialog.reject()


def test_refusals_are_said_in_words(ctx, world, open_page, qtbot):
    """The service checks the roles it reads itself: a technician's stale staff info claiming the
    instructor role shows the page but not the grid. A time that is no time is refused in the dialog."""
    page = open_page(dataclasses.replace(world.technician, roles=("instructor",)), code=None)
    qtbot.waitUntil(lambda: page.banner.message.startswith("Your roles do not allow you"))
    assert page.grid is None
    page = open_page(world.instructor)
    dialog = page.open_day(world.ids["Zoë"], FRI)
    assert dialog is not None
    dialog.reason_edit.setText("test")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.time_edit.setText("25:00")
    dialog.submit()
    assert dialog.banner.message == "Type the time as hours and minutes, for example 08:45."


def test_search_finds_any_session_and_lock_forgets(ctx, world, open_page, qtbot):
    """The search finds a session of another month by its course; locking empties the page."""
    page = open_page(world.instructor)
    page.search_edit.setText("pharmaceutique")
    assert page.offered_sessions() == ["OPP-2611"]
    qtbot.waitUntil(lambda: page.grid is not None and page.grid.session_code == "OPP-2611")
    assert page.banner.message == "Nobody is enrolled in this session yet."
    assert page.choose_session(SESSION)
    qtbot.waitUntil(lambda: page.grid is not None and page.grid.session_code == SESSION)
    page.set_staff(None)
    assert page.grid is None and page.offered_sessions() == [] and page.search_edit.text() == ""


@pytest.fixture
def french() -> Iterator[None]:
    translators = UiTranslators("fr")
    yield
    translators.remove()


def test_screenshots_in_french(ctx, world, open_page, qtbot, french):
    """The grid and the day dialog after a correction, in French (decimal commas, words on badges)."""
    lukasz = world.ids["Łukasz"]
    [check_in] = [e for e in ctx.attendance.day(lukasz, FRI).events if e.kind == "in"]
    ctx.attendance_review.correct(world.instructor.actor("T1"), check_in.id, kind="in", at=at(FRI, 8, 35),
                                  reason="badge oublié ; arrivé à l'heure")  # fmt: skip
    page = open_page(world.instructor, in_language(ctx, "fr"))
    assert page.title() == "Présences"
    assert _text(page, lukasz, FRI) == "08:35*–16:35 · 7,17 h\nCorrigé"
    assert _text(page, world.ids["Şükrü"], FRI) == "08:25–15:40 · 6,42 h\nDépart anticipé"
    dialect = ctx.db.dialect
    window = page.window()
    _save(window, f"attendance-review-grid-{dialect}.png")
    page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum())
    _save(window, f"attendance-review-totals-{dialect}.png")
    dialog = page.open_day(lukasz, FRI)
    assert dialog is not None
    with qtbot.waitExposed(dialog):
        pass
    dialog.reason_edit.setText("")
    _save(dialog, f"attendance-review-dialog-{dialect}.png")
    dialog.reject()
