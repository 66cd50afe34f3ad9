"""Screenshots of the real screens, saved as PNG in test-artifacts/ for people to look at.

``APTASKIL_UPDATE_SCREENSHOTS=1`` also refreshes ``docs/screenshots/kiosk-idle.png`` and
``kiosk-checked-in.png`` (README).
"""

from __future__ import annotations

import os
import shutil
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from aptaskil_desk.db.models import CourseSession, RosterEntry
from tests.gui.helpers import ARTIFACTS, DOCS_SCREENSHOTS, in_language
from tests.gui.keys import back_to_idle, scan

DEMO_CENTRE = "Centre de compétences — Biopharma"


def _settled(window):
    """True once the clock's labels got the room their text needs (the layout ran after the update)."""
    clock = window.kiosk.clock
    return all(label.width() >= label.sizeHint().width() for label in (clock.time_label, clock.date_label))


def _laid_out(window) -> bool:
    """True once the result screen's wrapped labels got the height their new text needs."""
    screen = window.result_screen
    labels = (screen.headline, screen.subline, screen.name_label, screen.session_label)
    return all(label.height() >= label.heightForWidth(label.width()) for label in labels if label.isVisible())


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
    _publish(f"kiosk-idle-{ctx.db.dialect}.png", "kiosk-idle.png")


def _publish(artifact: str, name: str) -> None:
    if os.environ.get("APTASKIL_UPDATE_SCREENSHOTS") == "1":
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ARTIFACTS / artifact, DOCS_SCREENSHOTS / name)


def _enrolled_badge(ctx, session_code: str) -> tuple[str, int]:
    """A new badge for the first learner on the roster of a session: (code, person id)."""
    person_id = ctx.db.run_read(
        lambda s: s.execute(
            select(RosterEntry.person_id)
            .join(CourseSession, RosterEntry.session_id == CourseSession.id)
            .where(CourseSession.code == session_code)
            .order_by(RosterEntry.person_id)
            .limit(1)
        ).scalar_one()
    )
    return ctx.badges.issue(ctx.system_actor(), [person_id])[0].code, person_id


def test_screenshots_of_the_scan_results(ctx, clock, make_window, qtbot):
    """The French answers to a demo learner's scans: check-in, already, check-out, then a revoked badge."""
    window = _demo_window(ctx, make_window, qtbot)
    code, person_id = _enrolled_badge(ctx, window.kiosk.session_cards()[0].slot.session_code)
    dialect = ctx.db.dialect
    assert scan(qtbot, window, code, 10_000).result == "checked_in"
    assert window.result_screen.headline.text() == "Bienvenue"
    qtbot.waitUntil(lambda: _laid_out(window))
    _save(window, f"kiosk-checked-in-{dialect}.png")
    _publish(f"kiosk-checked-in-{dialect}.png", "kiosk-checked-in.png")
    back_to_idle(qtbot, window)
    clock.advance(timedelta(seconds=40))
    assert scan(qtbot, window, code, 20_000).result == "already"
    qtbot.waitUntil(lambda: _laid_out(window))
    _save(window, f"kiosk-already-{dialect}.png")
    back_to_idle(qtbot, window)
    clock.advance(timedelta(hours=2, minutes=50))
    assert scan(qtbot, window, code, 30_000).result == "checked_out"
    qtbot.waitUntil(lambda: _laid_out(window))
    _save(window, f"kiosk-checked-out-{dialect}.png")
    back_to_idle(qtbot, window)
    ctx.badges.issue(ctx.system_actor(), [person_id], reissue=True, reason="badge perdu")
    assert scan(qtbot, window, code, 40_000).result == "refused"
    assert window.result_screen.subline.text() == "Badge révoqué : passez à l'accueil"
    qtbot.waitUntil(lambda: _laid_out(window))
    _save(window, f"kiosk-refused-{dialect}.png")


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
