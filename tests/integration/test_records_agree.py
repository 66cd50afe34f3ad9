"""One session, three outputs: the session record PDF, the hours report as CSV and as XLSX give the
same total hours, on SQLite and PostgreSQL (the session of test_session_record.py: the October clock
change, a correction, a learner not on the roster)."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from aptaskil_desk.app import AppContext
from aptaskil_desk.reports.hours_export import export
from tests.integration.test_session_record import _print, _text, course  # noqa: F401 (the fixture)
from tests.unit.reports.test_xlsx import read_xlsx


def test_pdf_csv_and_xlsx_totals_agree(ctx: AppContext, course: dict[str, Any], tmp_path: Path) -> None:  # noqa: F811
    _print(ctx, tmp_path / "record.pdf")
    text = _text(tmp_path / "record.pdf")
    pdf_total = Decimal(text.split("Session total 6 learners ")[1].split()[0])
    report = ctx.hours.report(ctx.system_actor(), date(2026, 10, 22), date(2026, 10, 27), by="course")
    export(report, tmp_path / "hours.csv", ctx.tr)
    export(report, tmp_path / "hours.xlsx", ctx.tr)
    rows = list(csv.reader(io.StringIO((tmp_path / "hours.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    csv_total = Decimal(rows[-1][-1].replace(",", "."))
    xlsx_total = read_xlsx(tmp_path / "hours.xlsx")[-1][-1]
    assert pdf_total == csv_total == xlsx_total == Decimal("156.42")
    by_learner = ctx.hours.report(ctx.system_actor(), date(2026, 10, 22), date(2026, 10, 27), by="learner")
    export(by_learner, tmp_path / "learners.csv", ctx.tr)
    learner_rows = list(csv.reader(io.StringIO((tmp_path / "learners.csv").read_text(encoding="utf-8-sig")),
                                   delimiter=";"))  # fmt: skip
    for row in learner_rows[1:-1]:  # each learner's hours are printed on the record as "Total H h"
        assert f"Total {row[-1].replace(',', '.')} h" in text
