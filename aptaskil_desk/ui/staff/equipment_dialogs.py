"""Small forms of the equipment page: a logbook entry, a calibration, a qualification phase, a
correction, a status change.

Each dialog only collects and checks what is typed; the page calls the service. A reason is
required wherever GMP asks why (corrections, status changes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.clock import local
from aptaskil_desk.domain.equipment import Status
from aptaskil_desk.services.equipment_rows import EntryInfo, EquipmentInfo
from aptaskil_desk.ui.models.equipment_words import EquipmentWords, moment_text
from aptaskil_desk.ui.staff.equipment_fields import (
    CALIBRATION_KEYS,
    FAIL,
    FIELDS_QSS,
    PASS,
    PHASES,
    QUALIFICATION_KEYS,
    CalibrationFields,
    QualificationFields,
    field_label,
)
from aptaskil_desk.ui.staff.equipment_style import EQUIPMENT_QSS
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind


def _prepare(dialog: QDialog, *, wide: bool = False) -> None:
    """Look and size, set before any field is made (a style sheet set later does not reach every
    field's size). ``wide``: the forms with toggle buttons, two fields side by side."""
    dialog.setStyleSheet(EQUIPMENT_QSS + FIELDS_QSS if wide else EQUIPMENT_QSS)
    dialog.setModal(True)
    dialog.setMinimumWidth(1120 if wide else 760)


def _frame(dialog: QDialog, title: str, form: QLayout, ok_text: str, cancel_text: str) -> tuple[
    QPushButton, MessageBanner
]:  # fmt: skip
    """Lay out heading, form, message line and the two buttons; returns (OK button, banner)."""
    banner = MessageBanner(dialog)
    ok = QPushButton(ok_text, dialog)
    ok.setObjectName("okButton")
    ok.setProperty("kind", "primary")
    ok.setDefault(True)
    cancel = QPushButton(cancel_text, dialog)
    cancel.setObjectName("cancelButton")
    cancel.clicked.connect(dialog.reject)
    buttons = QHBoxLayout()
    buttons.addWidget(cancel)
    buttons.addWidget(ok, 1)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(32, 24, 32, 24)
    layout.setSpacing(16)
    layout.addWidget(styled_label("heading", title, dialog))
    layout.addLayout(form)
    layout.addWidget(banner)
    layout.addLayout(buttons)
    dialog.setWindowTitle(title)
    return ok, banner


def _label(text: str, parent: QWidget) -> QWidget:
    return field_label(text, parent)


class _Form(QDialog):
    """A dialog that grows to show a wrapped message in full: a window's minimum size leaves out
    what wrapped lines need, so the fields would be squeezed instead.

    Signals: only QDialog's own.
    """

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def show_problem(self, banner: MessageBanner, problem: tuple[str, QWidget] | None) -> bool:
        """Say what is missing and go to its field; ``True`` when there was something to say."""
        if problem is None:
            return False
        text, field = problem
        banner.show_message(MessageKind.ERROR, text)
        self.fit_height()
        field.setFocus()
        return True


class EntryDialog(_Form):
    """Record a cleaning, a maintenance or an incident: what was done or seen, and a reference.

    Signals: only QDialog's own.
    """

    def __init__(self, kind: str, equipment: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _prepare(self)
        self.kind = kind
        titles = {
            "cleaning": self.tr("Record a cleaning of {equipment}"),
            "maintenance": self.tr("Record maintenance of {equipment}"),
            "incident": self.tr("Report an incident on {equipment}"),
        }
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(140)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setAccessibleName(self.tr("Reference (procedure, product, work order)"))
        self.reference_edit.setMaxLength(120)
        form = QFormLayout()
        form.addRow(_label(self.tr("Description"), self), self.description_edit)
        form.addRow(_label(self.tr("Reference"), self), self.reference_edit)
        self.ok_button, self.banner = _frame(
            self, titles[kind].format(equipment=equipment), form, self.tr("Record"), self.tr("Cancel")
        )
        if kind == "incident":
            self.banner.show_message(
                MessageKind.INFO, self.tr("Reporting an incident takes the equipment out of service at once.")
            )
        self.ok_button.clicked.connect(self._check)

    def details(self) -> dict[str, Any]:
        """What goes into the logbook entry."""
        found = {"description": self.description_edit.toPlainText().strip()}
        if reference := self.reference_edit.text().strip():
            found["reference"] = reference
        return found

    def _check(self) -> None:
        if not self.description_edit.toPlainText().strip():
            self.show_problem(self.banner, (self.tr("Describe what was done or what happened."), self.description_edit))
            return
        self.accept()


class CalibrationDialog(_Form):
    """Record a calibration: when, by whom, certificate, result, next due date, remarks; after a
    failed one, optionally take the equipment out of service (the page changes the status once
    the entry is recorded).

    Signals: only QDialog's own.
    """

    kind = "calibration"

    def __init__(
        self, equipment: EquipmentInfo, today: date, interval_days: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        _prepare(self, wide=True)
        self.fields = CalibrationFields(today, equipment.calibration_due, interval_days, self)
        already_out = equipment.status == Status.OUT_OF_SERVICE
        self.out_of_service_check = QCheckBox(self.tr("Take the equipment out of service"), self)
        self._default_reason = self.tr("Failed calibration")
        self.out_reason_edit = QLineEdit(self)
        self.out_reason_edit.setAccessibleName(self.tr("Reason for taking it out of service"))
        self.out_reason_edit.setMaxLength(300)
        out_row = QHBoxLayout()
        out_row.setSpacing(16)
        out_row.addWidget(self.out_of_service_check)
        out_row.addWidget(self.out_reason_edit, 1)
        layout = QVBoxLayout()
        layout.setSpacing(12)
        layout.addWidget(self.fields)
        layout.addLayout(out_row)
        title = self.tr("Record a calibration of {equipment}").format(equipment=equipment.name)
        self.ok_button, self.banner = _frame(self, title, layout, self.tr("Record"), self.tr("Cancel"))
        # Offered, ticked, after a failure (unless the equipment is out of service already). Always
        # shown, off until then: the buttons below do not move when the result is chosen.
        self._offer_out_of_service = not already_out
        self.out_of_service_check.toggled.connect(self._out_of_service_toggled)
        self.fields.result_chosen.connect(self._result_chosen)
        self._result_chosen(self.fields.result.value() or "")
        self.fields.result_chosen.connect(self.fit_height)
        self.ok_button.clicked.connect(self._check)

    def details(self) -> dict[str, Any]:
        return self.fields.details()

    def out_of_service_reason(self) -> str | None:
        """The reason to take the equipment out of service after recording, or ``None`` to leave it."""
        if self.fields.result.value() != FAIL or not self.out_of_service_check.isChecked():
            return None
        return self.out_reason_edit.text().strip()

    def _result_chosen(self, result: str) -> None:
        offered = result == FAIL and self._offer_out_of_service
        self.out_of_service_check.setEnabled(offered)
        self.out_of_service_check.setChecked(offered)
        self._out_of_service_toggled(offered)
        # The suggested reason stands beside a failure only.
        if offered and not self.out_reason_edit.text().strip():
            self.out_reason_edit.setText(self._default_reason)
        elif not offered and self.out_reason_edit.text() == self._default_reason:
            self.out_reason_edit.clear()
        self.banner.clear_message()

    def _out_of_service_toggled(self, on: bool) -> None:
        self.out_reason_edit.setEnabled(on and self.out_of_service_check.isEnabled())

    def _check(self) -> None:
        if self.show_problem(self.banner, self.fields.problem()):
            return
        if self.out_of_service_reason() == "":
            why = self.tr("Say why the equipment goes out of service.")
            self.show_problem(self.banner, (why, self.out_reason_edit))
            return
        self.accept()


class QualificationDialog(_Form):
    """Record the outcome of one qualification phase (IQ, OQ or PQ), beside where each phase stands.

    Signals: only QDialog's own.
    """

    kind = "qualification"

    def __init__(self, equipment: EquipmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _prepare(self, wide=True)
        self._words = EquipmentWords(self)
        self._required = equipment.required_phases
        self._qualified = equipment.qualified_phases
        self.state_label = styled_label("body", self._words.phases(self._required, self._qualified), self)
        self.fields = QualificationFields(self)
        self.note = styled_label("note", "", self)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(_label(self.tr("Now"), self), self.state_label)
        form.addRow(self.fields)
        form.addRow(self.note)
        title = self.tr("Record a qualification of {equipment}").format(equipment=equipment.name)
        self.ok_button, self.banner = _frame(self, title, form, self.tr("Record"), self.tr("Cancel"))
        self.fields.changed.connect(self._explain)
        self.fields.changed.connect(self.fit_height)
        self.ok_button.clicked.connect(self._check)

    def details(self) -> dict[str, Any]:
        return self.fields.details()

    def _explain(self) -> None:
        """What recording this will change, and a word when a phase comes before the one before it."""
        self.banner.clear_message()
        phase, result = self.fields.phase.value(), self.fields.result.value()
        lines = []
        if phase is not None and result == PASS:
            lines.append(self.tr("{phase} will count as qualified.").format(phase=phase))
            missing = [p for p in PHASES[: PHASES.index(phase)] if p not in self._qualified]
            if missing:
                lines.append(
                    self.tr("Not qualified yet: {missing}; the phases normally follow the order IQ, OQ, PQ.").format(
                        missing=", ".join(missing)
                    )
                )
        elif phase is not None and result == FAIL:
            lines.append(self.tr("{phase} will no longer count as qualified.").format(phase=phase))
            if phase in self._required:
                lines.append(self.tr("The equipment will be unfit for use until {phase} passes.").format(phase=phase))
        self.note.setText(" ".join(lines))

    def _check(self) -> None:
        if not self.show_problem(self.banner, self.fields.problem()):
            self.accept()


class CorrectionDialog(_Form):
    """Correct an entry: its values, edited, and the reason for the correction (required).

    A calibration or a qualification is corrected in the fields of its own form; other entries
    show one text field per recorded value.

    Signals: only QDialog's own.
    """

    def __init__(self, entry: EntryInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _prepare(self, wide=entry.kind in ("calibration", "qualification"))
        self.entry = entry
        words = EquipmentWords(self)
        self.edits: dict[str, QLineEdit] = {}
        self.fields: CalibrationFields | QualificationFields | None = None
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(
            _label(self.tr("Entry"), self),
            styled_label("body", f"{entry.id} · {words.kind(entry.kind)} · {moment_text(entry.at)}", self),
        )
        if entry.kind == "calibration":
            # Performed no later than the day the entry was first written.
            self.fields = CalibrationFields(local(entry.at).date(), None, None, self)
        elif entry.kind == "qualification":
            self.fields = QualificationFields(self)
        if self.fields is not None:
            self.fields.set_details(entry.details)
            form.addRow(self.fields)
        else:
            self._add_edits(form, words)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason for the correction"))
        self.reason_edit.setMaxLength(300)
        form.addRow(_label(self.tr("Reason"), self), self.reason_edit)
        title = self.tr("Correct entry {id}").format(id=entry.id)
        self.ok_button, self.banner = _frame(self, title, form, self.tr("Record the correction"), self.tr("Cancel"))
        self.banner.show_message(
            MessageKind.INFO, self.tr("The original entry stays in the logbook, struck through, beside its correction.")
        )
        self.ok_button.clicked.connect(self._check)

    def _add_edits(self, form: QFormLayout, words: EquipmentWords) -> None:
        for key, value in self.entry.details.items():
            edit = QLineEdit("" if value is None else str(value), self)
            edit.setAccessibleName(words.field(key))
            self.edits[key] = edit
            form.addRow(_label(words.field(key), self), edit)
        if not self.edits:  # an entry without details gets a field to say what it should have said
            self.edits["description"] = QLineEdit(self)
            form.addRow(_label(self.tr("Description"), self), self.edits["description"])

    def details(self) -> dict[str, Any]:
        """The corrected values; an unchanged value keeps its original type."""
        if self.fields is not None:
            own = CALIBRATION_KEYS if isinstance(self.fields, CalibrationFields) else QUALIFICATION_KEYS
            kept = {key: value for key, value in self.entry.details.items() if key not in own}
            return {**kept, **self.fields.details()}
        found: dict[str, Any] = {}
        for key, edit in self.edits.items():
            original = self.entry.details.get(key)
            text = edit.text().strip()
            found[key] = original if original is not None and str(original) == text else text
        return found

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _check(self) -> None:
        if self.fields is not None and self.show_problem(self.banner, self.fields.problem()):
            return
        if not self.reason():
            self.show_problem(self.banner, (self.tr("Say why the entry is corrected."), self.reason_edit))
            return
        self.accept()


class StatusDialog(_Form):
    """Change an equipment's status, with the reason (required).

    Signals: only QDialog's own.
    """

    def __init__(self, equipment: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _prepare(self)
        words = EquipmentWords(self)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("New status"))
        for status in Status:
            self.status_combo.addItem(words.status(status), status.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason for the change"))
        self.reason_edit.setMaxLength(300)
        form = QFormLayout()
        form.addRow(_label(self.tr("Now"), self), styled_label("body", words.status(current), self))
        form.addRow(_label(self.tr("New status"), self), self.status_combo)
        form.addRow(_label(self.tr("Reason"), self), self.reason_edit)
        title = self.tr("Change the status of {equipment}").format(equipment=equipment)
        self.ok_button, self.banner = _frame(self, title, form, self.tr("Change the status"), self.tr("Cancel"))
        self.ok_button.clicked.connect(self._check)

    def status(self) -> str:
        return str(self.status_combo.currentData())

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _check(self) -> None:
        if not self.reason():
            self.show_problem(self.banner, (self.tr("Say why the status changes."), self.reason_edit))
            return
        self.accept()
