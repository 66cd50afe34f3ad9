"""Integrity incidents: a failed database check, and QA's resolution of it, both kept for ever.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 02:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_TABLES = ("integrity_incident", "integrity_resolution")


def upgrade() -> None:
    op.create_table(
        "integrity_incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.Column("raised_by", sa.String(length=120), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_integrity_incident")),
    )
    with op.batch_alter_table("integrity_incident", schema=None) as batch_op:
        batch_op.create_index("ix_integrity_incident_fingerprint", ["fingerprint"], unique=False)
    op.create_table(
        "integrity_resolution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_by_id", sa.Integer(), nullable=False),
        sa.Column("resolved_by", sa.String(length=120), nullable=False),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["integrity_incident.id"],
            name=op.f("fk_integrity_resolution_incident_id_integrity_incident"),
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"], ["person.id"], name=op.f("fk_integrity_resolution_resolved_by_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_integrity_resolution")),
        sa.UniqueConstraint("incident_id", name=op.f("uq_integrity_resolution_incident_id")),
    )
    for statement in SQLITE_GUARDS if op.get_bind().dialect.name == "sqlite" else POSTGRES_GUARDS:
        op.execute(statement)


# Both are evidence of what the check found and who let the terminals record again: never changed.
SQLITE_GUARDS = [
    f"""CREATE TRIGGER {table}_no_{op_name.lower()} BEFORE {op_name} ON {table}
        BEGIN SELECT RAISE(ABORT, '{table} is append-only: {op_name} refused'); END"""
    for table in _TABLES
    for op_name in ("UPDATE", "DELETE")
]

# record_refuse() comes from revision 0002.
POSTGRES_GUARDS = [
    statement
    for table in _TABLES
    for statement in (
        f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION record_refuse()""",
        f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION record_refuse()""",
    )
]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    op.drop_table("integrity_resolution")
    with op.batch_alter_table("integrity_incident", schema=None) as batch_op:
        batch_op.drop_index("ix_integrity_incident_fingerprint")
    op.drop_table("integrity_incident")
