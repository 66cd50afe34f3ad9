"""A writer process for the concurrency and crash tests: real audited service calls, one per line.

Started by :func:`start_writer` (``python -m tests.integration.proc_writer MODE --db URL
--terminal T --prefix P [--count N] [--as LOGIN]`` from the repository root). Each write is
``people.add_learners`` with one learner whose ``external_ref`` is ``ref(P, i)``: one
transaction that inserts a person and chains one audit row. ``--as LOGIN`` acts as that staff
member, whose roles the permission check reads first, so that every transaction reads before it
writes (the case ``BEGIN IMMEDIATE`` exists for); without it the system actor writes.

Modes:
  ``burst``: build the application, print ``READY``, wait for ``GO`` on stdin (the barrier that
  releases every worker at once), make N writes, and print one JSON line: the number of errors
  and the first few messages, when the writes started and finished (wall clock), and the
  slowest call. A failed write is counted, never retried here: the retry policy under test is
  the application's own.
  ``loop``: write until killed, printing ``ACK <ref>`` (flushed) only after each call has
  returned, i.e. after its transaction committed. The parent kills it with SIGKILL.

:func:`snapshot` reads back what the writers left, for the tests' assertions.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.app import AppContext, build_context
from aptaskil_desk.db.models import AuditLog, Person
from aptaskil_desk.db.verify import ChainReport
from aptaskil_desk.services.base import Actor
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.settings import load_settings

REPO_ROOT = Path(__file__).resolve().parents[2]


def ref(prefix: str, i: int) -> str:
    """The external reference of the ``i``-th write of a writer."""
    return f"{prefix}-{i:05d}"


def open_context(url: str, terminal: str) -> AppContext:
    """The whole application, as a terminal builds it (cheap Argon2id: no hashing is timed here)."""
    return build_context(load_settings(env={}, database=url, terminal=terminal, language="en"), hasher=fast_hasher())


def start_writer(
    mode: str,
    url: str,
    terminal: str,
    prefix: str,
    *,
    stderr: Path,
    count: int | None = None,
    login: str | None = None,
) -> subprocess.Popen[str]:
    """Start a writer process; its stdin and stdout are text pipes, its stderr goes to a file."""
    argv = [sys.executable, "-m", "tests.integration.proc_writer", mode, "--db", url]
    argv += ["--terminal", terminal, "--prefix", prefix]
    if count is not None:
        argv += ["--count", str(count)]
    if login is not None:
        argv += ["--as", login]
    with stderr.open("w") as err:
        return subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True, cwd=REPO_ROOT
        )


class TrailRow(NamedTuple):
    """The audit columns the tests look at."""

    seq: int
    at: datetime
    terminal: str
    action: str
    entity_id: str | None


@dataclass(frozen=True)
class Snapshot:
    """What the writers left behind, read by a fresh application in the test process."""

    persons: dict[str, tuple[str | None, str]]  # person id (as in audit entity_id) → (external_ref, family name)
    trail: list[TrailRow]  # in seq order
    verification: ChainReport


def snapshot(url: str) -> Snapshot:
    """Read every person and the whole audit trail, and verify the chain through the service."""
    ctx = open_context(url, "CHECK")
    try:

        def read(s: Session) -> tuple[dict[str, tuple[str | None, str]], list[TrailRow]]:
            persons = {str(p.id): (p.external_ref, p.family_name) for p in s.execute(select(Person)).scalars()}
            trail = s.execute(
                select(AuditLog.seq, AuditLog.at, AuditLog.terminal, AuditLog.action, AuditLog.entity_id).order_by(
                    AuditLog.seq
                )
            ).all()
            return persons, [TrailRow(*row) for row in trail]

        persons, trail = ctx.db.run_read(read)
        return Snapshot(persons, trail, ctx.audit.verify(ctx.system_actor()))
    finally:
        ctx.close()  # no engine stays open in the test process while writers run


def _write(ctx: AppContext, actor: Actor, prefix: str, i: int) -> None:
    ctx.people.add_learners(actor, [NewLearner(f"G{i}", actor.terminal, "worker", external_ref=ref(prefix, i))])


def _burst(ctx: AppContext, actor: Actor, prefix: str, count: int) -> int:
    ctx.db.run_write(lambda session: None)  # connect (and set up) the write engine before the barrier
    print("READY", flush=True)
    if sys.stdin.readline().strip() != "GO":
        return 3
    errors: list[str] = []
    slowest = 0.0
    started = time.time()  # wall clock: comparable between the workers
    for i in range(count):
        call = time.monotonic()
        try:
            _write(ctx, actor, prefix, i)
        except Exception as error:  # every failure is what the test counts
            errors.append(f"{type(error).__name__}: {error}")
        slowest = max(slowest, time.monotonic() - call)
    report = {
        "terminal": actor.terminal,
        "errors": len(errors),
        "first_errors": errors[:3],
        "started": started,
        "finished": time.time(),
        "slowest_call": slowest,
    }
    print(json.dumps(report), flush=True)
    return 0


def _loop(ctx: AppContext, actor: Actor, prefix: str) -> int:
    i = 0
    while True:
        _write(ctx, actor, prefix, i)
        print(f"ACK {ref(prefix, i)}", flush=True)  # only now is the write acknowledged
        i += 1


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="proc_writer")
    parser.add_argument("mode", choices=["burst", "loop"])
    parser.add_argument("--db", required=True)
    parser.add_argument("--terminal", required=True)
    parser.add_argument("--prefix", required=True)
    parser.add_argument("--count", type=int, default=0)
    parser.add_argument("--as", dest="login")
    args = parser.parse_args(argv)
    ctx = open_context(args.db, args.terminal)
    try:
        actor = ctx.system_actor() if args.login is None else ctx.accounts.get(args.login).actor(args.terminal)
        if args.mode == "burst":
            return _burst(ctx, actor, args.prefix, args.count)
        return _loop(ctx, actor, args.prefix)
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
