"""GUI fixtures: a window factory whose windows close before the database does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from aptaskil_desk.app import AppContext
from aptaskil_desk.ui.main_window import MainWindow
from aptaskil_desk.ui.sound import SoundPlayer


@pytest.fixture
def make_window(ctx: AppContext, qtbot: Any) -> Iterator[Callable[..., MainWindow]]:
    """Build, show and (at teardown) close main windows; shown at the kiosk's 1280×800, muted."""
    windows: list[MainWindow] = []

    def build(context: AppContext | None = None, *, wait_for_overview: bool = True, **options: Any) -> MainWindow:
        options.setdefault("sounds", SoundPlayer(muted=True))
        window = MainWindow(context or ctx, **options)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1280, 800)
        with qtbot.waitExposed(window):
            window.show()
        if not wait_for_overview:
            return window
        # The first overview and clock reading arrive from the background; wait for both.
        qtbot.waitUntil(lambda: window.kiosk.overview is not None and window.kiosk.clock.shown is not None)
        return window

    yield build
    # Depending on ``ctx`` makes this run before the database closes: background work ends first.
    for window in windows:
        window.close()
