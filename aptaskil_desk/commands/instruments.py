"""Handlers of the instrument commands: ports, simulate, read (the line) and add, list, show (the register).

``read`` and ``simulate`` speak to a port, never to the database; a ``sim://KIND`` port starts a
simulator for the length of the command (:mod:`aptaskil_desk.instruments.simulated`). A timeout or
a lost port ends ``read`` with exit 1 and the reason, after whatever was read before it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.commands.args import parse_date
from aptaskil_desk.commands.output import Output
from aptaskil_desk.errors import InstrumentError, InvalidInput
from aptaskil_desk.i18n import N_
from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.ports import list_serial_ports
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus
from aptaskil_desk.instruments.registry import driver_class, simulator_class
from aptaskil_desk.instruments.simulated import (
    is_simulated,
    parse_simulated,
    pty_line,
    resolved_port,
    scenario_of,
    start_simulator,
)
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import text_view
from aptaskil_desk.services.instruments import InstrumentInfo, ReadingInfo

#: How a reading's status is written for people (translated where shown).
STATUS_WORDS = {
    ReadingStatus.STABLE: N_("stable"),
    ReadingStatus.DYNAMIC: N_("dynamic"),
    ReadingStatus.OVERLOAD: N_("overload"),
    ReadingStatus.UNDERLOAD: N_("underload"),
    ReadingStatus.ERROR: N_("error"),
}

#: ``instrument simulate`` options that shape the scenario (argparse destination → option name).
SCENARIO_OPTIONS = {
    "value": "value", "seed": "seed", "noise": "noise", "drift_per_minute": "drift-per-minute",
    "settle": "settle", "error_every": "error-every", "garbage_every": "garbage-every",
    "reply_delay": "reply-delay",
}  # fmt: skip


# --- the line: ports, simulate, read ----------------------------------------------------------------


def cmd_instrument_ports(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    ports = list_serial_ports()
    if not ports:
        out.say("No serial port found.")
    for p in ports:
        out.line(f"{p.device:<20} {p.usb_id or '-':<9} {p.serial_number or '-':<16} {p.manufacturer or '-':<20} "
                 f"{p.description}".rstrip())  # fmt: skip
    out.json([dict(dataclasses.asdict(p), usb_id=p.usb_id) for p in ports])
    return 0


def _announce(text: str) -> None:
    """One line on stdout, flushed at once: a script reads the port from it."""
    print(text, flush=True)


def cmd_instrument_simulate(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    cls = simulator_class(args.kind)
    options = {name: str(getattr(args, dest)) for dest, name in SCENARIO_OPTIONS.items()
               if getattr(args, dest) is not None}  # fmt: skip
    options.update({name: "yes" for name in ("overload", "underload") if getattr(args, name)})
    value, scenario = scenario_of(options)
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    sim = None
    try:
        sim = start_simulator(args.kind, value=value, scenario=scenario, link=Path(args.link) if args.link else None)
        link = str(sim.line.link) if sim.line.link is not None else None
        if out.as_json:
            _announce(json.dumps({"kind": args.kind, "port": sim.line.slave_path, "link": link}))
        else:
            _announce(sim.line.slave_path + (f" {link}" if link else ""))
            out.error("Simulated {title} running; stop it with Ctrl+C.", title=cls.title)
        while not stop.wait(0.5):
            pass
    finally:
        if sim is not None:
            sim.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def _line_for(cls: type[Driver], port: str, spec: str | None) -> LineSettings:
    """``--line`` over the driver's factory line; a simulated port takes what a pseudo-terminal holds."""
    if spec:
        return cls.line.with_line(spec)
    return pty_line(cls.line) if is_simulated(port) else cls.line


def _reading_json(reading: Reading) -> dict[str, Any]:
    return {
        "value": None if reading.value is None else str(reading.value), "unit": reading.unit,
        "status": reading.status.value, "quantity": reading.quantity, "at": reading.at.isoformat(),
        "raw_hex": reading.raw.hex(), "raw_text": text_view(reading.raw), "message": reading.message,
    }  # fmt: skip


def _at_text(reading: Reading) -> str:
    at = local(reading.at)
    return f"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond // 1000:03d}"


def _reading_line(out: Output, reading: Reading) -> str:
    value = "" if reading.value is None else str(reading.value)
    message = f"  {out.tr(reading.message)}" if reading.message else ""  # drivers mark theirs with N_
    return (f"{_at_text(reading)}  {value:>16} {reading.unit:<4} {out.tr(STATUS_WORDS[reading.status]):<12} "
            f"{text_view(reading.raw)}{message}")  # fmt: skip


def _checked_count(args: argparse.Namespace) -> tuple[int, float]:
    if args.count < 1:
        raise InvalidInput("--count must be at least 1.")
    if args.interval < 0:
        raise InvalidInput("--interval cannot be negative.")
    return args.count, args.interval


def cmd_instrument_read(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    cls = driver_class(args.driver)
    count, interval = _checked_count(args)
    line = _line_for(cls, args.port, args.line)
    if is_simulated(args.port):
        parse_simulated(args.port)  # a malformed sim:// port is a usage error, before anything starts
    doc: dict[str, Any] = {"port": args.port, "driver": cls.name, "line": f"{line.baudrate},{line.framing}",
                           "instrument": dataclasses.asdict(InstrumentIdentity()), "readings": []}  # fmt: skip
    with resolved_port(args.port) as path:
        driver = cls(Transport(path, line), ctx.clock)
        try:
            identity = driver.connect()
            doc["instrument"] = dataclasses.asdict(identity)
            out.say("{instrument} on {port} ({line}):", instrument=identity.describe(), port=args.port,
                    line=line.describe())  # fmt: skip
            for n in range(count):
                if n and interval:
                    time.sleep(interval)
                reading = driver.read()
                doc["readings"].append(_reading_json(reading))
                out.line(_reading_line(out, reading))
                sys.stdout.flush()
        except InstrumentError as error:
            doc["error"] = out.tr(error.message, **error.params)
            out.json(doc)
            raise
        finally:
            driver.close()
    out.json(doc)
    return 0


# --- the register: add, list, show -----------------------------------------------------------------


def _calibration_json(info: InstrumentInfo) -> dict[str, Any] | None:
    problem = info.calibration_problem
    return None if problem is None else {"code": problem.code, **problem.params}


def _json(info: InstrumentInfo) -> dict[str, Any]:
    doc = dataclasses.asdict(info)
    doc["calibration_problem"] = _calibration_json(info)
    doc["calibration_ok"] = info.calibration_ok
    return doc


def _line(info: InstrumentInfo) -> str:
    flags = "" if info.calibration_problem is None else f"!{info.calibration_problem.code}"
    flags += "" if info.active else " !withdrawn"
    return (f"{info.asset_code:<10} {info.driver:<14} {info.port or '-':<24} {info.line or '-':<10} {info.name}  "
            f"{flags}").rstrip()  # fmt: skip


def _say_calibration(out: Output, info: InstrumentInfo) -> None:
    problem = info.calibration_problem
    if problem is None:
        out.say("In calibration until {date}.", date=info.calibration_due.isoformat() if info.calibration_due else "")
    elif problem.code == "calibration_overdue":
        out.say("Calibration overdue since {date}: its readings are not usable as GMP evidence.",
                date=problem.params.get("since", ""))  # fmt: skip
    else:
        out.say("No calibration due date: its readings are not usable as GMP evidence.")


def cmd_instrument_add(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    driver_class(args.driver)  # an unknown driver is refused with the list of known ones
    if is_simulated(args.port):
        parse_simulated(args.port)
    info = ctx.instruments.register(
        ctx.system_actor(), args.asset, args.name, args.driver, port=args.port, line=args.line,
        handshake=args.handshake, serial_number=args.serial, calibration_due=parse_date(args.calibration_due),
        room_code=args.room,
    )  # fmt: skip
    out.say("Instrument {code} registered.", code=info.asset_code)
    if not info.calibration_ok:
        _say_calibration(out, info)
    out.json(_json(info))
    return 0


def cmd_instrument_list(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    infos = ctx.instruments.all()
    if not infos:
        out.say("No instrument registered.")
    for info in infos:
        out.line(_line(info))
    out.json([_json(i) for i in infos])
    return 0


def _recorded_json(r: ReadingInfo) -> dict[str, Any]:
    return {
        "id": r.id, "uuid": r.reading_uuid, "value": str(r.value), "unit": r.unit, "status": r.status,
        "quantity": r.quantity, "at": r.at.isoformat(), "raw_hex": r.raw.hex(), "calibration_ok": r.calibration_ok,
        "person_id": r.person_id, "session": r.session_code, "recorded_by": r.recorded_by,
    }  # fmt: skip


def cmd_instrument_show(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    info = ctx.instruments.get(args.asset)
    recorded = ctx.instruments.readings(args.asset, limit=10)
    out.line(_line(info))
    out.say("Driver {driver}, port {port}, line {line}, serial number {serial}, room {room}.", driver=info.driver,
            port=info.port or "-", line=info.line or "-", serial=info.serial_number or "-",
            room=info.room or "-")  # fmt: skip
    _say_calibration(out, info)
    if not info.active:
        out.say("Withdrawn from use: its readings are not recorded.")
    if recorded:
        out.say("Last recorded readings:")
    for r in recorded:
        mark = "" if r.calibration_ok else "  !calibration"
        out.line(f"  {local(r.at):%Y-%m-%d %H:%M:%S}  {r.value!s:>14} {r.unit:<4} {r.recorded_by}{mark}")
    doc = _json(info)
    doc["readings"] = [_recorded_json(r) for r in recorded]
    out.json(doc)
    return 0
