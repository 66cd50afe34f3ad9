"""Who may use which equipment: grant (or extend), revoke, and list the standing authorisations.

An extension is a new row superseding the standing one; a revocation marks the standing row once,
with who, when and why. Whether an authorisation holds today (expired, revoked, lapsed for lack of
use) is the domain's rule (``domain/equipment.py``); the last use comes from the logbooks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Subquery, and_, func, select
from sqlalchemy.orm import Session

from aptaskil_desk.clock import local
from aptaskil_desk.db.models import Equipment, EquipmentAuthorisation, LogbookEntry, Person
from aptaskil_desk.domain import equipment as rules
from aptaskil_desk.domain.names import sort_key
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput, NotFound
from aptaskil_desk.services.base import Actor, Service, UnitOfWork
from aptaskil_desk.services.equipment_rows import load_equipment


@dataclass(frozen=True)
class AuthorisationInfo:
    """One person's standing authorisation for one equipment, and whether it holds today."""

    id: int
    person_id: int
    person_name: str
    equipment_code: str
    granted_on: date
    granted_by: str
    expires_on: date | None
    last_used_on: date | None
    revoked_on: date | None
    revoked_by: str | None
    revoked_reason: str | None
    problem: rules.Reason | None


def _standing() -> ColumnElement[bool]:
    """The condition "not superseded by an extension"."""
    superseded = select(EquipmentAuthorisation.supersedes_id).where(EquipmentAuthorisation.supersedes_id.is_not(None))
    return EquipmentAuthorisation.id.not_in(superseded)


def authorisation_of(s: Session, person_id: int, equipment_id: int) -> EquipmentAuthorisation | None:
    """The person's standing authorisation for the equipment (extensions supersede)."""
    return s.execute(
        select(EquipmentAuthorisation).where(
            EquipmentAuthorisation.person_id == person_id,
            EquipmentAuthorisation.equipment_id == equipment_id,
            _standing(),
        )
    ).scalar_one_or_none()


def _last_uses(equipment_id: int | None) -> Subquery:
    """When each person last started a use of each equipment (of one equipment, or all): one
    grouped query, joined to the authorisations."""
    stmt = select(LogbookEntry.equipment_id, LogbookEntry.person_id, func.max(LogbookEntry.at).label("last_at")).where(
        LogbookEntry.kind == "use", LogbookEntry.person_id.is_not(None)
    )
    if equipment_id is not None:
        stmt = stmt.where(LogbookEntry.equipment_id == equipment_id)
    return stmt.group_by(LogbookEntry.equipment_id, LogbookEntry.person_id).subquery("last_use")


def _as_rule(auth: EquipmentAuthorisation, last_used_on: date | None) -> rules.Authorisation:
    return rules.Authorisation(auth.granted_on, auth.expires_on, last_used_on, auth.revoked_on)


def authorisation_state(s: Session, person_id: int, e: Equipment) -> rules.Authorisation | None:
    """The person's standing authorisation for the equipment as the domain rules read it."""
    auth = authorisation_of(s, person_id, e.id)
    if auth is None:
        return None
    last_use = s.execute(
        select(func.max(LogbookEntry.at)).where(
            LogbookEntry.equipment_id == e.id, LogbookEntry.person_id == person_id, LogbookEntry.kind == "use"
        )
    ).scalar_one_or_none()
    return _as_rule(auth, local(last_use).date() if last_use else None)


class EquipmentAuthorisations(Service):
    """The authorisation calls of :class:`~aptaskil_desk.services.equipment.EquipmentService`."""

    #: How long an authorisation may go unused before it lapses (set by the service).
    _lapse: timedelta

    def authorisations(self, code: str | None = None) -> list[AuthorisationInfo]:
        """Standing authorisations (of one equipment, or all) with what is wrong with each today,
        by equipment code then family name. Two queries, however many authorisations."""
        today = local(self._clock.now()).date()

        def work(s: Session) -> list[AuthorisationInfo]:
            equipment_id = load_equipment(s, code).id if code is not None else None
            last = _last_uses(equipment_id)
            stmt = (
                select(EquipmentAuthorisation, Equipment.code, Person, last.c.last_at)
                .join(Equipment, EquipmentAuthorisation.equipment_id == Equipment.id)
                .join(Person, EquipmentAuthorisation.person_id == Person.id)
                .outerjoin(last, and_(last.c.equipment_id == EquipmentAuthorisation.equipment_id,
                                      last.c.person_id == EquipmentAuthorisation.person_id))
                .where(_standing())
            )  # fmt: skip
            if equipment_id is not None:
                stmt = stmt.where(EquipmentAuthorisation.equipment_id == equipment_id)
            keyed = []
            for auth, equipment_code, person, last_at in s.execute(stmt):
                last_day = local(last_at).date() if last_at else None
                problem = rules.authorisation_problem(_as_rule(auth, last_day), today, self._lapse)
                info = AuthorisationInfo(
                    auth.id, person.id, person.display_name, equipment_code, auth.granted_on, auth.granted_by,
                    auth.expires_on, last_day, auth.revoked_on, auth.revoked_by, auth.revoked_reason, problem,
                )  # fmt: skip
                keyed.append(((equipment_code, sort_key(person.family_name, person.given_name)), info))
            return [info for _, info in sorted(keyed, key=lambda pair: pair[0])]

        return self._read(work)

    def authorise(self, actor: Actor, person_id: int, code: str, expires_on: date | None) -> int:
        """Grant an authorisation, or extend the standing one (a new grant superseding it), until
        ``expires_on`` (included; ``None``: no end date). Returns the new authorisation's id."""

        def work(uow: UnitOfWork) -> int:
            uow.require(Permission.AUTHORISE_EQUIPMENT)
            s = uow.session
            e = load_equipment(s, code)
            if not e.requires_authorisation:
                raise InvalidInput("{code} needs no authorisation: learners may use it without one.", code=code)
            today = local(uow.now()).date()
            if expires_on is not None and expires_on < today:
                raise InvalidInput(
                    "The end date {date} is already past: choose today or later.", date=expires_on.isoformat()
                )
            if s.get(Person, person_id) is None:
                raise NotFound("No person with id {id}.", id=person_id)
            current = authorisation_of(s, person_id, e.id)
            row = EquipmentAuthorisation(
                person_id=person_id, equipment_id=e.id, granted_on=today, expires_on=expires_on,
                granted_by=uow.actor.name, supersedes_id=current.id if current else None,
            )  # fmt: skip
            s.add(row)
            s.flush()
            uow.audit("equipment.authorise", "equipment_authorisation", row.id,
                      new={"person_id": person_id, "equipment": code, "expires_on": expires_on})  # fmt: skip
            return row.id

        return self._write(actor, work)

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
