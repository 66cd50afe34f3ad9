"""Pure rules: who may do what, and what a login, password or PIN must look like."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aptaskil_desk.domain.credentials import check_login, check_password, check_pin
from aptaskil_desk.domain.permissions import Permission, is_allowed, permissions_of
from aptaskil_desk.errors import InvalidInput


def test_admin_holds_everything_learners_nothing() -> None:
    """Admins hold every permission; no role means no permission; unknown role names grant nothing."""
    assert permissions_of(["admin"]) == frozenset(Permission)
    assert permissions_of([]) == frozenset()
    assert permissions_of(["janitor"]) == frozenset()


def test_roles_combine() -> None:
    """A person with several roles holds the union of their permissions."""
    assert is_allowed(["technician", "qa"], Permission.READ_AUDIT)
    assert not is_allowed(["technician"], Permission.READ_AUDIT)
    assert not is_allowed(["instructor", "qa"], Permission.MANAGE_USERS)


@pytest.mark.parametrize("login", ["ab", "marie.dupont", "jf-dhondt", "x_1"])
def test_good_logins(login: str) -> None:
    """Plain lower-case ASCII logins pass unchanged."""
    assert check_login(login) == login


@pytest.mark.parametrize("login", ["a", "Marie", "élodie", "has space", "-dash", "x" * 65, ""])
def test_bad_logins(login: str) -> None:
    """Capitals, accents, spaces, leading punctuation and wrong lengths are refused."""
    with pytest.raises(InvalidInput):
        check_login(login)


@given(st.text(max_size=12))
def test_pins_are_four_to_eight_ascii_digits(pin: str) -> None:
    """check_pin accepts exactly 4–8 ASCII digits, whatever else hypothesis throws at it."""
    ok = 4 <= len(pin) <= 8 and all(c in "0123456789" for c in pin)
    if ok:
        assert check_pin(pin) == pin
    else:
        with pytest.raises(InvalidInput):
            check_pin(pin)


def test_passwords() -> None:
    """Passwords need 10 characters and no surrounding spaces; any Unicode is fine."""
    assert check_password("Łódź-Ærø-2026")
    for bad in ("short", " padded password ", "x" * 9):
        with pytest.raises(InvalidInput):
            check_password(bad)
