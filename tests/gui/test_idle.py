"""The idle watcher: input restarts the countdown; silence lets it run out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from aptaskil_desk.ui.idle import IdleWatcher


def test_input_restarts_the_countdown_and_silence_ends_it(qtbot):
    """A key press restarts the countdown; without input it times out once and stops watching."""
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher()
    watcher.start(600)
    qtbot.waitUntil(lambda: 0 <= watcher.remaining_ms < 400)
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert watcher.remaining_ms > 450
    with qtbot.waitSignal(watcher.timed_out, timeout=3000):
        pass
    assert not watcher.active and watcher.remaining_ms == -1
    watcher.stop()
