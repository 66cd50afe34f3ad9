"""Staff accounts: creation, roles, kiosk PIN, authentication with lock-out, unlocking."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from aptaskil_desk.clock import Clock
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.enums import Role
from aptaskil_desk.db.models import Person, StaffAccount, StaffRole
from aptaskil_desk.domain.credentials import check_login, check_password, check_pin
from aptaskil_desk.domain.names import sort_key
from aptaskil_desk.domain.permissions import Permission, is_allowed
from aptaskil_desk.errors import AccountLocked, AuthenticationFailed, InvalidInput, NotFound
from aptaskil_desk.services.base import Actor, Service, UnitOfWork
from aptaskil_desk.services.passwords import Hasher


@dataclass(frozen=True)
class StaffInfo:
    """A staff member as the rest of the program sees one."""

    person_id: int
    login: str
    given_name: str
    family_name: str
    roles: tuple[str, ...]
    locked: bool
    has_pin: bool

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    def actor(self, terminal: str) -> Actor:
        return Actor(self.person_id, self.login, terminal)

    def may(self, permission: Permission) -> bool:
        return is_allowed(self.roles, permission)


def _info(account: StaffAccount) -> StaffInfo:
    person = account.person
    roles = tuple(sorted(r.role for r in person.roles if r.revoked_at is None))
    return StaffInfo(
        person_id=person.id,
        login=account.login,
        given_name=person.given_name,
        family_name=person.family_name,
        roles=roles,
        locked=account.locked_at is not None,
        has_pin=account.pin_hash is not None,
    )


def _wrong_secret(kind: str, left: int | None) -> AuthenticationFailed:
    """The refusal for a wrong secret; an unknown login gets the same words as a wrong PIN."""
    if left is None:
        if kind == "pin":
            return AuthenticationFailed("Unknown login or wrong PIN.")
        return AuthenticationFailed("Unknown login or wrong password.")
    if kind == "pin":
        return AuthenticationFailed("Wrong PIN: {left} attempt(s) left.", left=left)
    return AuthenticationFailed("Wrong password: {left} attempt(s) left.", left=left)


def _parse_roles(roles: Iterable[str]) -> list[Role]:
    parsed = []
    for name in roles:
        try:
            parsed.append(Role(name))
        except ValueError:
            raise InvalidInput(
                "Unknown role {role!r}: choose from {choices}.", role=name, choices=", ".join(r.value for r in Role)
            ) from None
    if not parsed:
        raise InvalidInput("A staff account needs at least one role.")
    return sorted(set(parsed))


def _load(session: Session, login: str, *, lock: bool = False) -> StaffAccount | None:
    stmt = (
        select(StaffAccount)
        .where(StaffAccount.login == login)
        .options(selectinload(StaffAccount.person).selectinload(Person.roles))
    )
    if lock:
        stmt = stmt.with_for_update()
    return session.execute(stmt).scalar_one_or_none()


class AccountService(Service):
    """Staff accounts. Secrets never reach the audit trail; only the fact that they changed."""

    def __init__(self, db: Database, clock: Clock, hasher: Hasher, max_attempts: int = 5) -> None:
        super().__init__(db, clock)
        self._hasher = hasher
        self._max_attempts = max_attempts

    def add_user(
        self,
        actor: Actor,
        login: str,
        given_name: str,
        family_name: str,
        roles: Sequence[str],
        password: str,
        pin: str | None = None,
    ) -> StaffInfo:
        """Create a person with a staff account and roles."""
        check_login(login)
        check_password(password)
        if pin is not None:
            check_pin(pin)
        if not given_name.strip() or not family_name.strip():
            raise InvalidInput("Given and family names are required.")
        parsed = _parse_roles(roles)
        password_hash = self._hasher.hash(password)
        pin_hash = None if pin is None else self._hasher.hash(pin)

        def work(uow: UnitOfWork) -> StaffInfo:
            uow.require(Permission.MANAGE_USERS)
            s = uow.session
            if _load(s, login) is not None:
                raise InvalidInput("Login {login!r} is already taken.", login=login)
            now = uow.now()
            person = Person(given_name=given_name.strip(), family_name=family_name.strip(), active=True, created_at=now)
            s.add(person)
            s.flush()
            s.add_all(StaffRole(person_id=person.id, role=r.value, granted_at=now) for r in parsed)
            account = StaffAccount(
                person_id=person.id,
                login=login,
                password_hash=password_hash,
                pin_hash=pin_hash,
                failed_attempts=0,
                created_at=now,
            )
            s.add(account)
            s.flush()
            uow.audit(
                "staff.create",
                "person",
                person.id,
                new={
                    "login": login,
                    "given_name": person.given_name,
                    "family_name": person.family_name,
                    "roles": [r.value for r in parsed],
                    "pin_set": pin is not None,
                },
            )
            s.refresh(person, ["roles"])
            return _info(account)

        return self._write(actor, work)

    def set_pin(self, actor: Actor, login: str, pin: str) -> None:
        """Set a staff member's kiosk PIN (their own, or anyone's for an administrator)."""
        check_pin(pin)
        pin_hash = self._hasher.hash(pin)

        def work(uow: UnitOfWork) -> None:
            account = _load(uow.session, login, lock=True)
            if account is None:
                raise NotFound("No staff account {login!r}.", login=login)
            if account.person_id != actor.person_id:
                uow.require(Permission.MANAGE_USERS)
            account.pin_hash = pin_hash
            uow.audit("staff.pin_set", "person", account.person_id, new={"login": login})

        # Past the write gate, like the unlock: a QA without a PIN must reach the staff area to resolve
        # an integrity incident.
        self._write(actor, work, gated=False)

    def unlock(self, actor: Actor, login: str, reason: str) -> StaffInfo:
        """Lift a lock-out; an administrator's act with a reason."""
        if not reason.strip():
            raise InvalidInput("A reason is required.")

        def work(uow: UnitOfWork) -> StaffInfo:
            uow.require(Permission.UNLOCK_ACCOUNTS)
            account = _load(uow.session, login, lock=True)
            if account is None:
                raise NotFound("No staff account {login!r}.", login=login)
            old = {"locked": account.locked_at is not None, "failed_attempts": account.failed_attempts}
            account.locked_at = None
            account.failed_attempts = 0
            uow.audit("staff.unlock", "person", account.person_id, old=old, new={"locked": False}, reason=reason)
            return _info(account)

        # Past the write gate: lock-outs are recorded during an integrity incident, so lifting them must
        # be possible too, or a locked-out QA could never resolve it.
        return self._write(actor, work, gated=False)

    def authenticate_pin(self, login: str, pin: str, terminal: str) -> StaffInfo:
        """Unlock the staff area at a kiosk with login + PIN."""
        return self._authenticate(login, pin, terminal, kind="pin")

    def authenticate_password(self, login: str, password: str, terminal: str) -> StaffInfo:
        """Check login + password (staff sign-in, and electronic signatures later)."""
        return self._authenticate(login, password, terminal, kind="password")

    def _authenticate(self, login: str, secret: str, terminal: str, kind: str) -> StaffInfo:
        # The outcome is decided inside the transaction but raised after it commits, so that a
        # failed attempt (and a lock-out) is recorded rather than rolled back with the error.
        def work(uow: UnitOfWork) -> tuple[StaffInfo | None, Exception | None]:
            account = _load(uow.session, login, lock=True)
            if account is None:
                self._hasher.verify(None, secret)
                uow.audit("staff.auth_failed", "staff_account", None, new={"login": login, "kind": kind})
                return None, _wrong_secret(kind, None)
            uow.actor = Actor(account.person_id, account.login, terminal)
            if account.locked_at is not None:
                uow.audit("staff.auth_refused_locked", "person", account.person_id, new={"kind": kind})
                return None, AccountLocked("Account {login!r} is locked: ask an administrator.", login=login)
            stored = account.pin_hash if kind == "pin" else account.password_hash
            if self._hasher.verify(stored, secret):
                if account.failed_attempts:
                    account.failed_attempts = 0
                uow.audit("staff.auth_ok", "person", account.person_id, new={"kind": kind})
                return _info(account), None
            account.failed_attempts += 1
            uow.audit(
                "staff.auth_failed",
                "person",
                account.person_id,
                new={"kind": kind, "attempts": account.failed_attempts},
            )
            if account.failed_attempts >= self._max_attempts:
                account.locked_at = uow.now()
                uow.audit("staff.locked", "person", account.person_id, new={"after_attempts": account.failed_attempts})
                return None, AccountLocked(
                    "Too many wrong attempts: account {login!r} is now locked. Ask an administrator.", login=login
                )
            return None, _wrong_secret(kind, self._max_attempts - account.failed_attempts)

        # Past the write gate: QA must be able to sign in to resolve an integrity incident.
        info, error = self._write(Actor(None, f"login:{login}", terminal), work, gated=False)
        if error is not None:
            raise error
        assert info is not None
        return info

    def get(self, login: str) -> StaffInfo:
        def work(s: Session) -> StaffInfo:
            account = _load(s, login)
            if account is None:
                raise NotFound("No staff account {login!r}.", login=login)
            return _info(account)

        return self._read(work)

    def list_staff(self) -> list[StaffInfo]:
        def work(s: Session) -> list[StaffInfo]:
            stmt = select(StaffAccount).options(selectinload(StaffAccount.person).selectinload(Person.roles))
            staff = [_info(a) for a in s.execute(stmt).scalars()]
            return sorted(staff, key=lambda i: sort_key(i.family_name, i.given_name))

        return self._read(work)
