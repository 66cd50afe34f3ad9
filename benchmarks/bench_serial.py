"""Serial instruments: readings per second against what the line allows, and none lost.

``python -m benchmarks.bench_serial [--seconds S] [--bauds 9600,115200] [--cases stream,poll,pymeasure]
[--json FILE]``

Each case runs at each speed for ``--seconds``, over a real pseudo-terminal to a simulator in this
process:

``stream``
    a Mettler Toledo balance streaming ``SIR`` (:meth:`MtSicsBalance.stream`); the simulator sends
    line after line (``stream_every=0``), no faster than the line (``paced``).
``poll``
    the SCPI multimeter polled with ``READ?`` (:meth:`ScpiMultimeter.read`), one exchange at a time.
``pymeasure``
    the same meter polled with the same ``READ?`` through PyMeasure's ``HP34401A.reading``, over a
    ``SerialAdapter`` around an open pyserial port.

A pseudo-terminal has no baud rate, so the simulators hold their output back to the real line's
pace. The balance uses the simulators' own pacing (``paced=LineSettings``). The multimeter here
waits, for each reply, until the command and the reply would both have crossed the line, then
hands the reply over whole: the base pacing counts only what the simulator sends and delivers it
at the start of its line time, which for a polled exchange would leave out the command's bytes
and hide the computer's own turnaround inside the reply's line time. The simulator is a thread
of this process: it shares the GIL and the CPUs with the driver, which a real instrument does not.

The line allows ``1 / (bytes per reading × character time)`` readings per second, from the exact
bytes that crossed (command + terminator + reply for a poll; one streamed line for the balance)
at 8N1, the framing on the pty; the same at the instrument's real framing (7E2 for the 34401A)
is printed beside it. The clock runs from the first command to the first reading that arrives
after ``--seconds``, which is counted. ``CPU µs`` is the reading thread's CPU time per reading
(driver, transport and pyserial; the simulator runs in another thread and is not in it).

Nothing lost: every value the simulators send is the next of a sequence (the balance 0.01 g,
0.02 g, …; the meter 1 µV, 2 µV, …), so the readings must come as 1, 2, 3, … in order; a gap
is a lost reading, a repeat a duplicate. Target: ≥ 95 % of the line at 8N1, none lost.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from importlib import metadata
from itertools import pairwise
from typing import Any, TypeVar

import serial

from aptaskil_desk.instruments.drivers.mtsics import MtSicsBalance
from aptaskil_desk.instruments.drivers.scpi_dmm import ScpiMultimeter
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.reading import Reading, ReadingStatus
from aptaskil_desk.instruments.simulators.mtsics import MtSicsSimulator
from aptaskil_desk.instruments.simulators.scpi_dmm import MultimeterSimulator
from aptaskil_desk.instruments.transport import Transport
from benchmarks.harness import Machine, Report, Result, add_json_option, command_line, summarize

MODULE = "benchmarks.bench_serial"
CASES = ("stream", "poll", "pymeasure")
TITLES = {
    "stream": "stream MT-SICS SIR",
    "poll": "poll SCPI READ? (ours)",
    "pymeasure": "poll SCPI READ? (PyMeasure)",
}
#: Steps of the counting sequences: what the balance shows (g) and what the meter reads (V).
GRAM_STEP = Decimal("0.01")
VOLT_STEP = Decimal("0.000001")
TARGET = 0.95
#: The last part of a wait is spun, not slept: a sleep (even ``sleep(0)``) overshoots by tens of µs,
#: 2 % of an exchange at 115200 baud. Spinning holds the GIL, but the reader is blocked in ``select``.
_SPIN = 0.0005
_T = TypeVar("_T")


def wait_until(deadline: float) -> None:
    """Return at ``deadline`` (``time.monotonic`` seconds), sleeping most of the way, spinning the rest."""
    if (left := deadline - time.monotonic()) > _SPIN:
        time.sleep(left - _SPIN)
    while time.monotonic() < deadline:
        pass


# -- simulators that count ---------------------------------------------------------------------------


class CountingBalance(MtSicsSimulator):
    """A balance whose every weight is the next of 0.01 g, 0.02 g, …, streamed flat out at the
    pace of ``paced`` (capacity raised so the sequence never overloads)."""

    def __init__(self, paced: LineSettings) -> None:
        super().__init__(paced=paced, stream_every=0, capacity="99999.99", resolution=GRAM_STEP)
        self.sent = 0

    def value(self) -> Decimal:
        """Each weight the balance sends is the next number of the sequence."""
        self.sent += 1
        return self.sent * GRAM_STEP


class CountingMeter(MultimeterSimulator):
    """A 34401A whose every reading is the next of 1 µV, 2 µV, …, each reply held back until the
    command and the reply would have crossed ``wire`` (see the module docstring)."""

    def __init__(self, wire: LineSettings) -> None:
        super().__init__(value=0)
        self.wire = wire
        self.sent = 0
        #: (command bytes with terminator, reply bytes) of each answered request
        self.exchanges: Counter[tuple[int, int]] = Counter()

    def value(self) -> Decimal:
        """Each reading the meter gives is the next number of the sequence."""
        self.sent += 1
        return self.sent * VOLT_STEP

    def handle(self, request: bytes) -> bytes | None:
        seen = self.now()
        reply = super().handle(request)
        if reply:
            asked = len(request) + len(self.terminator or b"")
            self.exchanges[(asked, len(reply))] += 1
            wait_until(seen + (asked + len(reply)) * self.wire.char_time)
        return reply


# -- what a run gives --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Continuity:
    """How a received sequence 1, 2, 3, … compares with what was sent."""

    received: int
    first: int | None
    last: int | None
    lost: int
    duplicated: int
    out_of_order: int

    @classmethod
    def of(cls, indices: Sequence[int]) -> Continuity:
        lost = duplicated = out_of_order = 0
        for before, after in pairwise(indices):
            step = after - before
            if step > 1:
                lost += step - 1
            elif step == 0:
                duplicated += 1
            elif step < 0:
                out_of_order += 1
        first = indices[0] if indices else None
        lost += first - 1 if first is not None and first > 1 else 0  # the sequence starts at 1
        return cls(len(indices), first, indices[-1] if indices else None, lost, duplicated, out_of_order)

    @property
    def perfect(self) -> bool:
        return self.received > 0 and self.first == 1 and not (self.lost or self.duplicated or self.out_of_order)


@dataclass
class Outcome:
    """One case at one speed: what arrived, when, and over how many bytes per reading."""

    case: str
    baud: int
    #: the instrument's real line settings (framing) at this speed
    real_line: LineSettings
    indices: list[int] = field(default_factory=list)
    #: per reading: the exchange's duration (polls) or the time since the previous reading (stream)
    durations_ns: list[int] = field(default_factory=list)
    elapsed_ns: int = 0
    #: CPU time of the reading thread (driver, transport, pyserial), simulator excluded
    cpu_ns: int = 0
    #: readings that were not a value of the sequence (error, overload, wrong unit or status)
    bad: int = 0
    #: bytes crossing the line per reading, both ways: (command, reply)
    bytes_per_reading: tuple[int, int] = (0, 0)
    #: values the simulator produced (a stream's last lines are still in flight when it stops)
    sent: int = 0
    #: commands sent before the timed part (PyMeasure's set-up, to show what it sends)
    setup: list[bytes] = field(default_factory=list)

    @property
    def continuity(self) -> Continuity:
        return Continuity.of(self.indices)

    @property
    def line(self) -> LineSettings:
        return LineSettings(baudrate=self.baud)  # 8N1, what the pty carries

    def line_max(self, line: LineSettings) -> float:
        """Readings per second the line allows with these bytes per reading."""
        return 1 / (sum(self.bytes_per_reading) * line.char_time)

    @property
    def rate(self) -> float:
        return len(self.indices) * 1e9 / self.elapsed_ns

    @property
    def cpu_us_per_reading(self) -> float:
        return self.cpu_ns / 1e3 / max(1, len(self.indices) + self.bad)

    @property
    def fraction(self) -> float:
        return self.rate / self.line_max(self.line)

    def as_dict(self) -> dict[str, Any]:
        c = self.continuity
        return {
            "case": self.case, "baud": self.baud, "readings": c.received, "first": c.first, "last": c.last,
            "lost": c.lost, "duplicated": c.duplicated, "out_of_order": c.out_of_order, "bad": self.bad,
            "sent_by_simulator": self.sent, "elapsed_s": self.elapsed_ns / 1e9, "readings_per_s": self.rate,
            "cpu_us_per_reading": self.cpu_us_per_reading,
            "command_bytes": self.bytes_per_reading[0], "reply_bytes": self.bytes_per_reading[1],
            "char_time_8n1_s": self.line.char_time, "line_max_8n1_per_s": self.line_max(self.line),
            "fraction_of_8n1": self.fraction, "real_framing": self.real_line.framing,
            "line_max_real_framing_per_s": self.line_max(self.real_line),
            "setup_commands": [c.decode("ascii", "replace") for c in self.setup],
        }  # fmt: skip


def index_of(value: Decimal | None, step: Decimal) -> int | None:
    """Which number of the sequence ``value`` is, or None when it is not one."""
    if value is None:
        return None
    ratio = value / step
    return int(ratio) if ratio == ratio.to_integral_value() and ratio > 0 else None


class Timed:
    """Collects readings until the first one after the deadline (which still counts)."""

    def __init__(self, outcome: Outcome, seconds: float) -> None:
        self.outcome = outcome
        self.start = time.perf_counter_ns()
        self.cpu_start = time.thread_time_ns()
        self.previous = self.start
        self.deadline = self.start + int(seconds * 1e9)

    def add(self, index: int | None) -> bool:
        """Record one reading (None: not a value of the sequence); False once time is up."""
        now = time.perf_counter_ns()
        if index is None:
            self.outcome.bad += 1
        else:
            self.outcome.indices.append(index)
        self.outcome.durations_ns.append(now - self.previous)
        self.previous = now
        self.outcome.elapsed_ns = now - self.start
        self.outcome.cpu_ns = time.thread_time_ns() - self.cpu_start
        return now < self.deadline


def _our_index(reading: Reading, unit: str, step: Decimal) -> int | None:
    good = reading.status is ReadingStatus.STABLE and reading.unit == unit
    return index_of(reading.value, step) if good else None


# -- the cases ---------------------------------------------------------------------------------------


def stream_case(baud: int, seconds: float) -> Outcome:
    """The balance streaming ``SIR`` to :meth:`MtSicsBalance.stream`."""
    line = MtSicsBalance.line.with_line(f"{baud},8N1")
    outcome = Outcome("stream", baud, replace(MtSicsBalance.line, baudrate=baud))
    sizes: Counter[int] = Counter()
    sim = CountingBalance(paced=line)
    with sim, Transport(sim.port, line) as transport:
        balance = MtSicsBalance(transport)
        balance.connect()
        timed = Timed(outcome, seconds)
        stream = balance.stream()
        try:
            for reading in stream:
                sizes[len(reading.raw)] += 1
                if not timed.add(_our_index(reading, "g", GRAM_STEP)):
                    break
        finally:
            stream.close()  # ends the stream (I4) and discards the lines in flight
        outcome.sent = sim.sent
    outcome.bytes_per_reading = (0, _only(sizes, "streamed line length"))
    return outcome


def poll_case(baud: int, seconds: float) -> Outcome:
    """The multimeter polled by :meth:`ScpiMultimeter.read` (``READ?``)."""
    line = ScpiMultimeter.line.with_line(f"{baud},8N1")
    outcome = Outcome("poll", baud, replace(ScpiMultimeter.line, baudrate=baud))
    sim = CountingMeter(line)
    with sim, Transport(sim.port, line) as transport:
        dmm = ScpiMultimeter(transport, quantity="dc_voltage")
        dmm.connect()
        dmm.configure("dc_voltage")
        sim.exchanges.clear()
        timed = Timed(outcome, seconds)
        while timed.add(_our_index(dmm.read(), "V", VOLT_STEP)):
            pass
        outcome.sent = sim.sent
        outcome.bytes_per_reading = _only(sim.exchanges, "READ? exchange size")
    return outcome


def pymeasure_case(baud: int, seconds: float) -> Outcome:
    """The multimeter polled by PyMeasure's ``HP34401A.reading`` over a ``SerialAdapter``."""
    from pymeasure.adapters import SerialAdapter
    from pymeasure.instruments.hp import HP34401A

    line = ScpiMultimeter.line.with_line(f"{baud},8N1")
    outcome = Outcome("pymeasure", baud, replace(ScpiMultimeter.line, baudrate=baud))
    sim = CountingMeter(line)
    with sim:
        port = serial.serial_for_url(sim.port, baudrate=baud, timeout=line.timeout)
        try:
            adapter = SerialAdapter(port, write_termination="\r\n", read_termination="\r\n")
            with warnings.catch_warnings():  # "not known whether this device supports SCPI"
                warnings.simplefilter("ignore", FutureWarning)
                dmm = HP34401A(adapter)
            dmm.remote_control_enabled = True  # the 34401A refuses READ? in local mode on RS-232
            dmm.function_ = "DCV"
            identity = dmm.id  # a query: once answered, the simulator has taken the commands before it
            if "34401A" not in identity:
                raise RuntimeError(f"PyMeasure read the identity {identity!r}")
            outcome.setup = list(sim.requests)
            _refused(sim, "PyMeasure's set-up")
            sim.exchanges.clear()
            timed = Timed(outcome, seconds)
            while timed.add(_float_index(dmm.reading, VOLT_STEP)):
                pass
        finally:
            port.close()
        _refused(sim, "PyMeasure's READ?")
        outcome.sent = sim.sent
        outcome.bytes_per_reading = _only(sim.exchanges, "READ? exchange size")
    return outcome


def _float_index(value: object, step: Decimal) -> int | None:
    """PyMeasure gives floats: the sequence number whose float is exactly ``value``, or None."""
    if not isinstance(value, float):
        return None
    index = round(value / float(step))
    return index if index > 0 and float(index * step) == value else None


def _refused(sim: CountingMeter, what: str) -> None:
    if sim.errors:
        raise RuntimeError(f"the simulated meter refused {what}: error queue {list(sim.errors)}")


def _only(sizes: Counter[_T], what: str) -> _T:
    """The one size every exchange had; the figures assume it, so anything else is an error."""
    if len(sizes) != 1:
        raise RuntimeError(f"{what} varied: {dict(sizes)}")
    return next(iter(sizes))


RUNNERS: dict[str, Callable[[int, float], Outcome]] = {
    "stream": stream_case, "poll": poll_case, "pymeasure": pymeasure_case,
}  # fmt: skip


def measure(case: str, baud: int, seconds: float) -> Outcome:
    """Run one case at one speed for about ``seconds``: the benchmark's core."""
    return RUNNERS[case](baud, seconds)


# -- the report --------------------------------------------------------------------------------------


def result_of(outcome: Outcome) -> Result:
    c = outcome.continuity
    command, reply = outcome.bytes_per_reading
    labels = {
        "case": TITLES[outcome.case],
        "baud": str(outcome.baud),
        "bytes": f"{command}+{reply}" if command else str(reply),
        "8N1 max/s": f"{outcome.line_max(outcome.line):.1f}",
        "% of 8N1": f"{100 * outcome.fraction:.1f}",
        "real framing max/s": f"{outcome.real_line.framing} {outcome.line_max(outcome.real_line):.1f}",
        "CPU µs": f"{outcome.cpu_us_per_reading:.0f}",
        "lost": str(c.lost),
        "dup": str(c.duplicated + c.out_of_order),
        "bad": str(outcome.bad),
    }
    return summarize(outcome.case, outcome.durations_ns, outcome.elapsed_ns, labels)


def notes_of(outcomes: Iterable[Outcome]) -> list[str]:
    """The PyMeasure ratios, misses of the target, and what PyMeasure sent."""
    notes: list[str] = []
    by_key = {(o.case, o.baud): o for o in outcomes}
    for (case, baud), o in by_key.items():
        c = o.continuity
        if not c.perfect or o.bad:
            notes.append(f"{TITLES[case]} at {baud}: readings lost or wrong — {c}, bad {o.bad}")
        if o.fraction < TARGET:
            notes.append(f"{TITLES[case]} at {baud}: {100 * o.fraction:.1f} % of the line, below the 95 % target")
        if case != "stream" and o.durations_ns:
            median = sorted(o.durations_ns)[(len(o.durations_ns) - 1) // 2] / 1e6
            wire = 1e3 / o.line_max(o.line)
            notes.append(f"{TITLES[case]} at {baud}: median exchange {median:.2f} ms for {wire:.2f} ms of line "
                         f"({100 * wire / median:.1f} % of the line at the median)")  # fmt: skip
        theirs = by_key.get(("pymeasure", baud)) if case == "poll" else None
        if theirs is not None:
            notes.append(f"poll at {baud} baud: ours {o.rate:.1f} readings/s, PyMeasure {theirs.rate:.1f}/s, "
                         f"ratio ours/PyMeasure {o.rate / theirs.rate:.3f}; CPU per reading ours "
                         f"{o.cpu_us_per_reading:.0f} µs, PyMeasure {theirs.cpu_us_per_reading:.0f} µs")  # fmt: skip
        if case == "pymeasure":
            sent = ", ".join(repr(s.decode("ascii", "replace")) for s in o.setup)
            notes.append(f"PyMeasure at {baud}: set-up sent {sent}, then 'READ?' per reading; error queue empty")
    return notes


def _library_versions(machine: Machine) -> Machine:
    versions = dict(machine.libraries)
    for name in ("pyserial", "PyMeasure"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return replace(machine, libraries=versions)


def _bauds(text: str) -> list[int]:
    try:
        bauds = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"speeds are whole numbers separated by commas: {text!r}") from None
    if not bauds or any(b <= 0 for b in bauds):
        raise argparse.ArgumentTypeError(f"speeds must be positive: {text!r}")
    return bauds


def _cases(text: str) -> list[str]:
    cases = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [c for c in cases if c not in CASES]
    if not cases or unknown:
        raise argparse.ArgumentTypeError(f"cases are among {', '.join(CASES)}: {text!r}")
    return cases


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"seconds must be above 0 and at most 3600: {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=_seconds, default=5.0, help="how long each case runs at each speed")
    parser.add_argument("--bauds", type=_bauds, default=[9600, 115200], metavar="B,B", help="speeds to measure")
    parser.add_argument("--cases", type=_cases, default=list(CASES), metavar="C,C", help=", ".join(CASES))
    add_json_option(parser)
    args = parser.parse_args(argv)
    machine = _library_versions(Machine.capture())
    outcomes: list[Outcome] = []
    for baud in args.bauds:
        for case in args.cases:
            print(f"running {case} at {baud} baud for {args.seconds:g} s…", file=sys.stderr, flush=True)
            outcomes.append(measure(case, baud, args.seconds))
    report = Report(
        benchmark="serial instruments: readings per second against the line rate, over pseudo-terminals",
        command=command_line(MODULE, sys.argv[1:] if argv is None else argv),
        machine=machine,
        parameters={"seconds": args.seconds, "bauds": ",".join(map(str, args.bauds)), "cases": ",".join(args.cases)},
        results=[result_of(o) for o in outcomes],
        notes=[n for n in [machine.busy_note()] if n] + notes_of(outcomes),
    )
    print(report.render(unit="readings"))
    if args.json is not None:
        data = report.as_dict()
        data["cases"] = [o.as_dict() for o in outcomes]
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    failed = any(not o.continuity.perfect or o.bad for o in outcomes)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
