"""Equipment statuses, logbook entry kinds and fitness reasons in the reader's words.

One translation context (``EquipmentWords``) shared by the models, the page and the dialogs, so
each word is translated once. Colours only repeat what the words say.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from aptaskil_desk.clock import local
from aptaskil_desk.domain.equipment import Reason, Status
from aptaskil_desk.services.equipment_rows import EntryInfo

#: Light tones with black text (>= 9:1 contrast); each status also has its words.
STATUS_COLOURS: dict[str, str] = {
    Status.AVAILABLE: "#69db7c",
    Status.IN_USE: "#74c0fc",
    Status.CLEANING: "#ffd43b",
    Status.MAINTENANCE: "#ffd43b",
    Status.OUT_OF_SERVICE: "#ff8787",
    Status.QUARANTINE: "#ffa94d",
}

#: The entry kinds a person records from the staff page (calibration and qualification have forms of their own).
RECORDABLE_KINDS = ("cleaning", "maintenance", "incident")


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#c8ced4"))


def day_text(day: date | str) -> str:
    """A date as Belgians write it (25/11/2026)."""
    value = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{value:%d/%m/%Y}"


def moment_text(instant: datetime) -> str:
    """A stored UTC instant shown in Brussels time."""
    return f"{local(instant):%d/%m/%Y %H:%M}"


class EquipmentWords(QObject):
    """Words for equipment data. Signals: none."""

    def status(self, status: str) -> str:
        words: dict[str, str] = {
            Status.AVAILABLE: self.tr("Available"),
            Status.IN_USE: self.tr("In use"),
            Status.CLEANING: self.tr("Being cleaned"),
            Status.MAINTENANCE: self.tr("In maintenance"),
            Status.OUT_OF_SERVICE: self.tr("Out of service"),
            Status.QUARANTINE: self.tr("In quarantine"),
        }
        return words.get(status, status)

    def kind(self, kind: str) -> str:
        words = {
            "use": self.tr("Use"),
            "use_end": self.tr("End of use"),
            "cleaning": self.tr("Cleaning"),
            "maintenance": self.tr("Maintenance"),
            "calibration": self.tr("Calibration"),
            "incident": self.tr("Incident"),
            "status_change": self.tr("Status change"),
            "qualification": self.tr("Qualification"),
        }
        return words.get(kind, kind)

    def reason(self, reason: Reason) -> str:
        p = reason.params
        if reason.code == "out_of_service":
            return self.tr("out of service")
        if reason.code == "quarantine":
            return self.tr("in quarantine")
        if reason.code == "calibration_overdue":
            return self.tr("calibration overdue since {date}").format(date=day_text(p["since"]))
        if reason.code == "calibration_due_soon":
            return self.tr("calibration due on {date}").format(date=day_text(p["due"]))
        if reason.code == "not_qualified":
            return self.tr("{phase} qualification missing").format(phase=p.get("phase", ""))
        return reason.code

    def fitness(self, unfit: tuple[Reason, ...], warnings: tuple[Reason, ...]) -> str:
        if unfit:
            return self.tr("Unfit: {reasons}").format(reasons="; ".join(self.reason(r) for r in unfit))
        if warnings:
            return self.tr("Fit, but {reasons}").format(reasons="; ".join(self.reason(r) for r in warnings))
        return self.tr("Fit for use")

    def result(self, result: object) -> str:
        words = {"pass": self.tr("Passed"), "fail": self.tr("Failed")}
        return words.get(str(result), str(result))

    def field(self, key: str) -> str:
        """A detail's name, for the fields of a correction."""
        words = {
            "description": self.tr("Description"),
            "reference": self.tr("Reference"),
            "purpose": self.tr("Purpose"),
            "performed_on": self.tr("Performed on"),
            "performed_by": self.tr("Performed by"),
            "certificate": self.tr("Certificate"),
            "result": self.tr("Result"),
            "new_due": self.tr("Next due date"),
            "phase": self.tr("Phase"),
            "remarks": self.tr("Remarks"),
            "override_id": self.tr("Override no."),
        }
        return words.get(key, key)

    def phases(self, required: Sequence[str], qualified: Sequence[str]) -> str:
        """Each qualification phase and where it stands: qualified, missing (and required) or not required."""
        parts = []
        for phase in ("IQ", "OQ", "PQ"):
            if phase in qualified:
                parts.append(self.tr("{phase} qualified").format(phase=phase))
            elif phase in required:
                parts.append(self.tr("{phase} not qualified (required)").format(phase=phase))
            else:
                parts.append(self.tr("{phase} not qualified (not required)").format(phase=phase))
        return " · ".join(parts)

    def entry_details(self, entry: EntryInfo) -> str:
        """An entry's details in words, with who signed the override a use started under, and why."""
        override = None
        if entry.override_id is not None and entry.override_signed_by is not None:
            override = (entry.override_signed_by, entry.override_reason or "")
        return self.details(entry.kind, entry.details, override)

    def override(self, signed_by: str, reason: str) -> str:
        return self.tr("Override signed by {name}: {reason}").format(name=signed_by, reason=reason)

    def details(self, kind: str, details: Mapping[str, Any], override: tuple[str, str] | None = None) -> str:
        """The details in words; ``override``: (signer, reason) of the override the entry was made
        under, said in place of its number."""
        if kind == "status_change" and "to" in details:
            return self.tr("{old} → {new}").format(
                old=self.status(str(details.get("from", ""))), new=self.status(str(details["to"]))
            )
        rest = dict(details)
        if kind == "calibration":
            parts = self._calibration(rest)
        elif kind == "qualification":
            parts = self._qualification(rest)
        else:
            parts = []
        if override is not None:
            rest.pop("override_id", None)
            parts.append(self.override(*override))
        # A description or remark speaks for itself; other values are named.
        parts.extend(
            str(value)
            if key in ("description", "remarks")
            else self.tr("{label}: {value}").format(label=self.field(key), value=value)
            for key, value in rest.items()
            if value not in ("", None)
        )
        return "; ".join(parts)

    def _calibration(self, rest: dict[str, Any]) -> list[str]:
        """Result first, then what it means for the due date, then who and which certificate.
        Takes the keys it words out of ``rest``."""
        parts = []
        result, due = rest.pop("result", None), rest.pop("new_due", None)
        if result is not None:
            parts.append(self.result(result))
        if result == "fail":
            parts.append(self.tr("due date unchanged"))
        elif due:
            parts.append(self.tr("next due {date}").format(date=_day_or_text(due)))
        if certificate := rest.pop("certificate", None):
            parts.append(self.tr("certificate {reference}").format(reference=certificate))
        if performed_by := rest.pop("performed_by", None):
            parts.append(self.tr("by {who}").format(who=performed_by))
        if performed_on := rest.pop("performed_on", None):
            parts.append(self.tr("performed on {date}").format(date=_day_or_text(performed_on)))
        return parts

    def _qualification(self, rest: dict[str, Any]) -> list[str]:
        """``OQ passed``, then the protocol or report. Takes the keys it words out of ``rest``."""
        parts = []
        phase, result = rest.pop("phase", None), rest.get("result")
        if phase is not None and result in ("pass", "fail"):
            rest.pop("result")
            words = self.tr("{phase} passed") if result == "pass" else self.tr("{phase} failed")
            parts.append(words.format(phase=phase))
        elif phase is not None:
            parts.append(str(phase))
        if reference := rest.pop("reference", None):
            parts.append(self.tr("protocol {reference}").format(reference=reference))
        return parts


def _day_or_text(value: object) -> str:
    """A stored ISO date as Belgians write it; anything else (a hand-corrected value) as it is."""
    try:
        return day_text(str(value))
    except ValueError:
        return str(value)
