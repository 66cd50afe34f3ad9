"""Simulated ports: ``sim://KIND[?value=…&noise=…]`` stands for a simulator started on demand.

The demo and classrooms without hardware register instruments on such ports, and
``instrument read --port sim://mt-sics --driver mt-sics`` reads one. Opening the port means
starting a fresh simulator of that kind (:func:`start_simulated`) and opening its
pseudo-terminal; whoever started it stops it when done (:func:`resolved_port` does both).

The query holds the simulator's value and scenario, with the names of ``instrument simulate``'s
options: ``value``, ``seed``, ``noise``, ``drift-per-minute``, ``settle``, ``overload``,
``underload``, ``error-every``, ``garbage-every``, ``reply-delay`` (``_`` works as well as ``-``).
A pseudo-terminal holds no parity and no 7 data bits (DOMAIN.md), so :func:`pty_line` gives the
line settings a simulated port can take: the driver's speed, terminator and timeouts at 8N1.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from aptaskil_desk.errors import InstrumentDisconnected, InvalidInput
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.registry import simulator_class
from aptaskil_desk.instruments.simulators.base import Scenario, Simulator
from aptaskil_desk.instruments.transport import Transport, open_serial

SCHEME = "sim://"
_TRUE = {"", "1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True)
class SimulatedPort:
    """What a ``sim://`` port asks for: a kind of instrument, its value (None: the simulator's
    own default) and its scenario."""

    kind: str
    value: Decimal | None
    scenario: Scenario


def is_simulated(port: str | None) -> bool:
    """True for a ``sim://…`` port."""
    return bool(port) and str(port).lower().startswith(SCHEME)


def _number(name: str, text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise InvalidInput("{name} must be a number, not {value!r}.", name=name, value=text) from None
    if not value.is_finite():
        raise InvalidInput("{name} must be a number, not {value!r}.", name=name, value=text)
    return value


def _not_negative(name: str, text: str) -> Decimal:
    value = _number(name, text)
    if value < 0:
        raise InvalidInput("{name} cannot be negative.", name=name)
    return value


def _count(name: str, text: str) -> int:
    value = _not_negative(name, text)
    if value != value.to_integral_value():
        raise InvalidInput("{name} must be a whole number, not {value!r}.", name=name, value=text)
    return int(value)


def _flag(name: str, text: str) -> bool:
    word = text.strip().lower()
    if word not in _TRUE | _FALSE:
        raise InvalidInput("{name} is yes or no, not {value!r}.", name=name, value=text)
    return word in _TRUE


#: option name → (Scenario field, how its text is read)
_OPTIONS: dict[str, tuple[str, Callable[[str, str], Any]]] = {
    "seed": ("seed", lambda name, text: int(_number(name, text).to_integral_value())),
    "noise": ("noise", _not_negative),
    "drift-per-minute": ("drift_per_minute", _number),
    "settle": ("settle_seconds", lambda name, text: float(_not_negative(name, text))),
    "overload": ("overload", _flag),
    "underload": ("underload", _flag),
    "error-every": ("error_every", _count),
    "garbage-every": ("garbage_every", _count),
    "reply-delay": ("reply_delay", lambda name, text: float(_not_negative(name, text))),
}


def scenario_of(options: Mapping[str, str]) -> tuple[Decimal | None, Scenario]:
    """The value (None when not given) and the scenario that ``options`` (name → text) describe.

    Raises:
        InvalidInput: naming the option, for an unknown one or a value that does not fit.
    """
    value: Decimal | None = None
    fields: dict[str, Any] = {}
    for raw_name, text in options.items():
        name = raw_name.strip().lower().replace("_", "-")
        if name == "value":
            value = _number(name, text)
            continue
        if name not in _OPTIONS:
            raise InvalidInput("Unknown simulated instrument option {name!r}; known: {known}.", name=raw_name,
                               known=", ".join(["value", *_OPTIONS]))  # fmt: skip
        field, read = _OPTIONS[name]
        fields[field] = read(name, text)
    if fields.get("overload") and fields.get("underload"):
        raise InvalidInput("A simulated instrument is overloaded or underloaded, not both.")
    return value, Scenario(**fields)


def parse_simulated(port: str) -> SimulatedPort:
    """Read ``sim://KIND?name=value&…``.

    Raises:
        InvalidInput: for another form, an unknown kind or option, or a value that does not fit.
    """
    parts = urlsplit(port.strip())
    if parts.scheme.lower() != SCHEME[:-3] or not parts.netloc or parts.path not in ("", "/") or parts.fragment:
        raise InvalidInput("Write a simulated port as sim://KIND or sim://KIND?value=…, not {port!r}.", port=port)
    kind = parts.netloc.lower()
    simulator_class(kind)  # an unknown kind is refused with the list of known ones
    pairs = parse_qsl(parts.query, keep_blank_values=True)  # a bare name (``?overload``) means yes
    names = [name.lower().replace("_", "-") for name, _ in pairs]
    if len(set(names)) != len(names):
        raise InvalidInput("Write a simulated port as sim://KIND or sim://KIND?value=…, not {port!r}.", port=port)
    value, scenario = scenario_of(dict(pairs))
    return SimulatedPort(kind, value, scenario)


def start_simulator(kind: str, *, value: Decimal | None = None, scenario: Scenario | None = None,
                    link: Path | None = None) -> Simulator:  # fmt: skip
    """A started simulator of ``kind`` (its own default value when ``value`` is None); the caller stops it."""
    cls = simulator_class(kind)
    sim = cls(scenario, link=link) if value is None else cls(scenario, value=value, link=link)
    return sim.start()


def start_simulated(port: str) -> Simulator:
    """The started simulator a ``sim://`` port stands for; open its ``.port``, then ``.stop()`` it."""
    spec = parse_simulated(port)
    return start_simulator(spec.kind, value=spec.value, scenario=spec.scenario)


def pty_line(line: LineSettings) -> LineSettings:
    """``line`` as a pseudo-terminal can hold it: same speed, terminator and timeouts, 8N1, no
    hardware handshake."""
    return replace(line, bytesize=8, parity="N", stopbits=1, rtscts=False, dsrdtr=False)


@contextlib.contextmanager
def resolved_port(port: str) -> Iterator[str]:
    """The path to open for ``port``: itself, or the pseudo-terminal of a simulator started for a
    ``sim://`` port and stopped when the block ends."""
    if not is_simulated(port):
        yield port
        return
    sim = start_simulated(port)
    try:
        yield sim.port
    finally:
        sim.stop()


class SimulatedTransport(Transport):
    """A transport whose ``sim://`` port is a simulator started when it opens and stopped when it
    closes (a reconnection starts a fresh one), at the driver's speed in 8N1 (:func:`pty_line`)."""

    def __init__(self, port: str, line: LineSettings, **options: Any) -> None:
        super().__init__(port, line, **options)
        self.simulator: Simulator | None = None

    def _open_handle(self) -> Any:
        self.simulator = start_simulated(self.port)
        try:
            return open_serial(self.simulator.port, pty_line(self.line))
        except InstrumentDisconnected:
            self._stop_simulator()
            raise

    def close(self) -> None:
        super().close()
        self._stop_simulator()

    def _stop_simulator(self) -> None:
        if self.simulator is not None:
            self.simulator.stop()
            self.simulator = None


def transport_for(port: str, line: LineSettings, **options: Any) -> Transport:
    """The transport for a registered or typed port: a :class:`SimulatedTransport` for ``sim://``."""
    if is_simulated(port):
        return SimulatedTransport(port, line, **options)
    return Transport(port, line, **options)
