"""Errors that services raise and the CLI/GUI turn into clear, translated messages.

Each carries a message already in the user's words (English source, translated at the edge)
and, where useful, the parameters that fill it.
"""

from __future__ import annotations


class AptaskilError(Exception):
    """Base of every error meant for a person rather than a developer."""

    #: CLI exit code when this error ends a command (ARCHITECTURE: 1 refused, 2 usage/input).
    exit_code = 2

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message


class Refused(AptaskilError):
    """The request was understood and refused by a rule (permission, lock-out, bad PIN...)."""

    exit_code = 1


class PermissionDenied(Refused):
    """The acting person lacks the role this action needs."""


class AuthenticationFailed(Refused):
    """Wrong login, password or PIN."""


class AccountLocked(Refused):
    """Too many bad attempts; an administrator must unlock the account."""


class WritesStopped(Refused):
    """A database check failed and QA has not resolved its incident yet: nothing may be recorded."""


class InvalidInput(AptaskilError):
    """Input that cannot be used as given (bad value, unknown login, malformed file)."""


class Conflict(InvalidInput):
    """The change collides with a record that already exists (a unique key, a reference)."""


class NotFound(InvalidInput):
    """A named record does not exist."""


class DatabaseError(AptaskilError):
    """The database is unreachable, locked, misconfigured or on the wrong schema version."""


class SchemaOutOfDate(DatabaseError):
    """The database schema is older than this program; ``db upgrade`` is needed."""


class InstrumentError(AptaskilError):
    """A serial instrument could not be reached or did not answer as its protocol says.

    Exit code 1: the command was understood, the instrument let it down.
    """

    exit_code = 1


class InstrumentTimeout(InstrumentError):
    """No complete reply within the timeout; ``partial`` holds what did arrive (never used as a value)."""

    def __init__(self, message: str, partial: bytes = b"", **params: object) -> None:
        super().__init__(message, **params)
        self.partial = partial


class InstrumentDisconnected(InstrumentError):
    """The port went away (cable pulled, USB adapter unplugged) or cannot be opened."""


class InstrumentProtocolError(InstrumentError):
    """The instrument answered something its protocol does not allow (garbage, bad CRC, too long)."""
