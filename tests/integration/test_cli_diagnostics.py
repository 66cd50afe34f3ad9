"""``aptaskil-desk diagnostics [--json]`` and the PDF preview self-check it runs (real QtPdf, real databases).

The command is run through ``aptaskil_desk.cli.main``, as a person runs it; the self-check is also
run on its own with PDFs QtPdf cannot open or draws blank, to see each failure said in words.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from sqlalchemy.engine import make_url

from aptaskil_desk import __version__
from aptaskil_desk.app import AppContext
from aptaskil_desk.cli import main
from aptaskil_desk.db import migrate
from aptaskil_desk.ui.printing.selfcheck import check_pdf_preview, ink_share
from tests.conftest import T0

ROOT = Path(__file__).resolve().parents[2]
UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/aptaskil"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def centre(ctx: AppContext) -> AppContext:
    """The terminal registered in a room, and two instruments (one overdue for calibration)."""
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB-CQ", "Laboratoire de contrôle qualité", "laboratory")
    ctx.centre.register_terminal(actor, ctx.terminal, "LAB-CQ")
    ctx.instruments.register(actor, "BAL-01", "Balance XS205", "mt-sics", port="sim://mt-sics",
                             calibration_due=T0.date() + timedelta(days=400), room_code="LAB-CQ")  # fmt: skip
    ctx.instruments.register(actor, "PH-02", "pH-mètre Orion", "orion-star", port="/dev/ttyUSB0",
                             calibration_due=T0.date() - timedelta(days=400))  # fmt: skip
    return ctx


def _args(ctx: AppContext, *rest: str) -> list[str]:
    return ["--db", ctx.settings.database, "--terminal", ctx.terminal, "--lang", "en", *rest]


def test_json_report_on_a_working_terminal(centre: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 0; the page's facts (database, terminal and room, register, versions) and a working preview."""
    code, out, err = run(capsys, *_args(centre, "diagnostics", "--json"))
    assert code == 0, err
    assert err == ""
    doc = json.loads(out)
    assert doc["ok"] is True
    db = doc["database"]
    assert db["reachable"] is True and db["problem"] is None and db["dialect"] == centre.db.dialect
    assert db["schema_version"] == migrate.head_revision() and db["schema_current"] is True
    assert db["audit_rows"] >= 3 and db["latency_ms"] >= 0
    assert db["url"].endswith(str(make_url(centre.settings.database).database))
    terminal = doc["terminal"]
    assert (terminal["name"], terminal["registered"]) == ("TEST-TERM-1", True)
    assert terminal["room"] == "LAB-CQ — Laboratoire de contrôle qualité"
    registered = {i["asset_code"]: i for i in doc["instruments"]["registered"]}
    assert set(registered) == {"BAL-01", "PH-02"}
    assert registered["BAL-01"]["calibration_problem"] is None
    assert registered["PH-02"]["calibration_problem"] == "calibration_overdue"
    assert doc["instruments"]["problem"] is None and doc["instruments"]["ports_problem"] is None
    assert doc["versions"]["aptaskil-desk"] == __version__
    assert doc["versions"]["Qt"] and doc["versions"]["PySide6"] and "Platform" in doc["versions"]
    preview = doc["pdf_preview"]
    assert preview["ok"] is True and preview["problem"] is None
    assert preview["pages"] == 1 and preview["width"] == 280 and preview["height"] == 397
    assert 0.1 < preview["ink"] < 0.4  # the black square is a fifth of the page
    assert preview["platform"]


def test_text_report_reads_like_the_page(centre: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    """The sections and "label: value" lines of the page's copied text, plus the print preview."""
    code, out, _ = run(capsys, *_args(centre, "diagnostics"))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("aptaskil-desk diagnostics — terminal TEST-TERM-1 — ")
    titles = [line for line in lines if line.startswith("== ")]
    assert titles == ["== Database ==", "== Terminal ==", "== Instruments ==", "== Serial ports of this computer ==",
                      "== Print preview ==", "== Versions =="]  # fmt: skip
    assert "Reachable: ✔ Yes" in lines
    assert f"Schema version: ✔ {migrate.head_revision()} (up to date)" in lines
    assert "Room: LAB-CQ — Laboratoire de contrôle qualité" in lines
    bal = next(line for line in lines if line.startswith("BAL-01: "))
    assert "Balance XS205 · mt-sics · sim://mt-sics" in bal and "✔ in calibration until" in bal
    overdue = (T0.date() - timedelta(days=400)).strftime("%d/%m/%Y")
    assert f"⚠ calibration overdue since {overdue}" in next(line for line in lines if line.startswith("PH-02: "))
    assert "PDF preview: ✔ Works: a one-page PDF opened by QtPdf and drawn" in lines
    assert any(re.fullmatch(r"Drawn page: 280 × 397 pixels, \d+ % ink", line) for line in lines)
    assert f"aptaskil-desk: {__version__}" in lines


def test_text_report_in_french_and_dutch(centre: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    """The words come from the catalogues: French and Dutch titles and preview line."""
    _code, fr, _ = run(capsys, "--db", centre.settings.database, "--lang", "fr", "diagnostics")
    assert "== Base de données ==" in fr and "== Aperçu avant impression ==" in fr
    assert "Aperçu PDF: ✔ Fonctionne : un PDF d'une page ouvert par QtPdf et dessiné" in fr
    _code, nl, _ = run(capsys, "--db", centre.settings.database, "--lang", "nl", "diagnostics")
    assert "== Afdrukvoorbeeld ==" in nl and "PDF-voorbeeld: ✔ Werkt" in nl


def test_unreachable_database_exits_1_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    """The report is still printed (the rest of it can be read); the exit code and stderr say what is wrong."""
    code, out, err = run(capsys, "--db", UNREACHABLE, "--lang", "en", "diagnostics")
    assert code == 1
    assert "The database cannot be reached: Cannot reach the database server" in err
    assert "The instrument register cannot be read" not in err  # the one cause, said once
    assert "Reachable: ⚠ No: Cannot reach the database server" in out
    assert "Room: Unknown: the database cannot be read" in out
    assert "PDF preview: ✔ Works" in out
    code, out, _ = run(capsys, "--db", UNREACHABLE, "--lang", "en", "diagnostics", "--json")
    doc = json.loads(out)
    assert code == 1 and doc["ok"] is False
    assert doc["database"]["reachable"] is False and "Cannot reach" in doc["database"]["problem"]
    assert doc["pdf_preview"]["ok"] is True


def test_preview_that_cannot_run_exits_1_and_says_so(db_url: str, tmp_path: Path) -> None:
    """In a process that already runs a non-GUI Qt application, QtPdf cannot draw: exit 1, said on stderr."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from aptaskil_desk.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script, "--db", db_url, "--lang", "en", "diagnostics", "--json"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "The PDF preview does NOT work on this computer: RuntimeError: a non-GUI Qt application" in result.stderr
    assert "Records cannot be previewed or printed from the kiosk here." in result.stderr
    doc = json.loads(result.stdout)
    assert doc["ok"] is False and doc["database"]["reachable"] is True
    assert doc["pdf_preview"]["ok"] is False and "RuntimeError" in doc["pdf_preview"]["problem"]


# --- the self-check on its own ----------------------------------------------------------------------


def test_self_check_draws_the_test_page() -> None:
    result = check_pdf_preview()
    assert result.ok and result.problem is None
    assert (result.pages, result.width, result.height) == (1, 280, 397)
    assert 0.1 < result.ink < 0.4


def test_self_check_says_when_qtpdf_cannot_open_the_file() -> None:
    result = check_pdf_preview(lambda path: path.write_bytes(b"%PDF-1.4\nthis is not a PDF\n"))
    assert not result.ok and result.problem is not None
    assert result.problem.message == "QtPdf cannot open a PDF made here: {error}"
    assert result.pages == 0 and result.ink == 0.0


def test_self_check_says_when_the_page_comes_out_blank() -> None:
    from reportlab.pdfgen.canvas import Canvas

    def blank(path: Path) -> None:
        canvas = Canvas(str(path))
        canvas.showPage()
        canvas.save()

    result = check_pdf_preview(blank)
    assert not result.ok and result.problem is not None
    assert result.problem.message == "QtPdf opened the PDF but drew a blank page"
    assert result.pages == 1 and result.ink == 0.0 and result.width > 0


def test_self_check_says_when_the_page_count_is_wrong() -> None:
    from reportlab.pdfgen.canvas import Canvas

    def two_pages(path: Path) -> None:
        canvas = Canvas(str(path))
        for _ in range(2):
            canvas.drawString(100, 100, "page")
            canvas.showPage()
        canvas.save()

    result = check_pdf_preview(two_pages)
    assert not result.ok and result.problem is not None
    assert str(result.problem) == "QtPdf reads 2 pages in a one-page PDF"


def test_ink_share_counts_dark_pixels() -> None:
    """A white image has no ink; one with a black half has half; a null image has none."""
    image = QImage(QSize(40, 30), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert ink_share(image) == 0.0
    for x in range(20):
        for y in range(30):
            image.setPixelColor(x, y, QColor("black"))
    assert ink_share(image) == 0.5
    assert ink_share(QImage()) == 0.0
