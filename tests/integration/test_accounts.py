"""Staff accounts on both databases: creation, PIN unlock, lock-out, permissions in services."""

from __future__ import annotations

import pytest

from aptaskil_desk.app import AppContext
from aptaskil_desk.errors import AccountLocked, AuthenticationFailed, InvalidInput, PermissionDenied
from aptaskil_desk.services.base import Actor
from aptaskil_desk.services.people import NewLearner

PASSWORD = "correct horse battery"


def _admin(ctx: AppContext) -> Actor:
    info = ctx.accounts.add_user(ctx.system_actor(), "admin", "Sophie", "Lambert", ["admin"], PASSWORD, "1234")
    return info.actor(ctx.terminal)


def test_add_user_stores_argon2id_hashes_not_secrets(ctx: AppContext) -> None:
    """Passwords and PINs are stored only as Argon2id hashes and never reach the audit trail."""
    _admin(ctx)
    from sqlalchemy import select

    from aptaskil_desk.db.models import AuditLog, StaffAccount

    def read(s):
        account = s.execute(select(StaffAccount)).scalar_one()
        trail = " ".join((r.new_values or "") for r in s.execute(select(AuditLog)).scalars())
        return account.password_hash, account.pin_hash, trail

    password_hash, pin_hash, trail = ctx.db.run_read(read)
    assert password_hash.startswith("$argon2id$") and pin_hash.startswith("$argon2id$")
    assert PASSWORD not in trail and "1234" not in trail and "$argon2" not in trail


def test_pin_unlock_and_lockout_after_five_bad_attempts(ctx: AppContext) -> None:
    """Four wrong PINs count down, the fifth locks the account, and the right PIN is then refused."""
    _admin(ctx)
    assert ctx.accounts.authenticate_pin("admin", "1234", "T1").login == "admin"
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthenticationFailed, match=f"{left} attempt"):
            ctx.accounts.authenticate_pin("admin", "9999", "T1")
    with pytest.raises(AccountLocked):
        ctx.accounts.authenticate_pin("admin", "9999", "T1")
    with pytest.raises(AccountLocked):
        ctx.accounts.authenticate_pin("admin", "1234", "T1")
    assert ctx.accounts.get("admin").locked
    actions = _actions(ctx)
    assert actions.count("staff.auth_failed") == 5
    assert "staff.locked" in actions and "staff.auth_refused_locked" in actions


def test_admin_unlocks_with_reason_and_counter_resets(ctx: AppContext) -> None:
    """An administrator unlocks a locked account (audited with the reason); the PIN works again."""
    admin = _admin(ctx)
    ctx.accounts.add_user(admin, "tech", "Jean-François", "D'Hondt", ["technician"], PASSWORD, "5555")
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            ctx.accounts.authenticate_pin("tech", "0000", "T1")
    with pytest.raises(InvalidInput):
        ctx.accounts.unlock(admin, "tech", "   ")
    assert not ctx.accounts.unlock(admin, "tech", "identity checked at reception").locked
    assert ctx.accounts.authenticate_pin("tech", "5555", "T1").login == "tech"
    assert ctx.audit.verify(admin).ok


def test_services_refuse_a_learner_and_a_technician(ctx: AppContext) -> None:
    """Permissions are checked inside the service: a learner or a technician cannot create staff."""
    admin = _admin(ctx)
    [learner] = ctx.people.add_learners(admin, [NewLearner("Zoë", "Ødegård", "student")])
    as_learner = Actor(learner.id, "zoe", ctx.terminal)
    with pytest.raises(PermissionDenied):
        ctx.accounts.add_user(as_learner, "evil", "E", "Vil", ["admin"], PASSWORD)
    with pytest.raises(PermissionDenied):
        ctx.people.add_learners(as_learner, [NewLearner("A", "B", "worker")])
    with pytest.raises(PermissionDenied):
        ctx.audit.verify(as_learner)
    tech = ctx.accounts.add_user(admin, "tech", "Jean", "Claes", ["technician"], PASSWORD).actor(ctx.terminal)
    with pytest.raises(PermissionDenied):
        ctx.accounts.unlock(tech, "admin", "because")
    # An actor who only typed a login (no person, not the system) holds nothing.
    with pytest.raises(PermissionDenied):
        ctx.accounts.add_user(Actor(None, "login:x", "T1"), "x2", "X", "Y", ["admin"], PASSWORD)
    assert [s.login for s in ctx.accounts.list_staff()] == ["tech", "admin"]  # sorted by family name


def test_unknown_login_is_a_failed_attempt_on_record(ctx: AppContext) -> None:
    """An unknown login is refused with the same words as a wrong PIN and is audited."""
    with pytest.raises(AuthenticationFailed):
        ctx.accounts.authenticate_pin("nobody", "1234", "T1")
    assert _actions(ctx) == ["staff.auth_failed"]


def test_bad_inputs_change_nothing(ctx: AppContext) -> None:
    """A short password, a bad PIN, an unknown role or a taken login are refused; nothing is written."""
    admin = _admin(ctx)
    before = ctx.audit.count()
    with pytest.raises(InvalidInput):
        ctx.accounts.add_user(admin, "bob", "Bob", "Maes", ["technician"], "short")
    with pytest.raises(InvalidInput):
        ctx.accounts.add_user(admin, "bob", "Bob", "Maes", ["technician"], PASSWORD, pin="12a4")
    with pytest.raises(InvalidInput):
        ctx.accounts.add_user(admin, "bob", "Bob", "Maes", ["janitor"], PASSWORD)
    with pytest.raises(InvalidInput):
        ctx.accounts.add_user(admin, "admin", "Bob", "Maes", ["technician"], PASSWORD)
    with pytest.raises(InvalidInput):
        ctx.accounts.add_user(admin, "Bad Login", "Bob", "Maes", ["technician"], PASSWORD)
    assert ctx.audit.count() == before


def _actions(ctx: AppContext) -> list[str]:
    from sqlalchemy import select

    from aptaskil_desk.db.models import AuditLog

    return ctx.db.run_read(lambda s: list(s.execute(select(AuditLog.action).order_by(AuditLog.seq)).scalars()))


def test_staff_and_learners_list_in_reader_order(ctx: AppContext) -> None:
    """Lists come sorted by folded family name: Ødegård among the O's, not after Z."""
    admin = _admin(ctx)
    ctx.accounts.add_user(admin, "zoller", "Anna", "Zoller", ["qa"], PASSWORD)
    ctx.accounts.add_user(admin, "odegard", "Zoë", "Ødegård", ["qa"], PASSWORD)
    assert [s.login for s in ctx.accounts.list_staff()] == ["admin", "odegard", "zoller"]
    ctx.people.add_learners(
        admin,
        [
            NewLearner("Ewa", "Łuczak", "worker"),
            NewLearner("Anna", "Maes", "worker"),
            NewLearner("Élodie", "Kabongo", "student"),
        ],
    )
    assert [p.family_name for p in ctx.people.list_learners()] == ["Kabongo", "Łuczak", "Maes"]
