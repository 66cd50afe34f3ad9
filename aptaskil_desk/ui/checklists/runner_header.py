"""The runner's header: which checklist, on which equipment, where it stands, and the TRAINING banner.

A training run says so in a banner that stays above the step for the whole run: its values are
recorded like any other but never change the equipment's state. The banner names the learner who
practises, when the run names one, and the staff member who started it and supervises.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from aptaskil_desk.services.checklist_rows import RunDetail
from aptaskil_desk.ui.checklists.words import ChecklistWords
from aptaskil_desk.ui.widgets.labels import styled_label


class RunHeader(QWidget):
    """Title, equipment and start, state; the training banner under them. Signals: none."""

    def __init__(self, words: ChecklistWords, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self._language = language
        self.title_label = styled_label("runTitle", "", self)
        self.title_label.setObjectName("runTitle")
        self.line_label = styled_label("runLine", "", self)
        self.state_label = styled_label("runState", "", self, wrap=False)
        self.state_label.setObjectName("runState")
        self.training_label = styled_label("training", "", self)
        self.training_label.setObjectName("trainingBanner")
        self.training_label.hide()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.line_label)
        row = QHBoxLayout()
        row.addLayout(titles, 1)
        row.addWidget(self.state_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(row)
        layout.addWidget(self.training_label)

    def show_run(self, detail: RunDetail | None) -> None:
        if detail is None:
            self.title_label.setText(self.tr("No checklist open"))
            self.line_label.setText("")
            self.state_label.hide()
            self.training_label.hide()
            return
        info = detail.info
        title = detail.template.title.in_language(self._language)
        self.title_label.setText(f"{info.template_code} v{info.template_version} — {title}")
        self.line_label.setText(self.tr("{equipment} — {name} · {phase} · started by {by}, {when}").format(
            equipment=info.equipment_code, name=info.equipment_name, phase=self._words.phase(info.phase),
            by=info.started_by, when=self._words.when(info.started_at)))  # fmt: skip
        self.state_label.setText(self._words.state(info.state))
        self.state_label.show()
        if info.trainee is not None:
            text = self.tr("TRAINING — practised by {trainee}, supervised by {supervisor}: it never changes the "
                           "equipment's state.").format(trainee=info.trainee, supervisor=info.started_by)  # fmt: skip
        else:
            text = self.tr("TRAINING — a practice run: it never changes the equipment's state.")
        self.training_label.setText(text)
        self.training_label.setVisible(info.training)
