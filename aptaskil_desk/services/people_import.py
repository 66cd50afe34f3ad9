"""``people import``: learners from a CSV file, all or nothing, re-imports update by reference."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.clock import local
from aptaskil_desk.db.models import CourseSession, Person, RosterEntry
from aptaskil_desk.domain.learner_csv import LearnerRow, Msg, ParsedFile, RowProblem, read_learner_csv
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.services.base import Actor, Service, UnitOfWork

__all__ = ["ImportReport", "PeopleImportService", "RowProblem"]

#: Person fields an import may set, in audit order.
FIELDS = ("family_name", "given_name", "category", "employer", "email")
#: Fields always present in a valid file; the others are only touched when their column is.
_ALWAYS = {"family_name", "given_name", "category"}
_CHUNK = 500  # keeps IN (...) lists well under every driver's parameter limit


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, with ``dry_run``, would do).

    When ``problems`` is not empty nothing was written and the counts are zero; ``rows`` still
    counts the data records read. ``unchanged`` counts people whose record was already identical
    (their missing enrolments may still be added, and are counted in ``enrolled``).
    """

    rows: int
    created: int
    updated: int
    unchanged: int
    enrolled: int
    problems: tuple[RowProblem, ...]
    dry_run: bool
    encoding: str
    delimiter: str

    @property
    def ok(self) -> bool:
        return not self.problems


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _values(row: LearnerRow, columns: Iterable[str]) -> dict[str, str | None]:
    """The person fields this row sets: the fixed ones, and the optional ones whose column is present."""
    present = set(columns)
    values: dict[str, str | None] = {
        "family_name": row.family_name,
        "given_name": row.given_name,
        "category": row.category.value,
        "employer": row.employer,
        "email": row.email,
    }
    return {k: v for k, v in values.items() if k in _ALWAYS or k in present}


class _Plan:
    """The database's side of an import: who exists, which sessions exist, who is enrolled where."""

    def __init__(self, session: Session, parsed: ParsedFile) -> None:
        self.parsed = parsed
        refs = [row.external_ref for row in parsed.rows]
        self.people: dict[str, Person] = {}
        for chunk in _chunks(refs):
            for person in session.execute(select(Person).where(Person.external_ref.in_(chunk))).scalars():
                assert person.external_ref is not None
                self.people[person.external_ref] = person
        codes = sorted({code for row in parsed.rows for code in row.sessions})
        self.sessions: dict[str, int] = {}
        for chunk in _chunks(codes):
            rows = session.execute(select(CourseSession.code, CourseSession.id).where(CourseSession.code.in_(chunk)))
            self.sessions.update({code: sid for code, sid in rows})
        ids = sorted(person.id for person in self.people.values())
        self.enrolled: set[tuple[int, int]] = set()
        for chunk in _chunks(ids):
            found = session.execute(
                select(RosterEntry.session_id, RosterEntry.person_id).where(RosterEntry.person_id.in_(chunk))
            )
            self.enrolled.update((sid, pid) for sid, pid in found)

    def problems(self) -> list[RowProblem]:
        """What only the database can refuse: unknown session codes, references held by staff."""
        columns = self.parsed.columns
        found: list[RowProblem] = []
        for row in self.parsed.rows:
            person = self.people.get(row.external_ref)
            if person is not None and person.category is None:
                found.append(RowProblem(row.line, columns["external_ref"], Msg.STAFF_REF, {"ref": row.external_ref}))
            found.extend(
                RowProblem(row.line, columns["sessions"], Msg.UNKNOWN_SESSION, {"code": code})
                for code in row.sessions
                if code not in self.sessions
            )
        return found


class PeopleImportService(Service):
    """Learners from a CSV file (see ``docs/people-import.md`` for the format)."""

    def import_file(self, actor: Actor, data: bytes, *, dry_run: bool = False) -> ImportReport:
        """Validate the whole file, then create, update and enrol in one transaction, or do nothing.

        Args:
            actor: who imports; needs the ``manage_people`` permission (also for a dry run).
            data: the file's bytes (UTF-8 with or without BOM, or Windows-1252; ``;`` or ``,``).
            dry_run: check everything and count what would happen, write nothing.

        Returns:
            The report; if it lists problems, nothing was written.
        """
        parsed = read_learner_csv(data, today=local(self._clock.now()).date())
        if dry_run or parsed.problems:  # nothing to write: a read transaction, no write lock taken
            return self._read_as(actor, Permission.MANAGE_PEOPLE, lambda s: self._run(s, parsed, None, dry_run))

        def work(uow: UnitOfWork) -> ImportReport:
            uow.require(Permission.MANAGE_PEOPLE)
            return self._run(uow.session, parsed, uow, dry_run)

        return self._write(actor, work)

    def _run(self, session: Session, parsed: ParsedFile, uow: UnitOfWork | None, dry_run: bool) -> ImportReport:
        """Plan against the database; apply the plan only with a unit of work and no problems."""
        plan = _Plan(session, parsed)  # on the valid rows, so that every bad row is reported at once
        problems = sorted([*parsed.problems, *plan.problems()], key=lambda p: p.line)
        if problems:
            return ImportReport(parsed.records, 0, 0, 0, 0, tuple(problems), dry_run, parsed.encoding, parsed.delimiter)
        created = updated = unchanged = enrolled = 0
        for row in parsed.rows:
            values = _values(row, parsed.columns)
            person = plan.people.get(row.external_ref)
            if person is None:
                created += 1
                person_id = _create(uow, row, values) if uow is not None else None
            else:
                changed = {k: v for k, v in values.items() if getattr(person, k) != v}
                if changed:
                    updated += 1
                    if uow is not None:
                        _update(uow, person, changed)
                else:
                    unchanged += 1
                person_id = person.id
            for code in row.sessions:
                sid = plan.sessions[code]
                if person_id is not None and (sid, person_id) in plan.enrolled:
                    continue
                enrolled += 1
                if uow is not None and person_id is not None:
                    _enrol(uow, sid, code, person_id)
        return ImportReport(
            parsed.records, created, updated, unchanged, enrolled, (), dry_run, parsed.encoding, parsed.delimiter
        )


def _create(uow: UnitOfWork, row: LearnerRow, values: dict[str, str | None]) -> int:
    person = Person(
        family_name=row.family_name,
        given_name=row.given_name,
        category=row.category.value,
        employer=values.get("employer"),
        external_ref=row.external_ref,
        email=values.get("email"),
        active=True,
        created_at=uow.now(),
    )
    uow.session.add(person)
    uow.session.flush()
    new = {"external_ref": row.external_ref, **{k: getattr(person, k) for k in FIELDS}}
    uow.audit("person.create", "person", person.id, new=new)
    return person.id


def _update(uow: UnitOfWork, person: Person, changed: dict[str, str | None]) -> None:
    old = {k: getattr(person, k) for k in changed}
    for key, value in changed.items():
        setattr(person, key, value)
    uow.session.flush()
    uow.audit("person.update", "person", person.id, old=old, new=dict(changed))


def _enrol(uow: UnitOfWork, session_id: int, code: str, person_id: int) -> None:
    entry = RosterEntry(session_id=session_id, person_id=person_id, enrolled_at=uow.now())
    uow.session.add(entry)
    uow.session.flush()
    uow.audit("roster.enrol", "roster_entry", entry.id, new={"session": code, "person_id": person_id})
