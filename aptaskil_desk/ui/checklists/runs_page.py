"""The checklist executions of the staff area: what was run on what, and where each stands.

Rules:
1. Newest first: template (code, version, title in the reader's language), equipment, phase with
   a TRAINING mark for training runs, state in words, open deviations, failed steps, who started
   it and when (and the learner who practised, when a training run names one). Colours only repeat
   the words and numbers.
2. A filter by state; opening an execution in progress resumes it in the runner, any other opens
   the review screen (the page decides, from :attr:`RunsPanel.open_requested`).
3. A template version never changes, so its title is read once and kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.checklist_template import Translated
from aptaskil_desk.domain.signatures import State
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.checklist_rows import RunInfo
from aptaskil_desk.ui.checklists.words import ChecklistWords
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

COL_TEMPLATE, COL_EQUIPMENT, COL_PHASE, COL_STATE, COL_DEVIATIONS, COL_FAILED, COL_STARTED = range(7)

#: Light tones with black text (the words say the state; the tone repeats it).
STATE_COLOURS = {
    State.IN_PROGRESS: "#74c0fc",
    State.EXECUTED: "#ffd43b",
    State.REVIEWED: "#ffa94d",
    State.APPROVED: "#69db7c",
}
PROBLEM_COLOUR = "#ff8787"
TRAINING_COLOUR = "#d0bfff"
BLACK = QColor("#000000")

TitleKey = tuple[str, int]


class RunsPanel(QWidget):
    """The executions list with a state filter and Open.

    Signals:
        runs_listed(int): emitted after the executions were read and shown, with how many exist.
        open_requested(str, str): emitted when an execution is opened, with its id and its state.
    """

    runs_listed = Signal(int)
    open_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistRuns")
        self._ctx = ctx
        self._jobs = jobs
        self._staff: StaffInfo | None = None
        self._reading = 0
        self._all: list[RunInfo] = []
        self._shown: list[RunInfo] = []
        self._titles: dict[TitleKey, Translated] = {}
        self._words = ChecklistWords(self, ctx.tr)

        self.state_combo = QComboBox(self)
        self.state_combo.setAccessibleName(self.tr("State filter"))
        self.state_combo.addItem(self.tr("Every state"), "")
        for state in State:
            self.state_combo.addItem(self._words.state(state), state.value)
        self.state_combo.currentIndexChanged.connect(self._apply_filter)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openRunButton")
        self.open_button.setProperty("kind", "primary")
        self.open_button.clicked.connect(self.open_selected)
        self.banner = MessageBanner(self)

        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("runsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Checklist"), self.tr("Equipment"), self.tr("Phase"), self.tr("State"),
             self.tr("Open\ndeviations"), self.tr("Failed\nsteps"), self.tr("Started")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Wrapped cells need other heights at other widths (a stretched column follows the page); once
        # the header has settled, hence the timer.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_args: self._fit_rows.start())
        header.setSectionResizeMode(COL_TEMPLATE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_EQUIPMENT, 110), (COL_PHASE, 90), (COL_STATE, 110), (COL_DEVIATIONS, 105),
                              (COL_FAILED, 65), (COL_STARTED, 210)):  # fmt: skip
            header.resizeSection(column, width)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

        bar = QHBoxLayout()
        bar.addWidget(self.state_combo, 1)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        self._update_actions()

    def set_staff(self, info: StaffInfo | None) -> None:
        """Read the executions for a person; ``None`` forgets everything shown."""
        self._staff = info
        self._reading += 1
        self.banner.clear_message()
        if info is None:
            self._all = []
            self.state_combo.setCurrentIndex(0)
            self._apply_filter()
            return
        self.refresh()

    def refresh(self) -> None:
        """Read the executions again (off the GUI thread)."""
        if self._staff is None:
            return
        reading = self._reading
        known = set(self._titles)
        (
            self._jobs.job(lambda: self._read(known), owner=self)
            .success(lambda found: self._listed(reading, found))
            .failure(lambda error: self._failed(reading, error))
            .start()
        )

    def _read(self, known: set[TitleKey]) -> tuple[list[RunInfo], dict[TitleKey, Translated]]:
        runs = self._ctx.checklist_runs.runs()
        wanted = {(r.template_code, r.template_version) for r in runs} - known
        titles = {key: self._ctx.checklists.template(*key).template.title for key in wanted}
        return runs, titles

    def filter_state(self, state: State | None) -> None:
        """Show the executions in one state (``None``: every state)."""
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(state.value if state else "")))

    def shown_ids(self) -> list[str]:
        """The ids of the executions listed, in order, after the filter."""
        return [r.id for r in self._shown]

    def select(self, run_id: str) -> bool:
        ids = self.shown_ids()
        if run_id in ids:
            self.table.selectRow(ids.index(run_id))
            return True
        return False

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            info = self._shown[rows[0].row()]
            self.open_requested.emit(info.id, info.state.value)

    # --- showing ------------------------------------------------------------------------------

    def _listed(self, reading: int, found: tuple[list[RunInfo], dict[TitleKey, Translated]]) -> None:
        if reading != self._reading:
            return
        self._all, titles = found
        self._titles.update(titles)
        self._apply_filter()
        self.runs_listed.emit(len(self._all))

    def _failed(self, reading: int, error: BaseException) -> None:
        if reading != self._reading:
            return
        self.banner.show_message(MessageKind.ERROR, self._words.error(error))

    def _apply_filter(self, *_args: Any) -> None:
        wanted = str(self.state_combo.currentData() or "")
        selected = self.table.selectionModel().selectedRows()
        keep = self._shown[selected[0].row()].id if selected and self._shown else None
        self._shown = [r for r in self._all if not wanted or r.state.value == wanted]
        self.table.clearSelection()
        self.table.setRowCount(len(self._shown))
        for row, info in enumerate(self._shown):
            for column, (text, tone) in enumerate(self._cells(info)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                if tone:
                    item.setBackground(QColor(tone))
                    item.setForeground(BLACK)
                if column in (COL_DEVIATIONS, COL_FAILED):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if keep is not None:
            self.select(keep)
        if self._all and not self._shown:
            self.banner.show_message(MessageKind.INFO, self.tr("No execution is in this state."))
        elif self._staff is not None and not self._all:
            self.banner.show_message(
                MessageKind.INFO, self.tr("No checklist was executed yet: start one from a template.")
            )
        else:
            self.banner.clear_message()
        self._update_actions()

    def _cells(self, info: RunInfo) -> list[tuple[str, str]]:
        """(text, background tone or "") of each column."""
        title = self._titles.get((info.template_code, info.template_version))
        shown_title = title.in_language(self._ctx.settings.language) if title else info.title
        phase = self._words.phase(info.phase)
        if info.training:
            phase = self.tr("{phase} · TRAINING").format(phase=phase)
        started = self.tr("{name}\n{when}").format(name=info.started_by, when=self._words.when(info.started_at))
        if info.trainee is not None:
            started += "\n" + self.tr("Practised by {trainee}").format(trainee=info.trainee)
        return [
            (f"{info.template_code} v{info.template_version}\n{shown_title}", ""),
            (info.equipment_code, ""),
            (phase, TRAINING_COLOUR if info.training else ""),
            (self._words.state(info.state), STATE_COLOURS.get(info.state, "")),
            (str(info.open_deviations), PROBLEM_COLOUR if info.open_deviations else ""),
            (str(info.failed_steps), PROBLEM_COLOUR if info.failed_steps else ""),
            (started, ""),
        ]

    def _update_actions(self, *_args: Any) -> None:
        self.open_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
