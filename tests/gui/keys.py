"""Key events with explicit timestamps: a scanner's burst or a person's typing, deterministically.

A keyboard-wedge scanner sends, per character, the key press and release (with Shift around an
upper-case letter), a few milliseconds apart, then Enter. The events go through
``QApplication.sendEvent`` to the widget that has the focus, as the window system would.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from aptaskil_desk.services.scan import ScanResult

#: Scanner speed and human speed, in ms between characters.
SCANNER_MS = 5
HUMAN_MS = 150


def _send(receiver: QWidget, kind: QEvent.Type, key: int, modifiers: Qt.KeyboardModifier, text: str, at: int) -> None:
    event = QKeyEvent(kind, key, modifiers, text)
    event.setTimestamp(at)
    QApplication.sendEvent(receiver, event)


def focus_target(window: QWidget) -> QWidget:
    """Where the window system would deliver a key: the focus widget, else the window itself."""
    focused = QApplication.focusWidget()
    return focused if focused is not None and focused.window() is window.window() else window


def type_keys(receiver: QWidget, text: str, *, start_ms: int, interval_ms: int, enter: bool = True) -> int:
    """Send ``text`` (and Enter) as key events starting at ``start_ms``; returns the next free time."""
    at = start_ms
    none, shift = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier
    for char in text:
        key = ord(char.upper())  # Qt's key codes for Latin-1 characters are their upper-case code points
        if char.isupper():
            _send(receiver, QEvent.Type.KeyPress, Qt.Key.Key_Shift, shift, "", at)
            _send(receiver, QEvent.Type.KeyPress, key, shift, char, at)
            _send(receiver, QEvent.Type.KeyRelease, key, shift, char, at + 1)
            _send(receiver, QEvent.Type.KeyRelease, Qt.Key.Key_Shift, none, "", at + 1)
        else:
            _send(receiver, QEvent.Type.KeyPress, key, none, char, at)
            _send(receiver, QEvent.Type.KeyRelease, key, none, char, at + 1)
        at += interval_ms
    if enter:
        _send(receiver, QEvent.Type.KeyPress, Qt.Key.Key_Return, none, "\r", at)
        _send(receiver, QEvent.Type.KeyRelease, Qt.Key.Key_Return, none, "\r", at + 1)
        at += interval_ms
    return at


def scan(qtbot, window, text: str, start_ms: int) -> ScanResult:
    """Type ``text`` + Enter at scanner speed where the focus is; return the result shown."""
    with qtbot.waitSignal(window.result_screen.result_shown) as shown:
        type_keys(focus_target(window), text, start_ms=start_ms, interval_ms=SCANNER_MS)
    assert window.current_page() is window.result_screen
    result: ScanResult = shown.args[0]
    return result


def back_to_idle(qtbot, window) -> None:
    """Press OK on the result screen."""
    qtbot.mouseClick(window.result_screen.ok_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.kiosk
