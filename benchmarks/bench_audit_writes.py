"""Audited writes: how many per second, and how long each takes, on SQLite and PostgreSQL.

One audited write is one real service call, ``PeopleService.add_learners`` with one learner:
a ``person`` row plus its hash-chained ``audit_log`` row and the ``audit_head`` update, in one
committed transaction, through the same engines, settings and retry policy as the application.

Two cases per backend, each on a fresh, migrated, throw-away database:

* ``sequential`` — one writer, one call after another: per-write latency and writes/s.
* ``concurrent`` — P writer processes (each its own AppContext, as P terminals would be)
  released together: aggregate writes/s over the wall-clock time, per-write latency as each
  caller saw it (queueing for the audit chain included).

After each case the audit trail is verified (every row, whole chain) and counted; a benchmark
whose writes did not all land, or broke the chain, fails instead of printing figures.

Run: ``python -m benchmarks.bench_audit_writes [--writes N] [--processes P]
[--backend sqlite|postgresql|all] [--pg-admin URL] [--json FILE]``
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import queue
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Iterator
from multiprocessing.synchronize import Barrier
from pathlib import Path
from threading import BrokenBarrierError
from typing import Any

import psycopg
from psycopg import sql

from aptaskil_desk.app import AppContext, build_context
from aptaskil_desk.db import migrate
from aptaskil_desk.db.engine import make_engines
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.settings import config_path, load_settings
from benchmarks.harness import (
    Machine,
    Report,
    Result,
    add_json_option,
    command_line,
    filesystem_of,
    positive_int,
    postgres_server_version,
    summarize,
    time_calls,
)

MODULE = "benchmarks.bench_audit_writes"
BACKENDS = ("sqlite", "postgresql")
DEFAULT_PG_ADMIN = os.environ.get("APTASKIL_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
DEFAULT_WRITES = 500
DEFAULT_PROCESSES = 4
DEFAULT_WARMUP = 20
#: How long writer processes may take to start, connect and warm up before the run is abandoned.
START_TIMEOUT_S = 120.0
#: How long the parent waits for one writer's results once the run has started.
RESULT_TIMEOUT_S = 600.0


class BenchmarkError(Exception):
    """The benchmark could not run, or its writes did not all land intact."""


# --- throw-away databases ---------------------------------------------------------------------


def _pg_url_for(admin_url: str, database: str) -> str:
    return f"{admin_url.rsplit('/', 1)[0]}/{database}"


@contextlib.contextmanager
def sqlite_database(workdir: Path, name: str) -> Iterator[str]:
    """A migrated SQLite file in ``workdir``, deleted afterwards (with its -wal and -shm)."""
    path = workdir / f"{name}.db"
    url = f"sqlite:///{path}"
    engines = make_engines(url)
    try:
        migrate.upgrade(engines.write)
    finally:
        engines.dispose()
    try:
        yield url
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def postgres_database(admin_url: str, name: str) -> Iterator[str]:
    """A migrated database created on the admin URL's server, dropped afterwards."""
    database = f"aptk_bench_{os.getpid()}_{uuid.uuid4().hex[:6]}_{name}"
    with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    try:
        url = _pg_url_for(admin_url, database)
        engines = make_engines(url)
        try:
            migrate.upgrade(engines.write)
        finally:
            engines.dispose()
        yield url
    finally:
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database)))


# --- the measured call --------------------------------------------------------------------------


def open_context(url: str, terminal: str) -> AppContext:
    settings = load_settings(env={}, database=url, terminal=terminal, language="en")
    return build_context(settings, hasher=fast_hasher())


class Writer:
    """One terminal making audited writes: each call registers one new learner."""

    def __init__(self, url: str, terminal: str) -> None:
        self.ctx = open_context(url, terminal)
        self._actor = self.ctx.system_actor()
        self._terminal = terminal
        self._n = 0

    def __call__(self) -> None:
        self._n += 1
        learner = NewLearner(
            given_name="Bench",
            family_name=f"Writer {self._n}",
            category="worker",
            employer="Benchmark SA",
            external_ref=f"{self._terminal}-{self._n:07d}",  # unique, as a real import's references are
        )
        self.ctx.people.add_learners(self._actor, [learner])

    def close(self) -> None:
        self.ctx.close()


def check_trail(url: str, expected_rows: int) -> None:
    """Fail unless the trail holds exactly the rows written and its whole chain verifies."""
    ctx = open_context(url, "BENCH-CHECK")
    try:
        report = ctx.audit.verify(ctx.system_actor())
    finally:
        ctx.close()
    if not report.ok:
        raise BenchmarkError(f"audit chain broken after the run: {report.problem}")
    if report.rows_checked != expected_rows:
        raise BenchmarkError(f"expected {expected_rows} audit rows, found {report.rows_checked}")


# --- the two cases ------------------------------------------------------------------------------


def run_sequential(url: str, backend: str, writes: int, warmup: int) -> Result:
    writer = Writer(url, "BENCH")
    try:
        timing = time_calls(writer, writes, warmup)
    finally:
        writer.close()
    check_trail(url, writes + warmup)
    labels = {"backend": backend, "case": "sequential", "writers": "1"}
    return summarize(f"{backend}/sequential", timing.durations_ns, timing.wall_ns, labels)


def _writer_process(
    url: str, index: int, writes: int, warmup: int, barrier: Barrier, results: multiprocessing.Queue[Any]
) -> None:
    """Body of one writer process: connect and warm up, wait for the start, write, report."""
    writer: Writer | None = None
    try:
        writer = Writer(url, f"BENCH-{index}")
        for _ in range(warmup):
            writer()
        barrier.wait(START_TIMEOUT_S)
        timing = time_calls(writer, writes)
        results.put((index, timing.durations_ns, None))
    except BaseException:
        barrier.abort()
        results.put((index, None, traceback.format_exc()))
    finally:
        if writer is not None:
            writer.close()


def run_concurrent(url: str, backend: str, writes: int, warmup: int, processes: int) -> Result:
    # spawn, not fork: each writer starts clean like a separate terminal, with no inherited
    # connections or pools, and the benchmark behaves the same on Linux, macOS and Windows.
    mp = multiprocessing.get_context("spawn")
    barrier = mp.Barrier(processes + 1)
    results: multiprocessing.Queue[Any] = mp.Queue()
    workers = [
        mp.Process(target=_writer_process, args=(url, i, writes, warmup, barrier, results), daemon=True)
        for i in range(1, processes + 1)
    ]
    for worker in workers:
        worker.start()
    durations: list[int] = []
    errors: list[str] = []
    try:
        # A broken barrier means a writer failed to start: its traceback is on the queue.
        with contextlib.suppress(BrokenBarrierError):
            barrier.wait(START_TIMEOUT_S)
        start = time.perf_counter_ns()
        for _ in workers:
            try:
                _index, samples, error = results.get(timeout=RESULT_TIMEOUT_S)
            except queue.Empty:
                raise BenchmarkError(f"no result from a writer within {RESULT_TIMEOUT_S:.0f} s") from None
            if error is not None:
                errors.append(error)
            else:
                durations.extend(samples)
        wall_ns = time.perf_counter_ns() - start
        for worker in workers:
            worker.join(timeout=60)
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
                worker.join()
    if errors:
        unique = list(dict.fromkeys(errors))  # writers failing alike report the same traceback
        raise BenchmarkError(f"{len(errors)} of {processes} writer processes failed:\n" + "\n".join(unique))
    check_trail(url, processes * (writes + warmup))
    labels = {"backend": backend, "case": "concurrent", "writers": str(processes)}
    return summarize(f"{backend}/concurrent", durations, wall_ns, labels)


def run_backend(backend: str, args: argparse.Namespace, workdir: Path) -> list[Result]:
    def database(name: str) -> contextlib.AbstractContextManager[str]:
        if backend == "sqlite":
            return sqlite_database(workdir, name)
        return postgres_database(args.pg_admin, name)

    with database("seq") as url:
        sequential = run_sequential(url, backend, args.writes, args.warmup)
    with database("conc") as url:
        concurrent = run_concurrent(url, backend, args.writes, args.warmup, args.processes)
    return [sequential, concurrent]


# --- command line -------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=f"python -m {MODULE}", description="Audited writes per second and their latency."
    )
    parser.add_argument(
        "--writes",
        type=positive_int,
        default=DEFAULT_WRITES,
        metavar="N",
        help=f"timed writes per writer (default {DEFAULT_WRITES}; the concurrent case makes P×N)",
    )
    parser.add_argument(
        "--processes",
        type=positive_int,
        default=DEFAULT_PROCESSES,
        metavar="P",
        help=f"writer processes in the concurrent case (default {DEFAULT_PROCESSES})",
    )
    parser.add_argument("--backend", choices=[*BACKENDS, "all"], default="all", help="default: all")
    parser.add_argument(
        "--pg-admin",
        default=DEFAULT_PG_ADMIN,
        metavar="URL",
        help="PostgreSQL database for CREATE/DROP DATABASE (default $APTASKIL_TEST_PG or %(default)s)",
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=DEFAULT_WARMUP,
        metavar="W",
        help=f"untimed writes per writer before timing (default {DEFAULT_WARMUP})",
    )
    parser.add_argument(
        "--sqlite-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="where the SQLite file goes (default: the system temp folder); its disk decides the figures",
    )
    add_json_option(parser)
    args = parser.parse_args(argv)
    if args.warmup < 0:
        parser.error("--warmup must be 0 or more")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    backends = list(BACKENDS) if args.backend == "all" else [args.backend]
    notes: list[str] = []
    pg_version = None
    if "postgresql" in backends:
        try:
            pg_version = postgres_server_version(args.pg_admin)
        except psycopg.Error as error:
            print(f"PostgreSQL at {args.pg_admin} is not usable: {error}", file=sys.stderr)
            return 1
    sqlite_parent = args.sqlite_dir or Path(tempfile.gettempdir())
    parameters: dict[str, Any] = {
        "writes": args.writes,
        "processes": args.processes,
        "warmup": args.warmup,
        "backends": ",".join(backends),
    }
    if "sqlite" in backends:
        parameters["sqlite_dir"] = str(sqlite_parent)
        parameters["sqlite_fs"] = filesystem_of(sqlite_parent) or "unknown"
        if parameters["sqlite_fs"] in ("tmpfs", "ramfs"):
            notes.append(f"{sqlite_parent} is in memory ({parameters['sqlite_fs']}): fsync is free there")
    if config_path().exists():
        notes.append(f"settings file {config_path()} was read (it may change busy_timeout_ms)")
    machine = Machine.capture(postgresql=pg_version)
    busy = machine.busy_note()
    if busy:
        notes.append(busy)
    report = Report(
        benchmark="audited writes (PeopleService.add_learners, one learner per call)",
        command=command_line(MODULE, sys.argv[1:] if argv is None else argv),
        machine=machine,
        parameters=parameters,
        notes=notes,
    )
    with tempfile.TemporaryDirectory(prefix="aptaskil-bench-", dir=sqlite_parent) as workdir:
        for backend in backends:
            print(f"running {backend}…", file=sys.stderr, flush=True)
            report.results.extend(run_backend(backend, args, Path(workdir)))
    print(report.render(unit="writes"))
    if args.json is not None:
        report.write_json(args.json)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchmarkError as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        sys.exit(1)
