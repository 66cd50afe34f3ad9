"""Equipment register, logbooks, authorisations and overrides (records guarded by triggers).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 17:58:49.601107
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "equipment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label_code", sa.String(length=18), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("equipment_type", sa.String(length=64), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("manufacturer", sa.String(length=120), nullable=True),
        sa.Column("model", sa.String(length=120), nullable=True),
        sa.Column("serial_number", sa.String(length=120), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("calibration_interval_days", sa.Integer(), nullable=True),
        sa.Column("calibration_due", sa.Date(), nullable=True),
        sa.Column("required_phases", sa.String(length=16), nullable=False),
        sa.Column("qualified_phases", sa.String(length=16), nullable=False),
        sa.Column("requires_authorisation", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('available', 'in_use', 'cleaning', 'maintenance', 'out_of_service', 'quarantine')",
            name=op.f("ck_equipment_status"),
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_equipment_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment")),
        sa.UniqueConstraint("code", name=op.f("uq_equipment_code")),
        sa.UniqueConstraint("label_code", name=op.f("uq_equipment_label_code")),
    )
    op.create_table(
        "equipment_authorisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("granted_by", sa.String(length=120), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revoked_by", sa.String(length=120), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_equipment_authorisation_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_equipment_authorisation_person_id_person")),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["equipment_authorisation.id"],
            name=op.f("fk_equipment_authorisation_supersedes_id_equipment_authorisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment_authorisation")),
        sa.UniqueConstraint("supersedes_id", name=op.f("uq_equipment_authorisation_supersedes_id")),
    )
    with op.batch_alter_table("equipment_authorisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_equipment_authorisation_equipment_id"), ["equipment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_equipment_authorisation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "equipment_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("signed_by_id", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reasons_overridden", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_equipment_override_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_equipment_override_person_id_person")),
        sa.ForeignKeyConstraint(
            ["signed_by_id"], ["person.id"], name=op.f("fk_equipment_override_signed_by_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment_override")),
    )
    op.create_table(
        "logbook_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("closes_id", sa.Integer(), nullable=True),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("override_id", sa.Integer(), nullable=True),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        sa.CheckConstraint(
            "kind IN ('use', 'use_end', 'cleaning', 'maintenance', 'calibration', 'incident', 'status_change', 'qualification')",
            name=op.f("ck_logbook_entry_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["closes_id"], ["logbook_entry.id"], name=op.f("fk_logbook_entry_closes_id_logbook_entry")
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_logbook_entry_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(
            ["override_id"], ["equipment_override.id"], name=op.f("fk_logbook_entry_override_id_equipment_override")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_logbook_entry_person_id_person")),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["logbook_entry.id"], name=op.f("fk_logbook_entry_supersedes_id_logbook_entry")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_logbook_entry")),
        sa.UniqueConstraint("closes_id", name=op.f("uq_logbook_entry_closes_id")),
        sa.UniqueConstraint("supersedes_id", name=op.f("uq_logbook_entry_supersedes_id")),
    )
    with op.batch_alter_table("logbook_entry", schema=None) as batch_op:
        batch_op.create_index("ix_logbook_entry_equipment_at", ["equipment_id", "at"], unique=False)

    for statement in SQLITE_GUARDS if op.get_bind().dialect.name == "sqlite" else POSTGRES_GUARDS:
        op.execute(statement)


# Logbook entries and overrides are records: never changed or removed (a correction supersedes).
# An authorisation row may change once, when it is revoked.
SQLITE_GUARDS = [
    *(
        f"""CREATE TRIGGER {table}_no_{op_name.lower()} BEFORE {op_name} ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only: {op_name} refused'); END"""
        for table in ("logbook_entry", "equipment_override")
        for op_name in ("UPDATE", "DELETE")
    ),
    """CREATE TRIGGER equipment_no_delete BEFORE DELETE ON equipment
       BEGIN SELECT RAISE(ABORT, 'equipment is a record: DELETE refused'); END""",
    """CREATE TRIGGER equipment_authorisation_no_delete BEFORE DELETE ON equipment_authorisation
       BEGIN SELECT RAISE(ABORT, 'equipment_authorisation is a record: DELETE refused'); END""",
    """CREATE TRIGGER equipment_authorisation_revoke_only BEFORE UPDATE ON equipment_authorisation
       WHEN OLD.revoked_on IS NOT NULL OR NEW.revoked_on IS NULL OR NEW.person_id != OLD.person_id
         OR NEW.equipment_id != OLD.equipment_id OR NEW.granted_on != OLD.granted_on
         OR NEW.expires_on IS NOT OLD.expires_on OR NEW.granted_by != OLD.granted_by
       BEGIN SELECT RAISE(ABORT, 'an authorisation can only be revoked, once'); END""",
]

POSTGRES_GUARDS = [
    """CREATE FUNCTION authorisation_revoke_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF OLD.revoked_on IS NOT NULL OR NEW.revoked_on IS NULL OR NEW.person_id <> OLD.person_id
            OR NEW.equipment_id <> OLD.equipment_id OR NEW.granted_on <> OLD.granted_on
            OR NEW.expires_on IS DISTINCT FROM OLD.expires_on OR NEW.granted_by <> OLD.granted_by THEN
           RAISE EXCEPTION 'an authorisation can only be revoked, once';
         END IF;
         RETURN NEW;
       END $$""",
    *(
        f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION record_refuse()"""
        for table in ("logbook_entry", "equipment_override")
    ),
    *(
        f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION record_refuse()"""
        for table in ("logbook_entry", "equipment_override", "equipment", "equipment_authorisation")
    ),
    """CREATE TRIGGER equipment_no_delete BEFORE DELETE ON equipment FOR EACH ROW EXECUTE FUNCTION record_refuse()""",
    """CREATE TRIGGER equipment_authorisation_no_delete BEFORE DELETE ON equipment_authorisation
       FOR EACH ROW EXECUTE FUNCTION record_refuse()""",
    """CREATE TRIGGER equipment_authorisation_revoke_only BEFORE UPDATE ON equipment_authorisation
       FOR EACH ROW EXECUTE FUNCTION authorisation_revoke_only()""",
]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("logbook_entry", "equipment_override"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        for table in ("logbook_entry", "equipment_override", "equipment", "equipment_authorisation"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP TRIGGER IF EXISTS equipment_no_delete ON equipment")
        op.execute("DROP TRIGGER IF EXISTS equipment_authorisation_no_delete ON equipment_authorisation")
        op.execute("DROP TRIGGER IF EXISTS equipment_authorisation_revoke_only ON equipment_authorisation")
        op.execute("DROP FUNCTION IF EXISTS authorisation_revoke_only()")
    with op.batch_alter_table("logbook_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_logbook_entry_equipment_at")

    op.drop_table("logbook_entry")
    op.drop_table("equipment_override")
    with op.batch_alter_table("equipment_authorisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_equipment_authorisation_person_id"))
        batch_op.drop_index(batch_op.f("ix_equipment_authorisation_equipment_id"))

    op.drop_table("equipment_authorisation")
    op.drop_table("equipment")
