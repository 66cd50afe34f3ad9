"""A session's roster: who is enrolled, who was withdrawn and why; enrol, withdraw, reinstate.

Rules (docs/courses.md):
1. Learners in alphabetical order; a withdrawn learner stays listed, greyed, with the words
   "withdrawn on … by …" and the reason. Counts of enrolled learners leave them out.
2. Enrol by picking (search by name or reference, several at once) or from a CSV file. A CSV
   file is all or nothing: when a line is wrong nobody is enrolled and every wrong line is listed
   with its number.
3. Withdrawing needs a reason and keeps the roster entry (the hours attended stay on record);
   reinstating enrols the learner again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.base import Actor
from aptaskil_desk.services.course_rows import EnrolResult, RosterLine, SessionDetail
from aptaskil_desk.services.people import PersonInfo
from aptaskil_desk.ui.staff.course_dialogs import WithdrawDialog
from aptaskil_desk.ui.staff.course_picker import LearnerPickerDialog
from aptaskil_desk.ui.staff.course_widgets import ProblemList, cell, csv_dialog
from aptaskil_desk.ui.staff.course_words import CourseWords, dates_text, day_text
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

T = TypeVar("T")
COL_NAME, COL_REF, COL_CATEGORY, COL_ENROLLED, COL_STATUS = range(5)


class RosterPanel(QWidget):
    """The roster of one session and what can be done with it.

    Signals:
        loaded(str): emitted after a session's roster was read and shown, with its code.
        changed(str): emitted after the roster changed (enrolment, withdrawal), with the session's code.
        back_requested: emitted when the person went back to the sessions.
    """

    loaded = Signal(str)
    changed = Signal(str)
    back_requested = Signal()

    def __init__(self, ctx: AppContext, jobs: JobRunner, words: CourseWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterPanel")
        self._ctx = ctx
        self._jobs = jobs
        self._words = words
        self._staff: StaffInfo | None = None
        self._reading = 0
        self.session: SessionDetail | None = None
        self.dialog: LearnerPickerDialog | WithdrawDialog | None = None
        self.file_dialog: QFileDialog | None = None

        self.back_button = QPushButton(self.tr("← Sessions"), self)
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = styled_label("heading", "", self)
        self.info_label = styled_label("secondary", "", self)
        self.count_label = styled_label("secondary", "", self, wrap=False)
        self.banner = MessageBanner(self)
        self.problems = ProblemList(words, self)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("rosterTable")
        self.table.setHorizontalHeaderLabels([self.tr("Learner"), self.tr("Reference"), self.tr("Category"),
                                              self.tr("Enrolled on"), self.tr("Status")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        # A withdrawal's reason wraps onto a second line of its row rather than being cut.
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setMinimumSectionSize(46)
        header = self.table.horizontalHeader()
        for column, width in ((COL_NAME, 215), (COL_REF, 145), (COL_CATEGORY, 190), (COL_ENROLLED, 115)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Stretch)
        # Wrapped cells need other heights at other widths; once the header has settled, hence the timer.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_args: self._fit_rows.start())
        self.table.itemSelectionChanged.connect(self._update_actions)

        self.pick_button = QPushButton(self.tr("+ Enrol…"), self)
        self.pick_button.setObjectName("pickLearnersButton")
        self.pick_button.setProperty("kind", "primary")
        self.pick_button.setToolTip(self.tr("Choose the learners in a list, by name or reference"))
        self.pick_button.clicked.connect(self.pick_learners)
        self.csv_button = QPushButton(self.tr("Enrol from a CSV…"), self)
        self.csv_button.setObjectName("enrolCsvButton")
        self.csv_button.setToolTip(self.tr("Enrol every learner a CSV file names, all or nothing"))
        self.csv_button.clicked.connect(self.choose_csv_file)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"), self)
        self.withdraw_button.setObjectName("withdrawButton")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.reinstate_button = QPushButton(self.tr("Reinstate"), self)
        self.reinstate_button.setObjectName("reinstateButton")
        self.reinstate_button.clicked.connect(self.reinstate_selected)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.count_label)
        actions = QHBoxLayout()
        actions.addWidget(self.pick_button)
        actions.addWidget(self.csv_button)
        actions.addStretch(1)
        actions.addWidget(self.withdraw_button)
        actions.addWidget(self.reinstate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.info_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_actions()

    def set_staff(self, info: StaffInfo | None) -> None:
        self._staff = info
        self._reading += 1
        for dialog in (self.dialog, self.file_dialog):
            if dialog is not None:
                dialog.reject()
        self.dialog = self.file_dialog = None
        if info is None:
            self.session = None
            self.banner.clear_message()
            self.problems.clear_problems()
            self.table.setRowCount(0)

    def open_session(self, code: str) -> None:
        """Show a session's roster (read afresh, off the GUI thread)."""
        self.session = None
        self.banner.clear_message()
        self.problems.clear_problems()
        self.table.setRowCount(0)
        self.title_label.setText(self.tr("Roster of {code}").format(code=code))
        self.info_label.clear()
        self.count_label.clear()
        self._update_actions()
        self.reload(code)

    def reload(self, code: str | None = None) -> None:
        code = code or (self.session.code if self.session else None)
        if code is None or self._staff is None:
            return
        self._reading += 1
        reading = self._reading
        (
            self._jobs.job(lambda: self._ctx.courses.show_session(code), owner=self)
            .success(lambda detail: self._show(reading, detail))
            .failure(lambda error: self._refused(error) if reading == self._reading else None)
            .start()
        )

    def lines(self) -> list[RosterLine]:
        return list(self.session.roster) if self.session else []

    def select(self, person_id: int) -> bool:
        ids = [line.person_id for line in self.lines()]
        if person_id in ids:
            self.table.selectRow(ids.index(person_id))
            return True
        return False

    def selected(self) -> RosterLine | None:
        rows = self.table.selectionModel().selectedRows()
        lines = self.lines()
        return lines[rows[0].row()] if rows and rows[0].row() < len(lines) else None

    def status_texts(self) -> list[str]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_STATUS)
            found.append(item.text() if item is not None else "")
        return found

    # --- enrolling by picking ---------------------------------------------------------------------

    def pick_learners(self) -> None:
        """Read the learners, then open the picker."""
        if self.session is None:
            return
        session = self.session
        self.banner.show_message(MessageKind.BUSY, self.tr("Reading the learners…"))
        (
            self._jobs.job(self._ctx.people.list_learners, owner=self)
            .success(lambda learners: self._open_picker(session, learners))
            .failure(self._refused)
            .start()
        )

    def _open_picker(self, session: SessionDetail, learners: list[PersonInfo]) -> None:
        self.banner.clear_message()
        dialog = self.dialog = LearnerPickerDialog(self._words, learners, session.roster, session.code, self)
        dialog.submitted.connect(lambda: self._enrol(dialog, dialog.chosen_ids()))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _enrol(self, dialog: LearnerPickerDialog, ids: list[int]) -> None:
        code, actor = self._target()
        dialog.set_busy(self.tr("Enrolling…"))
        (
            self._jobs.job(lambda: self._ctx.courses.enrol(actor, code, person_ids=ids), owner=dialog)
            .success(lambda result: self._picked(dialog, result))
            .failure(lambda error: dialog.refuse(self._words.error(error)))
            .start()
        )

    def _picked(self, dialog: LearnerPickerDialog, result: EnrolResult) -> None:
        dialog.done_ok()
        self._enrolled(result)

    # --- enrolling from a file --------------------------------------------------------------------

    def choose_csv_file(self) -> None:
        """Ask for the roster file (the chooser does not block; enrolling starts once chosen)."""
        patterns = self.tr("CSV files (*.csv *.txt);;Every file (*)")
        self.file_dialog = csv_dialog(self, self.tr("Enrol from a CSV file"), patterns, self.enrol_csv_file)

    def enrol_csv_file(self, path: Path) -> None:
        """Enrol the learners a CSV file names, all or nothing; problems are listed with their lines."""
        self.file_dialog = None
        if self.session is None or self._staff is None:
            return
        code, actor = self._target()

        def work() -> EnrolResult | OSError:
            try:
                data = path.read_bytes()
            except OSError as error:
                return error
            return self._ctx.courses.enrol_csv(actor, code, data)

        self.problems.clear_problems()
        self._run(
            work, lambda found: self._csv_done(path, found), self.tr("Enrolling from {name}…").format(name=path.name)
        )

    def _csv_done(self, path: Path, found: EnrolResult | OSError) -> None:
        if self._staff is None:  # locked meanwhile: nothing of it stays on screen
            return
        if isinstance(found, OSError):
            self.banner.show_message(MessageKind.ERROR, self._words.unreadable(path.name, found))
        elif found.problems:
            self.problems.show_problems(found.problems)
            text = self.tr("{name}: nobody was enrolled. Problems to fix first: {count}.")
            self.banner.show_message(MessageKind.ERROR, text.format(name=path.name, count=len(found.problems)))
        else:
            self._enrolled(found)

    def _enrolled(self, result: EnrolResult) -> None:
        if self._staff is None:
            return
        text = self.tr("Enrolled: {enrolled}; enrolled again: {reinstated}; already on the roster: {already}.")
        self.banner.show_message(MessageKind.INFO, text.format(
            enrolled=len(result.enrolled), reinstated=len(result.reinstated), already=len(result.already)))  # fmt: skip
        self.reload()
        self.changed.emit(result.session_code)

    # --- withdrawing and reinstating --------------------------------------------------------------

    def withdraw_selected(self) -> None:
        line = self.selected()
        if line is None or line.withdrawn or self.session is None:
            return
        dialog = self.dialog = WithdrawDialog(line, self.session.code, self)
        dialog.submitted.connect(lambda: self._withdraw(dialog))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _withdraw(self, dialog: WithdrawDialog) -> None:
        code, actor = self._target()
        person, reason = dialog.line.person_id, dialog.reason()
        dialog.set_busy(self.tr("Withdrawing…"))
        (
            self._jobs.job(
                lambda: self._ctx.courses.unenrol(actor, code, person_id=person, reason=reason), owner=dialog
            )
            .success(lambda line: self._withdrawn(dialog, code, line))
            .failure(lambda error: dialog.refuse(self._words.error(error)))
            .start()
        )

    def _withdrawn(self, dialog: WithdrawDialog, code: str, line: RosterLine) -> None:
        dialog.done_ok()
        text = self.tr("{name} is withdrawn from {code}; the entry stays on the roster.")
        self.banner.show_message(MessageKind.INFO, text.format(name=line.display_name, code=code))
        self.reload()
        self.changed.emit(code)

    def reinstate_selected(self) -> None:
        line = self.selected()
        if line is None or not line.withdrawn or self.session is None:
            return
        code, actor = self._target()
        self._run(lambda: self._ctx.courses.enrol(actor, code, person_ids=[line.person_id]), self._enrolled,
                  self.tr("Enrolling…"))  # fmt: skip

    # --- helpers ----------------------------------------------------------------------------------

    def _target(self) -> tuple[str, Actor]:
        assert self.session is not None and self._staff is not None
        return self.session.code, self._staff.actor(self._ctx.terminal)

    def _run(self, work: Callable[[], T], done: Callable[[T], None], busy: str) -> None:
        self._set_enabled(False)
        self.banner.show_message(MessageKind.BUSY, busy)
        (
            self._jobs.job(work, owner=self)
            .success(done)
            .failure(self._refused)
            .finished(lambda: self._set_enabled(True))
            .start()
        )

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _refused(self, error: BaseException) -> None:
        self.banner.show_message(MessageKind.ERROR, self._words.error(error))

    def _show(self, reading: int, detail: SessionDetail) -> None:
        if reading != self._reading:
            return
        chosen = self.selected()
        self.session = detail
        self.title_label.setText(self.tr("Roster of {code}").format(code=detail.code))
        self.info_label.setText("  ·  ".join((
            f"{detail.course.code} — {detail.course.title}", dates_text(detail.starts_at, detail.ends_at),
            self.tr("room {room}").format(room=detail.room), self._words.instructor(detail.instructor))))  # fmt: skip
        withdrawn = len(detail.roster) - detail.enrolled
        counts = self.tr("Enrolled: {count}").format(count=detail.enrolled)
        if withdrawn:
            counts += "  ·  " + self.tr("withdrawn: {count}").format(count=withdrawn)
        self.count_label.setText(counts)
        self.table.clearSelection()
        self.table.setRowCount(len(detail.roster))
        for row, line in enumerate(detail.roster):
            muted = line.withdrawn
            if line.withdrawn_at is not None:
                status = self.tr("Withdrawn on {date} by {who}: {reason}").format(
                    date=day_text(local(line.withdrawn_at).date()), who=line.withdrawn_by or "—",
                    reason=line.withdrawn_reason or "—")  # fmt: skip
            else:
                status = self.tr("Enrolled")
            self.table.setItem(row, COL_NAME, cell(f"{line.family_name.upper()} {line.given_name}", muted=muted))
            self.table.setItem(row, COL_REF, cell(line.external_ref or "—", muted=muted))
            self.table.setItem(row, COL_CATEGORY, cell(self._words.category(line.category), muted=muted))
            self.table.setItem(row, COL_ENROLLED, cell(day_text(local(line.enrolled_at).date()), muted=muted))
            self.table.setItem(row, COL_STATUS, cell(status, muted=muted, tip=status))
        self._fit_rows.start()
        if chosen is not None:
            self.select(chosen.person_id)
        if not detail.roster and self.banner.level is None:
            self.banner.show_message(MessageKind.INFO, self.tr("Nobody is enrolled yet."))
        self._update_actions()
        self.loaded.emit(detail.code)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.pick_button, self.csv_button):
            button.setEnabled(enabled)
        self._update_actions(enabled)

    def _update_actions(self, enabled: bool = True) -> None:
        ready = enabled and self.session is not None
        line = self.selected()
        self.pick_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)
        self.withdraw_button.setEnabled(ready and line is not None and not line.withdrawn)
        self.reinstate_button.setEnabled(ready and line is not None and line.withdrawn)
