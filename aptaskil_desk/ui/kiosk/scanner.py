"""Keyboard-wedge scanner input: tell a scan from a person typing, wherever the focus is.

A USB scanner in keyboard mode types the badge code as a burst of keystrokes a few
milliseconds apart, then Enter. :class:`ScannerInput` is an event filter on the application
that looks at every key press meant for one window (and its dialogs) and decides by the key
events' own timestamps (``QKeyEvent.timestamp()``, never the wall clock):

* **Hold back, then decide.** A printable key press is swallowed and kept, with its receiver,
  in a *burst*. The next press joins the burst when it follows the previous one within
  ``max_gap_ms``; a slower press ends the burst and starts a new one.
* **A scan** is a burst of at least ``min_length`` characters ended by Enter/Return: the
  characters, exactly as received, go out in :attr:`ScannerInput.badge_scanned`; the keys and
  the Enter are swallowed, so nothing lands in a PIN box, a login box or a search box.
* **Typing** is every other burst: a short burst that a slow key, a non-printable key (Tab,
  Backspace…), an Enter or ``settle_ms`` of quiet ends. Its events (presses and releases, in
  their order) are sent again to the very objects they were meant for, so the focused widget
  gets them unchanged; the person sees a key at most ``settle_ms`` late.
* **A half scan** is a long fast burst with no Enter within ``timeout_ms``: it is dropped
  (:attr:`ScannerInput.scan_dropped`), so half a code never lands in a field either.

Events with a zero timestamp carry no timing (Qt's test helpers send such events to widgets;
window systems stamp theirs) and pass untouched, as do modifier keys, auto-repeated keys and
Ctrl/Alt/Meta shortcuts (after the burst before them is settled). Releases of keys that went
into a scan are swallowed too. Application shortcuts that are a single printable key would
still fire on a scanned key (Qt matches shortcuts before key presses are delivered); the
program has none.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


@dataclass
class _Held:
    """One key event held back: a copy (the original dies after delivery) and its receiver."""

    receiver: QObject
    event: QKeyEvent


class ScannerInput(QObject):
    """Application-wide event filter that turns fast key bursts ending in Enter into scans.

    Args:
        window: the window whose keys are watched (its dialogs too); also the parent.
        max_gap_ms: longest pause between two keys of one scan.
        min_length: fewest characters a scan has (badge codes have 18).
        timeout_ms: quiet after which a long fast burst without Enter is dropped.
        settle_ms: quiet after which a short burst is given back as typing.

    Signals:
        badge_scanned(str): emitted after a complete scan, with the characters as received.
        scan_dropped(str): emitted after a scan-like burst ended without Enter, with what was dropped.
    """

    badge_scanned = Signal(str)
    scan_dropped = Signal(str)

    def __init__(
        self,
        window: QWidget,
        *,
        max_gap_ms: int = 30,
        min_length: int = 8,
        timeout_ms: int = 150,
        settle_ms: int = 50,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.timeout_ms = timeout_ms
        self.settle_ms = max(settle_ms, max_gap_ms)
        self._held: list[_Held] = []
        self._chars: list[str] = []
        self._last_press = 0
        # Keys whose press went into a scan (or a dropped one): their releases are swallowed too.
        self._consumed: set[int] = set()
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._quiet)
        self._installed = False
        self.install()

    @property
    def pending(self) -> int:
        """Characters held back, waiting for the decision scan or typing."""
        return len(self._chars)

    def install(self) -> None:
        """Start watching (done by the constructor)."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        """Stop watching; keys held back are given back first."""
        self._give_back()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    # --- the filter -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        # A window-system key event reaches the QWindow first, then the focus widget: decide once,
        # at the widget, which is also where a test's sendEvent() lands.
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget) or not self._watches(watched):
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._release(watched, event)
        return self._press(watched, event)

    def _watches(self, widget: QWidget) -> bool:
        top: QWidget | None = widget.window()
        while top is not None:
            if top is self._window:
                return True
            parent = top.parentWidget()
            top = parent.window() if parent is not None else None
        return False

    def _press(self, watched: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        stamp = event.timestamp()
        text = event.text()
        printable = len(text) == 1 and text.isprintable()
        if key in _ENTER_KEYS and self._chars:
            if self._scan_like() and self._gap(stamp) <= self.timeout_ms:
                self._finish_scan(key)
                return True
            self._give_back()
            return False
        if (
            stamp == 0
            or not printable
            or event.isAutoRepeat()
            or event.modifiers() & _SHORTCUT_MODIFIERS
            or key in _ENTER_KEYS
        ):
            self._settle()
            return False
        if self._chars and self._gap(stamp) > self.max_gap_ms:
            self._settle()
        self._consumed.discard(key)
        self._held.append(_Held(watched, QKeyEvent(event)))
        self._chars.append(text)
        self._last_press = stamp
        self._timer.start(self.timeout_ms if self._scan_like() else self.settle_ms)
        return True

    def _release(self, watched: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        if self._held:
            # Kept in order with the presses: a button must see its press before its release.
            self._held.append(_Held(watched, QKeyEvent(event)))
            return True
        if key in self._consumed:
            self._consumed.discard(key)
            return True
        return False

    # --- decisions --------------------------------------------------------------------------

    def _gap(self, stamp: int) -> int:
        gap = stamp - self._last_press
        # A clock that went backwards (wrapped, or a synthetic event) proves nothing fast.
        return gap if gap >= 0 else self.timeout_ms + 1

    def _scan_like(self) -> bool:
        return len(self._chars) >= self.min_length

    def _quiet(self) -> None:
        self._settle()

    def _settle(self) -> None:
        """End the burst held back: a long one is a half scan (dropped), a short one typing."""
        if not self._chars:
            return
        if self._scan_like():
            text = self._take()
            log.info("dropped a half scan of %d characters (no Enter within %d ms)", len(text), self.timeout_ms)
            self.scan_dropped.emit(text)
        else:
            self._give_back()

    def _finish_scan(self, enter_key: int) -> None:
        text = self._take()
        self._consumed.add(enter_key)
        log.info("scan of %d characters received", len(text))
        self.badge_scanned.emit(text)

    def _take(self) -> str:
        """Forget the burst; the keys still down will have their releases swallowed."""
        self._timer.stop()
        text = "".join(self._chars)
        down: set[int] = set()
        for held in self._held:
            if held.event.type() == QEvent.Type.KeyPress:
                down.add(held.event.key())
            else:
                down.discard(held.event.key())
        self._consumed |= down
        self._held.clear()
        self._chars.clear()
        return text

    def _give_back(self) -> None:
        """Deliver the burst held back, as typing, to the objects it was meant for."""
        self._timer.stop()
        held, self._held = self._held, []
        self._chars.clear()
        self._replaying = True
        try:
            for item in held:
                if shiboken6.isValid(item.receiver):
                    QCoreApplication.sendEvent(item.receiver, item.event)
        finally:
            self._replaying = False
