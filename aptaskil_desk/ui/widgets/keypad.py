"""An on-screen numeric keypad for PIN entry on a touch screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

_DIGIT_ROWS = ("123", "456", "789")


class NumericKeypad(QWidget):
    """Twelve large keys: digits, erase one, clear all. Keys never take the keyboard focus.

    Signals:
        digit_pressed(str): emitted when a digit key was pressed, with that digit.
        backspace_pressed: emitted when the erase key was pressed.
        clear_pressed: emitted when the clear key was pressed.
    """

    digit_pressed = Signal(str)
    backspace_pressed = Signal()
    clear_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keypad")
        grid = QGridLayout(self)
        grid.setSpacing(12)
        grid.setContentsMargins(0, 0, 0, 0)
        self._keys: dict[str, QPushButton] = {}
        for row, digits in enumerate(_DIGIT_ROWS):
            for column, digit in enumerate(digits):
                grid.addWidget(self._digit_key(digit), row, column)
        clear = self._key(self.tr("Clear"), "clear")
        clear.setProperty("kind", "keypadWord")
        clear.setAccessibleName(self.tr("Clear the PIN"))
        clear.clicked.connect(self.clear_pressed)
        grid.addWidget(clear, 3, 0)
        grid.addWidget(self._digit_key("0"), 3, 1)
        erase = self._key("⌫", "erase")
        erase.setAccessibleName(self.tr("Erase the last digit"))
        erase.setToolTip(self.tr("Erase the last digit"))
        erase.clicked.connect(self.backspace_pressed)
        grid.addWidget(erase, 3, 2)
        for line in range(3):
            # Equal columns whatever the key texts: a wider "Clear" must not shift the digits.
            grid.setColumnStretch(line, 1)
            grid.setColumnMinimumWidth(line, 96)

    def key(self, name: str) -> QPushButton:
        """The key for a digit, or ``"clear"`` / ``"erase"`` (tests press them)."""
        return self._keys[name]

    def _digit_key(self, digit: str) -> QPushButton:
        button = self._key(digit, digit)
        button.clicked.connect(lambda: self.digit_pressed.emit(digit))
        return button

    def _key(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setProperty("kind", "keypad")
        # The PIN field keeps the focus, so a physical keyboard works alongside the keypad.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRepeat(name == "erase")
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        button.setMinimumSize(96, 72)
        self._keys[name] = button
        return button
