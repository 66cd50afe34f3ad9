"""The ``aptaskil-desk`` command line (the public contract in ARCHITECTURE.md).

Exit codes: 0 done, 1 refused (with a message saying why), 2 usage or input error.
Listing and result commands take ``--json`` and then print one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from aptaskil_desk import __version__
from aptaskil_desk.app import AppContext, SchemaPolicy, build_context
from aptaskil_desk.commands.admin import (
    cmd_audit_export,
    cmd_audit_verify,
    cmd_db_upgrade,
    cmd_demo,
    cmd_kiosk,
    cmd_terminal_add,
    cmd_terminal_list,
    cmd_user_add,
    cmd_user_list,
    cmd_user_set_pin,
    cmd_user_unlock,
)
from aptaskil_desk.commands.backup import register as register_backup
from aptaskil_desk.commands.checklist_runs import (
    cmd_checklist_deviation_close,
    cmd_checklist_runs,
    cmd_checklist_show,
    cmd_checklist_sign,
)
from aptaskil_desk.commands.checklists import (
    cmd_checklist_approve_template,
    cmd_checklist_execute,
    cmd_checklist_import,
    cmd_checklist_templates,
)
from aptaskil_desk.commands.courses import register as register_courses
from aptaskil_desk.commands.diagnostics import register as register_diagnostics
from aptaskil_desk.commands.equipment import (
    cmd_equipment_add,
    cmd_equipment_authorisations,
    cmd_equipment_authorise,
    cmd_equipment_list,
    cmd_equipment_revoke,
    cmd_equipment_show,
    cmd_equipment_status,
)
from aptaskil_desk.commands.equipment_labels import cmd_equipment_label
from aptaskil_desk.commands.hours import register as register_report_hours
from aptaskil_desk.commands.instruments import (
    cmd_instrument_add,
    cmd_instrument_list,
    cmd_instrument_ports,
    cmd_instrument_read,
    cmd_instrument_show,
    cmd_instrument_simulate,
)
from aptaskil_desk.commands.integrity import register as register_integrity
from aptaskil_desk.commands.output import Output
from aptaskil_desk.commands.people import (
    cmd_attendance_correct,
    cmd_attendance_day,
    cmd_badges_issue,
    cmd_badges_print,
    cmd_badges_revoke,
    cmd_people_import,
    cmd_people_list,
    cmd_scan,
)
from aptaskil_desk.commands.reports import cmd_report_checklist, cmd_report_logbook
from aptaskil_desk.commands.session_report import register as register_session_reports
from aptaskil_desk.db.database import describe_connection_error
from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.i18n import Translator
from aptaskil_desk.instruments.registry import KINDS
from aptaskil_desk.logging_setup import configure_logging
from aptaskil_desk.settings import LANGUAGES, Settings, load_settings

log = logging.getLogger(__name__)

Handler = Callable[[AppContext, argparse.Namespace, Output], int]


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
    register_integrity(db, add)
    register_backup(db, add)

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

    scan = add("scan", cmd_scan, "exactly what a kiosk does with one scan (headless)")
    scan.add_argument("payload", help="what the scanner typed")
    scan.add_argument("--event-uuid", help="client UUID, to retry safely after a crash")
    scan.add_argument("--answers", metavar="JSON", help='answers to an equipment\'s questions, {"id": "yes"|"no"}')

    people = sub.add_parser("people", help="learners").add_subparsers(dest="p_command", required=True)
    add("list", cmd_people_list, "list learners in alphabetical order", parent=people)
    p_import = add("import", cmd_people_import, "import learners from CSV (all or nothing)", parent=people)
    p_import.add_argument("file", metavar="FILE", help="CSV; see docs/people-import.md")
    p_import.add_argument("--dry-run", action="store_true", help="check and count, write nothing")

    badges = sub.add_parser("badges", help="QR badges").add_subparsers(dest="b_command", required=True)
    b_print = add("print", cmd_badges_print, "issue missing badges and print them to a PDF", parent=badges)
    b_print.add_argument("--out", required=True, metavar="FILE.pdf")
    b_print.add_argument("--person", type=int, nargs="+", metavar="ID", help="these people")
    b_print.add_argument("--course", metavar="CODE", help="everyone on this session's roster")
    b_print.add_argument("--all", action="store_true", help="every active person")
    b_print.add_argument(
        "--layout",
        choices=["cards", "sheet"],
        default="cards",
        help="cards: one CR80 card per page; sheet: A4, 10 badges with cut marks",
    )
    b_issue = add("issue", cmd_badges_issue, "issue badges (or --reissue: revoke the old one)", parent=badges)
    b_issue.add_argument("person", type=int, nargs="+", metavar="ID")
    b_issue.add_argument("--reissue", action="store_true")
    b_issue.add_argument("--reason")
    b_revoke = add("revoke", cmd_badges_revoke, "revoke a person's badge (lost, stolen)", parent=badges)
    b_revoke.add_argument("person_id", type=int, metavar="ID")
    b_revoke.add_argument("--reason", required=True)

    att = sub.add_parser("attendance", help="check-ins and check-outs").add_subparsers(dest="a_command", required=True)
    a_day = add("day", cmd_attendance_day, "a learner's events and hours for a day", parent=att)
    a_day.add_argument("person_id", type=int, metavar="ID")
    a_day.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    a_fix = add("correct", cmd_attendance_correct, "supersede an event (the original is kept)", parent=att)
    a_fix.add_argument("event_id", type=int, metavar="EVENT")
    a_fix.add_argument("--kind", choices=["in", "out", "void"], required=True)
    a_fix.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help="Brussels time unless an offset is given")
    a_fix.add_argument("--reason", required=True)

    equip = sub.add_parser("equipment", help="equipment register and logbooks").add_subparsers(
        dest="e_command", required=True
    )
    e_add = add("add", cmd_equipment_add, "register an equipment", parent=equip)
    e_add.add_argument("code")
    e_add.add_argument("--name", required=True)
    e_add.add_argument("--type", required=True, help="e.g. autoclave, balance, ph_meter, bioreactor")
    e_add.add_argument("--room", metavar="CODE")
    e_add.add_argument("--manufacturer")
    e_add.add_argument("--model")
    e_add.add_argument("--serial")
    e_add.add_argument("--calibration-interval", type=int, metavar="DAYS")
    e_add.add_argument("--calibration-due", metavar="YYYY-MM-DD")
    e_add.add_argument("--phases", nargs="+", choices=["IQ", "OQ", "PQ"], help="qualification phases required")
    e_add.add_argument("--no-authorisation", action="store_true", help="learners need no authorisation")
    add("list", cmd_equipment_list, "the register, with fitness", parent=equip)
    e_show = add("show", cmd_equipment_show, "an equipment and its logbook", parent=equip)
    e_show.add_argument("code")
    e_status = add("status", cmd_equipment_status, "change the status (recorded in the logbook)", parent=equip)
    e_status.add_argument("code")
    e_status.add_argument("status", choices=["available", "cleaning", "maintenance", "out_of_service", "quarantine"])
    e_status.add_argument("--reason", required=True)
    e_auth = add(
        "authorise", cmd_equipment_authorise, "authorise a learner to use an equipment, or extend", parent=equip
    )
    e_auth.add_argument("code")
    e_auth.add_argument("--person", type=int, required=True, metavar="ID")
    e_auth.add_argument("--until", metavar="YYYY-MM-DD", help="last valid day (default: a year from today)")
    e_revoke = add("revoke", cmd_equipment_revoke, "revoke a learner's authorisation (kept on record)", parent=equip)
    e_revoke.add_argument("code")
    e_revoke.add_argument("--person", type=int, required=True, metavar="ID")
    e_revoke.add_argument("--reason", required=True)
    e_auths = add(
        "authorisations",
        cmd_equipment_authorisations,
        "standing authorisations, with what is wrong with each",
        parent=equip,
    )
    e_auths.add_argument("code", nargs="?", help="this equipment (default: all)")
    e_label = add("label", cmd_equipment_label, "print QR labels of equipment to a PDF", parent=equip)
    e_label.add_argument("codes", nargs="*", metavar="CODE", help="these equipment (default: the whole register)")
    e_label.add_argument("--out", required=True, metavar="FILE.pdf")
    e_label.add_argument(
        "--layout",
        choices=["printer", "a4"],
        default="printer",
        help="printer: one 62 × 29 mm label per page (Brother QL); a4: 24 labels of 70 × 37 mm per sheet",
    )

    _instrument_commands(sub, add)
    register_courses(sub, add)
    register_diagnostics(sub, add)

    checklist = sub.add_parser("checklist", help="qualification and routine checklists").add_subparsers(
        dest="c_command", required=True
    )
    c_import = add("import", cmd_checklist_import, "store template versions (all files or none)", parent=checklist)
    c_import.add_argument("files", nargs="+", metavar="FILE", help="TOML templates; see docs/checklists.md")
    c_list = add("templates", cmd_checklist_templates, "the latest version of each template", parent=checklist)
    c_list.add_argument("--all", action="store_true", help="every version, superseded ones included")
    _checklist_run_commands(checklist, add)

    report = sub.add_parser("report", help="printable records").add_subparsers(dest="r_command", required=True)
    r_logbook = add("logbook", cmd_report_logbook, "an equipment's logbook as a PDF", parent=report)
    r_logbook.add_argument("code", metavar="EQUIP")
    r_logbook.add_argument("--out", required=True, metavar="FILE.pdf")
    r_logbook.add_argument("--from", dest="from_date", metavar="YYYY-MM-DD", help="first day (Brussels time), included")
    r_logbook.add_argument("--to", dest="to_date", metavar="YYYY-MM-DD", help="last day (Brussels time), included")
    register_report_hours(report, add)
    register_session_reports(report, add)
    r_checklist = add("checklist", cmd_report_checklist, "an executed checklist as a PDF", parent=report)
    r_checklist.add_argument("record_id", metavar="ID", help="the execution's record id (UUID)")
    r_checklist.add_argument("--out", required=True, metavar="FILE.pdf")

    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="audit_command", required=True)
    add("verify", cmd_audit_verify, "recompute the hash chain and every checklist signature; exit 1 on a problem",
        parent=audit)  # fmt: skip
    a_export = add("export", cmd_audit_export, "write the trail as JSON Lines", parent=audit)
    a_export.add_argument("--out", required=True, metavar="FILE")
    return parser


def _instrument_commands(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """``instrument ports/simulate/read`` (the line; no database) and ``add/list/show`` (the register)."""
    kinds = ", ".join(KINDS)
    instr = sub.add_parser("instrument", help="serial instruments").add_subparsers(dest="i_command", required=True)
    add("ports", cmd_instrument_ports, "serial ports of this computer, with USB IDs", parent=instr,
        schema=SchemaPolicy.IGNORE)  # fmt: skip
    i_sim = add("simulate", cmd_instrument_simulate, "run a simulated instrument on a pseudo-terminal until stopped",
                parent=instr, schema=SchemaPolicy.IGNORE)  # fmt: skip
    i_sim.add_argument("kind", metavar="KIND", help=f"one of: {kinds}")
    i_sim.add_argument("--link", metavar="PATH", help="a stable symlink to the port")
    i_sim.add_argument("--value", metavar="V", help="what is on the pan / at the probe / at the input")
    i_sim.add_argument("--seed", metavar="S", help="makes noise and garbage repeatable")
    i_sim.add_argument("--noise", metavar="N", help="the value wanders by up to ± N")
    i_sim.add_argument("--drift-per-minute", metavar="D", help="the value creeps by D per minute")
    i_sim.add_argument("--settle", metavar="S", help="seconds a new value takes to settle (dynamic meanwhile)")
    i_sim.add_argument("--overload", action="store_true", help="every reading is above the range")
    i_sim.add_argument("--underload", action="store_true", help="every reading is below the range")
    i_sim.add_argument("--error-every", metavar="N", help="every N-th request gets the protocol's error reply")
    i_sim.add_argument("--garbage-every", metavar="N", help="every N-th reply is preceded by garbage bytes")
    i_sim.add_argument("--reply-delay", metavar="S", help="seconds before each reply")
    i_read = add("read", cmd_instrument_read, "read an instrument on a port (sim://KIND: a simulated one)",
                 parent=instr, schema=SchemaPolicy.IGNORE)  # fmt: skip
    i_read.add_argument("--port", required=True, metavar="P", help="device path, or sim://KIND[?value=V]")
    i_read.add_argument("--driver", required=True, metavar="D", help=f"one of: {kinds}")
    i_read.add_argument("--count", type=int, default=1, metavar="N", help="number of readings (default 1)")
    i_read.add_argument("--line", metavar="9600,8N1", help="speed and framing instead of the driver's own")
    i_read.add_argument("--interval", type=float, default=0.0, metavar="S", help="seconds between readings")
    i_add = add("add", cmd_instrument_add, "register an instrument", parent=instr)
    i_add.add_argument("asset", metavar="ASSET")
    i_add.add_argument("--driver", required=True, metavar="D", help=f"one of: {kinds}")
    i_add.add_argument("--port", required=True, metavar="P", help="device path, or sim://KIND[?value=V]")
    i_add.add_argument("--line", metavar="9600,8N1", help="speed and framing (default: the driver's own)")
    i_add.add_argument("--handshake", metavar="H", help="none, xon/xoff, rts/cts or dtr/dsr")
    i_add.add_argument("--name", required=True)
    i_add.add_argument("--serial", metavar="S", help="serial number, as the instrument reports it")
    i_add.add_argument("--calibration-due", metavar="YYYY-MM-DD")
    i_add.add_argument("--room", metavar="CODE")
    add("list", cmd_instrument_list, "the instrument register, with calibration state", parent=instr)
    i_show = add("show", cmd_instrument_show, "an instrument, its calibration state and last readings",
                 parent=instr)  # fmt: skip
    i_show.add_argument("asset", metavar="ASSET")


def _checklist_run_commands(checklist: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """``checklist approve-template/execute/sign/runs/show/deviation-close`` (docs/checklists.md)."""

    def who(p: argparse.ArgumentParser, help_text: str, *, password: bool = False) -> None:
        p.add_argument("--as", dest="login", required=True, metavar="LOGIN", help=help_text)
        if password:
            p.add_argument("--password-stdin", action="store_true",
                           help="read the password from the first line of stdin (else it is asked)")  # fmt: skip

    c_approve = add("approve-template", cmd_checklist_approve_template,
                    "QA's electronic signature of a template version: it can then be executed",
                    parent=checklist)  # fmt: skip
    c_approve.add_argument("code", metavar="CODE")
    c_approve.add_argument("--version", type=int, required=True, metavar="N")
    who(c_approve, "the QA signer's login", password=True)
    c_exec = add("execute", cmd_checklist_execute, "run a checklist from an answers file (all or nothing); "
                 "instrument steps are read live", parent=checklist)  # fmt: skip
    c_exec.add_argument("template", metavar="TEMPLATE", help="template code; its latest version, approved by QA")
    c_exec.add_argument("--equipment", required=True, metavar="CODE")
    c_exec.add_argument("--answers", required=True, metavar="FILE.json",
                        help='{"answers": {STEP: VALUE}, "deviations": [...]}; see docs/checklists.md')  # fmt: skip
    who(c_exec, "the staff member entering the values (no password: values are not signed)")
    c_exec.add_argument("--training", action="store_true", help="a training run: never changes the equipment")
    c_exec.add_argument("--trainee", metavar="REF",
                        help="with --training: the learner who practises (reference or person id)")  # fmt: skip
    c_sign = add("sign", cmd_checklist_sign, "sign an execution electronically (password required)", parent=checklist)
    c_sign.add_argument("id", metavar="ID", help="the execution's record id")
    c_sign.add_argument("--meaning", required=True, choices=["executed", "reviewed", "approved", "rejected"])
    who(c_sign, "the signer's login", password=True)
    c_sign.add_argument("--reason", metavar="TEXT", help="why (required to reject)")
    c_runs = add("runs", cmd_checklist_runs, "checklist executions, newest first", parent=checklist)
    c_runs.add_argument("--equipment", metavar="CODE", help="of this equipment only")
    c_show = add("show", cmd_checklist_show, "an execution: values, outcomes, deviations and signatures",
                 parent=checklist)  # fmt: skip
    c_show.add_argument("id", metavar="ID")
    c_close = add("deviation-close", cmd_checklist_deviation_close, "close a deviation with its resolution",
                  parent=checklist)  # fmt: skip
    c_close.add_argument("id", metavar="ID")
    c_close.add_argument("--number", type=int, required=True, metavar="N")
    c_close.add_argument("--resolution", required=True, metavar="TEXT")
    who(c_close, "the staff member closing it")


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
    except BrokenPipeError:  # output piped into a program that stopped reading (e.g. head)
        return 0
    except OSError as error:  # a file that cannot be read or written: say which and why
        log.info("file error: %s", error)
        out.error("Cannot use the file {path}: {reason}", path=error.filename or "", reason=error.strerror or error)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        ctx.close()
