"""Badges: issue, reissue and revoke (all audited); look up the people a print run covers."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.models import Badge, Course, CourseSession, Person, RosterEntry, StaffAccount
from aptaskil_desk.domain.codes import CodeKind, make_code
from aptaskil_desk.domain.names import sort_key
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput, NotFound
from aptaskil_desk.services.base import Actor, Service, UnitOfWork


@dataclass(frozen=True)
class BadgeInfo:
    """What a printed badge shows and encodes."""

    badge_id: int
    code: str
    person_id: int
    given_name: str
    family_name: str
    category: str | None
    is_staff: bool
    course: str | None

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


def _new_code(session: Session) -> str:
    while True:  # 80 random bits: a collision is astronomically unlikely, but never trust luck
        code = make_code(CodeKind.BADGE, secrets.token_bytes(10))
        if session.execute(select(Badge.id).where(Badge.code == code)).first() is None:
            return code


def _active(session: Session, person_id: int) -> Badge | None:
    return session.execute(
        select(Badge).where(Badge.person_id == person_id, Badge.revoked_at.is_(None)).with_for_update()
    ).scalar_one_or_none()


def _course_titles(session: Session, person_ids: Sequence[int]) -> dict[int, str]:
    rows = session.execute(
        select(RosterEntry.person_id, Course.title)
        .join(CourseSession, RosterEntry.session_id == CourseSession.id)
        .join(Course, CourseSession.course_id == Course.id)
        .where(RosterEntry.person_id.in_(person_ids), RosterEntry.withdrawn_at.is_(None))
        .order_by(CourseSession.starts_at.desc())
    )
    titles: dict[int, str] = {}
    for person_id, title in rows:
        titles.setdefault(person_id, title)  # the most recent session's course
    return titles


class BadgeService(Service):
    def issue(
        self, actor: Actor, person_ids: Sequence[int], *, reissue: bool = False, reason: str | None = None
    ) -> list[BadgeInfo]:
        """Give each person a badge. Someone who has one keeps it, unless ``reissue``: then the
        old badge is revoked (with ``reason``) and refused from then on."""
        if reissue and not (reason and reason.strip()):
            raise InvalidInput("A reason is required.")

        def work(uow: UnitOfWork) -> list[BadgeInfo]:
            uow.require(Permission.MANAGE_PEOPLE)
            s = uow.session
            result = []
            for person_id in person_ids:
                person = s.get(Person, person_id)
                if person is None:
                    raise NotFound("No person with id {id}.", id=person_id)
                badge = _active(s, person_id)
                if badge is not None and reissue:
                    self._revoke(uow, badge, reason or "")
                    badge = None
                if badge is None:
                    badge = Badge(person_id=person_id, code=_new_code(s), issued_at=uow.now(), issued_by=uow.actor.name)
                    s.add(badge)
                    s.flush()
                    uow.audit(
                        "badge.issue",
                        "badge",
                        badge.id,
                        new={"person_id": person_id, "code": badge.code},
                        reason=reason if reissue else None,
                    )
                result.append(badge)
            return self._infos(s, result)

        return self._write(actor, work)

    def revoke(self, actor: Actor, person_id: int, reason: str) -> BadgeInfo:
        """Revoke a person's active badge (lost, stolen, left the centre)."""
        if not reason.strip():
            raise InvalidInput("A reason is required.")

        def work(uow: UnitOfWork) -> BadgeInfo:
            uow.require(Permission.MANAGE_PEOPLE)
            badge = _active(uow.session, person_id)
            if badge is None:
                raise NotFound("Person {id} has no active badge.", id=person_id)
            self._revoke(uow, badge, reason)
            return self._infos(uow.session, [badge])[0]

        return self._write(actor, work)

    @staticmethod
    def _revoke(uow: UnitOfWork, badge: Badge, reason: str) -> None:
        badge.revoked_at = uow.now()
        badge.revoked_by = uow.actor.name
        badge.revoked_reason = reason
        uow.session.flush()
        uow.audit(
            "badge.revoke",
            "badge",
            badge.id,
            old={"revoked": False},
            new={"revoked": True, "person_id": badge.person_id},
            reason=reason,
        )

    @staticmethod
    def _infos(session: Session, badges: Sequence[Badge]) -> list[BadgeInfo]:
        ids = [b.person_id for b in badges]
        staff = set(session.execute(select(StaffAccount.person_id).where(StaffAccount.person_id.in_(ids))).scalars())
        courses = _course_titles(session, ids)
        infos = []
        for badge in badges:
            person = session.get(Person, badge.person_id)
            assert person is not None
            infos.append(
                BadgeInfo(
                    badge.id,
                    badge.code,
                    person.id,
                    person.given_name,
                    person.family_name,
                    person.category,
                    person.id in staff,
                    courses.get(person.id),
                )
            )
        return infos

    def people_for_print(
        self, *, person_ids: Sequence[int] = (), session_code: str | None = None, everyone: bool = False
    ) -> list[int]:
        """The active people a print run covers, in alphabetical order."""

        def work(s: Session) -> list[int]:
            stmt = select(Person).where(Person.active.is_(True))
            if session_code is not None:  # a session code, or a course code (all its sessions)
                sessions = list(
                    s.execute(
                        select(CourseSession.id)
                        .join(Course, CourseSession.course_id == Course.id)
                        .where((CourseSession.code == session_code) | (Course.code == session_code))
                    ).scalars()
                )
                if not sessions:
                    raise NotFound("No session or course {code!r}.", code=session_code)
                roster = select(RosterEntry.person_id).where(
                    RosterEntry.session_id.in_(sessions), RosterEntry.withdrawn_at.is_(None)
                )
                stmt = stmt.where(Person.id.in_(roster))
            elif person_ids:
                stmt = stmt.where(Person.id.in_(person_ids))
            elif not everyone:
                raise InvalidInput("Say whom to print badges for: --person, --course or --all.")
            people = list(s.execute(stmt).scalars())
            if person_ids and not session_code:
                missing = set(person_ids) - {p.id for p in people}
                if missing:
                    raise NotFound("No active person with id {ids}.", ids=", ".join(map(str, sorted(missing))))
            people.sort(key=lambda p: sort_key(p.family_name, p.given_name))
            return [p.id for p in people]

        return self._read(work)
