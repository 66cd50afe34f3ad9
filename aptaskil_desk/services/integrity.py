"""Integrity incidents: a failed database check stops recording until QA has looked at it.

Rules:
1. The database check (``services/health.py``, the same as ``aptaskil-desk db check``) runs at the
   kiosk's start-up, on demand from the staff diagnostics page and from the command line.
2. A check that fails raises an incident: one append-only row with what failed (``findings``), its
   fingerprint, the terminal and the time, audited in the same transaction. The same findings while
   an incident is open raise nothing new: the open one is reported (on PostgreSQL an advisory lock
   keeps two terminals starting together from raising the same incident twice). A check that
   cannot complete for any reason but an unreachable database counts as failed.
3. While an incident has no resolution, every write on every terminal is refused with
   ``WritesStopped`` (the gate runs inside each write transaction, so another terminal stops at
   its next write, not at its next start). Sign-ins, crash records, incidents and resolutions pass.
4. When the incident cannot be recorded, whatever the reason (a damaged file refuses writes, a
   schema without the table, a trail cut at its end that refuses the audit row), this process stops
   its own writes and the log says so at CRITICAL level.
5. QA (or an administrator) resolves an incident with a note and their password, an electronic
   signature: an append-only resolution row, audited. Recording resumes everywhere.
6. A resolution accepts exactly those findings: a later check that finds the same thing (the same
   fingerprint — for example an audit trail that was damaged once and cannot be repaired without a
   restore) reports it as accepted and raises no new incident; anything different raises a new one.
   The chain check names every break, not only the first, so a later change further down a trail
   accepted as damaged changes the findings and raises a new incident.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, exists, select, text
from sqlalchemy.orm import Session

from aptaskil_desk.clock import Clock
from aptaskil_desk.db import migrate
from aptaskil_desk.db.audit import canonical
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.models import IntegrityIncident, IntegrityResolution
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import DatabaseError, InvalidInput, NotFound, Refused, WritesStopped
from aptaskil_desk.services.accounts import AccountService
from aptaskil_desk.services.audit import AuditService
from aptaskil_desk.services.base import Actor, Service, UnitOfWork
from aptaskil_desk.services.health import CheckItem, HealthReport, check_database

log = logging.getLogger(__name__)

#: Where a check ran: at a kiosk's start-up, or asked for (command line, staff page).
SOURCES = ("startup", "check")
#: The shortest and the longest note QA may leave when resolving.
MIN_NOTE = 10
MAX_NOTE = 2000
#: PostgreSQL advisory lock taken while an incident is looked for and raised (any constant will do).
_RAISE_LOCK = 0x41505449  # "APTI"


@dataclass(frozen=True)
class Resolution:
    resolved_at: datetime
    resolved_by: str
    terminal: str
    note: str


@dataclass(frozen=True)
class IncidentInfo:
    id: int
    raised_at: datetime
    terminal: str
    raised_by: str
    source: str
    fingerprint: str
    findings: tuple[CheckItem, ...]
    resolution: Resolution | None

    @property
    def open(self) -> bool:
        return self.resolution is None


@dataclass(frozen=True)
class CheckOutcome:
    """A check and what it led to.

    ``incident``: the open incident for these findings (raised now or before); ``accepted``: the
    resolved incident whose findings these are (rule 6); ``unrecorded``: why the incident could not
    be recorded, when it could not (rule 4); ``still_open``: after a check that passed, incidents
    raised earlier that QA has not resolved yet (recording stays stopped).
    """

    report: HealthReport
    incident: IncidentInfo | None = None
    raised: bool = False
    accepted: IncidentInfo | None = None
    unrecorded: BaseException | None = None
    still_open: tuple[IncidentInfo, ...] = ()

    @property
    def stops_writes(self) -> bool:
        return (not self.report.ok and self.accepted is None) or bool(self.still_open)


def fingerprint(findings: tuple[CheckItem, ...]) -> str:
    """SHA-256 of what failed, in a canonical form (the same problem, the same fingerprint)."""
    failed = [[item.label, item.detail] for item in findings if not item.ok]
    return hashlib.sha256(canonical(failed).encode("utf-8")).hexdigest()


def _findings(raw: str) -> tuple[CheckItem, ...]:
    return tuple(CheckItem(str(i["label"]), bool(i["ok"]), str(i["detail"])) for i in json.loads(raw))


def _info(incident: IntegrityIncident, resolution: IntegrityResolution | None) -> IncidentInfo:
    return IncidentInfo(
        id=incident.id,
        raised_at=incident.raised_at,
        terminal=incident.terminal,
        raised_by=incident.raised_by,
        source=incident.source,
        fingerprint=incident.fingerprint,
        findings=_findings(incident.findings),
        resolution=None
        if resolution is None
        else Resolution(resolution.resolved_at, resolution.resolved_by, resolution.terminal, resolution.note),
    )


def _unresolved() -> ColumnElement[bool]:
    return ~exists().where(IntegrityResolution.incident_id == IntegrityIncident.id)


def _with_resolution() -> Select[IntegrityIncident, IntegrityResolution | None]:
    """Incidents, each with its resolution or ``None``."""
    return select(IntegrityIncident, IntegrityResolution).outerjoin(
        IntegrityResolution, IntegrityResolution.incident_id == IntegrityIncident.id
    )


def _listed(session: Session, *, only_open: bool = False, limit: int | None = None) -> list[IncidentInfo]:
    stmt = _with_resolution().order_by(IntegrityIncident.id.desc())
    if only_open:
        stmt = stmt.where(IntegrityResolution.id.is_(None))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_info(incident, resolution) for incident, resolution in session.execute(stmt)]


def writes_gate(session: Session) -> None:
    """The write gate (rule 3): refuse while an incident is open, in the writer's own transaction."""
    row = session.execute(
        select(IntegrityIncident.id, IntegrityIncident.terminal)
        .where(_unresolved())
        .order_by(IntegrityIncident.id)
        .limit(1)
    ).first()
    if row is not None:
        raise stopped_error(row.id, row.terminal)


def stopped_error(incident_id: int | None, terminal: str) -> WritesStopped:
    if incident_id is None:
        return WritesStopped(
            "Nothing was recorded: the database check found a problem on this terminal. Tell your instructor "
            "(who can add your scan later) and IT support."
        )
    return WritesStopped(
        "Nothing was recorded: the database check found a problem (incident {id}, terminal {terminal}) and "
        "recording is stopped until quality assurance has resolved it. Tell your instructor, who can add your "
        "scan later.",
        id=incident_id,
        terminal=terminal,
    )


class IntegrityService(Service):
    """Runs the check, raises and lists incidents, and records QA's resolution."""

    def __init__(self, db: Database, clock: Clock, accounts: AccountService, audit: AuditService) -> None:
        super().__init__(db, clock)
        self._accounts = accounts
        self._audit = audit

    def install_gate(self) -> None:
        """Put the write gate on this database (the composition root, once the schema is current)."""
        self._db.write_gate = writes_gate

    def check(self, actor: Actor, source: str) -> CheckOutcome:
        """Run the database check and, when it fails, raise (or find) its incident (rules 1, 2, 4, 6)."""
        try:
            report = check_database(self._db, actor, self._audit)
        except DatabaseError:
            raise  # unreachable: the database notice says so, and nothing can be recorded anyway
        except Exception as error:  # a check that cannot complete is a failed check (rule 2)
            log.exception("database check on %s could not complete", actor.terminal)
            report = HealthReport((CheckItem("Check completed", False, f"{type(error).__name__}: {error}"),))
        if report.ok:
            try:
                still_open = tuple(self.open_incidents())
            except DatabaseError:
                still_open = ()
            return CheckOutcome(report, still_open=still_open)
        return self.raise_incident(actor, report, source)

    def raise_incident(self, actor: Actor, report: HealthReport, source: str) -> CheckOutcome:
        """Record a failed check as an incident, unless it is open already or was accepted."""
        if source not in SOURCES:
            raise InvalidInput("Unknown check source {source!r}.", source=source)
        mark = fingerprint(report.items)
        failed = [item.label for item in report.items if not item.ok]
        try:
            if not migrate.is_current(self._db.engines.write):
                raise DatabaseError("the database schema is not at this program's version")

            def work(uow: UnitOfWork) -> CheckOutcome:
                if self._db.dialect == "postgresql":  # rule 2: one incident for one problem
                    uow.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _RAISE_LOCK})
                known = _known(uow.session, mark)
                if known is not None:
                    if known.open:
                        return CheckOutcome(report, incident=known)
                    return CheckOutcome(report, accepted=known)
                row = IntegrityIncident(
                    raised_at=uow.now(),
                    terminal=actor.terminal,
                    raised_by=actor.name,
                    source=source,
                    fingerprint=mark,
                    findings=canonical([{"label": i.label, "ok": i.ok, "detail": i.detail} for i in report.items]),
                )
                uow.session.add(row)
                uow.session.flush()
                uow.audit("integrity.incident", "integrity_incident", row.id,
                          new={"source": source, "failed": failed, "fingerprint": mark})  # fmt: skip
                return CheckOutcome(report, incident=_info(row, None), raised=True)

            outcome = self._write(actor, work, gated=False)
        except Exception as error:  # whatever it is (rule 4): nobody can be told through the database
            log.critical("database check failed on %s (%s) and its incident could not be recorded: %s",
                         actor.terminal, ", ".join(failed), error, exc_info=error)  # fmt: skip
            self._db.stop_writes(stopped_error(None, actor.terminal))
            return CheckOutcome(report, unrecorded=error)
        if outcome.raised:
            assert outcome.incident is not None
            log.critical("database check failed on %s (%s): incident %d raised, recording stopped until QA "
                         "resolves it", actor.terminal, ", ".join(failed), outcome.incident.id)  # fmt: skip
        elif outcome.accepted is not None:
            log.warning("database check on %s found what QA accepted in incident %d", actor.terminal,
                        outcome.accepted.id)  # fmt: skip
        return outcome

    def open_incidents(self) -> list[IncidentInfo]:
        """The incidents waiting for QA, newest first."""
        return self._read(lambda s: _listed(s, only_open=True))

    def incidents(self, limit: int = 50) -> list[IncidentInfo]:
        """The latest incidents, open or resolved, newest first."""
        return self._read(lambda s: _listed(s, limit=limit))

    def resolve(self, login: str, password: str, incident_id: int, note: str, *, terminal: str) -> IncidentInfo:
        """QA's signed resolution (rule 5): the password first, then the row and its audit."""
        note = note.strip()
        if len(note) < MIN_NOTE:
            raise InvalidInput("Say what was found and done (at least {n} characters).", n=MIN_NOTE)
        if len(note) > MAX_NOTE:
            raise InvalidInput("The note is too long ({length} characters; at most {n}).", length=len(note), n=MAX_NOTE)
        signer = self._accounts.authenticate_password(login, password, terminal)
        actor = signer.actor(terminal)

        def work(uow: UnitOfWork) -> IncidentInfo:
            uow.require(Permission.RESOLVE_INCIDENTS)
            incident = uow.session.get(IntegrityIncident, incident_id)
            if incident is None:
                raise NotFound("No integrity incident {id}.", id=incident_id)
            done = uow.session.scalars(
                select(IntegrityResolution).where(IntegrityResolution.incident_id == incident_id)
            ).first()
            if done is not None:
                raise Refused("Incident {id} was already resolved by {who}.", id=incident_id, who=done.resolved_by)
            resolution = IntegrityResolution(
                incident_id=incident_id,
                resolved_at=uow.now(),
                resolved_by_id=signer.person_id,
                resolved_by=signer.display_name,
                terminal=terminal,
                note=note,
            )
            uow.session.add(resolution)
            uow.session.flush()
            uow.audit("integrity.resolved", "integrity_incident", incident_id,
                      new={"note": note, "fingerprint": incident.fingerprint})  # fmt: skip
            return _info(incident, resolution)

        info = self._write(actor, work, gated=False)
        log.warning("integrity incident %d resolved by %s on %s: recording resumes", incident_id, login, terminal)
        return info


def _known(session: Session, mark: str) -> IncidentInfo | None:
    """The latest incident with this fingerprint (open ones first), if any."""
    stmt = (
        _with_resolution()
        .where(IntegrityIncident.fingerprint == mark)
        .order_by(IntegrityResolution.id.is_not(None), IntegrityIncident.id.desc())
        .limit(1)
    )
    row = session.execute(stmt).first()
    return None if row is None else _info(row[0], row[1])
