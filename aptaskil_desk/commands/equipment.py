"""Handlers of the equipment commands: add, list, show, status; authorise, revoke, authorisations."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from typing import Any

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.commands.args import parse_date
from aptaskil_desk.commands.output import Output
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.services.equipment_authorisations import AuthorisationInfo
from aptaskil_desk.services.equipment_rows import EquipmentInfo


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


def _auth_json(info: AuthorisationInfo) -> dict[str, Any]:
    doc = dataclasses.asdict(info)
    doc["problem"] = None if info.problem is None else {"code": info.problem.code, **info.problem.params}
    doc["valid"] = info.problem is None
    return doc


def _auth_line(info: AuthorisationInfo) -> str:
    until = info.expires_on.isoformat() if info.expires_on else "-"
    state = "ok" if info.problem is None else f"!{info.problem.code}"
    last = info.last_used_on.isoformat() if info.last_used_on else "-"
    return f"{info.equipment_code:<12} {info.person_id:>6}  {info.person_name:<32} {until:<10}  {last:<10}  {state}"


def _standing(ctx: AppContext, code: str, person_id: int) -> AuthorisationInfo | None:
    return next((a for a in ctx.equipment.authorisations(code) if a.person_id == person_id), None)


def _end_date(ctx: AppContext, text: str | None) -> date:
    """``--until``: a day from today on; a year from today when not given (as on the staff screen)."""
    today = local(ctx.clock.now()).date()
    until = parse_date(text)
    if until is None:
        try:
            return today.replace(year=today.year + 1)
        except ValueError:  # 29 February
            return today.replace(year=today.year + 1, day=28)
    if until < today:
        raise InvalidInput("The end date {date} is already past: choose today or later.", date=until.isoformat())
    return until


def cmd_equipment_authorise(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    until = _end_date(ctx, args.until)
    if not ctx.equipment.get(args.code).requires_authorisation:
        raise InvalidInput("{code} needs no authorisation: learners may use it without one.", code=args.code)
    before = _standing(ctx, args.code, args.person)
    ctx.equipment.authorise(ctx.system_actor(), args.person, args.code, until)
    after = _standing(ctx, args.code, args.person)
    assert after is not None  # just granted, in a committed transaction
    if before is None or before.revoked_on is not None:
        out.say("{name} is now authorised to use {code} until {date}.", name=after.person_name, code=args.code,
                date=until.isoformat())  # fmt: skip
    else:
        out.say("The authorisation of {name} for {code} is extended until {date}.", name=after.person_name,
                code=args.code, date=until.isoformat())  # fmt: skip
    out.json(_auth_json(after))
    return 0


def cmd_equipment_revoke(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    ctx.equipment.revoke_authorisation(ctx.system_actor(), args.person, args.code, args.reason)
    after = _standing(ctx, args.code, args.person)
    assert after is not None  # a revoked authorisation stays on record
    out.say("The authorisation of {name} for {code} is revoked.", name=after.person_name, code=args.code)
    out.json(_auth_json(after))
    return 0


def cmd_equipment_authorisations(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    infos = ctx.equipment.authorisations(args.code)
    if not infos:
        out.say("No authorisation on record.")
    for info in infos:
        out.line(_auth_line(info))
    out.json([_auth_json(i) for i in infos])
    return 0
