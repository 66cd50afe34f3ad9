"""Screenshots of the real screens, saved as PNG in test-artifacts/ for people to look at.

``APTASKIL_UPDATE_SCREENSHOTS=1`` also refreshes ``docs/screenshots/kiosk-idle.png`` (README).
"""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import ARTIFACTS, DOCS_SCREENSHOTS, in_language

DEMO_CENTRE = "Centre de compétences — Biopharma"


def _settled(window):
    """True once the clock's labels got the room their text needs (the layout ran after the update)."""
    clock = window.kiosk.clock
    return all(label.width() >= label.sizeHint().width() for label in (clock.time_label, clock.date_label))


def _save(window, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000


def _demo_window(ctx, make_window, qtbot):
    ctx.demo.build(ctx.system_actor(), learners=120)
    window = make_window(in_language(ctx, "fr", terminal="KIOSK-SB-C1", centre_name=DEMO_CENTRE))
    qtbot.waitUntil(lambda: _settled(window))
    return window


def test_screenshot_of_the_idle_screen(ctx, make_window, qtbot):
    """The French idle screen of the demo centre's clean-room kiosk, as PNG."""
    window = _demo_window(ctx, make_window, qtbot)
    assert window.kiosk.prompt_label.text() == "Scannez votre badge"
    assert len(window.kiosk.session_cards()) == 1
    _save(window, f"kiosk-idle-{ctx.db.dialect}.png")
    if os.environ.get("APTASKIL_UPDATE_SCREENSHOTS") == "1":
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ARTIFACTS / f"kiosk-idle-{ctx.db.dialect}.png", DOCS_SCREENSHOTS / "kiosk-idle.png")


def test_screenshot_of_the_unlock_screen_and_staff_area(ctx, make_window, qtbot):
    """The unlock screen after a wrong PIN, then the staff area of a demo instructor, as PNG."""
    window = _demo_window(ctx, make_window, qtbot)
    qtbot.mouseClick(window.kiosk.staff_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.unlock.login_edit, "evdbossche")
    window.unlock.pin_edit.setText("9999")
    with qtbot.waitSignal(window.unlock.refused):
        qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)
    for digit in "44":
        qtbot.mouseClick(window.unlock.keypad.key(digit), Qt.MouseButton.LeftButton)
    _save(window, f"unlock-{ctx.db.dialect}.png")
    window.unlock.pin_edit.setText("4444")
    with qtbot.waitSignal(window.staff_unlocked):
        qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)
    assert window.staff_area.name_label.text() == "Élodie Van den Bossche-Leclercq"
    _save(window, f"staff-area-{ctx.db.dialect}.png")


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_screenshot_of_an_unregistered_terminal(ctx, make_window, qtbot, language):
    """The registration hint in French and Dutch, as PNG."""
    window = make_window(in_language(ctx, language))
    qtbot.waitUntil(lambda: _settled(window))
    _save(window, f"kiosk-unregistered-{language}-{ctx.db.dialect}.png")
