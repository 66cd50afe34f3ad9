"""The diagnostics report in words: sections of (label, value) lines in one language.

One wording for the staff page (``ui/staff/diagnostics_page.py``, shown in frames and copied as plain
text for IT support) and for ``aptaskil-desk diagnostics``, so that what IT support reads is the
same wherever it came from. The texts are in the command-line catalogue (``cli``). A ✔ or ⚠ in front
of a value says in a symbol what its words say. Numbers follow the language (``0,1 ms`` in French and
Dutch).
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime

from aptaskil_desk.clock import local
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.diagnostics import DiagnosticsReport, Problem
from aptaskil_desk.services.health import HealthReport
from aptaskil_desk.services.instrument_rows import InstrumentInfo

Rows = list[tuple[str, str]]
Sections = list[tuple[str, Rows]]
#: When the database check ran, and what it found.
LastCheck = tuple[datetime, HealthReport]

#: (decimal mark, thousands separator) per language.
_MARKS = {"fr": (",", "\u202f"), "nl": (",", "."), "en": (".", ",")}


def yes_no(ok: bool, text: str) -> str:
    """A value with its symbol: ✔ when all is well, ⚠ when not."""
    return ("✔ " if ok else "⚠ ") + text


class DiagnosticsWords:
    """Turns a ``DiagnosticsReport`` into titled sections of lines, in ``tr``'s language."""

    def __init__(self, tr: Translator) -> None:
        self.tr = tr

    def number(self, value: float, decimals: int = 0) -> str:
        """``value`` written the way the language writes numbers."""
        decimal, group = _MARKS.get(self.tr.language, _MARKS["en"])
        text = f"{value:,.{decimals}f}"
        return text.replace(",", "\0").replace(".", decimal).replace("\0", group)

    def problem(self, problem: Problem | None) -> str:
        """Why something could not be read, in words."""
        return "" if problem is None else self.tr(problem.message, **problem.params)

    def title(self, terminal: str, at: datetime | None) -> str:
        when = f"{local(at):%Y-%m-%d %H:%M} (Europe/Brussels)" if at else ""
        return self.tr("aptaskil-desk diagnostics — terminal {terminal} — {at}", terminal=terminal, at=when)

    def as_text(self, terminal: str, at: datetime | None, sections: Sections) -> str:
        """A title line, then each section's lines, as plain text."""
        lines = [self.title(terminal, at)]
        for title, rows in sections:
            lines += ["", f"== {title} =="]
            lines += [f"{label}: {value}" if label else value for label, value in rows]
        return "\n".join(lines) + "\n"

    def sections(self, report: DiagnosticsReport, last_check: LastCheck | None = None, *,
                 with_check: bool = True, extra: Sections | None = None) -> Sections:  # fmt: skip
        """(title, [(label, value)]) of a report; the last database check when ``with_check`` (the
        page: the command line runs none); ``extra`` sections go before the versions."""
        tr = self.tr
        database = self._database(report) + (self._check(last_check) if with_check else [])
        return [
            (tr("Database"), database),
            (tr("Terminal"), self._terminal(report)),
            (tr("Instruments"), self._instruments(report)),
            (tr("Serial ports of this computer"), self._ports(report)),
            *(extra or []),
            (tr("Versions"), [(tr("Operating system") if name == "Platform" else name, version)
                              for name, version in report.versions]),
        ]  # fmt: skip

    def _database(self, report: DiagnosticsReport) -> Rows:
        tr, db = self.tr, report.database
        rows: Rows = [(tr("Type"), db.server or db.dialect), (tr("Address"), db.url)]
        if not db.reachable:
            rows.append((tr("Reachable"), yes_no(False, tr("No: {detail}", detail=self.problem(db.problem)))))
        else:
            rows.append((tr("Reachable"), yes_no(True, tr("Yes"))))
            ms = self.number(db.latency_ms or 0.0, 1)
            rows.append((tr("Response time"), tr("{ms} ms for a trivial query", ms=ms)))
            version = db.schema_version or tr("empty")
            if db.schema_current:
                schema = tr("{version} (up to date)", version=version)
            else:
                schema = tr("{version}; this program needs {head}", version=version, head=db.schema_head)
            rows.append((tr("Schema version"), yes_no(db.schema_current, schema)))
            if db.audit_rows is not None:
                rows.append((tr("Audit trail"), tr("{rows} rows", rows=self.number(db.audit_rows))))
        if db.file_size is not None:
            rows.append((tr("File size"), tr("{size} MB", size=self.number(db.file_size / 1_000_000, 1))))
        return rows

    def _check(self, last_check: LastCheck | None) -> Rows:
        tr = self.tr
        if last_check is None:
            return [(tr("Database check"), tr("Not run since the kiosk started."))]
        at, health = last_check
        when = f"{local(at):%d/%m/%Y %H:%M}"
        verdict = tr("Passed at {time}", time=when) if health.ok else tr("FAILED at {time}", time=when)
        rows = [(tr("Database check"), yes_no(health.ok, verdict))]
        rows += [("", yes_no(i.ok, f"{tr(i.label)}: {i.detail}")) for i in health.items]
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
            return yes_no(True, tr("in calibration until {date}", date=f"{due:%d/%m/%Y}" if due else ""))
        if problem.code == "calibration_overdue":
            since = problem.params.get("since", "")
            with contextlib.suppress(ValueError):
                since = f"{date.fromisoformat(since):%d/%m/%Y}"
            return yes_no(False, tr("calibration overdue since {date}", date=since))
        return yes_no(False, tr("no calibration date"))

    def _instruments(self, report: DiagnosticsReport) -> Rows:
        tr, facts = self.tr, report.instruments
        if facts.problem is not None:
            return [("", yes_no(False, tr("The register cannot be read: {detail}",
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
            return [("", yes_no(False, tr("The ports cannot be listed: {detail}",
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
