"""Small forms of the equipment page: a logbook entry, a correction, a status change.

Each dialog only collects and checks what is typed; the page calls the service. A reason is
required wherever GMP asks why (corrections, status changes).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.domain.equipment import Status
from aptaskil_desk.services.equipment import EntryInfo
from aptaskil_desk.ui.models.equipment_words import EquipmentWords, moment_text
from aptaskil_desk.ui.staff.equipment_style import EQUIPMENT_QSS
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind


def _frame(dialog: QDialog, title: str, form: QFormLayout, ok_text: str, cancel_text: str) -> tuple[
    QPushButton, MessageBanner
]:  # fmt: skip
    """Lay out heading, form, message line and the two buttons; returns (OK button, banner)."""
    dialog.setStyleSheet(EQUIPMENT_QSS)
    dialog.setModal(True)
    dialog.setMinimumWidth(760)
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
    return styled_label("fieldLabel", text, parent, wrap=False)


class EntryDialog(QDialog):
    """Record a cleaning, a maintenance or an incident: what was done or seen, and a reference.

    Signals: only QDialog's own.
    """

    def __init__(self, kind: str, equipment: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
            self.banner.show_message(MessageKind.ERROR, self.tr("Describe what was done or what happened."))
            self.description_edit.setFocus()
            return
        self.accept()


class CorrectionDialog(QDialog):
    """Correct an entry: its values, edited, and the reason for the correction (required).

    Signals: only QDialog's own.
    """

    def __init__(self, entry: EntryInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        words = EquipmentWords(self)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(
            _label(self.tr("Entry"), self),
            styled_label("body", f"{entry.id} · {words.kind(entry.kind)} · {moment_text(entry.at)}", self),
        )
        for key, value in entry.details.items():
            edit = QLineEdit("" if value is None else str(value), self)
            edit.setAccessibleName(key)
            self.edits[key] = edit
            form.addRow(_label(key, self), edit)
        if not self.edits:  # an entry without details gets a field to say what it should have said
            self.edits["description"] = QLineEdit(self)
            form.addRow(_label(self.tr("Description"), self), self.edits["description"])
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

    def details(self) -> dict[str, Any]:
        """The corrected values; an unchanged value keeps its original type."""
        found: dict[str, Any] = {}
        for key, edit in self.edits.items():
            original = self.entry.details.get(key)
            text = edit.text().strip()
            found[key] = original if original is not None and str(original) == text else text
        return found

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _check(self) -> None:
        if not self.reason():
            self.banner.show_message(MessageKind.ERROR, self.tr("Say why the entry is corrected."))
            self.reason_edit.setFocus()
            return
        self.accept()


class StatusDialog(QDialog):
    """Change an equipment's status, with the reason (required).

    Signals: only QDialog's own.
    """

    def __init__(self, equipment: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
            self.banner.show_message(MessageKind.ERROR, self.tr("Say why the status changes."))
            self.reason_edit.setFocus()
            return
        self.accept()
