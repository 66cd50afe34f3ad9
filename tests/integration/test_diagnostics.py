"""Diagnostics and crash incidents through the real services, on both databases (and on none at all)."""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import sys
import threading
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from aptaskil_desk import __version__
from aptaskil_desk.app import AppContext, SchemaPolicy, build_context
from aptaskil_desk.clock import FixedClock
from aptaskil_desk.crash import CrashHandler, Incident, incident_of, record_quietly
from aptaskil_desk.db import migrate
from aptaskil_desk.db.models import AuditLog
from aptaskil_desk.services.diagnostics import settings_file_in_use
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.settings import config_path, load_settings
from tests.conftest import T0
from tests.databases import PostgresFactory


def _crash_rows(ctx: AppContext) -> list[AuditLog]:
    rows = ctx.db.run_read(lambda s: list(s.execute(select(AuditLog).where(AuditLog.action == "app.crash")).scalars()))
    return sorted(rows, key=lambda r: r.seq)


def _raise(message: str) -> Incident:
    try:
        raise ValueError(message)
    except ValueError as error:
        return incident_of(ValueError, error, error.__traceback__, "MainThread")


def test_database_facts_on_a_reachable_database(ctx: AppContext) -> None:
    """Reachable, a latency, the server, the schema at head, the audit length, the URL without password."""
    ctx.centre.add_room(ctx.system_actor(), "LAB-1", "Laboratoire 1", "laboratory")
    facts = ctx.diagnostics.database()
    assert facts.reachable and facts.problem is None
    assert facts.dialect == ctx.db.dialect
    assert facts.latency_ms is not None and 0 <= facts.latency_ms < 1000
    assert facts.schema_version == migrate.head_revision() and facts.schema_current
    assert facts.audit_rows == ctx.db.run_read(lambda s: s.execute(select(func.count(AuditLog.id))).scalar_one())
    assert facts.audit_rows >= 1
    assert facts.server is not None and facts.server.startswith(
        "SQLite 3." if ctx.db.dialect == "sqlite" else "PostgreSQL "
    )
    if ctx.db.dialect == "sqlite":
        assert facts.file_size is not None and facts.file_size > 10_000
    else:
        assert facts.file_size is None


def test_the_address_never_shows_the_password(postgres_factory: PostgresFactory, tmp_path: Path) -> None:
    """A URL with a password is shown with *** in its place (PostgreSQL in trust mode accepts any password)."""
    db_url = postgres_factory.new()
    url = make_url(db_url).set(password="s3cret-pass")
    settings = load_settings(env={}, database=url.render_as_string(hide_password=False), terminal="T-PASS",
                             log_dir=str(tmp_path))  # fmt: skip
    context = build_context(settings, clock=FixedClock(T0), hasher=fast_hasher())
    try:
        facts = context.diagnostics.database()
    finally:
        context.close()
        postgres_factory.drop(db_url)
    assert facts.reachable
    assert "s3cret-pass" not in facts.url and ":***@" in facts.url


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_an_unreachable_database_is_a_fact_and_a_crash_is_only_logged(backend, tmp_path, caplog):
    """No server (or a file that is no database): the facts say why; a crash is logged, not recorded."""
    url = "postgresql://postgres@127.0.0.1:1/nowhere"
    if backend == "sqlite":
        garbage = tmp_path / "not-a-database.db"
        garbage.write_bytes(b"this is a spreadsheet, not a database\n" * 200)
        url = f"sqlite:///{garbage}"
    settings = load_settings(env={}, database=url, terminal="T-DOWN", log_dir=str(tmp_path))
    context = build_context(settings, clock=FixedClock(T0), hasher=fast_hasher(), schema=SchemaPolicy.IGNORE)
    try:
        facts = context.diagnostics.database()
        assert not facts.reachable and facts.problem is not None and str(facts.problem)
        assert facts.latency_ms is None and facts.schema_version is None and facts.audit_rows is None
        terminal = context.diagnostics.terminal(context.settings, tmp_path / "none.toml")
        assert terminal.registered is None and terminal.room is None
        instruments = context.diagnostics.instruments()
        assert instruments.problem is not None and instruments.registered == ()
        incident = _raise("boom while offline")
        with caplog.at_level(logging.INFO, logger="aptaskil_desk.crash"):
            recorded = record_quietly(partial(context.diagnostics.record_crash, context.system_actor()), incident)
        assert recorded is False
        assert f"crash {incident.traceback_hash} not recorded in the audit trail" in caplog.text
    finally:
        context.close()


def test_terminal_instruments_and_versions(ctx: AppContext, tmp_path: Path) -> None:
    """The room of the terminal, the register with calibration state, the versions of what it runs on."""
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB-CQ", "Laboratoire de contrôle qualité", "laboratory")
    ctx.centre.register_terminal(actor, ctx.terminal, "LAB-CQ")
    today = T0.date()
    ctx.instruments.register(actor, "BAL-01", "Balance XS205", "mt-sics", port="sim://mt-sics",
                             calibration_due=today + timedelta(days=90), room_code="LAB-CQ")  # fmt: skip
    ctx.instruments.register(actor, "PH-02", "pH-mètre Orion", "orion-star", port="/dev/ttyUSB0",
                             calibration_due=date(2026, 1, 31))  # fmt: skip
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text('terminal = "X"\n', encoding="utf-8")
    report = ctx.diagnostics.report(ctx.settings, settings_file=settings_file, extra_versions={"Qt": "6.x"})
    t = report.terminal
    assert (t.name, t.registered, t.room) == ("TEST-TERM-1", True, "LAB-CQ — Laboratoire de contrôle qualité")
    assert t.settings_file == str(settings_file) and t.settings_file_exists
    assert t.log_folder == str(ctx.settings.log_path) and t.language == "en"
    by_code = {i.asset_code: i for i in report.instruments.registered}
    assert by_code["BAL-01"].calibration_ok and by_code["BAL-01"].port == "sim://mt-sics"
    assert by_code["PH-02"].calibration_problem is not None
    assert by_code["PH-02"].calibration_problem.code == "calibration_overdue"
    assert report.instruments.problem is None and report.instruments.ports_problem is None
    names = [name for name, _ in report.versions]
    assert names[:3] == ["aptaskil-desk", "Python", "Qt"]
    assert {"SQLAlchemy", "reportlab", "Platform", "psycopg"} <= set(names)
    assert dict(report.versions)["aptaskil-desk"] == __version__


def test_settings_file_in_use_follows_the_command_line() -> None:
    """--config PATH (either spelling, before or after the command) wins; else the platform's file."""
    assert settings_file_in_use(["--config", "/etc/a.toml", "kiosk"]) == Path("/etc/a.toml")
    assert settings_file_in_use(["kiosk", "--windowed", "--config=/srv/b.toml"]) == Path("/srv/b.toml")
    assert settings_file_in_use(["--db", "sqlite:///x.db", "kiosk"]) == config_path()
    assert settings_file_in_use(["--config"]) == config_path()


def test_a_crash_is_an_audit_row_that_keeps_the_chain(ctx: AppContext) -> None:
    """record_crash appends app.crash (type, message, traceback hash, where) and the chain still verifies."""
    incident = _raise("the screen fell over")
    assert re.fullmatch(r"[0-9a-f]{12}", incident.traceback_hash)
    assert incident.where.startswith("test_diagnostics.py:") and incident.where.endswith(" in _raise")
    assert record_quietly(partial(ctx.diagnostics.record_crash, ctx.system_actor()), incident)
    [row] = _crash_rows(ctx)
    assert (row.entity, row.entity_id, row.terminal) == ("terminal", "TEST-TERM-1", "TEST-TERM-1")
    assert row.actor_name.startswith("system:")
    assert json.loads(row.new_values or "{}") == {
        "exception": "ValueError",
        "message": "the screen fell over",
        "traceback_hash": incident.traceback_hash,
        "where": incident.where,
        "thread": "MainThread",
    }
    assert ctx.audit.verify(ctx.system_actor()).ok
    # The same bug raised again gives the same hash, whatever its message says.
    assert _raise("another message").traceback_hash == incident.traceback_hash


def test_the_storm_rule_records_three_then_one_marked_then_only_logs(ctx: AppContext, caplog) -> None:
    """Five crashes in a row: three recorded and recovered, the fourth recorded as a storm, the fifth logged."""
    now = [0.0]
    recovered: list[Incident] = []
    record = partial(ctx.diagnostics.record_crash, ctx.system_actor())
    handler = CrashHandler(record, recovered.append, monotonic=lambda: now[0])
    try:
        raise KeyError("k")
    except KeyError as error:
        info = (KeyError, error, error.__traceback__)
    with caplog.at_level(logging.INFO, logger="aptaskil_desk.crash"):
        for _ in range(5):
            handler.handle(info, "MainThread")
            now[0] += 1.0
    rows = _crash_rows(ctx)
    assert len(rows) == 4 and len(recovered) == 3
    assert [json.loads(r.new_values or "{}").get("storm", False) for r in rows] == [False, False, False, True]
    assert (handler.crashes, handler.suppressed) == (5, 1)
    assert "only logged, 5 crashes within 60 s" in caplog.text
    # A quiet minute later the handler recovers again.
    now[0] += 61.0
    handler.handle(info, "MainThread")
    assert len(recovered) == 4 and len(_crash_rows(ctx)) == 5


def test_hooks_are_taken_and_given_back_and_a_thread_crash_is_handled(ctx: AppContext) -> None:
    """install() takes both hooks, a thread's exception reaches the handler, uninstall() restores them."""
    seen: list[Incident] = []
    before = (sys.excepthook, threading.excepthook)
    handler = CrashHandler(seen.append, lambda _incident: None)
    handler.install()
    try:
        assert (sys.excepthook, threading.excepthook) != before

        def fail() -> None:
            raise OSError("port vanished")

        thread = threading.Thread(target=fail, name="instrument-7")
        thread.start()
        thread.join()
    finally:
        handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    [incident] = seen
    assert dataclasses.astuple(incident)[0:2] == ("OSError", "port vanished")
    assert incident.thread == "instrument-7" and incident.where.endswith(" in fail")
