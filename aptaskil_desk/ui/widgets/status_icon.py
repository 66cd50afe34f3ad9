"""Large status symbols drawn with QPainter, so that they need no font or image file."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class Symbol(StrEnum):
    CHECK = "check"  # checked in
    EXIT = "exit"  # checked out: an arrow leaving through a door
    CLOCK = "clock"  # already recorded
    CROSS = "cross"  # refused
    WARNING = "warning"  # the scan could not be recorded
    STOP = "stop"  # an equipment use ended: a square, as on a player's stop button


class StatusIcon(QWidget):
    """A circle with a symbol inside, in one colour, square and as large as ``size``.

    Signals: none.
    """

    def __init__(self, size: int = 160, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._symbol = Symbol.CHECK
        self._colour = QColor("#000000")
        self.setFixedSize(QSize(size, size))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @property
    def symbol(self) -> Symbol:
        return self._symbol

    def set_symbol(self, symbol: Symbol, colour: str = "#000000") -> None:
        self._symbol = symbol
        self._colour = QColor(colour)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        stroke = side * 0.08
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._colour, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        # Everything below is drawn in a 100 × 100 box scaled to the widget.
        painter.translate((self.width() - side) / 2, (self.height() - side) / 2)
        painter.scale(side / 100, side / 100)
        pen.setWidthF(8)
        painter.setPen(pen)
        painter.drawEllipse(QRectF(6, 6, 88, 88))
        path = QPainterPath()
        if self._symbol is Symbol.CHECK:
            path.moveTo(29, 51)
            path.lineTo(44, 66)
            path.lineTo(72, 36)
        elif self._symbol is Symbol.CROSS:
            path.moveTo(34, 34)
            path.lineTo(66, 66)
            path.moveTo(66, 34)
            path.lineTo(34, 66)
        elif self._symbol is Symbol.CLOCK:
            path.moveTo(50, 24)
            path.lineTo(50, 52)
            path.lineTo(68, 62)
        elif self._symbol is Symbol.EXIT:
            path.moveTo(46, 28)  # the door frame, open on the right
            path.lineTo(30, 28)
            path.lineTo(30, 72)
            path.lineTo(46, 72)
            path.moveTo(42, 50)  # the arrow going out
            path.lineTo(74, 50)
            path.moveTo(62, 38)
            path.lineTo(74, 50)
            path.lineTo(62, 62)
        elif self._symbol is Symbol.STOP:
            path.addRect(QRectF(36, 36, 28, 28))
        else:  # WARNING: an exclamation mark
            path.moveTo(50, 26)
            path.lineTo(50, 56)
            painter.drawPoint(QPointF(50, 72))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.end()
