"""The body of the review screen: an execution's record, failures and deviations first.

Rules:
1. First each step whose current value failed, with the value, why it failed, the criterion and
   who entered it, followed by its deviations; then the deviations raised on other steps. An open
   deviation carries a button to close it (the review screen asks for the resolution).
2. Then every value, corrections included, in the order entered: step, value with its unit,
   verdict, by whom, when (with the zone), and what backs it (instrument, serial number, reading
   UUID; a file's name and SHA-256) or a correction's reason.
3. Then the signatures: printed name, date and time with zone, meaning, a rejection's reason; and
   every signature problem found, in words.
4. Tables grow to their rows: the screen scrolls, never a table inside it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.domain.checklist_template import Step
from aptaskil_desk.domain.signatures import Deviation, Entry, Outcome, SignatureProblem, State
from aptaskil_desk.services.checklist_rows import RunDetail
from aptaskil_desk.ui.checklists.words import ChecklistWords
from aptaskil_desk.ui.widgets.labels import styled_label

#: Look of the review screen (its band and this record).
REVIEW_QSS = """
QFrame[kind="reviewBand"] { background-color: #1b2836; border: 3px solid #69db7c; border-radius: 10px; }
QFrame[kind="reviewBand"][tone="problem"] { border-color: #ff8787; }
QLabel[kind="reviewState"] { font-size: 28px; font-weight: bold; }
QLabel[kind="fact"] { font-size: 18px; color: #e6ebf0; padding: 4px 10px; border: 2px solid #3d4f61;
    border-radius: 6px; }
QLabel[kind="fact"][level="problem"] { color: #000000; background-color: #ff8787; border-color: #ff8787;
    font-weight: bold; }
QLabel[kind="fact"][level="warn"] { color: #000000; background-color: #ffd43b; border-color: #ffd43b;
    font-weight: bold; }
QLabel[kind="trainingMark"] { font-size: 20px; font-weight: bold; color: #000000; background-color: #d0bfff;
    padding: 4px 12px; border-radius: 6px; }
QLabel[kind="heading"] { font-size: 26px; }
QLabel[kind="secondary"] { font-size: 20px; }
QLabel[kind="section"] { font-size: 24px; font-weight: bold; color: #ffd43b; padding-top: 8px; }
QFrame[kind="card"] { background-color: #16212c; border: 2px solid #6b8096; border-left: 10px solid #ff8787; }
QFrame[kind="card"][tone="closed"] { border-left: 10px solid #69db7c; }
QLabel[kind="cardTitle"] { font-size: 21px; font-weight: bold; color: #ffffff; }
QLabel[kind="cardText"] { font-size: 19px; color: #e6ebf0; }
QLabel[kind="problemLine"] { font-size: 20px; font-weight: bold; color: #ff8787; }
QPushButton { font-size: 22px; min-height: 56px; padding: 6px 18px; }
QTableWidget { font-size: 16px; }
QTableWidget QHeaderView::section { font-size: 16px; }
"""

FAILED_COLOUR = "#ff8787"
#: Lets a long identifier, file name or hash wrap in a narrow cell (the reader sees no difference).
SOFT_BREAK = "\u200b"


def breakable(text: str) -> str:
    """``text`` with a soft break after each ``_`` and every 16 characters of a longer word (a hash, a
    UUID); numbers, dates and short words are left whole."""
    text = text.replace("_", "_" + SOFT_BREAK)
    words = []
    for word in text.split(" "):
        parts = word.split(SOFT_BREAK)
        words.append(SOFT_BREAK.join(SOFT_BREAK.join(p[i : i + 16] for i in range(0, len(p), 16)) for p in parts))
    return " ".join(words)


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    """A read-only table without scroll bars: :func:`_fill` makes it as tall as its rows."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    fit_height(table)


def fit_height(table: QTableWidget) -> None:
    """Make a table exactly as tall as its header and (wrapped) rows."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2)


class RunRecordView(QWidget):
    """Failures and deviations, values, signatures of one execution.

    Signals:
        close_requested(int): emitted when a deviation's Close button was pressed, with its number.
    """

    close_requested = Signal(int)

    def __init__(self, words: ChecklistWords, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runRecord")
        self.words = words
        self._language = language
        self.failures = QVBoxLayout()
        self.failures.setSpacing(10)
        self._titles: list[str] = []
        self.values_table = _table(self, [self.tr("Step"), self.tr("Value"), self.tr("Verdict"), self.tr("By, when"),
                                          self.tr("Evidence, reason")], "valuesTable")  # fmt: skip
        header = self.values_table.horizontalHeader()
        for column, width in ((0, 180), (1, 140), (2, 120), (3, 195)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.signatures_table = _table(self, [self.tr("Signed by"), self.tr("Date and time"), self.tr("Meaning"),
                                              self.tr("Reason")], "signaturesTable")  # fmt: skip
        self.problem_lines = styled_label("problemLine", "", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addWidget(styled_label("section", self.tr("Failures and deviations"), self))
        layout.addLayout(self.failures)
        layout.addWidget(styled_label("section", self.tr("Values"), self))
        layout.addWidget(self.values_table)
        layout.addWidget(styled_label("section", self.tr("Signatures"), self))
        layout.addWidget(self.signatures_table)
        layout.addWidget(self.problem_lines)
        layout.addStretch(1)

    def show_detail(self, detail: RunDetail) -> None:
        """Show an execution's whole record (replacing what was shown)."""
        ex = detail.execution
        self._show_failures(detail)
        entries = sorted(ex.entries, key=lambda e: e.seq)
        _fill(self.values_table, [self._value_row(detail, e) for e in entries])
        for row, entry in enumerate(entries):  # a failed verdict stands out (its words say it too)
            verdict = self.values_table.item(row, 2)
            if entry.outcome is Outcome.FAILED and verdict is not None:
                verdict.setBackground(QColor(FAILED_COLOUR))
                verdict.setForeground(QColor("#000000"))
        _fill(self.signatures_table, [
            [s.signer_name, self.words.when(s.at), self.words.meaning(s.meaning), s.reason]
            for s in sorted(ex.signatures, key=lambda s: s.seq)])  # fmt: skip
        self.problem_lines.setText("\n".join(self._problem_text(p) for p in detail.problems))
        self.problem_lines.setVisible(bool(detail.problems))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapped cells need another height at another width.
        fit_height(self.values_table)
        fit_height(self.signatures_table)

    def card_titles(self) -> list[str]:
        """The titles of the failure and deviation cards, top to bottom."""
        return list(self._titles)

    # --- failures and deviations --------------------------------------------------------------

    def _show_failures(self, detail: RunDetail) -> None:
        while (item := self.failures.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.setParent(None)  # gone from the screen (and from findChild) now, deleted later
                widget.deleteLater()
        self._titles = []
        ex = detail.execution
        failed = [s for s in detail.steps() if (e := ex.latest(s.id)) is not None and e.outcome is Outcome.FAILED]
        locked = detail.info.state is State.APPROVED
        for step in failed:
            latest = ex.latest(step.id)
            assert latest is not None
            self.failures.addWidget(self._failure_card(step, latest))
            for d in ex.deviations:
                if d.step_id == step.id:
                    self.failures.addWidget(self._deviation_card(d, locked))
        failed_ids = {s.id for s in failed}
        for d in ex.deviations:
            if d.step_id not in failed_ids:
                self.failures.addWidget(self._deviation_card(d, locked))
        if not failed and not ex.deviations:
            self.failures.addWidget(styled_label("secondary", self.tr("No failed step and no deviation."), self))

    def _failure_card(self, step: Step, entry: Entry) -> QFrame:
        title = self.tr("✖ Step {step}: {instruction}").format(
            step=step.id, instruction=step.instruction.in_language(self._language)
        )
        value = self.tr("Value {value} — {verdict}").format(
            value=self.words.answer(step, entry, self._language), verdict=self.words.outcome(entry.outcome)
        )
        lines = [value]
        if why := self.words.failure(step, entry, self._language):
            lines.append(why)
        if criterion := self.words.criterion(step, self._language):
            lines.append(self.tr("Criterion: {criterion}").format(criterion=criterion))
        lines.append(self.tr("Entered by {name}, {when}").format(name=entry.by_name, when=self.words.when(entry.at)))
        return self._card(title, lines, "open")

    def _deviation_card(self, d: Deviation, locked: bool) -> QFrame:
        closure = d.closure
        state = self.tr("open") if closure is None else self.tr("closed")
        title = self.tr("⚠ Deviation {number} on step {step} — {state}").format(
            number=d.number, step=d.step_id, state=state
        )
        lines = [
            self.tr("What happened: {text}").format(text=d.description),
            self.tr("Impact: {text}").format(text=d.impact),
            self.tr("Action: {text}").format(text=d.action),
            self.tr("Raised by {name}, {when}").format(name=d.by_name, when=self.words.when(d.at)),
        ]
        if closure is not None:
            lines.append(
                self.tr("Closed by {name}, {when}: {resolution}").format(
                    name=closure.by_name, when=self.words.when(closure.at), resolution=closure.resolution
                )
            )
        card = self._card(title, lines, "open" if closure is None else "closed")
        if closure is None and not locked:
            button = QPushButton(self.tr("Close deviation {number}…").format(number=d.number), card)
            button.setObjectName(f"closeDeviation{d.number}")
            button.clicked.connect(lambda: self.close_requested.emit(d.number))
            card_layout = card.layout()
            assert card_layout is not None
            card_layout.addWidget(button)
        return card

    def _card(self, title: str, lines: list[str], tone: str) -> QFrame:
        card = QFrame(self)
        card.setProperty("kind", "card")
        card.setProperty("tone", tone)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(styled_label("cardTitle", title, card))
        self._titles.append(title)
        for line in lines:
            layout.addWidget(styled_label("cardText", line, card))
        return card

    # --- values and signatures ----------------------------------------------------------------

    def _value_row(self, detail: RunDetail, entry: Entry) -> list[str]:
        step = detail.step(entry.step_id)
        notes = []
        evidence = RunDetail.evidence(entry)
        if "instrument" in evidence:
            notes.append(
                self.tr("{instrument}, serial {serial}, reading {uuid}").format(
                    instrument=evidence["instrument"],
                    serial=evidence.get("serial_number") or "—",
                    uuid=evidence.get("reading_uuid") or "—",
                )
            )
        elif "sha256" in evidence:
            notes.append(
                self.tr("File {name}, SHA-256 {sha}").format(name=evidence.get("name", ""), sha=evidence["sha256"])
            )
        if entry.version > 1:
            notes.append(self.tr("Correction {version}: {reason}").format(version=entry.version, reason=entry.reason))
        step_text = step.id if entry.version == 1 else f"{step.id} (v{entry.version})"
        return [
            breakable(step_text),
            breakable(self.words.answer(step, entry, self._language)),
            self.words.outcome(entry.outcome),
            f"{entry.by_name}\n{self.words.when(entry.at)}",
            "\n".join(breakable(note) for note in notes),
        ]

    def _problem_text(self, problem: SignatureProblem) -> str:
        if problem.code == "altered":
            return self.tr("⚠ Signature {seq} no longer matches what it signed: the record was changed.").format(
                seq=problem.seq
            )
        return self.tr("⚠ Event {seq} was recorded after the approval.").format(seq=problem.seq)
