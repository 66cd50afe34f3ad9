"""The staff page of learners' equipment authorisations: a matrix to grant, extend and revoke.

Rows are learners (alphabetical, diacritics folded), columns the equipment that needs an
authorisation. Touching a cell opens the actions below the matrix. Every read and write runs off
the GUI thread; the service checks the permission again (the page only hides what is refused).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
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
from aptaskil_desk.domain.names import fold
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import PermissionDenied
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.people import PersonInfo
from aptaskil_desk.ui.i18n import error_text, locale_for
from aptaskil_desk.ui.models import authorisation_model as am
from aptaskil_desk.ui.models.equipment_words import day_text
from aptaskil_desk.ui.staff.authorisation_panel import AuthorisationPanel, RevokeDialog
from aptaskil_desk.ui.staff.equipment_style import EQUIPMENT_QSS
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)
T = TypeVar("T")

AUTHORISATION_PAGE = "authorisations"
#: Width of an equipment column: "not used since <date>" wraps onto a third line rather than being cut.
COLUMN_WIDTH = 210

#: The learner filter's entries (besides everyone).
HOLDERS = "holders"
ATTENTION = "attention"
_ATTENTION_STATES = (am.CellState.EXPIRES_SOON, am.CellState.EXPIRED, am.CellState.LAPSED)
_HELD_STATES = tuple(state for state in am.CellState if state is not am.CellState.NONE)

AUTHORISATION_QSS = (
    EQUIPMENT_QSS
    + """
QTableView#authorisationMatrix {
    font-size: 16px; selection-background-color: #1c7ed6; selection-color: #ffffff;
}
QTableView#authorisationMatrix QTableCornerButton::section {
    background-color: #2b3b4c; border: none; border-right: 2px solid #ffd43b; border-bottom: 2px solid #ffd43b;
}
QTableView#authorisationMatrix QHeaderView { background-color: #16212c; }
QHeaderView::section:vertical {
    font-size: 17px; font-weight: normal;
    border-bottom: 1px solid #3d4f61; border-right: 2px solid #ffd43b; padding: 0 10px;
}
QPushButton#refreshButton { font-size: 30px; font-weight: bold; min-width: 64px; max-width: 64px; padding: 0; }
QScrollBar:horizontal { height: 24px; background: #16212c; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::handle:horizontal { background: #6b8096; min-width: 60px; border-radius: 6px; }
QFrame#authorisationPanel { background-color: #1b2836; border: 2px solid #3d4f61; border-radius: 8px; }
QLabel[kind="panelSubject"] { font-size: 22px; color: #ffffff; }
QCalendarWidget QAbstractItemView { font-size: 22px; color: #000000; background-color: #ffffff;
    alternate-background-color: #dee2e6; selection-background-color: #ffd43b; selection-color: #000000; }
QCalendarWidget QToolButton { font-size: 22px; min-height: 48px; min-width: 48px; color: #ffffff; }
QCalendarWidget QSpinBox { font-size: 22px; min-height: 44px; }
"""
)


class AuthorisationPage(QWidget):
    """Search, filters, the matrix, and the actions on the chosen cell.

    Signals:
        matrix_loaded(int): emitted after the matrix was read and shown, with the number of learners read.
        authorisation_recorded(str): emitted after a grant, extension or revocation was recorded,
            with the message shown.
        action_refused(str): emitted after a check or the service refused an action, with the message shown.
    """

    matrix_loaded = Signal(int)
    authorisation_recorded = Signal(str)
    action_refused = Signal(str)

    def __init__(self, ctx: AppContext, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorisationPage")
        self.setStyleSheet(AUTHORISATION_QSS)
        self._ctx = ctx
        self._jobs = jobs
        self._staff: StaffInfo | None = None
        self._data: am.MatrixData | None = None
        self._reading = 0  # numbers the reads; a late answer for a locked area is dropped
        self._filter_note = False  # the banner shows the "nothing matches" note, not an outcome
        self.dialog: RevokeDialog | None = None

        self.heading = styled_label("heading", self.tr("Equipment authorisations"), self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search a learner"))
        self.search_edit.setAccessibleName(self.tr("Search a learner by name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.room_combo = QComboBox(self)
        self.room_combo.setAccessibleName(self.tr("Room of the equipment"))
        self.room_combo.currentIndexChanged.connect(self._apply_filter)
        self.learner_combo = QComboBox(self)
        self.learner_combo.setAccessibleName(self.tr("Which learners"))
        self.learner_combo.addItem(self.tr("Everyone"), "")
        self.learner_combo.addItem(self.tr("Holding an authorisation"), HOLDERS)
        self.learner_combo.addItem(self.tr("Needing attention"), ATTENTION)
        self.learner_combo.currentIndexChanged.connect(self._apply_filter)
        for combo in (self.room_combo, self.learner_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        # A symbol, not a word: the filter bar keeps its width for the search and the two filters.
        self.refresh_button = QPushButton("↻", self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Refresh"))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.banner = MessageBanner(self)

        self.model = am.AuthorisationTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("authorisationMatrix")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(True)  # "not used since <date>" takes a third line in French
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(64)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setFixedWidth(250)
        self.table.horizontalHeader().setDefaultSectionSize(COLUMN_WIDTH)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.viewport().installEventFilter(self)

        self.panel = AuthorisationPanel(locale_for(ctx.settings.language), self)
        self.panel.grant_requested.connect(self.grant)
        self.panel.revoke_requested.connect(self.ask_revoke)

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.room_combo, 2)
        bar.addWidget(self.learner_combo, 2)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.panel)

    def title(self) -> str:
        """The page's name in the staff area's navigation."""
        return self.tr("Authorisations")

    def set_staff(self, info: StaffInfo | None) -> None:
        """Read the matrix for a person; ``None`` (the area locked) forgets everything shown."""
        self._staff = info
        self._reading += 1
        self.panel.set_allowed(info is not None and info.may(Permission.AUTHORISE_EQUIPMENT))
        if info is None:
            if self.dialog is not None:
                self.dialog.reject()
            self.dialog = None
            self._data = None
            self.model.clear()
            self.panel.clear()
            self.search_edit.clear()
            self.learner_combo.setCurrentIndex(0)
            self.banner.clear_message()
            return
        self.refresh()

    def refresh(self, keep: tuple[int, str] | None = None) -> None:
        """Read the matrix again (off the GUI thread); ``keep`` is the cell to choose again after."""
        if self._staff is None:
            return
        reading = self._reading
        ctx = self._ctx
        if self._data is None:  # the first reading of a large centre takes a moment
            self._show(MessageKind.BUSY, self.tr("Reading the authorisations…"), note=True)
        (
            self._jobs.job(lambda: am.read_matrix(ctx.people, ctx.equipment, ctx.clock), owner=self)
            .success(lambda data: self._loaded(reading, data, keep))
            .failure(lambda error: self._read_failed(reading, error))
            .start()
        )

    def visible_learners(self) -> list[str]:
        """The learners listed, in order, after search and filters."""
        return [am.learner_label(self.model.learner(r)) for r in range(self.model.rowCount())]

    def visible_equipment(self) -> list[str]:
        return [self.model.equipment(c).code for c in range(self.model.columnCount())]

    def choose(self, person_id: int, code: str) -> bool:
        """Choose a learner's cell for an equipment, as a touch would; ``False`` if it is not shown."""
        index = self.model.cell(person_id, code)
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)
        return True

    # --- reading and filtering ------------------------------------------------------------------

    def _loaded(self, reading: int, data: am.MatrixData, keep: tuple[int, str] | None) -> None:
        if reading != self._reading:
            return
        self._data = data
        self.panel.set_today(data.today)
        self._fill_rooms(data)
        self._apply_filter()
        if keep is not None:
            self.choose(*keep)
        if not data.equipment:
            self._show(MessageKind.INFO, self.tr("No equipment needs an authorisation."))
        self.matrix_loaded.emit(len(data.learners))

    def _read_failed(self, reading: int, error: BaseException) -> None:
        if reading != self._reading:
            return
        text = error_text(error, self._ctx.tr)
        if text is None:
            log.error("authorisation matrix could not be read", exc_info=error)
            text = self.tr("The authorisations could not be read: unexpected error; the details are in the log.")
        self._show(MessageKind.ERROR, text)

    def _fill_rooms(self, data: am.MatrixData) -> None:
        chosen = self.room_combo.currentData()
        rooms = sorted({e.room for e in data.equipment if e.room})
        self.room_combo.blockSignals(True)
        self.room_combo.clear()
        self.room_combo.addItem(self.tr("Every room"), "")
        for room in rooms:
            self.room_combo.addItem(room, room)
        self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(chosen)))
        self.room_combo.blockSignals(False)

    def _apply_filter(self) -> None:
        data = self._data
        if data is None:
            return
        chosen = self.panel.cell
        room = str(self.room_combo.currentData() or "")
        equipment = [e for e in data.equipment if not room or e.room == room]
        needle = fold(self.search_edit.text().strip())
        which = str(self.learner_combo.currentData() or "")

        codes = {e.code for e in equipment}
        wanted = _ATTENTION_STATES if which == ATTENTION else _HELD_STATES

        def keep(person: PersonInfo) -> bool:
            if needle and needle not in data.search_keys[person.id]:
                return False
            held = data.states.get(person.id, {})
            return not which or any(state in wanted for code, state in held.items() if code in codes)

        self.model.set_matrix([p for p in data.learners if keep(p)], equipment, data.authorisations, data.today)
        self._fit_columns()
        if chosen is None or not self.choose(*chosen):
            self.panel.clear()
        if not self.model.rowCount() and data.learners:
            self._show(MessageKind.INFO, self.tr("No learner matches the search."), note=True)
        elif self._filter_note:
            self.banner.clear_message()
            self._filter_note = False

    def _fit_columns(self) -> None:
        """Few equipment share the width; many keep their width and the matrix scrolls sideways."""
        fits = self.model.columnCount() * COLUMN_WIDTH <= self.table.viewport().width()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Fixed)
        if not fits:
            for column in range(self.model.columnCount()):
                header.resizeSection(column, COLUMN_WIDTH)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.panel.clear()
            return
        row, column = current.row(), current.column()
        self.panel.show_cell(
            self.model.learner(row).id,
            self.model.equipment(column).code,
            self.model.state(row, column),
            self.model.sentence(row, column),
        )

    # --- actions --------------------------------------------------------------------------------

    def grant(self, person_id: int, code: str, until: date) -> None:
        """Grant (or extend, or grant again) until ``until``, a day not before today."""
        if self._data is None or self._staff is None:
            return
        if until < self._data.today:
            self._refuse(self.tr("The end date {date} is already past: choose today or later.").format(
                date=day_text(until)
            ))  # fmt: skip
            return
        name = self._name(person_id)
        before = am.cell_state(self._data.authorisations.get((person_id, code)), self._data.today)
        if before in (am.CellState.NONE, am.CellState.REVOKED):
            done = self.tr("{name} is now authorised to use {code} until {date}.")
        else:
            done = self.tr("The authorisation of {name} for {code} is extended until {date}.")
        actor = self._staff.actor(self._ctx.terminal)
        self._run(
            lambda: self._ctx.equipment.authorise(actor, person_id, code, until),
            done.format(name=name, code=code, date=day_text(until)),
            (person_id, code),
        )

    def ask_revoke(self, person_id: int, code: str) -> None:
        """Open the revocation form (its reason is required) for a learner's cell."""
        index = self.model.cell(person_id, code)
        if not index.isValid():
            return
        dialog = self.dialog = RevokeDialog(self.model.sentence(index.row(), index.column()), self)
        dialog.accepted.connect(lambda: self.revoke(person_id, code, dialog.reason()))
        dialog.open()

    def revoke(self, person_id: int, code: str, reason: str) -> None:
        if self._staff is None:
            return
        self.dialog = None
        actor = self._staff.actor(self._ctx.terminal)
        done = self.tr("The authorisation of {name} for {code} is revoked.").format(
            name=self._name(person_id), code=code
        )
        self._run(
            lambda: self._ctx.equipment.revoke_authorisation(actor, person_id, code, reason), done, (person_id, code)
        )

    def _name(self, person_id: int) -> str:
        found = None if self._data is None else next((p for p in self._data.learners if p.id == person_id), None)
        return found.display_name if found is not None else str(person_id)

    def _run(self, work: Callable[[], Any], done: str, cell: tuple[int, str]) -> None:
        self.panel.set_busy(True)
        self._show(MessageKind.BUSY, self.tr("Recording…"))
        (
            self._jobs.job(work, owner=self)
            .success(lambda _result: self._recorded(done, cell))
            .failure(lambda error: self._failed(error, cell))
            .finished(lambda: self.panel.set_busy(False))
            .start()
        )

    def _recorded(self, text: str, cell: tuple[int, str]) -> None:
        self._show(MessageKind.INFO, text)
        self.authorisation_recorded.emit(text)
        self.refresh(keep=cell)

    def _failed(self, error: BaseException, cell: tuple[int, str]) -> None:
        if isinstance(error, PermissionDenied):
            text = self.tr(
                "Your roles do not allow you to grant or revoke authorisations. Ask a technician or an instructor."
            )
        else:
            text = error_text(error, self._ctx.tr) or ""
            if not text:
                log.error("authorisation change failed", exc_info=error)
                text = self.tr("This could not be done: unexpected error; the details are in the log.")
        self._refuse(text)
        self.refresh(keep=cell)  # what another terminal changed meanwhile shows at once

    def _refuse(self, text: str) -> None:
        self._show(MessageKind.ERROR, text)
        self.action_refused.emit(text)

    def _show(self, kind: MessageKind, text: str, *, note: bool = False) -> None:
        self._filter_note = note
        self.banner.show_message(kind, text)
