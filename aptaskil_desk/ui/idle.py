"""Notices when nobody has touched the terminal for a while (staff sessions lock when idle), and
keeps a staff member's unsaved work over that lock.

Rules:
1. Only a person's input proves presence (keys, mouse, touch, tablet); paint, timer and focus
   events do not. Any input restarts the countdown from the start.
2. Started with a warning time, the watcher says so that long before it runs out
   (``warning_started``): the window shows a countdown. Input during the warning ends it
   (``warning_ended``) and the countdown starts over.
3. Drafts: a staff page may implement :class:`Draftable`. Before the staff area locks, the window
   asks the page at the front for its draft; it is handed back to that page when the **same**
   login unlocks next, never to anyone else. Drafts live in memory only (one per person, the
   latest): closing the program forgets them, which is fine for minutes-long interruptions.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from aptaskil_desk.ui.staff.area import StaffArea

log = logging.getLogger(__name__)

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
        warning_started: emitted when only the warning time is left (started with ``warn_ms``).
        warning_ended: emitted when a warning ended: input came, the watcher stopped or timed out.
    """

    timed_out = Signal()
    warning_started = Signal()
    warning_ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._warn_timer = QTimer(self)
        self._warn_timer.setSingleShot(True)
        self._warn_timer.timeout.connect(self._warn)
        for timer in (self._timer, self._warn_timer):
            # Coarse timers may fire 5 % early or late: the countdown on screen must not disagree.
            timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._warns = False
        self._warning = False
        self._filtering = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def warning(self) -> bool:
        """True between ``warning_started`` and ``warning_ended``."""
        return self._warning

    @property
    def remaining_ms(self) -> int:
        """Milliseconds left before :attr:`timed_out`, or -1 when not watching."""
        return self._timer.remainingTime()

    def start(self, timeout_ms: int, warn_ms: int = 0) -> None:
        """Start (or restart) watching with this timeout; ``warn_ms`` > 0: warn that long before."""
        timeout_ms = max(1, timeout_ms)
        self._timer.setInterval(timeout_ms)
        self._warns = 0 < warn_ms < timeout_ms
        if self._warns:
            self._warn_timer.setInterval(timeout_ms - warn_ms)
        self._restart()
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def stop(self) -> None:
        """Stop watching (the kiosk idle screen needs no countdown)."""
        self._timer.stop()
        self._warn_timer.stop()
        self._end_warning()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def poke(self) -> None:
        """Count as input (tests, or activity the event filter cannot see)."""
        if self._timer.isActive():
            self._restart()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._restart()
        return False

    def _restart(self) -> None:
        self._timer.start()
        if self._warns:
            self._warn_timer.start()
        else:
            self._warn_timer.stop()
        self._end_warning()

    def _warn(self) -> None:
        if self._timer.isActive() and not self._warning:
            self._warning = True
            self.warning_started.emit()

    def _end_warning(self) -> None:
        if self._warning:
            self._warning = False
            self.warning_ended.emit()

    def _expire(self) -> None:
        self.stop()
        self.timed_out.emit()


@runtime_checkable
class Draftable(Protocol):
    """A staff page whose unsaved work survives a lock (rule 3)."""

    def draft(self) -> dict[str, Any] | None:
        """What is typed or captured and not recorded yet; ``None`` when there is nothing."""

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Put a draft back; called just after the same person unlocked (``set_staff`` done)."""


def _draftable(page: object) -> Draftable | None:
    # Typed as object: the pages are widgets that implement the protocol besides.
    return page if isinstance(page, Draftable) else None


@dataclass(frozen=True)
class Draft:
    """Unsaved work of one person on one staff page."""

    login: str
    page: str
    content: dict[str, Any]


class StaffDrafts:
    """The drafts kept over staff locks, one per login, in memory (rule 3)."""

    def __init__(self) -> None:
        self._kept: dict[str, Draft] = {}

    def keep(self, area: StaffArea) -> Draft | None:
        """Ask the page at the front of the area for its draft and keep it for the person signed in."""
        staff, key = area.staff, area.current_key()
        if staff is None or key is None:
            return None
        page = _draftable(area.page(key))
        try:
            content = page.draft() if page is not None else None
        except Exception:
            # The lock must happen whatever a page's draft does: the work is lost, not the lock.
            log.exception("staff page %s could not give its draft; locking without it", key)
            return None
        if not content:
            return None
        draft = self._kept[staff.login] = Draft(staff.login, key, content)
        log.info("draft of staff page %s kept for %s", key, staff.login)
        return draft

    def restore(self, area: StaffArea) -> Draft | None:
        """Hand the draft of the person now signed in back to its page, brought to the front."""
        staff = area.staff
        draft = self._kept.pop(staff.login, None) if staff is not None else None
        if draft is None:
            return None
        page = _draftable(area.page(draft.page))
        # A page the person may no longer open (a role revoked meanwhile) gets nothing.
        if page is None or not area.show_page(draft.page):
            return None
        try:
            page.restore_draft(draft.content)
        except Exception:
            log.exception("staff page %s could not take its draft back", draft.page)
            return None
        log.info("draft of staff page %s handed back to %s", draft.page, draft.login)
        return draft

    def kept_for(self, login: str) -> Draft | None:
        """The draft waiting for a login, if any."""
        return self._kept.get(login)
