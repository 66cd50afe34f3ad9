"""Imported checklist template versions (append-only; QA's approval is set once, later).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 09:40:12.118604
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("phase", sa.String(length=16), nullable=False),
        sa.Column("equipment_type", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(length=120), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("approved_by", sa.String(length=120), nullable=True),
        sa.CheckConstraint(
            "phase IN ('IQ', 'OQ', 'PQ', 'routine', 'exercise')", name=op.f("ck_checklist_template_phase")
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_checklist_template_version")),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["checklist_template.id"],
            name=op.f("fk_checklist_template_supersedes_id_checklist_template"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template")),
        sa.UniqueConstraint("code", "version", name=op.f("uq_checklist_template_code_version")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_checklist_template_content_hash")),
        sa.UniqueConstraint("supersedes_id", name=op.f("uq_checklist_template_supersedes_id")),
    )
    for statement in SQLITE_GUARDS if op.get_bind().dialect.name == "sqlite" else POSTGRES_GUARDS:
        op.execute(statement)


# Every column but the approval is fixed at import; the approval goes from empty to complete, once.
_FIXED = (
    "id", "code", "version", "title", "phase", "equipment_type", "content_hash", "source", "imported_at",
    "imported_by", "supersedes_id",
)  # fmt: skip

SQLITE_GUARDS = [
    """CREATE TRIGGER checklist_template_no_delete BEFORE DELETE ON checklist_template
       BEGIN SELECT RAISE(ABORT, 'checklist_template is append-only: DELETE refused'); END""",
    f"""CREATE TRIGGER checklist_template_approve_only BEFORE UPDATE ON checklist_template
        WHEN OLD.approved_at IS NOT NULL OR OLD.approved_by IS NOT NULL
          OR NEW.approved_at IS NULL OR NEW.approved_by IS NULL
          OR {" OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _FIXED)}
        BEGIN SELECT RAISE(ABORT, 'a checklist template can only be approved, once'); END""",
]

# record_refuse() comes from revision 0002.
POSTGRES_GUARDS = [
    f"""CREATE FUNCTION checklist_template_approve_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD.approved_at IS NOT NULL OR OLD.approved_by IS NOT NULL
             OR NEW.approved_at IS NULL OR NEW.approved_by IS NULL
             OR {" OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in _FIXED)} THEN
            RAISE EXCEPTION 'a checklist template can only be approved, once';
          END IF;
          RETURN NEW;
        END $$""",
    """CREATE TRIGGER checklist_template_no_delete BEFORE DELETE ON checklist_template
       FOR EACH ROW EXECUTE FUNCTION record_refuse()""",
    """CREATE TRIGGER checklist_template_no_truncate BEFORE TRUNCATE ON checklist_template
       FOR EACH STATEMENT EXECUTE FUNCTION record_refuse()""",
    """CREATE TRIGGER checklist_template_approve_only BEFORE UPDATE ON checklist_template
       FOR EACH ROW EXECUTE FUNCTION checklist_template_approve_only()""",
]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for trigger in ("no_delete", "no_truncate", "approve_only"):
            op.execute(f"DROP TRIGGER IF EXISTS checklist_template_{trigger} ON checklist_template")
        op.execute("DROP FUNCTION IF EXISTS checklist_template_approve_only()")
    op.drop_table("checklist_template")
