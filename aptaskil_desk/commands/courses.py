"""Handlers of the ``course`` and ``session`` commands: courses, schedules, rosters (docs/courses.md)."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.commands.args import parse_date
from aptaskil_desk.commands.output import Output
from aptaskil_desk.db.enums import CourseFamily
from aptaskil_desk.domain.learner_csv import RowProblem
from aptaskil_desk.domain.schedule_csv import SlotProblem, local_slot, parse_time_range
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.services.course_rows import EnrolResult, RosterLine, SessionDetail, SessionSummary, SlotInfo

Slot = tuple[datetime, datetime]


def _iso(instant: datetime | None) -> str | None:
    return None if instant is None else local(instant).isoformat(timespec="minutes")


def _slot(day_text: str, range_text: str) -> Slot:
    """``2026-12-01`` and ``08:30-12:00`` (Brussels time) → the slot's instants, or a clear refusal."""
    day = parse_date(day_text)
    times = parse_time_range(range_text)
    if day is None or times is None:
        raise InvalidInput("Not a slot: {value!r} (use 2026-12-01 08:30-12:00).", value=f"{day_text} {range_text}")
    slot = local_slot(day, *times)
    if isinstance(slot, SlotProblem):
        raise InvalidInput(slot.message, **slot.params)
    return slot


def _daily(first: date, last: date, ranges: Sequence[str], weekends: bool) -> list[Slot]:
    """The same times every day from ``first`` to ``last`` (Monday to Friday unless ``weekends``)."""
    if last < first:
        raise InvalidInput("The period ends before it starts: {start} to {end}.", start=first, end=last)
    if (last - first).days > 366:
        raise InvalidInput("A session lasts at most a year.")
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [_slot(d.isoformat(), r) for d in days if weekends or d.weekday() < 5 for r in ranges]


def _slots(args: argparse.Namespace) -> list[Slot]:
    slots = [_slot(d, r) for d, r in args.slot or ()]
    if args.daily:
        first, last = parse_date(args.from_date), parse_date(args.to_date)
        if first is None or last is None:
            raise InvalidInput("--daily needs --from and --to.")
        slots += _daily(first, last, args.daily, args.weekends)
    return slots


def slot_json(slot: SlotInfo) -> dict[str, object]:
    return {"id": slot.id, "start": _iso(slot.starts_at), "end": _iso(slot.ends_at), "room": slot.room}


def roster_json(line: RosterLine) -> dict[str, object]:
    return dict(dataclasses.asdict(line), enrolled_at=_iso(line.enrolled_at), withdrawn_at=_iso(line.withdrawn_at))


def session_json(detail: SessionDetail) -> dict[str, object]:
    """The public JSON shape of ``session show`` (also printed by ``session add/edit``)."""
    return {
        "code": detail.code,
        "course": dataclasses.asdict(detail.course),
        "room": detail.room,
        "instructor": None if detail.instructor is None else dataclasses.asdict(detail.instructor),
        "starts_at": _iso(detail.starts_at),
        "ends_at": _iso(detail.ends_at),
        "enrolled": detail.enrolled,
        "slots": [slot_json(s) for s in detail.slots],
        "roster": [roster_json(r) for r in detail.roster],
    }


def _problems(out: Output, file: str, problems: Sequence[RowProblem]) -> None:
    for problem in problems:
        where = f"{file}:{problem.line}" + (f" [{problem.column}]" if problem.column else "")
        out.error("{where}: {problem}", where=where, problem=out.tr(problem.message, **problem.params))
    out.error("Nothing was imported: {n} problem(s) to fix first.", n=len(problems))


# --- courses -----------------------------------------------------------------------------------


def cmd_course_add(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    course = ctx.courses.add_course(ctx.system_actor(), args.code, args.title, args.family)
    out.say("Course {code} created.", code=course.code)
    out.json(dataclasses.asdict(course))
    return 0


def cmd_course_edit(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if args.title is None and args.family is None:
        raise InvalidInput("Nothing to change: give --title or --family.")
    course = ctx.courses.edit_course(ctx.system_actor(), args.code, title=args.title, family=args.family)
    out.say("Course {code}: {title} [{family}].", code=course.code, title=course.title, family=course.family)
    out.json(dataclasses.asdict(course))
    return 0


def cmd_course_list(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    courses = ctx.courses.list_courses()
    for c in courses:
        out.line(f"{c.code:<12} {c.family:<26} {c.sessions:>4}  {c.title}")
    out.json([dataclasses.asdict(c) for c in courses])
    return 0


# --- sessions ----------------------------------------------------------------------------------


def cmd_session_add(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    slots = _slots(args)
    if not slots:
        raise InvalidInput("Give the slots: --slot DATE HH:MM-HH:MM, or --from, --to and --daily HH:MM-HH:MM.")
    detail = ctx.courses.add_session(ctx.system_actor(), args.code, args.course, args.room, slots, args.instructor)
    out.say("Session {code} scheduled: {n} slots from {first} to {last}.", code=detail.code, n=len(detail.slots),
            first=local(detail.starts_at).date(), last=local(detail.ends_at).date())  # fmt: skip
    out.json(session_json(detail))
    return 0


def cmd_session_edit(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    add = [_slot(d, r) for d, r in args.add_slot or ()]
    remove = [_slot(d, r) for d, r in args.remove_slot or ()]
    if not (args.room or args.instructor or args.no_instructor or add or remove):
        raise InvalidInput(
            "Nothing to change: give --room, --instructor, --no-instructor, --add-slot or --remove-slot."
        )
    detail = ctx.courses.edit_session(
        ctx.system_actor(), args.code, room_code=args.room, instructor_login=args.instructor,
        remove_instructor=args.no_instructor, add_slots=add, remove_slots=remove, reason=args.reason,
    )  # fmt: skip
    out.say("Session {code}: {n} slots from {first} to {last}, room {room}.", code=detail.code, n=len(detail.slots),
            first=local(detail.starts_at).date(), last=local(detail.ends_at).date(), room=detail.room)  # fmt: skip
    out.json(session_json(detail))
    return 0


def cmd_session_show(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    detail = ctx.courses.show_session(args.code)
    out.line(f"{detail.code} — {detail.course.title} ({detail.course.code})")
    teacher = detail.instructor
    who = f"{teacher.name} ({teacher.login})" if teacher and teacher.login else (teacher.name if teacher else "—")
    out.say("Room: {room}. Instructor: {instructor}.", room=detail.room, instructor=who)
    out.say("From {first} to {last}, {n} slots:", first=local(detail.starts_at).date(),
            last=local(detail.ends_at).date(), n=len(detail.slots))  # fmt: skip
    for slot in detail.slots:
        out.line(f"  {local(slot.starts_at):%Y-%m-%d  %H:%M}–{local(slot.ends_at):%H:%M}  {slot.room}")
    withdrawn = len(detail.roster) - detail.enrolled
    out.say("Roster: {n} enrolled, {w} withdrawn.", n=detail.enrolled, w=withdrawn)
    for line in detail.roster:
        text = f"  {line.person_id:>6}  {line.family_name}, {line.given_name}  {line.external_ref or ''}"
        if line.withdrawn_at is not None:
            text += "  " + out.tr("withdrawn on {date}: {reason}", date=local(line.withdrawn_at).date(),
                                  reason=line.withdrawn_reason)  # fmt: skip
        out.line(text)
    out.json(session_json(detail))
    return 0


def _summary_json(x: SessionSummary) -> dict[str, object]:
    teacher = None if x.instructor is None else dataclasses.asdict(x.instructor)
    return dict(dataclasses.asdict(x), starts_at=_iso(x.starts_at), ends_at=_iso(x.ends_at), instructor=teacher)


def cmd_session_list(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    first, last = parse_date(args.from_date), parse_date(args.to_date)
    if first and last and last < first:
        raise InvalidInput("The period ends before it starts: {start} to {end}.", start=first, end=last)
    sessions = ctx.courses.list_sessions(args.course, first, last)
    for x in sessions:
        who = x.instructor.login or x.instructor.name if x.instructor else "—"
        out.line(f"{x.code:<20} {x.course_code:<8} {local(x.starts_at):%Y-%m-%d} → {local(x.ends_at):%Y-%m-%d}  "
                 f"{x.room:<10} {who:<12} {x.enrolled:>4}")  # fmt: skip
    out.json([_summary_json(x) for x in sessions])
    return 0


# --- rosters -----------------------------------------------------------------------------------


def _enrol_json(result: EnrolResult) -> dict[str, object]:
    return dataclasses.asdict(result)


def cmd_session_enrol(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if args.csv and (args.person or args.ref):
        raise InvalidInput("Enrol from --csv or from --person/--ref, not both.")
    if args.csv:
        result = ctx.courses.enrol_csv(ctx.system_actor(), args.code, Path(args.csv).read_bytes())
        if result.problems:
            _problems(out, args.csv, result.problems)
            out.json(_enrol_json(result))
            return 2
    else:
        result = ctx.courses.enrol(ctx.system_actor(), args.code, person_ids=args.person or (), refs=args.ref or ())
    out.say("Session {code}: {enrolled} enrolled, {reinstated} reinstated, {already} already on the roster.",
            code=result.session_code, enrolled=len(result.enrolled), reinstated=len(result.reinstated),
            already=len(result.already))  # fmt: skip
    out.json(_enrol_json(result))
    return 0


def cmd_session_unenrol(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    line = ctx.courses.unenrol(ctx.system_actor(), args.code, person_id=args.person, ref=args.ref, reason=args.reason)
    out.say("{name} withdrawn from session {code}; the roster keeps the entry.", name=line.display_name, code=args.code)
    out.json(roster_json(line))
    return 0


def cmd_session_import_schedule(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    report = ctx.courses.import_schedule(ctx.system_actor(), Path(args.file).read_bytes())
    if report.problems:
        _problems(out, args.file, report.problems)
    else:
        out.say("Schedule imported: {created} sessions created, {added} slots added, {unchanged} already there.",
                created=len(report.sessions_created), added=report.slots_added,
                unchanged=report.slots_unchanged)  # fmt: skip
    out.json(dataclasses.asdict(report))
    return 2 if report.problems else 0


# --- parser ------------------------------------------------------------------------------------


def _slot_option(parser: argparse.ArgumentParser, flag: str, help_text: str) -> None:
    parser.add_argument(flag, nargs=2, action="append", metavar=("YYYY-MM-DD", "HH:MM-HH:MM"), help=help_text)


def register(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """The ``course`` and ``session`` commands, added to the main parser by ``cli.build_parser``."""
    families = [f.value for f in CourseFamily]
    course = sub.add_parser("course", help="courses").add_subparsers(dest="co_command", required=True)
    c_add = add("add", cmd_course_add, "create a course", parent=course)
    c_add.add_argument("code")
    c_add.add_argument("--title", required=True)
    c_add.add_argument("--family", required=True, choices=families)
    c_edit = add("edit", cmd_course_edit, "change a course's title or family (audited)", parent=course)
    c_edit.add_argument("code")
    c_edit.add_argument("--title")
    c_edit.add_argument("--family", choices=families)
    add("list", cmd_course_list, "list courses", parent=course)

    session = sub.add_parser("session", help="course sessions, schedules and rosters").add_subparsers(
        dest="se_command", required=True
    )
    s_add = add("add", cmd_session_add, "schedule a session of a course", parent=session)
    s_add.add_argument("code")
    s_add.add_argument("--course", required=True, metavar="CODE")
    s_add.add_argument("--room", required=True, metavar="CODE")
    s_add.add_argument("--instructor", metavar="LOGIN", help="the instructor's login (default: none yet)")
    _slot_option(s_add, "--slot", "a slot, Brussels time (repeat for each)")
    s_add.add_argument("--from", dest="from_date", metavar="YYYY-MM-DD", help="first day, with --daily")
    s_add.add_argument("--to", dest="to_date", metavar="YYYY-MM-DD", help="last day, with --daily")
    s_add.add_argument("--daily", nargs="+", metavar="HH:MM-HH:MM", help="the same slots each weekday")
    s_add.add_argument("--weekends", action="store_true", help="--daily also on Saturdays and Sundays")
    s_edit = add("edit", cmd_session_edit, "change the room, instructor or slots to come (audited)", parent=session)
    s_edit.add_argument("code")
    s_edit.add_argument("--room", metavar="CODE", help="moves the slots to come that were in the old room")
    who = s_edit.add_mutually_exclusive_group()
    who.add_argument("--instructor", metavar="LOGIN")
    who.add_argument("--no-instructor", action="store_true", help="the session has no instructor (yet)")
    _slot_option(s_edit, "--add-slot", "add a slot to come (repeat for each)")
    _slot_option(s_edit, "--remove-slot", "remove a slot to come (repeat for each)")
    s_edit.add_argument("--reason", help="why, kept in the audit trail")
    s_show = add("show", cmd_session_show, "a session: course, room, instructor, slots, roster", parent=session)
    s_show.add_argument("code")
    s_list = add("list", cmd_session_list, "sessions, by start", parent=session)
    s_list.add_argument("--course", metavar="CODE", help="of this course only")
    s_list.add_argument("--from", dest="from_date", metavar="YYYY-MM-DD", help="running on or after this day")
    s_list.add_argument("--to", dest="to_date", metavar="YYYY-MM-DD", help="running on or before this day")
    s_enrol = add("enrol", cmd_session_enrol, "put learners on a session's roster", parent=session)
    s_enrol.add_argument("code")
    s_enrol.add_argument("--person", type=int, nargs="+", metavar="ID", help="learners by id")
    s_enrol.add_argument("--ref", nargs="+", metavar="REF", help="learners by external reference")
    s_enrol.add_argument("--csv", metavar="FILE", help="learners listed in a CSV, all or nothing; see docs/courses.md")
    s_unenrol = add("unenrol", cmd_session_unenrol, "withdraw a learner (the entry is kept, marked withdrawn)",
                    parent=session)  # fmt: skip
    s_unenrol.add_argument("code")
    learner = s_unenrol.add_mutually_exclusive_group(required=True)
    learner.add_argument("--person", type=int, metavar="ID")
    learner.add_argument("--ref", metavar="REF")
    s_unenrol.add_argument("--reason", required=True)
    s_import = add("import-schedule", cmd_session_import_schedule, "sessions and slots from a CSV (all or nothing)",
                   parent=session)  # fmt: skip
    s_import.add_argument("file", metavar="FILE.csv", help="one line per slot; see docs/courses.md")
