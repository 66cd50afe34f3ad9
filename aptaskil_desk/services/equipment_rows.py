"""What the equipment services return, and the row lookups and writes their modules share.

Frozen dataclasses built from rows inside a transaction (never live ORM objects), the lookup of an
equipment by code, and the one way a logbook entry is appended (with its audit row). The use cases
live in :mod:`~aptaskil_desk.services.equipment`, :mod:`~aptaskil_desk.services.equipment_use` and
:mod:`~aptaskil_desk.services.equipment_authorisations`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.audit import canonical
from aptaskil_desk.db.models import Equipment, EquipmentOverride, LogbookEntry, Person, Room
from aptaskil_desk.domain import equipment as rules
from aptaskil_desk.errors import NotFound
from aptaskil_desk.services.base import UnitOfWork

#: The entries a person records by hand (uses, their ends and status changes have calls of their own).
ENTRY_KINDS = ("cleaning", "maintenance", "calibration", "incident", "qualification")


@dataclass(frozen=True)
class EquipmentInfo:
    id: int
    code: str
    label_code: str
    name: str
    equipment_type: str
    room: str | None
    status: str
    calibration_due: date | None
    required_phases: tuple[str, ...]
    qualified_phases: tuple[str, ...]
    requires_authorisation: bool
    unfit: tuple[rules.Reason, ...]
    warnings: tuple[rules.Reason, ...]
    serial_number: str | None = None
    #: Days from a passed calibration to the next one (the calibration form suggests the due date).
    calibration_interval_days: int | None = None


@dataclass(frozen=True)
class EntryInfo:
    id: int
    kind: str
    at: datetime
    person_id: int | None
    details: Mapping[str, Any]
    supersedes_id: int | None
    closes_id: int | None
    reason: str | None
    recorded_by: str
    override_id: int | None = None
    #: The entry that corrects this one, if any (the original stays, struck through).
    superseded_by: int | None = None
    #: Who signed the override the use started under, and why (with ``override_id``).
    override_signed_by: str | None = None
    override_reason: str | None = None


def phases(text: str) -> tuple[str, ...]:
    """The phases stored as ``"IQ,OQ"``."""
    return tuple(p for p in text.split(",") if p)


def state(e: Equipment) -> rules.EquipmentState:
    qualified = set(phases(e.qualified_phases))
    return rules.EquipmentState(
        rules.Status(e.status),
        e.calibration_due,
        {rules.Phase(p): p in qualified for p in ("IQ", "OQ", "PQ")},
        frozenset(rules.Phase(p) for p in phases(e.required_phases)),
    )


def equipment_info(s: Session, e: Equipment, today: date) -> EquipmentInfo:
    room = s.get(Room, e.room_id) if e.room_id else None
    fit = rules.fitness(state(e), today)
    return EquipmentInfo(
        e.id, e.code, e.label_code, e.name, e.equipment_type, room.code if room else None, e.status, e.calibration_due,
        phases(e.required_phases), phases(e.qualified_phases), e.requires_authorisation, fit.unfit, fit.warnings,
        e.serial_number, e.calibration_interval_days,
    )  # fmt: skip


def entry_info(row: LogbookEntry) -> EntryInfo:
    return EntryInfo(row.id, row.kind, row.at, row.person_id, json.loads(row.details), row.supersedes_id,
                     row.closes_id, row.reason, row.recorded_by, row.override_id)  # fmt: skip


def with_links(s: Session, entries: list[EntryInfo]) -> list[EntryInfo]:
    """Fill ``superseded_by`` and the overrides' signer and reason for a page of entries (one query
    each, whatever the page's size and order)."""
    ids = [e.id for e in entries]
    if not ids:
        return entries
    by = dict(
        (old, new)
        for old, new in s.execute(
            select(LogbookEntry.supersedes_id, LogbookEntry.id).where(LogbookEntry.supersedes_id.in_(ids))
        )
        if old is not None
    )
    override_ids = {e.override_id for e in entries if e.override_id is not None}
    signed: dict[int, tuple[str, str]] = {}
    if override_ids:
        rows = s.execute(
            select(EquipmentOverride.id, Person, EquipmentOverride.reason)
            .join(Person, EquipmentOverride.signed_by_id == Person.id)
            .where(EquipmentOverride.id.in_(override_ids))
        )
        signed = {override_id: (signer.display_name, reason) for override_id, signer, reason in rows}
    return [
        dataclasses.replace(
            e,
            superseded_by=by.get(e.id),
            override_signed_by=signed[e.override_id][0] if e.override_id in signed else None,
            override_reason=signed[e.override_id][1] if e.override_id in signed else None,
        )
        for e in entries
    ]


def load_equipment(s: Session, code: str, *, lock: bool = False) -> Equipment:
    """The equipment with this code (its row locked for the transaction with ``lock``)."""
    stmt = select(Equipment).where(Equipment.code == code)
    if lock:
        stmt = stmt.with_for_update()
    found = s.execute(stmt).scalar_one_or_none()
    if found is None:
        raise NotFound("No equipment {code!r}.", code=code)
    return found


def append_entry(
    uow: UnitOfWork, e: Equipment, kind: str, details: Mapping[str, Any], person_id: int | None, *,
    closes_id: int | None = None, supersedes_id: int | None = None, reason: str | None = None,
    override_id: int | None = None,
) -> LogbookEntry:  # fmt: skip
    """Add one logbook entry, now, by the acting person, with its audit row."""
    now = uow.now()
    row = LogbookEntry(
        equipment_id=e.id, kind=kind, at=now, person_id=person_id, details=canonical(dict(details)),
        closes_id=closes_id, supersedes_id=supersedes_id, reason=reason, override_id=override_id,
        terminal=uow.actor.terminal, recorded_at=now, recorded_by=uow.actor.name,
    )  # fmt: skip
    uow.session.add(row)
    uow.session.flush()
    uow.audit(f"logbook.{kind}", "logbook_entry", row.id, new={"equipment": e.code, **details},
              reason=reason)  # fmt: skip
    return row
