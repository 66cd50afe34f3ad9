"""The courses page of the staff area: sessions and courses, a session's schedule, its roster.

Wiring (main window), like the equipment pages::

    for spec in course_pages(ctx, self.jobs):
        self.staff_area.add_page(spec.key, spec.title, spec.widget, spec.permission)
        self.staff_area.staff_changed.connect(spec.widget.set_staff)

Rules:
1. For people who manage courses (instructors and administrators); the service checks every
   change again and the screens say a refusal in words, in the reader's language.
2. Two tabs: the sessions (search, filters, import a schedule) and the courses. A session's
   schedule (``session_editor.py``) and its roster (``roster_panel.py``) come to the front over
   the tabs; back from either shows the lists, read again.
3. Locking the staff area forgets everything shown, closes any form and shows the lists.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.course_rows import CourseInfo, ScheduleReport, SessionDetail
from aptaskil_desk.ui.staff.course_list import CourseListPanel
from aptaskil_desk.ui.staff.course_sessions import ALL, SessionsPanel
from aptaskil_desk.ui.staff.course_words import COURSES_QSS, CourseWords, dates_text
from aptaskil_desk.ui.staff.roster_panel import RosterPanel
from aptaskil_desk.ui.staff.session_editor import SessionEditor
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageKind
from aptaskil_desk.ui.workers import JobRunner

COURSES_PAGE = "courses"


class CoursesPage(QWidget):
    """The lists on two tabs; the session editor and the roster in front when open.

    Signals:
        opened(str, str): emitted after a screen came to the front: ``editor`` or ``roster``, with
            the session's code ("" for a new session).
    """

    opened = Signal(str, str)

    def __init__(self, ctx: AppContext, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coursesPage")
        self.setStyleSheet(COURSES_QSS)
        self._ctx = ctx
        self.words = CourseWords(ctx.tr, self)
        self.sessions = SessionsPanel(ctx, jobs, self.words, self)
        self.courses = CourseListPanel(ctx, jobs, self.words, self)
        self.editor = SessionEditor(ctx, jobs, self.words, self)
        self.roster = RosterPanel(ctx, jobs, self.words, self)

        self.heading = styled_label("heading", self.tr("Courses and sessions"), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        self.tabs.addTab(self.courses, self.tr("Courses"))
        self.lists = QWidget(self)
        lists = QVBoxLayout(self.lists)
        lists.setContentsMargins(0, 0, 0, 0)
        lists.addWidget(self.heading)
        lists.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        for panel in (self.lists, self.editor, self.roster):
            self.stack.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.stack)

        self._wanted: str | None = None  # the session to choose once the list is read again
        self.sessions.sessions_listed.connect(lambda _count: self._select_wanted())
        self.courses.courses_listed.connect(self._courses_listed)
        self.sessions.new_requested.connect(self.open_new_session)
        self.sessions.edit_requested.connect(self.open_editor)
        self.sessions.roster_requested.connect(self.open_roster)
        self.sessions.schedule_imported.connect(self._schedule_imported)
        self.editor.closed.connect(self.show_lists)
        self.editor.saved.connect(self._session_saved)
        self.roster.back_requested.connect(self.show_lists)

    def title(self) -> str:
        """The page's name in the staff area's navigation."""
        return self.tr("Courses")

    def set_staff(self, info: StaffInfo | None) -> None:
        """A new person (or ``None``: locked): the lists read for them, nothing else open."""
        for panel in (self.editor, self.roster, self.courses, self.sessions):
            panel.set_staff(info)
        self.tabs.setCurrentWidget(self.sessions)
        self.stack.setCurrentWidget(self.lists)

    def show_lists(self) -> None:
        """Back to the sessions and courses, read again."""
        self.stack.setCurrentWidget(self.lists)
        self.sessions.refresh()
        self.courses.refresh()

    def open_new_session(self) -> None:
        self.editor.open_new()
        self.stack.setCurrentWidget(self.editor)
        self.opened.emit("editor", "")

    def open_editor(self, code: str) -> None:
        self.editor.open_session(code)
        self.stack.setCurrentWidget(self.editor)
        self.opened.emit("editor", code)

    def open_roster(self, code: str) -> None:
        self.roster.open_session(code)
        self.stack.setCurrentWidget(self.roster)
        self.opened.emit("roster", code)

    def _courses_listed(self, courses: list[CourseInfo]) -> None:
        self.sessions.set_courses(courses)

    def _session_saved(self, detail: SessionDetail) -> None:
        self.show_lists()
        text = self.tr("Session {code} saved: {slots} slots, {dates}.")
        self.sessions.banner.show_message(MessageKind.INFO, text.format(
            code=detail.code, slots=len(detail.slots), dates=self._dates(detail)))  # fmt: skip
        self.sessions.problems.clear_problems()
        self.sessions.search_edit.clear()
        self.sessions.filter_course(None)
        self._wanted = detail.code

    def _select_wanted(self) -> None:
        """After a save, the session saved is chosen in the list (shown whatever its period)."""
        code, self._wanted = self._wanted, None
        if code is not None and not self.sessions.select(code):
            self.sessions.filter_period(ALL)
            self.sessions.select(code)

    def _dates(self, detail: SessionDetail) -> str:
        return dates_text(detail.starts_at, detail.ends_at)

    def _schedule_imported(self, report: ScheduleReport) -> None:
        if report.ok:
            self.courses.refresh()


class CoursePageSpec(NamedTuple):
    """What ``StaffArea.add_page`` takes, plus the page itself (same fields as ``StaffPageSpec``)."""

    key: str
    title: str
    widget: CoursesPage
    permission: Permission


def course_pages(ctx: AppContext, jobs: JobRunner) -> list[CoursePageSpec]:
    """The courses page, for people who manage courses (instructors and administrators)."""
    page = CoursesPage(ctx, jobs)
    return [CoursePageSpec(COURSES_PAGE, page.title(), page, Permission.MANAGE_COURSES)]
