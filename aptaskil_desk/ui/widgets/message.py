"""A message line that says in words what happened; its colour only repeats the words."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from aptaskil_desk.ui.widgets.labels import restyle


class MessageKind(StrEnum):
    INFO = "info"
    BUSY = "busy"
    ERROR = "error"


# A symbol in front of the words, so the kind reads without colour (and on a grey screen).
_SYMBOLS = {MessageKind.INFO: "ℹ", MessageKind.BUSY: "⏳", MessageKind.ERROR: "⚠"}


class MessageBanner(QLabel):
    """One message at a time: information, work in progress or an error, or nothing.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("kind", "banner")
        self.setProperty("level", "")
        self._plain = ""
        self.hide()

    @property
    def message(self) -> str:
        """The words shown (without the symbol); empty when nothing is shown."""
        return self._plain

    @property
    def level(self) -> MessageKind | None:
        value = self.property("level")
        return MessageKind(value) if value else None

    def show_message(self, kind: MessageKind, text: str) -> None:
        self._plain = text
        self.setText(f"{_SYMBOLS[kind]}  {text}")
        self.setProperty("level", kind.value)
        # Screen readers announce the new text; the accessible name carries the words only.
        self.setAccessibleName(text)
        restyle(self)
        self.show()

    def clear_message(self) -> None:
        self._plain = ""
        self.setProperty("level", "")
        self.clear()
        self.hide()
