"""Rosters: enrolling learners (by id, reference or CSV), reinstating and withdrawing them.

Rules (docs/courses.md):
- Only an active learner (a person with a funding category) can be enrolled.
- Enrolling someone already on the roster changes nothing; enrolling someone withdrawn puts them
  back (``roster.reinstate``, the withdrawal's who/when/why kept in the audit trail).
- Withdrawing never removes the roster entry: it is marked withdrawn, with who, when and the
  mandatory reason (``roster.withdraw``), so the hours they attended stay attributable.
- A roster CSV is all or nothing: every line is checked against the learners on record first.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aptaskil_desk.clock import local
from aptaskil_desk.db.models import CourseSession, Person, RosterEntry
from aptaskil_desk.domain.learner_csv import RowProblem
from aptaskil_desk.domain.names import fold
from aptaskil_desk.domain.roster_csv import LearnerRef, ParsedRoster
from aptaskil_desk.domain.schedule_csv import Msg
from aptaskil_desk.errors import InvalidInput, NotFound
from aptaskil_desk.services.base import UnitOfWork
from aptaskil_desk.services.course_rows import EnrolResult, RosterLine, roster_line


def _learner_problem(person: Person, ref: str) -> tuple[str, dict[str, str | int]] | None:
    if person.category is None:
        return Msg.NOT_A_LEARNER, {"ref": ref}
    if not person.active:
        return Msg.INACTIVE, {"name": person.display_name}
    return None


def resolve_people(s: Session, person_ids: Sequence[int], refs: Sequence[str]) -> list[int]:
    """The learners named by id or external reference, in order, without repeats; refused otherwise."""
    found: list[int] = []
    for person_id in person_ids:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound("No person with id {id}.", id=person_id)
        if problem := _learner_problem(person, str(person_id)):
            raise InvalidInput(problem[0], **problem[1])
        found.append(person.id)
    for ref in refs:
        person = s.execute(select(Person).where(Person.external_ref == ref)).scalar_one_or_none()
        if person is None:
            raise NotFound(Msg.UNKNOWN_REF, ref=ref)
        if problem := _learner_problem(person, ref):
            raise InvalidInput(problem[0], **problem[1])
        found.append(person.id)
    return list(dict.fromkeys(found))


def _folded(text: str) -> str:
    return " ".join(fold(text).split())


def resolve_rows(s: Session, parsed: ParsedRoster) -> tuple[list[int], list[RowProblem]]:
    """The person behind each valid line of a roster file, and what the database refuses."""
    refs = [row.external_ref for row in parsed.rows if row.external_ref is not None]
    by_ref = {p.external_ref: p for p in s.execute(select(Person).where(Person.external_ref.in_(refs))).scalars()}
    emails = sorted({(row.email or "").lower() for row in parsed.rows if row.external_ref is None})
    by_email: dict[str, list[Person]] = {}
    candidates = select(Person).where(func.lower(Person.email).in_(emails), Person.category.is_not(None))
    for candidate in s.execute(candidates).scalars():
        by_email.setdefault((candidate.email or "").lower(), []).append(candidate)
    ids: list[int] = []
    problems: list[RowProblem] = []
    first_line: dict[int, int] = {}
    columns = parsed.columns
    for row in parsed.rows:
        person, column, problem = _match(row, by_ref, by_email)
        if person is not None and problem is None:
            problem = _learner_problem(person, row.external_ref or person.display_name)
        if problem is None and person is not None and person.id in first_line:
            problem = Msg.SAME_LEARNER, {"first_line": first_line[person.id]}
        if problem is not None:
            problems.append(RowProblem(row.line, columns.get(column) if column else None, problem[0], problem[1]))
        elif person is not None:
            first_line[person.id] = row.line
            ids.append(person.id)
    return ids, problems


def _match(
    row: LearnerRef, by_ref: dict[str | None, Person], by_email: dict[str, list[Person]]
) -> tuple[Person | None, str | None, tuple[str, dict[str, str | int]] | None]:
    """The person a line names, the column to blame, or the problem."""
    if row.external_ref is not None:
        person = by_ref.get(row.external_ref)
        return person, "external_ref", None if person else (Msg.UNKNOWN_REF, {"ref": row.external_ref})
    given, family, email = row.given_name or "", row.family_name or "", row.email or ""
    same = [
        p
        for p in by_email.get(email.lower(), [])
        if _folded(p.given_name) == _folded(given) and _folded(p.family_name) == _folded(family)
    ]
    params: dict[str, str | int] = {"given": given, "family": family, "email": email}
    if len(same) == 1:
        return same[0], None, None
    return None, None, (Msg.UNKNOWN_LEARNER if not same else Msg.SEVERAL_LEARNERS, params)


def enrol_people(uow: UnitOfWork, session: CourseSession, person_ids: Sequence[int]) -> EnrolResult:
    """Put these learners on the roster (checked by the caller); one audit row per change."""
    s = uow.session
    entries = {
        e.person_id: e
        for e in s.execute(
            select(RosterEntry).where(RosterEntry.session_id == session.id, RosterEntry.person_id.in_(person_ids))
        ).scalars()
    }
    enrolled: list[int] = []
    reinstated: list[int] = []
    already: list[int] = []
    for person_id in person_ids:
        entry = entries.get(person_id)
        if entry is None:
            entry = RosterEntry(session_id=session.id, person_id=person_id, enrolled_at=uow.now())
            s.add(entry)
            s.flush()
            uow.audit("roster.enrol", "roster_entry", entry.id, new={"session": session.code, "person_id": person_id})
            enrolled.append(person_id)
        elif entry.withdrawn_at is not None:
            old = {"withdrawn_at": entry.withdrawn_at, "withdrawn_by": entry.withdrawn_by,
                   "withdrawn_reason": entry.withdrawn_reason}  # fmt: skip
            entry.withdrawn_at = entry.withdrawn_by = entry.withdrawn_reason = None
            s.flush()
            new = {"session": session.code, "person_id": person_id, "withdrawn_at": None}
            uow.audit("roster.reinstate", "roster_entry", entry.id, old=old, new=new)
            reinstated.append(person_id)
        else:
            already.append(person_id)
    return EnrolResult(session.code, tuple(enrolled), tuple(reinstated), tuple(already))


def withdraw(uow: UnitOfWork, session: CourseSession, person_id: int, reason: str) -> RosterLine:
    """Mark a learner withdrawn from the roster (kept, with who, when and why)."""
    s = uow.session
    person = s.get(Person, person_id)
    assert person is not None
    entry = s.execute(
        select(RosterEntry)
        .where(RosterEntry.session_id == session.id, RosterEntry.person_id == person_id)
        .with_for_update()
    ).scalar_one_or_none()
    if entry is None:
        raise NotFound("{name} is not on the roster of session {code}.", name=person.display_name, code=session.code)
    if entry.withdrawn_at is not None:
        raise InvalidInput(
            "{name} was already withdrawn from session {code} on {date}.",
            name=person.display_name,
            code=session.code,
            date=local(entry.withdrawn_at).date().isoformat(),
        )
    entry.withdrawn_at, entry.withdrawn_by, entry.withdrawn_reason = uow.now(), uow.actor.name, reason
    s.flush()
    uow.audit(
        "roster.withdraw",
        "roster_entry",
        entry.id,
        old={"withdrawn_at": None},
        new={"session": session.code, "person_id": person_id, "withdrawn_at": entry.withdrawn_at},
        reason=reason,
    )
    return roster_line(entry, person)
