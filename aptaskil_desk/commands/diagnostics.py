"""``diagnostics [--json]``: the staff diagnostics page on the command line, plus a PDF preview check.

It prints what the page shows (``DiagnosticsService.report``: the database, the terminal, the
instruments and serial ports, the versions), in the same sections and in the same "label: value"
lines as the page's "Copy for IT support" text, and one more section: whether the print preview
works on this computer (``ui/printing/selfcheck.py``: a one-page PDF opened by QtPdf and drawn).
The database check is not run (that is ``db check``).

It never refuses to start for a bad database: the schema is not looked at, and an unreachable
database is a fact of the report. The exit code says whether all is well: 0 when everything could
be read and the PDF preview works; 1 when the database cannot be reached, the instrument register
or the serial ports cannot be read, or the preview fails — each said on stderr in words.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aptaskil_desk.app import AppContext, SchemaPolicy
from aptaskil_desk.commands.output import Output
from aptaskil_desk.i18n import N_
from aptaskil_desk.services.diagnostics import DiagnosticsReport, Problem
from aptaskil_desk.services.diagnostics_words import DiagnosticsWords, Rows, yes_no
from aptaskil_desk.settings import config_path

if TYPE_CHECKING:
    from aptaskil_desk.ui.printing.selfcheck import PdfPreviewCheck


def register(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``diagnostics`` to the top-level commands (``add`` is ``build_parser``'s helper)."""
    add("diagnostics", cmd_diagnostics, "what IT support asks first: database, terminal, instruments, versions, "
        "and whether the PDF preview works; exit 1 when something is wrong", parent=sub,
        schema=SchemaPolicy.IGNORE)  # fmt: skip


def pdf_preview_check() -> PdfPreviewCheck | Problem:
    """The check's result, or why Qt's PDF module cannot even be loaded (a bundle without it)."""
    try:
        from aptaskil_desk.ui.printing.selfcheck import check_pdf_preview  # Qt is loaded only here
    except ImportError as error:
        return Problem(N_("Qt's PDF module cannot be loaded: {detail}"), {"detail": str(error)})
    return check_pdf_preview()


def qt_versions() -> dict[str, str]:
    """Qt and PySide6 as the page shows them; nothing when Qt cannot be loaded."""
    try:
        from aptaskil_desk.ui.printing.selfcheck import qt_versions as versions
    except ImportError:
        return {}
    return versions()


def cmd_diagnostics(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    settings_file = Path(args.config) if args.config else config_path()
    report = ctx.diagnostics.report(ctx.settings, settings_file=settings_file, extra_versions=qt_versions())
    found = pdf_preview_check()
    preview = found if not isinstance(found, Problem) else None
    preview_problem = found if isinstance(found, Problem) else (preview.problem if preview else None)
    words = DiagnosticsWords(out.tr)
    at = datetime.now(UTC)
    extra = [(out.tr("Print preview"), _preview_rows(words, preview, preview_problem))]
    out.line(words.as_text(ctx.terminal, at, words.sections(report, with_check=False, extra=extra)).rstrip("\n"))

    db, instruments = report.database, report.instruments
    if not db.reachable:
        out.error("The database cannot be reached: {detail}", detail=words.problem(db.problem))
    if db.reachable and instruments.problem is not None:
        out.error("The instrument register cannot be read: {detail}", detail=words.problem(instruments.problem))
    if instruments.ports_problem is not None:
        out.error("The serial ports cannot be listed: {detail}", detail=words.problem(instruments.ports_problem))
    if preview_problem is not None:
        out.error("The PDF preview does NOT work on this computer: {detail}. Records cannot be previewed or "
                  "printed from the kiosk here.", detail=words.problem(preview_problem))  # fmt: skip
    ok = db.reachable and instruments.problem is None and instruments.ports_problem is None and preview_problem is None
    out.json(_document(report, preview, preview_problem, words, at, ok))
    return 0 if ok else 1


def _document(
    report: DiagnosticsReport,
    preview: PdfPreviewCheck | None,
    preview_problem: Problem | None,
    words: DiagnosticsWords,
    at: datetime,
    ok: bool,
) -> dict[str, Any]:
    """The JSON document: the report's facts, problems in words, the versions as a name → version map."""

    def problem(value: Problem | None) -> str | None:
        return None if value is None else words.problem(value)

    db, instruments = report.database, report.instruments
    return {
        "ok": ok,
        "at": at,
        "database": {**dataclasses.asdict(db), "problem": problem(db.problem), "schema_current": db.schema_current},
        "terminal": dataclasses.asdict(report.terminal),
        "instruments": {
            "registered": [
                {
                    **dataclasses.asdict(i),
                    "calibration_problem": i.calibration_problem.code if i.calibration_problem else None,
                }
                for i in instruments.registered
            ],
            "problem": problem(instruments.problem),
            "ports": [{**dataclasses.asdict(p), "usb_id": p.usb_id} for p in instruments.ports],
            "ports_problem": problem(instruments.ports_problem),
        },
        "versions": dict(report.versions),
        "pdf_preview": {
            "ok": preview_problem is None,
            "platform": preview.platform if preview else None,
            "pages": preview.pages if preview else 0,
            "width": preview.width if preview else 0,
            "height": preview.height if preview else 0,
            "ink": round(preview.ink, 4) if preview else 0.0,
            "problem": problem(preview_problem),
        },
    }


def _preview_rows(words: DiagnosticsWords, preview: PdfPreviewCheck | None, problem: Problem | None) -> Rows:
    """The section only the command line has: whether Qt's PDF preview works on this computer."""
    tr = words.tr
    if problem is not None or preview is None:
        return [(tr("PDF preview"), yes_no(False, tr("Does not work: {detail}", detail=words.problem(problem))))]
    return [
        (tr("PDF preview"), yes_no(True, tr("Works: a one-page PDF opened by QtPdf and drawn"))),
        (tr("Drawn page"), tr("{width} × {height} pixels, {ink} % ink", width=preview.width, height=preview.height,
                              ink=f"{preview.ink * 100:.0f}")),
        (tr("Qt platform"), preview.platform),
    ]  # fmt: skip
