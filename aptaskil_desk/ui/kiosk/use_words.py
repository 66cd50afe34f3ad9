"""An equipment scan's outcome in words for the kiosk: the headline, and every refusal reason."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QObject

from aptaskil_desk.clock import local
from aptaskil_desk.domain.equipment import Reason, overridable
from aptaskil_desk.domain.questions import Question
from aptaskil_desk.services.scan import ScanResult

log = logging.getLogger(__name__)

#: The ``reason`` of a refused scan that came from an equipment label, not a badge.
EQUIPMENT_REFUSALS = frozenset({"badge_first", "unknown_equipment", "use_refused"})
#: The results only an equipment label gives.
EQUIPMENT_RESULTS = frozenset({"use_started", "use_stopped", "questions"})


def is_equipment(result: ScanResult) -> bool:
    """True for the outcome of an equipment label's scan (the badge outcomes have their own words)."""
    return result.result in EQUIPMENT_RESULTS or (result.result == "refused" and result.reason in EQUIPMENT_REFUSALS)


def may_be_overridden(result: ScanResult) -> bool:
    """True for a use refusal that a staff signature could lift: a learner and an equipment are
    known, and no reason is one an override never lifts (busy equipment, a non-compliant answer)."""
    return (
        result.result == "refused"
        and result.reason == "use_refused"
        and result.person is not None
        and result.equipment is not None
        and overridable(result.reasons)
    )


def day(value: str) -> str:
    """An ISO date (or instant) from a reason's parameters as the kiosk writes dates: 12/11/2026."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    on: date = local(parsed).date() if parsed.tzinfo is not None else parsed.date()
    return f"{on:%d/%m/%Y}"


class KioskUseWords(QObject):
    """Translated sentences for an equipment use at the kiosk (context ``KioskUseWords``).

    Signals: none.
    """

    def equipment_line(self, result: ScanResult) -> str:
        """The equipment by name and code, or nothing when the label was unknown."""
        if result.equipment is None:
            return ""
        return self.tr("{name} ({code})").format(name=result.equipment.name, code=result.equipment.code)

    def headline(self, result: ScanResult) -> str:
        if result.result == "use_started":
            return self.tr("Use started")
        if result.result == "use_stopped":
            return self.tr("Use ended")
        if result.reason == "use_refused":
            return self.tr("Use refused")
        return self.tr("Equipment not recorded")

    def override_line(self, result: ScanResult) -> str:
        """Who signed the override a use runs under, or nothing."""
        if result.override is None or result.result not in ("use_started", "questions"):
            return ""
        return self.tr("Under an override signed by {name}").format(name=result.override.signed_by)

    def time_line(self, result: ScanResult, at: str) -> str:
        if result.result == "use_started":
            return self.tr("Started at {time}").format(time=at)
        if result.result == "use_stopped":
            return self.tr("Ended at {time}").format(time=at)
        return ""

    def why(self, result: ScanResult, asked: Sequence[Question] = (), language: str = "fr") -> list[str]:
        """Every reason of a refusal, one sentence each; ``asked`` gives a question's words."""
        if result.reason == "badge_first":
            return [self.tr("Scan your badge first, then the equipment")]
        if result.reason == "unknown_equipment":
            return [self.tr("Unknown equipment label: tell your instructor")]
        texts = {q.id: q.in_language(language) for q in asked}
        return [self.reason(r, texts) for r in result.reasons] or [self.tr("Use refused")]

    def reason(self, reason: Reason, questions: dict[str, str]) -> str:
        """One reason in words; ``questions`` maps a question's id to its text on screen."""
        code, params = reason.code, reason.params
        since = day(params.get("since", ""))
        fixed = {
            "out_of_service": self.tr("Equipment out of service"),
            "quarantine": self.tr("Equipment in quarantine"),
            "in_use": self.tr("Equipment already in use"),
            "cleaning": self.tr("Equipment being cleaned"),
            "maintenance": self.tr("Equipment under maintenance"),
            "not_authorised": self.tr("No authorisation for this equipment"),
        }
        if code in fixed:
            return fixed[code]
        if code == "calibration_overdue":
            return self.tr("Calibration overdue since {date}").format(date=since)
        if code == "not_qualified":
            return self.tr("{phase} qualification missing").format(phase=params.get("phase", "?"))
        if code == "authorisation_expired":
            return self.tr("Authorisation expired since {date}").format(date=since)
        if code == "authorisation_revoked":
            return self.tr("Authorisation withdrawn since {date}").format(date=since)
        if code == "authorisation_lapsed":
            last = day(params.get("last_use", ""))
            return self.tr("Authorisation lapsed: last use on {date}").format(date=last)
        if code == "pre_use_answer":
            question = params.get("question", "")
            return self.tr("Answer not compliant: {question}").format(question=questions.get(question, question))
        log.warning("no kiosk words for the refusal reason %r", code)
        return self.tr("Use refused ({code})").format(code=code)
