"""Shared fixtures: every database test runs on SQLite and on PostgreSQL.

With ``CI=true`` a PostgreSQL test that cannot reach the server FAILS; elsewhere it is skipped
with the reason, so that a laptop without PostgreSQL can still run the SQLite half.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from aptaskil_desk.app import AppContext, build_context
from aptaskil_desk.clock import FixedClock
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.settings import Settings, load_settings
from tests.databases import PG_ADMIN_URL, PostgresFactory, SqliteFactory

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the suite away from the real user's settings, data and logs (platformdirs reads these).
_ISOLATED = Path(tempfile.mkdtemp(prefix="aptaskil-test-home-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_ISOLATED / _var.lower())
for _var in ("APTASKIL_DB", "APTASKIL_TERMINAL", "APTASKIL_LANG"):
    os.environ.pop(_var, None)

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

#: A Wednesday morning in Brussels (CET, UTC+1): 2026-11-25 09:15 local.
T0 = datetime(2026, 11, 25, 8, 15, tzinfo=UTC)

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def sqlite_factory(tmp_path_factory: pytest.TempPathFactory) -> SqliteFactory:
    return SqliteFactory(tmp_path_factory.mktemp("sqlite"))


@pytest.fixture(scope="session")
def postgres_factory() -> Iterator[PostgresFactory]:
    try:
        factory = PostgresFactory()
    except Exception as error:  # connection refused, auth, missing server...
        message = f"PostgreSQL at {PG_ADMIN_URL} is not usable: {error}"
        if IN_CI:
            pytest.fail(message + " (CI=true: PostgreSQL tests must run)", pytrace=False)
        pytest.skip(message)
    yield factory
    factory.close()


def _factory(request: pytest.FixtureRequest, backend: str) -> SqliteFactory | PostgresFactory:
    name = "sqlite_factory" if backend == "sqlite" else "postgres_factory"
    factory: SqliteFactory | PostgresFactory = request.getfixturevalue(name)
    return factory


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL of a database with no schema yet, on each backend in turn."""
    factory = _factory(request, request.param)
    url = factory.new_empty()
    yield url
    factory.drop(url)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, migrated database URL, on each backend in turn."""
    factory = _factory(request, request.param)
    url = factory.new()
    yield url
    factory.drop(url)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return load_settings(
        env={},
        database=db_url,
        terminal="TEST-TERM-1",
        language="en",
        log_dir=str(tmp_path / "logs"),
    )


@pytest.fixture
def ctx(settings: Settings, clock: FixedClock) -> Iterator[AppContext]:
    """The whole application on a fresh database, with a fixed clock and cheap Argon2id."""
    context = build_context(settings, clock=clock, hasher=fast_hasher())
    yield context
    context.close()
