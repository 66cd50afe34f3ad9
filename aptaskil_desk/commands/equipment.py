"""Handlers of the equipment commands: add, list, show, status, record, authorise."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.commands.args import parse_date
from aptaskil_desk.commands.output import Output
from aptaskil_desk.services.equipment import EquipmentInfo


def _json(info: EquipmentInfo) -> dict[str, Any]:
    doc = dataclasses.asdict(info)
    doc["unfit"] = [{"code": r.code, **r.params} for r in info.unfit]
    doc["warnings"] = [{"code": r.code, **r.params} for r in info.warnings]
    return doc


def _line(info: EquipmentInfo) -> str:
    flags = " ".join(f"!{r.code}" for r in info.unfit) + " ".join(f"~{r.code}" for r in info.warnings)
    return f"{info.code:<12} {info.status:<15} {info.room or '-':<10} {info.name}  {flags}".rstrip()


def cmd_equipment_add(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    info = ctx.equipment.add(
        ctx.system_actor(), args.code, args.name, args.type, room_code=args.room, manufacturer=args.manufacturer,
        model=args.model, serial_number=args.serial, calibration_interval_days=args.calibration_interval,
        calibration_due=parse_date(args.calibration_due), required_phases=args.phases or (),
        requires_authorisation=not args.no_authorisation,
    )  # fmt: skip
    out.say("Equipment {code} registered.", code=info.code)
    out.json(_json(info))
    return 0


def cmd_equipment_list(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    infos = ctx.equipment.all()
    for info in infos:
        out.line(_line(info))
    out.json([_json(i) for i in infos])
    return 0


def cmd_equipment_show(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    info = ctx.equipment.get(args.code)
    entries = ctx.equipment.logbook(args.code)
    out.line(_line(info))
    superseded = {e.supersedes_id for e in entries if e.supersedes_id}
    for e in entries:
        struck = " (superseded)" if e.id in superseded else ""
        fix = f" corrects {e.supersedes_id}: {e.reason}" if e.supersedes_id else ""
        out.line(f"  {e.id:>6}  {local(e.at):%Y-%m-%d %H:%M}  {e.kind:<13} {e.details}{fix}{struck}")
    doc = _json(info)
    doc["logbook"] = [dict(dataclasses.asdict(e), at=local(e.at).isoformat()) for e in entries]
    out.json(doc)
    return 0


def cmd_equipment_status(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    info = ctx.equipment.set_status(ctx.system_actor(), args.code, args.status, args.reason)
    out.say("{code} is now {status}.", code=info.code, status=info.status)
    out.json(_json(info))
    return 0
