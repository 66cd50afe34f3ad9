"""Migrations run forward and back on both databases, and the models match the migrated schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from aptaskil_desk.db import migrate
from aptaskil_desk.db.base import Base
from aptaskil_desk.db.engine import make_engines


def test_upgrade_downgrade_upgrade(empty_db_url: str) -> None:
    """head → base → head leaves a database at head, with nothing left over on the way down."""
    engines = make_engines(empty_db_url)
    try:
        migrate.upgrade(engines.write)
        assert migrate.is_current(engines.write)
        from alembic import command

        cfg = migrate.alembic_config()
        with engines.write.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert migrate.current_revision(engines.write) is None
        migrate.upgrade(engines.write)
        assert migrate.is_current(engines.write)
    finally:
        engines.dispose()


def test_models_match_the_migrations(db_url: str) -> None:
    """Autogenerate finds no difference between the ORM models and the migrated schema."""
    engines = make_engines(db_url)
    try:
        with engines.write.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": False})
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        engines.dispose()
