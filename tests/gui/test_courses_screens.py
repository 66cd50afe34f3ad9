"""The course screens of the staff area: courses, sessions and their slots, the filters (rosters and
the schedule import: ``test_courses_roster.py``, which uses the fixtures below).

The page is shown as a page of a real staff area at the kiosk's 1280×800, in French, unlocked for
an instructor; it is driven like a person would (buttons clicked, fields typed in, rows and list
items touched, files chosen in the file dialog) and every result is checked in the database
through ``ctx.courses``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QListWidget, QListWidgetItem, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import CENTRE_TZ
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.ui.i18n import UiTranslators
from aptaskil_desk.ui.staff.area import StaffArea
from aptaskil_desk.ui.staff.course_dialogs import CourseDialog
from aptaskil_desk.ui.staff.course_sessions import ALL, PAST, RUNNING, UPCOMING
from aptaskil_desk.ui.staff.courses_page import COURSES_PAGE, CoursesPage, course_pages
from aptaskil_desk.ui.style import load_stylesheet
from aptaskil_desk.ui.workers import JobRunner
from tests.gui.helpers import ARTIFACTS, in_language, seed_centre

CLICK = Qt.MouseButton.LeftButton
#: The learners of the seeded centre, and two more with a reference and an e-mail address.
LUKASZ, ZOE, SUKRU = "Łukasz", "Zoë", "Şükrü"


@pytest.fixture
def french() -> Iterator[None]:
    translators = UiTranslators("fr")
    yield
    translators.remove()


@pytest.fixture
def centre(ctx: AppContext) -> dict[str, int]:
    """Rooms, the instructor mdubois, courses OPP/TLCQ/CQV with three sessions, five learners."""
    seed_centre(ctx)
    extra = ctx.people.add_learners(ctx.system_actor(), [
        NewLearner("Amélie", "Dupont", "job_seeker", external_ref="DE-2026-0001", email="amelie@exemple.be"),
        NewLearner("Bart", "Peeters", "worker", "Pfizer", external_ref="DE-2026-0002", email="bart@exemple.be"),
    ])  # fmt: skip
    ids = {p.given_name: p.id for p in ctx.people.list_learners()}
    assert {p.given_name for p in extra} <= set(ids)
    return ids


@pytest.fixture
def open_page(ctx: AppContext, qtbot: Any) -> Iterator[Callable[..., tuple[StaffArea, CoursesPage]]]:
    """The courses page in a staff area at 1280×800, unlocked for a staff member; in French (with
    the ``french`` fixture) or in the ``language`` given, whose translators it installs."""
    runners: list[JobRunner] = []
    installed: list[UiTranslators] = []

    def build(staff: StaffInfo, language: str = "fr") -> tuple[StaffArea, CoursesPage]:
        if language != "fr":
            installed.append(UiTranslators(language))
        jobs = JobRunner()
        runners.append(jobs)
        [spec] = course_pages(in_language(ctx, language), jobs)
        area = StaffArea("TEST-TERM-1")
        area.setStyleSheet(load_stylesheet())
        area.add_page(spec.key, spec.title, spec.widget, spec.permission)
        area.staff_changed.connect(spec.widget.set_staff)
        qtbot.addWidget(area)
        area.resize(1280, 800)
        with qtbot.waitExposed(area):
            area.show()
        page = spec.widget
        with qtbot.waitSignals([page.sessions.sessions_listed, page.courses.courses_listed]):
            area.set_staff(staff)
        assert area.show_page(COURSES_PAGE)
        return area, page

    yield build
    for jobs in runners:
        jobs.shutdown()
    for translators in installed:
        translators.remove()


def click(qtbot: Any, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, CLICK)


def type_in(qtbot: Any, edit: Any, text: str) -> None:
    """Type like a keyboard; accented letters as an input method enters them (QTest types ASCII only)."""
    edit.setFocus()
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def touch_item(qtbot: Any, view: QListWidget, text_start: str) -> None:
    """Touch the list item whose text starts with ``text_start``."""
    items: list[QListWidgetItem] = []
    for row in range(view.count()):
        item = view.item(row)
        assert item is not None
        items.append(item)
    found = [i for i in items if not i.isHidden() and i.text().startswith(text_start)]
    assert len(found) == 1, [i.text() for i in items]
    view.scrollToItem(found[0])
    qtbot.mouseClick(view.viewport(), CLICK, pos=view.visualItemRect(found[0]).center())


def choose_file(qtbot: Any, owner: Any, path: Path) -> None:
    """The file dialog the button opened: the file typed in, Open pressed."""
    qtbot.waitUntil(lambda: isinstance(owner.file_dialog, QFileDialog) and owner.file_dialog.isVisible())
    dialog = owner.file_dialog
    dialog.selectFile(str(path))
    dialog.accept()


def save(widget: QWidget, name: str) -> None:
    for _ in range(3):  # layout requests post more of their own: the picture shows the settled screen
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000


def brussels(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=CENTRE_TZ).astimezone(UTC)


def test_a_course_and_a_session_with_its_slots_are_created_on_screen(ctx, centre, french, open_page, qtbot):
    """A course created then retitled; a session of it with every weekday of a week, morning and
    afternoon, one slot removed before saving: stored exactly, in Brussels time."""
    area, page = open_page(ctx.accounts.get("mdubois"))
    assert page.title() == "Cours" and page.tabs.tabText(0) == "Sessions"
    assert page.sessions.shown_codes() == ["OPP-NOW", "TLCQ-ELSEWHERE", "CQV-LATER"]
    save(area, f"courses-sessions-{ctx.db.dialect}.png")

    # A course: New course, its code, title and family.
    page.tabs.setCurrentWidget(page.courses)
    click(qtbot, page.courses.new_button)
    dialog = page.courses.dialog
    assert isinstance(dialog, CourseDialog) and dialog.isVisible()
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.banner.message == "Tapez le code du cours."
    type_in(qtbot, dialog.code_edit, "BPF")
    type_in(qtbot, dialog.title_edit, "Bonnes pratiques de fabrication")
    dialog.family_combo.setCurrentIndex(dialog.family_combo.findData("production_operator"))
    save(dialog, f"courses-course-dialog-{ctx.db.dialect}.png")
    with qtbot.waitSignal(page.courses.course_saved):
        click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "BPF" in page.courses.shown_codes())
    [bpf] = [c for c in ctx.courses.list_courses() if c.code == "BPF"]
    assert (bpf.title, bpf.family) == ("Bonnes pratiques de fabrication", "production_operator")

    # Creating it twice is refused by the service, in French, the dialog kept open.
    click(qtbot, page.courses.new_button)
    again = page.courses.dialog
    assert isinstance(again, CourseDialog)
    type_in(qtbot, again.code_edit, "BPF")
    type_in(qtbot, again.title_edit, "Doublon")
    again.family_combo.setCurrentIndex(1)
    click(qtbot, again.ok_button)
    qtbot.waitUntil(lambda: again.ok_button.isEnabled())
    assert again.isVisible() and again.banner.message == "Le cours 'BPF' existe déjà."
    again.reject()

    # Its title and family changed (its code cannot be).
    assert page.courses.select("BPF")
    click(qtbot, page.courses.edit_button)
    edit = page.courses.dialog
    assert isinstance(edit, CourseDialog) and not edit.code_edit.isEnabled()
    type_in(qtbot, edit.title_edit, "BPF pour opérateurs")
    edit.family_combo.setCurrentIndex(edit.family_combo.findData("qualification_validation"))
    with qtbot.waitSignal(page.courses.course_saved):
        click(qtbot, edit.ok_button)
    [bpf] = [c for c in ctx.courses.list_courses() if c.code == "BPF"]
    assert (bpf.title, bpf.family) == ("BPF pour opérateurs", "qualification_validation")
    qtbot.waitUntil(lambda: page.courses.table.item(page.courses.shown_codes().index("BPF"), 1).text()
                    == "BPF pour opérateurs")  # fmt: skip
    save(area, f"courses-list-{ctx.db.dialect}.png")

    # A session: New session, its fields, a week of slots.
    page.tabs.setCurrentWidget(page.sessions)
    editor = page.editor
    with qtbot.waitSignal(editor.loaded):
        click(qtbot, page.sessions.new_button)
    assert page.stack.currentWidget() is editor and editor.title_label.text() == "Nouvelle session"
    type_in(qtbot, editor.code_edit, "BPF-2026-12")
    editor.course_combo.setCurrentIndex(editor.course_combo.findData("BPF"))
    editor.room_combo.setCurrentIndex(editor.room_combo.findText("LAB-CQ"))
    editor.instructor_combo.setCurrentIndex(editor.instructor_combo.findData("mdubois"))
    assert editor.instructor_combo.currentText() == "Marc Dubois (mdubois)"
    click(qtbot, editor.save_button)
    assert editor.banner.message.startswith("Ajoutez au moins une plage horaire")
    slots = editor.slots
    slots.from_edit.setDate(date(2026, 11, 30))
    slots.to_edit.setDate(date(2026, 12, 4))
    assert [b.isChecked() for b in slots.day_buttons.values()] == [True] * 5 + [False] * 2
    assert [e.text() for e in slots.times_edits] == ["08:30–12:00", "13:00–16:30"]
    click(qtbot, slots.add_button)
    assert len(slots.slots()) == 10
    assert editor.banner.message == "Plages horaires ajoutées : 10. Enregistrez la session pour les garder."
    assert slots.row_texts()[0] == ("lun. 30/11/2026", "08:30–12:00", "LAB-CQ", "Nouvelle")
    click(qtbot, slots.add_button)  # the same again: nothing added twice
    assert len(slots.slots()) == 10 and editor.banner.message == "Ces plages horaires sont déjà au planning."
    button = slots.action_button(9)  # Friday afternoon goes
    assert button is not None
    click(qtbot, button)
    assert len(slots.slots()) == 9
    save(area, f"courses-session-editor-{ctx.db.dialect}.png")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: page.sessions.selected_code() == "BPF-2026-12")
    assert page.stack.currentWidget() is page.lists
    assert page.sessions.banner.message.startswith("Session BPF-2026-12 enregistrée : 9 plages horaires")

    stored = ctx.courses.show_session("BPF-2026-12")
    assert (stored.course.code, stored.room, stored.instructor.login) == ("BPF", "LAB-CQ", "mdubois")
    assert [(s.starts_at, s.ends_at) for s in stored.slots[:2]] == [
        (brussels(date(2026, 11, 30), 8, 30), brussels(date(2026, 11, 30), 12)),
        (brussels(date(2026, 11, 30), 13), brussels(date(2026, 11, 30), 16, 30)),
    ]
    assert stored.slots[-1].starts_at == brussels(date(2026, 12, 4), 8, 30) and len(stored.slots) == 9
    assert area.width() == 1280  # nothing on the page is wider than the kiosk's screen


def test_a_session_under_way_keeps_its_begun_slot_and_the_refusal_is_shown(ctx, centre, french, open_page, qtbot):
    """OPP-NOW began at 08:30: its slot is read-only; a new slot in the past is refused by the
    service, in French, nothing stored; slots to come, another room and no instructor are saved."""
    area, page = open_page(ctx.accounts.get("mdubois"))
    assert page.sessions.select("OPP-NOW")
    editor = page.editor
    with qtbot.waitSignal(editor.loaded):
        click(qtbot, page.sessions.edit_button)
    slots = editor.slots
    assert not editor.code_edit.isEnabled() and not editor.course_combo.isEnabled()
    assert editor.title_label.text() == "Session OPP-NOW"
    assert slots.row_texts() == [("mer. 25/11/2026", "08:30–12:15", "SB-C1", "Commencée : conservée telle quelle")]
    assert slots.action_button(0) is None and slots.locked_count() == 1
    assert editor.banner.message.startswith("Les plages horaires commencées restent telles quelles")

    # A slot on Monday, two days ago: the screen lets it be typed, the service refuses it.
    slots.from_edit.setDate(date(2026, 11, 23))
    slots.to_edit.setDate(date(2026, 11, 23))
    slots.times_edits[1].clear()
    click(qtbot, slots.add_button)
    assert len(slots.slots()) == 2
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: editor.banner.level is not None and editor.banner.level.value == "error")
    assert editor.banner.message == ("Une nouvelle plage horaire ne peut pas commencer dans le passé "
                                     "(2026-11-23 08:30–12:00).")  # fmt: skip
    save(area, f"courses-session-past-refused-{ctx.db.dialect}.png")
    assert len(ctx.courses.show_session("OPP-NOW").slots) == 1

    # That slot removed; Thursday and Friday added; another room, no instructor, a reason.
    button = slots.action_button(0)
    assert button is not None and slots.row_texts()[0][3] == "Nouvelle"
    click(qtbot, button)
    slots.from_edit.setDate(date(2026, 11, 26))
    slots.to_edit.setDate(date(2026, 11, 27))
    type_in(qtbot, slots.times_edits[1], "13h-16h30")
    click(qtbot, slots.add_button)
    assert len(slots.slots()) == 5
    editor.room_combo.setCurrentIndex(editor.room_combo.findText("LAB-CQ"))
    editor.instructor_combo.setCurrentIndex(0)
    type_in(qtbot, editor.reason_edit, "Salle blanche en maintenance")
    with qtbot.waitSignal(editor.saved):  # from the keyboard
        qtbot.keyClick(editor.reason_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = ctx.courses.show_session("OPP-NOW")
    assert stored.room == "LAB-CQ" and stored.instructor is None
    assert [(local_hm(s.starts_at), s.room) for s in stored.slots] == [
        ("2026-11-25 08:30", "SB-C1"), ("2026-11-26 08:30", "LAB-CQ"), ("2026-11-26 13:00", "LAB-CQ"),
        ("2026-11-27 08:30", "LAB-CQ"), ("2026-11-27 13:00", "LAB-CQ"),
    ]  # fmt: skip
    assert stored.slots[2].ends_at == brussels(date(2026, 11, 26), 16, 30)

    # A stored slot to come removed, then kept again; nothing changed: nothing to save.
    with qtbot.waitSignal(editor.loaded):
        page.open_editor("OPP-NOW")
    slots.table.scrollToBottom()
    button = slots.action_button(4)
    assert button is not None and button.text() == "✕ Supprimer"
    click(qtbot, button)
    assert slots.row_texts()[4][3] == "Supprimée à l'enregistrement" and slots.removed_slots()
    keep = slots.action_button(4)
    assert keep is not None and keep.text() == "Garder"
    click(qtbot, keep)
    click(qtbot, editor.save_button)
    assert editor.banner.message == "Rien à enregistrer : rien n'a été changé."
    assert area.width() == 1280


def local_hm(instant: datetime) -> str:
    return f"{instant.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}"


def test_sessions_are_found_by_search_course_and_period_and_forgotten_on_lock(ctx, centre, french, open_page,
                                                                              qtbot):  # fmt: skip
    """Search ignores case and accents; the course and period filters; locking empties the page."""
    last_month = [(brussels(date(2026, 10, 12), 8, 30), brussels(date(2026, 10, 12), 16))]
    ctx.courses.add_session(ctx.system_actor(), "TLCQ-2026-10", "TLCQ", "LAB-CQ", last_month, "mdubois")
    area, page = open_page(ctx.accounts.get("mdubois"))
    sessions = page.sessions
    assert sessions.shown_codes() == ["OPP-NOW", "TLCQ-ELSEWHERE", "CQV-LATER"]  # running and upcoming
    sessions.filter_period(PAST)
    assert sessions.shown_codes() == ["TLCQ-2026-10"]
    assert sessions.table.item(0, 2).text() == "12/10/2026"
    sessions.filter_period(RUNNING)
    assert sessions.shown_codes() == ["OPP-NOW", "TLCQ-ELSEWHERE"]
    sessions.filter_period(UPCOMING)
    assert sessions.shown_codes() == ["CQV-LATER"]
    sessions.filter_period(ALL)
    type_in(qtbot, sessions.search_edit, "DUBOIS")
    assert sessions.shown_codes() == ["TLCQ-2026-10", "OPP-NOW", "TLCQ-ELSEWHERE"]
    type_in(qtbot, sessions.search_edit, "operateur")  # the course's title, without its accent
    assert sessions.shown_codes() == ["OPP-NOW"]
    sessions.search_edit.clear()
    sessions.filter_course("TLCQ")
    assert sessions.shown_codes() == ["TLCQ-2026-10", "TLCQ-ELSEWHERE"]
    type_in(qtbot, sessions.search_edit, "nothing like it")
    assert sessions.shown_codes() == [] and sessions.banner.message == (
        "Aucune session ne correspond à la recherche et aux filtres.")  # fmt: skip
    assert not sessions.roster_button.isEnabled()

    # From the keyboard: a row chosen, Enter opens its roster.
    sessions.search_edit.clear()
    sessions.filter_course(None)
    sessions.table.setFocus()
    assert sessions.select("CQV-LATER")
    with qtbot.waitSignal(page.roster.loaded):
        qtbot.keyClick(sessions.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.roster and len(page.roster.lines()) == 2
    area.set_staff(None)
    assert sessions.shown_codes() == [] and page.courses.shown_codes() == []
    assert sessions.search_edit.text() == "" and page.stack.currentWidget() is page.lists


def test_the_screens_fit_the_kiosk_in_dutch(ctx, centre, open_page, qtbot):
    """In Dutch (longer words) the lists, the session editor and the roster stay within 1280 pixels."""
    area, page = open_page(ctx.accounts.get("mdubois"), "nl")
    assert page.title() == "Cursussen" and page.sessions.roster_button.text() == "Deelnemers…"
    save(area, f"courses-sessions-nl-{ctx.db.dialect}.png")
    with qtbot.waitSignal(page.editor.loaded):
        page.open_editor("OPP-NOW")
    assert page.editor.slots.row_texts()[0][3] == "Begonnen: blijft zoals het is"
    save(area, f"courses-session-editor-nl-{ctx.db.dialect}.png")
    with qtbot.waitSignal(page.roster.loaded):
        page.open_roster("OPP-NOW")
    assert page.roster.count_label.text() == "Ingeschreven: 3"
    save(area, f"courses-roster-nl-{ctx.db.dialect}.png")
    assert area.width() == 1280
