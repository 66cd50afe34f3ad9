"""One equipment's logbook on the staff page: filters, the paged table, and the actions on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.domain.equipment import Status
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import PermissionDenied
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.equipment_rows import EntryInfo, EquipmentInfo
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.models import logbook_model as lm
from aptaskil_desk.ui.models.equipment_words import EquipmentWords
from aptaskil_desk.ui.printing import PrintPreviewDialog, print_logbook
from aptaskil_desk.ui.printing.records import logbook_days
from aptaskil_desk.ui.staff.equipment_dialogs import (
    CalibrationDialog,
    CorrectionDialog,
    EntryDialog,
    QualificationDialog,
    StatusDialog,
)
from aptaskil_desk.ui.staff.equipment_filters import LogbookFilters
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)
T = TypeVar("T")

_WIDTHS = {lm.COL_ENTRY: 55, lm.COL_WHEN: 185, lm.COL_KIND: 165, lm.COL_BY: 115}
#: Entries only people who manage equipment record (and correct): they change its fitness.
MANAGED_KINDS = ("calibration", "qualification")
Dialog = EntryDialog | CalibrationDialog | QualificationDialog | CorrectionDialog | StatusDialog | PrintPreviewDialog


class EquipmentLogbookPanel(QWidget):
    """The logbook of the equipment chosen on the page, newest first unless asked otherwise.

    Signals:
        back_requested: emitted when the person asked to go back to the equipment list.
        entry_recorded(object): emitted with the ``EntryInfo`` after an entry or correction was recorded.
        status_changed(object): emitted with the ``EquipmentInfo`` after the status form changed the status
            (an incident or a failed calibration changes it with its entry: ``entry_recorded``).
        action_refused(str): emitted after a service refused an action, with the message shown.
    """

    back_requested = Signal()
    entry_recorded = Signal(object)
    status_changed = Signal(object)
    action_refused = Signal(str)

    def __init__(self, ctx: AppContext, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._jobs = jobs
        self._staff: StaffInfo | None = None
        self._equipment: EquipmentInfo | None = None
        self._words = EquipmentWords(self)
        self.dialog: Dialog | None = None
        self._busy = False
        self.model = lm.LogbookTableModel(lm.jobs_loader(ctx.equipment, jobs, self), parent=self)
        self.model.page_loaded.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.model.load_failed.connect(lambda error: self._refused(error, self.tr("The logbook could not be read.")))

        self.back_button = QPushButton(self.tr("← All equipment"), self)
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = styled_label("heading", "", self)
        self.status_label = styled_label("body", "", self)
        self.print_button = QPushButton(self.tr("Print the logbook…"), self)
        self.print_button.setToolTip(self.tr("The days chosen (all of them if none), every kind of entry."))
        self.print_button.clicked.connect(self.print_logbook)
        self.count_label = styled_label("secondary", "", self)
        self.banner = MessageBanner(self)

        self.filters = LogbookFilters(local(ctx.clock.now()).date(), self)
        self.filters.filters_changed.connect(self._apply_filters)

        self.view = QTableView(self)
        self.view.setObjectName("logbookView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(40)
        header = self.view.horizontalHeader()
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(lm.COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(lm.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.cleaning_button = QPushButton(self.tr("+ Cleaning"), self)
        self.maintenance_button = QPushButton(self.tr("+ Maintenance"), self)
        self.calibration_button = QPushButton(self.tr("+ Calibration"), self)
        self.qualification_button = QPushButton(self.tr("+ Qualification"), self)
        self.incident_button = QPushButton(self.tr("Report an incident"), self)
        self.correct_button = QPushButton(self.tr("Correct the entry…"), self)
        self.status_button = QPushButton(self.tr("Change the status…"), self)
        self.cleaning_button.clicked.connect(lambda: self.ask_entry("cleaning"))
        self.maintenance_button.clicked.connect(lambda: self.ask_entry("maintenance"))
        self.calibration_button.clicked.connect(self.ask_calibration)
        self.qualification_button.clicked.connect(self.ask_qualification)
        self.incident_button.clicked.connect(lambda: self.ask_entry("incident"))
        self.correct_button.clicked.connect(self.ask_correction)
        self.status_button.clicked.connect(self.ask_status)
        self._actions = (
            self.cleaning_button, self.maintenance_button, self.calibration_button, self.qualification_button,
            self.incident_button, self.status_button,
        )  # fmt: skip
        self._managed = (self.calibration_button, self.qualification_button)
        for button in self._managed:
            button.setToolTip(self.tr("For people who manage the equipment (technicians, administrators)."))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.status_label)
        # Seven buttons side by side are far wider than the kiosk's 1280 pixels in French: the four
        # kinds of entry on a row, the three other actions on the next, each row filling the width.
        actions = QGridLayout()
        actions.setHorizontalSpacing(10)
        for column, button in enumerate(self._actions[:4]):
            actions.addWidget(button, 0, 3 * column, 1, 3)
        for column, button in enumerate((self.incident_button, self.correct_button, self.status_button)):
            actions.addWidget(button, 1, 4 * column, 1, 4)
        for column in range(12):
            actions.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        footer = QHBoxLayout()  # the count wraps before the page widens
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.print_button)
        layout.addLayout(footer)
        layout.addLayout(actions)
        self._update_actions()

    @property
    def equipment(self) -> EquipmentInfo | None:
        return self._equipment

    def set_staff(self, info: StaffInfo | None) -> None:
        self._staff = info
        self._update_actions()

    def show_equipment(self, info: EquipmentInfo) -> None:
        """Open this equipment's logbook from its first page, keeping the filters chosen."""
        self._equipment = None  # no query while the title changes
        self.banner.clear_message()
        self.update_equipment(info)
        self._equipment = info
        self.model.set_query(None)
        self._apply_filters()

    def update_equipment(self, info: EquipmentInfo) -> None:
        """New facts about the equipment shown (status after an incident, say)."""
        self._equipment = info
        self.title_label.setText(f"{info.code} — {info.name}")
        self.status_label.setText(self._words.status(info.status))

    def clear(self) -> None:
        """Forget the equipment and anything typed (the staff area locked)."""
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = None
        self._equipment = None
        self.model.set_query(None)
        self.banner.clear_message()
        self.title_label.clear()
        self.status_label.clear()

    def query(self) -> lm.LogbookQuery | None:
        """The query the filters describe for the equipment shown."""
        return None if self._equipment is None else self.filters.query(self._equipment.code)

    def _apply_filters(self) -> None:
        query = self.query()
        if query is not None and query != self.model.query:
            self.model.set_query(query)
        order = Qt.SortOrder.DescendingOrder if query is None or query.newest_first else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(lm.COL_WHEN, order)

    def _header_clicked(self, section: int) -> None:
        if section == lm.COL_WHEN:
            self.filters.toggle_order()
        self._apply_filters()  # also puts the sort indicator back on the time column

    def _show_count(self, *_args: Any) -> None:
        total = self.model.total
        if total is None:
            self.count_label.setText(self.tr("Reading the logbook…") if self.model.query else "")
        elif self.model.rowCount() >= total:
            self.count_label.setText(self.tr("{total} entries, all shown").format(total=total))
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} entries loaded; scroll down for more").format(
                    shown=self.model.rowCount(), total=total
                )
            )

    def _selection_changed(self, *_args: Any) -> None:
        self._update_actions()

    def selected_entry(self) -> EntryInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def print_logbook(self) -> None:
        """Preview, print or save the logbook of the days the filters choose, every kind of entry."""
        if (query := self.query()) is not None:
            self.dialog = print_logbook(self, self._ctx, query.code, *logbook_days(query.since, query.until))

    # --- actions ----------------------------------------------------------------------------

    def ask_entry(self, kind: str) -> None:
        """Open the form of a cleaning, maintenance or incident entry."""
        if self._equipment is None:
            return
        dialog = self.dialog = EntryDialog(kind, self._equipment.name, self)
        dialog.accepted.connect(lambda: self._record(dialog.kind, dialog.details()))
        dialog.open()

    def ask_calibration(self) -> None:
        """Open the calibration form (people who manage equipment only)."""
        if self._equipment is None or not self._may_manage():
            return
        today = local(self._ctx.clock.now()).date()
        interval = self._equipment.calibration_interval_days
        dialog = self.dialog = CalibrationDialog(self._equipment, today, interval, self)
        dialog.accepted.connect(lambda: self._record_calibration(dialog.details(), dialog.out_of_service_reason()))
        dialog.open()

    def ask_qualification(self) -> None:
        """Open the qualification form (people who manage equipment only)."""
        if self._equipment is None or not self._may_manage():
            return
        dialog = self.dialog = QualificationDialog(self._equipment, self)
        dialog.accepted.connect(lambda: self._record(dialog.kind, dialog.details()))
        dialog.open()

    def ask_correction(self) -> None:
        """Open the correction form of the selected entry."""
        entry = self.selected_entry()
        if entry is None:
            return
        if (later := self.model.correction_of(entry.id)) is not None:
            self.banner.show_message(
                MessageKind.ERROR,
                self.tr("Entry {id} was already corrected by entry {later}: correct the latest one.").format(
                    id=entry.id, later=later.id
                ),
            )
            return
        dialog = self.dialog = CorrectionDialog(entry, self)
        dialog.accepted.connect(lambda: self._correct(entry.id, dialog.details(), dialog.reason()))
        dialog.open()

    def ask_status(self) -> None:
        """Open the status change form."""
        if self._equipment is None:
            return
        dialog = self.dialog = StatusDialog(self._equipment.name, self._equipment.status, self)
        dialog.accepted.connect(lambda: self._set_status(dialog.status(), dialog.reason()))
        dialog.open()

    def _record(self, kind: str, details: dict[str, Any]) -> None:
        code, actor = self._target()
        refusal = self.tr("Your roles do not allow you to record this entry. Ask a technician or an administrator.")
        self._run(lambda: self._ctx.equipment.record(actor, code, kind, details), self._recorded, refusal)

    def _record_calibration(self, details: dict[str, Any], out_of_service_reason: str | None) -> None:
        """Record the calibration and, when asked after a failure, take the equipment out of
        service: one call, one transaction (both happen, or neither)."""
        code, actor = self._target()
        assert self._equipment is not None
        if details.get("result") == "fail" and self._equipment.calibration_due is not None:
            # The form shows the due date that stays, locked: it is no new due date of this entry.
            details = {key: value for key, value in details.items() if key != "new_due"}
        taken_out = out_of_service_reason is not None and self._equipment.status != Status.OUT_OF_SERVICE
        refusal = self.tr("Your roles do not allow you to record this entry. Ask a technician or an administrator.")
        self._run(
            lambda: self._ctx.equipment.record(
                actor, code, "calibration", details, out_of_service_reason=out_of_service_reason
            ),
            lambda entry: self._calibration_recorded(entry, taken_out),
            refusal,
        )

    def _correct(self, entry_id: int, details: dict[str, Any], reason: str) -> None:
        _code, actor = self._target()
        refusal = self.tr("Your roles do not allow you to correct logbook entries. Ask a technician.")
        self._run(lambda: self._ctx.equipment.correct(actor, entry_id, details, reason), self._recorded, refusal)

    def _set_status(self, status: str, reason: str) -> None:
        code, actor = self._target()
        refusal = self.tr(
            "Your roles do not allow you to change the status of equipment. Ask a technician or an administrator."
        )
        self._run(lambda: self._ctx.equipment.set_status(actor, code, status, reason), self._status_set, refusal)

    def _target(self) -> tuple[str, Any]:
        assert self._equipment is not None and self._staff is not None
        return self._equipment.code, self._staff.actor(self._ctx.terminal)

    def _run(self, work: Callable[[], T], done: Callable[[T], None], refusal: str) -> None:
        self.dialog = None
        if self._staff is None or self._equipment is None:
            return
        self._set_busy(True)
        self.banner.show_message(MessageKind.BUSY, self.tr("Recording…"))
        (
            self._jobs.job(work, owner=self)
            .success(done)
            .failure(lambda error: self._refused(error, refusal))
            .finished(lambda: self._set_busy(False))
            .start()
        )

    def _recorded(self, entry: EntryInfo) -> None:
        if entry.supersedes_id is not None:
            text = self.tr("Entry {id} recorded: it corrects entry {old}.").format(id=entry.id, old=entry.supersedes_id)
        elif entry.kind == "incident":
            text = self.tr("Incident recorded as entry {id}. The equipment is now out of service.").format(id=entry.id)
        else:
            text = self.tr("Entry {id} recorded.").format(id=entry.id)
        self.banner.show_message(MessageKind.INFO, text)
        self.model.refresh()
        self.entry_recorded.emit(entry)

    def _calibration_recorded(self, entry: EntryInfo, taken_out: bool) -> None:
        """Like any entry; the new status arrives with the register the page reads again."""
        self._recorded(entry)
        if taken_out:
            self.banner.show_message(
                MessageKind.INFO,
                self.tr("Calibration recorded as entry {id}. The equipment is now out of service.").format(id=entry.id),
            )

    def _status_set(self, info: EquipmentInfo) -> None:
        self.update_equipment(info)
        self.banner.show_message(
            MessageKind.INFO, self.tr("Status changed to: {status}.").format(status=self._words.status(info.status))
        )
        self.model.refresh()
        self.status_changed.emit(info)

    def _refused(self, error: BaseException, refusal: str) -> None:
        if isinstance(error, PermissionDenied):
            text = refusal
        else:
            text = error_text(error, self._ctx.tr) or ""
            if not text:
                log.error("equipment action failed", exc_info=error)
                text = self.tr("This could not be done: unexpected error; the details are in the log.")
        self.banner.show_message(MessageKind.ERROR, text)
        self.action_refused.emit(text)

    def _may_manage(self) -> bool:
        return self._staff is not None and self._staff.may(Permission.MANAGE_EQUIPMENT)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_actions()

    def _update_actions(self) -> None:
        """Buttons on while nothing is being recorded; calibration and qualification (and their
        corrections) only for people who manage equipment — the service checks it again."""
        manage = self._may_manage()
        for button in self._actions:
            button.setEnabled(not self._busy and (manage or button not in self._managed))
        selected = self.selected_entry()
        self.correct_button.setEnabled(
            not self._busy and selected is not None and (manage or selected.kind not in MANAGED_KINDS)
        )
