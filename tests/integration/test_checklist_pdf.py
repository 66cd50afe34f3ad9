"""Checklist records as PDFs on both databases, read back as an inspector would: the text extracted by
pypdf (as the logbook tests read it), word positions from poppler's ``pdftotext -bbox``, pictures of
pages by ``pdftoppm`` into ``test-artifacts/``.

The record is a BAL-USP41 routine check executed through the services, its weighings read live from
the simulated MT-SICS balance: a failed step with its deviation and closure, corrected values, a
rejection, then executed (tech1), reviewed (tech2) and approved (qa1) signatures."""

from __future__ import annotations

import argparse
import ast
import io
import json
import re
import shutil
import string
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import FixedClock
from aptaskil_desk.commands.output import Output
from aptaskil_desk.commands.reports import cmd_report_checklist
from aptaskil_desk.domain.signatures import signature_problems
from aptaskil_desk.errors import NotFound
from aptaskil_desk.i18n import Translator, catalogue
from aptaskil_desk.instruments.drivers.mtsics import MtSicsBalance
from aptaskil_desk.instruments.simulators.mtsics import MtSicsSimulator
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.reports import checklist, checklist_flow, checklist_layout, checklist_words
from aptaskil_desk.reports.checklist import render_checklist
from aptaskil_desk.reports.checklist_flow import BOTTOM, MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from aptaskil_desk.services.checklist_rows import RunDetail
from aptaskil_desk.services.checklist_runs import DeviationInput, LiveReading
from aptaskil_desk.services.people import NewLearner
from tests.checklist_setup import PASSWORD, checklist_world
from tests.conftest import IN_CI

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
LINE = replace(MtSicsBalance.line.with_line("9600,8N1"), timeout=0.5)
POPPLER = shutil.which("pdftoppm") is not None and shutil.which("pdftotext") is not None
needs_poppler = pytest.mark.skipif(not POPPLER and not IN_CI, reason="poppler-utils is not installed")

#: Brussels times of the signatures (UTC + 1 in November).
EXECUTED_FIRST = datetime(2026, 11, 26, 10, 2, tzinfo=UTC)  # 26/11/2026 11:02 CET
REJECTED = datetime(2026, 11, 26, 13, 45, tzinfo=UTC)  # 14:45 CET
EXECUTED = datetime(2026, 11, 26, 15, 10, tzinfo=UTC)  # 16:10 CET
REVIEWED = datetime(2026, 11, 27, 8, 30, tzinfo=UTC)  # 27/11/2026 09:30 CET
APPROVED = datetime(2026, 11, 27, 13, 3, tzinfo=UTC)  # 27/11/2026 14:03 CET

WEIGHINGS = ["20.01", "20.00", "20.05", "19.99", "20.01", "20.00", "20.02", "19.99", "20.00", "20.01"]
TEST_WEIGHTS = "Poids E2 20 g W-2041 et 200 g W-2042"
DEVIATION = DeviationInput(
    "repeatability_result",
    "Répétabilité 0,12 % au-delà de 0,10 %.",
    "Pesées sous 100 mg suspendues.",
    "Remise à niveau, ajustage, série refaite.",
)
RESOLUTION = "Série refaite : 0,06 %, conforme."


@contextmanager
def simulated_balance(clock: FixedClock) -> Iterator[tuple[MtSicsSimulator, MtSicsBalance]]:
    """A simulated balance on a pseudo-terminal and the MT-SICS driver connected to it (stamped by ``clock``)."""
    sim = MtSicsSimulator()
    with sim:
        driver = MtSicsBalance(Transport(sim.port, LINE), clock, settle_timeout=3.0)
        try:
            driver.connect()
            yield sim, driver
        finally:
            driver.close()


def reading_id(n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"aptaskil-test-weighing-{n}"))


def weigh(sim: MtSicsSimulator, driver: MtSicsBalance, grams: str, n: int) -> LiveReading:
    """What is on the pan, read stable from the balance as the runner does."""
    sim.set_value(grams)
    return LiveReading("BAL-01", driver.read_stable(), reading_id(n))


def executed_run(ctx: AppContext, clock: FixedClock) -> str:
    """A BAL-USP41 check executed, rejected once, executed again, reviewed and approved; its record id."""
    world = checklist_world(ctx)
    tech = world.actor("tech1")
    runs = ctx.checklist_runs
    rid = runs.start(tech, "BAL-USP41", "BAL-01").info.id

    def enter(step: str, answer: Any, reason: str = "") -> None:
        clock.advance(timedelta(minutes=3))
        runs.enter(tech, rid, step, answer, reason=reason)

    for step in ("level", "clean", "warm_up", "internal_adjustment"):
        enter(step, True)
    enter("test_weights", TEST_WEIGHTS)
    enter("room_temperature", Decimal("21.5"))
    enter("room_temperature", Decimal("20.8"), "Lu sur le mauvais thermomètre")
    with simulated_balance(ctx.clock) as (sim, driver):  # type: ignore[arg-type]
        for n, grams in enumerate(WEIGHINGS, start=1):
            enter(f"weighing_{n:02d}", weigh(sim, driver, grams, n))
        enter("weighing_03", weigh(sim, driver, "20.00", 11), "Poids posé hors du centre")
        enter("repeatability_result", Decimal("0.12"))
        enter("accuracy_weighing", weigh(sim, driver, "200.01", 12))
    enter("logbook", True)
    clock.advance(timedelta(minutes=5))
    runs.raise_deviation(tech, rid, DEVIATION)
    clock.advance(timedelta(minutes=20))
    runs.close_deviation(tech, rid, 1, RESOLUTION)
    for at, login, meaning, reason in (
        (EXECUTED_FIRST, "tech1", "executed", ""),
        (REJECTED, "tech2", "rejected", "Joindre le n° de certificat des poids"),
        (EXECUTED, "tech1", "executed", ""),
        (REVIEWED, "tech2", "reviewed", ""),
        (APPROVED, "qa1", "approved", ""),
    ):
        if login == "tech1" and at == EXECUTED:  # the correction the rejection asked for
            clock.set(at - timedelta(minutes=10))
            runs.enter(tech, rid, "test_weights", TEST_WEIGHTS + ", certificat C-118", reason="Demandé à la revue")
        clock.set(at)
        runs.sign(login, PASSWORD, rid, meaning, terminal=ctx.terminal, reason=reason)
    return rid


def report(ctx: AppContext, record_id: str, out: Path, lang: str = "en") -> dict[str, Any]:
    """Run the handler as `report checklist ID --out F --json` would; returns its JSON."""
    stdout = io.StringIO()
    args = argparse.Namespace(record_id=record_id, out=str(out))
    assert cmd_report_checklist(ctx, args, Output(Translator(lang), True, stdout, io.StringIO())) == 0
    document: dict[str, Any] = json.loads(stdout.getvalue())
    return document


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, lines joined by single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def ordered(text: str, *phrases: str) -> bool:
    """Whether the words of ``phrases`` appear in ``text`` in this order (a cell's lines may be
    interleaved with its neighbours' in the extracted text)."""
    words = [re.escape(w) for phrase in phrases for w in phrase.split()]
    return re.search(r"(?:^|\s)" + r"\s(?:.*?\s)?".join(words) + r"(?:\s|$)", text) is not None


def artifact(pdf: Path, page: int, name: str) -> Path:
    """Page ``page`` of ``pdf`` as ``test-artifacts/checklist-pdf-NAME.png``."""
    ARTIFACTS.mkdir(exist_ok=True)
    stem = ARTIFACTS / f"checklist-pdf-{name}"
    subprocess.run(["pdftoppm", "-r", "90", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
                    str(stem)], check=True)  # fmt: skip
    return stem.with_suffix(".png")


def words_outside_the_frame(pdf: Path) -> list[str]:
    """Words that poppler finds beyond the margins or between the last row and the footer line."""
    done = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True, text=True)
    bad: list[str] = []
    for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<',
                             done.stdout):  # fmt: skip
        x0, y0, x1, y1 = (float(match.group(n)) for n in range(1, 5))
        footer = y0 > PAGE_HEIGHT - BOTTOM + 3  # the footer's line (under the rows' bottom)
        inside_rows = y1 <= PAGE_HEIGHT - BOTTOM + 1.5 and y0 >= MARGIN - 1
        if x0 < MARGIN - 1 or x1 > PAGE_WIDTH - MARGIN + 1 or not (footer or inside_rows):
            bad.append(f"{match.group(5)}@({x0:.0f},{y0:.0f},{x1:.0f},{y1:.0f})")
    return bad


def test_the_executed_protocol_is_printed_whole(ctx: AppContext, clock: FixedClock, tmp_path: Path) -> None:
    """Every value with its unit and verdict, who entered it and when; the instrument evidence; the
    corrections under their banner; the deviation and its closure; each signature's printed name,
    Brussels date and time with the zone, and meaning; "Page x of N" on every page."""
    rid = executed_run(ctx, clock)
    detail = ctx.checklist_runs.run(rid)
    assert detail.info.state.value == "approved" and detail.problems == ()
    pdf = tmp_path / "record.pdf"
    clock.set(datetime(2026, 11, 27, 15, 30, tzinfo=UTC))
    done = report(ctx, rid, pdf)
    pages = page_texts(pdf)
    text = " ".join(pages)
    assert done["pages"] == len(pages) >= 2 and done["record"] == rid and done["changed_after_first_entry"]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page and rid in page
        assert "Generated on 27/11/2026 16:30 CET" in page
    # identity
    assert "Checklist record" in text and "Centre de compétences" in text
    assert "BAL-USP41, version 1" in text and "BAL-01 — Balance analytique XS205" in text
    assert "Analytical balance — routine check (USP <41>)" in text and "routine check" in text
    assert "State Approved" in text and "Training No" in text
    # every value, its verdict and who entered it
    for n, grams in enumerate(WEIGHINGS, start=1):
        if n != 3:
            assert f"{grams} g" in text, grams
    assert "20.8 °C" in text and "0.12 %" in text and "200.01 g" in text and "C-118" in text
    assert text.count("Amélie Technicienne") >= 20
    assert "Failed" in text and "Passed" in text and "Not evaluated" in text
    assert "20.0000 ± 0.0200 g" in text and "≤ 0.10 %" in text and "0.12 % Failed Amélie Technicienne" in text
    # instrument evidence, the raw reply byte for byte
    assert "Instrument BAL-01 — Balance XS205, serial number B021002593, calibration due 23/02/2027." in text
    for n in range(1, 13):  # the third weighing's first reading with the correction that replaced it
        assert reading_id(n) in text, n
    assert "Evidence of the old value:" in text
    raw = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    for entry in detail.execution.entries:
        evidence = detail.evidence(entry)
        if evidence.get("raw_hex"):
            reply = bytes.fromhex(evidence["raw_hex"]).decode("ascii")
            assert reply.startswith("S S ") and reply.replace("\r\n", "\\r\\n") in raw
    assert "stable; reported by XS205 s/n B021002593" in text
    # corrections
    assert "CHANGED AFTER FIRST ENTRY" in text and "3 values were entered again" in text
    assert ordered(text, "1.6 21.5 °C 20.8 °C Lu sur le mauvais thermomètre Amélie Technicienne",
                   "room_temperature (Not evaluated) (Not evaluated) 25/11/2026 09:36 CET")  # fmt: skip
    assert ordered(text, "2.3 20.05 g 20.00 g Poids posé hors du centre Amélie Technicienne",
                   "weighing_03 (Failed) (Passed) 25/11/2026 10:09 CET", "Evidence of the old value:",
                   f"Reading {reading_id(3)} of 25/11/2026 09:42 CET: 20.05 g, stable")  # fmt: skip
    assert "corrected — version 2" in text
    # the deviation, raised and closed
    assert ordered(text, "1 2.11 Description: " + DEVIATION.description)
    assert ordered(text, "Description: Répétabilité", "Amélie Technicienne Closed", "25/11/2026 10:23 CET")
    assert ordered(text, "Impact: " + DEVIATION.impact) and ordered(text, "Action: " + DEVIATION.action)
    assert ordered(text, "Closed " + RESOLUTION, "Amélie Technicienne 25/11/2026 10:43 CET")
    assert "Deviation 1 raised on this step (closed): see Deviations." in text and "OPEN" not in text
    # the signatures: meaning, printed name, Brussels date and time with the zone
    signatures = pages[-1]
    for meaning, name, when in (
        ("Executed", "Amélie Technicienne", "26/11/2026 11:02 CET"),
        ("Rejected", "Bruno Technicien", "26/11/2026 14:45 CET"),
        ("Executed", "Amélie Technicienne", "26/11/2026 16:10 CET"),
        ("Reviewed", "Bruno Technicien", "27/11/2026 09:30 CET"),
        ("Approved", "Quentin Qualité", "27/11/2026 14:03 CET"),
    ):
        assert f"{meaning} {name} {when}" in signatures, (meaning, name, when)
    assert "Reason for the rejection: Joindre le n° de certificat des poids" in signatures
    for signature in detail.execution.signatures:
        assert signature.hash in signatures.replace(" ", "")
    assert "WARNING" not in text and words_outside_the_frame(pdf) == [] and "Entered by Generated on" not in text
    if POPPLER:
        artifact(pdf, 1, "approved-page1")
        artifact(pdf, len(pages), "approved-signatures")


def test_french_words_and_byte_identical_output(ctx: AppContext, clock: FixedClock, tmp_path: Path) -> None:
    """In French: meanings, verdicts, instructions and "Page 1 sur N"; the same record at the same time gives the same
    bytes; the document's date is the generation time."""
    rid = executed_run(ctx, clock)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    report(ctx, rid, first, lang="fr")
    report(ctx, rid, second, lang="fr")
    assert first.read_bytes() == second.read_bytes()
    text = " ".join(page_texts(first))
    assert "Page 1 sur" in text and "Approuvé Quentin Qualité 27/11/2026 14:03 CET" in text
    assert "Saisi par Généré le" not in text  # no page ends with a section's title and headings alone
    assert "Exécuté" in text and "Vérifié" in text and "Rejeté" in text and "Non conforme" in text
    assert "Pesée 1 sur 10" in text  # the instruction in the report's language
    reader = PdfReader(first)
    assert reader.metadata is not None and reader.metadata.get("/CreationDate") == "D:20261127130300+00'00'"
    if POPPLER:
        artifact(first, 1, "fr-page1")
        artifact(first, len(reader.pages), "fr-signatures")


def test_training_is_marked_on_every_page_and_missing_values_show(
    ctx: AppContext, clock: FixedClock, tmp_path: Path
) -> None:
    """A training run in progress: the training band and mark on every page, the learner who practised and
    the supervisor in the header, steps without a value said so, not signed yet."""
    world = checklist_world(ctx)
    tech = world.actor("tech1")
    (zoe,) = ctx.people.add_learners(ctx.system_actor(), [NewLearner("Zoë", "Ødegård-Wiśniewska", "student",
                                                                     external_ref="L-2026-042")])  # fmt: skip
    rid = ctx.checklist_runs.start(tech, "BAL-USP41", "BAL-01", training=True, trainee_person_id=zoe.id).info.id
    ctx.checklist_runs.enter(tech, rid, "level", True)
    ctx.checklist_runs.enter(tech, rid, "clean", False)
    pdf = tmp_path / "training.pdf"
    done = report(ctx, rid, pdf)
    pages = page_texts(pdf)
    assert done["training"] and len(pages) >= 2
    for page in pages:
        assert "TRAINING — practice record: not a GMP record" in page and page.count("TRAINING") >= 2
    text = " ".join(pages)
    assert "Training Yes — not a GMP record" in text and "State In progress" in text
    assert ("Training — practised by Zoë Ødegård-Wiśniewska (L-2026-042), supervised by Amélie Technicienne"
            in pages[0])  # fmt: skip
    assert text.count("No value entered") == 17 and "Not signed yet." in text and "No deviation was raised." in text
    assert "No Failed" in text  # the unconfirmed check
    if POPPLER:
        artifact(pdf, 1, "training-page1")


def test_a_signature_that_no_longer_matches_is_printed_as_such(
    ctx: AppContext, clock: FixedClock, tmp_path: Path
) -> None:
    """A record whose signed value was changed afterwards: a warning at the top naming the signatures,
    and each of them marked."""
    rid = executed_run(ctx, clock)
    detail = ctx.checklist_runs.run(rid)
    ex = detail.execution
    entries = tuple(replace(e, value="0.08") if e.step_id == "repeatability_result" else e for e in ex.entries)
    forged = replace(ex, entries=entries)
    tampered = RunDetail(detail.info, detail.template, forged, signature_problems(forged))
    assert tampered.problems
    pdf = tmp_path / "forged.pdf"
    render_checklist(tampered, pdf, tr=Translator("en"), centre_name="Centre CQ", generated_at=clock.now())
    pages = page_texts(pdf)
    assert "WARNING — signature verification failed" in pages[0]
    assert "No longer matches the record: the signature “Approved” of Quentin Qualité" in pages[0]
    assert " ".join(pages).count("This signature no longer matches the record.") == len(tampered.problems)
    if POPPLER:
        artifact(pdf, 1, "forged-page1")


LONG_TEMPLATE = """code = "LONG-TXT"
version = 1
phase = "routine"
equipment_type = "balance"
title = {{ fr = "Liste longue", en = "Long list", nl = "Lange lijst" }}
{sections}"""
SECTION = """
[[sections]]
id = "s{s}"
title = {{ fr = "Partie {s}", en = "Part {s}", nl = "Deel {s}" }}
{steps}"""
STEP = """
[[sections.steps]]
id = "{id}"
kind = "{kind}"
instruction.fr = "Étape {id} : vérifier le point {id} et consigner le résultat observé sur la fiche."
instruction.en = "Step {id}: check point {id} and record the result seen on the sheet."
instruction.nl = "Stap {id}: controleer punt {id} en noteer het resultaat op het blad."
"""


def test_long_text_wraps_and_many_steps_paginate(ctx: AppContext, clock: FixedClock, tmp_path: Path) -> None:
    """90 steps and a text value of several thousand characters (with a word longer than its cell):
    every step in order, all of the text, nothing beyond the margins or over the footer."""
    world = checklist_world(ctx)
    sections = "".join(
        SECTION.format(s=s, steps="".join(STEP.format(id=f"p{s}_{n:02d}", kind="text" if (s, n) == (2, 5) else
                                                      "check") for n in range(1, 31)))
        for s in range(1, 4)
    )  # fmt: skip
    path = tmp_path / "long.toml"
    path.write_text(LONG_TEMPLATE.format(sections=sections), encoding="utf-8")
    ctx.checklists.import_templates(ctx.system_actor(), [path])
    ctx.checklists.approve("qa1", PASSWORD, "LONG-TXT", 1, terminal=ctx.terminal)
    tech = world.actor("tech1")
    words = [f"mot{n:04d}" for n in range(700)]
    long_text = " ".join(words) + " " + "X" * 200
    answers: dict[str, Any] = {f"p{s}_{n:02d}": True for s in range(1, 4) for n in range(1, 31)}
    answers["p2_05"] = long_text
    rid = ctx.checklist_runs.execute_answers(tech, "LONG-TXT", "BAL-01", answers).info.id
    pdf = tmp_path / "long.pdf"
    done = report(ctx, rid, pdf)
    pages = page_texts(pdf)
    assert done["pages"] == len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    text = " ".join(pages)
    steps = [m.group(1) for m in re.finditer(r"Step (p\d_\d\d): check", text)]
    assert steps == [f"p{s}_{n:02d}" for s in range(1, 4) for n in range(1, 31)]
    found = re.findall(r"mot(\d{4})", text)
    assert [int(n) for n in found] == list(range(700))
    assert text.replace(" ", "").count("X" * 200) == 1
    assert words_outside_the_frame(pdf) == []


def test_report_checklist_from_the_command_line(ctx: AppContext, clock: FixedClock, tmp_path: Path, capsys) -> None:
    """`report checklist ID --out F.pdf --json` in French by default; an unknown ID: a clear error and no file."""
    from aptaskil_desk.cli import main

    world = checklist_world(ctx)
    rid = ctx.checklist_runs.start(world.actor("tech1"), "BAL-USP41", "BAL-01").info.id
    out = tmp_path / "run.pdf"
    assert main(["--db", ctx.settings.database, "report", "checklist", rid, "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] >= 1
    assert "Page 1 sur" in page_texts(out)[0]
    missing = tmp_path / "missing.pdf"
    code = main(["--db", ctx.settings.database, "--lang", "en", "report", "checklist", str(uuid.uuid4()), "--out",
                 str(missing)])  # fmt: skip
    assert code == 2 and not missing.exists() and list(tmp_path.glob(".*.part")) == []
    assert "No checklist execution" in capsys.readouterr().err
    with pytest.raises(NotFound):
        report(ctx, "not-a-record", tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_every_string_the_checklist_pdf_translates_has_french_and_dutch() -> None:
    """Each literal the record's modules pass to ``tr(...)`` or mark with ``N_`` is in both catalogues,
    with the same placeholders."""
    sources: set[str] = set()
    for module in (checklist, checklist_flow, checklist_layout, checklist_words):
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
        sources |= {
            node.args[0].value
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "N_")
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
        }  # fmt: skip
    assert len(sources) > 40

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for language in ("fr", "nl"):
        missing = sorted(s for s in sources if catalogue(language).lookup("cli", s) is None)
        assert missing == [], language
        for source in sources:
            assert fields(catalogue(language).lookup("cli", source) or "") == fields(source), (language, source)
