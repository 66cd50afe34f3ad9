"""Engines with the settings GMP records need, checked after connecting.

SQLite: WAL, ``synchronous=FULL``, foreign keys, a busy timeout, and every write transaction
opened with ``BEGIN IMMEDIATE`` (a deferred BEGIN that reads then writes fails at once with
"database is locked" under concurrency). Read-only work uses a second engine that opens
deferred transactions so that readers never queue behind writers.

PostgreSQL (psycopg 3): ``fsync`` and ``synchronous_commit`` must be on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from aptaskil_desk.errors import DatabaseError, InvalidInput

log = logging.getLogger(__name__)


def normalise_url(raw: str) -> URL:
    """Parse a database URL; plain ``postgresql://`` and ``postgres://`` use psycopg 3."""
    if raw.startswith("postgres://"):
        raw = "postgresql://" + raw[len("postgres://") :]
    try:
        url = make_url(raw)
    except ArgumentError:
        raise InvalidInput(
            "Not a database URL: {url!r}. Use sqlite:///path/to/file.db or postgresql://user@host:5432/database.",
            url=raw,
        ) from None
    if url.drivername in ("postgresql", "postgresql+psycopg"):
        return url.set(drivername="postgresql+psycopg")
    if url.drivername in ("sqlite", "sqlite+pysqlite"):
        if not url.database or url.database == ":memory:":
            raise InvalidInput("An in-memory SQLite database cannot be shared; give a file path.")
        return url.set(drivername="sqlite+pysqlite")
    raise InvalidInput("Unsupported database {driver!r}: use SQLite or PostgreSQL.", driver=url.drivername)


@dataclass(frozen=True)
class Engines:
    """The engine for writes and the one for reads.

    SQLite: two engines on one file (writes begin IMMEDIATE, reads deferred). PostgreSQL: one pool;
    reads run at REPEATABLE READ so that each read transaction sees a single snapshot.
    """

    write: Engine
    read: Engine

    @property
    def dialect(self) -> str:
        return self.write.dialect.name

    def dispose(self) -> None:
        self.write.dispose()
        self.read.dispose()  # on PostgreSQL the same pool: disposing twice is harmless


def sqlite_settings_wrong(found: dict[str, Any], busy_timeout_ms: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """Compare the settings SQLite reports with the ones we need; returns (wrong, wanted)."""
    wanted: dict[str, Any] = {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": busy_timeout_ms,
    }
    wrong = {
        key: value
        for key, value in found.items()
        if (str(value).lower() if key == "journal_mode" else value) != wanted[key]
    }
    return wrong, wanted


def postgres_settings_ok(fsync: str, synchronous_commit: str) -> bool:
    """Acknowledged commits survive a crash only with fsync on and a synchronous commit level."""
    return fsync == "on" and synchronous_commit in ("on", "remote_write", "remote_apply")


def _sqlite_engine(url: URL, busy_timeout_ms: int, immediate: bool) -> Engine:
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # We issue BEGIN ourselves (the stdlib driver's implicit BEGIN is deferred).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
            # SQLite ignores pragmas it does not know and can refuse WAL (e.g. on some network
            # file systems): read every setting back rather than trust it.
            found = {
                "journal_mode": cur.execute("PRAGMA journal_mode").fetchone()[0],
                "synchronous": cur.execute("PRAGMA synchronous").fetchone()[0],
                "foreign_keys": cur.execute("PRAGMA foreign_keys").fetchone()[0],
                "busy_timeout": cur.execute("PRAGMA busy_timeout").fetchone()[0],
            }
        finally:
            cur.close()
        wrong, wanted = sqlite_settings_wrong(found, busy_timeout_ms)
        if wrong:
            raise DatabaseError(
                "SQLite refused required settings {wrong} (wanted {wanted}); refusing to run.",
                wrong=wrong,
                wanted=wanted,
            )

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


#: Seconds a PostgreSQL connection attempt may take (a server gone from the network otherwise holds a
#: kiosk for the operating system's TCP timeout, minutes). ``?connect_timeout=N`` in the URL wins.
CONNECT_TIMEOUT_S = 10


def _postgres_engine(url: URL) -> Engine:
    connect_args = {} if "connect_timeout" in url.query else {"connect_timeout": CONNECT_TIMEOUT_S}
    engine = create_engine(url, pool_pre_ping=True, pool_size=4, max_overflow=4, connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute("SHOW fsync")
            fsync = cur.fetchone()[0]
            cur.execute("SHOW synchronous_commit")
            sync = cur.fetchone()[0]
            cur.execute("SET TIME ZONE 'UTC'")
        dbapi_conn.commit()
        if not postgres_settings_ok(fsync, sync):
            raise DatabaseError(
                "PostgreSQL server runs with fsync={fsync} and synchronous_commit={sync}: "
                "acknowledged records could be lost in a crash. Turn both on.",
                fsync=fsync,
                sync=sync,
            )

    return engine


def make_engines(raw_url: str, busy_timeout_ms: int = 30_000) -> Engines:
    """Build the engines for a URL (no connection is made yet)."""
    url = normalise_url(raw_url)
    if url.get_backend_name() == "sqlite":
        assert url.database is not None
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        return Engines(
            write=_sqlite_engine(url, busy_timeout_ms, immediate=True),
            read=_sqlite_engine(url, busy_timeout_ms, immediate=False),
        )
    engine = _postgres_engine(url)
    # Reads see one snapshot for their whole transaction (READ COMMITTED would let a report or
    # the chain verifier mix rows from before and after another terminal's commit). Read-only
    # REPEATABLE READ transactions never fail to serialise, so reads need no retry.
    return Engines(write=engine, read=engine.execution_options(isolation_level="REPEATABLE READ"))
