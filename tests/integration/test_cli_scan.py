"""`scan`, `badges`, `people list` and `attendance` from the command line, as an operator uses them."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from aptaskil_desk.app import AppContext
from aptaskil_desk.cli import main
from aptaskil_desk.clock import FixedClock
from aptaskil_desk.services.people import NewLearner
from tests.conftest import T0


def cli(ctx: AppContext, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(["--db", ctx.settings.database, "--lang", "en", *argv, "--json"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else {}, captured.err


def test_scan_json_contract(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    """`scan PAYLOAD --terminal NAME --json` prints the documented fields; a refusal exits 1."""
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB", "Labo", "laboratory")
    ctx.centre.register_terminal(actor, "K1", "LAB")
    [zoe] = ctx.people.add_learners(actor, [NewLearner("Zoë", "Ødegård", "student")])
    code, issued, _ = cli(ctx, capsys, "badges", "issue", str(zoe.id))
    assert code == 0
    badge = issued[0]["code"]
    code, doc, _ = cli(ctx, capsys, "scan", badge, "--terminal", "K1")
    assert code == 0 and isinstance(doc, dict)
    assert set(doc) >= {"result", "reason", "person", "session", "at"}
    assert doc["result"] == "checked_in" and doc["person"] == {"id": zoe.id, "name": "Zoë Ødegård"}
    assert doc["session"] is None and doc["reason"] == "unscheduled"
    assert doc["at"].endswith("+01:00")  # ISO 8601 with the Brussels offset (November)
    code, doc, _ = cli(ctx, capsys, "scan", "NOT-A-BADGE", "--terminal", "K1")
    assert code == 1 and doc["result"] == "refused" and doc["reason"] == "unreadable"


def test_human_scan_output_in_french(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --json the decision is a sentence in the chosen language."""
    actor = ctx.system_actor()
    [person] = ctx.people.add_learners(actor, [NewLearner("Şükrü", "Yılmaz", "worker")])
    [badge] = ctx.badges.issue(actor, [person.id])
    assert main(["--db", ctx.settings.database, "--lang", "fr", "scan", badge.code, "--terminal", "K9"]) == 0
    assert "Şükrü Yılmaz : entrée enregistrée à" in capsys.readouterr().out


def test_revoke_then_scan_is_refused(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    """`badges revoke ID --reason` makes the old code refused with 'see reception'."""
    actor = ctx.system_actor()
    [person] = ctx.people.add_learners(actor, [NewLearner("Noël", "Piérard", "teacher")])
    [badge] = ctx.badges.issue(actor, [person.id])
    code, _, _ = cli(ctx, capsys, "badges", "revoke", str(person.id), "--reason", "lost")
    assert code == 0
    code, doc, _ = cli(ctx, capsys, "scan", badge.code, "--terminal", "K1")
    assert code == 1 and doc["reason"] == "revoked"
    assert main(["--db", ctx.settings.database, "--lang", "fr", "scan", badge.code]) == 1
    assert "passez à l'accueil" in capsys.readouterr().out


def test_attendance_day_and_correct(ctx: AppContext, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
    """`attendance day` lists events and hours; `attendance correct` supersedes with a reason."""
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB", "Labo", "laboratory")
    ctx.centre.register_terminal(actor, "K1", "LAB")
    [p] = ctx.people.add_learners(actor, [NewLearner("Anna", "Maes", "worker")])
    ctx.centre.add_course(actor, "C", "Cours", "qc_lab_technician")
    start = T0.replace(hour=7, minute=30)
    ctx.centre.add_session(actor, "C-1", "C", "LAB", [(start, start + timedelta(hours=4))], learner_ids=[p.id])
    [badge] = ctx.badges.issue(actor, [p.id])
    ctx.scan.scan(badge.code, "K1")
    clock.advance(timedelta(hours=1))
    ctx.scan.scan(badge.code, "K1")
    code, doc, _ = cli(ctx, capsys, "attendance", "day", str(p.id), "--date", "2026-11-25")
    assert code == 0 and isinstance(doc, dict) and doc["hours"] == 1.0 and len(doc["events"]) == 2
    out_id = doc["events"][1]["id"]
    code, _, _ = cli(ctx, capsys, "attendance", "correct", str(out_id), "--kind", "out", "--at", "2026-11-25T11:15",
                     "--reason", "forgot to scan out")  # fmt: skip
    assert code == 0
    code, doc, _ = cli(ctx, capsys, "attendance", "day", str(p.id), "--date", "2026-11-25")
    assert doc["hours"] == 2.0 and len(doc["events"]) == 3


def test_people_list_in_reader_order(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    """`people list --json` lists learners alphabetically, diacritics folded."""
    ctx.people.add_learners(
        ctx.system_actor(), [NewLearner("Z", "Zoller", "worker"), NewLearner("O", "Ødegård", "worker")]
    )
    code, doc, _ = cli(ctx, capsys, "people", "list")
    assert code == 0 and [p["family_name"] for p in doc] == ["Ødegård", "Zoller"]


def test_badges_print_cli_issues_and_writes_a_pdf(
    ctx: AppContext, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    """`badges print --course CODE --layout sheet` issues missing badges and writes the PDF."""
    from pypdf import PdfReader

    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB", "Labo", "laboratory")
    people = ctx.people.add_learners(
        actor, [NewLearner("Zoë", "Ødegård", "student"), NewLearner("Ewa", "Łuczak", "worker")]
    )
    ctx.centre.add_course(actor, "TLCQ", "Technicien CQ", "qc_lab_technician")
    start = T0.replace(hour=7)
    ctx.centre.add_session(actor, "TLCQ-1", "TLCQ", "LAB", [(start, start + timedelta(hours=2))],
                           learner_ids=[p.id for p in people])  # fmt: skip
    out = tmp_path / "badges.pdf"
    code, doc, _ = cli(ctx, capsys, "badges", "print", "--course", "TLCQ", "--layout", "sheet", "--out", str(out))
    assert code == 0 and doc["badges"] == 2 and doc["pages"] == 1
    text = PdfReader(out).pages[0].extract_text()
    assert "Łuczak" in text and "Ødegård" in text
    code, _, err = cli(ctx, capsys, "badges", "print", "--out", str(out))
    assert code == 2 and "--person, --course or --all" in err


def test_unwritable_output_is_a_clear_error(ctx: AppContext, capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    """Printing into a folder that does not exist exits 2 and names the file."""
    [p] = ctx.people.add_learners(ctx.system_actor(), [NewLearner("Anna", "Maes", "worker")])
    target = tmp_path / "missing" / "b.pdf"
    code = main(
        ["--db", ctx.settings.database, "--lang", "en", "badges", "print", "--person", str(p.id), "--out", str(target)]
    )
    assert code == 2 and "Cannot use the file" in capsys.readouterr().err


def test_people_import_cli(ctx: AppContext, capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    """`people import` imports a French Excel CSV, and a file with bad rows exits 2 naming each line."""
    good = tmp_path / "good.csv"
    good.write_bytes("Nom;Prénom;Catégorie;Référence\r\nDupont;Élodie;travailleur;R1\r\nNoël;François;étudiant;R2\r\n"
                     .encode("cp1252"))  # fmt: skip
    code, doc, _ = cli(ctx, capsys, "people", "import", str(good))
    assert code == 0 and doc["created"] == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("nom,prénom,catégorie,référence\nA,B,astronaut,R3\nC,D,worker,\n", encoding="utf-8")
    code = main(["--db", ctx.settings.database, "--lang", "en", "people", "import", str(bad)])
    err = capsys.readouterr().err
    assert code == 2 and "bad.csv:2" in err and "bad.csv:3" in err and "Nothing was imported" in err
    assert len(ctx.people.list_learners()) == 2
