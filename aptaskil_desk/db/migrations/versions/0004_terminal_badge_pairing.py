"""The last learner badge per terminal, to pair it with an equipment QR scanned just after.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 18:03:08.188992
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "terminal_badge",
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["attendance_event.id"], name=op.f("fk_terminal_badge_event_id_attendance_event")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_terminal_badge_person_id_person")),
        sa.PrimaryKeyConstraint("terminal", name=op.f("pk_terminal_badge")),
    )


def downgrade() -> None:
    op.drop_table("terminal_badge")
