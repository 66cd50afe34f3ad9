"""Engine settings: SQLite pragmas read back, BEGIN IMMEDIATE for writes, URL handling."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from aptaskil_desk.db.engine import (
    _sqlite_engine,
    make_engines,
    normalise_url,
    postgres_settings_ok,
    sqlite_settings_wrong,
)
from aptaskil_desk.errors import DatabaseError, InvalidInput


def test_sqlite_connections_carry_the_required_settings(tmp_path: Path) -> None:
    """Every SQLite connection runs WAL, synchronous=FULL, foreign keys on and the busy timeout."""
    engines = make_engines(f"sqlite:///{tmp_path / 'a' / 'x.db'}", busy_timeout_ms=1234)
    for engine in (engines.write, engines.read):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 1234
    engines.dispose()


def test_write_transactions_take_the_write_lock_at_begin(tmp_path: Path) -> None:
    """A write transaction holds SQLite's write lock from BEGIN, even before it writes; reads do not."""
    path = tmp_path / "x.db"
    engines = make_engines(f"sqlite:///{path}", busy_timeout_ms=50)
    other = sqlite3.connect(path, isolation_level=None, timeout=0.05)
    with engines.read.begin() as conn:
        conn.execute(text("SELECT 1"))
        other.execute("BEGIN IMMEDIATE")  # a reader does not block a writer
        other.execute("ROLLBACK")
    with engines.write.begin() as conn:
        conn.execute(text("SELECT 1"))  # read only, yet the lock is already held
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.close()
    engines.dispose()


def test_a_database_that_refuses_wal_is_refused() -> None:
    """SQLite silently keeps 'memory' journaling for an in-memory database: the engine refuses to run."""
    engine = _sqlite_engine(make_url("sqlite+pysqlite://"), 1000, immediate=True)
    with pytest.raises(DatabaseError, match="refused required settings"):
        engine.connect()


def test_settings_comparisons() -> None:
    """The read-back comparison names each wrong setting; PostgreSQL needs fsync and synchronous commit."""
    good = {"journal_mode": "WAL", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5}
    assert sqlite_settings_wrong(good, 5)[0] == {}
    assert sqlite_settings_wrong({**good, "synchronous": 1, "foreign_keys": 0}, 5)[0] == {
        "synchronous": 1,
        "foreign_keys": 0,
    }
    assert postgres_settings_ok("on", "on") and postgres_settings_ok("on", "remote_apply")
    assert not postgres_settings_ok("off", "on") and not postgres_settings_ok("on", "off")


@pytest.mark.parametrize(
    ("raw", "driver"),
    [
        ("postgresql://u@h/db", "postgresql+psycopg"),
        ("postgres://u@h/db", "postgresql+psycopg"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg"),
        ("sqlite:///x.db", "sqlite+pysqlite"),
    ],
)
def test_urls_are_normalised_to_our_drivers(raw: str, driver: str) -> None:
    """Plain PostgreSQL URLs use psycopg 3; SQLite URLs the standard driver."""
    assert normalise_url(raw).drivername == driver


@pytest.mark.parametrize("raw", ["sqlite://", "sqlite:///:memory:", "mysql://u@h/db", "::::"])
def test_unusable_urls_are_refused_with_words(raw: str) -> None:
    """In-memory SQLite, other databases and garbage are refused as input errors."""
    with pytest.raises(InvalidInput):
        normalise_url(raw)
