"""Eight OS processes write audited rows into one database at once, on SQLite and PostgreSQL.

Each worker is a separate Python process (``tests.integration.proc_writer``) with its own
``AppContext`` and terminal name. All of them build their application and connect first, then
wait on stdin; the parent releases them together, so the 8 × 200 service calls really contend
for the one audit head. Nothing is mocked: real engines, real locks, real transactions.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from aptaskil_desk.app import build_context
from aptaskil_desk.db.models import AuditLog, Person
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.settings import load_settings
from tests.integration.proc_writer import ref, writer_command

WORKERS = 8
WRITES = 200
STARTUP_TIMEOUT = 120.0
RUN_TIMEOUT = 300.0


def _read_line(proc: subprocess.Popen[str], stderr_path: Path) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.wait(timeout=STARTUP_TIMEOUT)
        raise AssertionError(
            f"worker exited with {proc.returncode} before answering:\n{stderr_path.read_text(errors='replace')}"
        )
    return line.strip()


def _run_workers(url: str, tmp_path: Path) -> list[dict[str, object]]:
    """Start the workers, wait until every one is connected, release them together, collect reports."""
    procs: list[tuple[subprocess.Popen[str], Path]] = []
    try:
        for n in range(WORKERS):
            stderr_path = tmp_path / f"worker{n}.stderr"
            with stderr_path.open("w") as stderr:
                procs.append(
                    (
                        subprocess.Popen(
                            writer_command("burst", url, f"TERM-{n}", f"P{n}", WRITES),
                            stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE,
                            stderr=stderr,
                            text=True,
                            cwd=Path(__file__).resolve().parents[2],
                        ),
                        stderr_path,
                    )
                )
        for proc, stderr_path in procs:
            assert _read_line(proc, stderr_path) == "READY"
        for proc, _ in procs:  # the barrier: every worker is blocked on stdin until this line
            assert proc.stdin is not None
            proc.stdin.write("GO\n")
            proc.stdin.flush()
        reports = []
        for proc, stderr_path in procs:
            out, _ = proc.communicate(timeout=RUN_TIMEOUT)
            assert proc.returncode == 0, f"worker failed ({proc.returncode}):\n{stderr_path.read_text()}"
            reports.append(json.loads(out.strip().splitlines()[-1]))
        return reports
    finally:
        for proc, _ in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


@pytest.mark.slow
def test_eight_processes_write_audited_rows_concurrently_without_loss(db_url: str, tmp_path: Path) -> None:
    """8 processes × 200 audited writes at once: no error, no lost row, one gap-free verified chain."""
    settings = load_settings(env={}, database=db_url, terminal="CHECK", language="en")
    ctx = build_context(settings, hasher=fast_hasher())
    try:
        before = ctx.audit.count()
    finally:
        ctx.close()  # no engine stays open in the parent while the workers run

    reports = _run_workers(db_url, tmp_path)

    failures = {r["terminal"]: r["first"] for r in reports if r["errors"]}
    assert not failures, f"service calls failed: {failures}"
    total = WORKERS * WRITES

    ctx = build_context(settings, hasher=fast_hasher())
    try:

        def read(s):  # type: ignore[no-untyped-def]
            refs = list(s.execute(select(Person.external_ref).where(Person.external_ref.like("P%"))).scalars())
            person_ids = {str(i) for i in s.execute(select(Person.id).where(Person.external_ref.like("P%"))).scalars()}
            trail = s.execute(
                select(AuditLog.seq, AuditLog.terminal, AuditLog.action, AuditLog.entity_id).order_by(AuditLog.seq)
            ).all()
            return refs, person_ids, trail, s.execute(select(func.count(Person.id))).scalar_one()

        refs, person_ids, trail, people = ctx.db.run_read(read)
        report = ctx.audit.verify(ctx.system_actor())
    finally:
        ctx.close()

    expected = {ref(f"P{n}", i) for n in range(WORKERS) for i in range(WRITES)}
    assert len(refs) == total and set(refs) == expected
    new_rows = trail[before:]
    assert len(trail) - before == total
    assert [r.seq for r in trail] == list(range(1, len(trail) + 1)), "audit seq has gaps or duplicates"
    assert {r.action for r in new_rows} == {"person.create"}
    assert sorted(r.entity_id for r in new_rows) == sorted(person_ids), "audit rows do not match the new persons"
    assert report.ok, report.problem
    assert report.rows_checked == len(trail)
    assert people >= total

    # Concurrency really happened: every worker's span of the chain overlaps every other's.
    terminals = [r.terminal for r in new_rows]
    spans = {}
    for position, terminal in enumerate(terminals):
        first, _ = spans.get(terminal, (position, position))
        spans[terminal] = (first, position)
    assert set(spans) == {f"TERM-{n}" for n in range(WORKERS)}
    assert all(terminals.count(t) == WRITES for t in spans)
    latest_first = max(first for first, _ in spans.values())
    earliest_last = min(last for _, last in spans.values())
    switches = sum(1 for a, b in zip(terminals, terminals[1:], strict=False) if a != b)
    print(f"{db_url.split(':')[0]}: {switches} terminal switches along the chain; spans {sorted(spans.values())}")
    assert latest_first < earliest_last, f"workers did not overlap: {spans}"
