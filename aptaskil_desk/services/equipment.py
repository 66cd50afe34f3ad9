"""The equipment register and its logbooks: registration, status, recorded entries and their
corrections, and reading the logbooks.

:class:`EquipmentService` is the one service the application builds for equipment; its calls for
authorisations and for uses come from :mod:`~aptaskil_desk.services.equipment_authorisations` and
:mod:`~aptaskil_desk.services.equipment_use`. How calibrations and qualifications set the
equipment's state is in :mod:`~aptaskil_desk.services.equipment_state`.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, literal, select, tuple_
from sqlalchemy.orm import Session

from aptaskil_desk.clock import Clock, local
from aptaskil_desk.db.audit import canonical
from aptaskil_desk.db.base import UTCDateTime
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.models import Equipment, LogbookEntry, Room
from aptaskil_desk.domain import equipment as rules
from aptaskil_desk.domain.codes import CodeKind, make_code
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput, NotFound, Refused
from aptaskil_desk.services.accounts import AccountService
from aptaskil_desk.services.base import Actor, UnitOfWork
from aptaskil_desk.services.equipment_authorisations import AuthorisationInfo, EquipmentAuthorisations
from aptaskil_desk.services.equipment_rows import (
    ENTRY_KINDS,
    EntryInfo,
    EquipmentInfo,
    append_entry,
    entry_info,
    equipment_info,
    load_equipment,
    with_links,
)
from aptaskil_desk.services.equipment_state import apply_recorded, checked_details, permission_for, recompute
from aptaskil_desk.services.equipment_use import EquipmentUse

# The service's results stay importable from here for reports/ and commands/, which other work owns
# at the moment; new code imports them from equipment_rows / equipment_authorisations.
__all__ = ["AuthorisationInfo", "EntryInfo", "EquipmentInfo", "EquipmentService"]


class EquipmentService(EquipmentUse, EquipmentAuthorisations):
    """The register, the logbooks, authorisations and overrides.

    Args:
        authorisation_lapse: how long an authorisation may go unused before it lapses
            (setting ``authorisation_lapse_days``).
    """

    def __init__(
        self,
        db: Database,
        clock: Clock,
        accounts: AccountService,
        *,
        authorisation_lapse: timedelta = rules.LAPSE_AFTER,
    ) -> None:
        super().__init__(db, clock)
        self._accounts = accounts
        self._lapse = authorisation_lapse

    def add(
        self, actor: Actor, code: str, name: str, equipment_type: str, *, room_code: str | None = None,
        manufacturer: str | None = None, model: str | None = None, serial_number: str | None = None,
        calibration_interval_days: int | None = None, calibration_due: date | None = None,
        required_phases: Sequence[str] = (), requires_authorisation: bool = True,
    ) -> EquipmentInfo:  # fmt: skip
        """Register an equipment (available, with a QR label code of its own)."""
        phases = sorted({p.upper() for p in required_phases})
        if any(p not in ("IQ", "OQ", "PQ") for p in phases):
            raise InvalidInput("Qualification phases are IQ, OQ and PQ.")
        if not code.strip() or not name.strip():
            raise InvalidInput("An equipment needs a code and a name.")

        def work(uow: UnitOfWork) -> EquipmentInfo:
            uow.require(Permission.MANAGE_EQUIPMENT)
            s = uow.session
            if s.execute(select(Equipment.id).where(Equipment.code == code)).first():
                raise InvalidInput("Equipment {code!r} already exists.", code=code)
            room_id = None
            if room_code is not None:
                room_id = s.execute(select(Room.id).where(Room.code == room_code)).scalar_one_or_none()
                if room_id is None:
                    raise NotFound("No room {code!r}.", code=room_code)
            e = Equipment(
                code=code, label_code=make_code(CodeKind.EQUIPMENT, secrets.token_bytes(10)), name=name,
                equipment_type=equipment_type, room_id=room_id, manufacturer=manufacturer, model=model,
                serial_number=serial_number, status="available", calibration_interval_days=calibration_interval_days,
                calibration_due=calibration_due, required_phases=",".join(phases), qualified_phases="",
                requires_authorisation=requires_authorisation, created_at=uow.now(),
            )  # fmt: skip
            s.add(e)
            s.flush()
            uow.audit("equipment.create", "equipment", e.id, new={
                "code": code, "name": name, "type": equipment_type, "room": room_code, "serial_number": serial_number,
                "calibration_interval_days": calibration_interval_days, "calibration_due": calibration_due,
                "required_phases": phases,
            })  # fmt: skip
            return equipment_info(s, e, local(uow.now()).date())

        return self._write(actor, work)

    def get(self, code: str) -> EquipmentInfo:
        today = local(self._clock.now()).date()
        return self._read(lambda s: equipment_info(s, load_equipment(s, code), today))

    def all(self) -> list[EquipmentInfo]:
        today = local(self._clock.now()).date()
        return self._read(
            lambda s: [
                equipment_info(s, e, today) for e in s.execute(select(Equipment).order_by(Equipment.code)).scalars()
            ]
        )

    def logbook_page(
        self, code: str, *, offset: int = 0, limit: int = 100, kinds: Sequence[str] = (),
        since: datetime | None = None, until: datetime | None = None, newest_first: bool = True,
    ) -> tuple[int, list[EntryInfo]]:  # fmt: skip
        """One page of a logbook for a screen: (total matching, entries), filtered by kind and time."""

        def work(s: Session) -> tuple[int, list[EntryInfo]]:
            e = load_equipment(s, code)
            where = [LogbookEntry.equipment_id == e.id]
            if kinds:
                where.append(LogbookEntry.kind.in_(kinds))
            if since is not None:
                where.append(LogbookEntry.at >= since)
            if until is not None:
                where.append(LogbookEntry.at < until)
            total = s.execute(select(func.count(LogbookEntry.id)).where(*where)).scalar_one()
            order = (
                (LogbookEntry.at.desc(), LogbookEntry.id.desc()) if newest_first else (LogbookEntry.at, LogbookEntry.id)
            )
            rows = s.execute(select(LogbookEntry).where(*where).order_by(*order).offset(offset).limit(limit)).scalars()
            return int(total), with_links(s, [entry_info(r) for r in rows])

        return self._read(work)

    def logbook_batches(
        self, code: str, *, since: datetime | None = None, until: datetime | None = None, batch: int = 2000
    ) -> Iterator[list[EntryInfo]]:
        """The whole logbook in time order, in batches (each its own short read), for long reports
        with bounded memory. Entries added after the first batch was read are not included."""
        head = self._read(lambda s: s.execute(select(func.max(LogbookEntry.id))).scalar_one_or_none() or 0)
        last_key: tuple[datetime, int] | None = None
        while True:

            def work(s: Session, after: tuple[datetime, int] | None = last_key) -> list[EntryInfo]:
                e = load_equipment(s, code)
                where = [LogbookEntry.equipment_id == e.id, LogbookEntry.id <= head]
                if since is not None:
                    where.append(LogbookEntry.at >= since)
                if until is not None:
                    where.append(LogbookEntry.at < until)
                if after is not None:
                    # A row-value comparison: both databases walk the (equipment, at) index from there.
                    where.append(
                        tuple_(LogbookEntry.at, LogbookEntry.id) > tuple_(literal(after[0], UTCDateTime()), after[1])
                    )
                stmt = select(LogbookEntry).where(*where).order_by(LogbookEntry.at, LogbookEntry.id).limit(batch)
                return with_links(s, [entry_info(r) for r in s.execute(stmt).scalars()])

            rows = self._read(work)
            if not rows:
                return
            yield rows
            last_key = (rows[-1].at, rows[-1].id)

    def logbook(self, code: str) -> list[EntryInfo]:
        def work(s: Session) -> list[EntryInfo]:
            e = load_equipment(s, code)
            rows = s.execute(
                select(LogbookEntry).where(LogbookEntry.equipment_id == e.id).order_by(LogbookEntry.at, LogbookEntry.id)
            ).scalars()
            return with_links(s, [entry_info(r) for r in rows])

        return self._read(work)

    def set_status(self, actor: Actor, code: str, status: str, reason: str) -> EquipmentInfo:
        """Change the status, recorded as a status_change entry with its reason."""
        try:
            new = rules.Status(status)
        except ValueError:
            raise InvalidInput("Unknown status {status!r}.", status=status) from None
        if not reason.strip():
            raise InvalidInput("A reason is required.")

        def work(uow: UnitOfWork) -> EquipmentInfo:
            uow.require(Permission.MANAGE_EQUIPMENT)
            e = load_equipment(uow.session, code, lock=True)
            old = e.status
            append_entry(uow, e, "status_change", {"from": old, "to": new.value}, actor.person_id, reason=reason)
            e.status = new.value
            return equipment_info(uow.session, e, local(uow.now()).date())

        return self._write(actor, work)

    def record(
        self, actor: Actor, code: str, kind: str, details: Mapping[str, Any], *,
        out_of_service_reason: str | None = None,
    ) -> EntryInfo:  # fmt: skip
        """Cleaning, maintenance, calibration (next due date), incident (takes the equipment out of
        service at once), qualification (phase passed or not); rules in ``equipment_state``.

        Args:
            out_of_service_reason: with a failed calibration only: take the equipment out of service
                for this reason, in the same transaction as the calibration entry.
        """
        if kind not in ENTRY_KINDS:
            raise InvalidInput("Unknown logbook entry kind {kind!r}.", kind=kind)
        if out_of_service_reason is not None:
            if kind != "calibration" or details.get("result") != "fail":
                raise InvalidInput("Only a failed calibration takes the equipment out of service with its entry.")
            if not out_of_service_reason.strip():
                raise InvalidInput("A reason is required.")

        def work(uow: UnitOfWork) -> EntryInfo:
            uow.require(permission_for(kind))
            e = load_equipment(uow.session, code, lock=True)
            recorded = checked_details(e, kind, details, local(uow.now()).date())
            row = append_entry(uow, e, kind, recorded, actor.person_id)
            apply_recorded(uow, e, kind, recorded)
            if kind == "incident":  # a fault report takes the equipment out of service at once
                _take_out_of_service(uow, e, "incident", row.id, "incident reported")
            elif out_of_service_reason is not None and e.status != rules.Status.OUT_OF_SERVICE:
                _take_out_of_service(uow, e, "calibration", row.id, out_of_service_reason)
            return entry_info(row)

        return self._write(actor, work)

    def correct(self, actor: Actor, entry_id: int, details: Mapping[str, Any], reason: str) -> EntryInfo:
        """A correction supersedes an entry; both stay in the logbook. A calibration's or
        qualification's is checked like a new one and the equipment's state worked out again, as if
        it had been recorded instead (only people who manage equipment correct those)."""
        if not reason.strip():
            raise InvalidInput("A reason is required.")

        def work(uow: UnitOfWork) -> EntryInfo:
            s = uow.session
            original = s.get(LogbookEntry, entry_id)
            if original is None:
                raise NotFound("No logbook entry {id}.", id=entry_id)
            uow.require(permission_for(original.kind))
            if s.execute(select(LogbookEntry.id).where(LogbookEntry.supersedes_id == entry_id)).first():
                raise InvalidInput("Entry {id} was already corrected: correct the latest correction.", id=entry_id)
            e = s.get(Equipment, original.equipment_id, with_for_update=True)
            assert e is not None  # a foreign key
            given = dict(details)
            if original.kind == "calibration" and not given.get("performed_on"):
                # Recorded instead of the original, it would have been performed on the original's day.
                given["performed_on"] = json.loads(original.details).get("performed_on") or local(original.at).date()
            recorded = checked_details(e, original.kind, given, local(uow.now()).date())
            row = append_entry(uow, e, original.kind, recorded, original.person_id, supersedes_id=entry_id,
                               reason=reason)  # fmt: skip
            recompute(uow, e, original.kind, reason)
            return entry_info(row)

        return self._write(actor, work)

    def delete_entry(self, actor: Actor, entry_id: int, reason: str = "") -> None:
        """Always refused: logbook entries are never deleted. The attempt itself is audited."""
        self._refuse_change(actor, entry_id, "delete", reason)

    def edit_entry(self, actor: Actor, entry_id: int, details: Mapping[str, Any]) -> None:
        """Always refused: an entry is corrected by a new entry (:meth:`correct`), never edited."""
        self._refuse_change(actor, entry_id, "edit", canonical(dict(details)))

    def _refuse_change(self, actor: Actor, entry_id: int, what: str, detail: str) -> None:
        def work(uow: UnitOfWork) -> None:
            uow.audit(f"logbook.{what}_refused", "logbook_entry", entry_id, new={"attempt": what, "detail": detail})

        self._write(actor, work)
        if what == "delete":
            raise Refused("Logbook entries are never deleted; record a correction with a reason instead.")
        raise Refused("Logbook entries are never edited; record a correction with a reason instead.")


def _take_out_of_service(uow: UnitOfWork, e: Equipment, cause: str, entry_id: int, reason: str) -> None:
    """The status change that an incident or a failed calibration (entry ``entry_id``) brings."""
    append_entry(uow, e, "status_change", {"from": e.status, "to": rules.Status.OUT_OF_SERVICE.value, cause: entry_id},
                 uow.actor.person_id, reason=reason)  # fmt: skip
    e.status = rules.Status.OUT_OF_SERVICE.value
