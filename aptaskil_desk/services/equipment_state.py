"""How calibration and qualification entries set an equipment's state, when recorded or corrected.

Rules:
1. A calibration's result is ``pass`` or ``fail``; its day (``performed_on``, today when not given)
   is not in the future. A passed calibration needs the next due date (or the equipment's interval
   gives it), after the calibration day; it becomes the equipment's ``calibration_due``. A failed
   one needs no due date and never moves it (a date given is only noted, and must still be after
   the calibration day).
2. A qualification entry names a phase (IQ, OQ, PQ) and a result: passed, the phase counts as
   qualified; failed, it no longer does.
3. A correction stands in the place of the entry it corrects: the state is worked out again from
   the entries that stand, in the order the originals were recorded, as if the correction had been
   recorded instead (a corrected calibration without a day keeps the corrected entry's). With no passed
   calibration left, the due date is the one given at registration.
4. Every change of the state is audited (old and new value) in the transaction of its entry.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from aptaskil_desk.db.models import AuditLog, Equipment, LogbookEntry
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.services.base import UnitOfWork
from aptaskil_desk.services.equipment_rows import phases

#: The entries that change the equipment's fitness: recorded and corrected only by people who manage it.
STATE_KINDS = ("calibration", "qualification")
PHASES = ("IQ", "OQ", "PQ")
RESULTS = ("pass", "fail")


def permission_for(kind: str) -> Permission:
    """What recording (or correcting) an entry of this kind takes."""
    return Permission.MANAGE_EQUIPMENT if kind in STATE_KINDS else Permission.RECORD_LOGBOOK


def checked_details(e: Equipment, kind: str, details: Mapping[str, Any], today: date) -> dict[str, Any]:
    """The details as they will be recorded: a calibration's or qualification's checked and
    completed (rules 1 and 2), any other kind's as given. Raises ``InvalidInput`` naming what is wrong."""
    recorded = dict(details)
    if kind == "calibration":
        return _checked_calibration(e, recorded, today)
    if kind == "qualification":
        phase = str(recorded.get("phase", "")).upper()
        if phase not in PHASES or recorded.get("result") not in RESULTS:
            raise InvalidInput("A qualification entry needs a phase (IQ, OQ, PQ) and a result (pass, fail).")
        recorded["phase"] = phase
    return recorded


def _day(value: Any) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput("Not a date: {value!r} (use YYYY-MM-DD).", value=str(value)) from None


def _checked_calibration(e: Equipment, recorded: dict[str, Any], today: date) -> dict[str, Any]:
    result = recorded.get("result")
    if result not in RESULTS:
        raise InvalidInput("A calibration result is pass or fail.")
    performed = _day(recorded.get("performed_on")) or today
    if performed > today:
        raise InvalidInput("The calibration day {date} is in the future.", date=performed.isoformat())
    due = _day(recorded.get("new_due"))
    if due is None and result == "pass" and e.calibration_interval_days:
        due = performed + timedelta(days=e.calibration_interval_days)
    if due is None and result == "pass":
        raise InvalidInput("A passed calibration needs the next due date (or a calibration interval).")
    if due is not None and due <= performed:
        raise InvalidInput(
            "The next due date {due} must be after the calibration day {date}.",
            due=due.isoformat(), date=performed.isoformat(),
        )  # fmt: skip
    recorded["performed_on"] = performed.isoformat()
    recorded.pop("new_due", None)
    if due is not None:
        recorded["new_due"] = due.isoformat()
    return recorded


def apply_recorded(uow: UnitOfWork, e: Equipment, kind: str, recorded: Mapping[str, Any]) -> None:
    """Change the state as a new entry says (checked by :func:`checked_details`)."""
    if kind == "calibration" and recorded["result"] == "pass":
        _set(uow, e, "calibration_due", date.fromisoformat(recorded["new_due"]), None)
    elif kind == "qualification":
        qualified = set(phases(e.qualified_phases))
        phase = recorded["phase"]
        qualified = qualified | {phase} if recorded["result"] == "pass" else qualified - {phase}
        _set(uow, e, "qualified_phases", ",".join(sorted(qualified)), None)


def recompute(uow: UnitOfWork, e: Equipment, kind: str, reason: str) -> None:
    """Work the state out again after a correction of an entry of ``kind`` (rule 3)."""
    standing = _standing_details(uow, e, kind)
    if kind == "calibration":
        passed = [d for d in standing if d.get("result") == "pass" and _day(d.get("new_due")) is not None]
        due = _day(passed[-1]["new_due"]) if passed else _registered_due(uow, e)
        _set(uow, e, "calibration_due", due, reason)
    elif kind == "qualification":
        last = {str(d.get("phase", "")).upper(): d.get("result") for d in standing}
        _set(uow, e, "qualified_phases", ",".join(p for p in PHASES if last.get(p) == "pass"), reason)


def _standing_details(uow: UnitOfWork, e: Equipment, kind: str) -> list[dict[str, Any]]:
    """The details of the entries of ``kind`` that no correction supersedes, each correction in
    the place of the first entry of its chain (the order the originals were recorded in)."""
    rows = uow.session.execute(
        select(LogbookEntry.id, LogbookEntry.supersedes_id, LogbookEntry.details)
        .where(LogbookEntry.equipment_id == e.id, LogbookEntry.kind == kind)
        .order_by(LogbookEntry.at, LogbookEntry.id)
    ).all()
    place: dict[int, int] = {}  # entry id → position of its chain's first entry
    superseded = {old for _, old, _ in rows if old is not None}
    for position, (entry_id, old, _) in enumerate(rows):
        place[entry_id] = place.get(old, position) if old is not None else position
    standing = sorted((place[entry_id], entry_id, text) for entry_id, _, text in rows if entry_id not in superseded)
    return [json.loads(text) for _, _, text in standing]


def _registered_due(uow: UnitOfWork, e: Equipment) -> date | None:
    """The due date given when the equipment was registered (its audit row holds it). Read only
    when no passed calibration stands: the audit trail has no index for this lookup."""
    new_values = uow.session.execute(
        select(AuditLog.new_values).where(
            AuditLog.action == "equipment.create", AuditLog.entity == "equipment", AuditLog.entity_id == str(e.id)
        )
    ).scalar_one_or_none()
    value = json.loads(new_values or "{}").get("calibration_due")
    return date.fromisoformat(value) if value else None


def _set(uow: UnitOfWork, e: Equipment, field: str, value: date | str | None, reason: str | None) -> None:
    """Set one state field, audited with its old value when it changes (rule 4)."""
    old = getattr(e, field)
    if old == value:
        return
    setattr(e, field, value)
    uow.audit("equipment.update", "equipment", e.id, old={field: old}, new={field: value}, reason=reason)
