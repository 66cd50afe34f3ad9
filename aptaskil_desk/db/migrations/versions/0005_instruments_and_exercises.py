"""Instrument register, recorded readings and practical exercise results (records guarded by triggers).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 10:12:31.402518
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "instrument",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("driver", sa.String(length=32), nullable=False),
        sa.Column("port", sa.String(length=200), nullable=True),
        sa.Column("line", sa.String(length=32), nullable=True),
        sa.Column("handshake", sa.String(length=16), nullable=True),
        sa.Column("serial_number", sa.String(length=120), nullable=True),
        sa.Column("calibration_due", sa.Date(), nullable=True),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "handshake IS NULL OR handshake IN ('none', 'xon/xoff', 'rts/cts', 'dtr/dsr')",
            name=op.f("ck_instrument_handshake"),
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_instrument_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument")),
        sa.UniqueConstraint("asset_code", name=op.f("uq_instrument_asset_code")),
    )
    op.create_table(
        "exercise_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("result_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("instrument_ids", sa.Text(), nullable=False),
        sa.Column("inputs", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("training", sa.Boolean(), nullable=False),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        sa.CheckConstraint(
            "kind IN ('loop_calibration', 'balance_check', 'ph_calibration')", name=op.f("ck_exercise_result_kind")
        ),
        sa.CheckConstraint("verdict IN ('pass', 'fail', 'not_evaluable')", name=op.f("ck_exercise_result_verdict")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_exercise_result_person_id_person")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["course_session.id"], name=op.f("fk_exercise_result_session_id_course_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_result")),
        sa.UniqueConstraint("result_uuid", name=op.f("uq_exercise_result_result_uuid")),
    )
    with op.batch_alter_table("exercise_result", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exercise_result_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exercise_result_session_id"), ["session_id"], unique=False)

    op.create_table(
        "instrument_reading",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reading_uuid", sa.String(length=36), nullable=False),
        sa.Column("instrument_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("quantity", sa.String(length=32), nullable=False),
        sa.Column("raw_hex", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("identity", sa.Text(), nullable=False),
        sa.Column("calibration_ok", sa.Boolean(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("terminal", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        sa.CheckConstraint("status IN ('stable', 'dynamic')", name=op.f("ck_instrument_reading_status")),
        sa.ForeignKeyConstraint(
            ["instrument_id"], ["instrument.id"], name=op.f("fk_instrument_reading_instrument_id_instrument")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_instrument_reading_person_id_person")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["course_session.id"], name=op.f("fk_instrument_reading_session_id_course_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument_reading")),
        sa.UniqueConstraint("reading_uuid", name=op.f("uq_instrument_reading_reading_uuid")),
    )
    with op.batch_alter_table("instrument_reading", schema=None) as batch_op:
        batch_op.create_index("ix_instrument_reading_instrument_at", ["instrument_id", "at"], unique=False)

    for statement in SQLITE_GUARDS if op.get_bind().dialect.name == "sqlite" else POSTGRES_GUARDS:
        op.execute(statement)


# Readings and exercise results are records: never changed or removed. An instrument's row changes
# (port, calibration due date, withdrawal: each audited) but is never removed.
RECORDS = ("instrument_reading", "exercise_result")

SQLITE_GUARDS = [
    *(
        f"""CREATE TRIGGER {table}_no_{op_name.lower()} BEFORE {op_name} ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only: {op_name} refused'); END"""
        for table in RECORDS
        for op_name in ("UPDATE", "DELETE")
    ),
    """CREATE TRIGGER instrument_no_delete BEFORE DELETE ON instrument
       BEGIN SELECT RAISE(ABORT, 'instrument is a record: DELETE refused'); END""",
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
        for table in (*RECORDS, "instrument")
    ),
    """CREATE TRIGGER instrument_no_delete BEFORE DELETE ON instrument FOR EACH ROW EXECUTE FUNCTION record_refuse()""",
]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in RECORDS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        for table in (*RECORDS, "instrument"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP TRIGGER IF EXISTS instrument_no_delete ON instrument")
    with op.batch_alter_table("instrument_reading", schema=None) as batch_op:
        batch_op.drop_index("ix_instrument_reading_instrument_at")

    op.drop_table("instrument_reading")
    with op.batch_alter_table("exercise_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exercise_result_session_id"))
        batch_op.drop_index(batch_op.f("ix_exercise_result_person_id"))

    op.drop_table("exercise_result")
    op.drop_table("instrument")
