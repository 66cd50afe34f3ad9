"""A failed database check raises an incident for QA and stops recording on every terminal until QA
resolves it; the same findings, once accepted, stop nothing; new findings raise a new incident."""

from __future__ import annotations

import io
import json
import threading
import time
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
from aptaskil_desk.services.health import check_database
from aptaskil_desk.services.integrity import CheckOutcome
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
        with pytest.raises(WritesStopped, match="check found a problem on this terminal"):
            _learner(ctx, "R1")
        assert ctx.db.writes_stopped is not None
    finally:
        ctx.close()


def _audit_rows(ctx: AppContext) -> list[AuditLog]:
    return ctx.db.run_read(lambda s: list(s.scalars(select(AuditLog).order_by(AuditLog.seq))))


def _alter_row(ctx: AppContext, seq: int) -> None:
    """Change one more audit row by hand (the update guard already dropped)."""
    _raw(ctx, f"UPDATE audit_log SET reason = 'forged {seq}' WHERE seq = {seq}")


def test_a_later_change_behind_an_accepted_one_raises_a_new_incident(ctx: AppContext) -> None:
    """QA accepts a damaged row 2; somebody then changes row 5: the findings differ (every break is
    named, not only the first), so a new incident stops recording again."""
    _staff(ctx)
    for n in range(6):
        _learner(ctx, f"R{n}")
    _alter_audit_row(ctx)
    first = ctx.integrity.check(ctx.system_actor(), "check")
    assert first.raised and first.incident is not None
    ctx.integrity.resolve("qa1", PASSWORD, first.incident.id, "Row 2 changed in a test; see DEV-7.", terminal="T")
    assert ctx.integrity.check(ctx.system_actor(), "check").accepted is not None

    _alter_row(ctx, 5)
    verify = ctx.audit.verify(ctx.system_actor())
    assert [p.seq for p in verify.problems] == [2, 5]
    again = ctx.integrity.check(ctx.system_actor(), "check")
    assert again.raised and again.incident is not None and again.accepted is None
    assert "row 2" in again.incident.findings[-1].detail and "row 5" in again.incident.findings[-1].detail
    with pytest.raises(WritesStopped):
        _learner(ctx, "R9")


def test_a_trail_cut_at_its_end_stops_this_terminal(ctx: AppContext) -> None:
    """Rows removed at the end of the trail: the incident's own audit row cannot be written, so the
    incident cannot be recorded (rule 4) — this terminal stops recording and says why."""
    for n in range(4):
        _learner(ctx, f"R{n}")
    drop = (
        ["DROP TRIGGER audit_log_no_delete"]
        if ctx.db.dialect == "sqlite"
        else ["DROP TRIGGER audit_log_no_update ON audit_log", "DROP TRIGGER audit_log_no_truncate ON audit_log"]
    )
    last = max(r.seq for r in _audit_rows(ctx))
    _raw(ctx, *drop, f"DELETE FROM audit_log WHERE seq >= {last - 1}")
    outcome = ctx.integrity.check(ctx.system_actor(), "startup")
    assert not outcome.report.ok and outcome.incident is None and outcome.unrecorded is not None
    assert ctx.db.writes_stopped is not None
    with pytest.raises(WritesStopped, match="check found a problem on this terminal"):
        _learner(ctx, "R9")


def test_during_an_incident_staff_badges_open_the_unlock_and_nothing_else_is_recorded(ctx: AppContext) -> None:
    _staff(ctx)
    _learner(ctx, "R1")
    qa = ctx.accounts.get("qa1")
    learner = next(p for p in ctx.people.list_learners() if p.external_ref == "R1")
    qa_code, learner_code = (b.code for b in ctx.badges.issue(ctx.system_actor(), [qa.person_id, learner.id]))
    _drop_printed_record_guard(ctx)
    outcome = ctx.integrity.check(ctx.system_actor(), "startup")
    assert outcome.raised and outcome.incident is not None
    trail = len(_audit_rows(ctx))

    staff = ctx.scan.scan(qa_code, "KIOSK-B")
    assert staff.result == "staff" and staff.person is not None and staff.person.name == "Quentin Qualité"
    for payload in (learner_code, "\x1b[garbage", "E" + learner_code[1:]):
        with pytest.raises(WritesStopped, match=f"incident {outcome.incident.id}"):
            ctx.scan.scan(payload, "KIOSK-B")
    assert len(_audit_rows(ctx)) == trail  # nothing recorded, not even a refusal

    # An administrator can still lift a lock-out and set a PIN: a locked-out QA must reach the area.
    for _ in range(5):
        with pytest.raises(Refused):
            ctx.accounts.authenticate_password("qa1", "wrong", "KIOSK-B")
    ctx.accounts.unlock(ctx.system_actor(), "qa1", "locked out during incident 1")
    ctx.accounts.set_pin(ctx.system_actor(), "qa1", "1357")
    assert ctx.accounts.authenticate_pin("qa1", "1357", "KIOSK-B").login == "qa1"


def test_two_open_incidents_both_need_resolving(ctx: AppContext) -> None:
    _staff(ctx)
    _drop_printed_record_guard(ctx)
    first = ctx.integrity.check(ctx.system_actor(), "startup")
    _alter_audit_row(ctx)
    second = ctx.integrity.check(ctx.system_actor(), "check")
    assert first.incident is not None and second.incident is not None and first.incident.id != second.incident.id
    assert [i.id for i in ctx.integrity.open_incidents()] == [second.incident.id, first.incident.id]
    ctx.integrity.resolve("qa1", PASSWORD, first.incident.id, "Guard restored by IT (ticket 12).", terminal="T")
    with pytest.raises(WritesStopped, match=f"incident {second.incident.id}"):
        _learner(ctx, "R1")
    ctx.integrity.resolve("qa1", PASSWORD, second.incident.id, "Row 2 forged in a test (DEV-8).", terminal="T")
    _learner(ctx, "R1")


def test_each_incident_and_resolution_is_audited_with_its_own_row(ctx: AppContext) -> None:
    _staff(ctx)
    _drop_printed_record_guard(ctx)
    outcome = ctx.integrity.check(ctx.system_actor(), "startup")
    assert outcome.incident is not None
    number = outcome.incident.id
    with pytest.raises(InvalidInput, match="too long"):
        ctx.integrity.resolve("qa1", PASSWORD, number, "x" * 2001, terminal="T")
    ctx.integrity.resolve("qa1", PASSWORD, number, "Guard restored by IT (ticket 13).", terminal="KIOSK-Q")
    rows = [r for r in _audit_rows(ctx) if r.action.startswith("integrity.")]
    assert [(r.action, r.entity, r.entity_id, r.terminal) for r in rows] == [
        ("integrity.incident", "integrity_incident", str(number), ctx.terminal),
        ("integrity.resolved", "integrity_incident", str(number), "KIOSK-Q"),
    ]
    assert json.loads(rows[1].new_values or "{}")["note"] == "Guard restored by IT (ticket 13)."
    assert rows[1].actor_name == "qa1"


def test_an_open_incident_with_known_findings_is_reported_before_an_accepted_one(ctx: AppContext) -> None:
    """Two incidents with the same findings (one resolved, one open, as a race between terminals
    could leave them): the check reports the open one, and recording stays stopped."""
    _staff(ctx)
    _drop_printed_record_guard(ctx)
    first = ctx.integrity.check(ctx.system_actor(), "startup")
    assert first.incident is not None
    ctx.integrity.resolve("qa1", PASSWORD, first.incident.id, "Guard restored by IT (ticket 14).", terminal="T")
    _raw(
        ctx,
        "INSERT INTO integrity_incident (raised_at, terminal, raised_by, source, fingerprint, findings) "
        f"SELECT raised_at, 'KIOSK-Z', raised_by, source, fingerprint, findings FROM integrity_incident "
        f"WHERE id = {first.incident.id}",
    )
    again = ctx.integrity.check(ctx.system_actor(), "check")
    assert again.incident is not None and again.incident.terminal == "KIOSK-Z" and again.accepted is None


def test_terminals_starting_together_raise_one_incident(ctx: AppContext, clock: FixedClock) -> None:
    """Six terminals find the same problem at the same instant: one incident, not six.

    On PostgreSQL the audit head is held locked meanwhile, so that all six transactions are under way
    together before any can finish: without the advisory lock each would have looked, found nothing
    and inserted its own incident."""
    _drop_printed_record_guard(ctx)
    report = check_database(ctx.db, ctx.system_actor(), ctx.audit)  # the findings, no incident yet
    assert not report.ok and ctx.integrity.incidents() == []
    contexts = [_other_terminal(ctx, clock) for _ in range(6)]
    blocker = ctx.db.engines.write.connect() if ctx.db.dialect == "postgresql" else None
    try:
        if blocker is not None:
            blocker.begin()
            blocker.execute(text("SELECT seq FROM audit_head FOR UPDATE"))
        barrier = threading.Barrier(6)
        outcomes: list[CheckOutcome] = []

        def start(c: AppContext) -> None:
            barrier.wait()
            outcomes.append(c.integrity.raise_incident(c.system_actor(), report, "startup"))

        threads = [threading.Thread(target=start, args=(c,)) for c in contexts]
        for t in threads:
            t.start()
        if blocker is not None:
            waiting = text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND wait_event_type = 'Lock'")  # fmt: skip
            deadline = time.monotonic() + 30
            while blocker.execute(waiting).scalar_one() < 6 and time.monotonic() < deadline:
                time.sleep(0.05)  # waiting for the six transactions to queue up, not for time to pass
            blocker.rollback()
        for t in threads:
            t.join()
        assert len(outcomes) == 6 and sum(o.raised for o in outcomes) == 1
        assert len(ctx.integrity.incidents()) == 1
    finally:
        if blocker is not None:
            blocker.close()
        for c in contexts:
            c.close()


def test_a_passing_check_says_an_earlier_incident_is_still_open(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    _drop_printed_record_guard(ctx)
    outcome = ctx.integrity.check(ctx.system_actor(), "startup")
    assert outcome.incident is not None
    statement = (
        "CREATE TRIGGER printed_record_no_update BEFORE UPDATE ON printed_record "
        "BEGIN SELECT RAISE(ABORT, 'printed_record is append-only: UPDATE refused'); END"
        if ctx.db.dialect == "sqlite"
        else "CREATE TRIGGER printed_record_append_only BEFORE UPDATE OR DELETE ON printed_record "
        "FOR EACH ROW EXECUTE FUNCTION record_refuse()"
    )
    _raw(ctx, statement)  # IT puts the guard back; QA has not resolved the incident yet
    code, doc = _check(ctx, capsys)
    still_open = doc["still_open"]
    assert doc["ok"] is True and code == 1 and isinstance(still_open, list)
    assert [i["id"] for i in still_open] == [outcome.incident.id]
