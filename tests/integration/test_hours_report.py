"""The funders' hours report on both databases: attendance made by real scans and a correction, a
night session across the October DST change, per learner / course / category, CSV and XLSX read
back (and by LibreOffice when installed), totals equal to the day view's; bad input leaves no file."""

from __future__ import annotations

import ast
import csv
import io
import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from aptaskil_desk.app import AppContext, SchemaPolicy, build_context
from aptaskil_desk.cli import main
from aptaskil_desk.clock import CENTRE_TZ, FixedClock
from aptaskil_desk.domain.hours import to_hours
from aptaskil_desk.errors import InvalidInput, PermissionDenied
from aptaskil_desk.i18n import Translator, catalogue
from aptaskil_desk.reports import hours_export
from aptaskil_desk.reports.hours_export import csv_cell, export
from aptaskil_desk.services.hours import CategoryRow, CourseRow, LearnerRow
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.settings import Settings
from tests.unit.reports.test_xlsx import libreoffice_csv, read_xlsx

FRI, SAT, SUN, MON = date(2026, 10, 23), date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26)
AFTER = datetime(2026, 11, 2, 9, 0, tzinfo=CENTRE_TZ)  # when the reports are made


def at(day: date, h: int, m: int, s: int = 0) -> datetime:
    """A Brussels wall-clock time (unambiguous in every use below) as an aware instant."""
    return datetime.combine(day, time(h, m, s), tzinfo=CENTRE_TZ)


@pytest.fixture
def story(ctx: AppContext, clock: FixedClock) -> dict[str, Any]:
    """Two rooms, two courses, four learners; attendance through the kiosk's scans and a correction.

    - Zoë: Friday 08:25–12:05 and 12:40–16:30 (7.25 h), Sunday 00:30 CEST → 06:30 CET across the
      DST change (7 h, 6 on the wall clock), Monday 08:30–11:00 corrected to 11:30 (3 h of TLCQ)
      then 12:58–16:00 in the workshop (3 h of OPP): 20.25 h.
    - Łukasz: Friday 08:31:20, never out (auto-closed at 16:30: 7 h 13 min 40 s), Sunday 00:29:50 →
      03:10:10 CET (3 h 40 min 10 s), Monday 08:30–12:00:15 (3 h 30): 14 h 23 min 50 s = 14.40 h.
    - Jean-François: Friday in the workshop, where nothing is scheduled: unscheduled, 0 h.
    - Thị Ánh: no attendance at all.
    """
    system = ctx.system_actor()
    ctx.centre.add_room(system, "LAB", "Laboratoire CQ", "laboratory")
    ctx.centre.add_room(system, "ATL", "Atelier", "workshop")
    ctx.centre.register_terminal(system, "K-LAB", "LAB")
    ctx.centre.register_terminal(system, "K-ATL", "ATL")
    zoe, lukasz, jf, anh = ctx.people.add_learners(system, [
        NewLearner("Zoë", "Ødegård", "student", "HELMo (Liège)", "ST-0001"),
        NewLearner("Łukasz", "Wiśniewski", "job_seeker", None, "DE-0002"),
        NewLearner("Jean-François", "D'Hondt", "worker", "GSK; site de Wavre", "=W-0003"),
        NewLearner("Thị Ánh", "Nguyễn", "teacher", "Athénée royal de Jodoigne", "EN-0004"),
    ])  # fmt: skip
    ctx.centre.add_course(system, "TLCQ", "Technicien·ne de laboratoire CQ", "qc_lab_technician")
    ctx.centre.add_course(system, "OPP", "Opérateur·rice de production", "production_operator")
    lab_slots = [(at(FRI, 8, 30), at(FRI, 12, 0)), (at(FRI, 12, 45), at(FRI, 16, 30)),
                 (at(SUN, 0, 30), at(SUN, 6, 30)), (at(MON, 8, 30), at(MON, 12, 0))]  # fmt: skip
    ids = [zoe.id, lukasz.id, jf.id, anh.id]
    ctx.centre.add_session(system, "TLCQ-2610", "TLCQ", "LAB", lab_slots, learner_ids=ids)
    ctx.centre.add_session(system, "OPP-2610", "OPP", "ATL", [(at(MON, 13, 0), at(MON, 16, 0))], learner_ids=ids)
    codes = {b.person_id: b.code for b in ctx.badges.issue(system, ids)}

    def scan(person: int, terminal: str, when: datetime, expect: str) -> None:
        clock.set(when)
        result = ctx.scan.scan(codes[person], terminal)
        assert result.result == expect, (result, when)

    scan(zoe.id, "K-LAB", at(FRI, 8, 25), "checked_in")
    scan(zoe.id, "K-LAB", at(FRI, 12, 5), "checked_out")
    scan(zoe.id, "K-LAB", at(FRI, 12, 40), "checked_in")
    scan(zoe.id, "K-LAB", at(FRI, 16, 30), "checked_out")
    scan(lukasz.id, "K-LAB", at(FRI, 8, 31, 20), "checked_in")
    scan(jf.id, "K-ATL", at(FRI, 9, 0), "checked_in")
    scan(jf.id, "K-ATL", at(FRI, 10, 0), "checked_out")
    scan(zoe.id, "K-LAB", at(SUN, 0, 30), "checked_in")  # 22:30 UTC on Saturday, CEST
    scan(lukasz.id, "K-LAB", at(SUN, 0, 29, 50), "checked_in")
    scan(lukasz.id, "K-LAB", at(SUN, 3, 10, 10), "checked_out")  # after the repeated hour: CET
    scan(zoe.id, "K-LAB", at(SUN, 6, 30), "checked_out")
    scan(zoe.id, "K-LAB", at(MON, 8, 30), "checked_in")
    scan(lukasz.id, "K-LAB", at(MON, 8, 30), "checked_in")
    scan(zoe.id, "K-LAB", at(MON, 11, 0), "checked_out")
    scan(lukasz.id, "K-LAB", at(MON, 12, 0, 15), "checked_out")
    scan(zoe.id, "K-ATL", at(MON, 12, 58), "checked_in")
    scan(zoe.id, "K-ATL", at(MON, 16, 0), "checked_out")
    clock.set(AFTER)
    [wrong] = [e.id for e in ctx.attendance.day(zoe.id, MON).events if e.at == at(MON, 11, 0)]
    ctx.attendance.correct(system, wrong, kind="out", at=at(MON, 11, 30), reason="badge oublié à la pause")
    return {"zoe": zoe.id, "lukasz": lukasz.id, "jf": jf.id, "anh": anh.id}


def _csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # BOM, CRLF: what Excel expects
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def _day_view_total(ctx: AppContext, person: int, first: date, last: date) -> timedelta:
    """The exact sum of the per-learner day view (services/attendance.py day()) over the period."""
    total, day = timedelta(0), first
    while day <= last:
        total += ctx.attendance.day(person, day).attendance.counted
        day += timedelta(days=1)
    return total


def test_hours_per_learner_match_the_day_view_across_dst(ctx: AppContext, story: dict[str, Any]) -> None:
    """Exact hours per learner (the DST night counts 7 h), sorted by name; the learner with no
    attendance is left out, the unscheduled one shown with 0; totals = the day view's."""
    report = ctx.hours.report(ctx.system_actor(), FRI, MON, "learner")
    learners = [r for r in report.rows if isinstance(r, LearnerRow)]
    rows = {r.person_id: r for r in learners}
    assert len(learners) == len(report.rows) and [r.family_name for r in learners] == [
        "D'Hondt",
        "Ødegård",
        "Wiśniewski",
    ]
    assert story["anh"] not in rows
    assert rows[story["zoe"]].counted == timedelta(hours=20, minutes=15)
    assert dict(rows[story["zoe"]].by_course) == {"OPP": timedelta(hours=3), "TLCQ": timedelta(hours=17.25)}
    assert rows[story["lukasz"]].counted == timedelta(hours=14, minutes=23, seconds=50)
    assert rows[story["lukasz"]].hours == Decimal("14.40")
    assert rows[story["jf"]].counted == timedelta(0) and rows[story["jf"]].by_course == ((None, timedelta(0)),)
    sunday = ctx.hours.report(ctx.system_actor(), SUN, SUN)
    assert [r.hours for r in sunday.rows] == [Decimal("7.00"), Decimal("3.67")]
    for person in story.values():
        expected = _day_view_total(ctx, person, FRI, MON)
        assert (rows[person].counted if person in rows else timedelta(0)) == expected
    assert report.learners == 3 and report.counted == sum(
        (_day_view_total(ctx, p, FRI, MON) for p in story.values()), timedelta(0)
    )
    assert report.hours == Decimal("34.65")
    small_batches = ctx.hours.report(ctx.system_actor(), FRI, MON, "learner", batch=1)
    assert small_batches.rows == report.rows and small_batches.counted == report.counted


def test_per_course_and_per_category(ctx: AppContext, story: dict[str, Any]) -> None:
    """A stay counts for its check-in's course; learners are counted once in the totals."""
    courses = ctx.hours.report(ctx.system_actor(), FRI, MON, "course")
    assert [(r.code, r.learners, r.hours) for r in courses.rows if isinstance(r, CourseRow)] == [
        ("OPP", 1, Decimal("3.00")), ("TLCQ", 2, Decimal("31.65")), (None, 1, Decimal("0.00"))
    ]  # fmt: skip
    assert courses.learners == 3 and courses.hours == Decimal("34.65")
    categories = ctx.hours.report(ctx.system_actor(), FRI, MON, "category")
    assert [(r.category, r.learners, r.hours) for r in categories.rows if isinstance(r, CategoryRow)] == [
        ("job_seeker", 1, Decimal("14.40")), ("worker", 1, Decimal("0.00")), ("student", 1, Decimal("20.25"))
    ]  # fmt: skip
    assert categories.counted == courses.counted
    assert ctx.hours.report(ctx.system_actor(), SAT, SAT).rows == ()


@pytest.mark.parametrize("by", ["learner", "course", "category"])
def test_csv_and_xlsx_agree(ctx: AppContext, story: dict[str, Any], tmp_path: Path, by: str) -> None:
    """The same rows and totals in both files, in French; hours with a decimal comma in the CSV and as
    numbers in the XLSX; a text that looks like a formula is neutralised in the CSV."""
    tr = Translator("fr")
    report = ctx.hours.report(ctx.system_actor(), FRI, MON, by)
    export(report, tmp_path / "h.csv", tr)
    export(report, tmp_path / "h.xlsx", tr)
    rows_csv, rows_xlsx = _csv(tmp_path / "h.csv"), read_xlsx(tmp_path / "h.xlsx")
    assert len(rows_csv) == len(rows_xlsx) == len(report.rows) + 2
    assert rows_csv[0] == rows_xlsx[0] and rows_csv[0][-1] == "Heures"
    assert rows_csv[-1][0] == rows_xlsx[-1][0] == "Total"
    assert rows_csv[-1][-1] == "34,65" and rows_xlsx[-1][-1] == Decimal("34.65")
    for line_csv, line_xlsx in zip(rows_csv[1:], rows_xlsx[1:], strict=True):
        assert Decimal(line_csv[-1].replace(",", ".")) == line_xlsx[-1]
    if by == "learner":
        assert rows_csv[1][:6] == ["D'Hondt", "Jean-François", "'=W-0003", "Travailleur",
                                   "GSK; site de Wavre", ""]  # fmt: skip
        assert rows_xlsx[1][2] == "=W-0003" and rows_xlsx[2][5] == "OPP, TLCQ"
        assert rows_xlsx[-1][1] == "3 apprenants"
    if by == "course":
        assert rows_xlsx[3][1] == "Aucune session (arrivées hors horaire)" and rows_xlsx[2][2] == 2


def test_libreoffice_reads_the_xlsx(ctx: AppContext, story: dict[str, Any], tmp_path: Path) -> None:
    """LibreOffice (when installed) opens the file and shows every name and the hours as written."""
    report = ctx.hours.report(ctx.system_actor(), FRI, MON)
    export(report, tmp_path / "h.xlsx", Translator("en"))
    shown = libreoffice_csv(tmp_path / "h.xlsx", tmp_path)
    assert shown[0][-1] == "Hours" and shown[-1][-1] == "34.65"
    assert [r[0] for r in shown[1:-1]] == ["D'Hondt", "Ødegård", "Wiśniewski"]
    assert [r[-1] for r in shown[1:-1]] == ["0.00", "20.25", "14.40"]


def _cli(ctx: AppContext, clock: FixedClock, settings: Settings, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()

    def factory(s: Settings, *, schema: SchemaPolicy) -> AppContext:
        return build_context(s, clock=clock, hasher=fast_hasher(), schema=schema)

    from contextlib import redirect_stderr, redirect_stdout

    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--db", settings.database_url, "--lang", "en", "report", "hours", *argv], context_factory=factory)
    return code, out.getvalue(), err.getvalue()


def test_cli_writes_the_file_and_refuses_bad_input(
    ctx: AppContext, clock: FixedClock, settings: Settings, story: dict[str, Any], tmp_path: Path
) -> None:
    """`report hours --json` writes the file and says what it holds; a bad date, a period that ends
    before it starts, an unknown --by or file type: exit 2, a clear message, and no file."""
    out = tmp_path / "hours.xlsx"
    code, stdout, _ = _cli(ctx, clock, settings, "--from", "2026-10-23", "--to", "2026-10-26", "--out", str(out),
                           "--by", "course", "--json")  # fmt: skip
    expected = {"out": str(out), "by": "course", "from": "2026-10-23", "to": "2026-10-26", "rows": 3, "learners": 3,
                "hours": "34.65"}  # fmt: skip
    assert code == 0 and json.loads(stdout) == expected
    assert read_xlsx(out)[-1][-1] == Decimal("34.65")
    code, stdout, _ = _cli(ctx, clock, settings, "--from", "2026-10-23", "--to", "2026-10-26", "--out",
                           str(tmp_path / "h.csv"))  # fmt: skip
    assert code == 0 and "3 learners, 34.65 hours in total" in stdout
    bad = tmp_path / "bad.csv"
    cases = [
        (["--from", "2026-10-32", "--to", "2026-10-26"], "Not a date: '2026-10-32'"),
        (["--from", "2026-10-26", "--to", "2026-10-23"], "The period ends before it starts"),
        (["--from", "2026-10-23", "--to", "2026-10-26", "--by", "month"], "Unknown grouping 'month'"),
    ]
    for argv, words in cases:
        code, _, stderr = _cli(ctx, clock, settings, *argv, "--out", str(bad))
        assert code == 2 and words in stderr and not bad.exists()
    code, _, stderr = _cli(ctx, clock, settings, "--from", "2026-10-23", "--to", "2026-10-26", "--out",
                           str(tmp_path / "h.pdf"))  # fmt: skip
    assert code == 2 and "written as .csv or .xlsx" in stderr and not (tmp_path / "h.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.csv", "hours.xlsx"]  # no partial files left


def test_reading_hours_needs_the_course_permission(ctx: AppContext, story: dict[str, Any]) -> None:
    """QA may not read the learners' hours; an instructor may; the service refuses bad arguments."""
    qa = ctx.accounts.add_user(ctx.system_actor(), "qa", "Anne", "Qualité", ["qa"], "a long password")
    inst = ctx.accounts.add_user(ctx.system_actor(), "inst", "Marc", "Dubois", ["instructor"], "a long password")
    with pytest.raises(PermissionDenied):
        ctx.hours.report(qa.actor("T1"), FRI, MON)
    assert ctx.hours.report(inst.actor("T1"), FRI, MON).learners == 3
    with pytest.raises(InvalidInput):
        ctx.hours.report(inst.actor("T1"), MON, FRI)
    with pytest.raises(InvalidInput):
        ctx.hours.report(inst.actor("T1"), FRI, MON, "week")


def test_rounding_happens_once() -> None:
    """Hours are exact sums rounded once, half up: 3 × 20 min 18 s = 1 h 00 min 54 s → 1.02,
    although each of them alone rounds to 0.34 (0.34 × 3 = 1.02 here, 0.3383… × 3 = 1.015 → 1.02)."""
    assert to_hours(timedelta(minutes=20, seconds=18)) == Decimal("0.34")
    assert to_hours(3 * timedelta(minutes=20, seconds=18)) == Decimal("1.02")
    assert to_hours(timedelta(seconds=18)) == Decimal("0.01")  # 0.005 h: half up
    assert to_hours(timedelta(seconds=17)) == Decimal("0.00")
    assert to_hours(timedelta(hours=140_000, seconds=17)) == Decimal("140000.00")
    assert csv_cell(Decimal("1234.50"), "hours") == "1234,50" and csv_cell("@SUM(A1)", "text") == "'@SUM(A1)"


def test_every_string_the_export_translates_has_french_and_dutch() -> None:
    """Each N_() string of the export module (headers, words, titles) is in both catalogues."""
    tree = ast.parse(Path(hours_export.__file__).read_text(encoding="utf-8"))
    sources = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_"
        and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
    }  # fmt: skip
    assert len(sources) >= 20
    for language in ("fr", "nl"):
        assert sorted(s for s in sources if catalogue(language).lookup("cli", s) is None) == [], language
