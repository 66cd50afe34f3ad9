"""``db check``, ``db incidents`` and ``db resolve-incident`` (docs/operations.md, "Integrity incidents").

``db check`` prints every check and, when one fails, the incident it raised (or the open one, or the
resolved one whose findings QA accepted); exit 1 when the check failed. ``db resolve-incident`` is
QA's electronic signature: login, password and a note; recording resumes on every terminal.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from typing import Any

from aptaskil_desk.app import AppContext, SchemaPolicy
from aptaskil_desk.commands.checklist_runs import read_password, when
from aptaskil_desk.commands.output import Output
from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.services.integrity import CheckOutcome, IncidentInfo


def register(db: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``check``, ``incidents`` and ``resolve-incident`` to the ``db`` commands."""
    add("check", cmd_db_check, "check integrity, settings, schema version and audit chain; a failure raises an "
        "incident that stops recording until QA resolves it", parent=db, schema=SchemaPolicy.IGNORE)  # fmt: skip
    listing = add("incidents", cmd_db_incidents, "integrity incidents raised by failed database checks", parent=db)
    listing.add_argument("--open", dest="only_open", action="store_true", help="only those waiting for QA")
    resolve = add("resolve-incident", cmd_db_resolve_incident,
                  "QA's signed resolution of an incident: recording resumes", parent=db)  # fmt: skip
    resolve.add_argument("incident", type=int, metavar="ID")
    resolve.add_argument("--as", dest="login", required=True, metavar="LOGIN", help="the QA signer's login")
    resolve.add_argument("--note", required=True, metavar="TEXT", help="what was found and done")
    resolve.add_argument("--password-stdin", action="store_true",
                         help="read the password from the first line of stdin (else it is asked)")  # fmt: skip


def incident_json(info: IncidentInfo) -> dict[str, Any]:
    resolution = info.resolution
    return {
        "id": info.id, "open": info.open, "raised_at": info.raised_at, "terminal": info.terminal,
        "raised_by": info.raised_by, "source": info.source, "fingerprint": info.fingerprint,
        "failed": [dataclasses.asdict(i) for i in info.findings if not i.ok],
        "resolution": None if resolution is None else dataclasses.asdict(resolution),
    }  # fmt: skip


def _say_still_open(out: Output, incident: IncidentInfo) -> None:
    out.say("Incident {id} (raised {when} on {terminal}) is still open: nothing can be recorded until QA "
            "resolves it.", id=incident.id, when=when(incident.raised_at), terminal=incident.terminal)  # fmt: skip


def _say_outcome(out: Output, outcome: CheckOutcome) -> None:
    if outcome.report.ok:
        out.say("Database check passed.")
        for still in outcome.still_open:
            _say_still_open(out, still)
        return
    out.say("Database check FAILED.")
    if outcome.incident is not None and outcome.raised:
        out.say("Incident {id} raised: nothing can be recorded until QA resolves it (db resolve-incident).",
                id=outcome.incident.id)  # fmt: skip
    elif outcome.incident is not None:
        _say_still_open(out, outcome.incident)
    elif outcome.accepted is not None and outcome.accepted.resolution is not None:
        accepted, resolution = outcome.accepted, outcome.accepted.resolution
        out.say("These findings were accepted by {who} on {when} (incident {id}): recording continues.",
                who=resolution.resolved_by, when=when(resolution.resolved_at), id=accepted.id)  # fmt: skip
    elif outcome.unrecorded is not None:
        error = outcome.unrecorded
        why = out.tr(error.message, **error.params) if isinstance(error, AptaskilError) else str(error)
        out.say("The incident could not be recorded ({why}): call IT support.", why=why)


def cmd_db_check(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    outcome = ctx.integrity.check(ctx.system_actor(), "check")
    for item in outcome.report.items:
        out.line(("OK " if item.ok else "!! ") + out.tr(item.label) + ": " + item.detail)
    _say_outcome(out, outcome)
    out.json({
        "ok": outcome.report.ok, "dialect": ctx.db.dialect,
        "checks": [dataclasses.asdict(i) for i in outcome.report.items],
        "incident": None if outcome.incident is None else incident_json(outcome.incident),
        "incident_raised": outcome.raised,
        "accepted_in": None if outcome.accepted is None else outcome.accepted.id,
        "unrecorded": None if outcome.unrecorded is None else str(outcome.unrecorded),
        "still_open": [incident_json(i) for i in outcome.still_open],
    })  # fmt: skip
    return 0 if outcome.report.ok and not outcome.still_open else 1


def cmd_db_incidents(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    found = ctx.integrity.open_incidents() if args.only_open else ctx.integrity.incidents()
    if not found:
        out.say("No integrity incidents.")
    for info in found:
        failed = ", ".join(out.tr(i.label) for i in info.findings if not i.ok)
        if info.resolution is None:
            out.say("{id}  {when}  {terminal}  OPEN  {failed}", id=info.id, when=when(info.raised_at),
                    terminal=info.terminal, failed=failed)  # fmt: skip
        else:
            out.say("{id}  {when}  {terminal}  resolved by {who} on {resolved}: {note}  ({failed})", id=info.id,
                    when=when(info.raised_at), terminal=info.terminal, who=info.resolution.resolved_by,
                    resolved=when(info.resolution.resolved_at), note=info.resolution.note, failed=failed)  # fmt: skip
        for item in info.findings:
            if not item.ok:
                out.line(f"    !! {out.tr(item.label)}: {item.detail}")
    out.json({"incidents": [incident_json(i) for i in found]})
    return 0


def cmd_db_resolve_incident(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    password = read_password(args, out)
    info = ctx.integrity.resolve(args.login, password, args.incident, args.note, terminal=ctx.terminal)
    assert info.resolution is not None
    out.say("Incident {id} resolved by {who}: recording resumes.", id=info.id, who=info.resolution.resolved_by)
    out.json(incident_json(info))
    return 0
