"""Kiosk hardening on the real window: closing needs a staff PIN, no escape by context menu or
shortcut, the staff idle lock counts down and keeps a half-filled balance check as a draft for the
same person only (weighings from a simulated balance on a pseudo-terminal), and the database
notice over a PostgreSQL database really made unreachable. Screenshots: test-artifacts/kiosk-*.png."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from psycopg import sql
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from sqlalchemy import func, select

from aptaskil_desk.db.models import AuditLog
from aptaskil_desk.instruments.reading import ReadingStatus
from aptaskil_desk.instruments.simulators.base import Scenario
from aptaskil_desk.instruments.simulators.mtsics import MtSicsSimulator
from aptaskil_desk.ui.idle import IdleWatcher
from aptaskil_desk.ui.instruments.exercise_balance import BALANCE_PAGE, BalanceCheckScreen
from aptaskil_desk.ui.main_window import MainWindow
from aptaskil_desk.ui.sound import Sound
from aptaskil_desk.ui.widgets.message import MessageKind
from tests.databases import PG_ADMIN_URL
from tests.gui.helpers import ARTIFACTS, PASSWORD, PIN, add_staff, in_language, seed_centre
from tests.gui.keys import SCANNER_MS, focus_target, scan, type_keys
from tests.gui.test_scanning import learner_badge, recorded

TECHNICIAN_PIN = "9753"
INSTRUCTOR_PIN = "1357"  # seed_centre's instructor, mdubois
PTY_LINE = "9600,8N1"


@pytest.fixture
def kiosk_window(make_window: Callable[..., MainWindow]) -> Iterator[Callable[..., MainWindow]]:
    """Kiosk-mode windows, closed at the end by the program's own decision (no PIN)."""
    windows: list[MainWindow] = []

    def build(**options: Any) -> MainWindow:
        window = make_window(kiosk=True, **options)
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.close_now("end of the test")


def save(qtbot: Any, window: QWidget, name: str) -> None:
    """Save the window as PNG once wrapped labels got the height their text needs."""
    labels = [w for w in window.findChildren(QLabel) if w.isVisible() and w.wordWrap()]
    qtbot.waitUntil(lambda: all(w.height() >= w.heightForWidth(w.width()) for w in labels))
    ARTIFACTS.mkdir(exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / name))
    assert (ARTIFACTS / name).stat().st_size > 10_000


def unlock(qtbot: Any, window: MainWindow, login: str, pin: str) -> None:
    window.show_unlock(login)
    qtbot.keyClicks(window.unlock.pin_edit, pin)
    with qtbot.waitSignal(window.staff_unlocked, timeout=10_000):
        qtbot.keyClick(window.unlock.pin_edit, Qt.Key.Key_Return)


def audited(ctx: Any, action: str) -> int:
    query = select(func.count(AuditLog.id)).where(AuditLog.action == action)
    return int(ctx.db.run_read(lambda s: s.execute(query).scalar_one()))


def exit_attempt(qtbot: Any, window: MainWindow, login: str, pin: str) -> str:
    """Type a login, tap a PIN on the exit dialog's keypad, press Close; return the refusal shown."""
    dialog = window.exit_dialog
    dialog.login_edit.setText(login)
    qtbot.mouseClick(dialog.keypad.key("clear"), Qt.MouseButton.LeftButton)
    for digit in pin:
        qtbot.mouseClick(dialog.keypad.key(digit), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refusal:
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and dialog.pin_edit.text() == ""
    return str(refusal.args[0])


class Recorder(QWidget):
    """A widget that notes the context-menu and key events that reach it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.seen: list[str] = []

    def contextMenuEvent(self, event: Any) -> None:
        self.seen.append("context menu")

    def keyPressEvent(self, event: Any) -> None:
        self.seen.append(f"key {event.key()}")


def poke_escapes(recorder: Recorder) -> None:
    """A right click's context menu, F11 and Escape, sent as the window system would."""
    QApplication.sendEvent(recorder, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5)))
    for key in (Qt.Key.Key_F11, Qt.Key.Key_Escape):
        QApplication.sendEvent(recorder, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))


def test_the_kiosk_cannot_be_closed_without_an_administrator_or_technician_pin(ctx, kiosk_window, qtbot):
    """Alt+F4 (a close) is refused and asks a PIN: empty fields, a wrong PIN and an instructor's right
    PIN are refused in words, a scan is not read meanwhile; a technician's right PIN closes it."""
    seed_centre(ctx)
    add_staff(ctx)
    ctx.accounts.add_user(ctx.system_actor(), "jfdhondt", "Jean-François", "D'Hondt", ["technician"], PASSWORD,
                          TECHNICIAN_PIN)  # fmt: skip
    window = kiosk_window()
    dialog = window.exit_dialog
    assert not window.close()
    assert window.isVisible() and dialog.isVisible() and dialog.geometry() == window.rect()
    assert dialog.title.text() == "Close the kiosk" and dialog.login_edit.hasFocus()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.message == "Type your login and your PIN." and not dialog.busy
    assert exit_attempt(qtbot, window, "slambert", "9999") == "Wrong PIN: 4 attempt(s) left."
    assert dialog.banner.level is MessageKind.ERROR and window.isVisible()
    assert exit_attempt(qtbot, window, "nobody", "1234") == "Unknown login or wrong PIN."
    refusal = exit_attempt(qtbot, window, "mdubois", INSTRUCTOR_PIN)
    assert refusal == "The account mdubois may not close the kiosk: ask an administrator or a technician."
    save(qtbot, window, f"kiosk-exit-dialog-{ctx.db.dialect}.png")
    with qtbot.waitSignal(window.scan_ignored) as ignored:
        type_keys(focus_target(window), learner_badge(ctx), start_ms=10_000, interval_ms=SCANNER_MS)
    assert ignored.args == ["exit"] and recorded(ctx) == (0, 0)
    assert dialog.banner.message == "Badge not read: the kiosk is being closed. Scan again once it is back."

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.isVisible() and window.current_page() is window.kiosk
    window.close()  # the window manager's close button, again
    assert window.isVisible() and dialog.isVisible() and dialog.login_edit.text() == ""
    dialog.login_edit.setText("jfdhondt")
    qtbot.keyClicks(dialog.pin_edit, TECHNICIAN_PIN)
    with qtbot.waitSignal(dialog.exit_confirmed, timeout=10_000) as confirmed:
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert confirmed.args[0].login == "jfdhondt"
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not window.guard.active
    # The exit's PIN checks are audited like the unlock's: two failed, then the instructor's and the technician's.
    assert audited(ctx, "staff.auth_failed") == 2 and audited(ctx, "staff.auth_ok") == 2
    # ...and who closed the kiosk, and how.
    exits = ctx.db.run_read(
        lambda s: list(s.execute(select(AuditLog).where(AuditLog.action == "kiosk.exit")).scalars())
    )
    assert [(e.actor_name, e.terminal, e.new_values) for e in exits] == [("jfdhondt", ctx.terminal, '{"how":"pin"}')]


def test_an_untouched_exit_dialog_goes_back_to_the_kiosk(ctx, kiosk_window, qtbot):
    """Someone who pressed Alt+F4 and walked away leaves the kiosk as it was, nothing typed kept."""
    window = kiosk_window()
    window.exit_dialog.idle_ms = 150
    window.close()
    window.exit_dialog.login_edit.setText("half-typed")
    with qtbot.waitSignal(window.exit_dialog.cancelled, timeout=5000):
        pass
    assert window.isVisible() and not window.exit_dialog.isVisible()
    assert window.exit_dialog.login_edit.text() == ""


def test_no_context_menu_nor_full_screen_shortcut_in_kiosk_mode(ctx, kiosk_window, make_window, qtbot):
    """In kiosk mode a context menu and F11 never reach a widget (Escape still does, for dialogs),
    Alt+F4 asks the PIN, and a window taken out of full screen goes back; a windowed developer window
    closes freely."""
    window = kiosk_window()
    recorder = Recorder(window)
    poke_escapes(recorder)
    assert recorder.seen == [f"key {int(Qt.Key.Key_Escape)}"]
    alt_f4 = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QApplication.sendEvent(recorder, alt_f4)  # under cage the compositor leaves Alt+F4 to the program
    assert window.exit_dialog.isVisible() and window.isVisible() and len(recorder.seen) == 1
    window.exit_dialog.cancel()
    assert window.contextMenuPolicy() is Qt.ContextMenuPolicy.NoContextMenu
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    window.showNormal()  # what a window manager's shortcut would do
    qtbot.waitUntil(window.isFullScreen)

    windowed = make_window()
    assert not windowed.guard.active
    assert windowed.close() and not windowed.isVisible() and not windowed.exit_dialog.isVisible()
    window.close_now("end of the test")
    recorder.seen.clear()
    poke_escapes(recorder)  # the guard went with the kiosk window
    assert recorder.seen[0] == "context menu" and len(recorder.seen) == 3


def test_the_staff_quit_button_closes_the_kiosk_for_an_administrator(ctx, kiosk_window, qtbot):
    """An administrator in the staff area (unlocked with their PIN) quits without a second PIN."""
    add_staff(ctx)
    window = kiosk_window()
    unlock(qtbot, window, "slambert", PIN)
    assert window.staff_area.quit_button.isVisible()
    qtbot.mouseClick(window.staff_area.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not window.exit_dialog.isVisible()


def test_idle_watcher_warns_before_it_runs_out(qtbot):
    """Started with a warning time, the watcher warns that long before; input ends the warning and
    starts the whole countdown over."""
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher()
    ended: list[bool] = []
    watcher.warning_ended.connect(lambda: ended.append(True))
    with qtbot.waitSignal(watcher.warning_started, timeout=3000):
        watcher.start(800, warn_ms=500)
    assert watcher.warning and 0 < watcher.remaining_ms <= 500
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert not watcher.warning and ended == [True] and watcher.remaining_ms > 600
    with qtbot.waitSignal(watcher.timed_out, timeout=3000):
        pass
    assert ended == [True, True] and not watcher.warning and not watcher.active


def weigh(qtbot: Any, window: MainWindow, screen: BalanceCheckScreen, sim: MtSicsSimulator, value: str) -> None:
    """Put a weight on the simulated pan, wait until the balance says stable, press Capture."""
    window.idle.poke()
    sim.set_value(value)
    qtbot.waitUntil(lambda: screen.source.latest is not None
                    and screen.source.latest.status is ReadingStatus.DYNAMIC, timeout=5000)  # fmt: skip
    qtbot.waitUntil(lambda: (r := screen.source.stable_reading()) is not None and r.value == Decimal(value),
                    timeout=8000)  # fmt: skip
    qtbot.mouseClick(screen.capture_button, Qt.MouseButton.LeftButton)


def test_idle_lock_counts_down_and_keeps_a_half_filled_balance_check_for_the_same_person(
    ctx, make_window, qtbot, tmp_path
):
    """A balance check half done (learner, test weight, two weighings) when nobody touches the
    terminal: the countdown shows, a touch cancels it, silence locks; another technician finds the
    page empty; the same administrator unlocking again gets everything back, learner included."""
    seeded = seed_centre(ctx)
    add_staff(ctx)
    ctx.accounts.add_user(ctx.system_actor(), "jfdhondt", "Jean-François", "D'Hondt", ["technician"], PASSWORD,
                          TECHNICIAN_PIN)  # fmt: skip
    person = next(p.id for p in ctx.people.list_learners() if p.given_name == "Şükrü")
    sim = MtSicsSimulator(Scenario(settle_seconds=0.3), value="0", link=tmp_path / "ttyBAL")
    sim.start()
    try:
        ctx.instruments.register(ctx.system_actor(), "BAL-01", "Balance XS205", "mt-sics", port=sim.port,
                                 line=PTY_LINE, calibration_due=date(2099, 1, 1))  # fmt: skip
        window = make_window(idle_lock_ms=5000, lock_countdown_ms=3000)
        unlock(qtbot, window, "slambert", PIN)
        screen = window.staff_area.page(BALANCE_PAGE)
        assert isinstance(screen, BalanceCheckScreen)
        with qtbot.waitSignal(screen.picker.listed, timeout=10_000):
            assert window.staff_area.show_page(BALANCE_PAGE)
            screen.picker.load()  # listed already for the unlock; read again to wait for it here
        assert screen.picker.choose_learner(person)
        screen.reference_edit.setText("100.00")
        screen.readability_edit.setText("0.01")
        assert screen.source.choose("BAL-01")
        with qtbot.waitSignal(screen.source.instrument_connected, timeout=10_000):
            qtbot.mouseClick(screen.source.connect_button, Qt.MouseButton.LeftButton)
        for value in ("100.01", "99.99"):
            weigh(qtbot, window, screen, sim, value)
        assert [c.value for c in screen.captures] == [Decimal("100.01"), Decimal("99.99")]
    finally:
        sim.stop()

    countdown = window.countdown
    qtbot.waitUntil(countdown.isVisible, timeout=5000)
    assert re.fullmatch(r"Locking in [123] s — touch the screen to stay", countdown.text_label.text())
    assert countdown.geometry() == window.rect() and window.idle.warning
    qtbot.waitUntil(lambda: countdown.bar.value() < countdown.bar.maximum() * 0.7, timeout=3000)  # draining
    save(qtbot, window, f"kiosk-idle-countdown-{ctx.db.dialect}.png")
    qtbot.mouseClick(countdown, Qt.MouseButton.LeftButton)  # a touch anywhere: stay
    assert not countdown.isVisible() and window.idle.remaining_ms > 4000
    assert window.current_page() is window.staff_area
    qtbot.waitUntil(countdown.isVisible, timeout=5000)
    with qtbot.waitSignal(window.staff_locked, timeout=5000):
        pass
    assert not countdown.isVisible() and window.current_page() is window.kiosk
    assert screen.captures == [] and screen.reference_edit.text() == ""  # nothing shows behind the lock
    assert window.drafts.kept_for("slambert") is not None

    restored: list[str] = []
    window.draft_restored.connect(restored.append)
    unlock(qtbot, window, "jfdhondt", TECHNICIAN_PIN)  # someone else: not theirs
    assert restored == [] and window.staff_area.current_key() == "home"
    with qtbot.waitSignal(screen.picker.listed, timeout=10_000):
        assert window.staff_area.show_page(BALANCE_PAGE)
        screen.picker.load()
    assert screen.captures == [] and screen.reference_edit.text() == "" and screen.picker.person_id is None
    qtbot.mouseClick(window.staff_area.lock_button, Qt.MouseButton.LeftButton)
    assert window.drafts.kept_for("jfdhondt") is None and window.drafts.kept_for("slambert") is not None

    with qtbot.waitSignal(screen.picker.listed, timeout=10_000):
        unlock(qtbot, window, "slambert", PIN)
    assert restored == [BALANCE_PAGE] and window.staff_area.current_key() == BALANCE_PAGE
    assert (screen.reference_edit.text(), screen.readability_edit.text(), screen.unit) == ("100.00", "0.01", "g")
    assert [c.value for c in screen.captures] == [Decimal("100.01"), Decimal("99.99")]
    assert screen.model.rowCount() == 2
    assert (screen.picker.person_id, screen.picker.session_code) == (person, seeded.running)
    assert screen.banner.message.startswith("What you had entered before the staff area locked is back")
    assert window.drafts.kept_for("slambert") is None  # handed back once


def test_the_countdown_speaks_the_centre_language(ctx, make_window, qtbot):
    """In a French centre the countdown says « Verrouillage dans … s — touchez l'écran pour rester »."""
    add_staff(ctx)
    window = make_window(in_language(ctx, "fr"), idle_lock_ms=3000, lock_countdown_ms=1500)
    unlock(qtbot, window, "slambert", PIN)
    qtbot.waitUntil(window.countdown.isVisible, timeout=5000)
    text = window.countdown.text_label.text()
    assert re.fullmatch(r"Verrouillage dans [12] s — touchez l'écran pour rester", text)
    assert (
        window.countdown.hint_label.text()
        == "L'espace du personnel se verrouille quand personne ne touche le terminal."
    )
    save(qtbot, window, f"kiosk-idle-countdown-fr-{ctx.db.dialect}.png")
    with qtbot.waitSignal(window.staff_locked, timeout=5000):
        pass


def test_the_database_probe_answers_on_a_healthy_database(ctx, make_window, qtbot):
    """The periodic probe reads the database and leaves the window alone when it answers."""
    window = make_window(db_probe_ms=100)
    with qtbot.waitSignal(window.db_notice.probed, timeout=5000) as probed:
        pass
    assert probed.args == [True]
    assert not window.db_notice.blocking and not window.db_notice.isVisible() and window.stack.isEnabled()


def set_connections(database: str, allowed: bool) -> None:
    """Let connections into the database or not; refusing them also ends those already open."""
    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as admin:
        allow = sql.SQL("true" if allowed else "false")
        admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS {}").format(sql.Identifier(database), allow))
        if not allowed:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = %s AND pid <> pg_backend_pid()", (database,))  # fmt: skip


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_an_unreachable_database_blocks_scans_until_it_is_back(ctx, db_url, make_window, qtbot):
    """A PostgreSQL database refusing connections: the notice covers the kiosk and disables it, a
    scan is refused with the refusal sound and nothing is recorded; once the database is back the
    notice goes by itself and the next scan is recorded."""
    seed_centre(ctx)
    code = learner_badge(ctx)
    window = make_window(db_probe_ms=300)
    played: list[Sound] = []
    window.sounds.play = played.append
    database = db_url.rsplit("/", 1)[1]
    notice = window.db_notice
    try:
        with qtbot.waitSignal(notice.lost, timeout=10_000) as lost:
            set_connections(database, False)
        assert "is not currently accepting connections" in lost.args[0]
        assert notice.isVisible() and notice.geometry() == window.rect() and not window.stack.isEnabled()
        assert notice.title.text() == "Database unreachable — scans are not recorded; trying again…"
        with qtbot.waitSignal(window.scan_ignored, timeout=5000) as ignored:
            type_keys(focus_target(window), code, start_ms=10_000, interval_ms=SCANNER_MS)
        assert ignored.args == ["database"] and played == [Sound.REFUSAL]
        assert notice.banner.message == (
            "Badge not recorded: the database cannot be reached. Scan again once this notice is gone.")  # fmt: skip
        assert window.current_page() is window.kiosk and not window.flow.busy
        qtbot.waitUntil(lambda: notice.attempts.text().startswith("Attempt 2 failed at"), timeout=5000)
        save(qtbot, window, "kiosk-db-notice-postgresql.png")
        window.set_language("fr")  # a learner's language: the notice follows
        assert (
            notice.title.text()
            == "Base de données injoignable — les scans ne sont pas enregistrés ; nouvelle tentative…"
        )
        assert notice.banner.message.startswith("Badge non enregistré : la base de données est injoignable.")
        save(qtbot, window, "kiosk-db-notice-fr-postgresql.png")
    finally:
        with qtbot.waitSignal(notice.back, timeout=10_000):
            set_connections(database, True)
    assert not notice.isVisible() and window.stack.isEnabled() and notice.banner.message == ""
    assert recorded(ctx) == (0, 0)  # the refused scan left nothing behind
    result = scan(qtbot, window, code, start_ms=20_000)
    assert result.result == "checked_in" and recorded(ctx) == (1, 0)
