"""A learner withdrawn from a session stays on its roster, marked withdrawn with who, when and why.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("roster_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_by", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_reason", sa.Text(), nullable=True))
        batch_op.create_check_constraint(
            "withdrawal",
            "withdrawn_at IS NULL OR (withdrawn_by IS NOT NULL AND withdrawn_reason IS NOT NULL)",
        )


def downgrade() -> None:
    with op.batch_alter_table("roster_entry", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_roster_entry_withdrawal"), type_="check")
        batch_op.drop_column("withdrawn_reason")
        batch_op.drop_column("withdrawn_by")
        batch_op.drop_column("withdrawn_at")
