"""Typed ORM models of the foundation: people, staff, rooms, terminals, courses, sessions, audit.

Later features add their own modules and tables through new migrations.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from aptaskil_desk.db.base import Base, UTCDateTime
from aptaskil_desk.db.enums import CourseFamily, LearnerCategory, Role, RoomKind, check_in


class Person(Base):
    """A learner or a staff member (a staff member is a person with roles and an account)."""

    __tablename__ = "person"
    __table_args__ = (CheckConstraint(f"category IS NULL OR {check_in('category', LearnerCategory)}", name="category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    family_name: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str] = mapped_column(String(120))
    category: Mapped[str | None] = mapped_column(String(20))
    employer: Mapped[str | None] = mapped_column(String(200))
    external_ref: Mapped[str | None] = mapped_column(String(64), unique=True)
    email: Mapped[str | None] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    roles: Mapped[list[StaffRole]] = relationship(back_populates="person")
    account: Mapped[StaffAccount | None] = relationship(back_populates="person")

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


class StaffRole(Base):
    """A role granted to a person; revoking sets ``revoked_at`` (the grant stays on record)."""

    __tablename__ = "staff_role"
    __table_args__ = (CheckConstraint(check_in("role", Role), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    person: Mapped[Person] = relationship(back_populates="roles")


class StaffAccount(Base):
    """Login credentials of a staff member: Argon2id hashes of the password and kiosk PIN."""

    __tablename__ = "staff_account"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    person: Mapped[Person] = relationship(back_populates="account")


class Room(Base):
    __tablename__ = "room"
    __table_args__ = (CheckConstraint(check_in("kind", RoomKind), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))


class Terminal(Base):
    """A registered lab terminal (kiosk PC) and the room it stands in."""

    __tablename__ = "terminal"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    description: Mapped[str | None] = mapped_column(String(200))

    room: Mapped[Room | None] = relationship()


class Course(Base):
    __tablename__ = "course"
    __table_args__ = (CheckConstraint(check_in("family", CourseFamily), name="family"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    family: Mapped[str] = mapped_column(String(32))


class CourseSession(Base):
    """One run of a course for a group: instructor, home room, roster, and its daily slots."""

    __tablename__ = "course_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    instructor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())

    course: Mapped[Course] = relationship()
    room: Mapped[Room] = relationship()
    instructor: Mapped[Person | None] = relationship()
    slots: Mapped[list[SessionSlot]] = relationship(back_populates="session", order_by="SessionSlot.starts_at")


class SessionSlot(Base):
    """A scheduled block of a session (usually one per training day), in a room."""

    __tablename__ = "session_slot"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="order"),
        Index("ix_session_slot_room_time", "room_id", "starts_at", "ends_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("course_session.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())

    session: Mapped[CourseSession] = relationship(back_populates="slots")
    room: Mapped[Room] = relationship()


class RosterEntry(Base):
    """A learner enrolled in a session. Withdrawing keeps the row (``withdrawn_*`` set, reason required)."""

    __tablename__ = "roster_entry"
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        CheckConstraint(
            "withdrawn_at IS NULL OR (withdrawn_by IS NOT NULL AND withdrawn_reason IS NOT NULL)", name="withdrawal"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("course_session.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_by: Mapped[str | None] = mapped_column(String(120))
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)


class AuditLog(Base):
    """The append-only, hash-chained audit trail. Database triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(Integer)
    actor_name: Mapped[str] = mapped_column(String(120))
    terminal: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    old_values: Mapped[str | None] = mapped_column(Text)
    new_values: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """One row: the last chained audit row. Lets the verifier see a truncated tail and gives
    concurrent writers one row to queue on."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    row_hash: Mapped[str] = mapped_column(String(64))


class Badge(Base):
    """A QR badge issued to a person. Revoking keeps the row; at most one active badge each."""

    __tablename__ = "badge"
    __table_args__ = (
        Index(
            "uq_badge_active_person",
            "person_id",
            unique=True,
            sqlite_where=text("revoked_at IS NULL"),
            postgresql_where=text("revoked_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    code: Mapped[str] = mapped_column(String(18), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str] = mapped_column(String(120))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_by: Mapped[str | None] = mapped_column(String(120))
    revoked_reason: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship()


class AttendanceEvent(Base):
    """A check-in or check-out, from a scan or from a correction (which supersedes an event).

    Rows are never changed: a correction is a new row pointing at the one it supersedes, with a
    reason; kind ``void`` cancels the superseded event without replacing it.
    """

    __tablename__ = "attendance_event"
    __table_args__ = (
        CheckConstraint("kind IN ('in', 'out', 'void')", name="kind"),
        CheckConstraint("source IN ('scan', 'correction')", name="source"),
        Index("ix_attendance_event_person_at", "person_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[str] = mapped_column(String(8))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    source: Mapped[str] = mapped_column(String(16))
    terminal: Mapped[str] = mapped_column(String(64))
    badge_id: Mapped[int | None] = mapped_column(ForeignKey("badge.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("course_session.id"), index=True)
    flags: Mapped[str] = mapped_column(String(200), default="")
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("attendance_event.id"), unique=True)
    reason: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(120))


class ScanRefusal(Base):
    """A scan the kiosk refused (unreadable, unknown, revoked…), kept with what was received."""

    __tablename__ = "scan_refusal"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    terminal: Mapped[str] = mapped_column(String(64))
    received: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(32))
    badge_id: Mapped[int | None] = mapped_column(ForeignKey("badge.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))


class Equipment(Base):
    """A piece of equipment with its current state; the logbook holds how it got there.

    ``status``, ``calibration_due`` and ``qualified_phases`` change only together with the logbook
    entry that records the change (same transaction, audited).
    """

    __tablename__ = "equipment"
    __table_args__ = (
        CheckConstraint(
            "status IN ('available', 'in_use', 'cleaning', 'maintenance', 'out_of_service', 'quarantine')",
            name="status",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    label_code: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    equipment_type: Mapped[str] = mapped_column(String(64))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    manufacturer: Mapped[str | None] = mapped_column(String(120))
    model: Mapped[str | None] = mapped_column(String(120))
    serial_number: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20))
    calibration_interval_days: Mapped[int | None] = mapped_column(Integer)
    calibration_due: Mapped[date | None] = mapped_column(Date)
    required_phases: Mapped[str] = mapped_column(String(16), default="")
    qualified_phases: Mapped[str] = mapped_column(String(16), default="")
    requires_authorisation: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    room: Mapped[Room | None] = relationship()


class LogbookEntry(Base):
    """One line of an equipment logbook. Never changed: a correction is a new entry superseding it."""

    __tablename__ = "logbook_entry"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('use', 'use_end', 'cleaning', 'maintenance', 'calibration', 'incident', 'status_change',"
            " 'qualification')",
            name="kind",
        ),
        Index("ix_logbook_entry_equipment_at", "equipment_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON
    closes_id: Mapped[int | None] = mapped_column(ForeignKey("logbook_entry.id"), unique=True)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("logbook_entry.id"), unique=True)
    reason: Mapped[str | None] = mapped_column(Text)
    override_id: Mapped[int | None] = mapped_column(ForeignKey("equipment_override.id"))
    terminal: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(120))


class EquipmentAuthorisation(Base):
    """A person's authorisation (training) to use an equipment. Revocable once; an extension is a
    new row superseding the old."""

    __tablename__ = "equipment_authorisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"), index=True)
    granted_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    granted_by: Mapped[str] = mapped_column(String(120))
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("equipment_authorisation.id"), unique=True)
    revoked_on: Mapped[date | None] = mapped_column(Date)
    revoked_by: Mapped[str | None] = mapped_column(String(120))
    revoked_reason: Mapped[str | None] = mapped_column(Text)


class EquipmentOverride(Base):
    """An authorised use of unfit equipment or by an unauthorised person: who signed, why, what."""

    __tablename__ = "equipment_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    signed_by_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reasons_overridden: Mapped[str] = mapped_column(Text)  # canonical JSON list of reason codes
    reason: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))


class TerminalBadge(Base):
    """The last learner badge accepted at a terminal: lets an equipment QR scanned just after it
    (same terminal, within seconds) start or stop that learner's use. Transient state, one row per
    terminal, overwritten by design; the scans themselves are recorded elsewhere."""

    __tablename__ = "terminal_badge"

    terminal: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    event_id: Mapped[int | None] = mapped_column(ForeignKey("attendance_event.id"))


class Instrument(Base):
    """A serial lab instrument in the register: which driver speaks to it, on which port and line.

    ``line``/``handshake`` are NULL when the driver's factory settings apply. Changes (port, line,
    calibration due date, withdrawal) are audited with the old and new values; a row is never deleted.
    """

    __tablename__ = "instrument"
    __table_args__ = (
        CheckConstraint(
            "handshake IS NULL OR handshake IN ('none', 'xon/xoff', 'rts/cts', 'dtr/dsr')", name="handshake"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    driver: Mapped[str] = mapped_column(String(32))
    port: Mapped[str | None] = mapped_column(String(200))
    line: Mapped[str | None] = mapped_column(String(32))  # "9600,8N1"
    handshake: Mapped[str | None] = mapped_column(String(16))
    serial_number: Mapped[str | None] = mapped_column(String(120))
    calibration_due: Mapped[date | None] = mapped_column(Date)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    room: Mapped[Room | None] = relationship()


class InstrumentReading(Base):
    """A recorded instrument reading: the exact value as the instrument wrote it, the raw reply byte
    for byte (hex), and whether the instrument was in calibration then. Never changed or removed."""

    __tablename__ = "instrument_reading"
    __table_args__ = (
        CheckConstraint("status IN ('stable', 'dynamic')", name="status"),
        Index("ix_instrument_reading_instrument_at", "instrument_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reading_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("instrument.id"))
    value: Mapped[str] = mapped_column(String(64))  # the Decimal's digits, exact on both databases
    unit: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[str] = mapped_column(String(32))
    raw_hex: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    identity: Mapped[str] = mapped_column(Text)  # canonical JSON, as the instrument reported itself
    calibration_ok: Mapped[bool] = mapped_column(Boolean)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("course_session.id"))
    terminal: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(120))


class ExerciseResult(Base):
    """A learner's practical exercise: the inputs, the result and verdict computed from them by the
    rules of ``domain/exercises.py``, the instruments used. Never changed or removed."""

    __tablename__ = "exercise_result"
    __table_args__ = (
        CheckConstraint("kind IN ('loop_calibration', 'balance_check', 'ph_calibration')", name="kind"),
        CheckConstraint("verdict IN ('pass', 'fail', 'not_evaluable')", name="verdict"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    result_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("course_session.id"), index=True)
    instrument_ids: Mapped[str] = mapped_column(Text)  # canonical JSON list
    inputs: Mapped[str] = mapped_column(Text)  # canonical JSON
    result: Mapped[str] = mapped_column(Text)  # canonical JSON
    verdict: Mapped[str] = mapped_column(String(16))
    training: Mapped[bool] = mapped_column(Boolean, default=True)
    terminal: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(120))


class ChecklistTemplateVersion(Base):
    """An imported version of a checklist template: the TOML exactly as imported and its content hash.

    Never changed or removed, except that QA's approval (``approved_*``) is set once, later. A new
    version of the same code points at the version it supersedes.
    """

    __tablename__ = "checklist_template"
    __table_args__ = (
        UniqueConstraint("code", "version"),
        CheckConstraint("phase IN ('IQ', 'OQ', 'PQ', 'routine', 'exercise')", name="phase"),
        CheckConstraint("version >= 1", name="version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)  # in French
    phase: Mapped[str] = mapped_column(String(16))
    equipment_type: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)  # the file's text, exactly as imported
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    imported_by: Mapped[str] = mapped_column(String(120))
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("checklist_template.id"), unique=True)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by: Mapped[str | None] = mapped_column(String(120))


class ChecklistExecution(Base):
    """One execution of a template version on an equipment; its life is in its events. Never changed."""

    __tablename__ = "checklist_execution"
    __table_args__ = (
        CheckConstraint("phase IN ('IQ', 'OQ', 'PQ', 'routine', 'exercise')", name="phase"),
        CheckConstraint("trainee_id IS NULL OR training", name="trainee"),  # only training names a learner
        Index("ix_checklist_execution_equipment", "equipment_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    record_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_template.id"))
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    phase: Mapped[str] = mapped_column(String(16))
    training: Mapped[bool] = mapped_column(Boolean)
    trainee_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))  # the learner who practises
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_by_id: Mapped[int] = mapped_column(ForeignKey("person.id"))  # for training: the supervisor
    started_by: Mapped[str] = mapped_column(String(120))
    terminal: Mapped[str] = mapped_column(String(64))


class ChecklistEvent(Base):
    """A value, deviation, closure or signature of an execution, numbered by ``seq`` within it.

    Append-only: a corrected value is a new ``value`` row with a higher version. Two people acting
    on the same execution at the same instant take the same ``seq``: the unique key lets one win.
    """

    __tablename__ = "checklist_event"
    __table_args__ = (
        UniqueConstraint("execution_id", "seq"),
        CheckConstraint("kind IN ('value', 'deviation', 'closure', 'signature')", name="kind"),
        CheckConstraint("seq >= 1", name="seq"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    execution_id: Mapped[int] = mapped_column(ForeignKey("checklist_execution.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    step_id: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(16))
    number: Mapped[int | None] = mapped_column(Integer)  # the deviation's (deviation, closure)
    description: Mapped[str | None] = mapped_column(Text)  # closure: the resolution
    impact: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)
    meaning: Mapped[str | None] = mapped_column(String(16))
    hash: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)  # canonical JSON of what backs a value, or ""
    by_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    by_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    terminal: Mapped[str] = mapped_column(String(64))


class ChecklistAttachment(Base):
    """A file or photo attached to a step, stored once by its SHA-256. Never changed."""

    __tablename__ = "checklist_attachment"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PrintedRecord(Base):
    """A printout's verification code and the SHA-256 of exactly what it showed (``content_hash``),
    with one hash per part (``part_hashes``, canonical JSON: part key → hash) so that a later check
    can say which learner or day changed. Never changed or removed."""

    __tablename__ = "printed_record"
    __table_args__ = (Index("ix_printed_record_subject", "kind", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[str] = mapped_column(String(32))  # session_record
    subject: Mapped[str] = mapped_column(String(64))  # the session's code
    content_hash: Mapped[str] = mapped_column(String(64))
    part_hashes: Mapped[str] = mapped_column(Text)
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    printed_by: Mapped[str] = mapped_column(String(120))
    terminal: Mapped[str] = mapped_column(String(64))


class IntegrityIncident(Base):
    """A database check that failed: when, where, what it found (``findings``, canonical JSON of the
    failed checks) and its ``fingerprint`` (SHA-256 of those findings). While one has no resolution,
    nothing is recorded (``services/integrity.py``). Never changed or removed."""

    __tablename__ = "integrity_incident"
    __table_args__ = (Index("ix_integrity_incident_fingerprint", "fingerprint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    terminal: Mapped[str] = mapped_column(String(64))
    raised_by: Mapped[str] = mapped_column(String(120))
    source: Mapped[str] = mapped_column(String(16))  # startup, check (db check, the staff page)
    fingerprint: Mapped[str] = mapped_column(String(64))
    findings: Mapped[str] = mapped_column(Text)


class IntegrityResolution(Base):
    """QA's signed decision on an incident (at most one): who, when, why recording may resume.
    Never changed or removed."""

    __tablename__ = "integrity_resolution"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("integrity_incident.id"), unique=True)
    resolved_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_by_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    resolved_by: Mapped[str] = mapped_column(String(120))
    terminal: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text)
