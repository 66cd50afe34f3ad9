"""The composition root: builds settings, engines, clock and services once (ARCHITECTURE rule 3)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from aptaskil_desk.clock import Clock, ServerClock, SystemClock
from aptaskil_desk.db import migrate
from aptaskil_desk.db.database import Database, describe_connection_error
from aptaskil_desk.db.engine import make_engines
from aptaskil_desk.errors import SchemaOutOfDate
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.accounts import AccountService
from aptaskil_desk.services.attendance import AttendanceService
from aptaskil_desk.services.attendance_review import AttendanceReviewService
from aptaskil_desk.services.audit import AuditService
from aptaskil_desk.services.badges import BadgeService
from aptaskil_desk.services.base import Actor
from aptaskil_desk.services.centre import CentreService
from aptaskil_desk.services.checklist_runs import ChecklistRunService
from aptaskil_desk.services.checklists import ChecklistService
from aptaskil_desk.services.courses import CourseService
from aptaskil_desk.services.demo import DemoService
from aptaskil_desk.services.diagnostics import DiagnosticsService
from aptaskil_desk.services.equipment import EquipmentService
from aptaskil_desk.services.hours import HoursService
from aptaskil_desk.services.instruments import InstrumentService
from aptaskil_desk.services.integrity import IntegrityService
from aptaskil_desk.services.passwords import Hasher
from aptaskil_desk.services.people import PeopleService
from aptaskil_desk.services.people_import import PeopleImportService
from aptaskil_desk.services.scan import ScanService
from aptaskil_desk.settings import Settings

log = logging.getLogger(__name__)


class SchemaPolicy(Enum):
    """What to do when the database schema is not at this program's version."""

    #: SQLite upgrades itself; PostgreSQL refuses and says to run ``db upgrade``.
    AUTO = "auto"
    #: Do not look (``db upgrade`` and ``db check`` handle the schema themselves).
    IGNORE = "ignore"


@dataclass
class AppContext:
    """Everything a command or a window needs, built once and passed down."""

    settings: Settings
    db: Database
    clock: Clock
    accounts: AccountService
    centre: CentreService
    courses: CourseService
    audit: AuditService
    people: PeopleService
    people_import: PeopleImportService
    badges: BadgeService
    scan: ScanService
    attendance: AttendanceService
    attendance_review: AttendanceReviewService
    hours: HoursService
    equipment: EquipmentService
    instruments: InstrumentService
    checklists: ChecklistService
    checklist_runs: ChecklistRunService
    demo: DemoService
    diagnostics: DiagnosticsService
    integrity: IntegrityService
    tr: Translator

    @property
    def terminal(self) -> str:
        return self.settings.terminal_name

    def system_actor(self) -> Actor:
        return Actor.system(self.terminal)

    def close(self) -> None:
        self.db.dispose()


def _server_time(db: Database) -> datetime:
    with db.engines.write.connect() as conn:
        value = conn.execute(text("SELECT clock_timestamp()")).scalar_one()
    assert isinstance(value, datetime)
    return value


def ensure_schema(db: Database) -> None:
    """Apply the SQLite policy (upgrade in place) or the PostgreSQL one (refuse when old)."""
    engine = db.engines.write
    if migrate.is_current(engine):
        return
    if db.dialect == "sqlite":
        log.info("upgrading SQLite schema to %s", migrate.head_revision())
        migrate.upgrade(engine)
        return
    raise SchemaOutOfDate(
        "The database schema is at {current}, this program needs {head}: run 'aptaskil-desk db upgrade'.",
        current=migrate.current_revision(engine) or "empty",
        head=migrate.head_revision(),
    )


def build_context(
    settings: Settings,
    *,
    clock: Clock | None = None,
    hasher: Hasher | None = None,
    schema: SchemaPolicy = SchemaPolicy.AUTO,
) -> AppContext:
    """Build the whole application for these settings (the one place that wires things)."""
    db = Database(make_engines(settings.database_url, settings.busy_timeout_ms))
    try:
        if schema is SchemaPolicy.AUTO:
            try:
                ensure_schema(db)
            except sa_exc.DBAPIError as error:
                raise describe_connection_error(error) from error
        if clock is None:
            clock = ServerClock(lambda: _server_time(db)) if db.dialect == "postgresql" else SystemClock()
        hasher = hasher or Hasher()
        accounts = AccountService(db, clock, hasher, settings.pin_max_attempts)
        centre = CentreService(db, clock)
        people = PeopleService(db, clock)
        badges = BadgeService(db, clock)
        lapse = settings.authorisation_lapse
        equipment = EquipmentService(db, clock, accounts, authorisation_lapse=lapse)
        instruments = InstrumentService(db, clock, accounts)
        checklists = ChecklistService(db, clock, accounts)
        audit = AuditService(db, clock)
        integrity = IntegrityService(db, clock, accounts, audit)
        if schema is SchemaPolicy.AUTO:
            # The schema is current: every write now passes the integrity gate.
            integrity.install_gate()
        return AppContext(
            settings=settings,
            db=db,
            clock=clock,
            accounts=accounts,
            centre=centre,
            courses=CourseService(db, clock),
            audit=audit,
            people=people,
            people_import=PeopleImportService(db, clock),
            badges=badges,
            scan=ScanService(db, clock, authorisation_lapse=lapse),
            attendance=AttendanceService(db, clock),
            attendance_review=AttendanceReviewService(db, clock),
            hours=HoursService(db, clock),
            equipment=equipment,
            instruments=instruments,
            checklists=checklists,
            checklist_runs=ChecklistRunService(db, clock, accounts),
            demo=DemoService(
                db, clock, accounts, centre, people, badges, equipment, instruments=instruments, checklists=checklists
            ),
            diagnostics=DiagnosticsService(db, clock, centre, instruments),
            integrity=integrity,
            tr=Translator(settings.language),
        )
    except BaseException:
        db.dispose()
        raise
