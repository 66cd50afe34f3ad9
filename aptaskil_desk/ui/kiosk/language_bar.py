"""FR / EN / NL buttons that let a learner read the kiosk in their language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

#: Each language named in itself, never translated: a learner looks for their own language.
LANGUAGES = (("fr", "FR", "Français"), ("en", "EN", "English"), ("nl", "NL", "Nederlands"))


class LanguageBar(QWidget):
    """Three touch buttons; the language on screen is the one shown pressed.

    Signals:
        language_chosen(str): emitted when a learner pressed a button, with its language code.
    """

    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for code, label, name in LANGUAGES:
            button = QPushButton(label, self)
            button.setProperty("kind", "language")
            button.setCheckable(True)
            button.setToolTip(name)
            button.setAccessibleName(name)
            # Never focused: a scanner's keys or a space bar must not press a language button.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self._group.addButton(button)
            self._buttons[code] = button
            layout.addWidget(button)
        self.set_language(language)

    def button(self, language: str) -> QPushButton:
        """The button of a language (tests, screenshots)."""
        return self._buttons[language]

    def set_language(self, language: str) -> None:
        """Show ``language`` as the one on screen."""
        button = self._buttons.get(language)
        if button is not None:
            button.setChecked(True)
