"""The one source of time (ARCHITECTURE rule 6): timezone-aware UTC instants.

Stored timestamps are UTC; screens and paper show Europe/Brussels (see :func:`local`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

CENTRE_TZ = ZoneInfo("Europe/Brussels")


class Clock(Protocol):
    """Anything that tells the trusted current time."""

    def now(self) -> datetime:
        """Return the current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The machine's own clock (SQLite deployments: the terminal is the only clock)."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that only moves when told to; for tests and deterministic demos."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware start")
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._now += delta

    def set(self, instant: datetime) -> None:
        with self._lock:
            self._now = instant.astimezone(UTC)


class ServerClock:
    """Trusted time from the database server (PostgreSQL deployments).

    Asking the server on every call would add a round trip to each write, so the offset
    between the server's clock and this process's monotonic clock is measured once and
    re-measured every ``resync`` seconds. A terminal whose own clock is wrong still stamps
    the server's time.
    """

    def __init__(self, fetch_server_time: Callable[[], datetime], resync: float = 300.0) -> None:
        self._fetch = fetch_server_time
        self._resync = resync
        self._lock = threading.Lock()
        self._base: datetime | None = None
        self._base_mono = 0.0

    def _sync(self) -> None:
        before = time.monotonic()
        server = self._fetch().astimezone(UTC)
        after = time.monotonic()
        # Assume the server read its clock half-way through the round trip.
        self._base = server
        self._base_mono = (before + after) / 2

    def now(self) -> datetime:
        with self._lock:
            mono = time.monotonic()
            if self._base is None or mono - self._base_mono > self._resync:
                self._sync()
                mono = time.monotonic()
            assert self._base is not None
            return self._base + timedelta(seconds=mono - self._base_mono)


def local(instant: datetime) -> datetime:
    """Show an instant in the centre's time zone (Europe/Brussels)."""
    return instant.astimezone(CENTRE_TZ)
