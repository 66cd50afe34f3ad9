"""Equipment register and logbooks: registration, status, entries, corrections, use gated on
fitness and authorisation, and the signed overrides that let one use past a refusal."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import secrets
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import exists, func, literal, select, tuple_
from sqlalchemy.orm import Session

from aptaskil_desk.clock import Clock, local
from aptaskil_desk.db.audit import canonical
from aptaskil_desk.db.base import UTCDateTime
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.models import (
    Equipment,
    EquipmentAuthorisation,
    EquipmentOverride,
    LogbookEntry,
    Person,
    Room,
    TerminalBadge,
)
from aptaskil_desk.domain import equipment as rules
from aptaskil_desk.domain import questions
from aptaskil_desk.domain.codes import CodeKind, make_code
from aptaskil_desk.domain.names import sort_key
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput, NotFound, Refused
from aptaskil_desk.resources import forms_path
from aptaskil_desk.services.accounts import AccountService
from aptaskil_desk.services.base import Actor, Service, UnitOfWork

ENTRY_KINDS = ("cleaning", "maintenance", "calibration", "incident", "qualification")


class UseRefused(Refused):
    """A use may not start; ``reasons`` say exactly why (for the kiosk and the CLI)."""

    def __init__(self, reasons: Sequence[rules.Reason]) -> None:
        super().__init__("Use refused: {codes}.", codes=", ".join(r.code for r in reasons))
        self.reasons = tuple(reasons)


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


#: An override must be used within this time after it was signed.
OVERRIDE_VALID_FOR = timedelta(minutes=15)


@dataclass(frozen=True)
class OverrideRef:
    """A signed override as a use started under it shows it: which, who signed, when, for what."""

    id: int
    signed_by: str
    signed_at: datetime
    reasons: tuple[str, ...]
    reason: str


def _phases(text: str) -> tuple[str, ...]:
    return tuple(p for p in text.split(",") if p)


def _state(e: Equipment) -> rules.EquipmentState:
    qualified = set(_phases(e.qualified_phases))
    return rules.EquipmentState(
        rules.Status(e.status),
        e.calibration_due,
        {rules.Phase(p): p in qualified for p in ("IQ", "OQ", "PQ")},
        frozenset(rules.Phase(p) for p in _phases(e.required_phases)),
    )


def _info(s: Session, e: Equipment, today: date) -> EquipmentInfo:
    room = s.get(Room, e.room_id) if e.room_id else None
    fit = rules.fitness(_state(e), today)
    return EquipmentInfo(
        e.id, e.code, e.label_code, e.name, e.equipment_type, room.code if room else None, e.status, e.calibration_due,
        _phases(e.required_phases), _phases(e.qualified_phases), e.requires_authorisation, fit.unfit, fit.warnings,
        e.serial_number,
    )  # fmt: skip


def _entry_info(row: LogbookEntry) -> EntryInfo:
    return EntryInfo(row.id, row.kind, row.at, row.person_id, json.loads(row.details), row.supersedes_id,
                     row.closes_id, row.reason, row.recorded_by, row.override_id)  # fmt: skip


def with_corrections(s: Session, entries: list[EntryInfo]) -> list[EntryInfo]:
    """Fill ``superseded_by`` for a page of entries (one query, whatever the page's order)."""
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
    return [dataclasses.replace(e, superseded_by=by.get(e.id)) for e in entries]


def load_equipment(s: Session, code: str, *, lock: bool = False) -> Equipment:
    stmt = select(Equipment).where(Equipment.code == code)
    if lock:
        stmt = stmt.with_for_update()
    found = s.execute(stmt).scalar_one_or_none()
    if found is None:
        raise NotFound("No equipment {code!r}.", code=code)
    return found


@dataclass(frozen=True)
class AuthorisationInfo:
    """One person's standing authorisation for one equipment, and whether it holds today."""

    id: int
    person_id: int
    person_name: str
    equipment_code: str
    granted_on: date
    expires_on: date | None
    last_used_on: date | None
    revoked_on: date | None
    problem: rules.Reason | None


class EquipmentService(Service):
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

    def authorisations(self, code: str | None = None) -> list[AuthorisationInfo]:
        """Standing authorisations (of one equipment, or all), with what is wrong with each today."""
        today = local(self._clock.now()).date()

        def work(s: Session) -> list[AuthorisationInfo]:
            superseded = select(EquipmentAuthorisation.supersedes_id).where(
                EquipmentAuthorisation.supersedes_id.is_not(None)
            )
            stmt = (
                select(EquipmentAuthorisation, Equipment.code, Person)
                .join(Equipment, EquipmentAuthorisation.equipment_id == Equipment.id)
                .join(Person, EquipmentAuthorisation.person_id == Person.id)
                .where(EquipmentAuthorisation.id.not_in(superseded))
            )
            if code is not None:
                stmt = stmt.where(Equipment.id == load_equipment(s, code).id)
            keyed = []
            for auth, equipment_code, person in s.execute(stmt):
                last = s.execute(
                    select(func.max(LogbookEntry.at)).where(
                        LogbookEntry.equipment_id == auth.equipment_id,
                        LogbookEntry.person_id == auth.person_id,
                        LogbookEntry.kind == "use",
                    )
                ).scalar_one_or_none()
                last_day = local(last).date() if last else None
                problem = rules.authorisation_problem(
                    rules.Authorisation(auth.granted_on, auth.expires_on, last_day, auth.revoked_on), today, self._lapse
                )
                info = AuthorisationInfo(
                    auth.id, person.id, person.display_name, equipment_code, auth.granted_on, auth.expires_on,
                    last_day, auth.revoked_on, problem,
                )  # fmt: skip
                keyed.append(((equipment_code, sort_key(person.family_name, person.given_name)), info))
            return [info for _, info in sorted(keyed, key=lambda pair: pair[0])]

        return self._read(work)

    def revoke_authorisation(self, actor: Actor, person_id: int, code: str, reason: str) -> None:
        """Withdraw a person's authorisation (kept on record, with who, when and why)."""
        if not reason.strip():
            raise InvalidInput("A reason is required.")

        def work(uow: UnitOfWork) -> None:
            uow.require(Permission.AUTHORISE_EQUIPMENT)
            e = load_equipment(uow.session, code)
            auth = authorisation_of(uow.session, person_id, e.id)
            if auth is None or auth.revoked_on is not None:
                raise NotFound("Person {id} holds no authorisation for {code}.", id=person_id, code=code)
            auth.revoked_on = local(uow.now()).date()
            auth.revoked_by = uow.actor.name
            auth.revoked_reason = reason
            uow.session.flush()
            uow.audit("equipment.authorisation_revoke", "equipment_authorisation", auth.id,
                      old={"revoked": False}, new={"revoked": True, "person_id": person_id, "equipment": code},
                      reason=reason)  # fmt: skip

        self._write(actor, work)

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
                "calibration_due": calibration_due, "required_phases": phases,
            })  # fmt: skip
            return _info(s, e, local(uow.now()).date())

        return self._write(actor, work)

    def get(self, code: str) -> EquipmentInfo:
        today = local(self._clock.now()).date()
        return self._read(lambda s: _info(s, load_equipment(s, code), today))

    def all(self) -> list[EquipmentInfo]:
        today = local(self._clock.now()).date()
        return self._read(
            lambda s: [_info(s, e, today) for e in s.execute(select(Equipment).order_by(Equipment.code)).scalars()]
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
            return int(total), with_corrections(s, [_entry_info(r) for r in rows])

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
                return with_corrections(s, [_entry_info(r) for r in s.execute(stmt).scalars()])

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
            return with_corrections(s, [_entry_info(r) for r in rows])

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
            return _info(uow.session, e, local(uow.now()).date())

        return self._write(actor, work)

    def record(self, actor: Actor, code: str, kind: str, details: Mapping[str, Any]) -> EntryInfo:
        """Cleaning, maintenance, calibration (new due date), incident (takes it out of service
        at once), qualification (phase passed or not)."""
        if kind not in ENTRY_KINDS:
            raise InvalidInput("Unknown logbook entry kind {kind!r}.", kind=kind)

        def work(uow: UnitOfWork) -> EntryInfo:
            uow.require(
                Permission.MANAGE_EQUIPMENT if kind in ("calibration", "qualification") else Permission.RECORD_LOGBOOK
            )
            e = load_equipment(uow.session, code, lock=True)
            recorded = dict(details)
            if kind == "calibration":
                performed = date.fromisoformat(str(recorded.get("performed_on") or local(uow.now()).date()))
                due = recorded.get("new_due")
                if due is None and e.calibration_interval_days:
                    due = (performed + timedelta(days=e.calibration_interval_days)).isoformat()
                if due is None or not recorded.get("result"):
                    raise InvalidInput("A calibration needs a result and a new due date (or an interval).")
                recorded.update(performed_on=performed.isoformat(), new_due=str(due))
                if recorded["result"] == "pass":
                    e.calibration_due = date.fromisoformat(str(due))
            if kind == "qualification":
                phase = str(recorded.get("phase", "")).upper()
                if phase not in ("IQ", "OQ", "PQ") or recorded.get("result") not in ("pass", "fail"):
                    raise InvalidInput("A qualification entry needs a phase (IQ, OQ, PQ) and a result (pass, fail).")
                phases = set(_phases(e.qualified_phases))
                phases = phases | {phase} if recorded["result"] == "pass" else phases - {phase}
                e.qualified_phases = ",".join(sorted(phases))
            row = append_entry(uow, e, kind, recorded, actor.person_id)
            if kind == "incident":  # a fault report takes the equipment out of service at once
                append_entry(uow, e, "status_change", {"from": e.status, "to": "out_of_service", "incident": row.id},
                             actor.person_id, reason="incident reported")  # fmt: skip
                e.status = "out_of_service"
            return _entry_info(row)

        return self._write(actor, work)

    def correct(self, actor: Actor, entry_id: int, details: Mapping[str, Any], reason: str) -> EntryInfo:
        """A correction supersedes an entry; both stay in the logbook."""
        if not reason.strip():
            raise InvalidInput("A reason is required.")

        def work(uow: UnitOfWork) -> EntryInfo:
            uow.require(Permission.RECORD_LOGBOOK)
            s = uow.session
            original = s.get(LogbookEntry, entry_id)
            if original is None:
                raise NotFound("No logbook entry {id}.", id=entry_id)
            if s.execute(select(LogbookEntry.id).where(LogbookEntry.supersedes_id == entry_id)).first():
                raise InvalidInput("Entry {id} was already corrected: correct the latest correction.", id=entry_id)
            e = s.get(Equipment, original.equipment_id)
            assert e is not None
            row = append_entry(uow, e, original.kind, details, original.person_id, supersedes_id=entry_id,
                               reason=reason)  # fmt: skip
            return _entry_info(row)

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

    def authorise(self, actor: Actor, person_id: int, code: str, expires_on: date | None) -> int:
        def work(uow: UnitOfWork) -> int:
            uow.require(Permission.AUTHORISE_EQUIPMENT)
            s = uow.session
            e = load_equipment(s, code)
            if s.get(Person, person_id) is None:
                raise NotFound("No person with id {id}.", id=person_id)
            current = authorisation_of(s, person_id, e.id)
            row = EquipmentAuthorisation(
                person_id=person_id, equipment_id=e.id, granted_on=local(uow.now()).date(), expires_on=expires_on,
                granted_by=uow.actor.name, supersedes_id=current.id if current else None,
            )  # fmt: skip
            s.add(row)
            s.flush()
            uow.audit("equipment.authorise", "equipment_authorisation", row.id,
                      new={"person_id": person_id, "equipment": code, "expires_on": expires_on})  # fmt: skip
            return row.id

        return self._write(actor, work)

    def sign_override(self, login: str, password: str, person_id: int, code: str, reason: str, terminal: str) -> int:
        """An instructor or technician authorises one use despite the refusal, with a reason and an
        electronic signature (password asked again). Busy equipment cannot be overridden.

        At a kiosk, the learner's badge pairing on ``terminal`` (if it is still this learner's) is
        renewed, so that the equipment scan that follows the signature pairs with them however
        long the signing took."""
        if not reason.strip():
            raise InvalidInput("A reason is required.")
        signer = self._accounts.authenticate_password(login, password, terminal)

        def work(uow: UnitOfWork) -> int:
            uow.require(Permission.AUTHORISE_EQUIPMENT)
            s = uow.session
            e = load_equipment(s, code, lock=True)
            problems = problems_for(s, e, person_id, local(uow.now()).date(), lapse_after=self._lapse)
            if not problems:
                raise InvalidInput("Nothing to override: {code} may be used as it is.", code=code)
            busy = [p for p in problems if p.code in rules.BUSY]
            if busy:
                raise UseRefused(busy)
            now = uow.now()
            codes = sorted(p.code for p in problems)
            content = {"equipment": code, "person_id": person_id, "reasons": codes, "reason": reason,
                       "signer": signer.person_id, "signed_at": now, "meaning": "override"}  # fmt: skip
            digest = hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()
            row = EquipmentOverride(
                equipment_id=e.id, person_id=person_id, signed_by_id=signer.person_id, signed_at=now,
                reasons_overridden=canonical(codes), reason=reason, content_hash=digest,
            )  # fmt: skip
            s.add(row)
            s.flush()
            uow.audit("equipment.override_signed", "equipment_override", row.id, new={**content, "hash": digest},
                      reason=reason)  # fmt: skip
            pairing = s.get(TerminalBadge, terminal, with_for_update=True)
            if pairing is not None and pairing.person_id == person_id:
                pairing.at = now
            return row.id

        return self._write(signer.actor(terminal), work)

    def start_use(
        self, person_id: int, code: str, terminal: str, purpose: str = "", *, override_id: int | None = None,
        answers: Mapping[str, str] | None = None,
    ) -> EntryInfo:  # fmt: skip
        """Start a use for a person, or refuse saying why. The equipment row is locked, so two
        terminals starting at the same instant cannot both succeed. A signed override (see
        :meth:`sign_override`) covers the reasons it was signed for, once, within 15 minutes.
        Pre-use answers, when given, are recorded and an unexpected one refuses the use (the kiosk
        flow in services/scan.py asks them; this staff-side call does not require them)."""
        kiosk = Actor(None, f"kiosk:{terminal}", terminal)

        def work(uow: UnitOfWork) -> EntryInfo | UseRefused:
            e = load_equipment(uow.session, code, lock=True)
            return begin_use(uow, e, person_id, purpose=purpose, override_id=override_id, answers=answers,
                             lapse_after=self._lapse)  # fmt: skip

        outcome = self._write(kiosk, work)
        if isinstance(outcome, UseRefused):
            raise outcome
        return outcome

    def stop_use(self, person_id: int, code: str, terminal: str, answers: Mapping[str, str] | None = None) -> EntryInfo:
        kiosk = Actor(None, f"kiosk:{terminal}", terminal)

        def work(uow: UnitOfWork) -> EntryInfo:
            e = load_equipment(uow.session, code, lock=True)
            return end_use(uow, e, person_id, answers)

        return self._write(kiosk, work)


# --- the pieces shared with the kiosk scan flow (they run inside the caller's transaction) -------


def append_entry(
    uow: UnitOfWork, e: Equipment, kind: str, details: Mapping[str, Any], person_id: int | None, *,
    closes_id: int | None = None, supersedes_id: int | None = None, reason: str | None = None,
    override_id: int | None = None,
) -> LogbookEntry:  # fmt: skip
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


def authorisation_of(s: Session, person_id: int, equipment_id: int) -> EquipmentAuthorisation | None:
    """The person's standing authorisation for the equipment (extensions supersede)."""
    superseded = select(EquipmentAuthorisation.supersedes_id).where(EquipmentAuthorisation.supersedes_id.is_not(None))
    return s.execute(
        select(EquipmentAuthorisation).where(
            EquipmentAuthorisation.person_id == person_id,
            EquipmentAuthorisation.equipment_id == equipment_id,
            EquipmentAuthorisation.id.not_in(superseded),
        )
    ).scalar_one_or_none()


def problems_for(
    s: Session, e: Equipment, person_id: int, today: date, *, lapse_after: timedelta = rules.LAPSE_AFTER
) -> list[rules.Reason]:
    """Every reason this person may not start using this equipment today (an authorisation
    unused for longer than ``lapse_after`` has lapsed)."""
    fit = rules.fitness(_state(e), today)
    problems = [*fit.unfit, *fit.busy]
    if e.requires_authorisation:
        auth = authorisation_of(s, person_id, e.id)
        last_use = s.execute(
            select(func.max(LogbookEntry.at)).where(
                LogbookEntry.equipment_id == e.id, LogbookEntry.person_id == person_id, LogbookEntry.kind == "use"
            )
        ).scalar_one_or_none()
        problem = rules.authorisation_problem(
            None if auth is None else rules.Authorisation(
                auth.granted_on, auth.expires_on, local(last_use).date() if last_use else None, auth.revoked_on
            ),
            today,
            lapse_after,
        )  # fmt: skip
        if problem is not None:
            problems.append(problem)
    return problems


def beyond_override(
    s: Session, override_id: int, e: Equipment, person_id: int, problems: list[rules.Reason], now: datetime
) -> list[rules.Reason]:
    """The problems an override does not cover (all of them if it does not apply)."""
    override = s.get(EquipmentOverride, override_id)
    used = s.execute(select(LogbookEntry.id).where(LogbookEntry.override_id == override_id)).first()
    if (
        override is None
        or used is not None
        or override.equipment_id != e.id
        or override.person_id != person_id
        or now - override.signed_at > OVERRIDE_VALID_FOR
    ):
        return [*problems, rules.Reason("override_not_valid")]
    covered = set(json.loads(override.reasons_overridden))
    return [p for p in problems if p.code not in covered]


def pending_override(s: Session, e: Equipment, person_id: int, now: datetime) -> EquipmentOverride | None:
    """The newest override signed for this person and equipment within ``OVERRIDE_VALID_FOR``
    that no use was started under yet (the kiosk applies it by itself; see scan_equipment)."""
    used = exists().where(
        LogbookEntry.equipment_id == e.id,
        LogbookEntry.at >= EquipmentOverride.signed_at,  # a use comes after its override: the index's range
        LogbookEntry.override_id == EquipmentOverride.id,
    )
    return s.execute(
        select(EquipmentOverride)
        .where(
            EquipmentOverride.equipment_id == e.id,
            EquipmentOverride.person_id == person_id,
            EquipmentOverride.signed_at >= now - OVERRIDE_VALID_FOR,
            EquipmentOverride.signed_at <= now,
            ~used,
        )
        .order_by(EquipmentOverride.signed_at.desc(), EquipmentOverride.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def override_ref(s: Session, override: EquipmentOverride) -> OverrideRef:
    """What a result shows of an override: its number, the signer's name, when and for what."""
    signer = s.get(Person, override.signed_by_id)
    return OverrideRef(
        override.id, signer.display_name if signer else str(override.signed_by_id), override.signed_at,
        tuple(json.loads(override.reasons_overridden)), override.reason,
    )  # fmt: skip


def find_open_use(s: Session, e: Equipment) -> LogbookEntry | None:
    closed = select(LogbookEntry.closes_id).where(LogbookEntry.closes_id.is_not(None))
    return s.execute(
        select(LogbookEntry).where(
            LogbookEntry.equipment_id == e.id, LogbookEntry.kind == "use", LogbookEntry.id.not_in(closed)
        )
    ).scalar_one_or_none()


def begin_use(
    uow: UnitOfWork, e: Equipment, person_id: int, *, purpose: str = "", override_id: int | None = None,
    answers: Mapping[str, str] | None = None, problems: list[rules.Reason] | None = None,
    lapse_after: timedelta = rules.LAPSE_AFTER,
) -> EntryInfo | UseRefused:  # fmt: skip
    """Start a use (the equipment row must be locked by the caller), or say why not.

    ``problems``: what :func:`problems_for` already found in this transaction, if the caller
    asked (the kiosk flow asks before showing the questions); otherwise it is asked here, with
    ``lapse_after`` as the authorisation lapse period.
    """
    s = uow.session
    if problems is None:
        problems = problems_for(s, e, person_id, local(uow.now()).date(), lapse_after=lapse_after)
    if problems and override_id is not None:
        problems = beyond_override(s, override_id, e, person_id, problems, uow.now())
    if answers is not None:
        pre = questions.for_type(questions_catalogue(), e.equipment_type).pre
        problems = [
            *problems,
            *(rules.Reason("pre_use_answer", {"question": q.id}) for q in questions.unexpected(pre, answers)),
        ]
    if problems:
        uow.audit("equipment.use_refused", "equipment", e.id,
                  new={"person_id": person_id, "reasons": [p.code for p in problems]})  # fmt: skip
        return UseRefused(problems)
    details: dict[str, Any] = {"purpose": purpose}
    if answers is not None:
        details["answers"] = dict(answers)
    if override_id is not None:
        details["override_id"] = override_id
    row = append_entry(uow, e, "use", details, person_id, override_id=override_id)
    e.status = "in_use"
    return _entry_info(row)


def end_use(uow: UnitOfWork, e: Equipment, person_id: int, answers: Mapping[str, str] | None) -> EntryInfo:
    """Close this person's open use of the equipment; unexpected post-use answers are anomalies."""
    open_use = find_open_use(uow.session, e)
    if open_use is None or open_use.person_id != person_id:
        raise InvalidInput("{code} is not in use by this person.", code=e.code)
    details: dict[str, Any] = {}
    if answers is not None:
        post = questions.for_type(questions_catalogue(), e.equipment_type).post
        details["answers"] = dict(answers)
        anomalies = [q.id for q in questions.unexpected(post, answers)]
        if anomalies:
            details["anomalies"] = anomalies
    row = append_entry(uow, e, "use_end", details, person_id, closes_id=open_use.id)
    e.status = "available"
    return _entry_info(row)


@cache
def questions_catalogue() -> dict[str, questions.QuestionSet]:
    """The pre-/post-use questions of ``forms/equipment-questions.toml`` (read once)."""
    path = forms_path("equipment-questions.toml")
    return questions.parse_questions(path.read_text(encoding="utf-8"), path.name)
