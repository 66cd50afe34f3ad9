"""The checklist templates of the staff area: what may be executed, QA's approval, starting a run.

Rules:
1. The list shows the latest version of each template: code, version, title in the reader's
   language, phase, equipment type, and who approved it when, or that it awaits QA's approval.
2. QA approves a version here with an electronic signature (meaning *approved*); the service
   checks the password, the QA role and that nothing supersedes the version.
3. "Start" is for an approved template: an equipment of the template's type, training mode or
   not, and in training mode optionally the learner who practises (the person starting supervises);
   the service refuses what the rules forbid (IQ → OQ → PQ order, not approved, not a learner) and
   the start form says why in words, staying open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.db.enums import Role
from aptaskil_desk.domain.checklist_template import Translated
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.domain.signatures import Meaning
from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.checklist_rows import RunDetail
from aptaskil_desk.services.checklists import TemplateInfo
from aptaskil_desk.services.equipment_rows import EquipmentInfo
from aptaskil_desk.services.people import PersonInfo
from aptaskil_desk.ui.checklists.signing import SignatureDialog, SigningSession
from aptaskil_desk.ui.checklists.trainee_picker import TraineePicker
from aptaskil_desk.ui.checklists.words import ChecklistWords
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

COL_CODE, COL_VERSION, COL_TITLE, COL_PHASE, COL_TYPE, COL_APPROVAL = range(6)
#: Awaiting approval: a warm tone; the words say it.
AWAITING_COLOUR = QColor("#ffd43b")
#: What the list reads: the templates with their titles, the equipment, the active learners.
_Found = tuple[list[tuple[TemplateInfo, Translated]], list[EquipmentInfo], list[PersonInfo]]


def equipment_type_text(kind: str) -> str:
    """An equipment type as stored (``biosafety_cabinet``), readable (``biosafety cabinet``)."""
    return kind.replace("_", " ")


class ChecklistStartDialog(QDialog):
    """Start an execution: the equipment (of the template's type), training mode, and in training
    mode the learner who practises (optional; shown once training is ticked).

    ``start(equipment_code, training, trainee_person_id)`` is called on Start; a refusal is shown
    here and the form stays open; on success it closes accepted and :attr:`result_value` holds what
    start returned.

    Signals: only QDialog's own.
    """

    def __init__(
        self,
        info: TemplateInfo,
        title: str,
        equipment: list[EquipmentInfo],
        start: Callable[[str, bool, int | None], RunDetail],
        messages: Callable[[BaseException], str],
        parent: QWidget | None = None,
        learners: list[PersonInfo] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklistStartDialog")
        self.setModal(True)
        self.setMinimumWidth(820)
        self._start = start
        self._messages = messages
        self.result_value: RunDetail | None = None
        heading = self.tr("Start {code} version {version}").format(code=info.code, version=info.version)
        self.setWindowTitle(heading)
        self.equipment_combo = QComboBox(self)
        self.equipment_combo.setAccessibleName(self.tr("Equipment"))
        for e in equipment:
            self.equipment_combo.addItem(f"{e.code} — {e.name}", e.code)
        self.training_box = QCheckBox(self.tr("Training mode: practice only, never changes the equipment"), self)
        self.trainee_picker = TraineePicker(learners or [], self)
        self.trainee_picker.hide()
        self.training_box.toggled.connect(self._training_toggled)
        self.banner = MessageBanner(self)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("okButton")
        self.start_button.setProperty("kind", "primary")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._go)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)
        if not equipment:
            text = self.tr("No equipment of type {type} in the register: add one first.")
            self.banner.show_message(MessageKind.INFO, text.format(type=equipment_type_text(info.equipment_type)))
            self.start_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addWidget(self.start_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(styled_label("heading", heading, self))
        layout.addWidget(styled_label("secondary", title, self))
        layout.addWidget(styled_label("fieldLabel", self.tr("Equipment"), self))
        layout.addWidget(self.equipment_combo)
        layout.addWidget(self.training_box)
        layout.addWidget(self.trainee_picker)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)

    def choose(self, code: str) -> bool:
        """Choose an equipment by code; ``False`` if it is not offered."""
        row = self.equipment_combo.findData(code)
        if row >= 0:
            self.equipment_combo.setCurrentIndex(row)
        return row >= 0

    def _go(self) -> None:
        code = str(self.equipment_combo.currentData() or "")
        if not code:
            return
        training = self.training_box.isChecked()
        trainee = self.trainee_picker.person_id if training else None
        try:
            self.result_value = self._start(code, training, trainee)
        except AptaskilError as error:
            self.banner.show_message(MessageKind.ERROR, self._messages(error))
            self.adjustSize()
            return
        self.accept()

    def _training_toggled(self, training: bool) -> None:
        self.trainee_picker.setVisible(training)
        self.adjustSize()


class TemplatesPanel(QWidget):
    """The template list with Approve (QA) and Start.

    Signals:
        templates_listed(int): emitted after the list was read and shown, with its size.
        run_started(str): emitted after an execution was started here, with its id.
        template_approved(str): emitted after QA approved a version here, with its code.
    """

    templates_listed = Signal(int)
    run_started = Signal(str)
    template_approved = Signal(str)

    def __init__(
        self, ctx: AppContext, jobs: JobRunner, signing: SigningSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklistTemplates")
        self._ctx = ctx
        self._jobs = jobs
        self._signing = signing
        self._staff: StaffInfo | None = None
        self._reading = 0
        self._rows: list[tuple[TemplateInfo, Translated]] = []
        self._equipment: list[EquipmentInfo] = []
        self._learners: list[PersonInfo] = []
        self._words = ChecklistWords(self, ctx.tr)
        self.dialog: QDialog | None = None

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("templatesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Version"), self.tr("Title"), self.tr("Phase"), self.tr("Equipment type"),
             self.tr("QA approval")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
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
        for column in (COL_CODE, COL_VERSION, COL_PHASE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_TYPE, 180)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_APPROVAL, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.ask_start())
        self.banner = MessageBanner(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.approve_button = QPushButton(self.tr("Approve…"), self)
        self.approve_button.setObjectName("approveTemplateButton")
        self.approve_button.clicked.connect(self.ask_approval)
        self.start_button = QPushButton(self.tr("Start…"), self)
        self.start_button.setObjectName("startButton")
        self.start_button.setProperty("kind", "primary")
        self.start_button.clicked.connect(self.ask_start)
        bar = QHBoxLayout()
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.approve_button)
        bar.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self._update_actions()

    def set_staff(self, info: StaffInfo | None) -> None:
        """Read the templates for a person; ``None`` forgets everything shown."""
        self._staff = info
        self._reading += 1
        self.banner.clear_message()
        if info is None:
            self._show([], [], [])
            return
        self.refresh()

    def refresh(self) -> None:
        """Read the templates (latest versions, with their titles) and the equipment, off the GUI thread."""
        if self._staff is None:
            return
        reading = self._reading
        (
            self._jobs.job(self._read, owner=self)
            .success(lambda found: self._listed(reading, found))
            .failure(lambda error: self._failed(reading, error))
            .start()
        )

    def _read(self) -> _Found:
        infos = self._ctx.checklists.templates()
        rows = [(i, self._ctx.checklists.template(i.code, i.version).template.title) for i in infos]
        learners = [p for p in self._ctx.people.list_learners() if p.active]  # who may practise in training
        return rows, self._ctx.equipment.all(), learners

    def codes(self) -> list[str]:
        """The template codes listed, in order."""
        return [info.code for info, _title in self._rows]

    def select(self, code: str) -> bool:
        """Select a template's row by code; ``False`` if it is not listed."""
        row = self.codes().index(code) if code in self.codes() else -1
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def selected(self) -> tuple[TemplateInfo, Translated] | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    # --- actions ------------------------------------------------------------------------------

    def ask_approval(self) -> None:
        """Open QA's signature of the selected version (meaning *approved*)."""
        chosen = self.selected()
        if chosen is None or self._staff is None:
            return
        info, title = chosen
        if info.approved:
            text = self.tr("{code} version {version} is already approved.")
            self.banner.show_message(MessageKind.INFO, text.format(code=info.code, version=info.version))
            return
        if Role.QA.value not in self._staff.roles:
            self.banner.show_message(MessageKind.ERROR, self.tr("Only QA may approve a checklist template."))
            return
        summary = self.tr("Approve {code} version {version} ({title}): once approved it can be executed.").format(
            code=info.code, version=info.version, title=self._title(title)
        )

        def sign(login: str, password: str, _reason: str) -> object:
            return self._ctx.checklists.approve(login, password, info.code, info.version, terminal=self._ctx.terminal)

        dialog = self.dialog = SignatureDialog(self._signing, meaning=Meaning.APPROVED, summary=summary, sign=sign,
                                               parent=self)  # fmt: skip
        dialog.accepted.connect(lambda: self._approved(info))
        dialog.open()

    def ask_start(self) -> None:
        """Open the start form of the selected template (approved templates only)."""
        chosen = self.selected()
        if chosen is None or self._staff is None:
            return
        info, title = chosen
        if not self._staff.may(Permission.EXECUTE_CHECKLISTS):
            text = self.tr("Your roles do not allow you to execute checklists. Ask a technician or an instructor.")
            self.banner.show_message(MessageKind.ERROR, text)
            return
        if not info.approved:
            text = self.tr("{code} version {version} is awaiting QA approval: it cannot be executed yet.")
            self.banner.show_message(MessageKind.ERROR, text.format(code=info.code, version=info.version))
            return
        same_type = [e for e in self._equipment if e.equipment_type.casefold() == info.equipment_type.casefold()]
        staff = self._staff

        def start(code: str, training: bool, trainee: int | None) -> RunDetail:
            actor = staff.actor(self._ctx.terminal)
            return self._ctx.checklist_runs.start(actor, info.code, code, training=training, trainee_person_id=trainee)

        dialog = self.dialog = ChecklistStartDialog(info, self._title(title), same_type, start, self._words.error,
                                                    self, self._learners)  # fmt: skip
        dialog.accepted.connect(lambda: self._started(dialog.result_value))
        dialog.open()

    def _approved(self, info: TemplateInfo) -> None:
        self.dialog = None
        text = self.tr("{code} version {version} is approved: it can be executed.")
        self.banner.show_message(MessageKind.INFO, text.format(code=info.code, version=info.version))
        self.template_approved.emit(info.code)
        self.refresh()

    def _started(self, detail: RunDetail | None) -> None:
        self.dialog = None
        if detail is not None:
            self.banner.clear_message()
            self.run_started.emit(detail.info.id)

    # --- showing ------------------------------------------------------------------------------

    def _listed(self, reading: int, found: _Found) -> None:
        if reading != self._reading:
            return
        self._show(*found)
        self.templates_listed.emit(len(self._rows))

    def _failed(self, reading: int, error: BaseException) -> None:
        if reading != self._reading:
            return
        self.banner.show_message(MessageKind.ERROR, self._words.error(error))

    def _show(
        self, rows: list[tuple[TemplateInfo, Translated]], equipment: list[EquipmentInfo], learners: list[PersonInfo]
    ) -> None:
        chosen = self.selected()
        self._rows, self._equipment, self._learners = rows, equipment, learners
        self.table.setRowCount(len(rows))
        for row, (info, title) in enumerate(rows):
            approval = (
                self.tr("Approved by {name}, {when}").format(
                    name=info.approved_by, when=self._words.when(info.approved_at)
                )
                if info.approved_at is not None
                else self.tr("Awaiting QA approval")
            )
            cells: list[tuple[int, str]] = [
                (COL_CODE, info.code), (COL_VERSION, str(info.version)), (COL_TITLE, self._title(title)),
                (COL_PHASE, self._words.phase(info.phase)), (COL_TYPE, equipment_type_text(info.equipment_type)),
                (COL_APPROVAL, approval),
            ]  # fmt: skip
            for column, text in cells:
                item = QTableWidgetItem(text)
                if column == COL_APPROVAL and not info.approved:
                    item.setForeground(AWAITING_COLOUR)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if chosen is not None:
            self.select(chosen[0].code)
        self._update_actions()

    def _title(self, title: Translated) -> str:
        return title.in_language(self._ctx.settings.language)

    def _update_actions(self, *_args: Any) -> None:
        chosen = self.selected()
        staff = self._staff
        self.approve_button.setVisible(staff is not None and Role.QA.value in staff.roles)
        self.approve_button.setEnabled(chosen is not None and not chosen[0].approved)
        self.start_button.setVisible(staff is not None and staff.may(Permission.EXECUTE_CHECKLISTS))
        self.start_button.setEnabled(chosen is not None and chosen[0].approved)
