"""Handlers of ``report session CODE --out F.pdf`` (a session's attendance record, registered with a
verification code) and ``report verify CODE`` (is a printed record still what the database says?).

``report verify`` exits 0 when the record is unchanged, 1 when it changed (naming each learner, day or
part that differs), 2 for a code that is mistyped or unknown. Rules: ``docs/session-record.md``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aptaskil_desk.app import AppContext
from aptaskil_desk.commands.output import Output
from aptaskil_desk.i18n import N_, Translator
from aptaskil_desk.services.session_record import Change, SessionRecordService, grouped

#: What changed, by part and how (``{name}``: the learner, ``{day}``: the day).
CHANGE_WORDS = {
    ("session", "changed"): N_("the session itself (course, room, instructor or schedule)"),
    ("learner", "added"): N_("{name}: added to the record"),
    ("learner", "removed"): N_("{name}: no longer on the record"),
    ("learner", "changed"): N_("{name}: name, category or enrolment"),
    ("day", "added"): N_("{name}, {day}: attendance recorded since"),
    ("day", "removed"): N_("{name}, {day}: attendance no longer on the record"),
    ("day", "changed"): N_("{name}, {day}: attendance (times, hours, flags or corrections)"),
    ("equipment", "changed"): N_("{name}: equipment uses"),
    ("exercises", "changed"): N_("{name}: exercise results"),
}


def change_words(change: Change, tr: Translator) -> str:
    how = change.how if (change.part, change.how) in CHANGE_WORDS else "changed"
    source = CHANGE_WORDS.get((change.part, how), N_("the record"))
    name = change.name or (f"#{change.person_id}" if change.person_id is not None else "")
    return tr(source, name=name, day=f"{change.day:%d/%m/%Y}" if change.day else "")


def cmd_report_session(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    """``report session CODE --out F.pdf``: the record is read and its printout registered in one
    transaction, then drawn in the report's language."""
    from aptaskil_desk.reports.session_record import render_session_record  # reportlab is loaded only to print

    record, printed = SessionRecordService(ctx.db, ctx.clock).print_record(ctx.system_actor(), args.code)
    pages = render_session_record(record, printed, Path(args.out), tr=out.tr, centre_name=ctx.settings.centre_name)
    out.say("Session record of {code} written to {path}: {learners} learners, {pages} pages; verification code "
            "{verification}.", code=record.session_code, path=args.out, learners=len(record.learners), pages=pages,
            verification=grouped(printed.code))  # fmt: skip
    out.json({"out": args.out, "session": record.session_code, "learners": len(record.learners), "pages": pages,
              "verification_code": grouped(printed.code), "printed_at": printed.printed_at,
              "content_hash": printed.content_hash})  # fmt: skip
    return 0


def cmd_report_verify(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    """``report verify CODE``: recompute the printed record from the database now and compare."""
    from aptaskil_desk.reports.session_record_words import when_words

    result = SessionRecordService(ctx.db, ctx.clock).verify(args.code)
    printed = result.printed
    facts = {"code": grouped(printed.code), "subject": printed.subject, "when": when_words(printed.printed_at),
             "who": printed.printed_by}  # fmt: skip
    if result.unchanged:
        out.say("Record {code} (session {subject}) is unchanged since printing on {when} by {who}.", **facts)
    else:
        out.say("Record {code} (session {subject}) CHANGED since printing on {when} by {who}:", **facts)
        for change in result.changes:
            out.line(f"  - {change_words(change, out.tr)}")
    out.json({"verification_code": grouped(printed.code), "kind": printed.kind, "session": printed.subject,
              "printed_at": printed.printed_at, "printed_by": printed.printed_by, "terminal": printed.terminal,
              "checked_at": result.checked_at, "unchanged": result.unchanged,
              "changes": [{"part": c.part, "how": c.how, "person_id": c.person_id, "name": c.name,
                           "day": c.day.isoformat() if c.day else None, "words": change_words(c, out.tr)}
                          for c in result.changes]})  # fmt: skip
    return 0 if result.unchanged else 1


def register(report: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """``report session`` and ``report verify`` under the ``report`` group of ``cli.build_parser``."""
    r_session = add("session", cmd_report_session, "a session's attendance record as a PDF, with a verification "
                    "code and QR code", parent=report)  # fmt: skip
    r_session.add_argument("code", metavar="SESSION", help="the session's code")
    r_session.add_argument("--out", required=True, metavar="FILE.pdf")
    r_verify = add("verify", cmd_report_verify, "check a printed record against the database; exit 1 when it "
                   "changed since printing", parent=report)  # fmt: skip
    r_verify.add_argument("code", metavar="CODE", help="the verification code printed on the record (or its QR text)")
