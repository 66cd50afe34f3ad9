"""What every service shares: the acting person, the unit of work, the audit call."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.clock import Clock
from aptaskil_desk.db import audit
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.models import StaffRole
from aptaskil_desk.domain.permissions import Permission, is_allowed
from aptaskil_desk.errors import PermissionDenied

T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """Who is acting, and from which terminal.

    ``is_system`` marks the operator at the command line, who holds the database's own credentials
    (installation, demo, recovery) and could change the database directly anyway; what matters
    is that their actions are on the trail, named. An actor with no ``person_id`` who is not the
    system (someone still typing a login) holds no permission at all.
    """

    person_id: int | None
    name: str
    terminal: str
    is_system: bool = False

    @classmethod
    def system(cls, terminal: str) -> Actor:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "unknown"
        return cls(None, f"system:{user}", terminal, is_system=True)


class UnitOfWork:
    """One write transaction on behalf of an actor: permission checks and audit rows."""

    def __init__(self, session: Session, actor: Actor, clock: Clock) -> None:
        self.session = session
        self.actor = actor
        self._clock = clock

    def now(self) -> datetime:
        return self._clock.now()

    def roles_of_actor(self) -> set[str]:
        if self.actor.person_id is None:
            return set()
        rows = self.session.execute(
            select(StaffRole.role).where(StaffRole.person_id == self.actor.person_id, StaffRole.revoked_at.is_(None))
        )
        return set(rows.scalars())

    def require(self, permission: Permission) -> None:
        """Refuse unless the actor holds ``permission`` now (roles are read in this transaction)."""
        if self.actor.is_system:
            return
        if not is_allowed(self.roles_of_actor(), permission):
            raise PermissionDenied(
                "{who} may not do this ({permission}).", who=self.actor.name, permission=permission.value
            )

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: str | int | None = None,
        *,
        old: dict[str, Any] | None = None,
        new: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> None:
        audit.append(
            self.session,
            audit.AuditEntry(action, entity, entity_id, old, new, reason),
            clock=self._clock.now,
            actor_id=self.actor.person_id,
            actor_name=self.actor.name,
            terminal=self.actor.terminal,
        )


class Service:
    """Base of the services: the database and the clock, and the two ways to use them."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _write(self, actor: Actor, work: Callable[[UnitOfWork], T], *, gated: bool = True) -> T:
        """One write transaction; ``gated=False`` only for what must be recorded even while writes are
        stopped (sign-ins and their lock-out counts, crash and integrity incidents, QA's resolution)."""
        return self._db.run_write(lambda session: work(UnitOfWork(session, actor, self._clock)), gated=gated)

    def _read(self, work: Callable[[Session], T]) -> T:
        return self._db.run_read(work)

    def _read_as(self, actor: Actor, permission: Permission, work: Callable[[Session], T]) -> T:
        """A read that only some roles may make (the check runs in the same transaction)."""

        def checked(session: Session) -> T:
            UnitOfWork(session, actor, self._clock).require(permission)
            return work(session)

        return self._db.run_read(checked)
