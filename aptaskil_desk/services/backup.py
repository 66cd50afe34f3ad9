"""``db backup`` and ``db restore`` (procedures for IT staff: docs/operations.md).

Rules:
- SQLite: the copy is made with SQLite's online backup API while the kiosks keep writing. The
  source connection holds ONE read transaction for the whole copy: in WAL mode a reader never
  blocks a writer, and it pins the snapshot, so the copy is the database exactly as it was when
  the backup started. (Without it, every commit by another process between two steps restarts the
  copy from the first page: forever, on a busy centre.) The copy goes in steps of
  ``PAGES_PER_STEP`` pages with a short pause between them, so the disk is shared with the kiosks.
- A copy is declared good only after it was checked: SQLite ``integrity_check``, its schema
  version and the audit chain (the same verifier as ``audit verify``). It is written under a
  temporary name and only then given its name; an existing file is never overwritten.
- PostgreSQL: ``pg_dump --format=custom`` in the very snapshot in which the schema version and the
  audit rows shown were read; ``pg_restore --list`` then proves the archive can be read. A whole
  server (every database, point-in-time recovery) is ``pg_basebackup``'s job, documented only.
- A restore never overwrites a database: SQLite restores into a file that does not exist yet,
  PostgreSQL into an existing database that must be EMPTY. The result must pass ``db check``
  (:func:`~aptaskil_desk.services.health.check_database`); a SQLite copy that does not is never
  given its name.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from aptaskil_desk.clock import SystemClock
from aptaskil_desk.db import migrate
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.engine import make_engines, normalise_url
from aptaskil_desk.db.verify import describe as describe_chain
from aptaskil_desk.db.verify import verify_chain
from aptaskil_desk.errors import DatabaseError, InvalidInput, Refused
from aptaskil_desk.services.audit import AuditService
from aptaskil_desk.services.base import Actor
from aptaskil_desk.services.health import CheckItem, check_database

#: Pages copied per step (4 KiB pages: 1 MiB), and the pause after each step.
PAGES_PER_STEP = 256
PAUSE_S = 0.005
SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"

#: Called after each copied step with (pages remaining, pages in all).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupResult:
    """A backup file (``path`` is None when the copy failed its checks and was removed)."""

    path: str | None
    dialect: str
    size_bytes: int
    schema: str | None
    audit_rows: int
    seconds: float
    checks: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        return self.path is not None and all(c.ok for c in self.checks)


@dataclass(frozen=True)
class RestoreResult:
    """A restored database and its ``db check``; ``placed`` is False when nothing was left behind."""

    target: str
    dialect: str
    placed: bool
    upgraded_from: str | None
    seconds: float
    checks: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        return self.placed and all(c.ok for c in self.checks)


# --- backup ---------------------------------------------------------------------------------


def backup(
    db: Database, out: Path, *, pages: int = PAGES_PER_STEP, pause: float = PAUSE_S, progress: Progress | None = None
) -> BackupResult:
    """Copy the database behind ``db`` to ``out`` (a new file) and check the copy."""
    if out.exists():
        raise Refused("{path} already exists: a backup never overwrites a file. Choose a new name.", path=str(out))
    if not out.parent.is_dir():
        raise InvalidInput("The folder {folder} does not exist.", folder=str(out.parent))
    started = time.monotonic()
    url = db.engines.write.url
    if db.dialect == "sqlite":
        return _backup_sqlite(_sqlite_path(url), out, pages, pause, progress, started)
    return _backup_postgres(db.engines.write, out, started)


def _sqlite_path(url: URL) -> Path:
    assert url.database is not None
    return Path(url.database).expanduser()


def _is_sqlite_file(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def _temp(final: Path) -> Path:
    tmp = final.with_name(final.name + ".part")
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)  # left by an interrupted attempt
    return tmp


def _copy_sqlite(
    source: Path, dest: Path, *, read_only: bool, pages: int, pause: float, progress: Progress | None
) -> None:
    """Copy ``source`` page by page inside one read transaction (one snapshot) into ``dest``."""

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(remaining, total)
        time.sleep(pause)

    try:
        if read_only:
            src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None, timeout=30)
        else:
            src = sqlite3.connect(source, isolation_level=None, timeout=30)
        target = sqlite3.connect(dest, isolation_level=None)
        try:
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
            try:
                src.backup(target, pages=pages, progress=step)
            finally:
                src.execute("COMMIT")
            # One self-contained file, whatever the source's journal mode (no -wal beside it).
            target.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            target.close()
            src.close()
    except sqlite3.Error as error:
        raise DatabaseError("SQLite could not copy {path}: {detail}", path=str(source), detail=str(error)) from error
    with dest.open("rb+") as fh:
        os.fsync(fh.fileno())


def _backup_sqlite(
    path: Path, out: Path, pages: int, pause: float, progress: Progress | None, started: float
) -> BackupResult:
    if not path.is_file() or not _is_sqlite_file(path):
        raise InvalidInput("There is no SQLite database at {path}.", path=str(path))
    tmp = _temp(out)
    try:
        _copy_sqlite(path, tmp, read_only=False, pages=pages, pause=pause, progress=progress)
        checks, schema, rows = check_sqlite_copy(tmp)
        size = tmp.stat().st_size
        if all(c.ok for c in checks):
            _publish(tmp, out)
            return BackupResult(str(out), "sqlite", size, schema, rows, time.monotonic() - started, checks)
        return BackupResult(None, "sqlite", size, schema, rows, time.monotonic() - started, checks)
    finally:
        tmp.unlink(missing_ok=True)


def _read_only(path: Path) -> Engine:
    uri = path.resolve().as_uri() + "?mode=ro"
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool)


def check_sqlite_copy(path: Path, *, full: bool = True) -> tuple[tuple[CheckItem, ...], str | None, int]:
    """Check a copy without changing it: integrity, then (``full``) schema version and audit chain.

    Returns the checks, the schema revision and the number of audit rows verified. A damaged file
    gives a failed check, never an exception; after a failed integrity check nothing else is read.
    """
    engine = _read_only(path)
    try:
        try:
            with engine.connect() as conn:
                found = [str(f) for f in conn.exec_driver_sql("PRAGMA integrity_check").scalars()]
        except DBAPIError as error:
            found = [_first_line(error)]
        integrity = CheckItem("Integrity", found == ["ok"], "; ".join(found[:5]))
        if not integrity.ok or not full:
            return (integrity,), None, 0
        schema = migrate.current_revision(engine)
        head = migrate.head_revision()
        version = CheckItem("Schema version", schema is not None, f"{schema or 'empty'} (program needs {head})")
        if schema is None:
            return (integrity, version), None, 0
        try:
            with Session(engine) as session:
                report = verify_chain(session)
        except DBAPIError as error:
            return (integrity, version, CheckItem("Audit chain", False, _first_line(error))), schema, 0
        checked = CheckItem("Audit chain", report.ok, describe_chain(report))
        return (integrity, version, checked), schema, report.rows_checked
    finally:
        engine.dispose()


def _first_line(error: DBAPIError) -> str:
    return (str(error.orig) if error.orig is not None else str(error)).strip().splitlines()[0]


def _backup_postgres(engine: Engine, out: Path, started: float) -> BackupResult:
    pg_dump = _tool("pg_dump")
    conninfo, env = _libpq(engine.url)
    tmp = _temp(out)
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
                if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar_one() is None:
                    raise Refused("This database has no schema yet: there is nothing to back up.")
                schema = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one_or_none()
                rows = int(conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one())
                # pg_dump reads the snapshot these numbers came from; it lives while this transaction does.
                _run([pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={tmp}", f"--dbname={conninfo}"],
                     env)  # fmt: skip
        listing = _run([_tool("pg_restore"), "--list", str(tmp)], env)
        entries = sum(1 for line in listing.splitlines() if line.strip() and not line.startswith(";"))
        archive = CheckItem("Archive", entries > 0, f"{entries} entries, readable by pg_restore")
        size = tmp.stat().st_size
        _publish(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupResult(str(out), "postgresql", size, schema, rows, time.monotonic() - started, (archive,))


# --- restore --------------------------------------------------------------------------------


def restore(source: Path, target_url: str, terminal: str, *, upgrade: bool = False) -> RestoreResult:
    """Restore a backup into a new SQLite file or an empty PostgreSQL database, then ``db check`` it.

    ``upgrade``: first bring an older backup's schema to this program's version.
    """
    if not source.is_file():
        raise InvalidInput("There is no backup file at {path}.", path=str(source))
    with source.open("rb") as fh:
        magic = fh.read(len(SQLITE_MAGIC))
    url = normalise_url(target_url)
    kind = "sqlite" if magic == SQLITE_MAGIC else "postgresql" if magic.startswith(PGDUMP_MAGIC) else None
    if kind is None:
        raise InvalidInput("{path} is neither a SQLite backup nor a pg_dump archive (custom format).", path=str(source))
    if kind != url.get_backend_name():
        raise InvalidInput("A {kind} backup restores only into a {kind} database; {url} is not one.",
                           kind=_NAMES[kind], url=_shown(url))  # fmt: skip
    started = time.monotonic()
    actor = Actor.system(terminal)
    if kind == "sqlite":
        return _restore_sqlite(source, _sqlite_path(url), actor, upgrade, started)
    return _restore_postgres(source, url, actor, upgrade, started)


def _check(url: str, actor: Actor, upgrade: bool) -> tuple[tuple[CheckItem, ...], str | None]:
    """``db check`` on a restored database (after an upgrade when asked); returns the checks and
    the revision upgraded from, if any."""
    db = Database(make_engines(url))
    try:
        before = migrate.current_revision(db.engines.write)
        upgraded = None
        if upgrade and before is not None and before != migrate.head_revision():
            migrate.upgrade(db.engines.write)
            upgraded = before
        return check_database(db, actor, AuditService(db, SystemClock())).items, upgraded
    finally:
        db.dispose()


def _restore_sqlite(source: Path, target: Path, actor: Actor, upgrade: bool, started: float) -> RestoreResult:
    taken = [p for p in (target, *(Path(f"{target}{s}") for s in ("-wal", "-shm", "-journal"))) if p.exists()]
    if taken:
        raise Refused("{path} already exists: a restore never overwrites a database. Give a new file name.",
                      path=str(taken[0]))  # fmt: skip
    first, _, _ = check_sqlite_copy(source, full=False)  # a damaged backup is named before anything is copied
    if not all(c.ok for c in first):
        return RestoreResult(str(target), "sqlite", False, None, time.monotonic() - started, first)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp(target)
    try:
        _copy_sqlite(source, tmp, read_only=True, pages=PAGES_PER_STEP, pause=0.0, progress=None)
        checks, upgraded = _check(f"sqlite:///{tmp}", actor, upgrade)
        if Path(f"{tmp}-wal").exists():
            raise DatabaseError("SQLite left a WAL file beside {path}; the restore was not finished.", path=str(tmp))
        ok = all(c.ok for c in checks)
        if ok:
            _publish(tmp, target)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return RestoreResult(str(target), "sqlite", ok, upgraded, time.monotonic() - started, checks)


#: Tables, sequences, views and functions outside PostgreSQL's own schemas: an empty database has none.
_USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'"
_USER_OBJECTS = (
    f"SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {_USER_SCHEMA})"
    f" + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE {_USER_SCHEMA})"
)


def _restore_postgres(source: Path, url: URL, actor: Actor, upgrade: bool, started: float) -> RestoreResult:
    pg_restore = _tool("pg_restore")
    shown = _shown(url)
    raw = url.render_as_string(hide_password=False)
    db = Database(make_engines(raw))
    try:
        with db.engines.write.connect() as conn:
            objects = conn.execute(text(_USER_OBJECTS)).scalar_one()
    finally:
        db.dispose()
    if objects:
        raise Refused("The database {url} is not empty ({n} tables, sequences or functions): a restore goes only into "
                      "a new, empty database (createdb).", url=shown, n=objects)  # fmt: skip
    conninfo, env = _libpq(url)
    _run([pg_restore, "--exit-on-error", "--single-transaction", f"--dbname={conninfo}", str(source)], env)
    checks, upgraded = _check(raw, actor, upgrade)
    return RestoreResult(shown, "postgresql", True, upgraded, time.monotonic() - started, checks)


# --- files and tools ------------------------------------------------------------------------


def _publish(tmp: Path, final: Path) -> None:
    """Give the checked file its name, never replacing an existing file."""
    try:
        os.link(tmp, final)
    except FileExistsError:
        raise Refused("{path} already exists: a backup never overwrites a file. Choose a new name.",
                      path=str(final)) from None  # fmt: skip
    except OSError:  # no hard links on this file system (FAT, some shares): rename, after one more look
        if final.exists():
            raise Refused("{path} already exists: a backup never overwrites a file. Choose a new name.",
                          path=str(final)) from None  # fmt: skip
        os.rename(tmp, final)
    else:
        tmp.unlink()
    if os.name == "posix":  # the new name itself must survive a power cut
        fd = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def _shown(url: URL) -> str:
    """A URL as people write it (no driver name, no password)."""
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise Refused("{tool} was not found on this computer (PATH): install the PostgreSQL client tools, of the "
                      "server's major version or newer; see docs/operations.md.", tool=name)  # fmt: skip
    return found


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq URI for the tools, and their environment: the password goes in PGPASSWORD, never
    on a command line that other users can list."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=False), env


def _run(argv: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = " ".join(done.stderr.strip().splitlines()[-3:]) or f"exit status {done.returncode}"
        raise Refused("{tool} failed: {detail}", tool=Path(argv[0]).name, detail=detail)
    return done.stdout
