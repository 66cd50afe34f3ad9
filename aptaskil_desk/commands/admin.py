"""Handlers of the administration commands: db, demo, user, terminal, audit, kiosk."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from aptaskil_desk.app import AppContext
from aptaskil_desk.commands.checklist_runs import PROBLEM_TEXTS
from aptaskil_desk.commands.output import Output
from aptaskil_desk.errors import InvalidInput


def cmd_db_upgrade(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    from aptaskil_desk.db import migrate

    before = migrate.current_revision(ctx.db.engines.write)
    migrate.upgrade(ctx.db.engines.write)
    after = migrate.current_revision(ctx.db.engines.write)
    out.say("Database schema: {before} → {after}.", before=before or "empty", after=after)
    out.json({"dialect": ctx.db.dialect, "before": before, "after": after})
    return 0


def cmd_demo(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    result = ctx.demo.build(ctx.system_actor(), learners=args.learners, seed=args.seed)
    if result.created:
        out.say(
            "Demo centre created: {people} learners, {sessions} sessions, {rooms} rooms.",
            people=result.learners,
            sessions=result.sessions,
            rooms=result.rooms,
        )
    elif result.instruments:
        out.say("This database already holds the demo centre; added the simulated instruments {codes}.",
                codes=", ".join(result.instruments))  # fmt: skip
    else:
        out.say("This database already holds the demo centre; nothing was changed.")
    out.say("Demo staff accounts (login / password / kiosk PIN):")
    for account in result.accounts:
        out.line(f"  {account.login:<10} {account.password:<22} {account.pin}  ({', '.join(account.roles)})")
    out.say("Terminals: {names}", names=", ".join(result.terminals))
    if result.sample_badges:
        out.say("Everyone has a badge. Try one: aptaskil-desk scan CODE --terminal KIOSK-LAB-CQ")
        for name, code in result.sample_badges:
            out.line(f"  {code}  {name}")
        out.say("Print them all: aptaskil-desk badges print --all --layout sheet --out badges.pdf")
        out.say("Equipment labels: aptaskil-desk equipment label --layout a4 --out labels.pdf")
    out.say("Simulated instruments: aptaskil-desk instrument read --port sim://mt-sics --driver mt-sics --count 3")
    out.json(dataclasses.asdict(result))
    return 0


def _split_name(args: argparse.Namespace) -> tuple[str, str]:
    if args.given or args.family:
        if not (args.given and args.family):
            raise InvalidInput("Give both --given and --family, or --name.")
        return args.given, args.family
    if not args.name:
        raise InvalidInput("A name is required: --name 'Given Family' or 'Family, Given'.")
    name = " ".join(args.name.split())
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
    else:
        given, _, family = name.partition(" ")
    if not given or not family:
        raise InvalidInput("Write the name as 'Given Family' or 'Family, Given': {name!r}.", name=args.name)
    return given, family


def _read_secrets(args: argparse.Namespace, stdin: TextIO, prompt: Callable[[str], str]) -> tuple[str, str | None]:
    if args.password_stdin:
        lines = stdin.read().splitlines()
        if not lines:
            raise InvalidInput("--password-stdin: no password on standard input.")
        pin = lines[1].strip() if len(lines) > 1 and lines[1].strip() else None
        return lines[0], pin
    first = prompt("Password: ")
    if prompt("Password again: ") != first:
        raise InvalidInput("The two passwords differ.")
    pin = prompt("Kiosk PIN (4–8 digits, empty for none): ").strip() or None
    return first, pin


def cmd_user_add(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    given, family = _split_name(args)
    password, pin = _read_secrets(args, sys.stdin, lambda prompt: getpass.getpass(out.tr(prompt)))
    roles = [r for group in args.role for r in group]
    info = ctx.accounts.add_user(ctx.system_actor(), args.login, given, family, roles, password, pin)
    out.say(
        "Staff account {login} created for {name} ({roles}).",
        login=info.login,
        name=info.display_name,
        roles=", ".join(info.roles),
    )
    out.json(dataclasses.asdict(info))
    return 0


def cmd_user_list(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    staff = ctx.accounts.list_staff()
    for info in staff:
        flags = " [locked]" if info.locked else ""
        out.line(f"{info.login:<16} {info.display_name:<36} {', '.join(info.roles)}{flags}")
    out.json([dataclasses.asdict(i) for i in staff])
    return 0


def cmd_user_unlock(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    info = ctx.accounts.unlock(ctx.system_actor(), args.login, args.reason)
    out.say("Account {login} unlocked.", login=info.login)
    out.json(dataclasses.asdict(info))
    return 0


def cmd_user_set_pin(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if args.pin_stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass(out.tr("Kiosk PIN (4–8 digits): "))
        if getpass.getpass(out.tr("PIN again: ")) != pin:
            raise InvalidInput("The two PINs differ.")
    ctx.accounts.set_pin(ctx.system_actor(), args.login, pin)
    out.say("PIN set for {login}.", login=args.login)
    out.json({"login": args.login, "pin_set": True})
    return 0


def cmd_terminal_add(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    info = ctx.centre.register_terminal(ctx.system_actor(), args.name, args.room, args.description)
    out.say("Terminal {name} is in room {room}.", name=info.name, room=info.room.code if info.room else "-")
    out.json(dataclasses.asdict(info))
    return 0


def cmd_terminal_list(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    terminals = ctx.centre.list_terminals()
    for t in terminals:
        out.line(f"{t.name:<20} {t.room.code if t.room else '-':<12} {t.room.name if t.room else ''}")
    out.json([dataclasses.asdict(t) for t in terminals])
    return 0


def cmd_audit_verify(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    report = ctx.audit.verify(ctx.system_actor())
    problem = report.problem
    if problem is None:
        out.say("Audit trail intact: {n} rows verified.", n=report.rows_checked)
    for each in report.problems:
        out.error(
            "Audit trail BROKEN at row {seq} (id {row_id}): {detail}.",
            seq=each.seq if each.seq is not None else "?",
            row_id=each.row_id if each.row_id is not None else "?",
            detail=each.detail,
        )
    # Checklist e-signatures: each must still match what it signed, and nothing may follow an approval.
    signatures = ctx.checklist_runs.signature_problems()
    for run_id, p in signatures:
        out.error(PROBLEM_TEXTS.get(p.code, p.code), id=run_id, seq=p.seq)
    if not signatures:
        out.say("Checklist signatures intact.")
    ok = report.ok and not signatures
    out.json(
        {
            "ok": ok,
            "rows_checked": report.rows_checked,
            "problem": None if problem is None else dataclasses.asdict(problem),
            "problems": [dataclasses.asdict(p) for p in report.problems],
            "signatures": {
                "ok": not signatures,
                "problems": [
                    {
                        "execution": run_id,
                        "seq": p.seq,
                        "problem": p.code,
                        "message": out.tr(PROBLEM_TEXTS.get(p.code, p.code), id=run_id, seq=p.seq),
                    }
                    for run_id, p in signatures
                ],
            },
        }
    )
    return 0 if ok else 1


def cmd_audit_export(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    result = ctx.audit.export(ctx.system_actor(), Path(args.out))
    out.say("{rows} audit rows written to {path}.", rows=result.rows, path=result.path)
    out.json(dataclasses.asdict(result))
    return 0


def cmd_kiosk(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    from aptaskil_desk.ui.application import run_gui  # Qt is loaded only for the GUI

    return run_gui(ctx, windowed=getattr(args, "windowed", False))
