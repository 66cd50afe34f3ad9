"""Labels whose look comes from the stylesheet, selected by a ``kind`` property."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def styled_label(kind: str, text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label the stylesheet sizes and colours through ``QLabel[kind="..."]``."""
    label = QLabel(text, parent)
    label.setProperty("kind", kind)
    label.setWordWrap(wrap)
    # Plain text: names and course titles come from the database and must never be read as HTML.
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def restyle(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property the selectors use has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
