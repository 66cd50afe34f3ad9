"""The audit trail resists tampering on both databases, and `audit verify` names the first bad row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from aptaskil_desk.app import AppContext
from aptaskil_desk.cli import main
from aptaskil_desk.errors import Conflict
from aptaskil_desk.services.people import NewLearner


def _fill(ctx: AppContext, n: int = 6) -> None:
    ctx.people.add_learners(
        ctx.system_actor(), [NewLearner(f"Given{i}", f"Family{i}", "worker", external_ref=f"R{i}") for i in range(n)]
    )


def _raw(ctx: AppContext, *statements: str) -> None:
    """Run raw SQL outside the application's services, as an attacker with database access would."""
    with ctx.db.engines.write.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def _drop_guards(ctx: AppContext) -> list[str]:
    if ctx.db.dialect == "sqlite":
        return ["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"]
    return ["DROP TRIGGER audit_log_no_update ON audit_log"]


def _verify_cli(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    code = main(["--db", ctx.settings.database, "--lang", "en", "audit", "verify", "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_guards_refuse_update_and_delete(ctx: AppContext) -> None:
    """With the guards in place the database itself refuses UPDATE and DELETE on the trail."""
    _fill(ctx, 2)
    for statement in ("UPDATE audit_log SET reason = 'x' WHERE seq = 1", "DELETE FROM audit_log WHERE seq = 1"):
        with pytest.raises(DBAPIError, match="append-only"):
            _raw(ctx, statement)
    with pytest.raises(DBAPIError, match="audit head"):
        _raw(ctx, "UPDATE audit_head SET seq = 1")
    if ctx.db.dialect == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"):
            _raw(ctx, "TRUNCATE audit_log")
    assert ctx.audit.verify(ctx.system_actor()).ok


def test_clean_trail_verifies(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    """An untouched trail verifies: exit 0, every row checked."""
    _fill(ctx)
    code, doc = _verify_cli(ctx, capsys)
    assert code == 0 and doc["ok"] is True and doc["rows_checked"] == 6


def test_altered_row_is_named(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    """Changing one row's content through raw SQL (guard dropped) makes verify exit 1 naming that row."""
    _fill(ctx)
    _raw(
        ctx,
        *_drop_guards(ctx),
        "UPDATE audit_log SET new_values = REPLACE(new_values, 'Given3', 'Forged') WHERE seq = 4",
    )
    code, doc = _verify_cli(ctx, capsys)
    problem = doc["problem"]
    assert code == 1 and isinstance(problem, dict)
    assert problem["seq"] == 4 and problem["kind"] == "altered"


def test_altered_timestamp_or_actor_is_caught(ctx: AppContext) -> None:
    """Back-dating a row or changing who did it breaks the chain at that row."""
    _fill(ctx)
    _raw(ctx, *_drop_guards(ctx), "UPDATE audit_log SET actor_name = 'someone-else' WHERE seq = 2")
    problem = ctx.audit.verify(ctx.system_actor()).problem
    assert problem is not None and problem.seq == 2


def test_deleted_row_is_named(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    """Deleting a row in the middle is reported as the missing row."""
    _fill(ctx)
    _raw(ctx, *_drop_guards(ctx), "DELETE FROM audit_log WHERE seq = 3")
    code, doc = _verify_cli(ctx, capsys)
    problem = doc["problem"]
    assert code == 1 and isinstance(problem, dict)
    assert problem["kind"] == "missing" and "row 3 is missing" in str(problem["detail"])


def test_reordered_rows_are_caught(ctx: AppContext) -> None:
    """Swapping the order of two rows (renumbering seq) is caught at the first moved row."""
    _fill(ctx)
    _raw(
        ctx,
        *_drop_guards(ctx),
        "UPDATE audit_log SET seq = -1 WHERE seq = 2",
        "UPDATE audit_log SET seq = 2 WHERE seq = 5",
        "UPDATE audit_log SET seq = 5 WHERE seq = -1",
    )
    problem = ctx.audit.verify(ctx.system_actor()).problem
    assert problem is not None and problem.seq == 2 and problem.kind in ("unlinked", "altered")


def test_rehashed_forgery_is_caught_downstream(ctx: AppContext) -> None:
    """A forger who recomputes the altered row's own hash still breaks the link to the next row."""
    from sqlalchemy import select

    from aptaskil_desk.db.audit import hash_row
    from aptaskil_desk.db.models import AuditLog

    _fill(ctx)
    row = ctx.db.run_read(lambda s: s.execute(select(AuditLog).where(AuditLog.seq == 3)).scalar_one())
    row.reason = "forged"
    forged_hash = hash_row(row)
    _raw(ctx, *_drop_guards(ctx), f"UPDATE audit_log SET reason = 'forged', row_hash = '{forged_hash}' WHERE seq = 3")
    problem = ctx.audit.verify(ctx.system_actor()).problem
    assert problem is not None and problem.seq == 4 and problem.kind == "unlinked"


def test_removed_tail_is_caught(ctx: AppContext) -> None:
    """Removing the last rows is caught by the head row, which still names the true end."""
    _fill(ctx)
    _raw(ctx, *_drop_guards(ctx), "DELETE FROM audit_log WHERE seq >= 5")
    problem = ctx.audit.verify(ctx.system_actor()).problem
    assert problem is not None and problem.kind == "head_mismatch" and problem.seq == 5


def test_export_writes_every_row_as_json_lines(ctx: AppContext, tmp_path: Path) -> None:
    """`audit export` writes one JSON object per row, in chain order, names intact."""
    ctx.people.add_learners(ctx.system_actor(), [NewLearner("Şükrü", "Yılmaz", "job_seeker")])
    out = tmp_path / "trail.jsonl"
    assert main(["--db", ctx.settings.database, "audit", "export", "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["seq"] for r in lines] == [1]
    assert lines[0]["new"]["family_name"] == "Yılmaz" and lines[0]["action"] == "person.create"


def test_failed_transaction_leaves_no_audit_row(ctx: AppContext) -> None:
    """A write that fails half-way rolls back its audit rows with it (same transaction)."""
    _fill(ctx, 1)
    before = ctx.audit.count()
    with pytest.raises(Conflict):
        # external_ref R0 exists: the unique constraint fails after the first row and its audit row
        ctx.people.add_learners(
            ctx.system_actor(),
            [
                NewLearner("New", "Person", "worker", external_ref="R9"),
                NewLearner("Dup", "Person", "worker", external_ref="R0"),
            ],
        )
    assert ctx.audit.count() == before
    assert ctx.audit.verify(ctx.system_actor()).ok
