"""Writers killed with SIGKILL in the middle of their work lose nothing they acknowledged.

A writer process (``tests.integration.proc_writer`` in ``loop`` mode) makes audited service calls
one after another and prints ``ACK <ref>`` only after each call has returned, i.e. committed. The
test kills it at a random moment, 50 times over on the same SQLite file (20 times on
PostgreSQL, where the server survives and only the client dies), each new writer continuing
under a new prefix. A kill lands anywhere: inside a transaction, during its commit, or between
the commit and the acknowledgement. Then every acknowledged write must be there, nothing may be
duplicated, the audit chain must verify and, on SQLite, the file must pass
``PRAGMA integrity_check``.

The random delays come from a seeded RNG; the seed is printed and can be replayed with
``APTASKIL_CRASH_SEED=<seed>`` (the moment the kill lands still depends on scheduling).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.integration.proc_writer import ref, snapshot, start_writer

RUNS = {"sqlite": 50, "postgresql": 20}
#: When the kill lands, in seconds after the writer acknowledged its first write.
KILL_WINDOW = (0.05, 0.40)
EXIT_TIMEOUT = 60.0


def _seed() -> int:
    raw = os.environ.get("APTASKIL_CRASH_SEED")
    return int(raw) if raw else random.SystemRandom().randrange(2**32)


def _kill_one_writer(url: str, prefix: str, delay: float, stderr_path: Path) -> list[str]:
    """Run a writer until ``delay`` after its first acknowledgement, SIGKILL it, return what it acknowledged."""
    proc = start_writer("loop", url, f"CRASH-{prefix}", prefix, stderr=stderr_path)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # blocks until the first write has committed
        assert first.startswith("ACK "), f"writer did not start: {stderr_path.read_text(errors='replace')}"
        # Waiting on the child is the delay; it must still be writing when the time is up. (The
        # acknowledgements written meanwhile stay in the pipe: well under its 64 KiB.)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=delay)
        assert proc.returncode is None, f"writer stopped by itself: {stderr_path.read_text(errors='replace')}"
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        assert proc.wait(timeout=EXIT_TIMEOUT) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    # Every complete line is an acknowledgement; a line cut short by the kill would not count.
    lines = (first + rest).split("\n")[:-1]
    assert all(line.startswith("ACK ") for line in lines), lines
    return [line.removeprefix("ACK ") for line in lines]


@pytest.mark.slow
def test_sigkilled_writers_lose_no_acknowledged_write(db_url: str, tmp_path: Path) -> None:
    """Writers SIGKILLed at random moments: every acknowledged write kept, none doubled, chain and file intact."""
    backend = db_url.split(":", 1)[0]
    seed = _seed()
    print(f"crash seed {seed} (replay with APTASKIL_CRASH_SEED={seed})")
    rng = random.Random(seed)
    before = snapshot(db_url)

    acknowledged: dict[str, list[str]] = {}
    for run in range(RUNS[backend]):
        prefix = f"K{run:02d}"
        acks = _kill_one_writer(db_url, prefix, rng.uniform(*KILL_WINDOW), tmp_path / f"{prefix}.stderr")
        assert acks == [ref(prefix, i) for i in range(len(acks))], f"seed {seed}: acknowledgements out of order"
        acknowledged[prefix] = acks

    if backend == "sqlite":
        # Checked first, on the file exactly as the last kill left it (this connection replays the WAL).
        with contextlib.closing(sqlite3.connect(db_url.removeprefix("sqlite:///"))) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"seed {seed}"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], f"seed {seed}"

    after = snapshot(db_url)
    assert after.verification.ok, f"seed {seed}: {after.verification.problem}"
    assert [r.seq for r in after.trail] == list(range(1, len(after.trail) + 1)), f"seed {seed}: seq gaps"

    new_persons = {pid: ext for pid, (ext, _) in after.persons.items() if pid not in before.persons}
    stored = Counter(new_persons.values())
    assert max(stored.values(), default=1) == 1, f"seed {seed}: duplicated refs {stored.most_common(3)}"
    in_flight = 0
    for prefix, acks in acknowledged.items():
        kept = sorted(str(ext) for ext in stored if str(ext).startswith(f"{prefix}-"))
        missing = set(acks) - set(kept)
        assert not missing, f"seed {seed}: acknowledged writes lost: {sorted(missing)}"
        # Writes are sequential, so besides the acknowledged ones the database may hold only the
        # one that committed just before the kill, whose acknowledgement never got out.
        assert kept in (acks, [*acks, ref(prefix, len(acks))]), f"seed {seed}: {prefix} holds {kept[len(acks) :]}"
        in_flight += len(kept) - len(acks)
    assert sum(stored.values()) == sum(map(len, acknowledged.values())) + in_flight

    # Exactly one audit row per new person: the person and its audit row commit together or not at all.
    new_rows = after.trail[len(before.trail) :]
    assert {r.action for r in new_rows} == {"person.create"}
    assert Counter(r.entity_id for r in new_rows) == Counter(new_persons.keys())
    print(
        f"{backend}: {len(acknowledged)} writers killed, {sum(map(len, acknowledged.values()))} writes acknowledged, "
        f"{in_flight} committed but killed before acknowledging"
    )
