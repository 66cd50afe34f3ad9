"""The reason for correcting a step's value (GMP: the old value stays, the new one says why).

The dialog shows the value recorded and the new one, and asks why; it only collects the reason,
the runner records the new version through the service.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.ui.checklists.runner_style import DIALOG_QSS, fit_height
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind

#: Longest reason kept.
REASON_MAX = 500


class ValueCorrectionDialog(QDialog):
    """Old value, new value, and the reason for the correction; Record or Cancel.

    Signals: only QDialog's own (``accepted`` with a reason).
    """

    def __init__(self, step_label: str, old: str, new: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setStyleSheet(DIALOG_QSS)
        self.setModal(True)
        self.setMinimumWidth(820)
        title = styled_label("heading", self.tr("Correct a recorded value"), self)
        change = styled_label("body", self.tr("Recorded: {old}\nNew value: {new}").format(old=old, new=new), self)
        change.setObjectName("correctionChange")
        kept = self.tr("The value recorded stays in the record; the new one is added with your name and your reason.")
        note = styled_label("secondary", kept, self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("correctionReason")
        self.reason_edit.setMaxLength(REASON_MAX)
        self.reason_edit.setAccessibleName(self.tr("Reason for the correction"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. typing error, reading repeated after levelling"))
        self.reason_edit.returnPressed.connect(self._check)
        self.banner = MessageBanner(self)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("correctionCancelButton")
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Record the correction"), self)
        self.ok_button.setObjectName("correctionOkButton")
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.clicked.connect(self._check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(styled_label("body", step_label, self))
        layout.addWidget(change)
        layout.addWidget(note)
        layout.addWidget(styled_label("fieldLabel", self.tr("Reason (required)"), self))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.banner)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button, 1)
        layout.addLayout(buttons)
        self.setWindowTitle(title.text())

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)
        self.reason_edit.setFocus()

    def _check(self) -> None:
        if not self.reason():
            self.banner.show_message(MessageKind.ERROR, self.tr("Give the reason for the correction."))
            fit_height(self)
            self.reason_edit.setFocus()
            return
        self.accept()
