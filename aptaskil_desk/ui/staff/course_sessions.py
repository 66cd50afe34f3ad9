"""The sessions list of the courses page: find a session, open its roster or its schedule, import a
schedule file.

Rules:
1. One line per session, by start: code, course, dates, home room, instructor, learners enrolled
   (withdrawn ones are not counted).
2. Search (code, course, room, instructor; ignoring case and accents) and filters by course and by
   period: running (begun, not ended), upcoming, past, or both running and upcoming (the default).
3. A schedule CSV is imported all or nothing (docs/courses.md): the report says what was created
   and added, or every wrong line with its number, and then nothing was stored.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.names import fold
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.course_rows import CourseInfo, ScheduleReport, SessionSummary
from aptaskil_desk.ui.staff.course_widgets import ProblemList, cell, csv_dialog
from aptaskil_desk.ui.staff.course_words import CourseWords, dates_text
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

COL_CODE, COL_COURSE, COL_DATES, COL_ROOM, COL_INSTRUCTOR, COL_ENROLLED = range(6)
#: The period filter's values; "current" (running or upcoming) is the default.
CURRENT, RUNNING, UPCOMING, PAST, ALL = "current", "running", "upcoming", "past", "all"


class SessionsPanel(QWidget):
    """Search, filters, the sessions table and what can be done with a session.

    Signals:
        sessions_listed(int): emitted after the sessions were read and shown, with how many exist.
        new_requested: emitted when New session was pressed.
        edit_requested(str): emitted with a session's code when its schedule is to be edited.
        roster_requested(str): emitted with a session's code when its roster is to be opened.
        schedule_imported(object): emitted after an import was tried, with its ``ScheduleReport``.
    """

    sessions_listed = Signal(int)
    new_requested = Signal()
    edit_requested = Signal(str)
    roster_requested = Signal(str)
    schedule_imported = Signal(object)

    def __init__(self, ctx: AppContext, jobs: JobRunner, words: CourseWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseSessions")
        self._ctx = ctx
        self._jobs = jobs
        self._words = words
        self._staff: StaffInfo | None = None
        self._reading = 0
        self._all: list[SessionSummary] = []
        self._shown: list[SessionSummary] = []
        self.file_dialog: QFileDialog | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("sessionSearch")
        self.search_edit.setPlaceholderText(self.tr("Session, course, room or instructor…"))
        self.search_edit.setAccessibleName(self.tr("Search the sessions"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.course_combo = QComboBox(self)
        self.course_combo.setObjectName("courseFilter")
        self.course_combo.setAccessibleName(self.tr("Course filter"))
        self.course_combo.addItem(self.tr("Every course"), "")
        self.course_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.course_combo.currentIndexChanged.connect(self._apply_filter)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodFilter")
        self.period_combo.setAccessibleName(self.tr("Period filter"))
        periods = (
            (CURRENT, self.tr("Running and upcoming")),
            (RUNNING, self.tr("Running")),
            (UPCOMING, self.tr("Upcoming")),
            (PAST, self.tr("Past")),
            (ALL, self.tr("Every period")),
        )
        for value, text in periods:
            self.period_combo.addItem(text, value)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo.currentIndexChanged.connect(self._apply_filter)
        self.refresh_button = QPushButton("⟳", self)  # a symbol: the filters need the room
        self.refresh_button.setObjectName("refreshSessionsButton")
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Refresh"))
        self.refresh_button.setMinimumWidth(64)
        self.refresh_button.clicked.connect(self.refresh)
        self.banner = MessageBanner(self)
        self.problems = ProblemList(words, self)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("sessionsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Session"), self.tr("Course"), self.tr("Dates"), self.tr("Room"),
                                              self.tr("Instructor"), self.tr("Enrolled")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(46)
        header = self.table.horizontalHeader()
        for column, width in ((COL_CODE, 170), (COL_COURSE, 85), (COL_DATES, 228), (COL_ROOM, 95),
                              (COL_ENROLLED, 125)):  # fmt: skip
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_INSTRUCTOR, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.activated.connect(lambda _index: self._request(self.roster_requested))  # Enter, double-click

        self.import_button = QPushButton(self.tr("Import a schedule…"), self)
        self.import_button.setObjectName("importScheduleButton")
        self.import_button.clicked.connect(self.choose_schedule_file)
        self.new_button = QPushButton(self.tr("+ New session"), self)
        self.new_button.setObjectName("newSessionButton")
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button = QPushButton(self.tr("Schedule…"), self)
        self.edit_button.setObjectName("editSessionButton")
        self.edit_button.setToolTip(self.tr("Room, instructor and slots of the session"))
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.roster_button = QPushButton(self.tr("Roster…"), self)
        self.roster_button.setObjectName("rosterButton")
        self.roster_button.setProperty("kind", "primary")
        self.roster_button.clicked.connect(lambda: self._request(self.roster_requested))

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.course_combo)
        filters.addWidget(self.period_combo)
        filters.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.roster_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_actions()

    def set_staff(self, info: StaffInfo | None) -> None:
        """Read the sessions for a person; ``None`` forgets everything shown."""
        self._staff = info
        self._reading += 1
        self.banner.clear_message()
        self.problems.clear_problems()
        if self.file_dialog is not None:
            self.file_dialog.reject()
            self.file_dialog = None
        if info is None:
            self._all = []
            self.search_edit.clear()
            self.period_combo.setCurrentIndex(0)
            self.course_combo.setCurrentIndex(0)
            self._apply_filter()
            return
        self.refresh()

    def refresh(self) -> None:
        """Read the sessions again (off the GUI thread)."""
        if self._staff is None:
            return
        reading = self._reading
        (
            self._jobs.job(self._ctx.courses.list_sessions, owner=self)
            .success(lambda rows: self._listed(reading, rows))
            .failure(lambda error: self._failed(reading, error))
            .start()
        )

    def set_courses(self, courses: list[CourseInfo]) -> None:
        """Offer these courses in the course filter (the choice stays when it still exists)."""
        wanted = str(self.course_combo.currentData() or "")
        self.course_combo.blockSignals(True)
        self.course_combo.clear()
        self.course_combo.addItem(self.tr("Every course"), "")
        for course in courses:
            self.course_combo.addItem(course.code, course.code)
            self.course_combo.setItemData(self.course_combo.count() - 1, course.title, Qt.ItemDataRole.ToolTipRole)
        self.course_combo.setCurrentIndex(max(0, self.course_combo.findData(wanted)))
        self.course_combo.blockSignals(False)
        self._apply_filter()

    def filter_course(self, code: str | None) -> None:
        self.course_combo.setCurrentIndex(max(0, self.course_combo.findData(code or "")))

    def filter_period(self, period: str) -> None:
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(period)))

    def shown_codes(self) -> list[str]:
        """The sessions listed, in order, after search and filters."""
        return [s.code for s in self._shown]

    def select(self, code: str) -> bool:
        codes = self.shown_codes()
        if code in codes:
            self.table.selectRow(codes.index(code))
            return True
        return False

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()].code if rows and rows[0].row() < len(self._shown) else None

    def summary(self, code: str) -> SessionSummary | None:
        return next((s for s in self._all if s.code == code), None)

    # --- schedule import ------------------------------------------------------------------------

    def choose_schedule_file(self) -> None:
        """Ask for the schedule file (the chooser does not block; the import starts once chosen)."""
        patterns = self.tr("CSV files (*.csv *.txt);;Every file (*)")
        self.file_dialog = csv_dialog(self, self.tr("Import a schedule"), patterns, self.import_schedule_file)

    def import_schedule_file(self, path: Path) -> None:
        """Read the file and import it (off the GUI thread); the report is shown here."""
        self.file_dialog = None
        if self._staff is None:
            return
        actor = self._staff.actor(self._ctx.terminal)

        def work() -> ScheduleReport | OSError:
            try:
                data = path.read_bytes()
            except OSError as error:
                return error
            return self._ctx.courses.import_schedule(actor, data)

        self.problems.clear_problems()
        self.import_button.setEnabled(False)
        self.banner.show_message(MessageKind.BUSY, self.tr("Importing {name}…").format(name=path.name))
        (
            self._jobs.job(work, owner=self)
            .success(lambda found: self._imported(path, found))
            .failure(lambda error: self.banner.show_message(MessageKind.ERROR, self._words.error(error)))
            .finished(lambda: self.import_button.setEnabled(True))
            .start()
        )

    def _imported(self, path: Path, found: ScheduleReport | OSError) -> None:
        if self._staff is None:  # locked meanwhile: nothing of it stays on screen
            return
        if isinstance(found, OSError):
            self.banner.show_message(MessageKind.ERROR, self._words.unreadable(path.name, found))
            return
        if found.problems:
            self.problems.show_problems(found.problems)
            text = self.tr("{name}: nothing was imported. Problems to fix first: {count}.")
            self.banner.show_message(MessageKind.ERROR, text.format(name=path.name, count=len(found.problems)))
        else:
            created = ", ".join(found.sessions_created) or "—"
            text = self.tr("{name} imported: sessions created: {count} ({codes}); slots added: {added}; "
                           "slots already there: {unchanged}.")  # fmt: skip
            self.banner.show_message(MessageKind.INFO, text.format(
                name=path.name, count=len(found.sessions_created), codes=created, added=found.slots_added,
                unchanged=found.slots_unchanged))  # fmt: skip
            self.refresh()
        self.schedule_imported.emit(found)

    # --- showing ----------------------------------------------------------------------------------

    def _listed(self, reading: int, rows: list[SessionSummary]) -> None:
        if reading != self._reading:
            return
        self._all = rows
        self._apply_filter()
        self.sessions_listed.emit(len(rows))

    def _failed(self, reading: int, error: BaseException) -> None:
        if reading == self._reading:
            self.banner.show_message(MessageKind.ERROR, self._words.error(error))

    def _keep(self, s: SessionSummary, needle: list[str], course: str, period: str, now: datetime) -> bool:
        if course and s.course_code != course:
            return False
        running, upcoming = s.starts_at <= now < s.ends_at, s.starts_at > now
        wanted = {CURRENT: running or upcoming, RUNNING: running, UPCOMING: upcoming, PAST: s.ends_at <= now}
        if not wanted.get(period, True):
            return False
        teacher = s.instructor.name if s.instructor else ""
        text = fold(" ".join((s.code, s.course_code, s.course_title, s.room, teacher)))
        return all(word in text for word in needle)

    def _apply_filter(self, *_args: Any) -> None:
        selected = self.selected_code()
        needle = fold(self.search_edit.text()).split()
        course, period = str(self.course_combo.currentData() or ""), str(self.period_combo.currentData() or ALL)
        now = self._ctx.clock.now()
        self._shown = [s for s in self._all if self._keep(s, needle, course, period, now)]
        self.table.clearSelection()
        self.table.setRowCount(len(self._shown))
        for row, s in enumerate(self._shown):
            self.table.setItem(row, COL_CODE, cell(s.code))
            self.table.setItem(row, COL_COURSE, cell(s.course_code, tip=s.course_title))
            self.table.setItem(row, COL_DATES, cell(dates_text(s.starts_at, s.ends_at)))
            self.table.setItem(row, COL_ROOM, cell(s.room))
            self.table.setItem(row, COL_INSTRUCTOR, cell(self._words.instructor(s.instructor), muted=not s.instructor))
            self.table.setItem(row, COL_ENROLLED, cell(str(s.enrolled), centred=True))
        if selected is not None:
            self.select(selected)
        nothing = self.tr("No session matches the search and the filters.")
        if self._all and not self._shown and self.banner.level is None:
            self.banner.show_message(MessageKind.INFO, nothing)
        elif self._shown and self.banner.message == nothing:
            self.banner.clear_message()
        self._update_actions()

    def _request(self, signal: Any) -> None:
        code = self.selected_code()
        if code is not None:
            signal.emit(code)

    def _update_actions(self) -> None:
        chosen = self.selected_code() is not None
        self.edit_button.setEnabled(chosen)
        self.roster_button.setEnabled(chosen)
