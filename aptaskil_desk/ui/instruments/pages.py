"""The instrument pages of the staff area.

Wiring (main window), like the equipment pages::

    for spec in instrument_pages(ctx, self.jobs):
        self.staff_area.add_page(spec.key, spec.title, spec.widget, spec.permission)
        self.staff_area.staff_changed.connect(spec.widget.set_staff)

and, in ``closeEvent`` before the job runner shuts down, ``spec.widget.shutdown()``: it waits for
the instrument's thread, which must not outlive the window.
"""

from __future__ import annotations

from typing import NamedTuple

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.ui.instruments.console import INSTRUMENT_CONSOLE_PAGE, InstrumentConsole
from aptaskil_desk.ui.workers import JobRunner


class InstrumentPageSpec(NamedTuple):
    """What ``StaffArea.add_page`` takes, plus the page itself (same fields as ``StaffPageSpec``)."""

    key: str
    title: str
    widget: InstrumentConsole
    permission: Permission


def instrument_pages(ctx: AppContext, jobs: JobRunner) -> list[InstrumentPageSpec]:
    """The instrument console, for the people who record in logbooks (technicians, instructors):
    recording a reading needs that same permission in the instrument service."""
    console = InstrumentConsole(ctx, jobs, ctx.instruments)
    return [InstrumentPageSpec(INSTRUMENT_CONSOLE_PAGE, console.title(), console, Permission.RECORD_LOGBOOK)]
