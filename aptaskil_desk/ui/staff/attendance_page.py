"""The staff page "Attendance": a session's learners × days, for its instructors, and corrections.

Choose a session (this week's are offered first, today's on top; the search finds any session by
its code, its course's code or title); the grid shows every learner's stays, hours and flags per
day (``attendance_grid.py``) and the totals. Touching a day — or Enter on it — opens that day's
events (``attendance_dialogs.py``): correct an event or add a forgotten scan, always with a reason;
the grid is read again once the service has recorded it. Every read and write runs off the GUI
thread; the service checks the permission again (the page is only shown to those who may).

Wiring (main window), like the equipment pages::

    for spec in attendance_pages(ctx, self.jobs):
        self.staff_area.add_page(spec.key, spec.title, spec.widget, spec.permission)
        self.staff_area.staff_changed.connect(spec.widget.set_staff)
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.domain import attendance
from aptaskil_desk.domain.attendance_flags import TOLERANCE
from aptaskil_desk.domain.names import fold
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import PermissionDenied
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.attendance_review import SessionGrid
from aptaskil_desk.services.course_rows import SessionSummary
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.staff.attendance_dialogs import CorrectionRequest, DayEventsDialog
from aptaskil_desk.ui.staff.attendance_grid import AttendanceGridModel, AttendanceWords, GridDelegate
from aptaskil_desk.ui.staff.authorisation_page import AUTHORISATION_QSS
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

ATTENDANCE_PAGE = "attendance"
#: A day column's width: "08:31–12:02 · 3,50 h" on one line, two badges side by side.
COLUMN_WIDTH = 180
TOTAL_WIDTH = 110
HEADER_WIDTH = 240
#: Sessions listed at most for a search (the most recent first).
MATCHES = 100

ATTENDANCE_QSS = (
    AUTHORISATION_QSS
    + """
QTableView#attendanceGrid { font-size: 17px; selection-background-color: #1c5f9e; selection-color: #ffffff; }
QTableView#attendanceGrid QTableCornerButton::section {
    background-color: #2b3b4c; border: none; border-right: 2px solid #ffd43b; border-bottom: 2px solid #ffd43b;
}
QTableView#attendanceGrid QHeaderView { background-color: #16212c; }
QLabel[kind="sessionInfo"] { font-size: 20px; color: #d0d8e0; }
QLabel[kind="legend"] { font-size: 16px; color: #d0d8e0; }
"""
)


class AttendancePage(QWidget):
    """The session picker, the grid and the day dialog.

    Signals:
        sessions_listed(int): emitted after the sessions were read, with how many the picker offers.
        grid_loaded(str): emitted after a session's grid was read and shown, with the session's code.
        correction_recorded(str): emitted after a correction was recorded, with the message shown.
        action_refused(str): emitted after the service refused a correction, with the message shown.
    """

    sessions_listed = Signal(int)
    grid_loaded = Signal(str)
    correction_recorded = Signal(str)
    action_refused = Signal(str)

    def __init__(self, ctx: AppContext, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendancePage")
        self.setStyleSheet(ATTENDANCE_QSS)
        self._ctx, self._jobs = ctx, jobs
        self._staff: StaffInfo | None = None
        self._sessions: list[SessionSummary] = []
        self._today = date.min
        self._reading = 0  # numbers the reads; a late answer for a locked area is dropped
        self._pending: str | None = None  # the session whose grid is being read
        self.dialog: DayEventsDialog | None = None
        self.words = AttendanceWords(ctx.settings.language, self)

        self.heading = styled_label("heading", self.tr("Attendance"), self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Code or course…"))
        self.search_edit.setAccessibleName(self.tr("Search a session by its code or its course"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._fill_sessions)
        self.session_combo = QComboBox(self)
        self.session_combo.setAccessibleName(self.tr("Session"))
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo.setMinimumContentsLength(12)
        self.session_combo.currentIndexChanged.connect(lambda _n: self.load_grid())
        self.refresh_button = QPushButton("↻", self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.info = styled_label("sessionInfo", "", self)
        self.legend = styled_label("legend", self.tr(
            "* time set by a correction · Late, Left early: first check-in more than {minutes} min after the "
            "start, last check-out more than {minutes} min before the end of the day's slots · Touch a day to "
            "see its events and correct them."
        ).format(minutes=int(TOLERANCE.total_seconds() // 60)), self)  # fmt: skip
        self.banner = MessageBanner(self)

        self.model = AttendanceGridModel(self.words, self)
        self.table = QTableView(self)
        self.table.setObjectName("attendanceGrid")
        self.table.setModel(self.model)
        self.table.setItemDelegate(GridDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setFixedWidth(HEADER_WIDTH)
        self.table.clicked.connect(self.open_cell)
        self.table.activated.connect(self.open_cell)
        self.table.viewport().installEventFilter(self)

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.session_combo, 3)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.info)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)

    def title(self) -> str:
        """The page's name in the staff area's navigation."""
        return self.tr("Attendance")

    @property
    def grid(self) -> SessionGrid | None:
        return self.model.grid

    def set_staff(self, info: StaffInfo | None) -> None:
        """List the sessions for a person; ``None`` (the area locked) forgets everything shown."""
        self._staff = info
        self._reading += 1
        if info is None:
            if self.dialog is not None:
                self.dialog.reject()
            self.dialog = None
            self._sessions = []
            self.model.set_grid(None)
            with QSignalBlocker(self.search_edit), QSignalBlocker(self.session_combo):
                self.search_edit.clear()
                self.session_combo.clear()
            self.info.clear()
            self.banner.clear_message()
            return
        self.refresh()

    def refresh(self) -> None:
        """Read the sessions again (off the GUI thread), then the chosen session's grid."""
        if self._staff is None:
            return
        reading, ctx = self._reading, self._ctx
        (
            self._jobs.job(lambda: (ctx.courses.list_sessions(), local(ctx.clock.now()).date()), owner=self)
            .success(lambda found: self._listed(reading, *found))
            .failure(lambda error: self._read_failed(reading, error))
            .start()
        )

    def choose_session(self, code: str) -> bool:
        """Show a session's grid, as choosing it in the picker would; ``False`` if it is not listed."""
        if self.session_combo.findData(code) < 0:
            self.search_edit.setText(code)
        index = self.session_combo.findData(code)
        if index < 0:
            return False
        if index != self.session_combo.currentIndex():
            self.session_combo.setCurrentIndex(index)  # reads the grid
        elif self._pending != code and (self.model.grid is None or self.model.grid.session_code != code):
            self.load_grid()
        return True

    def offered_sessions(self) -> list[str]:
        return [str(self.session_combo.itemData(n)) for n in range(self.session_combo.count())]

    def load_grid(self, keep: tuple[int, date] | None = None) -> None:
        """Read the chosen session's grid (off the GUI thread); ``keep`` is the cell to choose again."""
        code = self.session_combo.currentData()
        if self._staff is None or not code:
            self.model.set_grid(None)
            self.info.clear()
            return
        reading, actor = self._reading, self._staff.actor(self._ctx.terminal)
        self._pending = str(code)
        if keep is None:  # after a correction, its message stays while the grid is read again
            self.banner.show_message(MessageKind.BUSY, self.tr("Reading the attendance of {code}…").format(code=code))
        (
            self._jobs.job(lambda: self._ctx.attendance_review.grid(actor, str(code)), owner=self)
            .success(lambda grid: self._shown(reading, grid, keep))
            .failure(lambda error: self._read_failed(reading, error))
            .start()
        )

    def choose(self, person_id: int, day: date) -> bool:
        """Choose a learner's day in the grid, as the arrow keys would; ``False`` if it is not shown."""
        index = self.model.index_of(person_id, day)
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)
        return True

    def open_day(self, person_id: int, day: date) -> DayEventsDialog | None:
        """Open a learner's day, as touching the cell would."""
        index = self.model.index_of(person_id, day)
        if index.isValid():
            self.choose(person_id, day)
            self.open_cell(index)
        return self.dialog

    def open_cell(self, index: QModelIndex) -> None:
        grid, learner = self.model.grid, self.model.learner(index.row())
        cell = self.model.cell(index.row(), index.column())
        if grid is None or learner is None or cell is None or self.dialog is not None:
            return  # a total, or a dialog already open (a click may also activate)
        dialog = self.dialog = DayEventsDialog(self.words, learner, cell, grid.session_code, self)
        dialog.submitted.connect(self._submit)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    # --- reading ------------------------------------------------------------------------------------

    def _listed(self, reading: int, sessions: list[SessionSummary], today: date) -> None:
        if reading != self._reading:
            return
        self._sessions, self._today = sessions, today
        self._fill_sessions()
        self.sessions_listed.emit(self.session_combo.count())

    def _fill_sessions(self) -> None:
        """This week's sessions (today's first), or those matching the search (the latest first)."""
        needle = fold(self.search_edit.text().strip())
        if needle:
            offered = [x for x in self._sessions if needle in fold(f"{x.code} {x.course_code} {x.course_title}")]
            offered = sorted(offered, key=lambda x: x.starts_at, reverse=True)[:MATCHES]
        else:
            monday = self._today - timedelta(days=self._today.weekday())
            start, end = attendance.day_bounds(monday)[0], attendance.day_bounds(monday + timedelta(days=6))[1]
            today = attendance.day_bounds(self._today)
            offered = [x for x in self._sessions if x.starts_at < end and x.ends_at > start]
            offered.sort(key=lambda x: (not (x.starts_at < today[1] and x.ends_at > today[0]), x.starts_at, x.code))
        chosen = self.session_combo.currentData()
        with QSignalBlocker(self.session_combo):
            self.session_combo.clear()
            for x in offered:
                dates = f"{local(x.starts_at):%d/%m}–{local(x.ends_at):%d/%m/%Y}"
                self.session_combo.addItem(f"{x.code} — {x.course_title} · {dates}", x.code)
            self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(chosen)))
        if not offered:
            self.model.set_grid(None)
            self.info.clear()
            self.banner.show_message(MessageKind.INFO, self.tr("No session matches the search.") if needle else self.tr(
                "No session this week: search one by its code or its course."))  # fmt: skip
        elif self.session_combo.currentData() != chosen or self.model.grid is None:
            self.load_grid()

    def _shown(self, reading: int, grid: SessionGrid, keep: tuple[int, date] | None) -> None:
        if reading != self._reading or grid.session_code != self.session_combo.currentData():
            return
        self._pending = None
        if keep is None:
            self.banner.clear_message()
        self.model.set_grid(grid)
        parts = [grid.course_title, f"{grid.room_code} — {grid.room_name}"]
        if grid.instructor:
            parts.append(grid.instructor)
        parts.append(self.tr("{days} days, {hours} scheduled per learner").format(
            days=len(grid.days), hours=self.words.hours(grid.scheduled())))  # fmt: skip
        parts.append(self.tr("session total {hours}").format(hours=self.words.hours(grid.counted)))
        self.info.setText(" · ".join(parts))
        self._fit_columns()
        if keep is not None:
            self.choose(*keep)
        if not grid.learners:
            self.banner.show_message(MessageKind.INFO, self.tr("Nobody is enrolled in this session yet."))
        self.grid_loaded.emit(grid.session_code)

    def _read_failed(self, reading: int, error: BaseException) -> None:
        if reading != self._reading:
            return
        text = self._refusal(error) or self.tr(
            "The attendance could not be read: unexpected error; the details are in the log.")  # fmt: skip
        if not isinstance(error, PermissionDenied) and error_text(error, self._ctx.tr) is None:
            log.error("attendance grid could not be read", exc_info=error)
        self.banner.show_message(MessageKind.ERROR, text)

    def _fit_columns(self) -> None:
        """Few days share the width; many keep their width and the grid scrolls sideways."""
        days = max(0, self.model.columnCount() - 1)
        header = self.table.horizontalHeader()
        fits = days * COLUMN_WIDTH + TOTAL_WIDTH <= self.table.viewport().width()
        for column in range(days):
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Fixed
            )
            if not fits:
                header.resizeSection(column, COLUMN_WIDTH)
        if days or self.model.columnCount():
            header.setSectionResizeMode(days, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(days, TOTAL_WIDTH)
        self.table.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    # --- corrections --------------------------------------------------------------------------------

    def _submit(self, request: CorrectionRequest) -> None:
        dialog, grid = self.dialog, self.model.grid
        if self._staff is None or dialog is None or grid is None:
            return
        actor, review, code = self._staff.actor(self._ctx.terminal), self._ctx.attendance_review, grid.session_code
        kind, reason = request.kind, request.reason
        if request.event_id is not None:
            work = partial(review.correct, actor, request.event_id, kind=kind, at=request.at, reason=reason)
        elif request.at is not None:
            work = partial(review.add_missing, actor, code, request.person_id, kind=kind, at=request.at, reason=reason)
        else:
            return
        name = grid.learner(request.person_id).name
        done = self.tr("Correction recorded for {name}, {day}; the original stays on record.").format(
            name=name, day=self.words.day(request.day, year=True)
        )
        (
            self._jobs.job(work, owner=self)
            .success(lambda _info: self._recorded(dialog, done, (request.person_id, request.day)))
            .failure(lambda error: self._refused(dialog, error))
            .start()
        )

    def _recorded(self, dialog: DayEventsDialog, text: str, cell: tuple[int, date]) -> None:
        dialog.accept()
        self.banner.show_message(MessageKind.INFO, text)
        self.correction_recorded.emit(text)
        self.load_grid(keep=cell)

    def _refused(self, dialog: DayEventsDialog, error: BaseException) -> None:
        text = self._refusal(error)
        if text is None:
            log.error("attendance correction failed", exc_info=error)
            text = self.tr("This could not be recorded: unexpected error; the details are in the log.")
        dialog.show_error(text)
        self.action_refused.emit(text)

    def _refusal(self, error: BaseException) -> str | None:
        if isinstance(error, PermissionDenied):
            return self.tr("Your roles do not allow you to review or correct attendance. Ask an instructor.")
        return error_text(error, self._ctx.tr)

    def _closed(self, dialog: DayEventsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


class AttendancePageSpec(NamedTuple):
    """What ``StaffArea.add_page`` takes, plus the page itself (same fields as ``StaffPageSpec``)."""

    key: str
    title: str
    widget: AttendancePage
    permission: Permission


def attendance_pages(ctx: AppContext, jobs: JobRunner) -> list[AttendancePageSpec]:
    """The attendance review, for those who manage courses (instructors, administrators): the
    service checks that same permission when it reads the grid and records a correction."""
    page = AttendancePage(ctx, jobs)
    return [AttendancePageSpec(ATTENDANCE_PAGE, page.title(), page, Permission.MANAGE_COURSES)]
