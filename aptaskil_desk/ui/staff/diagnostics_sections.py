"""The diagnostics report in words: sections of (label, value) lines in the staff member's language.

The page shows them in frames and copies them as plain text (``as_text``) for IT support, so what is
pasted into a message is exactly what was on screen. A ✔ or ⚠ in front of a value says in a symbol
what its words say.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale, QObject

from aptaskil_desk.clock import local
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.diagnostics import DiagnosticsReport, Problem
from aptaskil_desk.services.health import HealthReport
from aptaskil_desk.services.instrument_rows import InstrumentInfo

Rows = list[tuple[str, str]]
#: When the database check ran, and what it found.
LastCheck = tuple[datetime, HealthReport]


def _day(iso: str) -> str:
    try:
        return f"{date.fromisoformat(iso):%d/%m/%Y}"
    except ValueError:
        return iso


class DiagnosticsSections(QObject):
    """Turns a ``DiagnosticsReport`` into titled sections of lines (``self.tr`` in this class's context).

    Signals: none.
    """

    def __init__(self, messages: Translator, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages = messages  # the service and check messages (the CLI catalogue)
        self._locale = locale

    def as_text(self, terminal: str, at: datetime | None, sections: list[tuple[str, Rows]]) -> str:
        """A title line, then each section's lines, as plain text."""
        when = f"{local(at):%Y-%m-%d %H:%M} (Europe/Brussels)" if at else ""
        lines = [self.tr("aptaskil-desk diagnostics — terminal {terminal} — {at}").format(terminal=terminal, at=when)]
        for title, rows in sections:
            lines += ["", f"== {title} =="]
            lines += [f"{label}: {value}" if label else value for label, value in rows]
        return "\n".join(lines) + "\n"

    def sections(self, report: DiagnosticsReport, last_check: LastCheck | None) -> list[tuple[str, Rows]]:
        """(title, [(label, value)]) of a report and the last database check, if any."""
        return [
            (self.tr("Database"), self._database_rows(report, last_check)),
            (self.tr("Terminal"), self._terminal_rows(report)),
            (self.tr("Instruments"), self._instrument_rows(report)),
            (self.tr("Serial ports of this computer"), self._port_rows(report)),
            (self.tr("Versions"), [(self.tr("Operating system") if name == "Platform" else name, version)
                                   for name, version in report.versions]),
        ]  # fmt: skip

    def _problem(self, problem: Problem) -> str:
        return self._messages(problem.message, **problem.params)

    def _yes_no(self, ok: bool, text: str) -> str:
        return ("✔ " if ok else "⚠ ") + text

    def _database_rows(self, report: DiagnosticsReport, last_check: LastCheck | None) -> Rows:
        db = report.database
        rows: Rows = [(self.tr("Type"), db.server or db.dialect), (self.tr("Address"), db.url)]
        if not db.reachable:
            detail = self._problem(db.problem) if db.problem else ""
            rows.append((self.tr("Reachable"), self._yes_no(False, self.tr("No: {detail}").format(detail=detail))))
        else:
            rows.append((self.tr("Reachable"), self._yes_no(True, self.tr("Yes"))))
            ms = self._locale.toString(db.latency_ms or 0.0, "f", 1)
            rows.append((self.tr("Response time"), self.tr("{ms} ms for a trivial query").format(ms=ms)))
            version = db.schema_version or self.tr("empty")
            if db.schema_current:
                schema = self.tr("{version} (up to date)").format(version=version)
            else:
                schema = self.tr("{version}; this program needs {head}").format(version=version, head=db.schema_head)
            rows.append((self.tr("Schema version"), self._yes_no(db.schema_current, schema)))
            if db.audit_rows is not None:
                rows.append(
                    (self.tr("Audit trail"), self.tr("{rows} rows").format(rows=self._locale.toString(db.audit_rows)))
                )
        if db.file_size is not None:
            size = self._locale.toString(db.file_size / 1_000_000, "f", 1)
            rows.append((self.tr("File size"), self.tr("{size} MB").format(size=size)))
        rows += self._check_rows(last_check)
        return rows

    def _check_rows(self, last_check: LastCheck | None) -> Rows:
        if last_check is None:
            return [(self.tr("Database check"), self.tr("Not run since the kiosk started."))]
        at, health = last_check
        when = f"{local(at):%d/%m/%Y %H:%M}"
        verdict = (self.tr("Passed at {time}") if health.ok else self.tr("FAILED at {time}")).format(time=when)
        rows = [(self.tr("Database check"), self._yes_no(health.ok, verdict))]
        rows += [("", self._yes_no(i.ok, f"{self._messages(i.label)}: {i.detail}")) for i in health.items]
        return rows

    def _terminal_rows(self, report: DiagnosticsReport) -> Rows:
        t = report.terminal
        if t.registered is None:
            room = self.tr("Unknown: the database cannot be read")
        elif not t.registered:
            room = self.tr("Not registered")
        else:
            room = t.room or self.tr("Registered, in no room")
        settings = t.settings_file if t.settings_file_exists else self.tr(
            "{path} (not found: defaults and environment only)").format(path=t.settings_file)  # fmt: skip
        return [
            (self.tr("Terminal"), t.name),
            (self.tr("Room"), room),
            (self.tr("Centre"), t.centre_name),
            (self.tr("Computer"), t.computer),
            (self.tr("Running as"), t.os_user),
            (self.tr("Settings file"), settings),
            (self.tr("Log folder"), t.log_folder),
            (self.tr("Log file"), t.log_file or self.tr("None: the log folder cannot be written")),
            (self.tr("Language"), t.language),
        ]

    def _calibration(self, info: InstrumentInfo) -> str:
        problem = info.calibration_problem
        if problem is None:
            due = info.calibration_due
            return self._yes_no(True, self.tr("in calibration until {date}").format(
                date=f"{due:%d/%m/%Y}" if due else ""))  # fmt: skip
        if problem.code == "calibration_overdue":
            since = _day(problem.params.get("since", ""))
            return self._yes_no(False, self.tr("calibration overdue since {date}").format(date=since))
        return self._yes_no(False, self.tr("no calibration date"))

    def _instrument_rows(self, report: DiagnosticsReport) -> Rows:
        facts = report.instruments
        if facts.problem is not None:
            return [("", self._yes_no(False, self.tr("The register cannot be read: {detail}").format(
                detail=self._problem(facts.problem))))]  # fmt: skip
        if not facts.registered:
            return [("", self.tr("No instrument registered."))]
        rows: Rows = []
        for i in facts.registered:
            parts = [i.name, i.driver, i.port or self.tr("no port"), i.line or self.tr("driver's line settings")]
            if i.room:
                parts.append(self.tr("room {room}").format(room=i.room))
            parts.append(self._calibration(i))
            if not i.active:
                parts.append(self.tr("withdrawn"))
            rows.append((i.asset_code, " · ".join(parts)))
        return rows

    def _port_rows(self, report: DiagnosticsReport) -> Rows:
        facts = report.instruments
        if facts.ports_problem is not None:
            return [("", self._yes_no(False, self.tr("The ports cannot be listed: {detail}").format(
                detail=self._problem(facts.ports_problem))))]  # fmt: skip
        if not facts.ports:
            return [("", self.tr("No serial port found on this computer."))]
        rows: Rows = []
        for p in facts.ports:
            parts = [p.description or "-"]
            if p.usb_id:
                parts.append(f"USB {p.usb_id}")
            if p.serial_number:
                parts.append(self.tr("serial number {number}").format(number=p.serial_number))
            rows.append((p.device, " · ".join(parts)))
        return rows
