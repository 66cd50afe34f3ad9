"""The overview of a running checklist: every step, by section, with where it stands; touch one to go to it.

Each row says the step's number, the start of its instruction, its status in words with a symbol
(to do, passed, failed, not evaluated, waiting for prerequisites, deviation) and the value recorded;
the row's colour only repeats the status. The step shown is marked with ▶ and bold type.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from aptaskil_desk.domain.checklist_template import StepKind
from aptaskil_desk.services.checklist_rows import RunDetail
from aptaskil_desk.ui.checklists.words import STATUS_COLOURS, ChecklistWords, StepStatus, step_status

#: Characters of an instruction shown in the overview: two lines of this many.
SHORT = 60
LINE = 27
_STEP_ROLE = Qt.ItemDataRole.UserRole
_STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


def shortened(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def two_lines(text: str, width: int = LINE) -> str:
    """The start of a text on at most two lines of ``width`` characters."""
    lines = textwrap.wrap(" ".join(text.split()), width)
    if len(lines) > 2:
        lines = [lines[0], shortened(" ".join(lines[1:]), width)]
    return "\n".join(lines)


class StepOverview(QListWidget):
    """The steps of the run in protocol order, under their sections' titles.

    Signals:
        step_chosen(int): emitted when a step's row was touched, with the step's index (0-based).
    """

    step_chosen = Signal(int)

    def __init__(self, words: ChecklistWords, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepOverview")
        self._words = words
        self._language = language
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("Steps of the checklist"))
        self.itemClicked.connect(self._clicked)

    def show_run(self, detail: RunDetail | None, current: int) -> None:
        """Rows for every step of ``detail`` (none when ``None``), the ``current`` one selected."""
        self.blockSignals(True)
        self.clear()
        if detail is None:
            self.blockSignals(False)
            return
        number = 0
        bold = QFont(self.font())
        bold.setBold(True)
        for section in detail.template.sections:
            header = QListWidgetItem(section.title.in_language(self._language), self)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(bold)
            header.setForeground(QBrush(QColor("#ffd43b")))
            for step in section.steps:
                number += 1
                status = step_status(detail, step.id)
                latest = detail.execution.latest(step.id)
                answer = self._words.answer(step, latest, self._language) if latest else ""
                value = f" — {shortened(answer, 18)}" if answer and step.kind is not StepKind.CHECK else ""
                mark = "▶ " if number - 1 == current else ""
                text = (f"{mark}{number}. {two_lines(step.instruction.in_language(self._language))}\n"
                        f"{self._words.status(status)}{value}")  # fmt: skip
                item = QListWidgetItem(text, self)
                item.setData(_STEP_ROLE, number - 1)
                item.setData(_STATUS_ROLE, status.value)
                item.setBackground(QBrush(QColor(STATUS_COLOURS[status])))
                item.setForeground(QBrush(QColor("#000000")))
                item.setToolTip(step.instruction.in_language(self._language))
                if number - 1 == current:
                    item.setFont(bold)
                    self.setCurrentItem(item)
        self.blockSignals(False)
        if self.currentItem() is not None:
            self.scrollToItem(self.currentItem())

    def statuses(self) -> list[StepStatus]:
        """The status of every step, in protocol order (what the rows show)."""
        found = []
        for row in range(self.count()):
            value = self.item(row).data(_STATUS_ROLE)
            if value:
                found.append(StepStatus(value))
        return found

    def row_of(self, index: int) -> QListWidgetItem | None:
        """The row of the step at ``index`` (0-based), for a finger or a test to touch."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(_STEP_ROLE) == index:
                return item
        return None

    def _clicked(self, item: QListWidgetItem) -> None:
        index = item.data(_STEP_ROLE)
        if isinstance(index, int):
            self.step_chosen.emit(index)
