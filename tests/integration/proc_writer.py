"""A writer process for the concurrency and crash tests: real audited service calls, one per line.

Run as ``python -m tests.integration.proc_writer MODE URL TERMINAL PREFIX [COUNT]`` from the
repository root. Each write is ``people.add_learners`` with one learner whose ``external_ref`` is
``f"{PREFIX}-{i:05d}"`` — one transaction that inserts a person and chains one audit row.

Modes:
  ``burst``: build the application, print ``READY``, wait for a line on stdin (the barrier that
  releases every worker at once), make COUNT writes, and print one JSON line with the number of
  errors and the first few error messages. A failed write is counted, never retried here: the
  retry policy under test is the application's own.
  ``loop``: write until killed, printing ``ACK <ref>`` (flushed) only after each call has
  returned, i.e. after its transaction committed. The parent kills it with SIGKILL.
"""

from __future__ import annotations

import json
import sys

from aptaskil_desk.app import build_context
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.settings import load_settings


def ref(prefix: str, i: int) -> str:
    """The external reference of the ``i``-th write of a worker (shared with the tests)."""
    return f"{prefix}-{i:05d}"


def writer_command(mode: str, url: str, terminal: str, prefix: str, count: int | None = None) -> list[str]:
    """The command line that starts a writer (run it with the repository root as working directory)."""
    argv = [sys.executable, "-m", "tests.integration.proc_writer", mode, url, terminal, prefix]
    return argv if count is None else [*argv, str(count)]


def main(argv: list[str]) -> int:
    mode, url, terminal, prefix = argv[:4]
    ctx = build_context(load_settings(env={}, database=url, terminal=terminal, language="en"), hasher=fast_hasher())
    actor = ctx.system_actor()
    out = sys.stdout
    try:
        if mode == "burst":
            count = int(argv[4])
            ctx.audit.count()  # open a connection now, so the barrier releases warm workers
            print("READY", file=out, flush=True)
            if sys.stdin.readline().strip() != "GO":
                return 3
            errors: list[str] = []
            for i in range(count):
                try:
                    ctx.people.add_learners(
                        actor, [NewLearner(f"G{i}", terminal, "worker", external_ref=ref(prefix, i))]
                    )
                except Exception as error:  # every failure is what the test wants to count
                    errors.append(f"{type(error).__name__}: {error}")
            print(json.dumps({"terminal": terminal, "errors": len(errors), "first": errors[:5]}), file=out, flush=True)
            return 0
        if mode == "loop":
            i = 0
            while True:
                r = ref(prefix, i)
                ctx.people.add_learners(actor, [NewLearner(f"G{i}", terminal, "worker", external_ref=r)])
                print(f"ACK {r}", file=out, flush=True)
                i += 1
        print(f"unknown mode {mode!r}", file=sys.stderr)
        return 2
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
