"""A failed database check raises an incident for QA and stops recording on every terminal until QA
resolves it; the same findings, once accepted, stop nothing; new findings raise a new incident."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from aptaskil_desk.app import AppContext, SchemaPolicy, build_context
from aptaskil_desk.cli import main
from aptaskil_desk.clock import FixedClock
from aptaskil_desk.db import migrate
from aptaskil_desk.db.models import AuditLog, Person
from aptaskil_desk.errors import AuthenticationFailed, InvalidInput, PermissionDenied, Refused, WritesStopped
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.settings import Settings

PASSWORD = "correct horse battery staple"


def _staff(ctx: AppContext) -> None:
    system = ctx.system_actor()
    ctx.accounts.add_user(system, "qa1", "Quentin", "Qualité", ["qa"], PASSWORD, pin="4321")
    ctx.accounts.add_user(system, "tech1", "Amélie", "Technicienne", ["technician"], PASSWORD)


def _learner(ctx: AppContext, ref: str) -> None:
    ctx.people.add_learners(ctx.system_actor(), [NewLearner("Anne", "Lefèvre", "worker", external_ref=ref)])


def _people(ctx: AppContext) -> int:
    return ctx.db.run_read(lambda s: s.scalar(select(func.count()).select_from(Person)) or 0)


def _raw(ctx: AppContext, *statements: str) -> None:
    """Raw SQL outside the services, as someone with database access would."""
    with ctx.db.engines.write.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def _alter_audit_row(ctx: AppContext) -> None:
    drop = (
        ["DROP TRIGGER audit_log_no_update"]
        if ctx.db.dialect == "sqlite"
        else ["DROP TRIGGER audit_log_no_update ON audit_log"]
    )
    _raw(ctx, *drop, "UPDATE audit_log SET reason = 'forged' WHERE seq = 2")


def _drop_printed_record_guard(ctx: AppContext) -> None:
    if ctx.db.dialect == "sqlite":
        _raw(ctx, "DROP TRIGGER printed_record_no_update")
    else:
        _raw(ctx, "DROP TRIGGER printed_record_append_only ON printed_record")


def _check(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    code = main(["--db", ctx.settings.database, "--lang", "en", "--terminal", "KIOSK-B", "db", "check", "--json"])
    return code, json.loads(capsys.readouterr().out)


def _other_terminal(ctx: AppContext, clock: FixedClock) -> AppContext:
    settings: Settings = replace(ctx.settings, terminal="KIOSK-C")
    return build_context(settings, clock=clock, hasher=fast_hasher())


def test_a_passing_check_raises_nothing(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    _learner(ctx, "R1")
    code, doc = _check(ctx, capsys)
    assert code == 0 and doc["ok"] is True and doc["incident"] is None
    assert ctx.integrity.incidents() == []
    _learner(ctx, "R2")
    assert _people(ctx) == 2


def test_failed_check_stops_every_terminal_until_qa_resolves(
    ctx: AppContext, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    _staff(ctx)
    _learner(ctx, "R1")
    _alter_audit_row(ctx)
    other = _other_terminal(ctx, clock)
    try:
        code, doc = _check(ctx, capsys)
        assert code == 1 and doc["ok"] is False and doc["incident_raised"] is True
        incident = doc["incident"]
        assert isinstance(incident, dict)
        assert incident["terminal"] == "KIOSK-B" and incident["source"] == "check" and incident["open"] is True
        # The guard dropped to forge the row is missing too.
        assert [f["label"] for f in incident["failed"]] == ["Record guards", "Audit chain"]
        assert "row 2" in incident["failed"][1]["detail"]

        # Nothing is recorded, here or on another terminal, and nothing changes.
        before = _people(ctx)
        for terminal_ctx in (ctx, other):
            with pytest.raises(WritesStopped, match=f"incident {incident['id']}"):
                _learner(terminal_ctx, "R9")
        assert _people(ctx) == before
        # Sign-ins still work: QA must be able to reach the staff area.
        assert ctx.accounts.authenticate_pin("qa1", "4321", "KIOSK-B").login == "qa1"

        # Checking again finds the same open incident; nothing new.
        code, doc = _check(ctx, capsys)
        assert code == 1 and doc["incident_raised"] is False
        assert isinstance(doc["incident"], dict) and doc["incident"]["id"] == incident["id"]
        assert len(ctx.integrity.open_incidents()) == 1

        # Only QA (or an administrator), with the right password and a real note.
        with pytest.raises(PermissionDenied):
            ctx.integrity.resolve("tech1", PASSWORD, incident["id"], "Looked at it, all fine.", terminal="KIOSK-B")
        with pytest.raises(AuthenticationFailed):
            ctx.integrity.resolve("qa1", "wrong", incident["id"], "Looked at it, all fine.", terminal="KIOSK-B")
        with pytest.raises(InvalidInput):
            ctx.integrity.resolve("qa1", PASSWORD, incident["id"], "ok", terminal="KIOSK-B")
        assert len(ctx.integrity.open_incidents()) == 1

        note = "Audit row 2 changed by hand during a test; deviation DEV-2026-114 opened."
        resolved = ctx.integrity.resolve("qa1", PASSWORD, incident["id"], note, terminal="KIOSK-B")
        assert resolved.resolution is not None and resolved.resolution.resolved_by == "Quentin Qualité"
        with pytest.raises(Refused, match="already resolved"):
            ctx.integrity.resolve("qa1", PASSWORD, incident["id"], note, terminal="KIOSK-B")

        # Recording resumes everywhere.
        _learner(other, "R10")
        _learner(ctx, "R11")
        assert _people(ctx) == before + 2

        # The same findings, accepted: reported, nothing raised, nothing stopped.
        code, doc = _check(ctx, capsys)
        assert code == 1 and doc["incident"] is None and doc["accepted_in"] == incident["id"]
        _learner(ctx, "R12")

        # Something else wrong: a new incident, recording stops again.
        _drop_printed_record_guard(ctx)
        code, doc = _check(ctx, capsys)
        assert code == 1 and doc["incident_raised"] is True
        assert isinstance(doc["incident"], dict) and doc["incident"]["id"] != incident["id"]
        with pytest.raises(WritesStopped):
            _learner(other, "R13")

        actions = ctx.db.run_read(
            lambda s: list(s.scalars(select(AuditLog.action).where(AuditLog.action.like("integrity.%"))))
        )
        assert actions == ["integrity.incident", "integrity.resolved", "integrity.incident"]
    finally:
        other.close()


def test_incidents_and_resolutions_are_append_only(ctx: AppContext) -> None:
    _staff(ctx)
    _drop_printed_record_guard(ctx)
    outcome = ctx.integrity.check(ctx.system_actor(), "startup")
    assert outcome.raised and outcome.incident is not None
    ctx.integrity.resolve("qa1", PASSWORD, outcome.incident.id, "Guard restored by IT, see ticket 42.", terminal="T")
    for statement in (
        "UPDATE integrity_incident SET terminal = 'x'",
        "DELETE FROM integrity_incident",
        "UPDATE integrity_resolution SET note = 'x'",
        "DELETE FROM integrity_resolution",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            _raw(ctx, statement)


def test_cli_lists_and_resolves(ctx: AppContext, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    _staff(ctx)
    _drop_printed_record_guard(ctx)
    code, doc = _check(ctx, capsys)
    assert code == 1
    assert isinstance(doc["incident"], dict)
    number = doc["incident"]["id"]
    base = ["--db", ctx.settings.database, "--lang", "en"]
    assert main([*base, "db", "incidents", "--open"]) == 0
    listed = capsys.readouterr().out
    assert f"{number}  " in listed and "OPEN" in listed and "Record guards" in listed

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    note = "Trigger recreated from migration 0008 by IT."
    code = main([*base, "db", "resolve-incident", str(number), "--as", "qa1", "--note", note, "--password-stdin"])
    assert code == 0
    assert "recording resumes" in capsys.readouterr().out
    assert main([*base, "db", "incidents", "--open", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"incidents": []}
    assert main([*base, "db", "incidents", "--json"]) == 0
    (only,) = json.loads(capsys.readouterr().out)["incidents"]
    assert only["resolution"]["note"] == note and only["open"] is False


def test_an_incident_that_cannot_be_recorded_stops_this_process(db_url: str, settings: Settings,
                                                                clock: FixedClock) -> None:  # fmt: skip
    """A schema without the incident table (here: one revision behind) cannot hold the incident:
    the process that found the problem stops its own writes and says why."""
    ctx = build_context(settings, clock=clock, hasher=fast_hasher(), schema=SchemaPolicy.IGNORE)
    try:
        cfg = migrate.alembic_config()
        with ctx.db.engines.write.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0009")
        outcome = ctx.integrity.check(ctx.system_actor(), "startup")
        assert not outcome.report.ok and outcome.incident is None and outcome.unrecorded
        with pytest.raises(WritesStopped, match="could not be recorded"):
            _learner(ctx, "R1")
        assert ctx.db.writes_stopped is not None
    finally:
        ctx.close()
