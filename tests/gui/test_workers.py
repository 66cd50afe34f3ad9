"""The background-job helper: work off the GUI thread, outcomes back on it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from aptaskil_desk.ui.workers import JobRunner


@pytest.fixture
def runner(qtbot):
    jobs = JobRunner()
    yield jobs
    jobs.shutdown()


def test_success_arrives_on_the_gui_thread(runner, qtbot):
    """The work runs on a pool thread; its result reaches the callback on the GUI thread."""
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_thread"] = threading.current_thread()

    runner.job(work).success(done).finished(lambda: seen.setdefault("finished", True)).start()
    qtbot.waitUntil(lambda: "finished" in seen)
    assert seen["value"] == 42
    assert seen["work_thread"] is not threading.main_thread()
    assert seen["callback_thread"] is threading.main_thread()
    assert runner.pending == 0


def test_failure_arrives_with_the_exception(runner, qtbot):
    """An exception raised by the work reaches the failure callback, not the success one."""
    errors: list[BaseException] = []
    successes: list[object] = []

    def work() -> None:
        raise ValueError("boom")

    runner.job(work).success(successes.append).failure(errors.append).start()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError) and successes == []


def test_outcome_is_dropped_when_its_owner_is_gone(runner, qtbot):
    """A widget deleted while its job ran never gets a callback on a dead object."""
    owner = QWidget()
    release = threading.Event()
    called: list[object] = []
    runner.job(lambda: release.wait(5), owner=owner).success(called.append).start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert called == []


def test_shutdown_waits_for_work_and_refuses_new_jobs(qtbot):
    """After shutdown no outcome is delivered and new jobs are ignored."""
    jobs = JobRunner()
    finished = threading.Event()
    delivered: list[object] = []
    jobs.job(finished.set).success(delivered.append).start()
    jobs.shutdown()
    assert finished.is_set()
    jobs.job(lambda: 1).success(delivered.append).start()
    assert jobs.wait(1000)
    assert delivered == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def test_a_failing_callback_does_not_strand_the_next_outcomes(qtbot):
    """When one success callback raises, the outcomes queued behind it are still delivered."""
    runner = JobRunner(max_threads=1)  # one worker: both outcomes queue, in order, before delivery
    delivered: list[int] = []

    def explode(_value: int) -> None:
        raise RuntimeError("callback bug")

    runner.job(lambda: 1).success(explode).start()
    runner.job(lambda: 2).success(delivered.append).start()
    assert runner.wait(5000)  # blocks the GUI thread: nothing is delivered yet
    assert delivered == [] and runner.pending == 2
    with qtbot.captureExceptions() as exceptions:
        qtbot.waitUntil(lambda: runner.pending == 0)
    runner.shutdown()
    assert delivered == [2]
    assert [str(e[1]) for e in exceptions] == ["callback bug"]
