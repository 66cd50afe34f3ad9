"""The practical exercise pages of the staff area: 4–20 mA loop calibration and balance check.

Wiring (main window), like the equipment pages::

    for spec in exercise_pages(ctx, self.jobs):
        self.staff_area.add_page(spec.key, spec.title, spec.widget, spec.permission)
        self.staff_area.staff_changed.connect(spec.widget.set_staff)

and, in ``closeEvent`` before the job runner shuts down, ``spec.widget.shutdown()``: it waits for
the instrument's thread, which must not outlive the window.
"""

from __future__ import annotations

from typing import NamedTuple

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.ui.instruments.exercise_balance import BALANCE_PAGE, BalanceCheckScreen
from aptaskil_desk.ui.instruments.exercise_loop import LOOP_PAGE, LoopCalibrationScreen
from aptaskil_desk.ui.workers import JobRunner


class ExercisePageSpec(NamedTuple):
    """What ``StaffArea.add_page`` takes, plus the page itself (same fields as ``StaffPageSpec``)."""

    key: str
    title: str
    widget: LoopCalibrationScreen | BalanceCheckScreen
    permission: Permission


def exercise_pages(ctx: AppContext, jobs: JobRunner) -> list[ExercisePageSpec]:
    """The exercise screens, for those who record in logbooks (technicians, instructors): recording
    an exercise result needs that same permission in the instrument service."""
    loop = LoopCalibrationScreen(ctx, jobs)
    balance = BalanceCheckScreen(ctx, jobs)
    return [
        ExercisePageSpec(LOOP_PAGE, loop.title(), loop, Permission.RECORD_LOGBOOK),
        ExercisePageSpec(BALANCE_PAGE, balance.title(), balance, Permission.RECORD_LOGBOOK),
    ]
