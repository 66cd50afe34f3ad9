"""run_gui, the entry point of ``aptaskil-desk kiosk``: opens the window and returns when it closes."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from aptaskil_desk.ui.application import run_gui
from aptaskil_desk.ui.main_window import MainWindow


def test_run_gui_shows_the_kiosk_and_returns_zero_when_closed(ctx, qapp, qtbot):
    """The kiosk window opens (windowed, 1280×800) and run_gui returns 0 once it is closed."""
    seen: list[MainWindow] = []

    def close_when_ready() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].kiosk.overview is not None:
            seen.append(windows[0])
            windows[0].close()
        else:
            QTimer.singleShot(20, close_when_ready)

    QTimer.singleShot(0, close_when_ready)
    assert run_gui(ctx, windowed=True) == 0
    assert len(seen) == 1
    assert (seen[0].width(), seen[0].height()) == (1280, 800)
    assert seen[0].kiosk.overview is not None and seen[0].kiosk.overview.terminal == "TEST-TERM-1"
    seen[0].deleteLater()
