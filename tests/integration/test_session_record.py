"""Session record PDFs on both databases, read back as an auditor would: the text extracted by pypdf
(as in test_logbook_pdf.py), the QR code decoded by zxing-cpp from poppler's rendering (as in
test_badge_pdf.py), and ``report verify`` before and after a later correction.

The session runs over the October 2026 change of clocks (Sunday 25 October, 03:00 CEST → 02:00 CET):
day slots on Thursday, Friday, Monday and Tuesday (08:30–12:00, 12:45–16:30: 7.25 h) and a night
slot on the Sunday from 00:30 to 05:30 by the wall clock, which is 6 real hours.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import text

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import CENTRE_TZ, FixedClock
from aptaskil_desk.commands.output import Output
from aptaskil_desk.commands.session_report import cmd_report_session, cmd_report_verify
from aptaskil_desk.errors import InvalidInput, NotFound
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.services.session_record import SessionRecordService, grouped, new_code, parse_code
from tests.conftest import IN_CI

SESSION = "TLCQ-2610"
TERMINAL = "KIOSK-LAB"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None and not IN_CI, reason="poppler-utils (pdftoppm) is not installed"
)


def at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, 10, day, hour, minute, tzinfo=CENTRE_TZ)


DAYS = (22, 23, 26, 27)
LEARNERS = [("Zoë", "Ødegård"), ("Łukasz", "Wiśniewski"), ("Şükrü", "Yılmaz"), ("Thị Ánh", "Nguyễn"),
            ("Aurélie", "Van den Bossche-Leclercq")]  # fmt: skip


@pytest.fixture
def course(ctx: AppContext, clock: FixedClock) -> dict[str, Any]:
    """Five enrolled learners and one who is not, their scans over the five days, a correction, an
    equipment use and an exercise result."""
    system = ctx.system_actor()
    clock.set(at(20, 9, 0))
    ctx.centre.add_room(system, "LAB-CQ", "Laboratoire de contrôle qualité", "laboratory")
    ctx.centre.register_terminal(system, TERMINAL, "LAB-CQ")
    inst = ctx.accounts.add_user(
        system, "evdb", "Élodie", "Van den Bossche-Leclercq", ["instructor"], "a long password"
    )
    people = ctx.people.add_learners(system, [NewLearner(g, f, "job_seeker") for g, f in LEARNERS])
    [outsider] = ctx.people.add_learners(system, [NewLearner("Jean-François", "D'Hondt", "worker")])
    ids = {f"{p.given_name} {p.family_name}": p.id for p in [*people, outsider]}
    ctx.centre.add_course(system, "TLCQ", "Technicien·ne de laboratoire de contrôle qualité", "qc_lab_technician")
    slots = [(at(d, 8, 30), at(d, 12, 0)) for d in DAYS] + [(at(d, 12, 45), at(d, 16, 30)) for d in DAYS]
    slots.append((at(25, 0, 30), at(25, 5, 30)))  # the night the clocks go back
    ctx.centre.add_session(system, SESSION, "TLCQ", "LAB-CQ", slots, inst.person_id, [p.id for p in people])
    badges = {b.person_id: b.code for b in ctx.badges.issue(system, list(ids.values()))}

    def scan(person: str, instant: datetime) -> None:
        clock.set(instant)
        assert ctx.scan.scan(badges[ids[person]], TERMINAL).result in ("checked_in", "checked_out")

    for day in DAYS:
        for n, person in enumerate(p for p in ids if p != "Jean-François D'Hondt"):
            if person == "Şükrü Yılmaz" and day == 23:
                continue  # absent on Friday
            scan(person, at(day, 8, 20 + n))
            if person == "Thị Ánh Nguyễn":  # out for lunch and back
                scan(person, at(day, 12, 5))
                scan(person, at(day, 12, 50))
            scan(person, at(day, 16, 31 + n))
    scan("Jean-François D'Hondt", at(26, 8, 29))
    scan("Jean-François D'Hondt", at(26, 16, 40))
    for person in ("Zoë Ødegård", "Łukasz Wiśniewski"):
        scan(person, at(25, 0, 25))
        scan(person, at(25, 5, 35))
    instructor = inst.actor("T1")
    ctx.equipment.add(system, "BAL-01", "Balance analytique XPR205", "balance", room_code="LAB-CQ",
                      calibration_due=date(2027, 6, 30), requires_authorisation=False)  # fmt: skip
    clock.set(at(26, 10, 0))
    ctx.equipment.start_use(ids["Łukasz Wiśniewski"], "BAL-01", TERMINAL, purpose="pesée")
    clock.set(at(26, 10, 45))
    ctx.equipment.stop_use(ids["Łukasz Wiśniewski"], "BAL-01", TERMINAL)
    ctx.instruments.record_exercise(instructor, ids["Łukasz Wiśniewski"], "balance_check",
                                    {"reference": "100.0000", "weighings": ["100.0001"] * 10}, SESSION)  # fmt: skip
    clock.set(at(28, 10, 0))
    [wrong] = [e for e in ctx.attendance.day(ids["Zoë Ødegård"], date(2026, 10, 22)).events if e.kind == "in"]
    ctx.attendance.correct(system, wrong.id, kind="in", at=at(22, 8, 45), reason="badge oublié au vestiaire")
    clock.set(at(29, 9, 0))
    return {"ids": ids, "instructor": instructor}


def _print(ctx: AppContext, out: Path, lang: str = "en") -> dict[str, Any]:
    """``report session TLCQ-2610 --out F --json``; returns its JSON."""
    stdout = io.StringIO()
    args = argparse.Namespace(code=SESSION, out=str(out))
    assert cmd_report_session(ctx, args, Output(Translator(lang), True, stdout, io.StringIO())) == 0
    document: dict[str, Any] = json.loads(stdout.getvalue())
    return document


def _verify(ctx: AppContext, code: str, as_json: bool = False) -> tuple[int, str]:
    stdout = io.StringIO()
    status = cmd_report_verify(ctx, argparse.Namespace(code=code), Output(Translator("en"), as_json, stdout,
                                                                          io.StringIO()))  # fmt: skip
    return status, stdout.getvalue()


def _text(pdf: Path) -> str:
    """Every page's text, lines joined by spaces (as in test_logbook_pdf.py)."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)


def test_every_learner_with_times_hours_and_totals(ctx: AppContext, course: dict[str, Any], tmp_path: Path) -> None:
    """Every learner's name exactly, each day's in/out times and hours, the totals per learner and session."""
    done = _print(ctx, tmp_path / "record.pdf")
    text = _text(tmp_path / "record.pdf")
    assert done["learners"] == 6 and f"Page 1 of {done['pages']}" in text
    for name in course["ids"]:
        assert name in text
    assert "Thu 22/10/2026 08:21 16:32 7.25" in text  # Łukasz
    assert "Fri 23/10/2026 08:20 16:31 7.25" in text  # Zoë
    assert "Mon 26/10/2026 08:23 12:05 7.17 12:50 16:34" in text  # Thị Ánh's two stays
    assert "Mon 26/10/2026 08:29 16:40 7.25 not enrolled" in text  # Jean-François, not on the roster
    assert "Fri 23/10/2026 — — 0.00" in text  # Şükrü's absence
    totals = text.split("Totals Learner Category Days present Hours % of scheduled ")[1]
    for name, category, days, total, share in [
        ("Jean-François D'Hondt", "Worker · not enrolled", "1 / 5", "7.25", "21 %"),
        ("Thị Ánh Nguyễn", "Job seeker", "4 / 5", "28.67", "82 %"),
        ("Zoë Ødegård", "Job seeker", "5 / 5", "34.75", "99 %"),
        ("Aurélie Van den Bossche-Leclercq", "Job seeker", "4 / 5", "29.00", "83 %"),
        ("Łukasz Wiśniewski", "Job seeker", "5 / 5", "35.00", "100 %"),
        ("Şükrü Yılmaz", "Job seeker", "3 / 5", "21.75", "62 %"),
    ]:  # alphabetical, as in the attendance table
        assert f"{name} {category} Total {total} h of 35.00 h" in text
        assert totals.startswith(f"{name} {category} {days} {total} {share} ")
        totals = totals.split(f"{share} ", 1)[1]
    assert totals.startswith("Session total 6 learners 156.42 ")
    assert "Łukasz Wiśniewski BAL-01 — Balance analytique XPR205 26/10/2026 10:00 26/10/2026 10:45 0.75" in text
    assert "Balance check (training) Pass" in text
    record = SessionRecordService(ctx.db, ctx.clock).record(SESSION)
    [course_row] = ctx.hours.report(ctx.system_actor(), date(2026, 10, 22), date(2026, 10, 27), by="course").rows
    assert course_row.counted == record.counted  # the funders' report says the same
    for learner in record.learners:
        assert round(learner.counted.total_seconds() / 3600, 2) == round(
            sum(ctx.attendance.day(learner.person_id, d).attendance.hours for d in record.days), 2
        )  # the day view's figures, day by day


def test_dst_night_counts_real_hours(ctx: AppContext, course: dict[str, Any], tmp_path: Path) -> None:
    """00:25–05:35 on the night the clocks go back counts the slot's 6 real hours, here and in the day view."""
    _print(ctx, tmp_path / "record.pdf")
    text = _text(tmp_path / "record.pdf")
    assert text.count("Sun 25/10/2026 00:25 05:35 6.00") == 2
    assert "Scheduled 35.00 h per learner" in text
    assert ctx.attendance.day(course["ids"]["Zoë Ødegård"], date(2026, 10, 25)).attendance.hours == 6.0


def test_correction_shows_both_values_and_the_reason(ctx: AppContext, course: dict[str, Any], tmp_path: Path) -> None:
    """The corrected check-in prints with its mark, the original and new times, the reason, who and when."""
    _print(ctx, tmp_path / "record.pdf")
    text = _text(tmp_path / "record.pdf")
    assert "Thu 22/10/2026 08:45* 16:31 7.00 corrected" in text
    assert "Correction: check-in 08:20 → check-in 08:45; reason: badge oublié au vestiaire (system:" in text
    assert "28/10/2026 10:00 CET)" in text
    days = {(p.name, d.day): d.flags for p in SessionRecordService(ctx.db, ctx.clock).record(SESSION).learners
            for d in p.days}  # fmt: skip
    zoe = "Zoë Ødegård"  # 08:45 is 15 minutes after the 08:30 slot: late (domain/attendance_flags.py); 08:20 is not
    assert [days[(zoe, date(2026, 10, d))] for d in (22, 23)] == [("corrected", "late"), ()]


def test_french_by_default_words(ctx: AppContext, course: dict[str, Any], tmp_path: Path) -> None:
    """In French: the title, weekdays, decimal commas, "Page 1 sur N"; stored text as stored."""
    done = _print(ctx, tmp_path / "fr.pdf", lang="fr")
    text = _text(tmp_path / "fr.pdf")
    assert "Relevé de présence de la session" in text and f"Page 1 sur {done['pages']}" in text
    assert "jeu. 22/10/2026 08:45* 16:31 7,00" in text and "dim. 25/10/2026 00:25 05:35 6,00" in text
    assert "badge oublié au vestiaire" in text and "Thị Ánh Nguyễn" in text


def test_verify_unchanged_then_changed_naming_the_learner(
    ctx: AppContext, clock: FixedClock, course: dict[str, Any], tmp_path: Path
) -> None:
    """``report verify`` says unchanged; after a correction made later through the service it says
    CHANGED, naming the learner and the day, and exits 1."""
    done = _print(ctx, tmp_path / "record.pdf")
    code = done["verification_code"]
    status, said = _verify(ctx, code)
    assert (
        status == 0 and f"Record {code} (session {SESSION}) is unchanged since printing on 29/10/2026 09:00 CET" in said
    )
    assert _verify(ctx, code.lower().replace("-", " "))[0] == 0  # as typed
    lukasz = course["ids"]["Łukasz Wiśniewski"]
    [out] = [e for e in ctx.attendance.day(lukasz, date(2026, 10, 23)).events if e.kind == "out"]
    clock.set(at(30, 14, 0))
    ctx.attendance.correct(ctx.system_actor(), out.id, kind="out", at=at(23, 15, 0), reason="parti chez le médecin")
    status, said = _verify(ctx, code)
    assert status == 1 and "CHANGED since printing on 29/10/2026 09:00 CET" in said
    assert "Łukasz Wiśniewski, 23/10/2026: attendance" in said and "Zoë" not in said
    status, document = _verify(ctx, f"APTASKIL-REC:{code}", as_json=True)
    changes = json.loads(document)["changes"]
    assert status == 1 and [(c["part"], c["name"], c["day"]) for c in changes] == [
        ("day", "Łukasz Wiśniewski", "2026-10-23")
    ]


def test_unknown_or_mistyped_code_is_a_clear_error(ctx: AppContext, course: dict[str, Any]) -> None:
    """A well-formed code never printed: "no printed record"; a typo: refused by the check symbol."""
    code = new_code()
    with pytest.raises(NotFound, match="No printed record"):
        _verify(ctx, grouped(code))
    typo = code[:3] + ("X" if code[3] != "X" else "Y") + code[4:]
    with pytest.raises(InvalidInput, match="not a verification code"):
        _verify(ctx, typo)
    assert parse_code(f" {grouped(code).lower()} ") == code


def test_printed_records_cannot_be_changed(ctx: AppContext, course: dict[str, Any], tmp_path: Path) -> None:
    """The database refuses to alter or remove a printed record; the audit trail names the printout."""
    _print(ctx, tmp_path / "record.pdf")
    for statement in ("UPDATE printed_record SET content_hash = 'x'", "DELETE FROM printed_record"):
        with pytest.raises(Exception, match="append-only"), ctx.db.engines.write.begin() as conn:
            conn.execute(text(statement))
    assert ctx.audit.verify(ctx.system_actor()).ok


def _render(pdf: Path, folder: Path, dpi: int) -> list[Image.Image]:
    folder.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "p")], check=True)
    return [Image.open(path) for path in sorted(folder.glob("p-*.png"))]


@needs_poppler
def test_qr_decodes_to_the_verification_code(ctx: AppContext, course: dict[str, Any], tmp_path: Path) -> None:
    """Page 1's QR code, as poppler renders it, reads ``APTASKIL-REC:<code>``; the renders are kept."""
    done = _print(ctx, tmp_path / "record.pdf", lang="fr")
    pages = _render(tmp_path / "record.pdf", tmp_path / "png", 150)
    formats = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.AllMatrix)
    found = [r.text for r in zxingcpp.read_barcodes(pages[0], formats=formats)]
    assert found == [f"APTASKIL-REC:{done['verification_code']}"]
    assert all(zxingcpp.read_barcodes(page, formats=formats) == [] for page in pages[1:])
    if ctx.db.dialect == "sqlite":
        ARTIFACTS.mkdir(exist_ok=True)
        for number, page in enumerate(_render(tmp_path / "record.pdf", tmp_path / "art", 100), start=1):
            page.save(ARTIFACTS / f"session-record-page{number}.png")
