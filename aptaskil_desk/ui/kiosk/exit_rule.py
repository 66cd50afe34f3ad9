"""Who may close the kiosk with their PIN (rule 1 of ``exit_dialog``): kept apart so the staff area can
show Quit to the same people without importing the dialog."""

from __future__ import annotations

from aptaskil_desk.db.enums import Role
from aptaskil_desk.services.accounts import StaffInfo

#: The roles whose PIN closes the kiosk.
EXIT_ROLES = frozenset({Role.ADMIN, Role.TECHNICIAN})


def may_exit(info: StaffInfo) -> bool:
    """Whether this person's PIN closes the kiosk."""
    return any(role in EXIT_ROLES for role in info.roles)
