"""Who may do what. Checked by the services where data is written, not only by hiding buttons."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from aptaskil_desk.db.enums import Role


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    UNLOCK_ACCOUNTS = "unlock_accounts"
    MANAGE_CENTRE = "manage_centre"  # rooms, terminals
    MANAGE_COURSES = "manage_courses"  # courses, sessions, rosters
    MANAGE_PEOPLE = "manage_people"  # learners
    READ_AUDIT = "read_audit"
    USE_STAFF_AREA = "use_staff_area"
    MANAGE_EQUIPMENT = "manage_equipment"  # register, status, calibration, maintenance
    RECORD_LOGBOOK = "record_logbook"  # cleaning, incidents, corrections of entries
    AUTHORISE_EQUIPMENT = "authorise_equipment"  # grant/revoke learners' authorisations, sign overrides
    EXECUTE_CHECKLISTS = "execute_checklists"  # start checklists, enter values, deviations, sign executed
    REVIEW_CHECKLISTS = "review_checklists"  # sign reviewed, rejected, approved (approval: QA only)
    RESOLVE_INCIDENTS = "resolve_incidents"  # let recording resume after a failed database check


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.TECHNICIAN: frozenset(
        {
            Permission.USE_STAFF_AREA,
            Permission.MANAGE_EQUIPMENT,
            Permission.RECORD_LOGBOOK,
            Permission.AUTHORISE_EQUIPMENT,
            Permission.EXECUTE_CHECKLISTS,
            Permission.REVIEW_CHECKLISTS,
        }
    ),
    Role.INSTRUCTOR: frozenset(
        {
            Permission.USE_STAFF_AREA,
            Permission.MANAGE_COURSES,
            Permission.MANAGE_PEOPLE,
            Permission.RECORD_LOGBOOK,
            Permission.AUTHORISE_EQUIPMENT,
            Permission.EXECUTE_CHECKLISTS,
        }
    ),
    Role.QA: frozenset(
        {Permission.USE_STAFF_AREA, Permission.READ_AUDIT, Permission.REVIEW_CHECKLISTS, Permission.RESOLVE_INCIDENTS}
    ),
    Role.ADMIN: frozenset(Permission),
}


def permissions_of(roles: Iterable[str]) -> frozenset[Permission]:
    """Union of the permissions of the given role names (unknown names grant nothing)."""
    granted: set[Permission] = set()
    for name in roles:
        try:
            granted |= ROLE_PERMISSIONS[Role(name)]
        except ValueError:
            continue
    return frozenset(granted)


def is_allowed(roles: Iterable[str], permission: Permission) -> bool:
    return permission in permissions_of(roles)
