"""Running units of work: one transaction per call, retried whole on transient conflicts.

Writes pass a gate first (``write_gate``): set by the composition root once the schema is known to
be current, it runs inside each write transaction and raises ``WritesStopped`` while a failed
database check waits for QA (``services/integrity.py``). ``stop_writes`` stops them in this process
alone, for when the incident itself could not be recorded. Only the incident and its resolution are
written past the gate (``run_write(..., gated=False)``).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from aptaskil_desk.db.engine import Engines
from aptaskil_desk.errors import Conflict, DatabaseError, WritesStopped

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Called in every gated write transaction before the work; raises ``WritesStopped`` to refuse it.
WriteGate = Callable[[Session], None]

# PostgreSQL SQLSTATEs worth retrying: serialization failure, deadlock.
_RETRY_SQLSTATES = {"40001", "40P01"}
MAX_ATTEMPTS = 8


def _is_transient(error: sa_exc.DBAPIError) -> bool:
    orig = error.orig
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate in _RETRY_SQLSTATES:
        return True
    message = str(orig).lower()
    return "database is locked" in message or "database is busy" in message


def _conflict(error: sa_exc.IntegrityError) -> Conflict:
    detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    return Conflict("This change conflicts with data already recorded; nothing was saved ({detail}).", detail=detail)


def describe_connection_error(error: sa_exc.DBAPIError) -> DatabaseError:
    """Turn a driver error into a clear message for a person."""
    text = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    lower = text.lower()
    if "database is locked" in lower:
        return DatabaseError(
            "The database is locked by another program and did not free up in time: {detail}", detail=text
        )
    if "unable to open database file" in lower:
        return DatabaseError("Cannot open the SQLite database file: {detail}", detail=text)
    if "connection" in lower or "could not" in lower or "timeout" in lower or "does not exist" in lower:
        return DatabaseError("Cannot reach the database server: {detail}", detail=text)
    return DatabaseError("Database error: {detail}", detail=text)


class Database:
    """Session factories for writes and reads and the retry policy around them."""

    def __init__(self, engines: Engines) -> None:
        self.engines = engines
        self._write = sessionmaker(engines.write, expire_on_commit=False)
        self._read = sessionmaker(engines.read, expire_on_commit=False)
        self.write_gate: WriteGate | None = None
        self._stopped: WritesStopped | None = None

    def stop_writes(self, reason: WritesStopped) -> None:
        """Refuse every gated write of this process with ``reason`` (until the process ends)."""
        self._stopped = reason

    def pass_gate(self, session: Session) -> None:
        """Raise ``WritesStopped`` unless this transaction may write now (for work that starts ungated
        and decides late whether it writes at all: a staff badge at the kiosk records nothing)."""
        if self._stopped is not None:
            raise self._stopped
        if self.write_gate is not None:
            self.write_gate(session)

    @property
    def writes_stopped(self) -> WritesStopped | None:
        """Why this process refuses writes on its own, if it does."""
        return self._stopped

    @property
    def dialect(self) -> str:
        return self.engines.dialect

    def run_write(self, work: Callable[[Session], T], *, gated: bool = True) -> T:
        """Run ``work`` in one write transaction, committing at the end.

        The whole transaction is retried (with jittered back-off) on a PostgreSQL
        serialization failure or deadlock, or SQLite still busy after its timeout. ``work``
        must therefore have no side effects outside the session. A gated write first passes the
        write gate, in the same transaction (see the module docstring).
        """
        if gated and self._stopped is not None:
            raise self._stopped  # before any connection is taken
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                with self._write.begin() as session:
                    if gated:
                        self.pass_gate(session)
                    return work(session)
            except sa_exc.DBAPIError as error:
                if _is_transient(error) and attempt < MAX_ATTEMPTS:
                    delay = min(0.5, 0.01 * 2**attempt) * (0.5 + random.random())
                    log.info("transaction conflict (%s); retry %d in %.3fs", error.orig, attempt, delay)
                    time.sleep(delay)
                    continue
                if isinstance(error, sa_exc.IntegrityError):
                    raise _conflict(error) from error
                raise describe_connection_error(error) from error
        raise AssertionError("unreachable")

    def run_read(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in a read transaction (never blocks writers on SQLite)."""
        try:
            with self._read.begin() as session:
                return work(session)
        except sa_exc.DBAPIError as error:
            raise describe_connection_error(error) from error

    def dispose(self) -> None:
        self.engines.dispose()
