"""Equipment statuses, logbook entry kinds and fitness reasons in the reader's words.

One translation context (``EquipmentWords``) shared by the models, the page and the dialogs, so
each word is translated once. Colours only repeat what the words say.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from aptaskil_desk.clock import local
from aptaskil_desk.domain.equipment import Reason, Status

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

    def details(self, kind: str, details: Mapping[str, Any]) -> str:
        if kind == "status_change" and "to" in details:
            return self.tr("{old} → {new}").format(
                old=self.status(str(details.get("from", ""))), new=self.status(str(details["to"]))
            )
        # The description speaks for itself; other values are named by their key.
        return "; ".join(
            str(value) if key == "description" else f"{key}: {value}"
            for key, value in details.items()
            if value not in ("", None)
        )
