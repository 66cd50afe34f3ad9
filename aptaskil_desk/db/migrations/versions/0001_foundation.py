"""Foundation: people, staff accounts and roles, rooms, terminals, courses, sessions, audit trail.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 16:35:18.632466
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=120), nullable=False),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("old_values", sa.Text(), nullable=True),
        sa.Column("new_values", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("seq", name=op.f("uq_audit_log_seq")),
    )
    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("family", sa.String(length=32), nullable=False),
        sa.CheckConstraint(
            "family IN ('production_operator', 'qc_lab_technician', 'electro_instrumentation', 'qualification_validation')",
            name=op.f("ck_course_family"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
        sa.UniqueConstraint("code", name=op.f("uq_course_code")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_name", sa.String(length=120), nullable=False),
        sa.Column("given_name", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=True),
        sa.Column("employer", sa.String(length=200), nullable=True),
        sa.Column("external_ref", sa.String(length=64), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "category IS NULL OR category IN ('job_seeker', 'worker', 'student', 'teacher')",
            name=op.f("ck_person_category"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("external_ref", name=op.f("uq_person_external_ref")),
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "kind IN ('clean_room', 'laboratory', 'workshop', 'classroom', 'technical_area')",
            name=op.f("ck_room_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
        sa.UniqueConstraint("code", name=op.f("uq_room_code")),
    )
    op.create_table(
        "course_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("instructor_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["course_id"], ["course.id"], name=op.f("fk_course_session_course_id_course")),
        sa.ForeignKeyConstraint(["instructor_id"], ["person.id"], name=op.f("fk_course_session_instructor_id_person")),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_course_session_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_session")),
        sa.UniqueConstraint("code", name=op.f("uq_course_session_code")),
    )
    with op.batch_alter_table("course_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_course_session_course_id"), ["course_id"], unique=False)

    op.create_table(
        "staff_account",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("pin_hash", sa.String(length=255), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_staff_account_person_id_person")),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_staff_account")),
        sa.UniqueConstraint("login", name=op.f("uq_staff_account_login")),
    )
    op.create_table(
        "staff_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("role IN ('technician', 'instructor', 'qa', 'admin')", name=op.f("ck_staff_role_role")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_staff_role_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_role")),
    )
    with op.batch_alter_table("staff_role", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_role_person_id"), ["person_id"], unique=False)

    op.create_table(
        "terminal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_terminal_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terminal")),
        sa.UniqueConstraint("name", name=op.f("uq_terminal_name")),
    )
    op.create_table(
        "roster_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_roster_entry_person_id_person")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["course_session.id"], name=op.f("fk_roster_entry_session_id_course_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_entry")),
        sa.UniqueConstraint("session_id", "person_id", name=op.f("uq_roster_entry_session_id_person_id")),
    )
    with op.batch_alter_table("roster_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_entry_person_id"), ["person_id"], unique=False)

    op.create_table(
        "session_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_session_slot_order")),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_session_slot_room_id_room")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["course_session.id"], name=op.f("fk_session_slot_session_id_course_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_slot")),
    )
    with op.batch_alter_table("session_slot", schema=None) as batch_op:
        batch_op.create_index("ix_session_slot_room_time", ["room_id", "starts_at", "ends_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_slot_session_id"), ["session_id"], unique=False)

    genesis = "0" * 64
    op.execute(sa.text("INSERT INTO audit_head (id, seq, row_hash) VALUES (1, 0, :g)").bindparams(g=genesis))
    create_audit_guards()


# The audit trail is append-only: the database itself refuses UPDATE, DELETE (and on
# PostgreSQL TRUNCATE) on it, whatever the program or role does. The head row may only move
# forward by exactly one row at a time, in step with an insert.
SQLITE_GUARDS = [
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit trail is append-only: UPDATE refused'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit trail is append-only: DELETE refused'); END""",
    """CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
       WHEN NEW.seq != OLD.seq + 1
         OR NEW.row_hash != (SELECT row_hash FROM audit_log WHERE seq = NEW.seq)
       BEGIN SELECT RAISE(ABORT, 'audit head may only follow the trail'); END""",
    """CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
       BEGIN SELECT RAISE(ABORT, 'audit head cannot be deleted'); END""",
]

POSTGRES_GUARDS = [
    """CREATE FUNCTION audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit trail is append-only: % refused', TG_OP; END $$""",
    """CREATE FUNCTION audit_head_follow() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.seq <> OLD.seq + 1 OR NEW.row_hash IS DISTINCT FROM
            (SELECT row_hash FROM audit_log WHERE seq = NEW.seq) THEN
           RAISE EXCEPTION 'audit head may only follow the trail';
         END IF;
         RETURN NEW;
       END $$""",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION audit_refuse()""",
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
       FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse()""",
    """CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
       FOR EACH ROW EXECUTE FUNCTION audit_head_follow()""",
    """CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
       FOR EACH ROW EXECUTE FUNCTION audit_refuse()""",
    """CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
       FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse()""",
    # Privileges too: no role but the owner may change the trail. (A superuser bypasses
    # privileges, not triggers; terminals should connect as an ordinary role.)
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC",
    "REVOKE DELETE, TRUNCATE ON audit_head FROM PUBLIC",
]


def create_audit_guards() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_GUARDS if dialect == "sqlite" else POSTGRES_GUARDS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_head_forward_only ON audit_head")
        op.execute("DROP TRIGGER IF EXISTS audit_head_no_delete ON audit_head")
        op.execute("DROP TRIGGER IF EXISTS audit_head_no_truncate ON audit_head")
        op.execute("DROP FUNCTION IF EXISTS audit_refuse()")
        op.execute("DROP FUNCTION IF EXISTS audit_head_follow()")

    with op.batch_alter_table("session_slot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_slot_session_id"))
        batch_op.drop_index("ix_session_slot_room_time")

    op.drop_table("session_slot")
    with op.batch_alter_table("roster_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_entry_person_id"))

    op.drop_table("roster_entry")
    op.drop_table("terminal")
    with op.batch_alter_table("staff_role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_role_person_id"))

    op.drop_table("staff_role")
    op.drop_table("staff_account")
    with op.batch_alter_table("course_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_session_course_id"))

    op.drop_table("course_session")
    op.drop_table("room")
    op.drop_table("person")
    op.drop_table("course")
    op.drop_table("audit_log")
    op.drop_table("audit_head")
