"""Rules for logins, passwords and kiosk PINs."""

from __future__ import annotations

import re

from aptaskil_desk.errors import InvalidInput

LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
PIN_RE = re.compile(r"^[0-9]{4,8}$")
MIN_PASSWORD_LENGTH = 10


def check_login(login: str) -> str:
    """Logins are lower-case ASCII letters, digits, dot, dash, underscore (2–64)."""
    if not LOGIN_RE.match(login):
        raise InvalidInput(
            "Login {login!r} is not valid: use 2–64 lower-case letters, digits, '.', '-' or '_'.", login=login
        )
    return login


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput("The password must have at least {n} characters.", n=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        raise InvalidInput("The password must not start or end with spaces.")
    return password


def check_pin(pin: str) -> str:
    if not PIN_RE.match(pin):
        raise InvalidInput("A PIN has 4 to 8 digits.")
    return pin
