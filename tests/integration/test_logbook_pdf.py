"""Equipment logbook PDFs on both databases, read back as an inspector would: the text extracted by
pypdf and poppler's ``pdftotext``, the page count by ``pdfinfo``, and the struck-through rows found
on the page as poppler's ``pdftoppm`` renders it; long logbooks drawn in several chunks."""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
from collections.abc import Callable, Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import insert

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import FixedClock, local
from aptaskil_desk.commands.output import Output
from aptaskil_desk.commands.reports import cmd_report_logbook
from aptaskil_desk.db.models import LogbookEntry
from aptaskil_desk.errors import Conflict, InvalidInput
from aptaskil_desk.i18n import Translator
from aptaskil_desk.reports.logbook import MARGIN, PAGE_HEIGHT, SIZE, TABLE_WIDTH, render_logbook
from aptaskil_desk.reports.logbook_data import load_extras
from aptaskil_desk.services.equipment import EntryInfo
from aptaskil_desk.services.people import NewLearner
from tests.conftest import IN_CI, T0

DPI = 100


@pytest.fixture
def lab(ctx: AppContext) -> dict[str, Any]:
    """A technician and an instructor with hard names, a learner, an autoclave in a clean room."""
    system = ctx.system_actor()
    ctx.centre.add_room(system, "SB-C1", "Salle blanche", "clean_room")
    tech = ctx.accounts.add_user(system, "tech", "Jean-François", "D'Hondt", ["technician"], "a long password")
    inst = ctx.accounts.add_user(system, "inst", "Marc", "Dubois", ["instructor"], "a long password")
    [learner] = ctx.people.add_learners(system, [NewLearner("Zoë", "Ødegård", "student")])
    t = tech.actor("T1")
    info = ctx.equipment.add(t, "AUT-01", "Autoclave Getinge", "autoclave", room_code="SB-C1",
                             serial_number="GE-123", calibration_interval_days=365,
                             required_phases=["IQ"])  # fmt: skip
    ctx.equipment.record(t, "AUT-01", "qualification", {"phase": "IQ", "result": "pass"})
    return {"tech": t, "inst": inst.actor("T1"), "learner": learner.id, "equipment_id": info.id}


def _report(
    ctx: AppContext, out: Path, lang: str = "en", start: str | None = None, end: str | None = None
) -> dict[str, Any]:
    """Run the command handler as `report logbook AUT-01 --out F --json` would; returns its JSON."""
    args = argparse.Namespace(code="AUT-01", out=str(out), from_date=start, to_date=end)
    stdout = io.StringIO()
    assert cmd_report_logbook(ctx, args, Output(Translator(lang), True, stdout, io.StringIO())) == 0
    document: dict[str, Any] = json.loads(stdout.getvalue())
    return document


def _text(pdf: Path) -> list[str]:
    """Each page's text, lines joined by spaces (a long name may wrap inside its cell)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def _story(ctx: AppContext, clock: FixedClock, lab: dict[str, Any]) -> dict[str, int]:
    """A cleaning corrected later, a use by the learner, a maintenance under an override."""
    inst, tech = lab["inst"], lab["tech"]
    clock.advance(timedelta(hours=1))
    wrong = ctx.equipment.record(inst, "AUT-01", "cleaning", {"agent": "éthanol 70 %"})
    clock.advance(timedelta(hours=1))
    other = ctx.equipment.record(inst, "AUT-01", "cleaning", {"agent": "Surfa'Safe"})
    ctx.equipment.authorise(inst, lab["learner"], "AUT-01", None)
    clock.advance(timedelta(hours=1))
    ctx.equipment.start_use(lab["learner"], "AUT-01", "K1", purpose="stérilisation milieux")
    clock.advance(timedelta(hours=1))
    ctx.equipment.stop_use(lab["learner"], "AUT-01", "K1", {"anomaly": "no"})
    clock.advance(timedelta(hours=1))
    ctx.equipment.record(tech, "AUT-01", "maintenance", {"work": "joint remplacé", "override_id": 7})
    clock.advance(timedelta(days=30))  # the correction comes a month later
    fix = ctx.equipment.correct(inst, wrong.id, {"agent": "isopropanol 70 %"}, "flacon mal étiqueté")
    return {"wrong": wrong.id, "other": other.id, "fix": fix.id}


def test_every_entry_correction_and_name_is_printed(
    ctx: AppContext, clock: FixedClock, lab: dict[str, Any], tmp_path: Path
) -> None:
    """Every entry, the original and its correction with the reason, names with diacritics, page x of y."""
    ids = _story(ctx, clock, lab)
    done = _report(ctx, tmp_path / "book.pdf")
    [text] = _text(tmp_path / "book.pdf")
    book = ctx.equipment.logbook("AUT-01")
    assert done["entries"] == len(book) == 7 and done["pages"] == 1
    for entry in book:
        assert f"{entry.id} {local(entry.at):%Y-%m-%d %H:%M}" in text
    assert "Agent: éthanol 70 %" in text and "Agent: isopropanol 70 %" in text
    assert f"Superseded by entry #{ids['fix']}: flacon mal étiqueté" in text
    assert f"Corrects #{ids['wrong']}: flacon mal étiqueté" in text
    assert "Jean-François D'Hondt" in text and "Zoë Ødegård" in text
    assert "Used under override #7" in text and "Purpose: stérilisation milieux" in text
    assert "GE-123" in text and "Page 1 of 1" in text and "(UTC+01:00)" in text


def test_french_words_and_page_numbers(ctx: AppContext, clock: FixedClock, lab: dict[str, Any], tmp_path: Path) -> None:
    """In French the kinds, statuses and "Page 1 sur N" are translated; the stored details are not."""
    _story(ctx, clock, lab)
    _report(ctx, tmp_path / "fr.pdf", lang="fr")
    [text] = _text(tmp_path / "fr.pdf")
    assert "Cahier de vie de l'équipement" in text and "Page 1 sur 1" in text
    assert "Nettoyage" in text and "Utilisation" in text and "Agent : éthanol 70 %" in text
    assert "Utilisé sous dérogation n° 7" in text and "IQ conforme" in text


def _baselines(pdf: Path, needle: str, page: int = 1) -> list[float]:
    """The baselines (points from the bottom) of the text runs of ``page`` containing ``needle``."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if needle in text:
            found.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    PdfReader(pdf).pages[page - 1].extract_text(visitor_text=visit)
    return found


def _struck(image: Image.Image, baseline: float) -> bool:
    """Whether a dark line runs across most of the table through the text on ``baseline``."""
    middle = round((PAGE_HEIGHT - baseline - 0.3 * SIZE) * DPI / 72)
    left, right = round(MARGIN * DPI / 72), round((MARGIN + TABLE_WIDTH) * DPI / 72)
    pixels = image.load()
    assert pixels is not None
    for y in range(middle - 2, middle + 3):
        run = best = 0
        for x in range(left, right):
            run = run + 1 if pixels[x, y] < 100 else 0  # type: ignore[operator]
            best = max(best, run)
        if best > 0.9 * (right - left):
            return True
    return False


@pytest.mark.skipif(shutil.which("pdftoppm") is None and not IN_CI, reason="poppler-utils (pdftoppm) is not installed")
def test_superseded_entry_is_visibly_struck(
    ctx: AppContext, clock: FixedClock, lab: dict[str, Any], tmp_path: Path
) -> None:
    """On the rendered page a dark line crosses the superseded row, and no other row."""
    _story(ctx, clock, lab)
    pdf = tmp_path / "book.pdf"
    _report(ctx, pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
                   check=True)  # fmt: skip
    [png] = tmp_path.glob("p*.pgm")
    image = Image.open(png).convert("L")
    [original] = _baselines(pdf, "éthanol")
    [correction] = _baselines(pdf, "isopropanol")
    [other] = _baselines(pdf, "Surfa'Safe")
    assert _struck(image, original)
    assert not _struck(image, correction) and not _struck(image, other)


def test_period_selects_entries(ctx: AppContext, clock: FixedClock, lab: dict[str, Any], tmp_path: Path) -> None:
    """--from/--to keep the entries of those Brussels days only, both days included."""
    for day in range(5):  # 2026-11-26 … 2026-11-30 at 00:30 Brussels: the UTC date is the day before
        clock.set(T0.replace(hour=23, minute=30) + timedelta(days=day))
        ctx.equipment.record(lab["inst"], "AUT-01", "cleaning", {"agent": f"day {day}"})
    done = _report(ctx, tmp_path / "p.pdf", start="2026-11-27", end="2026-11-28")
    [text] = _text(tmp_path / "p.pdf")
    assert done["entries"] == 2 and "2026-11-27 to 2026-11-28" in text
    assert "day 1" in text and "day 2" in text
    assert not any(f"day {d}" in text for d in (0, 3, 4)) and "Qualification" not in text.split("Recorded by")[1]
    _report(ctx, tmp_path / "none.pdf", start="2027-01-01")
    assert "No entries in this period." in _text(tmp_path / "none.pdf")[0]
    with pytest.raises(InvalidInput):
        _report(ctx, tmp_path / "bad.pdf", start="2026-11-28", end="2026-11-27")
    assert not (tmp_path / "bad.pdf").exists()


def test_thousands_of_entries_make_many_numbered_pages(ctx: AppContext, lab: dict[str, Any], tmp_path: Path) -> None:
    """3,000 entries come out in order, none lost, over many pages each saying "Page k of N"."""
    rows = [
        {"equipment_id": lab["equipment_id"], "kind": "cleaning", "at": T0 + timedelta(hours=1, minutes=n),
         "person_id": lab["learner"], "details": json.dumps({"agent": f"lot {n:04d}"}), "terminal": "T1",
         "recorded_at": T0 + timedelta(hours=1, minutes=n), "recorded_by": "inst"}
        for n in range(3000)
    ]  # fmt: skip
    with ctx.db.engines.write.begin() as conn:  # history in bulk: the printout is what is tested
        conn.execute(insert(LogbookEntry), rows)
    done = _report(ctx, tmp_path / "big.pdf")
    pages = _text(tmp_path / "big.pdf")
    assert done["entries"] == 3001 and done["pages"] == len(pages) > 20
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    lots = [int(chunk[:4]) for page in pages for chunk in page.split("Agent: lot ")[1:]]
    assert lots == list(range(3000))
    assert all("Zoë Ødegård" in page for page in pages)


def test_report_logbook_from_the_command_line(ctx, capsys, tmp_path) -> None:
    """`report logbook EQUIP --out F.pdf --json` writes the PDF and says how many pages."""
    import json

    from aptaskil_desk.cli import main

    tech = ctx.accounts.add_user(ctx.system_actor(), "tech", "Jean", "Claes", ["technician"], "a long password")
    ctx.equipment.add(tech.actor("T"), "BAL-09", "Balance", "balance")
    ctx.equipment.record(tech.actor("T"), "BAL-09", "cleaning", {"agent": "éthanol 70 %"})
    out = tmp_path / "logbook.pdf"
    code = main(
        ["--db", ctx.settings.database, "--lang", "en", "report", "logbook", "BAL-09", "--out", str(out), "--json"]
    )
    assert code == 0 and json.loads(capsys.readouterr().out)["pages"] == 1
    assert out.read_bytes().startswith(b"%PDF")


Batches = Callable[[], Iterable[list[EntryInfo]]]


def _render(
    ctx: AppContext, out: Path, *, chunk_pages: int, batches: Batches | None = None, progress: Any = None
) -> int:
    """``render_logbook`` as ``report logbook`` calls it, in English, with a chosen chunk size."""
    info = ctx.equipment.get("AUT-01")
    extras = ctx.db.run_read(lambda s: load_extras(s, info.id))
    return render_logbook(
        info, batches or (lambda: ctx.equipment.logbook_batches("AUT-01", batch=50)), out, tr=Translator("en"),
        centre_name="Centre CQ", generated_at=ctx.clock.now(), period=(None, None), people=extras.people,
        superseded=extras.superseded, progress=progress, chunk_pages=chunk_pages,
    )  # fmt: skip


def _poppler(*command: str) -> str:
    """Run a poppler tool; it must succeed without a single complaint on stderr."""
    done = subprocess.run(command, capture_output=True, check=True)
    assert done.stderr == b"", done.stderr
    return done.stdout.decode("utf-8")


def _history(ctx: AppContext, lab: dict[str, Any], count: int) -> None:
    """``count`` cleanings in bulk, a few days before the story (so that the story ends the logbook)."""
    start = T0 - timedelta(days=5)
    rows = [
        {"equipment_id": lab["equipment_id"], "kind": "cleaning", "at": start + timedelta(minutes=n),
         "person_id": lab["learner"], "details": json.dumps({"agent": f"lot {n:04d}"}), "terminal": "T1",
         "recorded_at": start + timedelta(minutes=n), "recorded_by": "inst"}
        for n in range(count)
    ]  # fmt: skip
    with ctx.db.engines.write.begin() as conn:
        conn.execute(insert(LogbookEntry), rows)


@pytest.mark.skipif(shutil.which("pdfinfo") is None and not IN_CI, reason="poppler-utils is not installed")
def test_a_logbook_drawn_in_chunks_reads_as_one_document(
    ctx: AppContext, clock: FixedClock, lab: dict[str, Any], tmp_path: Path
) -> None:
    """Drawn 3 pages at a time, the logbook is one valid PDF: the page count pdfinfo reads, "Page k
    of N" on the first, a middle and the last page, every entry in order, the same text page for
    page as in one piece, the correction, its reason and the override mark, the struck row visible."""
    _history(ctx, lab, 500)
    ids = _story(ctx, clock, lab)
    done: list[int] = []
    pdf = tmp_path / "chunked.pdf"
    pages = _render(ctx, pdf, chunk_pages=3, progress=done.append)
    assert pages > 9  # four chunks or more
    assert f"Pages:           {pages}\n" in _poppler("pdfinfo", str(pdf))
    for number in (1, pages // 2, pages):
        text = _poppler("pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-")
        assert f"Page {number} of {pages}" in text
    assert done == sorted(done) and done[-1] == len(ctx.equipment.logbook("AUT-01")) and len(done) > 5  # each batch
    _render(ctx, tmp_path / "whole.pdf", chunk_pages=10_000)
    assert _poppler("pdftotext", str(pdf), "-") == _poppler("pdftotext", str(tmp_path / "whole.pdf"), "-")
    texts = _text(pdf)
    lots = [int(chunk[:4]) for page in texts for chunk in page.split("Agent: lot ")[1:]]
    assert lots == list(range(500))
    last = texts[-1]
    assert f"Superseded by entry #{ids['fix']}: flacon mal étiqueté" in last
    assert f"Corrects #{ids['wrong']}: flacon mal étiqueté" in last and "Used under override #7" in last
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-f", str(pages), "-l", str(pages), str(pdf),
                    str(tmp_path / "last")], check=True)  # fmt: skip
    [png] = tmp_path.glob("last*.pgm")
    image = Image.open(png).convert("L")
    [original] = _baselines(pdf, "éthanol", pages)
    [correction] = _baselines(pdf, "isopropanol", pages)
    assert _struck(image, original) and not _struck(image, correction)


def test_same_inputs_make_the_same_bytes(
    ctx: AppContext, clock: FixedClock, lab: dict[str, Any], tmp_path: Path
) -> None:
    """Two renders of the same logbook at the same generation time are byte for byte identical."""
    _history(ctx, lab, 150)
    _story(ctx, clock, lab)
    _render(ctx, tmp_path / "a.pdf", chunk_pages=2)
    _render(ctx, tmp_path / "b.pdf", chunk_pages=2)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_an_entry_recorded_between_the_readings_is_left_out(
    ctx: AppContext, clock: FixedClock, lab: dict[str, Any], tmp_path: Path
) -> None:
    """A cleaning recorded after the pages were counted is not drawn: the count and the pages stay right."""
    _history(ctx, lab, 120)
    readings = 0

    def batches() -> Iterable[list[EntryInfo]]:
        nonlocal readings
        readings += 1
        if readings == 2:
            clock.advance(timedelta(hours=1))
            ctx.equipment.record(lab["inst"], "AUT-01", "cleaning", {"agent": "arrived late"})
        return ctx.equipment.logbook_batches("AUT-01", batch=50)

    done: list[int] = []
    pdf = tmp_path / "book.pdf"
    pages = _render(ctx, pdf, chunk_pages=2, batches=batches, progress=done.append)
    texts = _text(pdf)
    assert readings == 2 and done[-1] == 121 and len(texts) == pages
    assert all("arrived late" not in page for page in texts) and f"Page {pages} of {pages}" in texts[-1]


def test_readings_that_disagree_write_nothing(ctx: AppContext, lab: dict[str, Any], tmp_path: Path) -> None:
    """If the second reading lacks an entry the first had, the report fails and leaves no file behind."""
    _history(ctx, lab, 120)
    entries = ctx.equipment.logbook("AUT-01")
    readings = [[entries], [entries[:60] + entries[61:]]]
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Conflict):
        _render(ctx, folder / "book.pdf", chunk_pages=2, batches=lambda: readings.pop(0))
    assert readings == [] and list(folder.iterdir()) == []


def test_calibration_and_qualification_details_are_labelled(
    ctx: AppContext, clock: FixedClock, lab: dict[str, Any], tmp_path: Path
) -> None:
    """Who calibrated, the certificate, the remarks and a qualification's reference print with their
    labels in French; a failed calibration prints no new due date."""
    tech = lab["tech"]
    clock.advance(timedelta(hours=1))
    ctx.equipment.record(tech, "AUT-01", "calibration", {
        "performed_by": "Metrologic SA", "certificate": "CERT-2026-114", "result": "pass",
        "remarks": "sonde 2 remplacée",
    })  # fmt: skip
    clock.advance(timedelta(hours=1))
    ctx.equipment.record(tech, "AUT-01", "calibration", {"performed_by": "Metrologic SA", "result": "fail"})
    ctx.equipment.record(tech, "AUT-01", "qualification", {"phase": "OQ", "result": "pass", "reference": "OQ-AUT-7"})
    _report(ctx, tmp_path / "cal.pdf", lang="fr")
    [text] = _text(tmp_path / "cal.pdf")
    assert "Réalisé par : Metrologic SA" in text and "Certificat : CERT-2026-114" in text
    assert "Remarques : sonde 2 remplacée" in text and "Référence : OQ-AUT-7" in text
    assert text.count("Nouvelle échéance") == 1  # only the passed calibration moved the due date
