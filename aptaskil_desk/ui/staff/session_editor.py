"""A session, new or existing: code, course, room, instructor and its daily slots.

Rules:
1. A new session needs a code (no spaces), a course, a room and at least one slot; it may have
   slots in the past (a course recorded after the fact). Its instructor may be chosen later.
2. An existing session keeps its code and course; its room, instructor and slots to come may
   change, with an optional reason kept in the audit trail. Slots that have begun are read-only
   (``course_slots.py``); whatever the service still refuses is shown in its words, the typing kept.
3. Only staff holding the instructor role are offered as instructors (the current instructor of
   a session stays offered even if they no longer hold it, so that nothing changes unasked).
4. Rooms offered are the rooms known from the terminals and the sessions; another room code can be
   typed (the service checks that the room exists).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.db.enums import Role
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.course_rows import CourseInfo, SessionDetail
from aptaskil_desk.ui.staff.course_slots import SlotsEditor
from aptaskil_desk.ui.staff.course_words import CourseWords, dates_text
from aptaskil_desk.ui.staff.equipment_fields import field_label
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner


@dataclass(frozen=True)
class _Choices:
    courses: list[CourseInfo]
    rooms: list[str]
    instructors: list[StaffInfo]
    session: SessionDetail | None


class SessionEditor(QWidget):
    """The session form, its slots, Save and back.

    Signals:
        loaded(str): emitted once the form is ready, with the session's code ("" for a new one).
        saved(object): emitted after the service stored the session, with its ``SessionDetail``.
        closed: emitted when the person went back without saving.
    """

    loaded = Signal(str)
    saved = Signal(object)
    closed = Signal()

    def __init__(self, ctx: AppContext, jobs: JobRunner, words: CourseWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionEditor")
        self._ctx = ctx
        self._jobs = jobs
        self._words = words
        self._staff: StaffInfo | None = None
        self._reading = 0
        self.session: SessionDetail | None = None

        self.back_button = QPushButton(self.tr("← Sessions"), self)
        self.back_button.clicked.connect(self.closed)
        self.title_label = styled_label("heading", "", self)
        self.save_button = QPushButton(self.tr("Save the session"), self)
        self.save_button.setObjectName("saveSessionButton")
        self.save_button.setProperty("kind", "primary")
        self.save_button.clicked.connect(self.save)
        self.save_button.setToolTip(self.tr("Save the session (Ctrl+S)"))
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self.banner = MessageBanner(self)
        self.slots = SlotsEditor(ctx, words, self)

        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("sessionCode")
        self.code_edit.setMaxLength(32)
        self.code_edit.setPlaceholderText(self.tr("e.g. OPP-2027-01"))
        self.code_edit.setAccessibleName(self.tr("Session code"))
        self.course_combo = QComboBox(self)
        self.course_combo.setObjectName("sessionCourse")
        self.course_combo.setAccessibleName(self.tr("Course"))
        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("sessionRoom")
        self.room_combo.setEditable(True)
        self.room_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.room_combo.setAccessibleName(self.tr("Room (code)"))
        self.room_combo.currentTextChanged.connect(lambda text: self.slots.set_room(text.strip()))
        self.instructor_combo = QComboBox(self)
        self.instructor_combo.setObjectName("sessionInstructor")
        self.instructor_combo.setAccessibleName(self.tr("Instructor"))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("sessionReason")
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setPlaceholderText(self.tr("Reason for the change (optional, kept in the audit trail)"))
        self.reason_edit.setAccessibleName(self.tr("Reason for the change"))
        self.slots.problem.connect(lambda text: self.banner.show_message(MessageKind.ERROR, text))
        self.slots.notice.connect(lambda text: self.banner.show_message(MessageKind.INFO, text))
        self.slots.added.connect(self._slots_added)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.save_button)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(field_label(self.tr("Code"), self), 0, 0)
        grid.addWidget(self.code_edit, 0, 1)
        grid.addWidget(field_label(self.tr("Course"), self), 0, 2)
        grid.addWidget(self.course_combo, 0, 3)
        grid.addWidget(field_label(self.tr("Room"), self), 1, 0)
        grid.addWidget(self.room_combo, 1, 1)
        grid.addWidget(field_label(self.tr("Instructor"), self), 1, 2)
        grid.addWidget(self.instructor_combo, 1, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        self.reason_row = QWidget(self)
        reason = QHBoxLayout(self.reason_row)
        reason.setContentsMargins(0, 0, 0, 0)
        reason.addWidget(field_label(self.tr("Reason"), self.reason_row))
        reason.addWidget(self.reason_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.slots, 1)
        layout.addWidget(self.reason_row)

    def set_staff(self, info: StaffInfo | None) -> None:
        self._staff = info
        self._reading += 1
        if info is None:
            self.session = None
            self.code_edit.clear()
            self.reason_edit.clear()
            self.banner.clear_message()

    def open_new(self) -> None:
        """An empty form for a new session (the choices are read off the GUI thread)."""
        self._open(None)

    def open_session(self, code: str) -> None:
        """The form of an existing session, read afresh."""
        self._open(code)

    def _open(self, code: str | None) -> None:
        self._reading += 1
        reading = self._reading
        self.session = None
        self.save_button.setEnabled(False)
        self.code_edit.clear()
        self.reason_edit.clear()
        self.title_label.setText(
            self.tr("New session") if code is None else self.tr("Session {code}").format(code=code)
        )
        self.banner.show_message(MessageKind.BUSY, self.tr("Reading…"))
        (
            self._jobs.job(lambda: self._read(code), owner=self)
            .success(lambda choices: self._fill(reading, choices))
            .failure(lambda error: self._failed(reading, error))
            .start()
        )

    def _read(self, code: str | None) -> _Choices:
        courses = self._ctx.courses.list_courses()
        instructors = [s for s in self._ctx.accounts.list_staff() if Role.INSTRUCTOR.value in s.roles]
        rooms = {t.room.code for t in self._ctx.centre.list_terminals() if t.room is not None}
        rooms |= {s.room for s in self._ctx.courses.list_sessions()}
        session = self._ctx.courses.show_session(code) if code is not None else None
        return _Choices(courses, sorted(rooms), instructors, session)

    def _failed(self, reading: int, error: BaseException) -> None:
        if reading == self._reading:
            self.banner.show_message(MessageKind.ERROR, self._words.error(error))

    def _fill(self, reading: int, choices: _Choices) -> None:
        if reading != self._reading:
            return
        session = self.session = choices.session
        self.banner.clear_message()
        self.course_combo.clear()
        self.course_combo.addItem(self.tr("Choose a course"), "")
        for course in choices.courses:
            self.course_combo.addItem(f"{course.code} — {course.title}", course.code)
        self.room_combo.clear()
        self.room_combo.addItems(choices.rooms)
        self.instructor_combo.clear()
        self.instructor_combo.addItem(self.tr("Not chosen yet"), "")
        for person in choices.instructors:
            self.instructor_combo.addItem(f"{person.display_name} ({person.login})", person.login)
        current = session.instructor if session is not None else None
        if current is not None and current.login and self.instructor_combo.findData(current.login) < 0:
            self.instructor_combo.addItem(f"{current.name} ({current.login})", current.login)
        existing = session is not None
        self.code_edit.setEnabled(not existing)
        self.course_combo.setEnabled(not existing)
        self.reason_row.setVisible(existing)
        if session is None:
            self.room_combo.setCurrentIndex(-1)
            self.room_combo.setEditText("")
            self.instructor_combo.setCurrentIndex(0)
            self.course_combo.setCurrentIndex(0)
            self.slots.set_slots([], self._ctx.clock.now(), existing=False)
            self.code_edit.setFocus()
        else:
            self.code_edit.setText(session.code)
            self.course_combo.setCurrentIndex(max(0, self.course_combo.findData(session.course.code)))
            self.room_combo.setEditText(session.room)
            self.room_combo.setCurrentIndex(self.room_combo.findText(session.room))
            login = current.login if current is not None else ""
            self.instructor_combo.setCurrentIndex(max(0, self.instructor_combo.findData(login or "")))
            self.slots.set_slots(session.slots, self._ctx.clock.now(), existing=True)
            self.title_label.setText(self.tr("Session {code}").format(code=session.code))
            self.title_label.setToolTip(dates_text(session.starts_at, session.ends_at))
            if self.slots.locked_count():
                text = self.tr("Slots that have begun are kept as they are: hours are counted against them.")
                self.banner.show_message(MessageKind.INFO, text)
        self.slots.set_room(self.room_combo.currentText().strip())
        self.save_button.setEnabled(True)
        self.loaded.emit(session.code if session is not None else "")

    # --- saving -----------------------------------------------------------------------------------

    def room(self) -> str:
        return self.room_combo.currentText().strip()

    def instructor_login(self) -> str:
        return str(self.instructor_combo.currentData() or "")

    def _problem(self) -> tuple[str, QWidget] | None:
        code = self.code_edit.text().strip()
        if self.session is None:
            if not code:
                return self.tr("Type the session's code."), self.code_edit
            if any(c.isspace() for c in code):
                return self.tr("A session code has no spaces."), self.code_edit
            if not self.course_combo.currentData():
                return self.tr("Choose the course."), self.course_combo
        if not self.room():
            return self.tr("Choose the room."), self.room_combo
        if not self.slots.slots():
            return self.tr("Add at least one slot: choose the days and times, then + Add these days."), self.slots
        return None

    def save(self) -> None:
        """Check the form, then store it through the service (off the GUI thread)."""
        if self._staff is None:
            return
        found = self._problem()
        if found is not None:
            self.banner.show_message(MessageKind.ERROR, found[0])
            found[1].setFocus()
            return
        actor = self._staff.actor(self._ctx.terminal)
        courses, room, login = self._ctx.courses, self.room(), self.instructor_login()
        session = self.session
        if session is None:
            code, course = self.code_edit.text().strip(), str(self.course_combo.currentData())
            slots = self.slots.slots()

            def work() -> SessionDetail:
                return courses.add_session(actor, code, course, room, slots, login or None)

        else:
            was = session.instructor.login if session.instructor is not None else ""
            added, removed = self.slots.added_slots(), self.slots.removed_slots()
            reason = " ".join(self.reason_edit.text().split()) or None
            if room == session.room and login == (was or "") and not added and not removed:
                self.banner.show_message(MessageKind.INFO, self.tr("Nothing to save: nothing was changed."))
                return

            def work() -> SessionDetail:
                return courses.edit_session(
                    actor, session.code, room_code=room if room != session.room else None,
                    instructor_login=login if login and login != was else None,
                    remove_instructor=bool(was) and not login, add_slots=added, remove_slots=removed, reason=reason,
                )  # fmt: skip

        self.save_button.setEnabled(False)
        self.banner.show_message(MessageKind.BUSY, self.tr("Saving…"))
        reading = self._reading
        (
            self._jobs.job(work, owner=self)
            .success(lambda detail: self._saved(reading, detail))
            .failure(lambda error: self.banner.show_message(MessageKind.ERROR, self._words.error(error)))
            .finished(lambda: self.save_button.setEnabled(True))
            .start()
        )

    def _saved(self, reading: int, detail: SessionDetail) -> None:
        if reading != self._reading:  # locked (or another session opened) meanwhile
            return
        self.session = detail
        self.banner.clear_message()
        self.saved.emit(detail)

    def _slots_added(self, count: int) -> None:
        self.banner.show_message(
            MessageKind.INFO, self.tr("Slots added: {count}. Save the session to keep them.").format(count=count)
        )
