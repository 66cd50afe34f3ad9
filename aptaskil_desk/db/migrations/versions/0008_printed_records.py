"""Printed records: the verification code of each printout and the hash of exactly what it showed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 22:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "printed_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("part_hashes", sa.Text(), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("printed_by", sa.String(length=120), nullable=False),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_printed_record")),
        sa.UniqueConstraint("code", name=op.f("uq_printed_record_code")),
    )
    with op.batch_alter_table("printed_record", schema=None) as batch_op:
        batch_op.create_index("ix_printed_record_subject", ["kind", "subject"], unique=False)
    for statement in SQLITE_GUARDS if op.get_bind().dialect.name == "sqlite" else POSTGRES_GUARDS:
        op.execute(statement)


# A printed record is evidence of what went on paper: never changed or removed.
SQLITE_GUARDS = [
    f"""CREATE TRIGGER printed_record_no_{op_name.lower()} BEFORE {op_name} ON printed_record
        BEGIN SELECT RAISE(ABORT, 'printed_record is append-only: {op_name} refused'); END"""
    for op_name in ("UPDATE", "DELETE")
]

# record_refuse() comes from revision 0002.
POSTGRES_GUARDS = [
    """CREATE TRIGGER printed_record_append_only BEFORE UPDATE OR DELETE ON printed_record
       FOR EACH ROW EXECUTE FUNCTION record_refuse()""",
    """CREATE TRIGGER printed_record_no_truncate BEFORE TRUNCATE ON printed_record
       FOR EACH STATEMENT EXECUTE FUNCTION record_refuse()""",
]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS printed_record_append_only ON printed_record")
        op.execute("DROP TRIGGER IF EXISTS printed_record_no_truncate ON printed_record")
    with op.batch_alter_table("printed_record", schema=None) as batch_op:
        batch_op.drop_index("ix_printed_record_subject")
    op.drop_table("printed_record")
