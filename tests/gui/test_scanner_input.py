"""The keyboard-wedge filter on its own: what it gives back as typing, what it keeps as a scan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.ui.kiosk.scanner import ScannerInput
from tests.gui.keys import HUMAN_MS, SCANNER_MS, type_keys

CODE = "B60SK4CTN6NV3EE1T2"


class _Releases(QObject):
    """Counts the releases of character keys a widget receives (Shift passes on purpose)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent) and event.text():
            self.count += 1
        return False


class _Form(QWidget):
    """A window with a text field and a button, watched by a scanner filter."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit(self)
        self.button = QPushButton("Go", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.scanner = ScannerInput(self)
        self.scans: list[str] = []
        self.scanner.badge_scanned.connect(self.scans.append)


@pytest.fixture
def form(qtbot):
    """The form, shown, with the focus in its text field."""
    window = _Form()
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    window.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.edit)
    yield window
    window.scanner.remove()


def test_typing_reaches_the_field_in_order_and_enter_after_it(form, qtbot):
    """Two quick keys (a fast typist's roll), a slow one, then Enter: all land, Enter last."""
    texts_at_enter: list[str] = []
    form.edit.returnPressed.connect(lambda: texts_at_enter.append(form.edit.text()))
    at = type_keys(form.edit, "ab", start_ms=1000, interval_ms=20, enter=False)
    type_keys(form.edit, "c", start_ms=at + HUMAN_MS, interval_ms=HUMAN_MS)
    qtbot.waitUntil(lambda: texts_at_enter == ["abc"])
    assert form.scans == []


def test_a_scan_is_kept_whole_even_its_key_releases(form, qtbot):
    """A fast burst of 18 characters and Enter is one scan; the field sees no press and no release."""
    releases = _Releases()
    form.edit.installEventFilter(releases)
    type_keys(form.edit, CODE, start_ms=1000, interval_ms=SCANNER_MS)
    assert form.scans == [CODE]
    assert form.edit.text() == "" and releases.count == 0 and form.scanner.pending == 0


def test_space_on_a_focused_button_still_clicks_it_once(form, qtbot):
    """A held-back press is given back with its release in order, so a button is clicked, not stuck."""
    clicks: list[str] = []
    form.button.clicked.connect(lambda: clicks.append("clicked"))
    form.button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.button)
    type_keys(form.button, " ", start_ms=1000, interval_ms=HUMAN_MS, enter=False)
    qtbot.waitUntil(lambda: clicks == ["clicked"])
    assert not form.button.isDown()


def test_events_without_timestamps_and_shortcuts_pass_at_once(form, qtbot):
    """Zero-timestamp events (Qt's test helpers), Ctrl shortcuts and auto-repeat are never held back."""
    qtbot.keyClicks(form.edit, "slambert")  # QTest sends timestamp 0: no timing, so no decision
    assert form.edit.text() == "slambert" and form.scanner.pending == 0
    select_all = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, "\x01")
    select_all.setTimestamp(5000)
    QApplication.sendEvent(form.edit, select_all)
    assert form.edit.selectedText() == "slambert"
    repeated = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x", True)
    repeated.setTimestamp(5010)
    QApplication.sendEvent(form.edit, repeated)
    assert form.edit.text() == "x" and form.scans == []


def test_dialogs_of_the_window_are_watched_other_windows_are_not(form, qtbot):
    """A scan into a dialog of the window is caught; a burst into an unrelated window is left alone."""
    dialog = QDialog(form)
    dialog_edit = QLineEdit(dialog)
    other = QLineEdit()
    qtbot.addWidget(other)
    type_keys(dialog_edit, CODE, start_ms=1000, interval_ms=SCANNER_MS)
    assert form.scans == [CODE] and dialog_edit.text() == ""
    type_keys(other, CODE, start_ms=5000, interval_ms=SCANNER_MS)
    assert other.text() == CODE and form.scans == [CODE]


def test_a_short_fast_burst_ended_by_enter_is_typing(form, qtbot):
    """Fewer than ``min_length`` fast keys and Enter are given back, Enter included, in order."""
    texts_at_enter: list[str] = []
    form.edit.returnPressed.connect(lambda: texts_at_enter.append(form.edit.text()))
    type_keys(form.edit, "1234", start_ms=1000, interval_ms=SCANNER_MS)
    assert texts_at_enter == ["1234"] and form.scans == []
