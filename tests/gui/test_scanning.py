"""Scanning at the kiosk: keyboard-wedge scans typed into the real window, answered on screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from aptaskil_desk.badges.layouts import mangle
from aptaskil_desk.db.models import AttendanceEvent, ScanRefusal
from aptaskil_desk.errors import DatabaseError
from aptaskil_desk.services.scan import PersonRef, ScanResult
from aptaskil_desk.ui.sound import Sound
from aptaskil_desk.ui.widgets.status_icon import Symbol
from tests.conftest import T0
from tests.gui.helpers import PIN, add_staff, in_language, seed_centre
from tests.gui.keys import HUMAN_MS, SCANNER_MS, back_to_idle, focus_target, scan, type_keys

LEARNER = "Łukasz Wiśniewski"


def learner_badge(ctx, name: str = LEARNER) -> str:
    person = next(p for p in ctx.people.list_learners() if p.display_name == name)
    code: str = ctx.badges.issue(ctx.system_actor(), [person.id])[0].code
    return code


def recorded(ctx) -> tuple[int, int]:
    """(attendance events, scan refusals) in the database."""
    counts: tuple[int, int] = ctx.db.run_read(
        lambda s: (
            s.execute(select(func.count(AttendanceEvent.id))).scalar_one(),
            s.execute(select(func.count(ScanRefusal.id))).scalar_one(),
        )
    )
    return counts


def test_azerty_scan_at_scanner_speed_checks_the_learner_in(ctx, make_window, qtbot):
    """A US scanner's keys as a Belgian AZERTY host gets them, 5 ms apart: the welcome screen names the learner."""
    seed_centre(ctx)
    code = learner_badge(ctx)
    window = make_window()
    played: list[Sound] = []
    window.sounds.play = played.append
    received = mangle(code, "be-azerty")
    assert received != code  # the test really goes through the layout repair
    scanned: list[str] = []
    window.scanner.badge_scanned.connect(scanned.append)
    result = scan(qtbot, window, received, start_ms=10_000)
    assert scanned == [received]  # passed on exactly as received; the service repairs it
    assert result.result == "checked_in"
    screen = window.result_screen
    assert screen.name_label.text() == LEARNER
    assert screen.headline.text() == "Welcome" and screen.subline.text() == "Check-in recorded"
    assert screen.icon.symbol is Symbol.CHECK and screen.band.property("tone") == "in"
    assert screen.time_label.text() == "In at 09:15"
    assert screen.session_label.text() == "Session OPP-NOW — Opérateur·rice de production pharmaceutique"
    assert screen.hours_label.isHidden()  # nothing to count yet on the day's first check-in
    assert played == [Sound.SUCCESS]
    assert recorded(ctx) == (1, 0)


def test_the_same_keys_at_human_speed_do_not_scan(ctx, make_window, qtbot):
    """The badge's characters typed 150 ms apart are typing, not a scan: nothing is decided."""
    seed_centre(ctx)
    code = learner_badge(ctx)
    window = make_window()
    scanned: list[str] = []
    window.scanner.badge_scanned.connect(scanned.append)
    type_keys(focus_target(window), mangle(code, "be-azerty"), start_ms=10_000, interval_ms=HUMAN_MS)
    qtbot.waitUntil(lambda: window.scanner.pending == 0)
    assert scanned == [] and not window.flow.busy
    assert window.current_page() is window.kiosk
    assert recorded(ctx) == (0, 0)


def test_scanner_keys_never_reach_the_pin_field_but_typing_does(ctx, make_window, qtbot):
    """On the unlock screen a scan is swallowed (not recorded, said in words); a typed PIN still lands."""
    seed_centre(ctx)
    add_staff(ctx)
    code = learner_badge(ctx)
    window = make_window()
    window.show_unlock("slambert")
    pin = window.unlock.pin_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pin)
    at = 10_000
    for received in (mangle(code, "be-azerty"), code, "B0123456789012345"):  # the last: digits only after B
        with qtbot.waitSignal(window.scan_ignored) as ignored:
            at = type_keys(focus_target(window), received, start_ms=at, interval_ms=SCANNER_MS) + 1000
        assert ignored.args == ["unlock"]
        assert pin.text() == "" and window.unlock.login_edit.text() == "slambert"
    assert "Badge not read" in window.unlock.banner.message
    assert window.current_page() is window.unlock and recorded(ctx) == (0, 0)
    type_keys(focus_target(window), PIN, start_ms=at, interval_ms=HUMAN_MS, enter=False)
    qtbot.waitUntil(lambda: pin.text() == PIN)
    with qtbot.waitSignal(window.staff_unlocked):
        type_keys(pin, "", start_ms=at + 5000, interval_ms=HUMAN_MS)  # Enter alone, as a person presses it


def test_half_scan_without_enter_is_dropped_after_the_timeout(ctx, make_window, qtbot):
    """A burst cut short (no Enter) is dropped after the timeout: nothing reaches the field or the service."""
    seed_centre(ctx)
    add_staff(ctx)
    code = learner_badge(ctx)
    window = make_window()
    window.show_unlock()
    login = window.unlock.login_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login)
    with qtbot.waitSignal(window.scanner.scan_dropped) as dropped:
        at = type_keys(login, code[:12], start_ms=10_000, interval_ms=SCANNER_MS, enter=False)
    assert dropped.args == [code[:12]]
    assert login.text() == "" and window.scanner.pending == 0
    type_keys(login, "slambert", start_ms=at + 1000, interval_ms=HUMAN_MS, enter=False)
    qtbot.waitUntil(lambda: login.text() == "slambert")
    assert recorded(ctx) == (0, 0)


def test_already_within_the_debounce_then_check_out(ctx, clock, make_window, qtbot):
    """A second scan within two minutes says "already" with the first time; after them it checks out."""
    seed_centre(ctx)
    code = learner_badge(ctx)
    window = make_window()
    assert scan(qtbot, window, code, 10_000).result == "checked_in"
    type_keys(focus_target(window), code, start_ms=20_000, interval_ms=SCANNER_MS)
    assert not window.flow.busy  # the same badge while its answer is on screen: nothing to say again
    back_to_idle(qtbot, window)
    clock.advance(timedelta(seconds=30))
    already = scan(qtbot, window, code, 30_000)
    screen = window.result_screen
    assert already.result == "already" and already.at == T0
    assert screen.headline.text() == "Already recorded at 09:15"
    assert screen.subline.text() == "Your check-in was already recorded. To check out, scan again later."
    assert screen.icon.symbol is Symbol.CLOCK and screen.band.property("tone") == "already"
    back_to_idle(qtbot, window)
    clock.advance(timedelta(minutes=3))
    out = scan(qtbot, window, mangle(code, "be-azerty"), 40_000)
    assert out.result == "checked_out"
    assert screen.headline.text() == "Goodbye" and screen.subline.text() == "Check-out recorded"
    assert screen.time_label.text() == "In at 09:15  ·  Out at 09:18"
    assert screen.hours_label.text().startswith("Hours today: 0 h 0")
    assert window.result_screen.icon.symbol is Symbol.EXIT and screen.band.property("tone") == "out"
    assert recorded(ctx) == (2, 0)


def test_revoked_badge_is_refused_in_words(ctx, make_window, qtbot):
    """A replaced badge is refused in French words, with the refusal sound, and logged as refused."""
    seed_centre(ctx)
    old = learner_badge(ctx)
    person = next(p for p in ctx.people.list_learners() if p.display_name == LEARNER)
    ctx.badges.issue(ctx.system_actor(), [person.id], reissue=True, reason="perdu à la cafétéria")
    window = make_window(in_language(ctx, "fr"))
    played: list[Sound] = []
    window.sounds.play = played.append
    result = scan(qtbot, window, old, 10_000)
    screen = window.result_screen
    assert result.result == "refused" and result.reason == "revoked"
    assert screen.headline.text() == "Badge refusé"
    assert screen.subline.text() == "Badge révoqué : passez à l'accueil"
    assert screen.name_label.text() == LEARNER
    assert screen.icon.symbol is Symbol.CROSS and screen.band.property("tone") == "refused"
    assert played == [Sound.REFUSAL]
    assert recorded(ctx) == (0, 1)


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        ("unreadable", "Code illisible, réessayez"),
        ("unknown", "Badge inconnu"),
        ("revoked", "Badge révoqué : passez à l'accueil"),
        ("inactive", "Personne inactive"),
    ],
)
def test_every_refusal_reason_reads_in_french(ctx, make_window, reason, words):
    """Each refusal reason of the scan service has its own French words under "Badge refusé"."""
    window = make_window(in_language(ctx, "fr"))
    person = None if reason in ("unreadable", "unknown") else PersonRef(7, "Zoë Ødegård")
    window.result_screen.show_result(ScanResult("refused", reason, person, None, T0))
    assert window.result_screen.headline.text() == "Badge refusé"
    assert window.result_screen.subline.text() == words
    assert window.result_screen.name_label.isHidden() is (person is None)


def test_staff_badge_opens_the_pin_prompt(ctx, make_window, qtbot):
    """A staff member's badge opens the unlock screen with their login filled in, the PIN to type."""
    seed_centre(ctx)
    add_staff(ctx)
    staff = ctx.accounts.get("slambert")
    code = ctx.badges.issue(ctx.system_actor(), [staff.person_id])[0].code
    window = make_window()
    type_keys(focus_target(window), mangle(code, "be-azerty"), start_ms=10_000, interval_ms=SCANNER_MS)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock)
    assert window.unlock.login_edit.text() == "slambert" and window.unlock.pin_edit.text() == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.unlock.pin_edit)
    assert recorded(ctx) == (0, 0)


def test_answer_returns_to_idle_by_itself(ctx, make_window, qtbot):
    """After ``result_ms`` the result screen gives way to the idle screen without a touch."""
    seed_centre(ctx)
    code = learner_badge(ctx)
    window = make_window(result_ms=50)
    scan(qtbot, window, code, 10_000)
    qtbot.waitUntil(lambda: window.current_page() is window.kiosk)


def test_service_failure_is_answered_in_words(ctx, make_window, monkeypatch, qtbot):
    """When the database cannot be reached the learner reads that the scan was not recorded, and why."""
    seed_centre(ctx)
    code = learner_badge(ctx)

    def unreachable(payload: str, terminal: str, **_: object) -> ScanResult:
        raise DatabaseError("Cannot reach the database server: {detail}", detail="connection refused")

    monkeypatch.setattr(ctx.scan, "scan", unreachable)
    window = make_window()
    with qtbot.waitSignal(window.result_screen.error_shown) as shown:
        type_keys(focus_target(window), code, start_ms=10_000, interval_ms=SCANNER_MS)
    screen = window.result_screen
    assert screen.headline.text() == "Scan not recorded" and screen.icon.symbol is Symbol.WARNING
    assert shown.args[0] == "Cannot reach the database server: connection refused Scan your badge again."


def test_a_learners_language_lasts_until_the_kiosk_is_idle_again(ctx, make_window, qtbot):
    """EN then NL switch the screens live; the answer comes in Dutch; back at idle it is French again."""
    seed_centre(ctx)
    code = learner_badge(ctx)
    window = make_window(in_language(ctx, "fr"))
    kiosk = window.kiosk
    assert kiosk.prompt_label.text() == "Scannez votre badge"
    qtbot.mouseClick(kiosk.languages.button("en"), Qt.MouseButton.LeftButton)
    assert kiosk.prompt_label.text() == "Scan your badge" and kiosk.staff_button.text() == "Staff"
    assert kiosk.clock.date_label.text() == "Wednesday 25 November 2026"
    assert "Instructor: Marc Dubois" in kiosk.session_cards()[0].text()
    qtbot.mouseClick(kiosk.languages.button("nl"), Qt.MouseButton.LeftButton)
    assert kiosk.prompt_label.text() == "Scan uw badge" and kiosk.languages.button("nl").isChecked()
    scan(qtbot, window, code, 10_000)
    assert window.result_screen.headline.text() == "Welkom"
    assert window.result_screen.time_label.text() == "Binnen om 09:15"
    back_to_idle(qtbot, window)
    assert window.language == "fr" and kiosk.prompt_label.text() == "Scannez votre badge"
    assert kiosk.languages.button("fr").isChecked()
    assert "Formateur·rice : Marc Dubois" in kiosk.session_cards()[0].text()


def test_a_chosen_language_falls_back_when_nobody_scans(ctx, make_window, qtbot):
    """A learner who chose English and walked away leaves a French kiosk after the language timeout."""
    seed_centre(ctx)
    window = make_window(in_language(ctx, "fr"), language_idle_ms=50)
    qtbot.mouseClick(window.kiosk.languages.button("en"), Qt.MouseButton.LeftButton)
    assert window.kiosk.prompt_label.text() == "Scan your badge"
    with qtbot.waitSignal(window.language_changed) as changed:
        pass
    assert changed.args == ["fr"] and window.kiosk.prompt_label.text() == "Scannez votre badge"


def test_a_terminal_in_no_room_does_not_take_scans(ctx, make_window, qtbot):
    """An unregistered terminal, whose screen says badges cannot be scanned here, records nothing."""
    seed_centre(ctx, terminal="ELSEWHERE")  # badges and people exist; this terminal is in no room
    code = learner_badge(ctx)
    window = make_window()
    assert window.kiosk.overview is not None and window.kiosk.overview.room is None
    with qtbot.waitSignal(window.scan_ignored) as ignored:
        type_keys(focus_target(window), code, start_ms=10_000, interval_ms=SCANNER_MS)
    assert ignored.args == ["no_room"] and window.current_page() is window.kiosk
    assert recorded(ctx) == (0, 0)
