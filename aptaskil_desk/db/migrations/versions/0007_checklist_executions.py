"""Checklist executions and their events (values, deviations, closures, signatures), attachments.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 22:35:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_attachment",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_checklist_attachment")),
    )
    op.create_table(
        "checklist_execution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=16), nullable=False),
        sa.Column("training", sa.Boolean(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_by_id", sa.Integer(), nullable=False),
        sa.Column("started_by", sa.String(length=120), nullable=False),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "phase IN ('IQ', 'OQ', 'PQ', 'routine', 'exercise')", name=op.f("ck_checklist_execution_phase")
        ),
        sa.CheckConstraint("trainee_id IS NULL OR training", name=op.f("ck_checklist_execution_trainee")),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_template.id"],
            name=op.f("fk_checklist_execution_template_id_checklist_template"),
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_checklist_execution_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"], ["person.id"], name=op.f("fk_checklist_execution_started_by_id_person")
        ),
        sa.ForeignKeyConstraint(["trainee_id"], ["person.id"], name=op.f("fk_checklist_execution_trainee_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_execution")),
        sa.UniqueConstraint("record_uuid", name=op.f("uq_checklist_execution_record_uuid")),
    )
    with op.batch_alter_table("checklist_execution", schema=None) as batch_op:
        batch_op.create_index("ix_checklist_execution_equipment", ["equipment_id", "started_at"], unique=False)
    op.create_table(
        "checklist_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("execution_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("step_id", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("impact", sa.Text(), nullable=True),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("meaning", sa.String(length=16), nullable=True),
        sa.Column("hash", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=False),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "kind IN ('value', 'deviation', 'closure', 'signature')", name=op.f("ck_checklist_event_kind")
        ),
        sa.CheckConstraint("seq >= 1", name=op.f("ck_checklist_event_seq")),
        sa.ForeignKeyConstraint(
            ["execution_id"],
            ["checklist_execution.id"],
            name=op.f("fk_checklist_event_execution_id_checklist_execution"),
        ),
        sa.ForeignKeyConstraint(["by_id"], ["person.id"], name=op.f("fk_checklist_event_by_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_event")),
        sa.UniqueConstraint("execution_id", "seq", name=op.f("uq_checklist_event_execution_id_seq")),
    )
    for statement in SQLITE_GUARDS if op.get_bind().dialect.name == "sqlite" else POSTGRES_GUARDS:
        op.execute(statement)


# Executions, their events and attachments are records: never changed or removed.
RECORDS = ("checklist_attachment", "checklist_execution", "checklist_event")

SQLITE_GUARDS = [
    f"""CREATE TRIGGER {table}_no_{op_name.lower()} BEFORE {op_name} ON {table}
        BEGIN SELECT RAISE(ABORT, '{table} is append-only: {op_name} refused'); END"""
    for table in RECORDS
    for op_name in ("UPDATE", "DELETE")
]

# record_refuse() comes from revision 0002.
POSTGRES_GUARDS = [
    *(
        f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION record_refuse()"""
        for table in RECORDS
    ),
    *(
        f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION record_refuse()"""
        for table in RECORDS
    ),
]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in RECORDS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    op.drop_table("checklist_event")
    with op.batch_alter_table("checklist_execution", schema=None) as batch_op:
        batch_op.drop_index("ix_checklist_execution_equipment")
    op.drop_table("checklist_execution")
    op.drop_table("checklist_attachment")
