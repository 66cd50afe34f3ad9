"""Badges, attendance events and refused scans (append-only, guarded by triggers).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 17:24:43.220983
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "badge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=18), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=120), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.String(length=120), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_badge_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_badge")),
        sa.UniqueConstraint("code", name=op.f("uq_badge_code")),
    )
    with op.batch_alter_table("badge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_badge_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            "uq_badge_active_person",
            ["person_id"],
            unique=True,
            sqlite_where=sa.text("revoked_at IS NULL"),
            postgresql_where=sa.text("revoked_at IS NULL"),
        )

    op.create_table(
        "attendance_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_uuid", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.Column("badge_id", sa.Integer(), nullable=True),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("flags", sa.String(length=200), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        sa.CheckConstraint("kind IN ('in', 'out', 'void')", name=op.f("ck_attendance_event_kind")),
        sa.CheckConstraint("source IN ('scan', 'correction')", name=op.f("ck_attendance_event_source")),
        sa.ForeignKeyConstraint(["badge_id"], ["badge.id"], name=op.f("fk_attendance_event_badge_id_badge")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_attendance_event_person_id_person")),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_attendance_event_room_id_room")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["course_session.id"], name=op.f("fk_attendance_event_session_id_course_session")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["attendance_event.id"], name=op.f("fk_attendance_event_supersedes_id_attendance_event")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_event")),
        sa.UniqueConstraint("event_uuid", name=op.f("uq_attendance_event_event_uuid")),
        sa.UniqueConstraint("supersedes_id", name=op.f("uq_attendance_event_supersedes_id")),
    )
    with op.batch_alter_table("attendance_event", schema=None) as batch_op:
        batch_op.create_index("ix_attendance_event_person_at", ["person_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_event_session_id"), ["session_id"], unique=False)

    op.create_table(
        "scan_refusal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_uuid", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.Column("received", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("badge_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["badge_id"], ["badge.id"], name=op.f("fk_scan_refusal_badge_id_badge")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_scan_refusal_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scan_refusal")),
        sa.UniqueConstraint("event_uuid", name=op.f("uq_scan_refusal_event_uuid")),
    )

    for statement in SQLITE_GUARDS if op.get_bind().dialect.name == "sqlite" else POSTGRES_GUARDS:
        op.execute(statement)


# Attendance events and refused scans are records: never changed, never removed (corrections are
# new rows). A badge row may change once, when it is revoked, and never be removed.
SQLITE_GUARDS = [
    *(
        f"""CREATE TRIGGER {table}_no_{op_name.lower()} BEFORE {op_name} ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only: {op_name} refused'); END"""
        for table in ("attendance_event", "scan_refusal")
        for op_name in ("UPDATE", "DELETE")
    ),
    """CREATE TRIGGER badge_no_delete BEFORE DELETE ON badge
       BEGIN SELECT RAISE(ABORT, 'badge is a record: DELETE refused'); END""",
    """CREATE TRIGGER badge_revoke_only BEFORE UPDATE ON badge
       WHEN OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL OR NEW.code != OLD.code
         OR NEW.person_id != OLD.person_id OR NEW.issued_at != OLD.issued_at OR NEW.issued_by != OLD.issued_by
       BEGIN SELECT RAISE(ABORT, 'a badge can only be revoked, once'); END""",
]

POSTGRES_GUARDS = [
    """CREATE FUNCTION record_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP; END $$""",
    """CREATE FUNCTION badge_revoke_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL OR NEW.code <> OLD.code
            OR NEW.person_id <> OLD.person_id OR NEW.issued_at <> OLD.issued_at
            OR NEW.issued_by <> OLD.issued_by THEN
           RAISE EXCEPTION 'a badge can only be revoked, once';
         END IF;
         RETURN NEW;
       END $$""",
    *(
        f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION record_refuse()"""
        for table in ("attendance_event", "scan_refusal")
    ),
    *(
        f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION record_refuse()"""
        for table in ("attendance_event", "scan_refusal", "badge")
    ),
    """CREATE TRIGGER badge_no_delete BEFORE DELETE ON badge FOR EACH ROW EXECUTE FUNCTION record_refuse()""",
    """CREATE TRIGGER badge_revoke_only BEFORE UPDATE ON badge FOR EACH ROW EXECUTE FUNCTION badge_revoke_only()""",
]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("attendance_event", "scan_refusal"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        for table in ("attendance_event", "scan_refusal", "badge"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP TRIGGER IF EXISTS badge_no_delete ON badge")
        op.execute("DROP TRIGGER IF EXISTS badge_revoke_only ON badge")
        op.execute("DROP FUNCTION IF EXISTS record_refuse()")
        op.execute("DROP FUNCTION IF EXISTS badge_revoke_only()")
    op.drop_table("scan_refusal")
    with op.batch_alter_table("attendance_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_event_session_id"))
        batch_op.drop_index("ix_attendance_event_person_at")

    op.drop_table("attendance_event")
    with op.batch_alter_table("badge", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_badge_active_person",
            sqlite_where=sa.text("revoked_at IS NULL"),
            postgresql_where=sa.text("revoked_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_badge_person_id"))

    op.drop_table("badge")
