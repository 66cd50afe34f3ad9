"""Notices when nobody has touched the terminal for a while (staff sessions lock when idle)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

# Only a person's input proves presence; paint, timer and focus events do not.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


class IdleWatcher(QObject):
    """An application-wide event filter with a countdown that any input restarts.

    Signals:
        timed_out: emitted once when the countdown ran out with no input; the watcher then stops.
    """

    timed_out = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._filtering = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def remaining_ms(self) -> int:
        """Milliseconds left before :attr:`timed_out`, or -1 when not watching."""
        return self._timer.remainingTime()

    def start(self, timeout_ms: int) -> None:
        """Start (or restart) watching with this timeout."""
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.start()
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def stop(self) -> None:
        """Stop watching (the kiosk idle screen needs no countdown)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def poke(self) -> None:
        """Count as input (tests, or activity the event filter cannot see)."""
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def _expire(self) -> None:
        self.stop()
        self.timed_out.emit()
