"""Operations: a crash brings the kiosk back and is on the audit trail; one kiosk per terminal; diagnostics.

The crash tests raise in real slots triggered with qtbot; the single-instance test starts real processes
(the second is ``python -m aptaskil_desk … kiosk --windowed`` on the offscreen platform); the
diagnostics page reads the real database and runs the real ``db check``. Screenshots go to
test-artifacts/crash-notice-*.png and diagnostics-*.png.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from sqlalchemy import select

from aptaskil_desk.app import AppContext
from aptaskil_desk.db.models import AuditLog
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.logging_setup import configure_logging
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.application import CrashRecovery, hold_instance_lock, install_crash_handler, instance_lock_path
from aptaskil_desk.ui.i18n import UiTranslators
from aptaskil_desk.ui.main_window import MainWindow
from aptaskil_desk.ui.staff.area import StaffArea
from aptaskil_desk.ui.staff.diagnostics_page import DIAGNOSTICS_PAGE, DiagnosticsPage, diagnostics_pages
from aptaskil_desk.ui.style import load_stylesheet
from aptaskil_desk.ui.workers import JobRunner
from tests.conftest import T0
from tests.gui.helpers import ARTIFACTS, PIN, add_staff, in_language, seed_centre

ROOT = Path(__file__).resolve().parents[2]


def _crash_rows(ctx: AppContext) -> list[dict[str, Any]]:
    rows = ctx.db.run_read(lambda s: list(s.execute(select(AuditLog).where(AuditLog.action == "app.crash")).scalars()))
    return [json.loads(r.new_values or "{}") for r in sorted(rows, key=lambda r: r.seq)]


def _save(widget: QWidget, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(ARTIFACTS / name))


def _settled(qtbot: Any, page: DiagnosticsPage) -> None:
    """Wait until the banner got the height its new text needs (the layout ran after the change)."""
    banner, box = page.banner, page.scroll_area.widget()
    assert box is not None
    layout = box.layout()
    assert layout is not None
    qtbot.waitUntil(lambda: abs(banner.height() - banner.heightForWidth(banner.width())) <= 2)
    qtbot.waitUntil(lambda: box.height() >= layout.totalHeightForWidth(box.width()))


@pytest.fixture
def log_file(ctx: AppContext) -> Iterator[Path]:
    """The rotating log of logging_setup, as cli.main sets it up before the kiosk starts."""
    path = configure_logging(ctx.settings.log_path)
    assert path is not None
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def crashing(ctx: AppContext, make_window: Callable[..., MainWindow]) -> Iterator[tuple[MainWindow, CrashRecovery]]:
    """A window with the crash handler hooked as run_gui hooks it (the hooks given back at the end)."""
    seed_centre(ctx)
    add_staff(ctx)
    window = make_window()
    recovery = install_crash_handler(ctx, window)
    yield window, recovery
    recovery.uninstall()


def _unlock(qtbot: Any, window: MainWindow) -> None:
    qtbot.mouseClick(window.kiosk.staff_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.unlock.login_edit, "slambert")
    window.unlock.pin_edit.setText(PIN)
    with qtbot.waitSignal(window.staff_unlocked):
        qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.staff_area


def _faulty_button(parent: QWidget, message: str) -> QPushButton:
    def broken_slot() -> None:
        raise RuntimeError(message)

    button = QPushButton("Faulty", parent)
    button.clicked.connect(broken_slot)
    button.show()
    return button


def test_a_slot_that_raises_is_recorded_and_the_kiosk_comes_back(ctx, crashing, log_file, qtbot):
    """A crash in the staff area: dialog closed, area locked, kiosk with a notice, audit row, traceback logged."""
    window, recovery = crashing
    _unlock(qtbot, window)
    dialog = QDialog(window)
    dialog.setWindowTitle("half-done work")
    dialog.open()
    button = _faulty_button(window.staff_area, "the staff page fell over")
    with qtbot.waitSignal(recovery.recovered, timeout=10_000) as recovered:
        button.click()
    incident = recovered.args[0]
    assert window.current_page() is window.kiosk and window.staff_area.staff is None
    assert not dialog.isVisible()
    assert recovery.notice.isVisible() and "went back to its start screen" in recovery.notice.message
    qtbot.waitUntil(lambda: len(_crash_rows(ctx)) == 1, timeout=10_000)
    [row] = _crash_rows(ctx)
    assert row["exception"] == "RuntimeError" and row["message"] == "the staff page fell over"
    assert row["traceback_hash"] == incident.traceback_hash and row["where"].endswith(" in broken_slot")
    assert ctx.audit.verify(ctx.system_actor()).ok
    text = log_file.read_text(encoding="utf-8")
    assert "unhandled exception in thread MainThread" in text and "Traceback" in text
    assert "RuntimeError: the staff page fell over" in text
    qtbot.waitUntil(lambda: window.kiosk.overview is not None)
    _save(window, f"crash-notice-{ctx.db.dialect}.png")
    # The next scan or touch replaces the notice.
    qtbot.mouseClick(window.kiosk.staff_button, Qt.MouseButton.LeftButton)
    assert not recovery.notice.isVisible()


def test_a_crash_on_another_thread_brings_the_kiosk_back_on_the_gui_thread(ctx, crashing, qtbot):
    """threading.excepthook: a worker thread's exception is recorded; the window recovers on its own thread."""
    window, recovery = crashing
    window.show_unlock()

    def worker() -> None:
        raise OSError("serial port vanished")

    with qtbot.waitSignal(recovery.recovered, timeout=10_000) as recovered:
        threading.Thread(target=worker, name="instrument-BAL-01").start()
    assert recovered.args[0].thread == "instrument-BAL-01"
    assert window.current_page() is window.kiosk
    qtbot.waitUntil(lambda: [r["thread"] for r in _crash_rows(ctx)] == ["instrument-BAL-01"], timeout=10_000)


def test_crashes_in_a_row_do_not_restart_in_a_loop(ctx, crashing, qtbot):
    """Five crashes within a minute: three recoveries, a fourth recorded as a storm, the fifth only logged."""
    window, recovery = crashing
    button = _faulty_button(window.kiosk, "again and again")
    for _ in range(3):
        window.show_unlock()
        with qtbot.waitSignal(recovery.recovered, timeout=10_000):
            button.click()
        assert window.current_page() is window.kiosk
    window.show_unlock()
    with qtbot.assertNotEmitted(recovery.recovered, wait=300):
        button.click()
        button.click()
    assert window.current_page() is window.unlock  # no restart any more: the screen stays as it is
    qtbot.waitUntil(lambda: len(_crash_rows(ctx)) == 4, timeout=10_000)
    assert [r.get("storm", False) for r in _crash_rows(ctx)] == [False, False, False, True]
    assert (recovery.handler.crashes, recovery.handler.suppressed) == (5, 1)


# --- one instance per terminal --------------------------------------------------------------------

HOLDER = (
    "import sys\n"
    "from aptaskil_desk.ui.application import hold_instance_lock\n"
    "lock = hold_instance_lock(sys.argv[1])\n"
    "print('HELD' if lock is not None else 'NONE', flush=True)\n"
    "sys.stdin.readline()\n"
)


def _holder(terminal: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, terminal], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "HELD"
    return process


def test_a_second_kiosk_for_the_terminal_exits_with_a_message(db_url, tmp_path):
    """While a process holds the terminal's lock, `kiosk --windowed` exits 1 saying so; once it is gone
    (even killed, leaving its lock file behind), the lock is free again."""
    terminal = "LAB-QC-07"
    holder = _holder(terminal)
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        for lang, words in (
            ("en", "is already running on this computer"),
            ("fr", "est déjà ouverte sur cet ordinateur"),
        ):
            second = subprocess.run(
                [sys.executable, "-m", "aptaskil_desk", "--db", db_url, "--terminal", terminal, "--lang", lang,
                 "kiosk", "--windowed"],
                cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            assert second.returncode == 1, second.stderr
            assert words in second.stderr and terminal in second.stderr and str(holder.pid) in second.stderr
        # Another terminal's kiosk on the same computer is not concerned.
        other = hold_instance_lock("LAB-QC-08")
        assert other is not None
        other.unlock()
    finally:
        holder.kill()
        holder.wait()
    assert instance_lock_path(terminal).exists()  # a killed process leaves its lock file: stale, not binding
    again = hold_instance_lock(terminal)
    assert again is not None
    again.unlock()


# --- the diagnostics page ---------------------------------------------------------------------------


@pytest.fixture
def jobs(qtbot: Any) -> Iterator[JobRunner]:
    runner = JobRunner()
    yield runner
    runner.shutdown()


def _staff(*roles: str) -> StaffInfo:
    return StaffInfo(7, "tech", "Marc", "Dubois", roles, locked=False, has_pin=True)


@pytest.fixture
def open_page(jobs: JobRunner, qtbot: Any) -> Iterator[Callable[[AppContext, StaffInfo], DiagnosticsPage]]:
    """The page in a staff area at the kiosk's 1280×800, unlocked for someone, its report shown."""
    areas: list[StaffArea] = []  # the page lives as long as its area

    def build(ctx: AppContext, staff: StaffInfo) -> DiagnosticsPage:
        [spec] = diagnostics_pages(ctx, jobs)
        assert (spec.key, spec.permission) == (DIAGNOSTICS_PAGE, Permission.USE_STAFF_AREA)
        page = spec.widget
        area = StaffArea(ctx.terminal)
        areas.append(area)
        area.setStyleSheet(load_stylesheet())
        area.add_page(spec.key, spec.title, page, spec.permission)
        area.staff_changed.connect(page.set_staff)
        qtbot.addWidget(area)
        area.resize(1280, 800)
        with qtbot.waitExposed(area):
            area.show()
        with qtbot.waitSignal(page.report_shown, timeout=20_000):
            area.set_staff(staff)
        assert area.show_page(DIAGNOSTICS_PAGE)
        assert area.width() == 1280  # the page fits the kiosk's screen
        return page

    yield build


def _world(ctx: AppContext) -> None:
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB-CQ", "Laboratoire de contrôle qualité", "laboratory")
    ctx.centre.register_terminal(actor, ctx.terminal, "LAB-CQ")
    ctx.instruments.register(actor, "BAL-01", "Balance analytique XS205", "mt-sics", port="sim://mt-sics",
                             calibration_due=T0.date() + timedelta(days=120), room_code="LAB-CQ")  # fmt: skip
    ctx.instruments.register(actor, "PH-02", "pH-mètre Orion Star", "orion-star", port="/dev/ttyUSB0",
                             line="9600,8N1", calibration_due=T0.date() - timedelta(days=3))  # fmt: skip


def test_the_page_reports_database_terminal_instruments_and_versions(ctx, open_page, qtbot):
    """Every technician sees the four sections; db check runs with a busy bar; the copy is the whole page."""
    _world(ctx)
    page = open_page(ctx, _staff("technician"))
    sections = dict(page.sections())
    assert list(sections) == ["Database", "Terminal", "Instruments", "Serial ports of this computer", "Versions"]
    database = dict(sections["Database"])
    assert database["Reachable"] == "✔ Yes" and database["Address"] == ctx.db.engines.read.url.render_as_string()
    assert database["Schema version"].startswith("✔ ") and database["Schema version"].endswith("(up to date)")
    assert database["Response time"].endswith(" ms for a trivial query")
    assert database["Database check"] == "Not run since the kiosk started."
    terminal = dict(sections["Terminal"])
    assert terminal["Terminal"] == "TEST-TERM-1" and terminal["Room"] == "LAB-CQ — Laboratoire de contrôle qualité"
    assert terminal["Log folder"] == str(ctx.settings.log_path) and terminal["Language"] == "en"
    instruments = dict(sections["Instruments"])
    assert instruments["BAL-01"].startswith("Balance analytique XS205 · mt-sics · sim://mt-sics · driver's line")
    assert "✔ in calibration until" in instruments["BAL-01"]
    assert instruments["PH-02"].endswith(f"⚠ calibration overdue since {T0.date() - timedelta(days=3):%d/%m/%Y}")
    versions = dict(sections["Versions"])
    assert {"aptaskil-desk", "Python", "Qt", "PySide6", "SQLAlchemy", "reportlab", "Operating system"} <= set(versions)

    with qtbot.waitSignal(page.check_finished, timeout=60_000) as checked:
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
        assert page.progress.isVisible() and not page.check_button.isEnabled()
    assert checked.args[0].ok and not page.progress.isVisible() and page.check_button.isEnabled()
    assert page.banner.message == "Database check passed."
    rows = dict(page.sections())["Database"]
    assert dict(rows)["Database check"].startswith("✔ Passed at ")
    assert any(value.startswith("✔ Audit chain: ") for _label, value in rows)

    with qtbot.waitSignal(page.copied) as copied:
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    text = copied.args[0]
    assert QApplication.clipboard().text() == text
    assert text.startswith("aptaskil-desk diagnostics — terminal TEST-TERM-1 — ")
    assert "== Database ==" in text and "== Versions ==" in text and "Reachable: ✔ Yes" in text
    _settled(qtbot, page)
    _save(page.window(), f"diagnostics-{ctx.db.dialect}.png")
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    _save(page.window(), f"diagnostics-bottom-{ctx.db.dialect}.png")

    page.set_staff(None)
    assert page.sections() == [] and not page.copy_button.isEnabled() and not page.check_button.isEnabled()


@pytest.fixture
def french() -> Iterator[None]:
    translators = UiTranslators("fr")
    yield
    translators.remove()


def test_the_page_in_french_after_a_check(ctx, jobs, open_page, qtbot, french):
    """In French, with decimal commas; the settings file named by --config is shown, missing or not."""
    _world(ctx)
    context = in_language(ctx, "fr")
    [spec] = diagnostics_pages(context, jobs)
    assert spec.title == "Diagnostic"
    missing = DiagnosticsPage(context, jobs, argv=["--config", "/etc/aptaskil/absent.toml", "kiosk"])
    qtbot.addWidget(missing)
    with qtbot.waitSignal(missing.report_shown, timeout=20_000):
        missing.set_staff(_staff("qa"))
    terminal = dict(dict(missing.sections())["Terminal"])
    assert terminal["Fichier de réglages"].startswith("/etc/aptaskil/absent.toml (introuvable")
    page = open_page(context, _staff("qa"))
    with qtbot.waitSignal(page.check_finished, timeout=60_000):
        page.run_check()
    database = dict(page.sections())["Base de données"]
    assert dict(database)["Joignable"] == "✔ Oui" and "," in dict(database)["Temps de réponse"]
    assert dict(database)["Vérification de la base"].startswith("✔ Réussie le ")
    _settled(qtbot, page)
    _save(page.window(), f"diagnostics-fr-{ctx.db.dialect}.png")
