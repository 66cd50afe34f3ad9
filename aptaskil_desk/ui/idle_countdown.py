"""The visible countdown before the staff idle lock: "Locking in 27 s — touch the screen to stay".

It covers the window, dimmed, during the watcher's warning (the last ``LOCK_COUNTDOWN_MS`` before
the lock) and goes as soon as anyone touches the screen or presses a key: the warning ends and
the idle countdown starts over. A touch that cancels lands on the cover, never on a button
underneath. The seconds are read from the watcher itself, so the words never disagree with it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QProgressBar, QVBoxLayout, QWidget

from aptaskil_desk.ui.idle import IdleWatcher
from aptaskil_desk.ui.widgets.labels import styled_label

#: How long before the staff idle lock the countdown shows.
LOCK_COUNTDOWN_MS = 30_000
#: How often the seconds are redrawn.
TICK_MS = 200

_OWN_STYLE = """
QFrame#lockCountdown { background-color: rgba(5, 10, 16, 200); }
QFrame#lockCountdownPanel {
    background-color: #1b2836; border: 4px solid #ffd43b; border-radius: 18px;
}
QLabel[kind="countdownText"] { font-size: 48px; font-weight: bold; color: #ffd43b; }
QProgressBar#lockCountdownBar {
    min-height: 28px; max-height: 28px; border: 2px solid #ffffff; border-radius: 8px; background-color: #0f1720;
}
QProgressBar#lockCountdownBar::chunk { background-color: #ffd43b; border-radius: 6px; }
"""


class Cover(QFrame):
    """A frame that covers its parent whole, following its size (also the base of the exit dialog
    and the database notice, which cover the window the same way).

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        if parent is not None:
            parent.installEventFilter(self)
            self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and parent is not None and watched is parent:
            self.setGeometry(parent.rect())
        return False


def countdown_ms(idle_lock_ms: int, wanted_ms: int = LOCK_COUNTDOWN_MS) -> int:
    """The warning time for an idle lock: ``wanted_ms``, or half of a lock shorter than twice that."""
    return wanted_ms if idle_lock_ms >= 2 * wanted_ms else idle_lock_ms // 2


class IdleCountdown(Cover):
    """A dimming cover with the seconds left before the lock and a bar that drains.

    Args:
        watcher: the window's idle watcher; the cover follows its warning signals.

    Signals: none (it follows the watcher's).
    """

    def __init__(self, watcher: IdleWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockCountdown")
        self.setStyleSheet(_OWN_STYLE)
        self._watcher = watcher
        self._total_ms = 1
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._render)

        panel = QFrame(self)
        panel.setObjectName("lockCountdownPanel")
        self.text_label = styled_label("countdownText", "", panel)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label = styled_label("hint", self.tr("The staff area locks when nobody touches the terminal."), panel)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar(panel)
        self.bar.setObjectName("lockCountdownBar")
        self.bar.setTextVisible(False)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(48, 36, 48, 36)
        inner.setSpacing(24)
        inner.addWidget(self.text_label)
        inner.addWidget(self.bar)
        inner.addWidget(self.hint_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 0, 120, 0)
        layout.addStretch(1)
        layout.addWidget(panel)
        layout.addStretch(1)

        watcher.warning_started.connect(self._begin)
        watcher.warning_ended.connect(self._end)
        self.hide()

    @property
    def seconds_left(self) -> int:
        """Whole seconds before the lock, rounded up (what the words say); 0 when not counting."""
        remaining = self._watcher.remaining_ms
        return 0 if remaining < 0 else (remaining + 999) // 1000

    def retranslate(self) -> None:
        """Say it again in the language now installed."""
        self.hint_label.setText(self.tr("The staff area locks when nobody touches the terminal."))
        if self.isVisible():
            self._render()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The watcher already saw the touch and ended the warning; the cover keeps it for itself.
        event.accept()

    def _begin(self) -> None:
        self._total_ms = max(1, self._watcher.remaining_ms)
        self.bar.setRange(0, self._total_ms)
        self._render()
        self.show()
        self._tick.start()

    def _end(self) -> None:
        self._tick.stop()
        self.hide()

    def _render(self) -> None:
        text = self.tr("Locking in {seconds} s — touch the screen to stay").format(seconds=self.seconds_left)
        self.text_label.setText(text)
        self.text_label.setAccessibleName(text)
        self.bar.setValue(max(0, self._watcher.remaining_ms))
