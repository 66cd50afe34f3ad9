"""The kiosk in French, English and Dutch: screenshots, every text in the language, nothing cut.

Screenshots go to ``test-artifacts/kiosk-lang-<language>-{idle,checked-in}-<backend>.png``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from aptaskil_desk.i18n import parse_ts
from aptaskil_desk.resources import resource_path
from aptaskil_desk.ui.kiosk.session_card import SessionCard
from tests.gui.helpers import ARTIFACTS, in_language, seed_centre
from tests.gui.keys import back_to_idle, scan

LANGUAGES = ("fr", "en", "nl")


def _cut(window: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit the room the layout gave them."""
    cut = []
    widgets: list[QLabel | QAbstractButton] = [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
    for widget in widgets:
        if not widget.isVisibleTo(window) or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = f"height {widget.heightForWidth(widget.width())}"
            fits = widget.height() >= widget.heightForWidth(widget.width())
        else:
            hint = widget.sizeHint()
            needed = f"{hint.width()}×{hint.height()}"
            fits = widget.width() >= hint.width() and widget.height() >= hint.height()
        if not fits:
            cut.append(f"{widget.text()!r}: {widget.width()}×{widget.height()}, needs {needed}")
    return cut


def _stale_cards(window) -> list[SessionCard]:
    """Cards shown but no longer the kiosk's (replaced ones wait for their deferred deletion),
    and the kiosk's cards not shown yet (a new child widget is shown by a queued call)."""
    cards = window.kiosk.session_cards()
    shown = [card for card in window.kiosk.findChildren(SessionCard) if card.isVisible()]
    return [card for card in shown if card not in cards] + [card for card in cards if card not in shown]


def _settled_and_fitting(qtbot, window) -> None:
    """Wait for the screen to show what it holds and the layout to give every text its room,
    then insist that it did (a screenshot taken earlier shows the previous language)."""
    on_idle = window.current_page() is window.kiosk
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not (on_idle and _stale_cards(window)) and not _cut(window), timeout=3000)
    assert not (on_idle and _stale_cards(window))
    assert _cut(window) == []


def _visible_texts(window: QWidget) -> set[str]:
    widgets: list[QLabel | QAbstractButton] = [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
    return {w.text() for w in widgets if w.isVisibleTo(window) and w.text()}


def _english_only() -> dict[str, set[str]]:
    """Per language, the English Qt sources that the language says differently (an English
    leftover on its screen would be one of these)."""
    english = parse_ts(resource_path("translations", "ui_en.ts").read_text(encoding="utf-8"))
    result = {}
    for language in ("fr", "nl"):
        own = parse_ts(resource_path("translations", f"ui_{language}.ts").read_text(encoding="utf-8"))
        result[language] = {source for key, source in english.items() if own.get(key, source) != source}
    return result


def _save(window: QWidget, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
    return path


def _badges(ctx) -> list[str]:
    """A badge for each of the three learners on the roster of the session running now."""
    learners = ctx.people.list_learners()
    return [badge.code for badge in ctx.badges.issue(ctx.system_actor(), [p.id for p in learners[:3]])]


def test_the_kiosk_speaks_french_english_and_dutch(ctx, make_window, qtbot):
    """A learner picks each language on the idle screen then scans: every text changes, none is
    left in English, none is cut; the idle screen and the welcome are saved as PNG."""
    seed_centre(ctx)
    codes = _badges(ctx)
    window = make_window(in_language(ctx, "fr"))
    kiosk, result = window.kiosk, window.result_screen
    english_only = _english_only()
    seen: dict[str, dict[str, str]] = {}
    for language, code, at in zip(LANGUAGES, codes, (10_000, 20_000, 30_000), strict=True):
        if window.language != language:
            qtbot.mouseClick(kiosk.languages.button(language), Qt.MouseButton.LeftButton)
        assert window.language == language and kiosk.languages.button(language).isChecked()
        _settled_and_fitting(qtbot, window)
        idle = _visible_texts(window)
        _save(window, f"kiosk-lang-{language}-idle-{ctx.db.dialect}.png")
        texts = {
            "prompt": kiosk.prompt_label.text(),
            "hint": kiosk.prompt_hint.text(),
            "staff": kiosk.staff_button.text(),
            "heading": kiosk.sessions_heading.text(),
            "date": kiosk.clock.date_label.text(),
            "card": kiosk.session_cards()[0].text(),
        }
        assert scan(qtbot, window, code, at).result == "checked_in"
        _settled_and_fitting(qtbot, window)
        answer = _visible_texts(window)
        _save(window, f"kiosk-lang-{language}-checked-in-{ctx.db.dialect}.png")
        texts |= {"headline": result.headline.text(), "time": result.time_label.text()}
        texts |= {"return": result.return_label.text()}
        if language in english_only:
            assert (idle | answer) & english_only[language] == set(), language
        seen[language] = texts
        back_to_idle(qtbot, window)
    for key in seen["fr"]:
        assert len({seen[language][key] for language in LANGUAGES}) == 3, (key, [seen[lang][key] for lang in LANGUAGES])
    assert seen["en"]["prompt"] == "Scan your badge" and seen["en"]["headline"] == "Welcome"
    assert (seen["fr"]["prompt"], seen["nl"]["prompt"]) == ("Scannez votre badge", "Scan uw badge")
