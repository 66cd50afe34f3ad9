"""The small forms of the course screens: a course (new or edited) and a learner's withdrawal.

A course's code never changes once created (sessions and reports name it); its title and family
may. A withdrawal needs its reason: the roster entry stays, marked withdrawn with who, when and why.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from aptaskil_desk.db.enums import CourseFamily
from aptaskil_desk.services.course_rows import CourseInfo, RosterLine
from aptaskil_desk.ui.staff.course_widgets import CourseForm, form_grid
from aptaskil_desk.ui.staff.course_words import CourseWords
from aptaskil_desk.ui.staff.equipment_fields import field_label
from aptaskil_desk.ui.widgets.labels import styled_label


class CourseDialog(CourseForm):
    """Create a course (code, title, family) or change an existing one's title and family.

    Signals: ``submitted`` (see :class:`CourseForm`).
    """

    def __init__(self, words: CourseWords, course: CourseInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseDialog")
        self.course = course
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("courseCode")
        self.code_edit.setMaxLength(32)
        self.code_edit.setAccessibleName(self.tr("Course code"))
        self.code_edit.setPlaceholderText(self.tr("e.g. OPP"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("courseTitle")
        self.title_edit.setMaxLength(200)
        self.title_edit.setAccessibleName(self.tr("Course title"))
        self.family_combo = QComboBox(self)
        self.family_combo.setObjectName("courseFamily")
        self.family_combo.setAccessibleName(self.tr("Course family"))
        self.family_combo.addItem(self.tr("Choose a family"), "")
        for family in CourseFamily:
            self.family_combo.addItem(words.family(family), family.value)
        self.body.addLayout(form_grid([(field_label(self.tr("Code"), self), self.code_edit),
                                       (field_label(self.tr("Title"), self), self.title_edit),
                                       (field_label(self.tr("Family"), self), self.family_combo)]))  # fmt: skip
        self.clear_on_change(self.code_edit, self.title_edit)
        if course is None:
            self.set_texts(self.tr("New course"), self.tr("Create the course"), self.tr("Cancel"))
        else:
            self.code_edit.setText(course.code)
            self.code_edit.setReadOnly(True)
            self.code_edit.setEnabled(False)
            self.code_edit.setToolTip(self.tr("A course's code never changes: sessions and reports name it."))
            self.title_edit.setText(course.title)
            self.family_combo.setCurrentIndex(max(0, self.family_combo.findData(course.family)))
            title = self.tr("Course {code}").format(code=course.code)
            self.set_texts(title, self.tr("Save the course"), self.tr("Cancel"))
            self.title_edit.setFocus()

    def code(self) -> str:
        return self.code_edit.text().strip()

    def title_text(self) -> str:
        return " ".join(self.title_edit.text().split())

    def family(self) -> str:
        return str(self.family_combo.currentData() or "")

    def problem(self) -> tuple[str, QWidget] | None:
        if not self.code():
            return self.tr("Type the course's code."), self.code_edit
        if any(c.isspace() for c in self.code()):
            return self.tr("A course code has no spaces."), self.code_edit
        if not self.title_text():
            return self.tr("Type the course's title."), self.title_edit
        if not self.family():
            return self.tr("Choose the course's family."), self.family_combo
        return None


class WithdrawDialog(CourseForm):
    """Withdraw a learner from a session's roster, with the mandatory reason.

    Signals: ``submitted`` (see :class:`CourseForm`).
    """

    def __init__(self, line: RosterLine, session_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawDialog")
        self.line = line
        explanation = self.tr(
            "{name} stays on the roster, marked withdrawn with the date and the reason; the hours already "
            "attended stay on record. Enrolling them again puts them back."
        ).format(name=line.display_name)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("withdrawReason")
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setAccessibleName(self.tr("Reason for the withdrawal"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. found a job; moved to another session"))
        form = form_grid([(field_label(self.tr("Reason"), self), self.reason_edit)])
        self.clear_on_change(self.reason_edit)
        self.body.addWidget(styled_label("secondary", explanation, self))
        self.body.addLayout(form)
        title = self.tr("Withdraw {name} from {code}").format(name=line.display_name, code=session_code)
        self.set_texts(title, self.tr("Withdraw"), self.tr("Cancel"))
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())

    def problem(self) -> tuple[str, QWidget] | None:
        if not self.reason():
            return self.tr("Give the reason for the withdrawal."), self.reason_edit
        return None
