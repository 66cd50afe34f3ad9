"""A tiny benchmark harness: time calls, exact percentiles, an aligned table, optional JSON.

Latencies are taken with :func:`time.perf_counter_ns` around each call. Percentiles are exact,
by nearest rank on the sorted samples (no interpolation, no histogram buckets): p99 of 500
samples is the 495th smallest.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shlex
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from fractions import Fraction
from importlib import metadata
from pathlib import Path
from typing import Any

NS_PER_S = 1_000_000_000
NS_PER_MS = 1_000_000
PERCENTILES = (50, 90, 99)


@dataclass(frozen=True)
class Timing:
    """Durations of individual calls and the wall-clock time of the whole timed loop."""

    durations_ns: list[int]
    wall_ns: int


def time_calls(fn: Callable[[], object], runs: int, warmup: int = 0) -> Timing:
    """Call ``fn`` ``warmup`` times untimed, then ``runs`` times, timing each call."""
    if runs < 1 or warmup < 0:
        raise ValueError("runs must be at least 1 and warmup at least 0")
    for _ in range(warmup):
        fn()
    clock = time.perf_counter_ns
    durations = [0] * runs
    loop_start = clock()
    for i in range(runs):
        start = clock()
        fn()
        durations[i] = clock() - start
    return Timing(durations, clock() - loop_start)


def nearest_rank(sorted_samples: Sequence[int], percent: float) -> int:
    """The smallest sample such that at least ``percent`` % of the samples are at or below it."""
    if not sorted_samples:
        raise ValueError("no samples")
    if not 0 < percent <= 100:
        raise ValueError(f"percentile out of range: {percent}")
    # Fraction keeps the rank exact (99.9 % of 1000 samples is rank 999, not 999.0000000001).
    rank = math.ceil(Fraction(str(percent)) * len(sorted_samples) / 100)
    return sorted_samples[rank - 1]


@dataclass(frozen=True)
class Result:
    """The summary of one measured case. ``labels`` become the table's leading columns."""

    name: str
    count: int
    total_ns: int
    p50_ns: int
    p90_ns: int
    p99_ns: int
    max_ns: int
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def ops_per_s(self) -> float:
        return self.count * NS_PER_S / self.total_ns

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ops_per_s": round(self.ops_per_s, 3)}


def summarize(name: str, durations_ns: Sequence[int], total_ns: int, labels: dict[str, str] | None = None) -> Result:
    """Summarise call durations; ``total_ns`` is the wall-clock time the ``count`` calls took.

    ops/s is ``count / total``: for concurrent callers pass the wall-clock time of the whole
    run, not the sum of the durations.
    """
    if total_ns <= 0:
        raise ValueError("total_ns must be positive")
    ordered = sorted(durations_ns)
    p50, p90, p99 = (nearest_rank(ordered, p) for p in PERCENTILES)
    return Result(name, len(ordered), total_ns, p50, p90, p99, ordered[-1], dict(labels or {}))


def format_table(results: Sequence[Result], unit: str = "ops") -> str:
    """An aligned plain-text table: label columns, then count, total, rate and latencies (ms)."""
    label_keys: list[str] = []
    for result in results:
        label_keys.extend(k for k in result.labels if k not in label_keys)
    use_names = not label_keys
    keys = ["name"] if use_names else label_keys
    headers = [*keys, "count", "total s", f"{unit}/s", "p50 ms", "p90 ms", "p99 ms", "max ms"]
    rows = []
    for r in results:
        labels = [r.name] if use_names else [r.labels.get(k, "") for k in keys]
        rows.append(
            [
                *labels,
                str(r.count),
                f"{r.total_ns / NS_PER_S:.2f}",
                f"{r.ops_per_s:.1f}",
                *(f"{v / NS_PER_MS:.2f}" for v in (r.p50_ns, r.p90_ns, r.p99_ns, r.max_ns)),
            ]
        )
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]
    n_labels = len(keys)

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i < n_labels else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(row) for row in rows)])


def _cpu_model() -> str | None:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for text_line in fh:
                if text_line.startswith("model name"):
                    return text_line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def filesystem_of(path: Path) -> str | None:
    """The file system type holding ``path`` (Linux only; ``None`` elsewhere).

    Worth recording: on tmpfs an fsync costs nothing and durable-write figures mean little.
    """
    try:
        with open("/proc/self/mounts", encoding="utf-8") as fh:
            mounts = [text_line.split() for text_line in fh]
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for fields in mounts:
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def postgres_server_version(url: str) -> str:
    """``SHOW server_version`` on the server at ``url`` (a libpq URL)."""
    import psycopg

    with psycopg.connect(url, connect_timeout=5) as conn:
        row = conn.execute("SHOW server_version").fetchone()
    assert row is not None
    return str(row[0])


def code_revision(repo: Path | None = None) -> str | None:
    """The git commit the measured code is at, with ``+changes`` when the tree differs from it."""
    where = repo or Path(__file__).resolve().parent.parent
    try:
        commit = subprocess.run(
            ["git", "-C", str(where), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        status = subprocess.run(
            ["git", "-C", str(where), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    changed = sorted({text_line[3:].split("/", 1)[0] for text_line in status.splitlines() if text_line.strip()})
    return f"{commit} + uncommitted changes in {', '.join(changed)}" if changed else commit


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


@dataclass(frozen=True)
class Machine:
    """Facts about where the figures were taken; printed and stored with every report."""

    date: str
    cpu_count: int | None
    cpus_usable: int | None
    cpu_model: str | None
    python: str
    platform: str
    sqlite: str
    postgresql: str | None
    libraries: dict[str, str | None]
    #: 1-, 5- and 15-minute load averages when the run started: other work skews the figures.
    load_avg: tuple[float, float, float] | None

    @classmethod
    def capture(cls, postgresql: str | None = None) -> Machine:
        usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
        return cls(
            date=datetime.now(UTC).isoformat(timespec="seconds"),
            cpu_count=os.cpu_count(),
            cpus_usable=usable,
            cpu_model=_cpu_model(),
            python=f"{platform.python_version()} ({platform.python_implementation()})",
            platform=platform.platform(),
            sqlite=sqlite3.sqlite_version,
            postgresql=postgresql,
            libraries={name: _version(name) for name in ("SQLAlchemy", "psycopg", "alembic")},
            load_avg=os.getloadavg() if hasattr(os, "getloadavg") else None,
        )

    def busy_note(self) -> str | None:
        """A warning when other work was already keeping the CPUs busy at the start."""
        if self.load_avg is None or not self.cpu_count:
            return None
        if self.load_avg[0] < 0.5 * self.cpu_count:
            return None
        return (
            f"load average {self.load_avg[0]:.2f} on {self.cpu_count} CPUs at the start: "
            "the machine was busy, expect slower figures and longer tails"
        )

    def describe(self) -> str:
        libs = ", ".join(f"{k} {v}" for k, v in self.libraries.items() if v)
        cpus = f"{self.cpu_count} ({self.cpus_usable} usable)" if self.cpus_usable else str(self.cpu_count)
        rows = [
            ("date", self.date),
            ("cpus", cpus + (f" — {self.cpu_model}" if self.cpu_model else "")),
            ("python", self.python),
            ("platform", self.platform),
            ("sqlite", self.sqlite),
            ("postgresql", self.postgresql or "not used"),
            ("libraries", libs),
            ("load avg", " ".join(f"{v:.2f}" for v in self.load_avg) if self.load_avg else "unknown"),
        ]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


@dataclass
class Report:
    """One benchmark run: what ran, where, with which parameters, and the results."""

    benchmark: str
    command: str
    machine: Machine
    parameters: dict[str, Any]
    #: The code measured: taken when the report is made (see :func:`code_revision`).
    revision: str | None = field(default_factory=code_revision)
    results: list[Result] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def render(self, unit: str = "ops") -> str:
        params = " ".join(f"{k}={v}" for k, v in self.parameters.items())
        parts = [
            f"# {self.benchmark}",
            f"$ {self.command}",
            f"code        {self.revision or 'unknown'}",
            self.machine.describe(),
            f"parameters  {params}".rstrip(),
            "",
            format_table(self.results, unit) if self.results else "(no results)",
        ]
        if self.notes:
            parts += ["", *(f"note: {n}" for n in self.notes)]
        return "\n".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "benchmark": self.benchmark,
            "command": self.command,
            "revision": self.revision,
            "machine": asdict(self.machine),
            "parameters": self.parameters,
            "results": [r.as_dict() for r in self.results],
            "notes": self.notes,
        }

    def write_json(self, path: Path) -> None:
        path.write_text(json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def command_line(module: str, argv: Sequence[str] | None = None) -> str:
    """The command as a person would type it again."""
    args = sys.argv[1:] if argv is None else argv
    return shlex.join(["python", "-m", module, *args])


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the report as JSON to FILE")


def positive_int(text: str) -> int:
    """An argparse type: an integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value
