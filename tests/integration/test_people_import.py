"""Learners CSV import on both databases: Excel files, all or nothing, re-imports, enrolments, rights."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.app import AppContext
from aptaskil_desk.db.models import AuditLog, CourseSession, Person, RosterEntry
from aptaskil_desk.domain.learner_csv import Msg
from aptaskil_desk.errors import PermissionDenied
from aptaskil_desk.services.base import Actor
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.services.people_import import ImportReport, PeopleImportService
from tests.conftest import T0

# What a French-speaking Excel writes with "CSV (séparateur : point-virgule)": cp1252, ';', CRLF.
EXCEL_FR = (
    "Nom;Prénom;Catégorie;Employeur;Référence;Courriel;Date de naissance\r\n"
    "Van den Bossche-Leclercq;Élodie;Demandeur d'emploi;;DE-0001;elodie.vdb@exemple.be;03/05/1994\r\n"
    "D'Hondt;Jean-François;Travailleur;Pharma Wallonie SA;W-0002;;17/11/1988\r\n"
    "Noël;Zoé;étudiant;;S-0003;zoe.noel@exemple.be;\r\n"
)

# A UTF-8 export with BOM and ',' (LibreOffice, Google Sheets, Excel "CSV UTF-8").
UTF8_COMMA = (
    "family_name,given_name,category,employer,external_ref,email,birth_date\r\n"
    "Wiśniewski,Łukasz,job_seeker,,PL-1,lukasz@exemple.pl,1990-01-31\r\n"
    'Yılmaz,Şükrü,worker,"Chimie & Co, Seneffe",TR-2,,\r\n'
    "Nguyễn,Thị Ánh,student,,VN-3,anh@exemple.vn,\r\n"
    "Dupont,Élodie,teacher,,FR-4,,\r\n"
    "Lefèvre,François,DE,,FR-5,,\r\n"
    "Noël,Anaïs,travailleur,,FR-6,,\r\n"
)


@pytest.fixture
def importer(ctx: AppContext) -> PeopleImportService:
    return PeopleImportService(ctx.db, ctx.clock)


def run(ctx: AppContext, importer: PeopleImportService, text: str, encoding: str = "utf-8", **kw: Any) -> ImportReport:
    return importer.import_file(ctx.system_actor(), text.encode(encoding), **kw)


def people(ctx: AppContext) -> dict[str, tuple[str, str, str | None, str | None, str | None]]:
    """Every learner by reference: (family, given, category, employer, email), as stored."""

    def read(s: Session) -> dict[str, tuple[str, str, str | None, str | None, str | None]]:
        return {
            p.external_ref or "": (p.family_name, p.given_name, p.category, p.employer, p.email)
            for p in s.execute(select(Person).where(Person.category.is_not(None))).scalars()
        }

    return ctx.db.run_read(read)


def audit_rows(ctx: AppContext, action: str | None = None) -> list[AuditLog]:
    def read(s: Session) -> list[AuditLog]:
        query = select(AuditLog).order_by(AuditLog.seq)
        if action is not None:
            query = query.where(AuditLog.action == action)
        return list(s.execute(query).scalars())

    return ctx.db.run_read(read)


def test_windows_1252_semicolon_file_keeps_accented_names(ctx: AppContext, importer: PeopleImportService) -> None:
    """A French Excel CSV (cp1252, ';', CRLF) imports three learners with names read back exactly."""
    report = run(ctx, importer, EXCEL_FR, "cp1252")
    assert report.problems == ()
    assert (report.encoding, report.delimiter, report.rows, report.created) == ("cp1252", ";", 3, 3)
    assert people(ctx) == {
        "DE-0001": ("Van den Bossche-Leclercq", "Élodie", "job_seeker", None, "elodie.vdb@exemple.be"),
        "W-0002": ("D'Hondt", "Jean-François", "worker", "Pharma Wallonie SA", None),
        "S-0003": ("Noël", "Zoé", "student", None, "zoe.noel@exemple.be"),
    }
    names = {(p.family_name, p.given_name) for p in ctx.people.list_learners()}
    assert ("Noël", "Zoé") in names and ("D'Hondt", "Jean-François") in names
    assert len(audit_rows(ctx, "person.create")) == 3
    assert ctx.audit.verify(ctx.system_actor()).ok


def test_utf8_bom_comma_file_keeps_names_outside_latin1(ctx: AppContext, importer: PeopleImportService) -> None:
    """A UTF-8-BOM ',' file keeps Łukasz Wiśniewski, Şükrü Yılmaz, Nguyễn Thị Ánh, Élodie, François, Noël."""
    report = run(ctx, importer, "\ufeff" + UTF8_COMMA)
    assert report.problems == ()
    assert (report.encoding, report.delimiter, report.created) == ("utf-8-sig", ",", 6)
    stored = people(ctx)
    assert stored["PL-1"][:3] == ("Wiśniewski", "Łukasz", "job_seeker")
    assert stored["TR-2"] == ("Yılmaz", "Şükrü", "worker", "Chimie & Co, Seneffe", None)
    assert stored["VN-3"][:2] == ("Nguyễn", "Thị Ánh")
    assert stored["FR-4"][:2] == ("Dupont", "Élodie")
    assert stored["FR-5"][:3] == ("Lefèvre", "François", "job_seeker")
    assert stored["FR-6"][:3] == ("Noël", "Anaïs", "worker")
    created = [json.loads(r.new_values or "{}") for r in audit_rows(ctx, "person.create")]
    assert {"Łukasz", "Şükrü", "Thị Ánh"} <= {c["given_name"] for c in created}


def test_two_bad_rows_import_nothing_and_name_both_lines(ctx: AppContext, importer: PeopleImportService) -> None:
    """One unknown category on line 3 and one bad date on line 5: no one is imported, both lines named."""
    text = (
        "nom;prénom;catégorie;référence;date_naissance\r\n"
        "Dupont;Élodie;DE;R1;01/02/1990\r\n"
        "Martin;Noël;chômeur;R2;\r\n"
        "Lambert;Sophie;enseignant;R3;\r\n"
        "Peeters;François;travailleur;R4;31/02/1985\r\n"
    )
    before = len(audit_rows(ctx))
    report = run(ctx, importer, text)
    assert [(p.line, p.column, p.message) for p in report.problems] == [
        (3, "catégorie", Msg.UNKNOWN_CATEGORY),
        (5, "date_naissance", Msg.BAD_DATE),
    ]
    assert report.problems[0].params["value"] == "chômeur"
    assert report.problems[1].params["value"] == "31/02/1985"
    assert (report.rows, report.created, report.updated, report.enrolled) == (4, 0, 0, 0)
    assert not report.dry_run
    assert people(ctx) == {}
    assert len(audit_rows(ctx)) == before


def test_reimporting_the_same_file_changes_nothing(ctx: AppContext, importer: PeopleImportService) -> None:
    """The same file again: 0 created, 0 updated, all unchanged, no new audit row."""
    run(ctx, importer, EXCEL_FR, "cp1252")
    before = len(audit_rows(ctx))
    again = run(ctx, importer, EXCEL_FR, "cp1252")
    assert (again.created, again.updated, again.unchanged, again.enrolled) == (0, 0, 3, 0)
    assert len(audit_rows(ctx)) == before
    assert len(people(ctx)) == 3


def test_reimport_with_one_changed_email_updates_exactly_that_person(
    ctx: AppContext, importer: PeopleImportService
) -> None:
    """Only Zoé's e-mail changed: one update, audited with the old and the new address."""
    run(ctx, importer, EXCEL_FR, "cp1252")
    changed = EXCEL_FR.replace("zoe.noel@exemple.be", "zoe.noel@etu.exemple.be")
    report = run(ctx, importer, changed, "cp1252")
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    assert people(ctx)["S-0003"][4] == "zoe.noel@etu.exemple.be"
    (update,) = audit_rows(ctx, "person.update")
    assert json.loads(update.old_values or "") == {"email": "zoe.noel@exemple.be"}
    assert json.loads(update.new_values or "") == {"email": "zoe.noel@etu.exemple.be"}
    zoe_id = ctx.db.run_read(lambda s: s.execute(select(Person.id).where(Person.external_ref == "S-0003")).scalar_one())
    assert update.entity == "person" and update.entity_id == str(zoe_id)
    assert ctx.audit.verify(ctx.system_actor()).ok


def test_changed_name_and_category_update_and_absent_columns_are_left_alone(
    ctx: AppContext, importer: PeopleImportService
) -> None:
    """A renamed learner who became a worker is updated; a file without the e-mail column keeps e-mails."""
    run(ctx, importer, EXCEL_FR, "cp1252")
    text = "référence;nom;prénom;catégorie\nDE-0001;Van den Bossche;Élodie;travailleur\nS-0003;Noël;Zoé;étudiant\n"
    report = run(ctx, importer, text)
    assert (report.updated, report.unchanged) == (1, 1)
    assert people(ctx)["DE-0001"] == ("Van den Bossche", "Élodie", "worker", None, "elodie.vdb@exemple.be")
    (update,) = audit_rows(ctx, "person.update")
    assert json.loads(update.old_values or "") == {"family_name": "Van den Bossche-Leclercq", "category": "job_seeker"}
    assert json.loads(update.new_values or "") == {"family_name": "Van den Bossche", "category": "worker"}


def _sessions(ctx: AppContext) -> None:
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB", "Laboratoire CQ", "laboratory")
    ctx.centre.add_course(actor, "TLCQ", "Technicien de laboratoire CQ", "qc_lab_technician")
    start = T0.replace(hour=7, minute=30)
    for code in ("TLCQ-1", "TLCQ-2"):
        ctx.centre.add_session(actor, code, "TLCQ", "LAB", [(start, start + timedelta(hours=3))])


def _roster(ctx: AppContext) -> set[tuple[str, str]]:
    def read(s: Session) -> set[tuple[str, str]]:
        rows = s.execute(
            select(CourseSession.code, Person.external_ref)
            .join(RosterEntry, RosterEntry.session_id == CourseSession.id)
            .join(Person, RosterEntry.person_id == Person.id)
        )
        return {(code, ref or "") for code, ref in rows}

    return ctx.db.run_read(read)


def test_enrolment_in_sessions_is_added_once_and_never_removed(ctx: AppContext, importer: PeopleImportService) -> None:
    """Listed sessions are enrolled (audited); a re-import adds only what is missing and removes nothing."""
    _sessions(ctx)
    text = "nom;prénom;catégorie;référence;sessions\nDupont;Élodie;DE;R1;TLCQ-1|TLCQ-2\nMartin;Noël;DE;R2;TLCQ-1\n"
    first = run(ctx, importer, text)
    assert (first.created, first.enrolled) == (2, 3)
    assert _roster(ctx) == {("TLCQ-1", "R1"), ("TLCQ-2", "R1"), ("TLCQ-1", "R2")}
    enrolments = [json.loads(r.new_values or "") for r in audit_rows(ctx, "roster.enrol")]
    assert sorted(e["session"] for e in enrolments) == ["TLCQ-1", "TLCQ-1", "TLCQ-2"]
    # R1 now lists only TLCQ-1 (TLCQ-2 stays), R2 adds TLCQ-2 (space-separated).
    second = run(ctx, importer, text.replace("TLCQ-1|TLCQ-2", "TLCQ-1").replace(";R2;TLCQ-1", ";R2;TLCQ-1 TLCQ-2"))
    assert (second.created, second.updated, second.unchanged, second.enrolled) == (0, 0, 2, 1)
    assert _roster(ctx) == {("TLCQ-1", "R1"), ("TLCQ-2", "R1"), ("TLCQ-1", "R2"), ("TLCQ-2", "R2")}
    assert len(audit_rows(ctx, "roster.enrol")) == 4


def test_unknown_session_code_refuses_the_whole_file(ctx: AppContext, importer: PeopleImportService) -> None:
    """An unknown session code is reported on its line together with the file's other bad rows."""
    _sessions(ctx)
    text = (
        "nom;prénom;catégorie;référence;sessions\n"
        "Dupont;Élodie;DE;R1;TLCQ-1\n"
        "Martin;Noël;DE;R2;TLCQ-9\n"
        "Lambert;;DE;R3;TLCQ-1\n"
    )
    report = run(ctx, importer, text)
    assert [(p.line, p.column, p.message) for p in report.problems] == [
        (3, "sessions", Msg.UNKNOWN_SESSION),
        (4, "prénom", Msg.MISSING_VALUE),
    ]
    assert report.problems[0].params == {"code": "TLCQ-9"}
    assert people(ctx) == {} and _roster(ctx) == set()


def test_dry_run_counts_but_writes_nothing(ctx: AppContext, importer: PeopleImportService) -> None:
    """A dry run reports what would be created, updated and enrolled, and the database stays as it was."""
    _sessions(ctx)
    run(ctx, importer, EXCEL_FR, "cp1252")
    before = len(audit_rows(ctx))
    text = (
        "nom;prénom;catégorie;référence;sessions\n"
        "Van den Bossche-Leclercq;Élodie;DE;DE-0001;TLCQ-1\n"  # changed: its employer/e-mail columns absent
        "Noël;Zoé;worker;S-0003;\n"  # updated category
        "Nouveau;Léa;DE;N-1;TLCQ-1|TLCQ-2\n"  # created, two enrolments
    )
    report = run(ctx, importer, text, dry_run=True)
    assert report.dry_run and report.problems == ()
    assert (report.created, report.updated, report.unchanged, report.enrolled) == (1, 1, 1, 3)
    assert len(audit_rows(ctx)) == before
    assert "N-1" not in people(ctx) and people(ctx)["S-0003"][2] == "student"
    assert _roster(ctx) == set()


def test_a_learner_actor_is_refused(ctx: AppContext, importer: PeopleImportService) -> None:
    """A person without roles may neither import nor dry-run; an instructor may."""
    (learner,) = ctx.people.add_learners(ctx.system_actor(), [NewLearner("Zoë", "Ødegård", "student")])
    actor = Actor(learner.id, "x", "T")
    for dry_run in (False, True):
        with pytest.raises(PermissionDenied):
            importer.import_file(actor, EXCEL_FR.encode("cp1252"), dry_run=dry_run)
    with pytest.raises(PermissionDenied):
        importer.import_file(actor, b"")  # a bad file says nothing to someone who may not import
    assert set(people(ctx)) == {""}  # only the learner added above, who has no reference
    instructor = ctx.accounts.add_user(
        ctx.system_actor(), "prof", "Sophie", "Lambert", ["instructor"], "correct horse battery"
    )
    report = importer.import_file(instructor.actor("T"), EXCEL_FR.encode("cp1252"))
    assert report.created == 3
    assert {r.actor_name for r in audit_rows(ctx, "person.create")[-3:]} == {"prof"}


def test_crlf_and_quoted_newline_in_employer_keep_line_numbers(ctx: AppContext, importer: PeopleImportService) -> None:
    """A CRLF file whose employer spans two lines: later problems name the right physical lines."""
    text = (
        "nom;prénom;catégorie;employeur;référence\r\n"  # 1
        'Dupont;Élodie;DE;"ACME SA\r\nSite de Gosselies";R1\r\n'  # 2-3
        "Martin;Noël;??;;R2\r\n"  # 4
        'Lambert;Sophie;DE;"Pharma\r\n\r\nWallonie";R3\r\n'  # 5-7
        "Peeters;;DE;;R4\r\n"  # 8
    )
    report = run(ctx, importer, text)
    assert [(p.line, p.column) for p in report.problems] == [(4, "catégorie"), (8, "prénom")]
    good = text.replace("??", "DE").replace("Peeters;;", "Peeters;Jan;")
    report = run(ctx, importer, good)
    assert report.problems == () and report.created == 4
    assert people(ctx)["R1"][3] == "ACME SA Site de Gosselies"
    assert people(ctx)["R3"][3] == "Pharma Wallonie"


def test_a_staff_members_reference_is_not_turned_into_a_learner(ctx: AppContext, importer: PeopleImportService) -> None:
    """A reference that belongs to a staff member is refused rather than making them a learner."""
    staff = ctx.accounts.add_user(ctx.system_actor(), "tech", "Jan", "Peeters", ["technician"], "correct horse battery")

    def give_ref(s: Session) -> None:
        s.get_one(Person, staff.person_id).external_ref = "W-0002"

    ctx.db.run_write(give_ref)
    report = run(ctx, importer, EXCEL_FR, "cp1252")
    assert [(p.line, p.message) for p in report.problems] == [(3, Msg.STAFF_REF)]
    assert people(ctx) == {}


def test_garbage_and_empty_files_are_clear_problems(ctx: AppContext, importer: PeopleImportService) -> None:
    """An empty file, a header-only file and a workbook each give one problem and write nothing."""
    actor = ctx.system_actor()
    assert importer.import_file(actor, b"").problems[0].message == Msg.EMPTY
    assert importer.import_file(actor, b"nom;pr\xe9nom;cat\xe9gorie;r\xe9f\xe9rence\r\n").problems[0].message == (
        Msg.HEADER_ONLY
    )
    assert importer.import_file(actor, b"PK\x03\x04 workbook").problems[0].message == Msg.WORKBOOK
    assert people(ctx) == {}
