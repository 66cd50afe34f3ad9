"""A session's daily slots as the session editor shows them, and the form adding several days at once.

Rules (the service's, docs/courses.md; the screen only helps to respect them):
1. A slot that has begun is history: in an existing session it is shown read-only, greyed, with
   the words "begun: kept as it is", and cannot be removed here. The service refuses any change to
   one anyway (a slot may begin while the screen is open); its message is then shown.
2. "Add these days": every chosen weekday from the first to the last day (at most a year), each
   with the times typed (``08:30–12:00``, also ``8h30-12h``). A time that does not exist or happens
   twice that day in Brussels is refused with the date; a slot that overlaps one of the list is
   refused naming both; a slot already in the list is not added twice.
3. A stored slot to come that is removed stays listed, struck through, until the session is saved
   ("Keep" undoes it); a slot added and then removed simply goes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.schedule_csv import SlotProblem, first_overlap, local_slot, parse_time_range
from aptaskil_desk.services.course_rows import SlotInfo
from aptaskil_desk.ui.i18n import locale_for
from aptaskil_desk.ui.staff.course_widgets import cell
from aptaskil_desk.ui.staff.course_words import CourseWords, day_text, hm, local_day, message
from aptaskil_desk.ui.staff.equipment_fields import field_label, from_qdate, to_qdate

#: A slot as two UTC instants (start, end), as the service takes it.
Slot = tuple[datetime, datetime]
COL_DAY, COL_TIMES, COL_ROOM, COL_STATE, COL_ACTION = range(5)
#: The longest period "Add these days" covers, like ``session add --daily``.
MAX_DAYS = 366


@dataclass(frozen=True)
class _Row:
    slot: Slot
    room: str | None  # a stored slot's room; None for a slot added on this screen
    locked: bool  # begun: read-only


class SlotsEditor(QWidget):
    """The slots table and the "add these days" form.

    Signals:
        changed: emitted after slots were added, removed or kept again.
        problem(str): emitted with what is wrong when slots could not be added (in words).
        notice(str): emitted with what happened when nothing needed adding (in words).
        added(int): emitted after "Add these days", with how many slots were added.
    """

    changed = Signal()
    problem = Signal(str)
    notice = Signal(str)
    added = Signal(int)

    def __init__(self, ctx: AppContext, words: CourseWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._words = words
        self._locale = locale_for(ctx.settings.language)
        self._rows: list[_Row] = []  # every slot listed, in time order
        self._removed: set[Slot] = set()  # stored slots to come that will be removed on save
        self.room = ""

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("slotsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Times"), self.tr("Room"), self.tr("State"), ""])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        for column, width in ((COL_DAY, 175), (COL_TIMES, 130), (COL_ROOM, 90), (COL_ACTION, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.Stretch)

        today = local_day(ctx.clock.now())
        self.from_edit = self._date_edit(today + timedelta(days=1), self.tr("First day"))
        self.to_edit = self._date_edit(today + timedelta(days=5), self.tr("Last day"))
        self.from_edit.dateChanged.connect(self._first_day_changed)
        self.day_buttons: dict[int, QPushButton] = {}
        days = QHBoxLayout()
        days.setSpacing(4)
        for weekday in range(7):  # Monday first, as in Belgium
            name = self._locale.dayName(weekday + 1, self._locale.FormatType.ShortFormat)
            button = QPushButton(name.rstrip("."), self)
            button.setProperty("kind", "choice")
            button.setCheckable(True)
            button.setChecked(weekday < 5)
            button.setAccessibleName(self._locale.dayName(weekday + 1))
            self.day_buttons[weekday] = button
            days.addWidget(button, 1)
        self.times_edits = [QLineEdit(self), QLineEdit(self)]
        names = (self.tr("Times of the first slot of each day"),
                 self.tr("Times of the second slot of each day (may stay empty)"))  # fmt: skip
        for edit, text, name in zip(self.times_edits, ("08:30–12:00", "13:00–16:30"), names, strict=True):
            edit.setText(text)
            edit.setPlaceholderText("08:30–12:00")
            edit.setAccessibleName(name)
            edit.setMaxLength(20)
            edit.setProperty("kind", "times")
            edit.setMinimumWidth(150)
            edit.returnPressed.connect(self.add_days_from_form)
        self.add_button = QPushButton(self.tr("+ Add these days"), self)
        self.add_button.setObjectName("addDaysButton")
        self.add_button.clicked.connect(self.add_days_from_form)

        # Read as a sentence: from D1 to D2, times T1 and T2; on these days: + Add these days.
        period = QHBoxLayout()
        period.setSpacing(8)
        for widget in (field_label(self.tr("From"), self), self.from_edit, field_label(self.tr("to"), self),
                       self.to_edit, field_label(self.tr("times"), self), self.times_edits[0],
                       field_label(self.tr("and"), self), self.times_edits[1]):  # fmt: skip
            period.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        on_days = QHBoxLayout()
        on_days.setSpacing(10)
        on_days.addWidget(field_label(self.tr("Days"), self))
        on_days.addLayout(days)
        on_days.addWidget(self.add_button, 1)
        form = QVBoxLayout()
        form.setSpacing(8)
        form.addLayout(period)
        form.addLayout(on_days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(to_qdate(day), self)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setMinimumWidth(188)
        return edit

    # --- the list ---------------------------------------------------------------------------------

    def set_slots(self, stored: Sequence[SlotInfo], now: datetime, *, existing: bool) -> None:
        """Show a session's slots; in an ``existing`` session those that have begun are read-only."""
        self._rows = [_Row((s.starts_at, s.ends_at), s.room, existing and s.starts_at <= now) for s in stored]
        self._removed = set()
        if stored:
            last = local_day(stored[-1].starts_at)
            self.from_edit.setDate(to_qdate(max(last + timedelta(days=1), local_day(now))))
            self.to_edit.setDate(to_qdate(max(last + timedelta(days=5), local_day(now))))
        self._show()

    def set_room(self, room: str) -> None:
        """The session's room: where the slots added here will be."""
        self.room = room
        self._show()

    def slots(self) -> list[Slot]:
        """The schedule as it will be saved (removed slots left out)."""
        return [r.slot for r in self._rows if r.slot not in self._removed]

    def added_slots(self) -> list[Slot]:
        return [r.slot for r in self._rows if r.room is None]

    def removed_slots(self) -> list[Slot]:
        return sorted(self._removed)

    def locked_count(self) -> int:
        return sum(1 for r in self._rows if r.locked)

    def row_texts(self) -> list[tuple[str, str, str, str]]:
        """Day, times, room and state of each row, as shown."""

        def text(row: int, column: int) -> str:
            item: QTableWidgetItem | None = self.table.item(row, column)  # None where no cell was set
            return item.text() if item is not None else ""

        return [(text(r, COL_DAY), text(r, COL_TIMES), text(r, COL_ROOM), text(r, COL_STATE))
                for r in range(self.table.rowCount())]  # fmt: skip

    def action_button(self, row: int) -> QPushButton | None:
        holder: QWidget | None = self.table.cellWidget(row, COL_ACTION)  # None on a begun slot's row
        return holder.findChild(QPushButton) if holder is not None else None

    def remove(self, slot: Slot) -> None:
        """Remove a slot to come (a stored one is struck through until saved); begun ones stay."""
        row = next((r for r in self._rows if r.slot == slot), None)
        if row is None or row.locked:
            return
        if row.room is None:
            self._rows.remove(row)
        else:
            self._removed.add(slot)
        self._show()
        self.changed.emit()

    def keep(self, slot: Slot) -> None:
        self._removed.discard(slot)
        self._show()
        self.changed.emit()

    # --- adding days ------------------------------------------------------------------------------

    def add_days_from_form(self) -> None:
        """Add the days and times the form says; a problem is emitted in words."""
        first, last = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        weekdays = {day for day, button in self.day_buttons.items() if button.isChecked()}
        ranges: list[tuple[time, time]] = []
        for edit in self.times_edits:
            text = edit.text().strip()
            if not text:
                continue
            found = parse_time_range(text)
            if found is None:
                edit.setFocus()
                self.problem.emit(
                    self.tr('Unreadable times "{value}": write them like 08:30–12:00.').format(value=text)
                )
                return
            ranges.append(found)
        self.add_days(first, last, weekdays, ranges)

    def add_days(self, first: date, last: date, weekdays: set[int], ranges: Sequence[tuple[time, time]]) -> int:
        """Add ``ranges`` on every day of ``weekdays`` (0 = Monday) from ``first`` to ``last``."""
        if last < first:
            return self._refuse(self.tr("The last day comes before the first."))
        if (last - first).days >= MAX_DAYS:
            return self._refuse(self.tr("At most a year at a time: choose a shorter period."))
        if not weekdays:
            return self._refuse(self.tr("Choose at least one day of the week."))
        if not ranges:
            return self._refuse(self.tr("Type the times of at least one slot, e.g. 08:30–12:00."))
        new: list[Slot] = []
        for n in range((last - first).days + 1):
            day = first + timedelta(days=n)
            if day.weekday() not in weekdays:
                continue
            for start, end in ranges:
                slot = local_slot(day, start, end)
                if isinstance(slot, SlotProblem):
                    problem = message(self._words.messages, slot.message, dict(slot.params))
                    return self._refuse(self.tr("{date}: {problem}").format(date=day_text(day), problem=problem))
                new.append(slot)
        if not new:
            return self._refuse(self.tr("None of the chosen weekdays falls in this period."))
        listed = {r.slot for r in self._rows}
        fresh = sorted(set(new) - listed)
        if not fresh:
            self.notice.emit(self.tr("These slots are already in the schedule."))
            return 0
        everything = [s for s in listed if s not in self._removed] + fresh
        if (pair := first_overlap(everything)) is not None:
            a, b = everything[pair[0]], everything[pair[1]]
            text = self.tr("The slots {first} and {second} overlap: change the times.")
            return self._refuse(text.format(first=self.slot_text(a), second=self.slot_text(b)))
        self._rows = sorted([*self._rows, *(_Row(s, None, False) for s in fresh)], key=lambda r: r.slot)
        self._show()
        self.added.emit(len(fresh))
        self.changed.emit()
        return len(fresh)

    def slot_text(self, slot: Slot) -> str:
        return f"{day_text(local_day(slot[0]))} {hm(slot[0])}–{hm(slot[1])}"

    def _refuse(self, text: str) -> int:
        self.problem.emit(text)
        return 0

    def _first_day_changed(self) -> None:
        if self.to_edit.date() < self.from_edit.date():
            self.to_edit.setDate(self.from_edit.date())

    # --- showing ----------------------------------------------------------------------------------

    def _show(self) -> None:
        for shown in range(self.table.rowCount()):  # replaced below; deleted only later, so hidden now
            old: QWidget | None = self.table.cellWidget(shown, COL_ACTION)
            if old is not None:
                old.hide()
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            start, end = row.slot
            day = local_day(start)
            weekday = self._locale.dayName(day.isoweekday(), self._locale.FormatType.ShortFormat)
            removed = row.slot in self._removed
            if row.locked:
                state = self.tr("Begun: kept as it is")
            elif removed:
                state = self.tr("Removed when you save")
            elif row.room is None:
                state = self.tr("New")
            else:
                state = self.tr("Scheduled")
            muted = row.locked or removed
            items = (cell(f"{weekday} {day_text(day)}", muted=muted), cell(f"{hm(start)}–{hm(end)}", muted=muted),
                     cell(row.room or self.room or "—", muted=muted), cell(state, muted=muted))  # fmt: skip
            for column, item in zip((COL_DAY, COL_TIMES, COL_ROOM, COL_STATE), items, strict=True):
                if removed:
                    font = QFont(item.font())
                    font.setStrikeOut(column != COL_STATE)
                    item.setFont(font)
                self.table.setItem(index, column, item)
            self.table.removeCellWidget(index, COL_ACTION)
            if row.locked:
                continue
            button = QPushButton(self.tr("Keep") if removed else self.tr("✕ Remove"), self.table)
            button.setProperty("kind", "rowAction")
            button.setAccessibleName(
                (self.tr("Keep the slot {slot}") if removed else self.tr("Remove the slot {slot}")).format(
                    slot=self.slot_text(row.slot)
                )
            )
            button.clicked.connect(lambda _c=False, s=row.slot, r=removed: self.keep(s) if r else self.remove(s))
            holder = QWidget(self.table)  # a margin keeps the button clear of the grid and the scroll bar
            inside = QHBoxLayout(holder)
            inside.setContentsMargins(4, 2, 6, 2)
            inside.addWidget(button)
            self.table.setCellWidget(index, COL_ACTION, holder)
