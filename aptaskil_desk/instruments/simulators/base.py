"""The simulator framework: a thread behind a pseudo-terminal, a measured quantity, a scenario.

A concrete simulator says how requests are framed (a terminator, or Modbus's silence), what it
answers to each request (:meth:`Simulator.handle`) and what it sends unprompted
(:meth:`Simulator.tick`, e.g. a streaming balance). The :class:`Scenario` adds what real
instruments do on a bad day — noise, drift, settling, unstable periods, overload, error replies,
garbage bytes, slow replies, being unplugged and plugged back — the same for every protocol.
"""

from __future__ import annotations

import logging
import math
import random
import select
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.simulators.pty import PtyLine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Scenario:
    """How the simulated instrument behaves. Times are seconds since the simulator started.

    Attributes:
        seed: makes noise and garbage repeatable.
        noise: the value wanders by up to ± this much (instrument units), at random.
        drift_per_minute: the value creeps by this much per minute.
        settle_seconds: after :meth:`Simulator.set_value`, the value approaches the new one over
            this time and reads as dynamic meanwhile.
        unstable: periods ``(start, end)`` when every reading is dynamic.
        overload / underload: every reading is over / under the range.
        error_every: every n-th request gets the protocol's error reply (0: never).
        garbage_every: every n-th reply is preceded by a few random bytes (0: never).
        reply_delay: seconds before each reply.
        disconnect_at / reconnect_at: the instrument is unplugged at ``disconnect_at`` and
            plugged back (same link path) at ``reconnect_at``.
    """

    seed: int = 1
    noise: Decimal = Decimal(0)
    drift_per_minute: Decimal = Decimal(0)
    settle_seconds: float = 0.0
    unstable: tuple[tuple[float, float], ...] = ()
    overload: bool = False
    underload: bool = False
    error_every: int = 0
    garbage_every: int = 0
    reply_delay: float = 0.0
    disconnect_at: float | None = None
    reconnect_at: float | None = None


@dataclass
class Quantity:
    """A measured value as the scenario shapes it: target, settling, drift and noise."""

    target: Decimal
    scenario: Scenario
    started: float
    rng: random.Random
    previous: Decimal = field(default=Decimal(0))
    changed_at: float = field(default=-math.inf)

    def set(self, target: Decimal, now: float) -> None:
        self.previous = self.value(now, noisy=False)
        self.target = Decimal(target)
        self.changed_at = now

    def value(self, now: float, *, noisy: bool = True) -> Decimal:
        since = now - self.changed_at
        base = self.target
        settle = self.scenario.settle_seconds
        if settle > 0 and since < settle:  # first-order approach to the new value
            fraction = Decimal(str(1 - math.exp(-5 * since / settle)))
            base = self.previous + (self.target - self.previous) * fraction
        base += self.scenario.drift_per_minute * Decimal(str((now - self.started) / 60))
        if noisy and self.scenario.noise:
            base += self.scenario.noise * Decimal(str(self.rng.uniform(-1, 1)))
        return base

    def stable(self, now: float) -> bool:
        elapsed = now - self.started
        if any(start <= elapsed < end for start, end in self.scenario.unstable):
            return False
        return now - self.changed_at >= self.scenario.settle_seconds


class Simulator:
    """A simulated instrument running in its own thread behind a pseudo-terminal.

    Subclasses set ``kind``, ``terminator`` (None for frames separated by silence, with
    ``frame_gap`` seconds) and implement :meth:`handle`; they may implement :meth:`tick`.
    ``requests`` keeps every request received, in order, for tests to check.
    """

    kind: ClassVar[str] = ""
    title: ClassVar[str] = ""
    terminator: ClassVar[bytes | None] = b"\r\n"
    frame_gap: ClassVar[float] = 0.004
    tick_every: ClassVar[float] = 0.01

    def __init__(
        self, scenario: Scenario | None = None, *, value: Decimal | int | str = 0, link: Path | None = None,
        monotonic: Callable[[], float] = time.monotonic, paced: LineSettings | None = None,
    ) -> None:  # fmt: skip
        self.scenario = scenario or Scenario()
        self.rng = random.Random(self.scenario.seed)
        self._monotonic = monotonic
        self.started = monotonic()
        self.quantity = Quantity(Decimal(value), self.scenario, self.started, self.rng)
        self.line = PtyLine(link)
        self.requests: list[bytes] = []
        self.replies = 0
        self._count = 0
        self._pending = bytearray()
        self._last_byte = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.RLock()
        self._unplugged_by_scenario = False
        #: when set, output is sent no faster than this line's baud rate allows (a pty has none)
        self.paced = paced
        self._wire_free_at = 0.0

    # -- life cycle ------------------------------------------------------------------------------

    @property
    def port(self) -> str:
        return self.line.port

    def start(self) -> Simulator:
        self._thread = threading.Thread(target=self._run, name=f"sim-{self.kind}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.line.close()

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def unplug(self) -> None:
        with self._lock:
            self.line.unplug()
            self._pending.clear()
            log.info("simulated %s unplugged", self.kind)

    def replug(self) -> None:
        with self._lock:
            self.line.plug()
            log.info("simulated %s plugged back in at %s", self.kind, self.line.slave_path)
            self.on_power_up()

    def set_value(self, value: Decimal | int | str) -> None:
        """What is on the pan / at the probe / on the input from now on."""
        with self._lock:
            self.quantity.set(Decimal(value), self._monotonic())

    # -- what subclasses answer --------------------------------------------------------------------

    def handle(self, request: bytes) -> bytes | None:
        """The reply to one request (terminator included), or None for no reply."""
        raise NotImplementedError

    def error_reply(self, request: bytes) -> bytes | None:
        """The protocol's error reply to ``request`` (used by ``Scenario.error_every``)."""
        return None

    def tick(self, now: float) -> bytes | None:
        """Bytes to send unprompted now (streaming, power-on messages), or None."""
        return None

    def on_power_up(self) -> None:
        """Called when plugged back in; e.g. an MT-SICS balance announces itself."""

    # -- helpers for subclasses --------------------------------------------------------------------

    def now(self) -> float:
        return self._monotonic()

    def value(self) -> Decimal:
        return self.quantity.value(self.now())

    def stable(self) -> bool:
        return self.quantity.stable(self.now())

    def send(self, data: bytes) -> None:
        """Write ``data`` to the application (from a subclass's tick or handle)."""
        with self._lock:
            self._write(data)

    def _write(self, data: bytes) -> None:
        """Write, and with ``paced`` take as long as the real line would."""
        if self.paced is not None:
            now = self.now()
            start = max(now, self._wire_free_at)
            self._wire_free_at = start + len(data) * self.paced.char_time
            if start > now:
                time.sleep(start - now)
        self.line.write(data)
        if self.paced is not None and (ahead := self._wire_free_at - self.now()) > 0:
            time.sleep(ahead)

    # -- the thread ------------------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            self._follow_scenario()
            master = self.line.master
            if master is None:
                self._stop.wait(0.02)
                continue
            try:
                ready, _, _ = select.select([master], [], [], self.tick_every)
            except (OSError, ValueError):  # unplugged between the check and the select
                continue
            with self._lock:
                if ready:
                    data = self.line.read()
                    if data:
                        self._pending += data
                        self._last_byte = self.now()
                for request in self._split():
                    self._answer(request)
                out = self.tick(self.now()) if self.line.plugged else None
                if out:
                    self._write(out)

    def _follow_scenario(self) -> None:
        s = self.scenario
        elapsed = self.now() - self.started
        if s.disconnect_at is not None and not self._unplugged_by_scenario and elapsed >= s.disconnect_at:
            self._unplugged_by_scenario = True
            self.unplug()
        if (self._unplugged_by_scenario and s.reconnect_at is not None and elapsed >= s.reconnect_at
                and not self.line.plugged):  # fmt: skip
            self.replug()

    def _split(self) -> list[bytes]:
        if self.terminator is None:  # frames end with silence
            if self._pending and self.now() - self._last_byte >= self.frame_gap:
                frame = bytes(self._pending)
                self._pending.clear()
                return [frame]
            return []
        found = []
        while (end := self._pending.find(self.terminator)) >= 0:
            found.append(bytes(self._pending[:end]))
            del self._pending[: end + len(self.terminator)]
        if len(self._pending) > 65536:  # never grow without bound on garbage
            self._pending.clear()
        return found

    def _answer(self, request: bytes) -> None:
        self.requests.append(request)
        self._count += 1
        s = self.scenario
        reply = self.error_reply(request) if s.error_every and self._count % s.error_every == 0 else None
        if reply is None:
            reply = self.handle(request)
        if reply is None:
            return
        if s.reply_delay:
            self._stop.wait(s.reply_delay)
        self.replies += 1
        if s.garbage_every and self.replies % s.garbage_every == 0:
            garbage = bytes(self.rng.choice(b"\x00\xff\x13#?%~\x7f") for _ in range(self.rng.randint(2, 6)))
            self._write(garbage + (self.terminator or b""))
        self._write(reply)
