"""A course session's record, as printed and as checked against the database later.

What the record holds (:class:`~aptaskil_desk.services.session_record_data.SessionRecord`):
- the session: course, code, room, instructor, scheduled slots;
- every learner on the roster, and anyone whose check-in counted for the session without being
  enrolled (flagged ``not_enrolled``), in alphabetical order (:func:`~aptaskil_desk.domain.names.sort_key`);
- per learner and session day, the day counted exactly as the day view counts it (``attendance day``:
  all the learner's events of the day, the slots of the sessions they belong to, the rules of
  :mod:`aptaskil_desk.domain.attendance`: in→out pairs clipped to the slots, auto-close, DST-exact),
  and of it the stays that belong to this session (a stay belongs to the session of its check-in, as
  in the hours report, ``domain/hours.py``): in, out, hours, flags. A learner's only session of the
  day gets the day view's very figure; stays with no session are listed as ``unscheduled``;
- the corrections of this session's events (old and new kind and time, reason, who, when);
- equipment uses by the learners that started during one of the session's slots (logbook ``use``
  entries that still stand, with their end) and the exercise results recorded for the session.

Printing (:meth:`SessionRecordService.print_record`) reads the record and stores a ``printed_record``
in one transaction: a random verification code, the SHA-256 of the canonical form of exactly what is
printed (the generation time and the code excepted) and a shorter hash per part (the session, each
learner, each learner-day, uses, exercises). :meth:`~SessionRecordService.verify` recomputes the record
from the database now and compares: unchanged, or the parts that changed.

A verification code is 9 random symbols of the badge alphabet (45 bits: not guessable, and nothing in
it comes from the content) and a check symbol (:mod:`~aptaskil_desk.domain.codes`), printed
``XXXXX-XXXXX``; the QR code holds ``APTASKIL-REC:XXXXX-XXXXX``. Lower case, spaces, hyphens, ``I``/``L``
for 1 and ``O`` for 0 are forgiven when typed; a mistyped symbol is refused by the check.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.audit import canonical
from aptaskil_desk.db.models import Person, PrintedRecord
from aptaskil_desk.domain.codes import ALPHABET, check_symbol
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput, NotFound
from aptaskil_desk.services.base import Actor, Service, UnitOfWork
from aptaskil_desk.services.session_record_data import SessionRecord, load_record

KIND = "session_record"
QR_PREFIX = "APTASKIL-REC:"
CODE_BODY = 9  # random symbols; a check symbol follows
PART_HASH = 16  # hex digits kept of each part's SHA-256 (the whole record keeps all 64)


def new_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(CODE_BODY))
    return body + check_symbol(body)


def grouped(code: str) -> str:
    """``ABCDE-FGHJK``: the code as printed and typed."""
    return f"{code[:5]}-{code[5:]}"


def parse_code(text: str) -> str:
    """The code in ``text`` as stored (the QR payload, or the code as someone typed it)."""
    raw = text.strip().upper().removeprefix(QR_PREFIX)
    code = "".join(c for c in raw if c not in " -").translate(str.maketrans("ILO", "110"))
    if len(code) != CODE_BODY + 1 or any(c not in ALPHABET for c in code) or check_symbol(code[:-1]) != code[-1]:
        raise InvalidInput("{code} is not a verification code: check what was typed.", code=text.strip())
    return code


def _sha(value: Any) -> str:
    return hashlib.sha256(canonical(value).encode()).hexdigest()


def fingerprint(record: SessionRecord) -> tuple[str, dict[str, str]]:
    """The hash of the whole record and the (shortened) hash of each part."""
    parts = record.parts()
    return _sha(parts), {key: _sha(value)[:PART_HASH] for key, value in parts.items()}


@dataclass(frozen=True)
class PrintedInfo:
    code: str
    kind: str
    subject: str
    content_hash: str
    printed_at: datetime
    printed_by: str
    terminal: str


@dataclass(frozen=True)
class Change:
    """A part of the record that differs from the printout: ``how`` is changed, added or removed."""

    part: str  # session | learner | day | equipment | exercises
    how: str
    person_id: int | None = None
    name: str | None = None
    day: date | None = None


@dataclass(frozen=True)
class Verification:
    printed: PrintedInfo
    unchanged: bool
    changes: tuple[Change, ...]
    checked_at: datetime


def _printed(row: PrintedRecord) -> PrintedInfo:
    return PrintedInfo(row.code, row.kind, row.subject, row.content_hash, row.printed_at, row.printed_by, row.terminal)


def _changes(s: Session, before: Mapping[str, str], now: Mapping[str, str]) -> tuple[Change, ...]:
    keys = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    ids = {int(k.split(":")[1]) for k in keys if ":" in k}
    names = {p.id: p.display_name for p in s.execute(select(Person).where(Person.id.in_(ids))).scalars()}
    found = []
    for key in keys:
        how = "added" if key not in before else "removed" if key not in now else "changed"
        part, *rest = key.split(":")
        person = int(rest[0]) if rest else None
        day = date.fromisoformat(rest[1]) if len(rest) > 1 else None
        found.append(Change(part, how, person, names.get(person) if person is not None else None, day))
    order = {"session": 0, "learner": 1, "day": 2, "equipment": 3, "exercises": 4}
    return tuple(sorted(found, key=lambda c: (order.get(c.part, 9), c.name or "", c.day or date.min, c.part)))


class SessionRecordService(Service):
    def record(self, session_code: str) -> SessionRecord:
        """The session's record as it stands now (nothing is registered)."""
        now = self._clock.now()
        return self._read(lambda s: load_record(s, session_code, now))

    def print_record(self, actor: Actor, session_code: str) -> tuple[SessionRecord, PrintedInfo]:
        """Read the record and register its printout (verification code, hashes) in one transaction."""

        def work(uow: UnitOfWork) -> tuple[SessionRecord, PrintedInfo]:
            uow.require(Permission.MANAGE_COURSES)
            s, now = uow.session, uow.now()
            record = load_record(s, session_code, now)
            content, parts = fingerprint(record)
            code = new_code()
            while s.execute(select(PrintedRecord.id).where(PrintedRecord.code == code)).first():
                code = new_code()  # 45 random bits: practically never
            row = PrintedRecord(code=code, kind=KIND, subject=record.session_code, content_hash=content,
                                part_hashes=canonical(parts), printed_at=now, printed_by=uow.actor.name,
                                terminal=uow.actor.terminal)  # fmt: skip
            s.add(row)
            s.flush()
            new = {"code": code, "kind": KIND, "subject": record.session_code, "content_hash": content}
            uow.audit("record.print", "printed_record", row.id, new=new)
            return record, _printed(row)

        return self._write(actor, work)

    def verify(self, code_text: str) -> Verification:
        """Recompute the printed record from the database now and compare it with the printout."""
        code = parse_code(code_text)
        now = self._clock.now()

        def work(s: Session) -> Verification:
            row = s.execute(select(PrintedRecord).where(PrintedRecord.code == code)).scalar_one_or_none()
            if row is None:
                raise NotFound("No printed record has the verification code {code}.", code=grouped(code))
            content, parts = fingerprint(load_record(s, row.subject, now))
            changes = _changes(s, json.loads(row.part_hashes), parts) if content != row.content_hash else ()
            if content != row.content_hash and not changes:
                changes = (Change("record", "changed"),)
            return Verification(_printed(row), content == row.content_hash, changes, now)

        return self._read(work)
