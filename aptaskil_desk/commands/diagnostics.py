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
import contextlib
import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aptaskil_desk.app import AppContext, SchemaPolicy
from aptaskil_desk.clock import local
from aptaskil_desk.commands.output import Output
from aptaskil_desk.i18n import N_
from aptaskil_desk.services.diagnostics import DiagnosticsReport, Problem
from aptaskil_desk.services.instrument_rows import InstrumentInfo
from aptaskil_desk.settings import config_path

if TYPE_CHECKING:
    from aptaskil_desk.ui.printing.selfcheck import PdfPreviewCheck

Rows = list[tuple[str, str]]


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
    words = _Words(out)
    at = datetime.now(UTC)
    out.line(out.tr("aptaskil-desk diagnostics — terminal {terminal} — {at}", terminal=ctx.terminal,
                    at=f"{local(at):%Y-%m-%d %H:%M} (Europe/Brussels)"))  # fmt: skip
    for title, rows in words.sections(report, preview, preview_problem):
        out.line("")
        out.line(f"== {title} ==")
        for label, value in rows:
            out.line(f"{label}: {value}" if label else value)

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
    words: _Words,
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


class _Words:
    """The report in sections of (label, value) lines, in the command's language (as the page words it)."""

    def __init__(self, out: Output) -> None:
        self.tr = out.tr

    def problem(self, problem: Problem | None) -> str:
        return "" if problem is None else self.tr(problem.message, **problem.params)

    @staticmethod
    def _yes_no(ok: bool, text: str) -> str:
        return ("✔ " if ok else "⚠ ") + text

    def sections(
        self, report: DiagnosticsReport, preview: PdfPreviewCheck | None, preview_problem: Problem | None
    ) -> list[tuple[str, Rows]]:
        tr = self.tr
        return [
            (tr("Database"), self._database(report)),
            (tr("Terminal"), self._terminal(report)),
            (tr("Instruments"), self._instruments(report)),
            (tr("Serial ports of this computer"), self._ports(report)),
            (tr("Print preview"), self._preview(preview, preview_problem)),
            (tr("Versions"), [(tr("Operating system") if name == "Platform" else name, version)
                              for name, version in report.versions]),
        ]  # fmt: skip

    def _database(self, report: DiagnosticsReport) -> Rows:
        tr, db = self.tr, report.database
        rows: Rows = [(tr("Type"), db.server or db.dialect), (tr("Address"), db.url)]
        if not db.reachable:
            rows.append((tr("Reachable"), self._yes_no(False, tr("No: {detail}", detail=self.problem(db.problem)))))
        else:
            rows.append((tr("Reachable"), self._yes_no(True, tr("Yes"))))
            rows.append((tr("Response time"), tr("{ms} ms for a trivial query", ms=f"{db.latency_ms or 0.0:.1f}")))
            version = db.schema_version or tr("empty")
            if db.schema_current:
                schema = tr("{version} (up to date)", version=version)
            else:
                schema = tr("{version}; this program needs {head}", version=version, head=db.schema_head)
            rows.append((tr("Schema version"), self._yes_no(db.schema_current, schema)))
            if db.audit_rows is not None:
                rows.append((tr("Audit trail"), tr("{rows} rows", rows=db.audit_rows)))
        if db.file_size is not None:
            rows.append((tr("File size"), tr("{size} MB", size=f"{db.file_size / 1_000_000:.1f}")))
        return rows

    def _terminal(self, report: DiagnosticsReport) -> Rows:
        tr, t = self.tr, report.terminal
        if t.registered is None:
            room = tr("Unknown: the database cannot be read")
        elif not t.registered:
            room = tr("Not registered")
        else:
            room = t.room or tr("Registered, in no room")
        settings = (t.settings_file if t.settings_file_exists
                    else tr("{path} (not found: defaults and environment only)", path=t.settings_file))  # fmt: skip
        return [
            (tr("Terminal"), t.name),
            (tr("Room"), room),
            (tr("Centre"), t.centre_name),
            (tr("Computer"), t.computer),
            (tr("Running as"), t.os_user),
            (tr("Settings file"), settings),
            (tr("Log folder"), t.log_folder),
            (tr("Log file"), t.log_file or tr("None: the log folder cannot be written")),
            (tr("Language"), t.language),
        ]

    def _calibration(self, info: InstrumentInfo) -> str:
        tr, problem = self.tr, info.calibration_problem
        if problem is None:
            due = info.calibration_due
            return self._yes_no(True, tr("in calibration until {date}", date=f"{due:%d/%m/%Y}" if due else ""))
        if problem.code == "calibration_overdue":
            since = problem.params.get("since", "")
            with contextlib.suppress(ValueError):
                since = f"{date.fromisoformat(since):%d/%m/%Y}"
            return self._yes_no(False, tr("calibration overdue since {date}", date=since))
        return self._yes_no(False, tr("no calibration date"))

    def _instruments(self, report: DiagnosticsReport) -> Rows:
        tr, facts = self.tr, report.instruments
        if facts.problem is not None:
            return [("", self._yes_no(False, tr("The register cannot be read: {detail}",
                                                detail=self.problem(facts.problem))))]  # fmt: skip
        if not facts.registered:
            return [("", tr("No instrument registered."))]
        rows: Rows = []
        for i in facts.registered:
            parts = [i.name, i.driver, i.port or tr("no port"), i.line or tr("driver's line settings")]
            if i.room:
                parts.append(tr("room {room}", room=i.room))
            parts.append(self._calibration(i))
            if not i.active:
                parts.append(tr("withdrawn"))
            rows.append((i.asset_code, " · ".join(parts)))
        return rows

    def _ports(self, report: DiagnosticsReport) -> Rows:
        tr, facts = self.tr, report.instruments
        if facts.ports_problem is not None:
            return [("", self._yes_no(False, tr("The ports cannot be listed: {detail}",
                                                detail=self.problem(facts.ports_problem))))]  # fmt: skip
        if not facts.ports:
            return [("", tr("No serial port found on this computer."))]
        rows: Rows = []
        for p in facts.ports:
            parts = [p.description or "-"]
            if p.usb_id:
                parts.append(f"USB {p.usb_id}")
            if p.serial_number:
                parts.append(tr("serial number {number}", number=p.serial_number))
            rows.append((p.device, " · ".join(parts)))
        return rows

    def _preview(self, preview: PdfPreviewCheck | None, problem: Problem | None) -> Rows:
        tr = self.tr
        if problem is not None or preview is None:
            return [(tr("PDF preview"), self._yes_no(False, tr("Does not work: {detail}",
                                                               detail=self.problem(problem))))]  # fmt: skip
        return [
            (tr("PDF preview"), self._yes_no(True, tr("Works: a one-page PDF opened by QtPdf and drawn"))),
            (tr("Drawn page"), tr("{width} × {height} pixels, {ink} % ink", width=preview.width, height=preview.height,
                                  ink=f"{preview.ink * 100:.0f}")),
            (tr("Qt platform"), preview.platform),
        ]  # fmt: skip
