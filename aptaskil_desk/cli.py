"""The ``aptaskil-desk`` command line (the public contract in ARCHITECTURE.md).

Exit codes: 0 done, 1 refused (with a message saying why), 2 usage or input error.
Listing and result commands take ``--json`` and then print one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.exc import DBAPIError

from aptaskil_desk import __version__
from aptaskil_desk.app import AppContext, SchemaPolicy, build_context
from aptaskil_desk.db.database import describe_connection_error
from aptaskil_desk.errors import AptaskilError, InvalidInput
from aptaskil_desk.i18n import Translator
from aptaskil_desk.logging_setup import configure_logging
from aptaskil_desk.settings import LANGUAGES, Settings, load_settings

log = logging.getLogger(__name__)

Handler = Callable[[AppContext, argparse.Namespace, "Output"], int]


class Output:
    """Where a command writes: human text (translated) or one JSON document."""

    def __init__(self, tr: Translator, as_json: bool, stdout: TextIO, stderr: TextIO) -> None:
        self.tr = tr
        self.as_json = as_json
        self._out = stdout
        self._err = stderr

    def say(self, source: str, /, **params: object) -> None:
        if not self.as_json:
            print(self.tr(source, **params), file=self._out)

    def line(self, text: str) -> None:
        if not self.as_json:
            print(text, file=self._out)

    def error(self, source: str, /, **params: object) -> None:
        print(self.tr(source, **params), file=self._err)

    def json(self, document: Any) -> None:
        if self.as_json:
            print(json.dumps(document, ensure_ascii=False, indent=2, default=_json_default), file=self._out)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)


# --- commands -----------------------------------------------------------------------------


def cmd_db_upgrade(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    from aptaskil_desk.db import migrate

    before = migrate.current_revision(ctx.db.engines.write)
    migrate.upgrade(ctx.db.engines.write)
    after = migrate.current_revision(ctx.db.engines.write)
    out.say("Database schema: {before} → {after}.", before=before or "empty", after=after)
    out.json({"dialect": ctx.db.dialect, "before": before, "after": after})
    return 0


def cmd_db_check(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    from aptaskil_desk.services.health import check_database

    report = check_database(ctx.db, ctx.system_actor(), ctx.audit)
    for item in report.items:
        mark = "OK " if item.ok else "!! "
        out.line(mark + out.tr(item.label) + ": " + item.detail)
    out.say("Database check passed." if report.ok else "Database check FAILED.")
    out.json({"ok": report.ok, "dialect": ctx.db.dialect, "checks": [dataclasses.asdict(i) for i in report.items]})
    return 0 if report.ok else 1


def cmd_demo(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    result = ctx.demo.build(ctx.system_actor(), learners=args.learners, seed=args.seed)
    if result.created:
        out.say(
            "Demo centre created: {people} learners, {sessions} sessions, {rooms} rooms.",
            people=result.learners,
            sessions=result.sessions,
            rooms=result.rooms,
        )
    else:
        out.say("This database already holds the demo centre; nothing was changed.")
    out.say("Demo staff accounts (login / password / kiosk PIN):")
    for account in result.accounts:
        out.line(f"  {account.login:<10} {account.password:<22} {account.pin}  ({', '.join(account.roles)})")
    out.say("Terminals: {names}", names=", ".join(result.terminals))
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
    else:
        out.error(
            "Audit trail BROKEN at row {seq} (id {row_id}): {detail}.",
            seq=problem.seq if problem.seq is not None else "?",
            row_id=problem.row_id if problem.row_id is not None else "?",
            detail=problem.detail,
        )
    out.json(
        {
            "ok": report.ok,
            "rows_checked": report.rows_checked,
            "problem": None if problem is None else dataclasses.asdict(problem),
        }
    )
    return 0 if report.ok else 1


def cmd_audit_export(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    result = ctx.audit.export(ctx.system_actor(), Path(args.out))
    out.say("{rows} audit rows written to {path}.", rows=result.rows, path=result.path)
    out.json(dataclasses.asdict(result))
    return 0


def cmd_kiosk(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    from aptaskil_desk.ui.application import run_gui  # Qt is loaded only for the GUI

    return run_gui(ctx, windowed=getattr(args, "windowed", False))


# --- parser -------------------------------------------------------------------------------


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db", metavar="URL", default=default, help="database URL (else APTASKIL_DB, else a local file)"
    )
    parser.add_argument("--config", metavar="PATH", default=default, help="settings file (TOML)")
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help="language of messages")
    parser.add_argument("--terminal", metavar="NAME", default=default, help="this terminal's registered name")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print one JSON document")

    parser = argparse.ArgumentParser(
        prog="aptaskil-desk", description="Lab terminal software for a GMP training centre."
    )
    _global_options(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"aptaskil-desk {__version__}")
    parser.set_defaults(handler=cmd_kiosk, schema=SchemaPolicy.AUTO, json=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str,
        handler: Handler,
        help_text: str,
        *,
        json_out: bool = True,
        parent: Any = sub,
        schema: SchemaPolicy = SchemaPolicy.AUTO,
    ) -> argparse.ArgumentParser:
        parents = [common, as_json] if json_out else [common]
        p: argparse.ArgumentParser = parent.add_parser(name, parents=parents, help=help_text, description=help_text)
        p.set_defaults(handler=handler, schema=schema)
        return p

    kiosk = add("kiosk", cmd_kiosk, "open the kiosk window (the default)", json_out=False)
    kiosk.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")

    db = sub.add_parser("db", help="database schema and health").add_subparsers(dest="db_command", required=True)
    add(
        "upgrade", cmd_db_upgrade, "migrate the schema to this program's version", parent=db, schema=SchemaPolicy.IGNORE
    )
    add(
        "check",
        cmd_db_check,
        "check integrity, settings, schema version and audit chain",
        parent=db,
        schema=SchemaPolicy.IGNORE,
    )

    demo = add("demo", cmd_demo, "create or upgrade the database and fill it with a demo centre")
    demo.add_argument("--learners", type=int, default=120, metavar="N", help="number of learners (default 120)")
    demo.add_argument("--seed", type=int, default=2026, metavar="S", help="random seed (same seed, same centre)")

    user = sub.add_parser("user", help="staff accounts").add_subparsers(dest="user_command", required=True)
    u_add = add("add", cmd_user_add, "create a staff account", parent=user)
    u_add.add_argument("login")
    u_add.add_argument("--name", help="'Given Family' or 'Family, Given'")
    u_add.add_argument("--given", help="given name (with --family, instead of --name)")
    u_add.add_argument("--family", help="family name")
    u_add.add_argument(
        "--role",
        nargs="+",
        action="append",
        required=True,
        choices=["technician", "instructor", "qa", "admin"],
        help="one or more roles",
    )
    u_add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password (line 1) and optionally the kiosk PIN (line 2) from stdin",
    )
    add("list", cmd_user_list, "list staff accounts", parent=user)
    u_unlock = add("unlock", cmd_user_unlock, "unlock an account locked by bad attempts", parent=user)
    u_unlock.add_argument("login")
    u_unlock.add_argument("--reason", required=True)
    u_pin = add("set-pin", cmd_user_set_pin, "set a staff member's kiosk PIN", parent=user)
    u_pin.add_argument("login")
    u_pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from stdin")

    term = sub.add_parser("terminal", help="registered lab terminals").add_subparsers(dest="t_command", required=True)
    t_add = add("add", cmd_terminal_add, "register a terminal in a room (or move it)", parent=term)
    t_add.add_argument("name")
    t_add.add_argument("--room", required=True, metavar="CODE")
    t_add.add_argument("--description")
    add("list", cmd_terminal_list, "list terminals", parent=term)

    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="audit_command", required=True)
    add("verify", cmd_audit_verify, "recompute the hash chain; exit 1 naming the first bad row", parent=audit)
    a_export = add("export", cmd_audit_export, "write the trail as JSON Lines", parent=audit)
    a_export.add_argument("--out", required=True, metavar="FILE")
    return parser


def settings_from_args(args: argparse.Namespace) -> Settings:
    return load_settings(
        Path(args.config) if args.config else None,
        database=args.db,
        language=args.lang,
        terminal=args.terminal,
    )


def main(argv: Sequence[str] | None = None, *, context_factory: Callable[..., AppContext] = build_context) -> int:
    """Run one command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    for name in ("db", "config", "lang", "terminal"):
        if not hasattr(args, name):
            setattr(args, name, None)
    tr = Translator(args.lang or "fr")
    out = Output(tr, bool(getattr(args, "json", False)), sys.stdout, sys.stderr)
    try:
        settings = settings_from_args(args)
        tr = Translator(settings.language)
        out = Output(tr, out.as_json, sys.stdout, sys.stderr)
        configure_logging(settings.log_path, settings.log_level)
        ctx = context_factory(settings, schema=args.schema)
    except AptaskilError as error:
        out.error(error.message, **error.params)
        return error.exit_code
    try:
        handler: Handler = args.handler
        return handler(ctx, args, out)
    except AptaskilError as error:
        log.info("command refused: %s", error)
        out.error(error.message, **error.params)
        return error.exit_code
    except DBAPIError as error:  # raised outside a service (migrations, checks): same clear words
        wrapped = describe_connection_error(error)
        log.info("database error: %s", error)
        out.error(wrapped.message, **wrapped.params)
        return wrapped.exit_code
    except KeyboardInterrupt:
        return 130
    finally:
        ctx.close()
