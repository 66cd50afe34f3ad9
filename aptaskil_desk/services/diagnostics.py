"""Diagnostics for IT support: what this terminal runs on, gathered without changing anything.

``DiagnosticsService.report()`` reads the database facts (reachable or not, how fast, which schema,
how long the audit trail is), the terminal's room, the instrument register and the serial ports,
and the versions of everything the program stands on. Nothing in it fails: what cannot be read is
reported as such (an unreachable database is a fact worth showing, not an error), so the page works
exactly when it is needed most. It takes no permission: it shows no personal data.

The writes here are the crash incident (``record_crash``): an ``app.crash`` audit row in its own
transaction, recorded by the crash handler (``aptaskil_desk/crash.py``) as the system of the terminal;
and who closed the kiosk (``record_kiosk_exit``, a ``kiosk.exit`` row).
"""

from __future__ import annotations

import argparse
import getpass
import importlib.metadata
import logging
import logging.handlers
import platform
import socket
import statistics
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import reportlab
import sqlalchemy
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from aptaskil_desk import __version__
from aptaskil_desk.clock import Clock
from aptaskil_desk.crash import Incident
from aptaskil_desk.db import migrate
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.models import AuditHead, AuditLog
from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.instruments.ports import PortInfo, list_serial_ports
from aptaskil_desk.services.base import Actor, Service
from aptaskil_desk.services.centre import CentreService
from aptaskil_desk.services.instrument_rows import InstrumentInfo
from aptaskil_desk.services.instruments import InstrumentService
from aptaskil_desk.settings import Settings, config_path

log = logging.getLogger(__name__)

#: Round trips timed for the latency (the median is reported).
LATENCY_SAMPLES = 3


@dataclass(frozen=True)
class Problem:
    """Why something could not be read: a message in the program's words (translated where shown)."""

    message: str
    params: Mapping[str, object]

    @classmethod
    def of(cls, error: BaseException) -> Problem:
        if isinstance(error, AptaskilError):
            return cls(error.message, dict(error.params))
        return cls("{detail}", {"detail": f"{type(error).__name__}: {error}"})

    def __str__(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message


@dataclass(frozen=True)
class DatabaseFacts:
    dialect: str
    url: str  # the password replaced by ***
    reachable: bool
    problem: Problem | None
    latency_ms: float | None  # median of a few "SELECT 1" round trips
    server: str | None  # "SQLite 3.45.1" / "PostgreSQL 16.2"
    schema_version: str | None
    schema_head: str
    audit_rows: int | None
    file_size: int | None  # bytes, SQLite only

    @property
    def schema_current(self) -> bool:
        return self.schema_version == self.schema_head


@dataclass(frozen=True)
class TerminalFacts:
    name: str
    registered: bool | None  # None: the database could not say
    room: str | None  # "CODE — name"
    computer: str
    os_user: str
    settings_file: str
    settings_file_exists: bool
    log_folder: str
    log_file: str | None  # the file this process writes, None when logging to a file failed
    language: str
    centre_name: str


@dataclass(frozen=True)
class InstrumentFacts:
    registered: tuple[InstrumentInfo, ...]
    problem: Problem | None  # the register could not be read
    ports: tuple[PortInfo, ...]
    ports_problem: Problem | None


@dataclass(frozen=True)
class DiagnosticsReport:
    database: DatabaseFacts
    terminal: TerminalFacts
    instruments: InstrumentFacts
    versions: tuple[tuple[str, str], ...]


def settings_file_in_use(argv: Sequence[str]) -> Path:
    """The settings file named by ``--config`` on this command line, else the platform default."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--config")
    try:
        known, _rest = parser.parse_known_args(list(argv))
    except SystemExit:  # "--config" without its value: the program itself refused to start
        return config_path()
    return Path(known.config) if known.config else config_path()


def current_log_file() -> str | None:
    """The rotating log file this process writes to (``logging_setup``), if any."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return handler.baseFilename
    return None


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def library_versions(extra: Mapping[str, str] | None = None) -> tuple[tuple[str, str], ...]:
    """(name, version) of the program, Python, the libraries and the operating system.

    ``extra`` adds what only the caller knows (the GUI: the Qt it runs on).
    """
    frozen = " (bundled)" if getattr(sys, "frozen", False) else ""
    versions = [
        ("aptaskil-desk", __version__ + frozen),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        *(extra or {}).items(),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("Alembic", _package_version("alembic")),
        ("psycopg", _package_version("psycopg")),
        ("reportlab", reportlab.Version),
        ("pyserial", _package_version("pyserial")),
        ("platformdirs", _package_version("platformdirs")),
        ("Platform", platform.platform()),
    ]
    return tuple(versions)


class DiagnosticsService(Service):
    """Reads the facts of the diagnostics page; records crash incidents."""

    def __init__(self, db: Database, clock: Clock, centre: CentreService, instruments: InstrumentService) -> None:
        super().__init__(db, clock)
        self._centre = centre
        self._instruments = instruments

    def database(self) -> DatabaseFacts:
        """Reachable or not, latency, server, schema version and length of the audit trail."""
        engine = self._db.engines.read
        url = engine.url
        size = None
        if self._db.dialect == "sqlite" and url.database:
            try:
                size = Path(url.database).stat().st_size
            except OSError:
                size = None
        facts = DatabaseFacts(
            self._db.dialect, url.render_as_string(hide_password=True), False, None, None, None, None,
            migrate.head_revision(), None, size,
        )  # fmt: skip
        try:
            return self._read(lambda s: _database_facts(s, facts))
        except Exception as error:  # unreachable, refused, locked: shown as such
            log.info("diagnostics: database not readable: %s", error)
            return replace(facts, problem=Problem.of(error))

    def terminal(self, settings: Settings, settings_file: Path) -> TerminalFacts:
        """The terminal's name and room, and where its settings and logs are."""
        registered: bool | None = None
        room = None
        try:
            overview = self._centre.terminal_overview(settings.terminal_name)
            registered = overview.registered
            if overview.room is not None:
                room = f"{overview.room.code} — {overview.room.name}"
        except Exception as error:
            log.info("diagnostics: terminal's room not readable: %s", error)
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "-"
        return TerminalFacts(
            settings.terminal_name, registered, room, socket.gethostname(), user, str(settings_file),
            settings_file.is_file(), str(settings.log_path), current_log_file(), settings.language,
            settings.centre_name,
        )  # fmt: skip

    def instruments(self) -> InstrumentFacts:
        """The instrument register (withdrawn ones included) and the serial ports present."""
        registered: tuple[InstrumentInfo, ...] = ()
        problem = ports_problem = None
        try:
            registered = tuple(self._instruments.all())
        except Exception as error:
            problem = Problem.of(error)
        ports: tuple[PortInfo, ...] = ()
        try:
            ports = tuple(list_serial_ports())
        except Exception as error:  # an operating system that will not list its ports
            log.warning("diagnostics: serial ports not listed: %s", error)
            ports_problem = Problem.of(error)
        return InstrumentFacts(registered, problem, ports, ports_problem)

    def report(
        self, settings: Settings, *, settings_file: Path, extra_versions: Mapping[str, str] | None = None
    ) -> DiagnosticsReport:
        """Everything the diagnostics page shows (a few quick reads; run it off the GUI thread)."""
        return DiagnosticsReport(
            self.database(),
            self.terminal(settings, settings_file),
            self.instruments(),
            library_versions(extra_versions),
        )

    def record_kiosk_exit(self, actor: Actor, how: str) -> None:
        """Append the ``kiosk.exit`` audit row: who closed the kiosk of this terminal, and how (``pin``: the
        exit dialog; ``staff_area``: Quit)."""
        self._record_terminal_event(actor, "kiosk.exit", {"how": how})

    def record_crash(self, actor: Actor, incident: Incident) -> None:
        """Append the ``app.crash`` audit row of an incident, in its own transaction."""
        self._record_terminal_event(actor, "app.crash", incident.audit_values())

    def _record_terminal_event(self, actor: Actor, action: str, values: dict[str, Any]) -> None:
        """One audit row about how this terminal ran, in its own transaction; past the write gate, since
        it records no data of the centre and must be kept even while an integrity incident is open."""
        self._write(actor, lambda uow: uow.audit(action, "terminal", actor.terminal, new=values), gated=False)


def _database_facts(s: Session, facts: DatabaseFacts) -> DatabaseFacts:
    times = []
    for _ in range(LATENCY_SAMPLES):
        start = time.perf_counter()
        s.execute(text("SELECT 1")).scalar_one()
        times.append((time.perf_counter() - start) * 1000)
    if facts.dialect == "sqlite":
        server = "SQLite " + str(s.execute(text("SELECT sqlite_version()")).scalar_one())
    else:
        server = "PostgreSQL " + str(s.execute(text("SHOW server_version")).scalar_one())
    version = MigrationContext.configure(s.connection()).get_current_revision()
    rows = None
    if version is not None:
        # The head row holds the last sequence number: the length of the trail without counting it.
        rows = s.execute(select(AuditHead.seq)).scalar()
        if rows is None:
            rows = int(s.execute(select(func.count(AuditLog.id))).scalar_one())
    return replace(
        facts, reachable=True, latency_ms=statistics.median(times), server=server, schema_version=version,
        audit_rows=rows,
    )  # fmt: skip
