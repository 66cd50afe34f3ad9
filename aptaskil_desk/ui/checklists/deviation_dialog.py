"""The deviation of a failed step: what happened, its impact, and the action taken or planned.

Rules:
1. All three are required: the dialog refuses to close with one of them empty, and says which.
2. The dialog only collects and checks what is typed; the runner records it through the service.
3. "Later" postpones the deviation: the step stays failed and the checklist cannot be signed as
   executed until a deviation is raised for it (the runner says so).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.ui.checklists.runner_style import DIALOG_QSS, fit_height
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind

#: Longest text kept in each field.
FIELD_MAX = 2000


class DeviationDialog(QDialog):
    """Description, impact and action of a deviation on one step; Record or Later.

    Args:
        step_label: the step, as the runner names it (number and instruction).
        failure: why the value failed, in words.

    Signals: only QDialog's own (``accepted`` with every field filled; ``rejected``: later).
    """

    def __init__(self, step_label: str, failure: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviationDialog")
        self.setStyleSheet(DIALOG_QSS)
        self.setModal(True)
        self.setMinimumWidth(920)
        title = styled_label("heading", self.tr("Raise a deviation"), self)
        self.step_label = styled_label("body", step_label, self)
        self.failure_label = styled_label("failure", failure, self)
        self.failure_label.setObjectName("deviationFailure")
        self.failure_label.setVisible(bool(failure))
        self.description_edit = self._field("deviationDescription", self.tr("What happened"))
        self.impact_edit = self._field("deviationImpact", self.tr("Impact"))
        self.action_edit = self._field("deviationAction", self.tr("Action"))
        self.description_edit.setPlaceholderText(self.tr("What was found, when, on what."))
        self.impact_edit.setPlaceholderText(self.tr("Effect on the equipment, the product or the result; risk."))
        self.action_edit.setPlaceholderText(self.tr("Correction made, or action planned and by whom."))
        self.banner = MessageBanner(self)
        self.later_button = QPushButton(self.tr("Later"), self)
        self.later_button.setObjectName("deviationLaterButton")
        self.later_button.setToolTip(
            self.tr("The checklist cannot be signed as executed until the deviation is raised.")
        )
        self.later_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Record the deviation"), self)
        self.ok_button.setObjectName("deviationOkButton")
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.clicked.connect(self._check)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.step_label)
        layout.addWidget(self.failure_label)
        for caption, edit in (
            (self.tr("Description: what happened (required)"), self.description_edit),
            (self.tr("Impact (required)"), self.impact_edit),
            (self.tr("Action taken or planned (required)"), self.action_edit),
        ):
            layout.addSpacing(4)
            layout.addWidget(styled_label("fieldLabel", caption, self))
            layout.addWidget(edit)
        layout.addWidget(self.banner)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.ok_button, 1)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        self.setWindowTitle(title.text())

    def _field(self, name: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(104)  # three lines of touch-sized text
        edit.textChanged.connect(self._typed)
        return edit

    def _typed(self) -> None:
        if self.banner.message:  # what was missing is being typed: the reproach goes
            self.banner.clear_message()

    def values(self) -> tuple[str, str, str]:
        """(description, impact, action), trimmed."""
        description, impact, action = (e.toPlainText().strip()[:FIELD_MAX] for e in self._edits())
        return description, impact, action

    def _edits(self) -> tuple[QPlainTextEdit, QPlainTextEdit, QPlainTextEdit]:
        return self.description_edit, self.impact_edit, self.action_edit

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)
        self.description_edit.setFocus()

    def _check(self) -> None:
        missing = {
            self.description_edit: self.tr("Describe what happened."),
            self.impact_edit: self.tr("Say what the impact is (or that there is none, and why)."),
            self.action_edit: self.tr("Say what action was taken or is planned."),
        }
        for edit in self._edits():
            if not edit.toPlainText().strip():
                self.banner.show_message(MessageKind.ERROR, missing[edit])
                fit_height(self)
                edit.setFocus()
                return
        self.accept()
