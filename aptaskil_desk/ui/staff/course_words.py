"""Course words in the reader's language, the look shared by the course screens, small helpers.

One translation context (``CourseWords``) shared by the course screens, so each word is translated
once. The services' refusals and the CSV problems are English sources of the "cli" context,
translated by the application's :class:`~aptaskil_desk.i18n.Translator` (``ctx.tr``).
All times are shown in Brussels time; dates as Belgians write them (01/12/2026).
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from aptaskil_desk.clock import local
from aptaskil_desk.db.enums import CourseFamily, LearnerCategory
from aptaskil_desk.domain.learner_csv import RowProblem
from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.course_rows import InstructorRef
from aptaskil_desk.ui.staff.equipment_fields import FIELDS_QSS
from aptaskil_desk.ui.staff.equipment_style import EQUIPMENT_QSS

log = logging.getLogger(__name__)

#: Text of a row that no longer counts (a withdrawn learner, a slot that has begun): the words
#: say it too; the grey only repeats them.
MUTED = QColor("#9aa5b1")

#: Tabs on the kiosk's dark look; tables a little smaller than the kiosk's type so that six columns
#: fit beside the navigation; the small buttons inside table rows; the problems of a CSV file.
COURSES_QSS = (
    EQUIPMENT_QSS
    + FIELDS_QSS
    + """
QTabWidget::pane { border: none; }
QTabBar::tab {
    font-size: 24px; min-height: 56px; padding: 0 28px; color: #d0d8e0; background-color: #16212c;
    border: 2px solid #3d4f61; border-bottom: none; border-top-left-radius: 8px; border-top-right-radius: 8px;
}
QTabBar::tab:selected { color: #000000; background-color: #ffd43b; border-color: #ffd43b; font-weight: bold; }
QTableWidget { font-size: 18px; }
QTableWidget QHeaderView::section { font-size: 17px; padding: 4px 6px; }
QPushButton[kind="rowAction"] {
    font-size: 18px; min-height: 36px; max-height: 36px; padding: 0 10px; border-radius: 6px;
}
QPushButton[kind="choice"] { font-size: 20px; min-width: 48px; min-height: 52px; padding: 2px 6px; }
QListWidget#problemList {
    font-size: 19px; color: #ffffff; background-color: #2a1010; border: 2px solid #ff8787;
}
QListWidget#problemList::item { padding: 4px 6px; }
QListWidget#learnerList {
    font-size: 20px; color: #ffffff; background-color: #16212c; border: 2px solid #3d4f61;
}
QListWidget#learnerList::item { min-height: 48px; padding: 0 8px; border-bottom: 1px solid #2d3d4d; }
QListWidget#learnerList::item:selected { color: #000000; background-color: #ffd43b; }
QListWidget#learnerList::indicator { width: 26px; height: 26px; }
QLineEdit { font-size: 22px; min-height: 52px; }
QComboBox { font-size: 20px; min-height: 52px; }
QDateEdit { font-size: 20px; min-height: 52px; padding: 0 8px; }
QDateEdit::drop-down { width: 44px; }
QLineEdit[kind="times"] { font-size: 20px; padding: 0 8px; }
QPushButton { font-size: 21px; min-height: 56px; padding: 4px 16px; }
QLabel[kind="fieldLabel"] { font-size: 21px; }
QPushButton#refreshSessionsButton { font-size: 30px; font-weight: bold; padding: 0 12px; }
QLabel[kind="banner"] { font-size: 21px; padding: 8px 12px; }
QLabel[kind="secondary"] { font-size: 20px; }
"""
)


def day_text(day: date) -> str:
    """01/12/2026."""
    return f"{day:%d/%m/%Y}"


def local_day(instant: datetime) -> date:
    return local(instant).date()


def hm(instant: datetime) -> str:
    """08:30, in Brussels time."""
    return f"{local(instant):%H:%M}"


def dates_text(starts_at: datetime, ends_at: datetime) -> str:
    """01/12/2026 – 12/12/2026, or one date for a session of a single day."""
    first, last = local_day(starts_at), local_day(ends_at)
    return day_text(first) if first == last else f"{day_text(first)} – {day_text(last)}"


def message(messages: Translator, source: str, params: dict[str, object]) -> str:
    """A "cli" text with its parameters; the English when a translation does not fit them."""
    try:
        return messages(source, **params)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its parameters %r", source, params)
        return source.format(**params) if params else source


class CourseWords(QObject):
    """Words for course data. Signals: none.

    Args:
        messages: the services' translator (context "cli"), for refusals and CSV problems.
    """

    def __init__(self, messages: Translator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages = messages

    def family(self, family: str) -> str:
        words: dict[str, str] = {
            CourseFamily.PRODUCTION_OPERATOR: self.tr("Production operator"),
            CourseFamily.QC_LAB_TECHNICIAN: self.tr("QC laboratory technician"),
            CourseFamily.ELECTRO_INSTRUMENTATION: self.tr("Electricity and instrumentation"),
            CourseFamily.QUALIFICATION_VALIDATION: self.tr("Qualification and validation"),
        }
        return words.get(family, family)

    def category(self, category: str | None) -> str:
        words: dict[str, str] = {
            LearnerCategory.JOB_SEEKER: self.tr("Job seeker"),
            LearnerCategory.WORKER: self.tr("Worker"),
            LearnerCategory.STUDENT: self.tr("Student"),
            LearnerCategory.TEACHER: self.tr("Teacher"),
        }
        return words.get(category or "", category or "—")

    def instructor(self, ref: InstructorRef | None) -> str:
        return self.tr("Not chosen yet") if ref is None else ref.name

    def error(self, error: BaseException) -> str:
        """A service's refusal in words; a programming error is logged and said plainly."""
        if isinstance(error, AptaskilError):
            return message(self.messages, error.message, dict(error.params))
        log.error("course action failed", exc_info=error)
        return self.tr("This could not be done: unexpected error; nothing was recorded. The details are in the log.")

    def problem(self, problem: RowProblem) -> str:
        """One wrong line of a CSV file: where (line, column) and why, in words."""
        text = message(self.messages, problem.message, dict(problem.params))
        if problem.line == 0:
            return self.tr("The file: {problem}").format(problem=text)
        if problem.column:
            return self.tr("Line {line}, column {column}: {problem}").format(
                line=problem.line, column=problem.column, problem=text
            )
        return self.tr("Line {line}: {problem}").format(line=problem.line, problem=text)

    def unreadable(self, name: str, error: OSError) -> str:
        return self.tr("{name} could not be read: {error}").format(name=name, error=error.strerror or error)
