"""Closed vocabularies stored in the database (as their string values)."""

from __future__ import annotations

from enum import StrEnum


class LearnerCategory(StrEnum):
    """The funders' categories of learner."""

    JOB_SEEKER = "job_seeker"
    WORKER = "worker"
    STUDENT = "student"
    TEACHER = "teacher"


class Role(StrEnum):
    """Staff roles; a person may hold several."""

    TECHNICIAN = "technician"
    INSTRUCTOR = "instructor"
    QA = "qa"
    ADMIN = "admin"


class CourseFamily(StrEnum):
    """The centre's four course families."""

    PRODUCTION_OPERATOR = "production_operator"
    QC_LAB_TECHNICIAN = "qc_lab_technician"
    ELECTRO_INSTRUMENTATION = "electro_instrumentation"
    QUALIFICATION_VALIDATION = "qualification_validation"


class RoomKind(StrEnum):
    CLEAN_ROOM = "clean_room"
    LABORATORY = "laboratory"
    WORKSHOP = "workshop"
    CLASSROOM = "classroom"
    TECHNICAL_AREA = "technical_area"


def check_in(column: str, enum: type[StrEnum]) -> str:
    """SQL for a CHECK constraint keeping ``column`` inside an enum's values."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({values})"
