"""Several OS processes write audited rows into one database at once, on SQLite and PostgreSQL.

Each worker is a separate Python process (``tests.integration.proc_writer``) with its own
``AppContext`` and terminal name, acting as a real instructor (so each transaction reads the
actor's roles before it writes). All of them build their application and connect first, then
wait on stdin; the parent releases them together, so the 8 × 200 service calls really contend
for the one audit head. Nothing is mocked: real engines, real locks, real transactions.
"""

from __future__ import annotations

import itertools
import json
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.integration.proc_writer import open_context, ref, snapshot, start_writer

WORKERS = 8
WRITES = 200
#: The workers act as this instructor: each call first reads the actor's roles, then writes.
STAFF = "cdubois"
VERIFICATIONS = 30
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


def _add_staff(url: str) -> None:
    ctx = open_context(url, "SETUP")
    try:
        ctx.accounts.add_user(ctx.system_actor(), STAFF, "Claire", "Dubois", ["instructor"], "correct horse battery")
    finally:
        ctx.close()


def _run_workers(url: str, tmp_path: Path, workers: int = WORKERS, writes: int = WRITES) -> list[dict[str, Any]]:
    """Start the workers, wait until every one is connected, release them together, collect reports."""
    procs: list[tuple[subprocess.Popen[str], Path]] = []
    try:
        for n in range(workers):
            stderr_path = tmp_path / f"worker{n}.stderr"
            writer = start_writer("burst", url, f"TERM-{n}", f"P{n}", stderr=stderr_path, count=writes, login=STAFF)
            procs.append((writer, stderr_path))
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


def _cut_points(terminals: list[str]) -> list[int]:
    """Positions k where no terminal has rows both before k and from k on (a sequential hand-over)."""
    last = {t: k for k, t in enumerate(terminals)}
    cuts, reach = [], 0
    for k, terminal in enumerate(terminals[:-1]):
        reach = max(reach, last[terminal])
        if reach == k:
            cuts.append(k + 1)
    return cuts


@pytest.mark.slow
def test_eight_processes_write_audited_rows_concurrently_without_loss(db_url: str, tmp_path: Path) -> None:
    """8 processes × 200 audited writes at once: no error, no lost row, one gap-free verified chain."""
    _add_staff(db_url)
    before = snapshot(db_url)

    reports = _run_workers(db_url, tmp_path)

    failures = {r["terminal"]: f"{r['errors']} failed, first: {r['first_errors'][0]}" for r in reports if r["errors"]}
    assert not failures, f"service calls failed: {failures}"
    after = snapshot(db_url)
    total = WORKERS * WRITES

    new_persons = {pid: v for pid, v in after.persons.items() if pid not in before.persons}
    assert len(new_persons) == total
    assert Counter(ext for ext, _ in new_persons.values()) == Counter(
        ref(f"P{n}", i) for n in range(WORKERS) for i in range(WRITES)
    )
    new_rows = after.trail[len(before.trail) :]
    assert len(new_rows) == total
    assert [r.seq for r in after.trail] == list(range(1, len(after.trail) + 1)), "audit seq has gaps or duplicates"
    assert after.verification.ok, after.verification.problem
    assert after.verification.rows_checked == len(after.trail)
    # One audit row per new person, written by the process (terminal) that created that person.
    assert {r.action for r in new_rows} == {"person.create"}
    assert Counter(r.entity_id for r in new_rows) == Counter(new_persons.keys())
    assert all(new_persons[str(r.entity_id)][1] == r.terminal for r in new_rows)

    # The workers really ran at the same time: their write phases overlap in wall-clock time...
    assert max(r["started"] for r in reports) < min(r["finished"] for r in reports)
    # ...and their rows interleave along the chain. Run one after another, the chain would split
    # into 8 blocks; here no cut point divides it into rows of some workers and rows of others.
    # (Pairwise overlap is NOT required: SQLite's busy handler polls with back-off, so it is
    # unfair, and a worker may wait for hundreds of others' commits before its first one.)
    terminals = [r.terminal for r in new_rows]
    assert {t: terminals.count(t) for t in set(terminals)} == {f"TERM-{n}": WRITES for n in range(WORKERS)}
    switches = sum(1 for a, b in itertools.pairwise(terminals) if a != b)
    slowest = max(r["slowest_call"] for r in reports)
    print(f"{db_url.split(':')[0]}: {switches} terminal switches along the chain, slowest call {slowest:.2f}s")
    cuts = _cut_points(terminals)
    assert not cuts, f"the chain splits into separate runs at positions {cuts}: {terminals}"


@pytest.mark.slow
def test_audit_verify_while_another_process_writes_reports_no_false_alarm(db_url: str, tmp_path: Path) -> None:
    """``audit verify`` run while another terminal writes sees one consistent chain, never a false tamper alarm."""
    writer = start_writer("loop", db_url, "WRITER", "V", stderr=tmp_path / "writer.stderr")
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().startswith("ACK "), (tmp_path / "writer.stderr").read_text()
        ctx = open_context(db_url, "AUDITOR")
        try:
            reports = [ctx.audit.verify(ctx.system_actor()) for _ in range(VERIFICATIONS)]
        finally:
            ctx.close()
        assert writer.poll() is None, "the writer stopped before the verifications were done"
    finally:
        writer.kill()
        writer.wait()
    assert reports[-1].rows_checked > reports[0].rows_checked, "no write happened during the verifications"
    false_alarms = [r.problem for r in reports if not r.ok]
    assert not false_alarms, f"{len(false_alarms)}/{VERIFICATIONS} verifications failed, e.g. {false_alarms[0]}"


@pytest.mark.slow
def test_audit_timestamps_rise_along_the_chain_under_concurrent_writers(db_url: str, tmp_path: Path) -> None:
    """With 4 terminals writing at once, no audit row is stamped earlier than the row chained before it."""
    _add_staff(db_url)
    reports = _run_workers(db_url, tmp_path, workers=4, writes=50)
    assert not [r for r in reports if r["errors"]], reports
    trail = snapshot(db_url).trail
    backwards = [(a.seq, b.seq, (a.at - b.at).total_seconds()) for a, b in itertools.pairwise(trail) if b.at < a.at]
    assert not backwards, f"{len(backwards)} of {len(trail) - 1} steps go back in time, e.g. {backwards[:3]}"
