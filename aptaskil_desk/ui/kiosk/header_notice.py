"""A notice laid over the kiosk's header (centre, room, clock): the sessions and "scan your badge"
stay in sight under it. Used after a crash (``ui/application.py``) and while recording is stopped by
an integrity incident (``ui/kiosk/integrity_notice.py``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QWidget

from aptaskil_desk.ui.widgets.message import MessageBanner


class HeaderNotice(MessageBanner):
    """A banner that keeps itself over the header of ``window``'s kiosk screen, whatever its size.

    Signals: none.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._window = window
        window.installEventFilter(self)

    def place(self) -> None:
        """Over the whole header, centred, 40 px from each side."""
        window = self._window
        kiosk = window.kiosk  # type: ignore[attr-defined]  # the main window (no import: it imports us)
        header = max(w.mapTo(window, QPoint(0, w.height())).y() for w in (kiosk.clock, kiosk.place_label))
        self.setFixedWidth(max(window.width() - 80, 200))
        self.setMinimumHeight(max(header - 16, 0))
        self.adjustSize()
        self.move((window.width() - self.width()) // 2, 16)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return super().eventFilter(watched, event)
