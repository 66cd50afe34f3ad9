"""Pieces shared by the course screens: the list of a CSV file's problems, the file chooser, table
cells, and the frame of their small forms.

The forms only collect and check what is typed and then emit ``submitted``; the screen that opened
one calls the service off the GUI thread and either closes it (:meth:`CourseForm.done_ok`) or shows
the service's refusal in it (:meth:`CourseForm.refuse`), the typing kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.domain.learner_csv import RowProblem
from aptaskil_desk.ui.staff.course_words import COURSES_QSS, MUTED, CourseWords
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind

#: The most the list of a file's problems takes on screen (about six lines); more scroll.
MAX_PROBLEMS_HEIGHT = 190


class ProblemList(QListWidget):
    """Every wrong line of a CSV file, in line order, each with its line number; hidden when none.

    Signals: only QListWidget's own.
    """

    def __init__(self, words: CourseWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemList")
        self._words = words
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hide()

    def show_problems(self, problems: Sequence[RowProblem]) -> None:
        self.clear()
        for problem in sorted(problems, key=lambda p: p.line):
            self.addItem("⚠ " + self._words.problem(problem))
        self.setVisible(bool(problems))
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the problems need, up to a few lines (then it scrolls)."""
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        self.setFixedHeight(min(MAX_PROBLEMS_HEIGHT, rows + 2 * self.frameWidth() + 4))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.count():
            self.fit_height()

    def clear_problems(self) -> None:
        self.clear()
        self.hide()

    def lines(self) -> list[str]:
        """The problems shown, as words (without the symbol)."""
        found = []
        for row in range(self.count()):
            item = self.item(row)
            if item is not None:
                found.append(item.text().removeprefix("⚠ "))
        return found


def csv_dialog(parent: QWidget, caption: str, patterns: str, chosen: Callable[[Path], None]) -> QFileDialog:
    """Open (window-modal, not blocking) a chooser of one existing CSV file; ``chosen`` gets its path."""
    dialog = QFileDialog(parent, caption, QDir.homePath(), patterns)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.open()
    return dialog


def form_grid(rows: Sequence[tuple[QWidget, QWidget]]) -> QGridLayout:
    """Labels beside their fields, each label centred on its field's height."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(16)
    grid.setVerticalSpacing(12)
    for row, (label, field) in enumerate(rows):
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(field, row, 1)
    grid.setColumnStretch(1, 1)
    return grid


def cell(text: str, *, muted: bool = False, centred: bool = False, tip: str | None = None) -> QTableWidgetItem:
    """A read-only table cell; ``muted`` greys a row that no longer counts (its words say so too)."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if muted:
        item.setForeground(MUTED)
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
    if centred:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if tip:
        item.setToolTip(tip)
    return item


class CourseForm(QDialog):
    """Heading, the form's own fields, a message line, Cancel and the action button.

    Subclasses add their fields to :attr:`body`, give their texts (the context of ``tr`` is the
    runtime class) and implement :meth:`problem`.

    Signals:
        submitted: emitted when the action button was pressed and the form is complete.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None, width: int = 760) -> None:
        super().__init__(parent)
        self.setStyleSheet(COURSES_QSS)
        self.setModal(True)
        self.setMinimumWidth(width)
        self.heading = styled_label("heading", "", self)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        self.banner = MessageBanner(self)
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._ok)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addLayout(self.body)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)

    def set_texts(self, title: str, ok_text: str, cancel_text: str) -> None:
        self.heading.setText(title)
        self.setWindowTitle(title)
        self.ok_button.setText(ok_text)
        self.cancel_button.setText(cancel_text)

    def clear_on_change(self, *edits: QLineEdit) -> None:
        """A message about what was typed goes once the typing changes."""
        for edit in edits:
            edit.textEdited.connect(lambda _text: self._clear_message())

    def _clear_message(self) -> None:
        if self.banner.isVisible():
            self.banner.clear_message()
            self.fit_height(shrink=True)

    def problem(self) -> tuple[str, QWidget] | None:
        """What is missing or wrong, with the field to focus; ``None`` when the form is complete."""
        return None

    def set_busy(self, text: str) -> None:
        """The service is working: say so, and no second press."""
        self.ok_button.setEnabled(False)
        self.banner.show_message(MessageKind.BUSY, text)
        self.fit_height()

    def refuse(self, text: str) -> None:
        """The service refused: say why; the typing stays for another try."""
        self.ok_button.setEnabled(True)
        self.banner.show_message(MessageKind.ERROR, text)
        self.fit_height()

    def done_ok(self) -> None:
        self.ok_button.setEnabled(True)
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def fit_height(self, *, shrink: bool = False) -> None:
        """Grow to show a wrapped message in full (a window's minimum size leaves wrapped lines out);
        ``shrink``: also give back the room of a message gone."""
        layout: QLayout | None = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        if needed > self.height() or shrink:
            self.resize(self.width(), max(needed, self.minimumSizeHint().height()))

    def _ok(self) -> None:
        found = self.problem()
        if found is not None:
            text, field = found
            self.banner.show_message(MessageKind.ERROR, text)
            self.fit_height()
            field.setFocus()
            return
        self.submitted.emit()
