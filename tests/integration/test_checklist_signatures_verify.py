"""`audit verify` checks checklist e-signatures too: a value changed in the database, a signature copied onto
another record and an event slipped in after the approval are each named (execution, seq, problem), exit 1."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from aptaskil_desk.app import AppContext
from aptaskil_desk.cli import main
from aptaskil_desk.services.checklist_runs import Answer
from tests.checklist_setup import PASSWORD, ChecklistWorld, checklist_world
from tests.integration.test_cli_checklists import short_template

#: Columns of a checklist event copied as they are (execution_id and seq are given).
COPIED = ("kind", "step_id", "version", "value", "outcome", "number", "description", "impact", "action", "meaning",
          "hash", "reason", "evidence", "by_id", "by_name", "at", "terminal")  # fmt: skip
EXECUTION = "(SELECT id FROM checklist_execution WHERE record_uuid = :run)"


@pytest.fixture
def world(ctx: AppContext, tmp_path: Path) -> ChecklistWorld:
    w = checklist_world(ctx)
    short_template(ctx, tmp_path)
    return w


def _run(ctx: AppContext, world: ChecklistWorld, *meanings: str) -> str:
    """A T-SHORT execution by tech1, signed with each meaning in turn (tech1, tech2, qa1)."""
    answers: dict[str, Answer] = {"clean": True, "temperature": Decimal("21.5"), "grade": "ok"}
    run_id = ctx.checklist_runs.execute_answers(world.actor("tech1"), "T-SHORT", "BAL-01", answers).info.id
    signers = {"executed": "tech1", "reviewed": "tech2", "approved": "qa1"}
    for meaning in meanings:
        ctx.checklist_runs.sign(signers[meaning], PASSWORD, run_id, meaning, terminal=ctx.terminal)
    return run_id


def _raw(ctx: AppContext, statement: str, *, unguarded: bool = False, **params: Any) -> None:
    """SQL straight to the database, as someone with database access would (guard removed when asked)."""
    with ctx.db.engines.write.begin() as conn:
        if unguarded and ctx.db.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER checklist_event_no_update"))
        elif unguarded:
            conn.execute(text("ALTER TABLE checklist_event DISABLE TRIGGER checklist_event_append_only"))
        conn.execute(text(statement), params)


def _copy_event(ctx: AppContext, source: str, target: str, where: str, seq: int, **replaced: Any) -> None:
    """Insert a copy of one of ``source``'s events into ``target`` as its event ``seq`` (inserting needs no guard
    removed: the records only refuse UPDATE and DELETE)."""
    columns = ", ".join(COPIED)
    selected = ", ".join(f":{c}" if c in replaced else c for c in COPIED)
    _raw(ctx, f"INSERT INTO checklist_event (execution_id, seq, {columns}) "
              f"SELECT (SELECT id FROM checklist_execution WHERE record_uuid = :target), :seq, {selected} "
              f"FROM checklist_event WHERE execution_id = {EXECUTION} AND {where}",
         run=source, target=target, seq=seq, **replaced)  # fmt: skip


def _verify(ctx: AppContext, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    code = main(["--db", ctx.settings.database, "--lang", "en", "audit", "verify", *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _problems(doc: dict[str, Any]) -> list[tuple[str, int, str]]:
    return [(p["execution"], p["seq"], p["problem"]) for p in doc["signatures"]["problems"]]


def test_untouched_records_verify(ctx: AppContext, world: ChecklistWorld, capsys: pytest.CaptureFixture[str]) -> None:
    _run(ctx, world, "executed", "reviewed", "approved")
    _run(ctx, world, "executed")
    code, out, _ = _verify(ctx, capsys, "--json")
    doc = json.loads(out)
    assert code == 0 and doc["ok"] is True and doc["problem"] is None
    assert doc["signatures"] == {"ok": True, "problems": []}


def test_a_value_changed_in_the_database_is_named(
    ctx: AppContext, world: ChecklistWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    """21.5 °C becomes 24.9 °C behind the application's back: the three signatures over it no longer match."""
    run_id = _run(ctx, world, "executed", "reviewed", "approved")
    other = _run(ctx, world, "executed")
    _raw(ctx, f"UPDATE checklist_event SET value = '24.9' WHERE execution_id = {EXECUTION} AND "
              "step_id = 'temperature' AND kind = 'value'", unguarded=True, run=run_id)  # fmt: skip
    assert ctx.checklist_runs.run(run_id).execution.latest("temperature").value == "24.9"  # type: ignore[union-attr]
    code, out, _ = _verify(ctx, capsys, "--json")
    doc = json.loads(out)
    assert code == 1 and doc["ok"] is False and doc["problem"] is None  # the audit chain itself is intact
    assert _problems(doc) == [(run_id, 4, "altered"), (run_id, 5, "altered"), (run_id, 6, "altered")]
    assert other not in {p[0] for p in _problems(doc)}
    message = doc["signatures"]["problems"][0]["message"]
    assert message == f"Checklist execution {run_id}: signature 4 no longer matches what it signed (altered or copied)."
    code, out, err = _verify(ctx, capsys)
    assert code == 1 and "Audit trail intact" in out and f"Checklist execution {run_id}: signature 6" in err
    code, _, err = (main(["--db", ctx.settings.database, "--lang", "en", "checklist", "show", run_id]),
                    *capsys.readouterr())  # fmt: skip
    assert code == 0 and "signature 4 no longer matches" in err


@pytest.mark.parametrize("how", ["row", "hash"])
def test_a_signature_copied_onto_another_record_is_detected(
    ctx: AppContext, world: ChecklistWorld, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    """Two executions with the same values by the same person at the same instant differ only by their record:
    the signature of one, copied whole onto the other or its hash pasted on the other's own signature, fails."""
    signed = _run(ctx, world, "executed")
    if how == "row":
        target = _run(ctx, world)
        _copy_event(ctx, signed, target, "kind = 'signature'", 4)
        assert ctx.checklist_runs.run(target).info.state.value == "executed"  # it looks signed…
    else:
        target = _run(ctx, world, "executed")
        _raw(ctx, f"UPDATE checklist_event SET hash = (SELECT hash FROM checklist_event WHERE kind = 'signature' "
                  f"AND execution_id = {EXECUTION.replace(':run', ':signed')}) "
                  f"WHERE kind = 'signature' AND execution_id = {EXECUTION}", unguarded=True, run=target,
             signed=signed)  # fmt: skip
    code, out, _ = _verify(ctx, capsys, "--json")
    assert code == 1 and _problems(json.loads(out)) == [(target, 4, "altered")]  # …and is caught


def test_an_event_added_after_the_approval_is_detected(
    ctx: AppContext, world: ChecklistWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    """A value slipped into an approved record (its own next seq): the approval still matches what it signed, and
    the late event is named."""
    run_id = _run(ctx, world, "executed", "reviewed", "approved")
    _copy_event(ctx, run_id, run_id, "step_id = 'clean' AND kind = 'value'", 7, step_id="note", value="late remark",
                outcome="not_evaluated")  # fmt: skip
    assert ctx.checklist_runs.run(run_id).execution.latest("note") is not None
    code, out, _ = _verify(ctx, capsys, "--json")
    doc = json.loads(out)
    assert code == 1 and _problems(doc) == [(run_id, 7, "after_approval")]
    assert doc["signatures"]["problems"][0]["message"] == (
        f"Checklist execution {run_id}: event 7 was recorded after the approval.")  # fmt: skip
