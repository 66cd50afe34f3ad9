"""Handlers of the learner-facing commands: scan, badges, people, attendance."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import date, datetime
from pathlib import Path

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import CENTRE_TZ, local
from aptaskil_desk.commands.output import Output
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import N_
from aptaskil_desk.services.scan import ScanResult

_REFUSALS = {
    "unreadable": N_("Refused: the code could not be read; scan again."),
    "unknown": N_("Refused: unknown badge."),
    "revoked": N_("Refused: this badge was revoked; see reception."),
    "inactive": N_("Refused: this person is no longer active; see reception."),
}


def _hm(instant: datetime | None) -> str:
    return "" if instant is None else local(instant).strftime("%H:%M")


def scan_json(result: ScanResult) -> dict[str, object]:
    """The public JSON shape of a scan decision (ARCHITECTURE: scan --json)."""
    return {
        "result": result.result,
        "reason": result.reason,
        "person": None if result.person is None else {"id": result.person.id, "name": result.person.name},
        "session": None if result.session is None else {"code": result.session.code, "title": result.session.title},
        "at": local(result.at).isoformat(timespec="seconds"),
        "hours_today": result.hours_today,
        "event_uuid": result.event_uuid,
        "equipment": None if result.equipment is None else dataclasses.asdict(result.equipment),
        "reasons": [{"code": r.code, **r.params} for r in result.reasons],
        "questions": [{"id": q.id, "expect": q.expect, "text": dict(q.text)} for q in result.questions],
        "override": None
        if result.override is None
        else {
            "id": result.override.id,
            "signed_by": result.override.signed_by,
            "signed_at": local(result.override.signed_at).isoformat(timespec="seconds"),
            "reasons": list(result.override.reasons),
            "reason": result.override.reason,
        },
    }


def _answers(text: str | None) -> dict[str, str] | None:
    if text is None:
        return None
    try:
        answers = json.loads(text)
    except json.JSONDecodeError:
        answers = None
    if not isinstance(answers, dict) or not all(isinstance(v, str) for v in answers.values()):
        raise InvalidInput('--answers takes a JSON object such as {{"clean_label": "yes"}}.')
    return answers


def cmd_scan(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    result = ctx.scan.scan(args.payload, ctx.terminal, event_uuid=args.event_uuid, answers=_answers(args.answers))
    if result.equipment is not None:
        return _equipment_scan(result, out)
    name = result.person.name if result.person else ""
    session = f" — {result.session.title} ({result.session.code})" if result.session else ""
    if result.result == "checked_in":
        out.say("{name}: checked in at {time}.", name=name, time=_hm(result.at))
        if result.reason == "unscheduled":
            out.say("No session is scheduled here now: the instructor will review this check-in.")
        elif result.reason == "not_enrolled":
            out.say("Not on the roster of the session running here: the instructor will review this check-in.")
    elif result.result == "checked_out":
        out.say("{name}: checked out at {time}; {hours} h today.", name=name, time=_hm(result.at),
                hours=f"{result.hours_today or 0:.2f}")  # fmt: skip
    elif result.result == "already":
        if result.reason == "in":
            out.say("{name}: already checked in at {time}.", name=name, time=_hm(result.at))
        else:
            out.say("{name}: already checked out at {time}.", name=name, time=_hm(result.at))
    elif result.result == "staff":
        out.say("{name}: staff badge; enter your PIN at the kiosk.", name=name)
    else:
        out.say(_REFUSALS[result.reason or "unknown"])
    if session and result.result != "refused":
        out.line(session.strip(" —"))
    out.json(scan_json(result))
    return 1 if result.result == "refused" else 0


def _equipment_scan(result: ScanResult, out: Output) -> int:
    assert result.equipment is not None
    name = result.person.name if result.person else ""
    code = result.equipment.code
    if result.result == "use_started":
        out.say("{name}: use of {code} started at {time}.", name=name, code=code, time=_hm(result.at))
    elif result.result == "use_stopped":
        out.say("{name}: use of {code} stopped at {time}.", name=name, code=code, time=_hm(result.at))
    elif result.result == "questions":
        out.say("Answer these questions, then scan again with --answers:")
        for q in result.questions:
            out.line(f"  {q.id}: {q.in_language(out.tr.language)}")
    elif result.reason == "badge_first":
        out.say("Refused: scan your badge first, then the equipment, on the same terminal.")
    else:
        out.say("Refused: {code} may not be used now ({reasons}).", code=code,
                reasons=", ".join(r.code for r in result.reasons) or result.reason)  # fmt: skip
    out.json(scan_json(result))
    return 1 if result.result == "refused" else 0


def cmd_badges_issue(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    badges = ctx.badges.issue(ctx.system_actor(), args.person, reissue=args.reissue, reason=args.reason)
    for badge in badges:
        out.line(f"{badge.person_id:>6}  {badge.code}  {badge.display_name}")
    out.json([dataclasses.asdict(b) for b in badges])
    return 0


def cmd_badges_revoke(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    badge = ctx.badges.revoke(ctx.system_actor(), args.person_id, args.reason)
    out.say("Badge of {name} revoked; it will be refused from now on.", name=badge.display_name)
    out.json(dataclasses.asdict(badge))
    return 0


def cmd_badges_print(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    from aptaskil_desk.badges.pdf import render_badges  # reportlab is loaded only to print

    ids = ctx.badges.people_for_print(person_ids=args.person or (), session_code=args.course, everyone=args.all)
    if not ids:
        raise InvalidInput("Nobody to print badges for.")
    badges = ctx.badges.issue(ctx.system_actor(), ids)
    pages = render_badges(badges, Path(args.out), layout=args.layout, centre_name=ctx.settings.centre_name, tr=out.tr)
    out.say("{n} badges written to {path} ({pages} pages).", n=len(badges), path=args.out, pages=pages)
    out.json({"out": args.out, "badges": len(badges), "pages": pages, "codes": [b.code for b in badges]})
    return 0


def cmd_people_list(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    people = ctx.people.list_learners()
    for p in people:
        out.line(f"{p.id:>6}  {p.family_name}, {p.given_name}  [{p.category}]  {p.external_ref or ''}")
    out.json([dataclasses.asdict(p) for p in people])
    return 0


def cmd_people_import(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    data = Path(args.file).read_bytes()
    report = ctx.people_import.import_file(ctx.system_actor(), data, dry_run=args.dry_run)
    for problem in report.problems:
        where = f"{args.file}:{problem.line}" + (f" [{problem.column}]" if problem.column else "")
        out.error("{where}: {problem}", where=where, problem=out.tr(problem.message, **problem.params))
    if report.problems:
        out.error("Nothing was imported: {n} problem(s) to fix first.", n=len(report.problems))
    elif report.dry_run:
        out.say("Dry run: {created} to create, {updated} to update, {unchanged} unchanged, {enrolled} enrolments; "
                "nothing was written.", created=report.created, updated=report.updated,
                unchanged=report.unchanged, enrolled=report.enrolled)  # fmt: skip
    else:
        out.say("Imported: {created} created, {updated} updated, {unchanged} unchanged, {enrolled} enrolments.",
                created=report.created, updated=report.updated, unchanged=report.unchanged,
                enrolled=report.enrolled)  # fmt: skip
    out.json(dataclasses.asdict(report))
    return 2 if report.problems else 0


def cmd_attendance_day(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    day = date.fromisoformat(args.date) if args.date else local(ctx.clock.now()).date()
    report = ctx.attendance.day(args.person_id, day)
    for e in report.events:
        struck = " (superseded)" if e.superseded_by else ""
        out.line(f"{e.id:>8}  {_hm(e.at)}  {e.kind:<4}  {e.session_code or '-':<16} {','.join(e.flags)}{struck}")
    out.say("Hours counted: {hours}.", hours=f"{report.attendance.hours:.2f}")
    out.json(
        {
            "person_id": report.person_id,
            "day": report.day.isoformat(),
            "hours": round(report.attendance.hours, 2),
            "flags": sorted(report.attendance.flags),
            "events": [dict(dataclasses.asdict(e), at=local(e.at).isoformat()) for e in report.events],
        }
    )
    return 0


def cmd_attendance_correct(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    at = None
    if args.at:
        try:
            at = datetime.fromisoformat(args.at)
        except ValueError:
            raise InvalidInput("Not a date and time: {value!r} (use 2026-11-25T08:02).", value=args.at) from None
        at = at.replace(tzinfo=CENTRE_TZ) if at.tzinfo is None else at
    event = ctx.attendance.correct(ctx.system_actor(), args.event_id, kind=args.kind, at=at, reason=args.reason)
    out.say("Event {old} corrected by event {new}.", old=args.event_id, new=event.id)
    out.json(dataclasses.asdict(event))
    return 0
