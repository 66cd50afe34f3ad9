"""The checklists page of the staff area: templates and executions, the runner, the review screen.

Wiring (main window), like the instrument pages::

    for spec in checklist_pages(ctx, self.jobs):
        self.staff_area.add_page(spec.key, spec.title, spec.widget, spec.permission)
        self.staff_area.staff_changed.connect(spec.widget.set_staff)

and, in ``closeEvent`` before the job runner shuts down, ``spec.widget.shutdown()``: the runner's
instrument thread must not outlive the window.

Rules:
1. One page for every staff member (technicians and instructors execute, technicians and QA
   review, QA approves): the services check each action; the screens say refusals in words.
2. One signing session for the page: the login typed at the first signature is remembered until
   the person changes; :meth:`ChecklistsPage.set_staff` (unlock, lock) forgets it.
3. Opening an execution in progress resumes it in the runner; any other opens the review screen.
   Back from either shows the lists again, read afresh.
4. The page's draft over the staff idle lock (``ui/idle.py``) is the runner's, when the runner is in
   front: handed back to the same person, it opens that execution in the runner again (runner rule 6).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.domain.signatures import State
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.checklists.review_page import ReviewScreen
from aptaskil_desk.ui.checklists.runner import ChecklistRunner
from aptaskil_desk.ui.checklists.runs_page import RunsPanel
from aptaskil_desk.ui.checklists.signing import SigningSession
from aptaskil_desk.ui.checklists.templates_page import TemplatesPanel
from aptaskil_desk.ui.staff.equipment_style import EQUIPMENT_QSS
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.workers import JobRunner

CHECKLISTS_PAGE = "checklists"
#: The lists' tabs, on the kiosk's dark look (the kiosk stylesheet has no rules for tabs).
TABS_QSS = """
QTabWidget::pane { border: none; }
QTabBar::tab {
    font-size: 24px; min-height: 56px; padding: 0 28px; color: #d0d8e0; background-color: #16212c;
    border: 2px solid #3d4f61; border-bottom: none; border-top-left-radius: 8px; border-top-right-radius: 8px;
}
QTabBar::tab:selected { color: #000000; background-color: #ffd43b; border-color: #ffd43b; font-weight: bold; }
QTableWidget#runsTable, QTableWidget#templatesTable { font-size: 16px; }
QTableWidget#runsTable QHeaderView::section, QTableWidget#templatesTable QHeaderView::section {
    font-size: 16px; padding: 4px 6px;
}
"""


class ChecklistsPage(QWidget):
    """Templates and executions on two tabs; the runner and the review screen in front when open.

    Signals:
        run_opened(str, str): emitted after an execution came to the front, with its id and
            ``runner`` or ``review``.
    """

    run_opened = Signal(str, str)

    def __init__(self, ctx: AppContext, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistsPage")
        self.setStyleSheet(EQUIPMENT_QSS + TABS_QSS)
        self.signing = SigningSession()
        self.templates = TemplatesPanel(ctx, jobs, self.signing, self)
        self.runs = RunsPanel(ctx, jobs, self)
        self.runner = ChecklistRunner(ctx, self.signing, self)
        self.review = ReviewScreen(ctx, jobs, self.signing, self)

        self.heading = styled_label("heading", self.tr("Checklists"), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.templates, self.tr("Templates"))
        self.tabs.addTab(self.runs, self.tr("Executions"))
        self.lists = QWidget(self)
        lists = QVBoxLayout(self.lists)
        lists.setContentsMargins(0, 0, 0, 0)
        lists.addWidget(self.heading)
        lists.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        for panel in (self.lists, self.runner, self.review):
            self.stack.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.stack)

        self.templates.run_started.connect(self.open_runner)
        self.templates.run_started.connect(lambda _id: self.runs.refresh())
        self.runs.open_requested.connect(self._open_requested)
        self.runner.closed.connect(self.show_lists)
        self.runner.changed.connect(lambda _id: self.runs.refresh())
        self.review.back_requested.connect(self.show_lists)
        self.review.runner_requested.connect(self.open_runner)
        self.review.signed.connect(lambda _id, _meaning: self.runs.refresh())
        self.review.deviation_closed.connect(lambda _number: self.runs.refresh())

    def title(self) -> str:
        """The page's name in the staff area's navigation."""
        return self.tr("Checklists")

    def set_staff(self, info: StaffInfo | None) -> None:
        """A new person (or ``None``: locked): forget the signer, show the lists read for them."""
        self.signing.reset()
        self.runner.set_staff(info)
        self.review.set_staff(info)
        self.templates.set_staff(info)
        self.runs.set_staff(info)
        self.tabs.setCurrentWidget(self.templates)
        self.stack.setCurrentWidget(self.lists)

    def draft(self) -> dict[str, Any] | None:
        """What is typed in the runner and not entered yet (rule 4); None elsewhere or when nothing is."""
        return self.runner.draft() if self.stack.currentWidget() is self.runner else None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Open the draft's execution in the runner again, with what was typed (rule 4)."""
        self.open_runner(draft["run"])
        self.runner.restore_draft(draft)

    def shutdown(self) -> None:
        """End the runner's instrument thread and wait for it (the window is closing)."""
        self.runner.shutdown()

    def show_lists(self) -> None:
        """Back to the templates and executions, read again."""
        self.stack.setCurrentWidget(self.lists)
        self.templates.refresh()
        self.runs.refresh()

    def open_runner(self, run_id: str) -> None:
        self.runner.open_run(run_id)
        self.stack.setCurrentWidget(self.runner)
        self.run_opened.emit(run_id, "runner")

    def open_review(self, run_id: str) -> None:
        self.review.show_run(run_id)
        self.stack.setCurrentWidget(self.review)
        self.run_opened.emit(run_id, "review")

    def _open_requested(self, run_id: str, state: str) -> None:
        if state == State.IN_PROGRESS.value:
            self.open_runner(run_id)
        else:
            self.open_review(run_id)


class ChecklistPageSpec(NamedTuple):
    """What ``StaffArea.add_page`` takes, plus the page itself (same fields as ``StaffPageSpec``)."""

    key: str
    title: str
    widget: ChecklistsPage
    permission: Permission


def checklist_pages(ctx: AppContext, jobs: JobRunner) -> list[ChecklistPageSpec]:
    """The checklists page, for every staff member (rule 1)."""
    page = ChecklistsPage(ctx, jobs)
    return [ChecklistPageSpec(CHECKLISTS_PAGE, page.title(), page, Permission.USE_STAFF_AREA)]
