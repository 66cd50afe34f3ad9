"""The learner who practises a training run, chosen in the start form (optional).

Rules:
1. Only active learners are offered (the service refuses anyone else: a staff member, a learner no
   longer active); at most :data:`MAX_OFFERED` at once, and typing a few letters of the name, the
   employer or the reference narrows the list.
2. "No learner named" is always offered first: a training run may be a staff member's own practice.
   The staff member who starts the run supervises it (the record says so).
3. Each learner reads as ``Name (reference)``, the way the record prints them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from aptaskil_desk.domain.names import fold
from aptaskil_desk.services.people import PersonInfo
from aptaskil_desk.ui.widgets.labels import styled_label

#: At most this many learners are offered at once; typing narrows the list.
MAX_OFFERED = 200


@dataclass(frozen=True)
class _Offered:
    person_id: int
    text: str  # Name (REF)
    key: str  # folded name, reference and employer, for searching


class TraineePicker(QWidget):
    """A search field and the learners it finds; :attr:`person_id` is the choice or ``None``.

    Signals:
        changed: emitted after the chosen learner changed.
    """

    changed = Signal()

    def __init__(self, learners: list[PersonInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._learners = [
            _Offered(p.id, f"{p.display_name} ({p.external_ref})" if p.external_ref else p.display_name,
                     fold(f"{p.display_name} {p.external_ref or ''} {p.employer or ''}"))
            for p in learners if p.active
        ]  # fmt: skip
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("traineeSearch")
        self.search_edit.setPlaceholderText(self.tr("Type a name or a reference"))
        self.search_edit.setAccessibleName(self.tr("Search the learner by name or reference"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter)
        self.learner_combo = QComboBox(self)
        self.learner_combo.setObjectName("traineeCombo")
        self.learner_combo.setAccessibleName(self.tr("Learner who practises"))
        self.learner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.learner_combo.setMinimumContentsLength(16)
        self.learner_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.learner_combo, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # One line: a wrapped label here would squeeze the fields under it when the form grows.
        text = self.tr("Learner who practises (optional)")
        layout.addWidget(styled_label("fieldLabel", text, self, wrap=False))
        layout.addLayout(row)
        self._filter()

    @property
    def person_id(self) -> int | None:
        data = self.learner_combo.currentData()
        return int(data) if data is not None else None

    def offered(self) -> list[str]:
        """The learners the list offers now, as shown (without "No learner named")."""
        return [self.learner_combo.itemText(i) for i in range(1, self.learner_combo.count())]

    def choose(self, person_id: int | None) -> bool:
        """Choose a learner among those offered (``None``: nobody); ``False`` when not offered."""
        index = self.learner_combo.findData(person_id) if person_id is not None else 0
        if index < 0:
            return False
        self.learner_combo.setCurrentIndex(index)
        return True

    def _filter(self) -> None:
        chosen = self.person_id
        needle = fold(self.search_edit.text().strip())
        found = [learner for learner in self._learners if needle in learner.key][:MAX_OFFERED]
        self.learner_combo.blockSignals(True)
        self.learner_combo.clear()
        self.learner_combo.addItem(self.tr("No learner named"), None)
        for learner in found:
            self.learner_combo.addItem(learner.text, learner.person_id)
        self.learner_combo.blockSignals(False)
        if chosen is not None and self.choose(chosen):
            return
        self.learner_combo.setCurrentIndex(1 if needle and found else 0)
        self.changed.emit()
