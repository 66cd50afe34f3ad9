"""Learners (staff are created through the account service)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.enums import LearnerCategory
from aptaskil_desk.db.models import Person
from aptaskil_desk.domain.names import sort_key
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.services.base import Actor, Service, UnitOfWork


@dataclass(frozen=True)
class NewLearner:
    """What it takes to register a learner."""

    given_name: str
    family_name: str
    category: str
    employer: str | None = None
    external_ref: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class PersonInfo:
    id: int
    given_name: str
    family_name: str
    category: str | None
    employer: str | None
    external_ref: str | None
    email: str | None
    active: bool

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


def _info(p: Person) -> PersonInfo:
    return PersonInfo(p.id, p.given_name, p.family_name, p.category, p.employer, p.external_ref, p.email, p.active)


def _check(learner: NewLearner) -> None:
    if not learner.given_name.strip() or not learner.family_name.strip():
        raise InvalidInput("Given and family names are required.")
    try:
        LearnerCategory(learner.category)
    except ValueError:
        raise InvalidInput(
            "Unknown learner category {category!r}: choose from {choices}.",
            category=learner.category,
            choices=", ".join(c.value for c in LearnerCategory),
        ) from None


class PeopleService(Service):
    def add_learners(self, actor: Actor, learners: Sequence[NewLearner]) -> list[PersonInfo]:
        """Register learners in one transaction (all or nothing), one audit row each."""
        for learner in learners:
            _check(learner)

        def work(uow: UnitOfWork) -> list[PersonInfo]:
            uow.require(Permission.MANAGE_PEOPLE)
            now = uow.now()
            people = []
            for learner in learners:
                person = Person(
                    given_name=learner.given_name.strip(),
                    family_name=learner.family_name.strip(),
                    category=learner.category,
                    employer=learner.employer,
                    external_ref=learner.external_ref,
                    email=learner.email,
                    active=True,
                    created_at=now,
                )
                uow.session.add(person)
                people.append(person)
            uow.session.flush()
            for person in people:
                uow.audit(
                    "person.create",
                    "person",
                    person.id,
                    new={
                        "given_name": person.given_name,
                        "family_name": person.family_name,
                        "category": person.category,
                        "employer": person.employer,
                        "external_ref": person.external_ref,
                        "email": person.email,
                    },
                )
            return [_info(p) for p in people]

        return self._write(actor, work)

    def list_learners(self) -> list[PersonInfo]:
        """Every learner, in alphabetical order (family name, then given name)."""

        def work(s: Session) -> list[PersonInfo]:
            rows = s.execute(select(Person).where(Person.category.is_not(None))).scalars()
            return sorted((_info(p) for p in rows), key=lambda i: sort_key(i.family_name, i.given_name))

        return self._read(work)
