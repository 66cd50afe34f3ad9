"""Staff unlock at the kiosk: PIN typed or tapped, lock-out, Lock button and idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aptaskil_desk.ui.widgets.message import MessageKind
from tests.gui.helpers import PIN, add_staff, seed_centre


def _tap(qtbot, window, digits: str) -> None:
    for digit in digits:
        qtbot.mouseClick(window.unlock.keypad.key(digit), Qt.MouseButton.LeftButton)


def _try_pin(qtbot, window, login: str, pin: str) -> str:
    """Type the login, tap the PIN on the keypad, press Unlock; return the refusal shown."""
    unlock = window.unlock
    unlock.login_edit.setText(login)
    qtbot.mouseClick(unlock.keypad.key("clear"), Qt.MouseButton.LeftButton)
    _tap(qtbot, window, pin)
    assert unlock.pin_edit.text() == pin
    with qtbot.waitSignal(unlock.refused) as refusal:
        qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    assert not unlock.busy
    return str(refusal.args[0])


def test_right_pin_opens_the_staff_area_and_lock_returns_to_the_kiosk(ctx, make_window, qtbot):
    """Login and PIN typed on the keyboard reach the staff area with the name; Lock goes back."""
    seed_centre(ctx)
    add_staff(ctx)
    window = make_window()
    qtbot.mouseClick(window.kiosk.staff_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.unlock
    qtbot.keyClicks(window.unlock.login_edit, "slambert")
    qtbot.keyClicks(window.unlock.pin_edit, PIN)
    with qtbot.waitSignal(window.staff_unlocked) as unlocked:
        qtbot.keyClick(window.unlock.pin_edit, Qt.Key.Key_Return)
    assert unlocked.args[0].login == "slambert"
    area = window.staff_area
    assert window.current_page() is area
    assert area.name_label.text() == "Sophie Lambert"
    assert "Administrator" in area.roles_label.text()
    assert area.home.welcome_label.text() == "Welcome, Sophie Lambert"
    assert area.current_key() == "home"
    assert window.unlock.pin_edit.text() == ""  # nothing of the PIN stays behind
    with qtbot.waitSignal(window.staff_locked):
        qtbot.mouseClick(area.lock_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.kiosk
    assert area.staff is None and area.name_label.text() == "" and area.home.welcome_label.text() == ""


def test_five_wrong_pins_lock_the_account_and_then_the_right_pin_is_refused(ctx, make_window, qtbot):
    """Each wrong PIN counts down in words; the fifth locks the account; the right PIN is refused."""
    add_staff(ctx)
    window = make_window()
    window.show_unlock()
    for left in (4, 3, 2, 1):
        assert _try_pin(qtbot, window, "slambert", "9999") == f"Wrong PIN: {left} attempt(s) left."
        assert window.unlock.banner.level is MessageKind.ERROR
        assert window.unlock.pin_edit.text() == ""
    message = _try_pin(qtbot, window, "slambert", "9999")
    assert message == "Too many wrong attempts: account 'slambert' is now locked. Ask an administrator."
    assert window.unlock.banner.message == message and window.unlock.banner.isVisible()
    assert ctx.accounts.get("slambert").locked
    message = _try_pin(qtbot, window, "slambert", PIN)
    assert message == "Account 'slambert' is locked: ask an administrator."
    assert window.current_page() is window.unlock


def test_unknown_login_is_refused_in_words(ctx, make_window, qtbot):
    """An unknown login is refused with the same words as a wrong PIN (no account probing)."""
    window = make_window()
    window.show_unlock()
    assert _try_pin(qtbot, window, "nobody", "1234") == "Unknown login or wrong PIN."


def test_empty_fields_are_refused_without_costing_an_attempt(ctx, make_window, qtbot):
    """Pressing Unlock with no PIN says what is missing and never reaches the account service."""
    add_staff(ctx)
    window = make_window()
    window.show_unlock("slambert")  # the badge seam: the login is already known
    assert window.unlock.login_edit.text() == "slambert"
    qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)
    assert window.unlock.banner.message == "Type your login and your PIN."
    assert not window.unlock.busy and window.jobs.pending == 0
    assert window.current_page() is window.unlock


def test_keypad_erase_and_cancel(ctx, make_window, qtbot):
    """The keypad erases one digit; Back to the kiosk forgets what was typed."""
    window = make_window()
    window.show_unlock()
    _tap(qtbot, window, "1234")
    qtbot.mouseClick(window.unlock.keypad.key("erase"), Qt.MouseButton.LeftButton)
    assert window.unlock.pin_edit.text() == "123"
    window.unlock.login_edit.setText("someone")
    qtbot.mouseClick(window.unlock.cancel_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.kiosk
    assert window.unlock.pin_edit.text() == "" and window.unlock.login_edit.text() == ""


def test_idle_staff_area_locks_itself(ctx, make_window, qtbot):
    """With no input for the idle timeout, the staff area locks and the kiosk comes back."""
    add_staff(ctx)
    window = make_window(idle_lock_ms=200)
    window.show_unlock("slambert")
    qtbot.keyClicks(window.unlock.pin_edit, PIN)
    with qtbot.waitSignal(window.staff_unlocked):
        window.unlock.submit()
    assert window.current_page() is window.staff_area
    with qtbot.waitSignal(window.staff_locked, timeout=5000):
        pass
    assert window.current_page() is window.kiosk
    assert window.staff_area.staff is None
    assert not window.idle.active


def test_untouched_unlock_screen_returns_to_the_kiosk(ctx, make_window, qtbot):
    """Someone who opened the unlock screen and walked away leaves the kiosk showing again."""
    window = make_window(unlock_idle_ms=100)
    window.show_unlock()
    window.unlock.login_edit.setText("half-typed")
    qtbot.waitUntil(lambda: window.current_page() is window.kiosk)
    assert window.unlock.login_edit.text() == ""


def test_right_pin_without_any_role_keeps_the_area_shut(ctx, make_window, qtbot, monkeypatch):
    """A person whose roles were all revoked is told so and the staff area stays locked."""
    from aptaskil_desk.services.accounts import StaffInfo

    no_roles = StaffInfo(9, "former", "Ex", "Member", (), locked=False, has_pin=True)
    monkeypatch.setattr(ctx.accounts, "authenticate_pin", lambda login, pin, terminal: no_roles)
    window = make_window()
    window.show_unlock("former")
    assert _try_pin(qtbot, window, "former", "1234").startswith("Your account holds no role")
    assert window.current_page() is window.unlock and window.staff_area.staff is None


def test_going_back_during_the_pin_check_keeps_the_area_shut(ctx, make_window, qtbot):
    """A right PIN whose check returns after Back was pressed does not open the staff area."""
    add_staff(ctx)
    window = make_window()
    window.show_unlock("slambert")
    window.unlock.pin_edit.setText(PIN)
    window.unlock.submit()
    assert window.unlock.busy
    qtbot.mouseClick(window.unlock.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.jobs.pending == 0)
    assert window.current_page() is window.kiosk
    assert window.staff_area.staff is None and not window.unlock.busy
