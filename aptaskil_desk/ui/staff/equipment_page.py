"""The staff page of the equipment register: find an equipment, open its logbook, record in it.

Wiring (main window)::

    for page in equipment_pages(ctx, self.jobs):
        self.staff_area.add_page(page.key, page.title, page.widget, page.permission)
        self.staff_area.staff_changed.connect(page.widget.set_staff)
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.equipment import Status
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.equipment_rows import EquipmentInfo
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.models import equipment_model as em
from aptaskil_desk.ui.models.equipment_words import EquipmentWords
from aptaskil_desk.ui.staff.authorisation_page import AUTHORISATION_PAGE, AuthorisationPage
from aptaskil_desk.ui.staff.equipment_logbook import EquipmentLogbookPanel
from aptaskil_desk.ui.staff.equipment_style import EQUIPMENT_QSS
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

EQUIPMENT_PAGE = "equipment"
#: The status filter's special entry: every equipment that may not be used without an override.
UNFIT = "unfit"


class EquipmentPage(QWidget):
    """The register (search, status filter) and, for the equipment chosen, its logbook.

    Signals:
        equipment_listed(int): emitted after the register was read and shown, with its size.
        logbook_opened(str): emitted after an equipment's logbook came to the front, with its code.
    """

    equipment_listed = Signal(int)
    logbook_opened = Signal(str)

    def __init__(self, ctx: AppContext, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("equipmentPage")
        self.setStyleSheet(EQUIPMENT_QSS)
        self._ctx = ctx
        self._jobs = jobs
        self._staff: StaffInfo | None = None
        self._all: list[EquipmentInfo] = []
        self._reading = 0  # numbers the register reads; a late answer for a locked area is dropped
        words = EquipmentWords(self)

        self.heading = styled_label("heading", self.tr("Equipment register"), self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search a code, a name or a room"))
        self.search_edit.setAccessibleName(self.tr("Search the equipment"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.addItem(self.tr("Every status"), "")
        self.status_combo.addItem(self.tr("Unfit for use"), UNFIT)
        for status in Status:
            self.status_combo.addItem(words.status(status), status.value)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(8)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.banner = MessageBanner(self)
        self.hint = styled_label("secondary", self.tr("Choose an equipment to open its logbook."), self)

        self.model = em.EquipmentTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("equipmentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(48)
        header = self.table.horizontalHeader()
        for column, width in ((em.COL_CODE, 130), (em.COL_ROOM, 110), (em.COL_STATUS, 190)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(em.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(em.COL_FITNESS, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)

        self.logbook = EquipmentLogbookPanel(ctx, jobs, self)
        self.logbook.back_requested.connect(self.show_list)
        self.logbook.entry_recorded.connect(self.refresh)
        self.logbook.status_changed.connect(self.refresh)

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.status_combo, 2)
        bar.addWidget(self.refresh_button)
        self.list_panel = QWidget(self)
        list_layout = QVBoxLayout(self.list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(12)
        list_layout.addWidget(self.heading)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.banner)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.hint)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_panel)
        self.stack.addWidget(self.logbook)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.stack)

    def title(self) -> str:
        """The page's name in the staff area's navigation."""
        return self.tr("Equipment")

    def set_staff(self, info: StaffInfo | None) -> None:
        """Read the register for a person; ``None`` (the area locked) forgets everything shown."""
        self._staff = info
        self.logbook.set_staff(info)
        self._reading += 1
        if info is None:
            self.logbook.clear()
            self._all = []
            self.model.set_rows([])
            self.search_edit.clear()
            self.banner.clear_message()
            self.stack.setCurrentWidget(self.list_panel)
            return
        self.refresh()

    def refresh(self) -> None:
        """Read the register again (off the GUI thread)."""
        if self._staff is None:
            return
        reading = self._reading
        (
            self._jobs.job(self._ctx.equipment.all, owner=self)
            .success(lambda rows: self._listed(reading, rows))
            .failure(lambda error: self._failed(reading, error))
            .start()
        )

    def open_logbook(self, code: str) -> bool:
        """Bring an equipment's logbook to the front; ``False`` if the register does not list it."""
        info = next((e for e in self._all if e.code == code), None)
        if info is None:
            return False
        self.logbook.show_equipment(info)
        self.stack.setCurrentWidget(self.logbook)
        self.logbook_opened.emit(code)
        return True

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_panel)

    def visible_codes(self) -> list[str]:
        """The codes listed, in order, after search and status filter."""
        return [self.model.equipment(row).code for row in range(self.model.rowCount())]

    def _listed(self, reading: int, rows: list[EquipmentInfo]) -> None:
        if reading != self._reading:
            return
        self._all = rows
        self._apply_filter()
        shown = self.logbook.equipment
        if shown is not None:
            fresh = next((e for e in rows if e.code == shown.code), None)
            if fresh is not None:
                self.logbook.update_equipment(fresh)
        self.equipment_listed.emit(len(rows))

    def _failed(self, reading: int, error: BaseException) -> None:
        if reading != self._reading:
            return
        text = error_text(error, self._ctx.tr)
        if text is None:
            log.error("equipment register could not be read", exc_info=error)
            text = self.tr("The equipment register could not be read: unexpected error; the details are in the log.")
        self.banner.show_message(MessageKind.ERROR, text)

    def _apply_filter(self) -> None:
        needle = self.search_edit.text().strip().casefold()
        wanted = str(self.status_combo.currentData() or "")

        def keep(info: EquipmentInfo) -> bool:
            if wanted == UNFIT and not info.unfit:
                return False
            if wanted not in ("", UNFIT) and info.status != wanted:
                return False
            return not needle or any(needle in (text or "").casefold() for text in (info.code, info.name, info.room))

        self.model.set_rows([info for info in self._all if keep(info)])
        if not self.model.rowCount() and self._all:
            self.banner.show_message(MessageKind.INFO, self.tr("No equipment matches the search."))
        else:
            self.banner.clear_message()

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_logbook(self.model.equipment(index.row()).code)


class StaffPageSpec(NamedTuple):
    """What ``StaffArea.add_page`` takes, plus the page itself for ``staff_changed``."""

    key: str
    title: str
    widget: EquipmentPage | AuthorisationPage
    permission: Permission


def equipment_pages(ctx: AppContext, jobs: JobRunner) -> list[StaffPageSpec]:
    """The equipment pages of the staff area: the register with its logbooks, the authorisation matrix."""
    page = EquipmentPage(ctx, jobs)
    matrix = AuthorisationPage(ctx, jobs)
    return [
        StaffPageSpec(EQUIPMENT_PAGE, page.title(), page, Permission.RECORD_LOGBOOK),
        StaffPageSpec(AUTHORISATION_PAGE, matrix.title(), matrix, Permission.AUTHORISE_EQUIPMENT),
    ]
