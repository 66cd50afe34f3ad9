"""Courses, sessions, schedules and rosters on both databases: rules, refusals, audit rows, CSV, CLI."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aptaskil_desk.app import AppContext
from aptaskil_desk.cli import main
from aptaskil_desk.clock import CENTRE_TZ
from aptaskil_desk.db.models import AuditLog, CourseSession, RosterEntry, SessionSlot
from aptaskil_desk.domain.learner_csv import Msg as CsvMsg
from aptaskil_desk.domain.schedule_csv import Msg
from aptaskil_desk.errors import InvalidInput, NotFound, PermissionDenied, Refused
from aptaskil_desk.services.base import Actor
from aptaskil_desk.services.people import NewLearner

# T0 is Wednesday 2026-11-25 09:15 in Brussels.


def at(day: str, hm: str) -> datetime:
    """A Brussels wall-clock time as an aware instant."""
    return datetime.fromisoformat(f"{day}T{hm}").replace(tzinfo=CENTRE_TZ)


def slot(day: str, start: str, end: str) -> tuple[datetime, datetime]:
    return at(day, start), at(day, end)


def audit(ctx: AppContext, action: str) -> list[AuditLog]:
    def read(s: Session) -> list[AuditLog]:
        return list(s.execute(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.seq)).scalars())

    return ctx.db.run_read(read)


def counts(ctx: AppContext) -> tuple[int, int, int, int]:
    """(sessions, slots, roster entries, audit rows): what an all-or-nothing refusal must leave alone."""

    def read(s: Session) -> tuple[int, int, int, int]:
        return tuple(  # type: ignore[return-value]
            s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (CourseSession, SessionSlot, RosterEntry, AuditLog)
        )

    return ctx.db.run_read(read)


@pytest.fixture
def centre(ctx: AppContext) -> dict[str, int]:
    """Two rooms, an instructor, a QA person, a course and four learners (ids by reference)."""
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "SB-C1", "Salle blanche C1", "clean_room")
    ctx.centre.add_room(actor, "LAB-CQ", "Laboratoire CQ", "laboratory")
    ctx.accounts.add_user(actor, "mdubois", "Marc", "Dubois", ["instructor"], "a long password")
    ctx.accounts.add_user(actor, "evdb", "Élodie", "Van den Bossche", ["instructor", "qa"], "a long password")
    qa = ctx.accounts.add_user(actor, "qa", "Nathalie", "Peeters", ["qa"], "a long password")
    ctx.courses.add_course(actor, "OPP", "Opérateur de production", "production_operator")
    people = ctx.people.add_learners(
        actor,
        [
            NewLearner("Zoé", "Noël", "job_seeker", external_ref="DE-1", email="zoe.noel@exemple.be"),
            NewLearner("Łukasz", "Wiśniewski", "worker", external_ref="W-2", email="lukasz@exemple.pl"),
            NewLearner("Thị Ánh", "Nguyễn", "student", external_ref="S-3"),
            NewLearner("Zoe", "Noel", "job_seeker", external_ref="DE-4", email="twins@exemple.be"),
        ],
    )
    return {p.external_ref or "": p.id for p in people} | {"qa": qa.person_id}


def test_courses_are_added_edited_and_listed_with_audit(ctx: AppContext, centre: dict[str, int]) -> None:
    """A course edit records old and new values; an edit to the same values writes nothing; refusals are clear."""
    actor = ctx.system_actor()
    ctx.courses.add_course(actor, "TLCQ", "Technicien  de laboratoire", "qc_lab_technician")
    edited = ctx.courses.edit_course(actor, "TLCQ", title="Technicien·ne CQ", family="qualification_validation")
    assert (edited.title, edited.family) == ("Technicien·ne CQ", "qualification_validation")
    ctx.courses.edit_course(actor, "TLCQ", title="Technicien·ne CQ")  # unchanged: no audit row
    [row] = audit(ctx, "course.update")
    assert json.loads(row.old_values or "") == {"title": "Technicien de laboratoire", "family": "qc_lab_technician"}
    assert json.loads(row.new_values or "") == {"title": "Technicien·ne CQ", "family": "qualification_validation"}
    assert [(c.code, c.sessions) for c in ctx.courses.list_courses()] == [("OPP", 0), ("TLCQ", 0)]
    with pytest.raises(InvalidInput):
        ctx.courses.add_course(actor, "OPP", "Again", "production_operator")
    with pytest.raises(InvalidInput):
        ctx.courses.add_course(actor, "X 1", "Spaces in code", "production_operator")
    with pytest.raises(InvalidInput):
        ctx.courses.edit_course(actor, "OPP", family="cooking")
    with pytest.raises(NotFound):
        ctx.courses.edit_course(actor, "NOPE", title="x")
    with pytest.raises(PermissionDenied):
        ctx.courses.add_course(Actor(centre["qa"], "qa", "T"), "QA1", "QA may not", "production_operator")


def test_session_add_show_list_and_refusals(ctx: AppContext, centre: dict[str, int]) -> None:
    """A session is stored with its slots (audited), shown with its roster, listed by course and dates."""
    actor = ctx.system_actor()
    slots = [
        slot("2026-12-01", "12:45", "16:30"),
        slot("2026-12-01", "08:30", "12:00"),
        slot("2026-12-02", "08:30", "12:00"),
    ]
    detail = ctx.courses.add_session(actor, "OPP-1", "OPP", "SB-C1", slots, "mdubois")
    assert [s.starts_at for s in detail.slots] == sorted(a for a, _ in slots)
    assert (detail.course.code, detail.room, detail.instructor and detail.instructor.login) == (
        "OPP",
        "SB-C1",
        "mdubois",
    )
    assert detail.starts_at == at("2026-12-01", "08:30") and detail.ends_at == at("2026-12-02", "12:00")
    [row] = audit(ctx, "session.create")
    assert json.loads(row.new_values or "")["slots"][0] == [
        "2026-12-01T07:30:00.000000+00:00",
        "2026-12-01T11:00:00.000000+00:00",
        "SB-C1",
    ]
    ctx.courses.add_session(actor, "OPP-2", "OPP", "LAB-CQ", [slot("2027-01-11", "09:00", "12:00")])
    listing = ctx.courses.list_sessions()
    assert [(x.code, x.slots, x.instructor.login if x.instructor else None) for x in listing] == [
        ("OPP-1", 3, "mdubois"),
        ("OPP-2", 1, None),
    ]
    assert [x.code for x in ctx.courses.list_sessions(from_day=at("2026-12-02", "00:00").date())] == ["OPP-1", "OPP-2"]
    assert [x.code for x in ctx.courses.list_sessions(from_day=at("2026-12-03", "00:00").date())] == ["OPP-2"]
    assert [x.code for x in ctx.courses.list_sessions(to_day=at("2026-12-01", "00:00").date())] == ["OPP-1"]
    assert ctx.courses.list_sessions(course_code="TLCQ") == []
    before = counts(ctx)
    refusals: list[tuple[type[Exception], dict[str, object]]] = [
        (InvalidInput, {"code": "OPP-1"}),  # exists
        (NotFound, {"course_code": "NOPE"}),
        (NotFound, {"room_code": "NOPE"}),
        (NotFound, {"instructor_login": "nobody"}),
        (InvalidInput, {"instructor_login": "qa"}),  # not an instructor
        (InvalidInput, {"slots": []}),
        (InvalidInput, {"slots": [slot("2026-12-03", "08:00", "10:00"), slot("2026-12-03", "09:59", "11:00")]}),
        (InvalidInput, {"slots": [slot("2026-12-03", "10:00", "09:00")]}),
    ]
    for error, change in refusals:
        args: dict[str, object] = {"code": "OPP-3", "course_code": "OPP", "room_code": "SB-C1",
                                   "slots": [slot("2026-12-03", "08:00", "10:00")]} | change  # fmt: skip
        with pytest.raises(error):
            ctx.courses.add_session(actor, **args)  # type: ignore[arg-type]
    assert counts(ctx) == before


def test_edit_session_future_slots_change_and_past_ones_are_refused(ctx: AppContext, centre: dict[str, int]) -> None:
    """Slots to come change (audited with old and new slots and the reason); begun slots are history."""
    actor = ctx.system_actor()
    yesterday, now_running, tomorrow = (slot("2026-11-24", "08:30", "12:00"), slot("2026-11-25", "08:30", "12:00"),
                                        slot("2026-11-26", "08:30", "12:00"))  # fmt: skip
    ctx.courses.add_session(actor, "OPP-1", "OPP", "SB-C1", [yesterday, now_running, tomorrow], "mdubois")
    before = counts(ctx)
    for change in (
        {"remove_slots": [yesterday]},
        {"remove_slots": [now_running]},
        {"add_slots": [slot("2026-11-25", "06:00", "07:00")]},
        {"slots": [tomorrow]},
    ):
        with pytest.raises(Refused):
            ctx.courses.edit_session(actor, "OPP-1", **change)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        ctx.courses.edit_session(actor, "OPP-1", remove_slots=[slot("2026-11-27", "08:30", "12:00")])
    with pytest.raises(InvalidInput):  # overlaps tomorrow
        ctx.courses.edit_session(actor, "OPP-1", add_slots=[slot("2026-11-26", "11:00", "13:00")])
    assert counts(ctx) == before
    moved = slot("2026-11-27", "13:00", "16:30")
    detail = ctx.courses.edit_session(
        actor,
        "OPP-1",
        room_code="LAB-CQ",
        instructor_login="evdb",
        remove_slots=[tomorrow],
        add_slots=[moved],
        reason="lab free on Friday",
    )
    assert [(s.starts_at, s.room) for s in detail.slots] == [
        (yesterday[0], "SB-C1"),
        (now_running[0], "SB-C1"),  # begun: stays where it was
        (moved[0], "LAB-CQ"),
    ]
    assert detail.room == "LAB-CQ" and detail.instructor is not None and detail.instructor.login == "evdb"
    assert detail.ends_at == moved[1]
    [row] = audit(ctx, "session.update")
    old, new = json.loads(row.old_values or ""), json.loads(row.new_values or "")
    assert (old["room"], new["room"], old["instructor"], new["instructor"]) == ("SB-C1", "LAB-CQ", "mdubois", "evdb")
    assert len(old["slots"]) == len(new["slots"]) == 3 and old["slots"][2][0] == "2026-11-26T07:30:00.000000+00:00"
    assert new["slots"][2] == ["2026-11-27T12:00:00.000000+00:00", "2026-11-27T15:30:00.000000+00:00", "LAB-CQ"]
    assert row.reason == "lab free on Friday"
    ctx.courses.edit_session(actor, "OPP-1", remove_instructor=True)
    assert ctx.courses.show_session("OPP-1").instructor is None
    ctx.courses.edit_session(actor, "OPP-1", room_code="LAB-CQ")  # same room: nothing to audit
    assert len(audit(ctx, "session.update")) == 2


def test_enrol_withdraw_and_reinstate(ctx: AppContext, centre: dict[str, int]) -> None:
    """Enrolment by id or reference; withdrawal keeps the entry with who, when, why; enrolling again reinstates."""
    actor = ctx.system_actor()
    ctx.courses.add_session(actor, "OPP-1", "OPP", "SB-C1", [slot("2026-12-01", "08:30", "12:00")])
    result = ctx.courses.enrol(actor, "OPP-1", person_ids=[centre["DE-1"]], refs=["W-2", "DE-1"])
    assert (result.enrolled, result.already) == ((centre["DE-1"], centre["W-2"]), ())
    assert ctx.courses.enrol(actor, "OPP-1", refs=["W-2"]).already == (centre["W-2"],)
    for kwargs in ({"refs": ["NOPE"]}, {"person_ids": [centre["qa"]]}, {"person_ids": [99999]}, {}):
        with pytest.raises(InvalidInput):
            ctx.courses.enrol(actor, "OPP-1", **kwargs)
    with pytest.raises(InvalidInput):
        ctx.courses.unenrol(actor, "OPP-1", ref="W-2", reason="  ")
    line = ctx.courses.unenrol(actor, "OPP-1", ref="W-2", reason="a trouvé un emploi")
    assert line.withdrawn and line.withdrawn_reason == "a trouvé un emploi" and line.withdrawn_by == actor.name
    with pytest.raises(InvalidInput):
        ctx.courses.unenrol(actor, "OPP-1", ref="W-2", reason="again")
    with pytest.raises(NotFound):
        ctx.courses.unenrol(actor, "OPP-1", ref="S-3", reason="never enrolled")
    detail = ctx.courses.show_session("OPP-1")
    assert [(r.external_ref, r.withdrawn) for r in detail.roster] == [("DE-1", False), ("W-2", True)]
    assert detail.enrolled == 1 and ctx.courses.list_sessions()[0].enrolled == 1
    [withdrawal] = audit(ctx, "roster.withdraw")
    assert withdrawal.reason == "a trouvé un emploi" and withdrawal.entity == "roster_entry"
    assert ctx.courses.enrol(actor, "OPP-1", refs=["W-2"]).reinstated == (centre["W-2"],)
    [reinstated] = audit(ctx, "roster.reinstate")
    assert json.loads(reinstated.old_values or "")["withdrawn_reason"] == "a trouvé un emploi"
    assert ctx.courses.show_session("OPP-1").enrolled == 2
    assert len(audit(ctx, "roster.enrol")) == 2
    with pytest.raises(PermissionDenied):
        ctx.courses.unenrol(Actor(centre["qa"], "qa", "T"), "OPP-1", ref="W-2", reason="no right")


def test_enrol_from_csv_is_all_or_nothing(ctx: AppContext, centre: dict[str, int]) -> None:
    """Each bad line is named with its reason and nothing is enrolled; the corrected file enrols everyone."""
    actor = ctx.system_actor()
    ctx.courses.add_session(actor, "OPP-1", "OPP", "SB-C1", [slot("2026-12-01", "08:30", "12:00")])
    bad = (
        "Référence;Prénom;Nom;Courriel\r\n"
        "DE-1;;;\r\n"
        ";Lukasz;WISNIEWSKI;LUKASZ@exemple.pl\r\n"  # names folded, e-mail case ignored: W-2
        "NOPE;;;\r\n"
        ";Zoé;Noël;other@exemple.be\r\n"
        "W-2;;;\r\n"  # the same learner as line 3
    )
    before = counts(ctx)
    result = ctx.courses.enrol_csv(actor, "OPP-1", bad.encode("cp1252", errors="replace"))
    assert [(p.line, p.message) for p in result.problems] == [
        (4, Msg.UNKNOWN_REF),
        (5, Msg.UNKNOWN_LEARNER),
        (6, Msg.SAME_LEARNER),
    ]
    assert result.problems[0].column == "Référence" and result.enrolled == ()
    assert counts(ctx) == before
    good = "Référence;Prénom;Nom;Courriel\nDE-1;;;\n;Łukasz;Wiśniewski;lukasz@exemple.pl\nS-3;;;\n"
    done = ctx.courses.enrol_csv(actor, "OPP-1", good.encode())
    assert done.ok and sorted(done.enrolled) == sorted([centre["DE-1"], centre["W-2"], centre["S-3"]])
    again = ctx.courses.enrol_csv(actor, "OPP-1", good.encode())
    assert again.enrolled == () and len(again.already) == 3
    assert len(audit(ctx, "roster.enrol")) == 3
    header_only = ctx.courses.enrol_csv(actor, "OPP-1", "référence\n".encode())
    assert [(p.line, p.message) for p in header_only.problems] == [(1, CsvMsg.HEADER_ONLY)]


SCHEDULE = (
    "session;cours;salle;formateur;date;début;fin\r\n"
    "OPP-2027;OPP;SB-C1;mdubois;04/01/2027;08:30;12:00\r\n"
    "OPP-2027;OPP;SB-C1;mdubois;04/01/2027;12:45;16:30\r\n"
    "OPP-2027;OPP;LAB-CQ;mdubois;05/01/2027;08:30;12:00\r\n"
    "OPP-NUIT;OPP;LAB-CQ;;31/10/2027;00:30;04:00\r\n"  # the night the clocks go back: 4.5 hours
)


def test_schedule_import_creates_sessions_and_is_idempotent(ctx: AppContext, centre: dict[str, int]) -> None:
    """The file creates sessions and slots (audited); the same file again creates nothing; new lines are added."""
    actor = ctx.system_actor()
    report = ctx.courses.import_schedule(actor, SCHEDULE.encode("cp1252"))
    assert report.ok and report.sessions_created == ("OPP-2027", "OPP-NUIT") and report.slots_added == 4
    opp = ctx.courses.show_session("OPP-2027")
    assert (opp.room, opp.instructor and opp.instructor.login) == ("SB-C1", "mdubois")
    assert [(s.starts_at, s.room) for s in opp.slots][-1] == (at("2027-01-05", "08:30"), "LAB-CQ")
    night = ctx.courses.show_session("OPP-NUIT").slots[0]
    assert night.ends_at - night.starts_at == timedelta(hours=4, minutes=30)
    assert len(audit(ctx, "session.create")) == 2
    before = counts(ctx)
    again = ctx.courses.import_schedule(actor, SCHEDULE.encode("cp1252"))
    assert (again.sessions_created, again.slots_added, again.slots_unchanged) == ((), 0, 4)
    assert counts(ctx) == before
    more = SCHEDULE + "OPP-2027;OPP;SB-C1;mdubois;06/01/2027;08:30;12:00\r\n"
    added = ctx.courses.import_schedule(actor, more.encode("cp1252"))
    assert (added.sessions_created, added.slots_added, added.slots_unchanged) == ((), 1, 4)
    [row] = audit(ctx, "session.update")
    assert len(json.loads(row.old_values or "")["slots"]) == 3 and len(json.loads(row.new_values or "")["slots"]) == 4
    assert ctx.audit.verify(actor).ok


def test_schedule_import_errors_name_lines_and_store_nothing(ctx: AppContext, centre: dict[str, int]) -> None:
    """Unknown course, room, login, a non-instructor, DST gaps, overlaps and conflicts with stored sessions."""
    actor = ctx.system_actor()
    stored = [slot("2026-11-24", "08:30", "12:00"), slot("2026-12-02", "08:30", "12:00")]
    ctx.courses.add_session(actor, "OLD", "OPP", "SB-C1", stored, "mdubois")
    bad = (
        "session,course,room,instructor,date,start,end\n"
        "N1,NOPE,SB-C1,mdubois,2027-01-04,08:30,12:00\n"  # 2
        "N2,OPP,SB-C9,,2027-01-04,08:30,12:00\n"  # 3
        "N3,OPP,SB-C1,ghost,2027-01-04,08:30,12:00\n"  # 4
        "N4,OPP,SB-C1,qa,2027-01-04,08:30,12:00\n"  # 5
        "N5,OPP,SB-C1,,2027-03-28,02:15,04:00\n"  # 6: does not exist
        "N5,OPP,SB-C1,,2027-01-04,08:30,12:00\n"  # 7
        "N5,OPP,SB-C1,,2027-01-04,11:00,13:00\n"  # 8: overlaps 7
        "OLD,OPP,SB-C1,mdubois,2026-11-23,08:30,12:00\n"  # 9: a new slot in the past
        "OLD,OPP,SB-C1,mdubois,2026-12-02,09:00,10:00\n"  # 10: overlaps a stored slot
        "OLD,OPP,LAB-CQ,mdubois,2026-11-24,08:30,12:00\n"  # 11: stored in another room
        "OLD,OPP,SB-C1,evdb,2026-12-01,08:30,12:00\n"  # 12: another instructor
    )
    before = counts(ctx)
    report = ctx.courses.import_schedule(actor, bad.encode())
    assert [(p.line, p.message) for p in report.problems] == [
        (2, Msg.UNKNOWN_COURSE),
        (3, Msg.UNKNOWN_ROOM),
        (4, Msg.UNKNOWN_LOGIN),
        (5, Msg.NOT_INSTRUCTOR),
        (6, Msg.NONEXISTENT_TIME),
        (8, Msg.OVERLAP),
        (9, Msg.PAST_SLOT),
        (10, Msg.OVERLAPS_STORED),
        (11, Msg.SLOT_IN_OTHER_ROOM),
        (12, Msg.INSTRUCTOR_DIFFERS),
    ]
    assert report.problems[7].params == {"session": "OLD", "start": "2026-12-02 08:30", "end": "12:00"}
    assert report.problems[1].column == "room" and report.slots_added == 0
    assert counts(ctx) == before


def run(capsys: pytest.CaptureFixture[str], db_url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", db_url, "--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_round_trip(db_url: str, ctx: AppContext, centre: dict[str, int], tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """course, session add/edit/show/list/enrol/unenrol/import-schedule through the public command line."""
    code, out, _ = run(capsys, db_url, "course", "add", "CQV", "--title", "Qualification", "--family",
                       "qualification_validation", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["code"] == "CQV"
    code, out, _ = run(capsys, db_url, "course", "edit", "CQV", "--title", "Qualification et validation")
    assert code == 0 and "Qualification et validation" in out
    code, out, err = run(capsys, db_url, "session", "add", "CQV-30", "--course", "CQV", "--room", "LAB-CQ",
                         "--instructor", "evdb", "--from", "2030-03-25", "--to", "2030-03-31",
                         "--daily", "09:00-12:30", "13:15-16:45", "--json")  # fmt: skip
    assert code == 0, err
    created = json.loads(out)
    assert len(created["slots"]) == 10 and created["slots"][0]["start"] == "2030-03-25T09:00+01:00"
    assert created["slots"][-1]["end"] == "2030-03-29T16:45+01:00"  # weekdays only; summer time from 31 March
    code, _, err = run(capsys, db_url, "session", "edit", "CQV-30", "--remove-slot", "2030-03-29", "13:15-16:45",
                       "--add-slot", "2030-04-01", "9h-12h", "--reason", "jour férié")  # fmt: skip
    assert code == 0, err
    code, _, err = run(capsys, db_url, "session", "enrol", "CQV-30", "--ref", "DE-1", "W-2")
    assert code == 0, err
    code, _, err = run(capsys, db_url, "session", "unenrol", "CQV-30", "--ref", "W-2", "--reason", "abandon")
    assert code == 0, err
    code, out, _ = run(capsys, db_url, "session", "show", "CQV-30", "--json")
    shown = json.loads(out)
    assert shown["slots"][-1]["start"] == "2030-04-01T09:00+02:00" and shown["enrolled"] == 1
    assert [(r["external_ref"], r["withdrawn_reason"]) for r in shown["roster"]] == [("DE-1", None), ("W-2", "abandon")]
    code, out, _ = run(capsys, db_url, "session", "show", "CQV-30")
    assert "withdrawn on" in out and "abandon" in out and "Élodie Van den Bossche (evdb)" in out
    roster = tmp_path / "roster.csv"
    roster.write_text("référence\nS-3\nNOPE\n", encoding="utf-8")
    code, out, err = run(capsys, db_url, "session", "enrol", "CQV-30", "--csv", str(roster))
    assert code == 2 and f"{roster}:3 [référence]" in err and 'No learner with reference "NOPE"' in err
    schedule = tmp_path / "schedule.csv"
    schedule.write_text(SCHEDULE.replace("2027", "2030"), encoding="utf-8")
    code, out, err = run(capsys, db_url, "session", "import-schedule", str(schedule), "--json")
    assert code == 0 and json.loads(out)["sessions_created"] == ["OPP-2030", "OPP-NUIT"], err
    code, out, _ = run(capsys, db_url, "session", "import-schedule", str(schedule))
    assert code == 0 and "0 sessions created, 0 slots added, 4 already there" in out
    code, out, _ = run(capsys, db_url, "session", "list", "--course", "OPP", "--from", "2030-01-05", "--json")
    assert [x["code"] for x in json.loads(out)] == ["OPP-2030", "OPP-NUIT"]
    code, _, err = main_fr(capsys, db_url, "session", "edit", "CQV-30", "--add-slot", "2030-03-31", "02:30-04:00")
    assert code == 2 and "n'existe pas" in err
    code, _, err = main_fr(capsys, db_url, "course", "list", "--nope")
    assert code == 2


def main_fr(capsys: pytest.CaptureFixture[str], db_url: str, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--db", db_url, "--lang", "fr", *argv])
    except SystemExit as stop:  # argparse's usage errors
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_withdrawn_learner_no_longer_counts_as_enrolled(ctx: AppContext, centre: dict[str, int]) -> None:
    """Badge runs for a session, and its roster elsewhere, leave out whoever was withdrawn."""
    actor = ctx.system_actor()
    ctx.courses.add_session(actor, "OPP-2", "OPP", "SB-C1", [slot("2026-12-02", "08:30", "12:00")])
    ctx.courses.enrol(actor, "OPP-2", refs=["DE-1", "W-2"])
    assert set(ctx.badges.people_for_print(session_code="OPP-2")) == {centre["DE-1"], centre["W-2"]}
    ctx.courses.unenrol(actor, "OPP-2", ref="W-2", reason="abandon")
    assert ctx.badges.people_for_print(session_code="OPP-2") == [centre["DE-1"]]
