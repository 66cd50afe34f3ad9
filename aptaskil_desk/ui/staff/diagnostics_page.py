"""The staff page "Diagnostics": what IT support asks first, on one screen and one button away.

Four sections, read off the GUI thread by ``DiagnosticsService.report`` when the page opens (and on
↻): the database (type and server, address without its password, reachable, response time, schema
version, length of the audit trail, the last database check), the terminal (name, room, computer,
settings file, log folder and file, language), the instruments (the register with port, driver and
calibration state; the serial ports this computer has) and the versions (program, Python, Qt and
PySide6, SQLAlchemy, reportlab, operating system).

"Run database check" runs ``IntegrityService.check`` — exactly ``aptaskil-desk db check`` —
on a worker thread while a busy bar runs; it is a read, done as the terminal's system (like the check
at start-up), so every staff member can run it. Its result stays on the page until the kiosk stops.
"Copy for IT support" puts the whole page as plain text on the clipboard.

A failed check raises an integrity incident (``services/integrity.py``): recording stops on every
terminal until QA resolves it. The incidents show above the sections (``ui/staff/integrity_panel.py``),
with "Resolve…" for QA; ``integrity_changed`` tells the window to look again.

Wiring (main window), like the other staff pages::

    for dspec in diagnostics_pages(ctx, self.jobs):
        self.staff_area.add_page(dspec.key, dspec.title, dspec.widget, dspec.permission)
        self.staff_area.staff_changed.connect(dspec.widget.set_staff)
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

import PySide6
from PySide6.QtCore import Qt, Signal, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.diagnostics import DiagnosticsReport, settings_file_in_use
from aptaskil_desk.services.diagnostics_words import DiagnosticsWords, LastCheck, Rows
from aptaskil_desk.services.integrity import CheckOutcome, IncidentInfo
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.staff.integrity_panel import IncidentsPanel
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

DIAGNOSTICS_PAGE = "diagnostics"
#: The latest incidents shown on the page (every open one is shown as well, however old).
INCIDENTS_SHOWN = 10

DIAGNOSTICS_QSS = """
QFrame[kind="factSection"] { background-color: #1b2836; border: 2px solid #3d4f61; border-radius: 8px; }
QLabel[kind="sectionTitle"] { font-size: 22px; font-weight: bold; color: #ffd43b; }
QLabel[kind="factLabel"] { font-size: 17px; color: #d0d8e0; }
QLabel[kind="factValue"] { font-size: 17px; color: #ffffff; }
QPushButton#refreshButton { font-size: 30px; font-weight: bold; min-width: 64px; max-width: 64px; padding: 0; }
QProgressBar { min-height: 12px; max-height: 12px; border: none; background-color: #16212c; }
QProgressBar::chunk { background-color: #74c0fc; }
QScrollBar:vertical { width: 24px; background: #16212c; }
QScrollBar::handle:vertical { background: #6b8096; min-height: 60px; border-radius: 6px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
"""


def qt_versions() -> dict[str, str]:
    """The Qt this process runs on and its Python binding (only the GUI knows them)."""
    return {"Qt": qVersion(), "PySide6": PySide6.__version__}


class DiagnosticsPage(QWidget):
    """The report in sections, the database check and the copy button.

    Signals:
        report_shown(object): emitted after a fresh ``DiagnosticsReport`` was put on screen.
        check_finished(object): emitted after the database check ran, with its ``HealthReport``.
        integrity_changed: emitted after a check or a resolution that may have stopped or resumed
            recording (the window's ``IntegrityWatch`` looks again).
        check_failed(str): emitted after the database check could not run, with the message shown.
        copied(str): emitted after the report was put on the clipboard, with the text.
    """

    report_shown = Signal(object)
    check_finished = Signal(object)
    integrity_changed = Signal()
    check_failed = Signal(str)
    copied = Signal(str)

    def __init__(
        self, ctx: AppContext, jobs: JobRunner, parent: QWidget | None = None, *, argv: Sequence[str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsPage")
        self.setStyleSheet(DIAGNOSTICS_QSS)
        self._ctx, self._jobs = ctx, jobs
        self._settings_file = settings_file_in_use(sys.argv[1:] if argv is None else argv)
        self.words = DiagnosticsWords(ctx.tr)  # the same words as ``aptaskil-desk diagnostics``
        self._staff: StaffInfo | None = None
        self._reading = 0  # numbers the reads; a late answer for a locked area is dropped
        self.report: DiagnosticsReport | None = None
        self._at: datetime | None = None
        self.last_check: LastCheck | None = None
        self.checking = False

        self.heading = styled_label("heading", self.tr("Diagnostics"), self)
        self.refresh_button = QPushButton("↻", self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.check_button = QPushButton(self.tr("Run database check"), self)
        self.check_button.setAccessibleName(self.tr("Check the database's integrity, settings and audit chain"))
        self.check_button.clicked.connect(self.run_check)
        self.copy_button = QPushButton(self.tr("Copy for IT support"), self)
        self.copy_button.setProperty("kind", "primary")
        self.copy_button.setAccessibleName(self.tr("Copy the whole report to the clipboard as text"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the check cannot say how far it got
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.banner = MessageBanner(self)
        self.incidents = IncidentsPanel(ctx, self)
        self.incidents.resolved.connect(self._incident_resolved)

        self._sections_box = QWidget(self)
        self._sections = QVBoxLayout(self._sections_box)
        self._sections.setContentsMargins(0, 0, 8, 0)
        self._sections.setSpacing(12)
        self._sections.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._sections_box)

        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addStretch(1)
        actions.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.banner)
        layout.addWidget(self.incidents)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(actions)
        self._set_buttons()

    def title(self) -> str:
        """The page's name in the staff area's navigation."""
        return self.tr("Diagnostics")

    def set_staff(self, info: StaffInfo | None) -> None:
        """Read the report for a person; ``None`` (the area locked) empties the page."""
        self._staff = info
        self._reading += 1
        self.checking = False
        self.progress.hide()
        if info is None:
            self.report = self._at = None
            self.banner.clear_message()
            self.incidents.show_incidents([], None)
            self._show_sections([])
        else:
            self.refresh()
        self._set_buttons()

    def refresh(self) -> None:
        """Gather the report again (off the GUI thread)."""
        if self._staff is None:
            return
        reading, ctx, settings_file, extra = self._reading, self._ctx, self._settings_file, qt_versions()

        def work() -> tuple[DiagnosticsReport, datetime, list[IncidentInfo]]:
            report = ctx.diagnostics.report(ctx.settings, settings_file=settings_file, extra_versions=extra)
            try:  # every open incident, however old, and the latest ones
                shown = {i.id: i for i in ctx.integrity.incidents(INCIDENTS_SHOWN)}
                shown.update({i.id: i for i in ctx.integrity.open_incidents()})
                incidents = list(shown.values())
            except AptaskilError:  # an unreachable database is already on the report
                incidents = []
            return report, ctx.clock.now(), incidents

        (
            self._jobs.job(work, owner=self)
            .success(lambda found: self._shown(reading, *found))
            .failure(lambda error: self._failed(reading, error))
            .start()
        )

    def run_check(self) -> None:
        """Run the database check on a worker thread; the busy bar runs meanwhile."""
        if self._staff is None or self.checking:
            return
        self.checking = True
        self._set_buttons()
        self.progress.show()
        self.banner.show_message(MessageKind.BUSY, self.tr(
            "Checking the database: integrity, settings, record guards and the audit chain. "
            "On a large database this can take a minute."))  # fmt: skip
        reading, ctx = self._reading, self._ctx

        def work() -> tuple[CheckOutcome, datetime]:
            return ctx.integrity.check(ctx.system_actor(), "check"), ctx.clock.now()

        (
            self._jobs.job(work, owner=self)
            .success(lambda found: self._checked(reading, *found))
            .failure(lambda error: self._check_failed(reading, error))
            .start()
        )

    def note_check(self, outcome: CheckOutcome) -> None:
        """Show a check run elsewhere on this terminal (the one at start-up) as the last check."""
        self.last_check = (self._ctx.clock.now(), outcome.report)
        if self.report is not None:
            self._render()

    def copy_to_clipboard(self) -> str:
        """Put the report as plain text on the clipboard; returns the text."""
        text = self.report_text()
        QApplication.clipboard().setText(text)
        self.banner.show_message(MessageKind.INFO, self.tr(
            "The report is on the clipboard: paste it into your message to IT support."))  # fmt: skip
        self.copied.emit(text)
        return text

    def report_text(self) -> str:
        """The page as plain text: a title line, then each section's lines."""
        return self.words.as_text(self._ctx.terminal, self._at, self.sections())

    def sections(self) -> list[tuple[str, Rows]]:
        """(title, [(label, value)]) of what the page shows; empty before the first report."""
        return [] if self.report is None else self.words.sections(self.report, self.last_check)

    # --- outcomes ---------------------------------------------------------------------------------

    def _shown(self, reading: int, report: DiagnosticsReport, at: datetime, incidents: list[IncidentInfo]) -> None:
        if reading != self._reading:
            return
        self.report, self._at = report, at
        self.incidents.show_incidents(incidents, self._staff)
        if not self.checking:
            self.banner.clear_message()
        self._render()
        self.report_shown.emit(report)

    def _failed(self, reading: int, error: BaseException) -> None:
        if reading != self._reading:
            return
        log.error("diagnostics could not be gathered", exc_info=error)
        self.banner.show_message(MessageKind.ERROR, error_text(error, self._ctx.tr) or self.tr(
            "The diagnostics could not be gathered: unexpected error; the details are in the log."))  # fmt: skip

    def _checked(self, reading: int, outcome: CheckOutcome, at: datetime) -> None:
        health = outcome.report
        self.last_check = (at, health)  # a fact about the terminal: kept even if the area locked
        if not health.ok:
            self.integrity_changed.emit()
        if reading != self._reading:
            return
        self.checking = False
        self.progress.hide()
        self._set_buttons()
        if health.ok and outcome.still_open:
            self.banner.show_message(MessageKind.ERROR, self.tr(
                "Database check passed, but incident {id} is still open: nothing is recorded on any terminal "
                "until QA resolves it.").format(id=outcome.still_open[-1].id))  # fmt: skip
        elif health.ok:
            self.banner.show_message(MessageKind.INFO, self.tr("Database check passed."))
        elif outcome.incident is not None:
            self.banner.show_message(MessageKind.ERROR, self.tr(
                "Database check FAILED (incident {id}): nothing is recorded on any terminal until QA resolves it. "
                "See the lines marked ⚠ and call IT support.").format(id=outcome.incident.id))  # fmt: skip
        elif outcome.accepted is not None:
            self.banner.show_message(MessageKind.INFO, self.tr(
                "Database check FAILED with the findings QA accepted in incident {id}: recording continues."
            ).format(id=outcome.accepted.id))  # fmt: skip
        else:
            self.banner.show_message(MessageKind.ERROR, self.tr(
                "Database check FAILED and the incident could not be recorded: nothing is recorded on this "
                "terminal. Call IT support."))  # fmt: skip
        self._render()
        if not health.ok:
            self.refresh()  # the incident panel
        self.check_finished.emit(health)

    def _incident_resolved(self, info: IncidentInfo) -> None:
        self.banner.show_message(MessageKind.INFO, self.tr(
            "Incident {id} resolved: recording resumes on every terminal.").format(id=info.id))  # fmt: skip
        self.integrity_changed.emit()
        self.refresh()

    def _check_failed(self, reading: int, error: BaseException) -> None:
        if reading != self._reading:
            return
        self.checking = False
        self.progress.hide()
        self._set_buttons()
        detail = error_text(error, self._ctx.tr)
        if detail is None:
            log.error("database check could not run", exc_info=error)
            detail = self.tr("unexpected error; the details are in the log.")
        text = self.tr("The database check could not run: {detail}").format(detail=detail)
        self.banner.show_message(MessageKind.ERROR, text)
        self.check_failed.emit(text)

    def _set_buttons(self) -> None:
        open_ = self._staff is not None
        self.check_button.setEnabled(open_ and not self.checking)
        self.refresh_button.setEnabled(open_)
        self.copy_button.setEnabled(open_ and self.report is not None)

    def _render(self) -> None:
        self._show_sections(self.sections())
        self._set_buttons()

    def _show_sections(self, sections: list[tuple[str, Rows]]) -> None:
        while self._sections.count() > 1:  # everything but the final stretch
            item = self._sections.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        for index, (title, rows) in enumerate(sections):
            frame = self._section(title, rows)
            self._sections.insertWidget(index, frame)
            frame.show()  # now, not when the layout gets round to it
        self._sections.activate()

    def _section(self, title: str, rows: Rows) -> QFrame:
        frame = QFrame(self._sections_box)
        frame.setProperty("kind", "factSection")
        grid = QGridLayout(frame)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnMinimumWidth(0, 200)
        grid.setColumnStretch(1, 1)
        grid.addWidget(styled_label("sectionTitle", title, frame), 0, 0, 1, 2)
        for row, (label, value) in enumerate(rows, start=1):
            grid.addWidget(styled_label("factLabel", label, frame), row, 0, Qt.AlignmentFlag.AlignTop)
            shown = styled_label("factValue", value, frame)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(shown, row, 1)
        return frame


class DiagnosticsPageSpec(NamedTuple):
    """What ``StaffArea.add_page`` takes, plus the page itself (same fields as ``StaffPageSpec``)."""

    key: str
    title: str
    widget: DiagnosticsPage
    permission: Permission


def diagnostics_pages(ctx: AppContext, jobs: JobRunner) -> list[DiagnosticsPageSpec]:
    """The diagnostics page, for every staff member: it shows no personal data, and IT support
    on the phone needs whoever stands at the terminal to read it out or copy it."""
    page = DiagnosticsPage(ctx, jobs)
    return [DiagnosticsPageSpec(DIAGNOSTICS_PAGE, page.title(), page, Permission.USE_STAFF_AREA)]
