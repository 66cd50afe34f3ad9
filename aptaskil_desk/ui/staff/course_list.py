"""The courses tab of the courses page: every course with its family and number of sessions; a new
course, or a course's title and family changed (its code never changes)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.course_rows import CourseInfo
from aptaskil_desk.ui.staff.course_dialogs import CourseDialog
from aptaskil_desk.ui.staff.course_widgets import cell
from aptaskil_desk.ui.staff.course_words import CourseWords
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

COL_CODE, COL_TITLE, COL_FAMILY, COL_SESSIONS = range(4)


class CourseListPanel(QWidget):
    """The courses table, New course and Edit.

    Signals:
        courses_listed(object): emitted after the courses were read, with the list of ``CourseInfo``.
        course_saved(object): emitted after a course was created or changed, with its ``CourseInfo``.
    """

    courses_listed = Signal(object)
    course_saved = Signal(object)

    def __init__(self, ctx: AppContext, jobs: JobRunner, words: CourseWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseList")
        self._ctx = ctx
        self._jobs = jobs
        self._words = words
        self._staff: StaffInfo | None = None
        self._reading = 0
        self.courses: list[CourseInfo] = []
        self.dialog: CourseDialog | None = None

        self.banner = MessageBanner(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("coursesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Family"),
                                              self.tr("Sessions")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(46)
        header = self.table.horizontalHeader()
        for column, width in ((COL_CODE, 100), (COL_FAMILY, 295), (COL_SESSIONS, 100)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.activated.connect(lambda _index: self.edit_selected())  # Enter, double-click

        self.new_button = QPushButton(self.tr("+ New course"), self)
        self.new_button.setObjectName("newCourseButton")
        self.new_button.clicked.connect(self.new_course)
        self.edit_button = QPushButton(self.tr("Edit the course…"), self)
        self.edit_button.setObjectName("editCourseButton")
        self.edit_button.setProperty("kind", "primary")
        self.edit_button.clicked.connect(self.edit_selected)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_actions()

    def set_staff(self, info: StaffInfo | None) -> None:
        self._staff = info
        self._reading += 1
        self.banner.clear_message()
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        if info is None:
            self._show([])
            return
        self.refresh()

    def refresh(self) -> None:
        if self._staff is None:
            return
        reading = self._reading
        (
            self._jobs.job(self._ctx.courses.list_courses, owner=self)
            .success(lambda rows: self._listed(reading, rows))
            .failure(lambda error: self._failed(reading, error))
            .start()
        )

    def shown_codes(self) -> list[str]:
        return [c.code for c in self.courses]

    def select(self, code: str) -> bool:
        codes = self.shown_codes()
        if code in codes:
            self.table.selectRow(codes.index(code))
            return True
        return False

    def selected(self) -> CourseInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.courses[rows[0].row()] if rows and rows[0].row() < len(self.courses) else None

    def new_course(self) -> None:
        self._open(None)

    def edit_selected(self) -> None:
        course = self.selected()
        if course is not None:
            self._open(course)

    def _open(self, course: CourseInfo | None) -> None:
        dialog = self.dialog = CourseDialog(self._words, course, self)
        dialog.submitted.connect(lambda: self._save(dialog))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: CourseDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _save(self, dialog: CourseDialog) -> None:
        if self._staff is None:
            return
        actor = self._staff.actor(self._ctx.terminal)
        code, title, family = dialog.code(), dialog.title_text(), dialog.family()
        if dialog.course is None:
            work = lambda: self._ctx.courses.add_course(actor, code, title, family)  # noqa: E731
        else:
            work = lambda: self._ctx.courses.edit_course(actor, code, title=title, family=family)  # noqa: E731
        dialog.set_busy(self.tr("Saving…"))
        (
            self._jobs.job(work, owner=dialog)
            .success(lambda info: self._saved(dialog, info))
            .failure(lambda error: dialog.refuse(self._words.error(error)))
            .start()
        )

    def _saved(self, dialog: CourseDialog, info: CourseInfo) -> None:
        dialog.done_ok()
        self.banner.show_message(MessageKind.INFO, self.tr("Course {code} saved.").format(code=info.code))
        self.course_saved.emit(info)
        self.refresh()

    def _listed(self, reading: int, rows: list[CourseInfo]) -> None:
        if reading != self._reading:
            return
        self._show(rows)
        self.courses_listed.emit(rows)

    def _failed(self, reading: int, error: BaseException) -> None:
        if reading == self._reading:
            self.banner.show_message(MessageKind.ERROR, self._words.error(error))

    def _show(self, rows: list[CourseInfo]) -> None:
        chosen = self.selected()
        self.courses = rows
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for row, course in enumerate(rows):
            self.table.setItem(row, COL_CODE, cell(course.code))
            self.table.setItem(row, COL_TITLE, cell(course.title, tip=course.title))
            self.table.setItem(row, COL_FAMILY, cell(self._words.family(course.family)))
            self.table.setItem(row, COL_SESSIONS, cell(str(course.sessions), centred=True))
        if chosen is not None:
            self.select(chosen.code)
        self._update_actions()

    def _update_actions(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)
