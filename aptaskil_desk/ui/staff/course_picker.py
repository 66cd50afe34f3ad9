"""Choosing learners to enrol: search by name or reference, touch several, enrol them at once.

Rules:
1. Only active learners are offered; those already enrolled are left out; a withdrawn one is
   offered and says that enrolling puts them back.
2. A touch (or Space) chooses or un-chooses a learner; a tick and the highlight show who is
   chosen, and a line counts them. Searching hides the others but keeps the choice.
3. Names and references are matched ignoring case and accents (``lukasz`` finds Łukasz).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListWidget, QListWidgetItem, QWidget

from aptaskil_desk.domain.names import fold
from aptaskil_desk.services.course_rows import RosterLine
from aptaskil_desk.services.people import PersonInfo
from aptaskil_desk.ui.staff.course_widgets import CourseForm
from aptaskil_desk.ui.staff.course_words import CourseWords
from aptaskil_desk.ui.widgets.labels import styled_label

_ID = Qt.ItemDataRole.UserRole
_KEY = Qt.ItemDataRole.UserRole + 1
_TEXT = Qt.ItemDataRole.UserRole + 2
#: A box in front of each name: ticked when chosen (the highlight only repeats it).
CHOSEN, NOT_CHOSEN = "☑", "☐"


class LearnerPickerDialog(CourseForm):
    """The learners who may be enrolled in a session, to choose from.

    Signals: ``submitted`` (see :class:`CourseForm`).
    """

    def __init__(
        self,
        words: CourseWords,
        learners: Sequence[PersonInfo],
        roster: Sequence[RosterLine],
        session_code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=900)
        self.setObjectName("learnerPicker")
        on_roster = {line.person_id: line for line in roster}
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("learnerSearch")
        self.search_edit.setPlaceholderText(self.tr("Search a name, a reference or an e-mail"))
        self.search_edit.setAccessibleName(self.tr("Search the learners"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setObjectName("learnerList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setMinimumHeight(330)
        self.list.setAccessibleName(self.tr("Learners to enrol"))
        self.count_label = styled_label("secondary", "", self)
        for person in learners:
            line = on_roster.get(person.id)
            if not person.active or (line is not None and not line.withdrawn):
                continue
            parts = [f"{person.family_name.upper()} {person.given_name}", words.category(person.category)]
            if person.external_ref:
                parts.insert(1, person.external_ref)
            text = "  ·  ".join(parts)
            if line is not None:
                text += "  " + self.tr("(withdrawn: enrolling puts them back)")
            item = QListWidgetItem(self.list)
            item.setData(_TEXT, text)
            item.setData(_ID, person.id)
            item.setData(_KEY, fold(" ".join([person.given_name, person.family_name, person.external_ref or "",
                                               person.email or ""])))  # fmt: skip
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.body.addWidget(self.search_edit)
        self.body.addWidget(self.list, 1)
        self.body.addWidget(self.count_label)
        title = self.tr("Enrol learners in {code}").format(code=session_code)
        self.set_texts(title, self.tr("Enrol"), self.tr("Cancel"))
        self._selection_changed()
        if self.list.count() == 0:
            self.count_label.setText(self.tr("Every active learner is already on this roster."))
            self.ok_button.setEnabled(False)
        self.search_edit.setFocus()

    def offered_ids(self) -> list[int]:
        """The learners offered, in list order (hidden ones too)."""
        return [int(self._item(row).data(_ID)) for row in range(self.list.count())]

    def visible_ids(self) -> list[int]:
        return [int(self._item(r).data(_ID)) for r in range(self.list.count()) if not self._item(r).isHidden()]

    def chosen_ids(self) -> list[int]:
        """The learners chosen, in list order."""
        return [int(self._item(r).data(_ID)) for r in range(self.list.count()) if self._item(r).isSelected()]

    def choose(self, person_id: int, chosen: bool = True) -> bool:
        """Choose (or un-choose) a learner offered; ``False`` if they are not offered."""
        for row in range(self.list.count()):
            item = self._item(row)
            if int(item.data(_ID)) == person_id:
                item.setSelected(chosen)
                return True
        return False

    def problem(self) -> tuple[str, QWidget] | None:
        if not self.chosen_ids():
            return self.tr("Choose at least one learner: touch their names."), self.list
        return None

    def _item(self, row: int) -> QListWidgetItem:
        item = self.list.item(row)
        assert item is not None
        return item

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.list.count()):
            item = self._item(row)
            key = str(item.data(_KEY))
            item.setHidden(not all(word in key for word in words))

    def _selection_changed(self) -> None:
        for row in range(self.list.count()):
            item = self._item(row)
            item.setText(f"{CHOSEN if item.isSelected() else NOT_CHOSEN}  {item.data(_TEXT)}")
        count = len(self.chosen_ids())
        if count:
            self.banner.clear_message()
        self.count_label.setText(self.tr("Learners chosen: {count}").format(count=count))
        self.ok_button.setText(self.tr("Enrol ({count})").format(count=count) if count else self.tr("Enrol"))
