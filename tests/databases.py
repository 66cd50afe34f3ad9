"""Real test databases: a migrated SQLite file or PostgreSQL database per test, from a template.

The schema is migrated once per test run into a template (a file, or a PostgreSQL database
used with ``CREATE DATABASE … TEMPLATE``), then copied for each test: every test starts from
the real migrated schema, with its triggers, without paying for the migration each time.
"""

from __future__ import annotations

import itertools
import os
import shutil
import uuid
from pathlib import Path

import psycopg
from psycopg import sql

from aptaskil_desk.db import migrate
from aptaskil_desk.db.engine import make_engines

#: The server the suite uses; trust auth, database ``test`` exists (see README).
PG_ADMIN_URL = os.environ.get("APTASKIL_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def pg_url_for(database: str) -> str:
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{database}"


def pg_admin() -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)


class SqliteFactory:
    def __init__(self, workdir: Path) -> None:
        self._dir = workdir
        self._template = workdir / "template.db"
        engines = make_engines(f"sqlite:///{self._template}")
        migrate.upgrade(engines.write)
        engines.dispose()  # the last connection to close checkpoints the WAL into the file
        if Path(f"{self._template}-wal").exists():
            raise RuntimeError("SQLite template still has a WAL file after closing")
        self._n = itertools.count(1)

    def new(self) -> str:
        path = self._dir / f"t{next(self._n)}.db"
        shutil.copyfile(self._template, path)
        return f"sqlite:///{path}"

    def new_empty(self) -> str:
        """A URL for a database file that does not exist yet."""
        return f"sqlite:///{self._dir / f'empty{next(self._n)}.db'}"

    def drop(self, url: str) -> None:
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)

    def close(self) -> None:
        pass


class PostgresFactory:
    def __init__(self) -> None:
        self._prefix = f"aptk_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self._template = f"{self._prefix}_tmpl"
        self._n = itertools.count(1)
        with pg_admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self._template)))
        engines = make_engines(pg_url_for(self._template))
        migrate.upgrade(engines.write)
        engines.dispose()

    def new(self) -> str:
        name = f"{self._prefix}_{next(self._n)}"
        with pg_admin() as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(self._template))
            )
        return pg_url_for(name)

    def new_empty(self) -> str:
        """A URL for a new database with no schema at all."""
        name = f"{self._prefix}_{next(self._n)}"
        with pg_admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return pg_url_for(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with pg_admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def close(self) -> None:
        with pg_admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self._template)))
