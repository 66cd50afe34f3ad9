"""The day of a learner, opened from a cell of the attendance grid: every event of that day, and a
form to correct one (another time or kind, or cancel it) or to add a scan the learner forgot.

The dialog only collects and checks what is typed; the page calls the service and, if the service
refuses, shows the reason here. A reason is always required (it goes to the audit trail with the
old and new values; the original event is kept).

Times are Brussels wall-clock times on the cell's day. A time that does not exist that day (the
hour skipped in March) is refused; one that happens twice (the hour repeated in October) asks
whether it is summer or winter time instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.clock import CENTRE_TZ, local
from aptaskil_desk.domain.schedule_csv import parse_time
from aptaskil_desk.services.attendance_review import GridCell, GridLearner, ReviewEvent
from aptaskil_desk.ui.staff.attendance_grid import AttendanceWords, hm
from aptaskil_desk.ui.staff.equipment_style import EQUIPMENT_QSS
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind

CORRECT = "correct"
ADD = "add"

DIALOG_QSS = (
    EQUIPMENT_QSS
    + """
QTableWidget#dayEvents { font-size: 17px; }
QPushButton[kind="mode"] { font-size: 20px; min-height: 56px; padding: 4px 16px; }
QPushButton[kind="mode"]:checked { color: #000000; background-color: #ffffff; border: 3px solid #ffd43b; }
QLabel[kind="fieldLabel"] { font-size: 20px; }
QLabel[kind="eventDetail"] { font-size: 18px; color: #ffd43b; }
"""
)


def wall_instants(day: date, wall: time) -> list[datetime]:
    """The UTC instants a Brussels wall-clock time names on a day: one; none (skipped when the clocks
    go forward); or two, in order (repeated when they go back)."""
    naive = datetime.combine(day, wall)
    found: list[datetime] = []
    for fold in (0, 1):
        instant = naive.replace(tzinfo=CENTRE_TZ, fold=fold).astimezone(UTC)
        if instant.astimezone(CENTRE_TZ).replace(tzinfo=None) == naive and instant not in found:
            found.append(instant)
    return sorted(found)


@dataclass(frozen=True)
class CorrectionRequest:
    """What the person asked for: correct ``event_id`` (or add a scan when it is ``None``)."""

    person_id: int
    day: date
    event_id: int | None
    kind: str  # in | out | void
    at: datetime | None  # None: a cancellation keeps the event's time
    reason: str


class DayEventsDialog(QDialog):
    """Every event of a learner's day and the correction form.

    Signals:
        submitted(object): emitted after the form was checked, with a ``CorrectionRequest``; the
            dialog stays open (busy) until the page calls :meth:`done_ok` or :meth:`show_error`.
    """

    submitted = Signal(object)

    def __init__(self, words: AttendanceWords, learner: GridLearner, cell: GridCell, session_code: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setStyleSheet(DIALOG_QSS)
        self.setModal(True)
        self.setMinimumWidth(1000)
        self.words, self.learner, self.cell = words, learner, cell
        title = f"{learner.name} — {words.day(cell.day, year=True)}"
        self.setWindowTitle(title)
        summary = self.tr("Counted for {session}: {hours}").format(
            session=session_code, hours=words.hours(cell.counted)
        )
        if cell.flags:
            summary += " · " + ", ".join(words.flag(f) for f in cell.flags)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("dayEvents")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Event"), self.tr("State"), self.tr("Details")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(46)
        self.table.setMinimumHeight(46 * 4 + 44)
        header = self.table.horizontalHeader()
        for column, width in ((0, 80), (1, 290), (2, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._fill(cell.events)
        self.table.itemSelectionChanged.connect(self._event_chosen)
        # The chosen event in full: both values of a correction, its reason, who and when.
        self.detail = styled_label("eventDetail", "", self)

        self.correct_button = QPushButton(self.tr("Correct the chosen event"), self)
        self.add_button = QPushButton(self.tr("Add a forgotten scan"), self)
        self.modes = QButtonGroup(self)
        for button, mode in ((self.correct_button, CORRECT), (self.add_button, ADD)):
            button.setCheckable(True)
            button.setProperty("kind", "mode")
            button.setProperty("mode", mode)
            self.modes.addButton(button)
            button.toggled.connect(self._mode_changed)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of event"))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.time_edit = QLineEdit(self)
        self.time_edit.setAccessibleName(self.tr("Time (Brussels), for example 08:45"))
        self.time_edit.setPlaceholderText("08:45")
        self.time_edit.setMaxLength(8)
        self.time_edit.textChanged.connect(self._time_changed)
        self.fold_combo = QComboBox(self)
        self.fold_combo.setAccessibleName(self.tr("Summer or winter time"))
        self.fold_combo.addItem(self.tr("Choose: this hour happens twice today"), None)
        self.fold_combo.addItem(self.tr("Summer time (UTC+2), before the clocks go back"), 0)
        self.fold_combo.addItem(self.tr("Winter time (UTC+1), after the clocks go back"), 1)
        self.fold_combo.hide()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason (required)"))
        self.reason_edit.setPlaceholderText(self.tr("Why is it corrected?"))
        self.reason_edit.setMaxLength(500)
        self.banner = MessageBanner(self)
        self.ok_button = QPushButton(self.tr("Save the correction"), self)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)

        modes = QHBoxLayout()
        modes.addWidget(self.correct_button, 1)
        modes.addWidget(self.add_button, 1)
        when = QHBoxLayout()
        when.addWidget(self.time_edit, 1)
        when.addWidget(self.fold_combo, 3)
        form = QFormLayout()
        form.addRow(styled_label("fieldLabel", self.tr("Event"), self), self.kind_combo)
        form.addRow(styled_label("fieldLabel", self.tr("Time"), self), when)
        form.addRow(styled_label("fieldLabel", self.tr("Reason"), self), self.reason_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(styled_label("heading", title, self))
        layout.addWidget(styled_label("secondary", summary, self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(modes)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.resize(1000, 760)
        correctable = [n for n, e in enumerate(cell.events) if e.correctable]
        (self.correct_button if correctable else self.add_button).setChecked(True)
        if correctable:
            self.table.selectRow(correctable[0])
        self.setTabOrder(self.table, self.correct_button)

    # --- what the person chose ----------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return CORRECT if self.correct_button.isChecked() else ADD

    def chosen_event(self) -> ReviewEvent | None:
        rows = self.table.selectionModel().selectedRows()
        return self.cell.events[rows[0].row()] if rows else None

    def choose_event(self, event_id: int) -> bool:
        """Choose an event in the list, as a touch would; ``False`` if it is not there."""
        row = next((n for n, e in enumerate(self.cell.events) if e.id == event_id), -1)
        if row < 0:
            return False
        self.correct_button.setChecked(True)
        self.table.selectRow(row)
        return True

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def submit(self) -> None:
        """Check the form; emit :attr:`submitted` when it is complete, or say what is missing."""
        event = self.chosen_event() if self.mode == CORRECT else None
        if self.mode == CORRECT and (event is None or not event.correctable):
            self._problem(self.tr("Choose in the list the event to correct (a replaced event cannot be: "
                                  "correct its correction)."), self.table)  # fmt: skip
            return
        kind = str(self.kind_combo.currentData())
        at: datetime | None = None
        if kind != "void":
            found = self._instant()
            if isinstance(found, str):
                self._problem(found, self.time_edit if self.fold_combo.isHidden() else self.fold_combo)
                return
            at = found
        reason = " ".join(self.reason_edit.text().split())
        if not reason:
            self._problem(self.tr("Say why the attendance is corrected: the reason is kept with the correction."),
                          self.reason_edit)  # fmt: skip
            return
        self.set_busy(True)
        self.banner.show_message(MessageKind.BUSY, self.tr("Recording…"))
        self.submitted.emit(CorrectionRequest(self.learner.person_id, self.cell.day, event.id if event else None,
                                              kind, at, reason))  # fmt: skip

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.banner.show_message(MessageKind.ERROR, text)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.ok_button, self.table, self.correct_button, self.add_button, self.kind_combo,
                       self.time_edit, self.fold_combo, self.reason_edit):  # fmt: skip
            widget.setEnabled(not busy)
        if not busy:
            self._kind_changed()

    # --- inside ---------------------------------------------------------------------------------------

    def _fill(self, events: tuple[ReviewEvent, ...]) -> None:
        self.table.setRowCount(len(events))
        states = {"standing": self.tr("Counts"), "superseded": self.tr("Replaced"), "voided": self.tr("Cancels")}
        for row, event in enumerate(events):
            details = self.words.event_line(event).split(" — ", 1)
            where = " · ".join(x for x in (
                self.tr("scan") if event.source == "scan" else self.tr("correction"), event.session_code
            ) if x)  # fmt: skip
            values = [hm(event.at), f"{self.words.kind(event.kind)} ({where})", states.get(event.state, event.state),
                      details[1] if len(details) > 1 else ""]  # fmt: skip
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(self.words.event_line(event))
                if not event.correctable:
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)

    def _mode_changed(self) -> None:
        kinds = [("in", self.words.kind("in")), ("out", self.words.kind("out"))]
        if self.mode == CORRECT:
            kinds.append(("void", self.tr("cancel this event")))
            self.ok_button.setText(self.tr("Save the correction"))
        else:
            self.ok_button.setText(self.tr("Add the scan"))
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for value, words in kinds:
            self.kind_combo.addItem(words, value)
        self.kind_combo.blockSignals(False)
        self._event_chosen()

    def _event_chosen(self) -> None:
        event = self.chosen_event()
        self.detail.setText("" if event is None else self.words.event_line(event))
        self.detail.setHidden(event is None)
        if self.mode == CORRECT and event is not None and event.kind in ("in", "out"):
            self.set_kind(event.kind)
            self.time_edit.setText(hm(event.at))
            instants = wall_instants(self.cell.day, local(event.at).time().replace(second=0, microsecond=0))
            if len(instants) == 2:
                self.fold_combo.setCurrentIndex(self.fold_combo.findData(local(event.at).fold))
        self._kind_changed()

    def _kind_changed(self) -> None:
        void = self.kind_combo.currentData() == "void"
        self.time_edit.setEnabled(not void)
        self.fold_combo.setEnabled(not void)

    def _time_changed(self) -> None:
        wall = parse_time(self.time_edit.text())
        twice = wall is not None and len(wall_instants(self.cell.day, wall)) == 2
        self.fold_combo.setHidden(not twice)
        self.fold_combo.setCurrentIndex(0)  # another time typed: asked again, never carried over

    def _instant(self) -> datetime | str:
        """The instant typed, or what is wrong with it."""
        text = self.time_edit.text().strip()
        wall = parse_time(text)
        if wall is None:
            return self.tr("Type the time as hours and minutes, for example 08:45.")
        instants = wall_instants(self.cell.day, wall)
        day = f"{self.cell.day:%d/%m/%Y}"
        if not instants:
            return self.tr("{time} does not exist on {date}: the clocks went forward.").format(time=text, date=day)
        if len(instants) == 2:
            fold = self.fold_combo.currentData()
            if fold is None:
                return self.tr("{time} happens twice on {date}: say whether it is summer or winter time.").format(
                    time=text, date=day
                )
            return instants[int(fold)]
        return instants[0]

    def _problem(self, text: str, field: QWidget) -> None:
        self.banner.show_message(MessageKind.ERROR, text)
        field.setFocus()
