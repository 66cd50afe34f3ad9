"""``db backup`` and ``db restore``: a backup taken while four kiosks scan holds every acknowledged
event; restores go only into new databases and must pass ``db check``.

The kiosk processes of the first test and their harness: ``tests/integration/proc_scanner.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from aptaskil_desk.app import AppContext, build_context
from aptaskil_desk.cli import main
from aptaskil_desk.db import migrate
from aptaskil_desk.db.engine import make_engines
from aptaskil_desk.db.models import AttendanceEvent
from aptaskil_desk.services.backup import backup, check_sqlite_copy
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.settings import load_settings
from tests.databases import PostgresFactory, SqliteFactory
from tests.integration.proc_scanner import Kiosks

KIOSKS = 4
LEARNERS_PER_KIOSK = 40
#: Acknowledged scans each kiosk makes before the backup starts, and after its snapshot is taken.
BEFORE = 20
DURING = 10
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


# --- helpers ------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def event_uuids(url: str) -> set[str]:
    engines = make_engines(url)
    try:
        with engines.read.connect() as conn:
            return set(conn.execute(select(AttendanceEvent.event_uuid)).scalars())
    finally:
        engines.dispose()


@pytest.fixture
def sqlite_ctx(sqlite_factory: SqliteFactory, tmp_path: Path) -> Iterator[AppContext]:
    """The application on a fresh migrated SQLite file, on the real clock (the kiosks' clock)."""
    settings = load_settings(env={}, database=sqlite_factory.new(), terminal="BACKUP", language="en",
                             log_dir=str(tmp_path / "logs"))  # fmt: skip
    context = build_context(settings, hasher=fast_hasher())
    yield context
    context.close()


def need_pg_tools() -> None:
    missing = [tool for tool in ("pg_dump", "pg_restore") if shutil.which(tool) is None]
    if missing:
        message = f"{', '.join(missing)} not on PATH (Debian: apt install postgresql-client)"
        if IN_CI:
            pytest.fail(message + " (CI=true: the PostgreSQL backup must be tested)", pytrace=False)
        pytest.skip(message)


def some_records(ctx: AppContext, learners: int = 12) -> None:
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB", "Laboratoire", "laboratory")
    ctx.centre.register_terminal(actor, "KIOSK-1", "LAB")
    people = ctx.people.add_learners(
        actor, [NewLearner(f"Élève{i}", f"Famille{i}", "job_seeker", external_ref=f"B{i}") for i in range(learners)]
    )
    for badge in ctx.badges.issue(actor, [p.id for p in people]):
        ctx.scan.scan(badge.code, "KIOSK-1")


# --- the must-show test -------------------------------------------------------------------


@pytest.mark.slow
def test_backup_while_four_kiosks_scan_restores_every_acknowledged_event(
    sqlite_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup taken while 4 processes keep scanning restores to a database that passes `db check`
    and holds every event acknowledged before the backup started.

    Four OS processes scan through the real scan service. The backup starts once each has 20
    acknowledged events; during the copy (at its first step) it waits until each kiosk has had 10
    more scans acknowledged that BEGAN after the copy's snapshot, so the kiosks demonstrably kept
    writing during the backup. The backup is then restored with `db restore` and checked with
    `db check`. Events acknowledged before the backup started are all in the copy; events whose
    scan began after the snapshot are not (the copy is one point in time); nothing else is.
    Times are ``time.monotonic()``: one clock for every process of the machine.
    """
    ctx = sqlite_ctx
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB", "Laboratoire", "laboratory")
    people = ctx.people.add_learners(actor, [NewLearner(f"Élève{i}", f"Famille{i}", "job_seeker", external_ref=f"K{i}")
                                             for i in range(KIOSKS * LEARNERS_PER_KIOSK)])  # fmt: skip
    codes = [b.code for b in ctx.badges.issue(actor, [p.id for p in people])]
    for k in range(KIOSKS):
        ctx.centre.register_terminal(actor, f"KIOSK-{k}", "LAB")
    own = [codes[k * LEARNERS_PER_KIOSK : (k + 1) * LEARNERS_PER_KIOSK] for k in range(KIOSKS)]
    audit_before = ctx.audit.count()
    kiosks = Kiosks(ctx.settings.database_url, own, tmp_path)
    out = tmp_path / "backup.db"
    steps: list[int] = []
    snapshot_taken: list[float] = []

    def during_copy(remaining: int, total: int) -> None:
        steps.append(remaining)
        if not snapshot_taken:  # the snapshot was taken before the first step
            snapshot_taken.append(time.monotonic())
            after = snapshot_taken[0]
            kiosks.wait_until(lambda acks: sum(a.began > after for a in acks) >= DURING, "scanning during the backup")

    try:
        kiosks.start()
        kiosks.wait_until(lambda acks: len(acks) >= BEFORE, "the backup")
        started = time.monotonic()
        result = backup(ctx.db, out, pages=8, progress=during_copy)
        summaries = kiosks.stop()
    finally:
        kiosks.kill()
    assert [s and s["errors"] for s in summaries] == [0] * KIOSKS, summaries
    assert result.ok, result.checks
    assert len(steps) > 1 and steps[-1] == 0  # copied in several steps, to the end

    code, _, err = run(capsys, "--db", ctx.settings.database_url, "db", "restore", "--from", str(out),
                       "--to", f"sqlite:///{tmp_path / 'restored.db'}")  # fmt: skip
    assert code == 0, err
    restored_url = f"sqlite:///{tmp_path / 'restored.db'}"
    code, doc, _ = run(capsys, "--db", restored_url, "db", "check", "--json")
    assert code == 0 and json.loads(doc)["ok"] is True, doc

    acks = kiosks.all_acks()
    restored = event_uuids(restored_url)
    before = {a.uuid for a in acks if a.acked < started}
    after_snapshot = {a.uuid for a in acks if a.began > snapshot_taken[0]}
    assert len(before) >= KIOSKS * BEFORE and len(after_snapshot) >= KIOSKS * DURING
    assert before <= restored, f"{len(before - restored)} acknowledged events missing from the restored copy"
    assert not restored & after_snapshot
    assert restored <= {a.uuid for a in acks}
    assert event_uuids(ctx.settings.database_url) == {a.uuid for a in acks}  # the live database lost nothing
    assert result.audit_rows == audit_before + len(restored)  # one audit row per event, verified in the copy


# --- round trips and refusals -------------------------------------------------------------


def test_backup_then_restore_into_a_new_database_passes_db_check(
    ctx: AppContext, request: pytest.FixtureRequest, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`db backup` then `db restore` into a new database (SQLite: a new file; PostgreSQL: pg_dump's
    archive into a fresh empty database): `db check` passes and every record is there. Neither
    command ever overwrites: a second backup to the same file and a second restore are refused."""
    postgres = ctx.db.dialect == "postgresql"
    if postgres:
        need_pg_tools()
    some_records(ctx)
    url = ctx.settings.database_url
    out = tmp_path / ("centre.dump" if postgres else "centre.db")
    code, doc, err = run(capsys, "--db", url, "db", "backup", "--out", str(out), "--json")
    assert code == 0, err
    made = json.loads(doc)
    assert made["ok"] is True and made["path"] == str(out) and made["size_bytes"] == out.stat().st_size
    assert made["schema"] == migrate.head_revision() and made["audit_rows"] == ctx.audit.count()
    assert not list(tmp_path.glob("*.part*"))

    factory: PostgresFactory | None = request.getfixturevalue("postgres_factory") if postgres else None
    target = factory.new_empty() if factory else f"sqlite:///{tmp_path / 'restored.db'}"
    try:
        code, doc, err = run(capsys, "db", "restore", "--from", str(out), "--to", target, "--json")
        assert code == 0, err
        assert json.loads(doc)["ok"] is True
        code, doc, _ = run(capsys, "--db", target, "db", "check", "--json")
        assert code == 0 and json.loads(doc)["ok"] is True
        assert event_uuids(target) == event_uuids(url) and len(event_uuids(url)) == 12

        again = out.read_bytes()
        code, _, err = run(capsys, "--db", url, "db", "backup", "--out", str(out))
        assert code == 1 and "already exists" in err and out.read_bytes() == again
        code, _, err = run(capsys, "db", "restore", "--from", str(out), "--to", target)
        assert code == 1 and ("not empty" in err if postgres else "already exists" in err)
        code, doc, _ = run(capsys, "--db", target, "db", "check", "--json")
        assert code == 0 and json.loads(doc)["ok"] is True  # the refused restore changed nothing
    finally:
        if factory is not None:
            factory.drop(target)


def test_a_tampered_backup_is_not_restored(
    sqlite_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup whose audit trail was edited (triggers dropped, a row changed) fails the checks:
    `db restore` exits 1 and leaves no database behind."""
    some_records(sqlite_ctx, learners=3)
    out = tmp_path / "b.db"
    assert backup(sqlite_ctx.db, out).ok
    conn = sqlite3.connect(out, isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET reason = 'edited' WHERE seq = 2")
    conn.close()
    checks, _, _ = check_sqlite_copy(out)
    assert [c.label for c in checks if not c.ok] == ["Audit chain"]
    target = tmp_path / "restored.db"
    code, out_text, err = run(capsys, "--db", sqlite_ctx.settings.database_url, "db", "restore",
                              "--from", str(out), "--to", f"sqlite:///{target}")  # fmt: skip
    assert code == 1 and "nothing was written" in err
    assert "!! Record guards" in out_text and "!! Audit chain" in out_text
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("restored")) == []


def test_an_older_backup_is_restored_only_with_upgrade(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A backup from an older schema fails db check as it is (nothing is written); with --upgrade
    it is brought to this program's version and passes."""
    live = tmp_path / "old.db"
    engines = make_engines(f"sqlite:///{live}")
    migrate.upgrade(engines.write, "0008")
    engines.dispose()
    code, doc, err = run(capsys, "--db", f"sqlite:///{live}", "db", "backup", "--out", str(tmp_path / "b.db"), "--json")
    assert code == 0 and json.loads(doc)["schema"] == "0008", err
    target = f"sqlite:///{tmp_path / 'new.db'}"
    code, out_text, _ = run(capsys, "db", "restore", "--from", str(tmp_path / "b.db"), "--to", target)
    assert code == 1 and "!! Schema version: 0008" in out_text and not (tmp_path / "new.db").exists()
    code, out_text, err = run(capsys, "db", "restore", "--from", str(tmp_path / "b.db"), "--to", target, "--upgrade")
    assert code == 0 and "Schema upgraded from 0008." in out_text, err
    code, _, _ = run(capsys, "--db", target, "db", "check")
    assert code == 0


def test_unclear_requests_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Not a backup, no such file, a backup for the other kind of database, a database with no
    schema: each is refused with a message and leaves nothing behind."""
    (tmp_path / "notes.txt").write_text("not a database", encoding="utf-8")
    cases = [
        (["db", "restore", "--from", str(tmp_path / "notes.txt"), "--to", f"sqlite:///{tmp_path / 'a.db'}"],
         2, "neither a SQLite backup nor a pg_dump archive"),
        (["db", "restore", "--from", str(tmp_path / "missing.db"), "--to", f"sqlite:///{tmp_path / 'a.db'}"],
         2, "There is no backup file"),
        (["--db", f"sqlite:///{tmp_path / 'missing.db'}", "db", "backup", "--out", str(tmp_path / "b.db")],
         2, "There is no SQLite database"),
        (["--db", f"sqlite:///{tmp_path / 'x.db'}", "db", "backup", "--out", str(tmp_path / "no" / "b.db")],
         2, "does not exist"),
    ]  # fmt: skip
    for argv, expected, words in cases:
        code, _, err = run(capsys, *argv)
        assert (code, words in err) == (expected, True), (argv, err)
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()
    code, out_text, err = run(capsys, "--db", f"sqlite:///{empty}", "db", "backup", "--out", str(tmp_path / "b.db"))
    assert code == 1 and "!! Schema version: empty" in out_text and "no backup was written" in err
    sqlite_backup = tmp_path / "s.db"
    shutil.copyfile(empty, sqlite_backup)
    code, _, err = run(capsys, "db", "restore", "--from", str(sqlite_backup), "--to", "postgresql://u@127.0.0.1/x")
    assert code == 2 and "A SQLite backup restores only into a SQLite database" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db", "notes.txt", "s.db"]


def test_postgres_backup_without_pg_dump_points_to_the_docs(
    postgres_factory: PostgresFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """No pg_dump on PATH: a clear refusal naming docs/operations.md, and no file."""
    url = postgres_factory.new()
    try:
        monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
        code, _, err = run(capsys, "--db", url, "db", "backup", "--out", str(tmp_path / "b.dump"))
        assert code == 1 and "pg_dump was not found" in err and "docs/operations.md" in err
        assert not list(tmp_path.glob("b.dump*"))
    finally:
        postgres_factory.drop(url)


def test_a_damaged_file_is_refused_and_nothing_is_left(
    sqlite_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup with a damaged page fails the integrity check before anything is copied (exit 1); a
    file that only looks like SQLite cannot be backed up (exit 2). Neither leaves a file."""
    some_records(sqlite_ctx, learners=3)
    good = tmp_path / "good.db"
    assert backup(sqlite_ctx.db, good).ok
    damaged = tmp_path / "damaged.db"
    data = bytearray(good.read_bytes())
    data[4096 * 3 : 4096 * 4] = b"\xa5" * 4096  # page 4: garbage
    damaged.write_bytes(bytes(data))
    code, out_text, err = run(capsys, "db", "restore", "--from", str(damaged), "--to", f"sqlite:///{tmp_path / 'r.db'}")
    assert code == 1 and "!! Integrity: database disk image is malformed" in out_text and "nothing was written" in err
    fake = tmp_path / "fake.db"
    fake.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    code, _, err = run(capsys, "--db", f"sqlite:///{fake}", "db", "backup", "--out", str(tmp_path / "b.db"))
    assert code == 2 and "SQLite could not copy" in err
    assert sorted(p.name for p in tmp_path.glob("*.db*")) == ["damaged.db", "fake.db", "good.db"]


def test_check_of_a_copy_changes_nothing(sqlite_ctx: AppContext, tmp_path: Path) -> None:
    """The checks of a backup open it read-only: the file's bytes do not change."""
    some_records(sqlite_ctx, learners=2)
    out = tmp_path / "b.db"
    assert backup(sqlite_ctx.db, out).ok
    before = out.read_bytes()
    checks, schema, rows = check_sqlite_copy(out)
    assert all(c.ok for c in checks) and schema == migrate.head_revision() and rows == sqlite_ctx.audit.count()
    assert out.read_bytes() == before and [p.name for p in tmp_path.glob("b.db*")] == ["b.db"]
    with create_engine(f"sqlite:///{out}").connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "delete"  # one self-contained file
