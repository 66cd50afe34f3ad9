"""Alembic environment: always run from the application on a connection it passes in."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

from aptaskil_desk.db import models  # noqa: F401  (registers every table on Base.metadata)
from aptaskil_desk.db.base import Base, UTCDateTime


def _render_item(kind: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Write the application's column types as plain SQLAlchemy types in migration files."""
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through 'aptaskil-desk db upgrade', which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    render_item=_render_item,
)
with context.begin_transaction():
    context.run_migrations()
