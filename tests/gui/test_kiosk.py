"""The kiosk idle screen: this terminal's room, what runs there now, and its other states."""

from __future__ import annotations

from datetime import timedelta

from aptaskil_desk.errors import DatabaseError
from aptaskil_desk.ui.widgets.message import MessageKind
from tests.gui.helpers import add_staff, in_language, seed_centre


def test_idle_screen_shows_room_and_only_the_session_running_here_now(ctx, make_window):
    """The window opens offscreen showing the room and the session running now in it, not others."""
    seeded = seed_centre(ctx)
    window = make_window()
    kiosk = window.kiosk
    assert window.current_page() is kiosk
    assert kiosk.room_label.text() == seeded.room_name
    assert kiosk.centre_label.text() == ctx.settings.centre_name
    cards = kiosk.session_cards()
    assert len(cards) == 1
    text = cards[0].text()
    assert "Opérateur·rice de production pharmaceutique" in text
    assert seeded.running in text and "Marc Dubois" in text
    assert "08:30 – 12:15" in text and "Enrolled: 3" in text
    assert seeded.elsewhere not in text and seeded.later not in text
    assert not kiosk.no_session_label.isVisible()
    assert kiosk.prompt.isVisible() and kiosk.prompt_label.text() == "Scan your badge"
    assert kiosk.clock.time_label.text() == "09:15"  # T0 in Brussels (CET)
    assert kiosk.clock.date_label.text() == "Wednesday 25 November 2026"


def test_idle_screen_follows_the_clock_on_refresh(ctx, clock, make_window, qtbot):
    """Once the slot is over, the next refresh says nothing runs here and the clock moves on."""
    seed_centre(ctx)
    window = make_window()
    clock.advance(timedelta(hours=4))  # 13:15 in Brussels: the morning slot ended, the later one waits
    with qtbot.waitSignal(window.kiosk.overview_shown):
        window.kiosk.refresh()
    assert window.kiosk.session_cards() == []
    assert window.kiosk.no_session_label.text() == "No session is running in this room right now."
    qtbot.waitUntil(lambda: window.kiosk.clock.time_label.text() == "13:15")


def test_unregistered_terminal_shows_how_to_register_it(ctx, make_window):
    """A terminal nobody registered says so and shows the exact command that registers it."""
    window = make_window()
    kiosk = window.kiosk
    assert kiosk.overview is not None and not kiosk.overview.registered
    assert kiosk.hint_title.text() == "This terminal is not registered"
    assert "TEST-TERM-1" in kiosk.hint_label.text()
    assert kiosk.hint_command.text() == "aptaskil-desk terminal add TEST-TERM-1 --room CODE"
    assert kiosk.hint_command.isVisible() and not kiosk.prompt.isVisible()


def test_french_ui_shows_french_text(ctx, make_window, qtbot):
    """With language "fr" the screens speak French: labels, dates and the services' errors."""
    seed_centre(ctx)
    add_staff(ctx)
    window = make_window(in_language(ctx, "fr"))
    kiosk = window.kiosk
    assert kiosk.prompt_label.text() == "Scannez votre badge"
    assert kiosk.sessions_heading.text() == "En ce moment dans cette salle"
    assert kiosk.staff_button.text() == "Personnel"
    assert "Formateur·rice : Marc Dubois" in kiosk.session_cards()[0].text()
    assert "Inscriptions : 3" in kiosk.session_cards()[0].text()
    assert kiosk.clock.date_label.text() == "mercredi 25 novembre 2026"
    window.show_unlock("slambert")
    assert window.unlock.unlock_button.text() == "Déverrouiller"
    assert window.unlock.keypad.key("clear").text() == "Effacer"
    window.unlock.pin_edit.setText("0000")
    with qtbot.waitSignal(window.unlock.refused) as refusal:
        window.unlock.submit()
    assert refusal.args[0] == "PIN erroné : encore 4 essai(s)."  # the service's error, in French


def test_overview_failure_is_shown_in_words_and_retried(ctx, make_window, monkeypatch, qtbot):
    """A database failure during refresh shows a translated message; the next refresh clears it."""
    seed_centre(ctx)
    real = ctx.centre.terminal_overview

    def unreachable(name: str):
        raise DatabaseError("Cannot reach the database server: {detail}", detail="connection refused")

    monkeypatch.setattr(ctx.centre, "terminal_overview", unreachable)
    window = make_window(wait_for_overview=False)
    kiosk = window.kiosk
    qtbot.waitUntil(lambda: kiosk.banner.level is MessageKind.ERROR)
    assert "Cannot reach the database server: connection refused" in kiosk.banner.message
    assert "Trying again automatically" in kiosk.banner.message
    monkeypatch.setattr(ctx.centre, "terminal_overview", real)
    with qtbot.waitSignal(kiosk.overview_shown):
        kiosk.refresh()
    assert kiosk.banner.level is None and len(kiosk.session_cards()) == 1
