"""What the benchmarks of a command on both databases share: their options, the report's heading,
a fresh migrated database per backend, the report printed at the end, and the memory a run takes.

Every such benchmark takes ``--backend sqlite|postgresql|all`` (all by default), ``--pg-admin URL``
(the PostgreSQL server's admin URL) and ``--json FILE``. Memory is shown two ways: how far the
process's resident set rose above where it stood before the run (Linux: the kernel's peak-RSS
mark, reset just before; elsewhere the growth of ru_maxrss, which misses a run that stays under an
earlier case's peak), and the peak of Python allocations during a second, traced run (tracemalloc).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, TypeVar

from benchmarks.bench_audit_writes import postgres_database, sqlite_database
from benchmarks.harness import Machine, Report, add_json_option, command_line, postgres_server_version
from tests.databases import PG_ADMIN_URL

T = TypeVar("T")

_STATUS = Path("/proc/self/status")


def add_backend_options(parser: argparse.ArgumentParser) -> None:
    """``--backend``, ``--pg-admin`` and ``--json``."""
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "all"], default="all")
    parser.add_argument("--pg-admin", default=PG_ADMIN_URL, metavar="URL")
    add_json_option(parser)


def backends(args: argparse.Namespace) -> list[str]:
    """The backends asked for, SQLite first."""
    return ["sqlite", "postgresql"] if args.backend == "all" else [args.backend]


def new_report(
    args: argparse.Namespace, module: str, argv: Sequence[str] | None, benchmark: str, parameters: dict[str, Any]
) -> Report:
    """A report of this run: the command, the machine (with PostgreSQL's version when it is used)
    and a note when the machine was already busy."""
    pg_version = postgres_server_version(args.pg_admin) if "postgresql" in backends(args) else None
    machine = Machine.capture(postgresql=pg_version)
    return Report(
        benchmark=benchmark,
        command=command_line(module, sys.argv[1:] if argv is None else argv),
        machine=machine,
        parameters=parameters,
        notes=[n for n in [machine.busy_note()] if n],
    )


def fresh_database(args: argparse.Namespace, backend: str, workdir: Path, name: str) -> AbstractContextManager[str]:
    """A migrated, throw-away database of ``backend``, removed afterwards; its URL."""
    return sqlite_database(workdir, name) if backend == "sqlite" else postgres_database(args.pg_admin, name)


def each_backend(args: argparse.Namespace, name: str) -> Iterator[tuple[str, str, Path]]:
    """``(backend, database URL, work folder)`` for each backend asked for, each with a fresh
    database (said on stderr); the folder is removed at the end."""
    with tempfile.TemporaryDirectory(prefix="aptaskil-bench-") as folder:
        workdir = Path(folder)
        for backend in backends(args):
            print(f"running {backend}…", file=sys.stderr, flush=True)
            with fresh_database(args, backend, workdir, name) as url:
                yield backend, url, workdir


def finish(report: Report, args: argparse.Namespace, unit: str, *after: str) -> int:
    """Print the report, then each ``after`` block behind an empty line; write the JSON if asked. 0."""
    print(report.render(unit=unit))
    for block in after:
        print()
        print(block)
    if args.json is not None:
        report.write_json(args.json)
    return 0


# --- memory ----------------------------------------------------------------------------------------


def _status_kib(field: str) -> int:
    """A ``VmRSS``/``VmHWM`` figure of /proc/self/status, in KiB."""
    for line in _STATUS.read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise LookupError(field)


def start_rss_peak() -> int:
    """Reset the kernel's peak-RSS mark to the current RSS (Linux ≥ 4.0) and return it, in KiB; else
    the process's ru_maxrss so far."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _status_kib("VmRSS")
    except (OSError, LookupError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS


def rss_peak() -> int:
    """The peak RSS since :func:`start_rss_peak`, in KiB (or ru_maxrss where that is all there is)."""
    try:
        return _status_kib("VmHWM")
    except (OSError, LookupError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def timed_with_rss(fn: Callable[[], T]) -> tuple[T, int, int]:
    """Call ``fn`` once: what it returned, the nanoseconds it took, and how far the resident set
    rose above where it stood (KiB)."""
    rss_before = start_rss_peak()
    begin = time.perf_counter_ns()
    value = fn()
    elapsed = time.perf_counter_ns() - begin
    return value, elapsed, rss_peak() - rss_before


def traced_peak(fn: Callable[[], object]) -> int:
    """Call ``fn`` under tracemalloc (several times slower): the peak of Python's own allocations, in bytes."""
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak
