"""Using equipment: a use gated on fitness and authorisation, its end, and the signed overrides
that let one use past a refusal.

The module-level pieces run inside the caller's transaction: the staff calls below and the kiosk
flow (:mod:`~aptaskil_desk.services.scan_equipment`) share them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from aptaskil_desk.clock import local
from aptaskil_desk.db.audit import canonical
from aptaskil_desk.db.models import Equipment, EquipmentOverride, LogbookEntry, Person, TerminalBadge
from aptaskil_desk.domain import equipment as rules
from aptaskil_desk.domain import questions
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import InvalidInput, Refused
from aptaskil_desk.resources import forms_path
from aptaskil_desk.services.accounts import AccountService
from aptaskil_desk.services.base import Actor, Service, UnitOfWork
from aptaskil_desk.services.equipment_authorisations import authorisation_state
from aptaskil_desk.services.equipment_rows import EntryInfo, append_entry, entry_info, load_equipment, state, with_links

#: An override must be used within this time after it was signed.
OVERRIDE_VALID_FOR = timedelta(minutes=15)


class UseRefused(Refused):
    """A use may not start; ``reasons`` say exactly why (for the kiosk and the CLI)."""

    def __init__(self, reasons: Sequence[rules.Reason]) -> None:
        super().__init__("Use refused: {codes}.", codes=", ".join(r.code for r in reasons))
        self.reasons = tuple(reasons)


@dataclass(frozen=True)
class OverrideRef:
    """A signed override as a use started under it shows it: which, who signed, when, for what."""

    id: int
    signed_by: str
    signed_at: datetime
    reasons: tuple[str, ...]
    reason: str


class EquipmentUse(Service):
    """The use and override calls of :class:`~aptaskil_desk.services.equipment.EquipmentService`."""

    #: Checks the signer's password (set by the service).
    _accounts: AccountService
    #: How long an authorisation may go unused before it lapses (set by the service).
    _lapse: timedelta

    def sign_override(self, login: str, password: str, person_id: int, code: str, reason: str, terminal: str) -> int:
        """An instructor or technician authorises one use despite the refusal, with a reason and an
        electronic signature (password asked again). Busy equipment cannot be overridden.

        At a kiosk, the learner's badge pairing on ``terminal`` (if it is still this learner's) is
        renewed, so that the equipment scan that follows the signature pairs with them however
        long the signing took."""
        if not reason.strip():
            raise InvalidInput("A reason is required.")
        signer = self._accounts.authenticate_password(login, password, terminal)

        def work(uow: UnitOfWork) -> int:
            uow.require(Permission.AUTHORISE_EQUIPMENT)
            s = uow.session
            e = load_equipment(s, code, lock=True)
            problems = problems_for(s, e, person_id, local(uow.now()).date(), lapse_after=self._lapse)
            if not problems:
                raise InvalidInput("Nothing to override: {code} may be used as it is.", code=code)
            busy = [p for p in problems if p.code in rules.BUSY]
            if busy:
                raise UseRefused(busy)
            now = uow.now()
            codes = sorted(p.code for p in problems)
            content = {"equipment": code, "person_id": person_id, "reasons": codes, "reason": reason,
                       "signer": signer.person_id, "signed_at": now, "meaning": "override"}  # fmt: skip
            digest = hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()
            row = EquipmentOverride(
                equipment_id=e.id, person_id=person_id, signed_by_id=signer.person_id, signed_at=now,
                reasons_overridden=canonical(codes), reason=reason, content_hash=digest,
            )  # fmt: skip
            s.add(row)
            s.flush()
            uow.audit("equipment.override_signed", "equipment_override", row.id, new={**content, "hash": digest},
                      reason=reason)  # fmt: skip
            pairing = s.get(TerminalBadge, terminal, with_for_update=True)
            if pairing is not None and pairing.person_id == person_id:
                pairing.at = now
            return row.id

        return self._write(signer.actor(terminal), work)

    def start_use(
        self, person_id: int, code: str, terminal: str, purpose: str = "", *, override_id: int | None = None,
        answers: Mapping[str, str] | None = None,
    ) -> EntryInfo:  # fmt: skip
        """Start a use for a person, or refuse saying why. The equipment row is locked, so two
        terminals starting at the same instant cannot both succeed. A signed override (see
        :meth:`sign_override`) covers the reasons it was signed for, once, within 15 minutes.
        Pre-use answers, when given, are recorded and an unexpected one refuses the use (the kiosk
        flow in services/scan.py asks them; this staff-side call does not require them)."""
        kiosk = Actor(None, f"kiosk:{terminal}", terminal)

        def work(uow: UnitOfWork) -> EntryInfo | UseRefused:
            e = load_equipment(uow.session, code, lock=True)
            return begin_use(uow, e, person_id, purpose=purpose, override_id=override_id, answers=answers,
                             lapse_after=self._lapse)  # fmt: skip

        outcome = self._write(kiosk, work)
        if isinstance(outcome, UseRefused):
            raise outcome
        return outcome

    def stop_use(self, person_id: int, code: str, terminal: str, answers: Mapping[str, str] | None = None) -> EntryInfo:
        """End this person's use of the equipment (post-use answers, when given, are recorded)."""
        kiosk = Actor(None, f"kiosk:{terminal}", terminal)

        def work(uow: UnitOfWork) -> EntryInfo:
            e = load_equipment(uow.session, code, lock=True)
            return end_use(uow, e, person_id, answers)

        return self._write(kiosk, work)


# --- the pieces shared with the kiosk scan flow (they run inside the caller's transaction) -------


def problems_for(
    s: Session, e: Equipment, person_id: int, today: date, *, lapse_after: timedelta = rules.LAPSE_AFTER
) -> list[rules.Reason]:
    """Every reason this person may not start using this equipment today (an authorisation
    unused for longer than ``lapse_after`` has lapsed)."""
    fit = rules.fitness(state(e), today)
    problems = [*fit.unfit, *fit.busy]
    if e.requires_authorisation:
        problem = rules.authorisation_problem(authorisation_state(s, person_id, e), today, lapse_after)
        if problem is not None:
            problems.append(problem)
    return problems


def beyond_override(
    s: Session, override_id: int, e: Equipment, person_id: int, problems: list[rules.Reason], now: datetime
) -> list[rules.Reason]:
    """The problems an override does not cover (all of them if it does not apply)."""
    override = s.get(EquipmentOverride, override_id)
    used = s.execute(select(LogbookEntry.id).where(LogbookEntry.override_id == override_id)).first()
    if (
        override is None
        or used is not None
        or override.equipment_id != e.id
        or override.person_id != person_id
        or now - override.signed_at > OVERRIDE_VALID_FOR
    ):
        return [*problems, rules.Reason("override_not_valid")]
    covered = set(json.loads(override.reasons_overridden))
    return [p for p in problems if p.code not in covered]


def pending_override(s: Session, e: Equipment, person_id: int, now: datetime) -> EquipmentOverride | None:
    """The newest override signed for this person and equipment within ``OVERRIDE_VALID_FOR``
    that no use was started under yet (the kiosk applies it by itself; see scan_equipment)."""
    used = exists().where(
        LogbookEntry.equipment_id == e.id,
        LogbookEntry.at >= EquipmentOverride.signed_at,  # a use comes after its override: the index's range
        LogbookEntry.override_id == EquipmentOverride.id,
    )
    return s.execute(
        select(EquipmentOverride)
        .where(
            EquipmentOverride.equipment_id == e.id,
            EquipmentOverride.person_id == person_id,
            EquipmentOverride.signed_at >= now - OVERRIDE_VALID_FOR,
            EquipmentOverride.signed_at <= now,
            ~used,
        )
        .order_by(EquipmentOverride.signed_at.desc(), EquipmentOverride.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def override_ref(s: Session, override: EquipmentOverride) -> OverrideRef:
    """What a result shows of an override: its number, the signer's name, when and for what."""
    signer = s.get(Person, override.signed_by_id)
    return OverrideRef(
        override.id, signer.display_name if signer else str(override.signed_by_id), override.signed_at,
        tuple(json.loads(override.reasons_overridden)), override.reason,
    )  # fmt: skip


def find_open_use(s: Session, e: Equipment) -> LogbookEntry | None:
    closed = select(LogbookEntry.closes_id).where(LogbookEntry.closes_id.is_not(None))
    return s.execute(
        select(LogbookEntry).where(
            LogbookEntry.equipment_id == e.id, LogbookEntry.kind == "use", LogbookEntry.id.not_in(closed)
        )
    ).scalar_one_or_none()


def begin_use(
    uow: UnitOfWork, e: Equipment, person_id: int, *, purpose: str = "", override_id: int | None = None,
    answers: Mapping[str, str] | None = None, problems: list[rules.Reason] | None = None,
    lapse_after: timedelta = rules.LAPSE_AFTER,
) -> EntryInfo | UseRefused:  # fmt: skip
    """Start a use (the equipment row must be locked by the caller), or say why not.

    ``problems``: what :func:`problems_for` already found in this transaction, if the caller
    asked (the kiosk flow asks before showing the questions); otherwise it is asked here, with
    ``lapse_after`` as the authorisation lapse period.
    """
    s = uow.session
    if problems is None:
        problems = problems_for(s, e, person_id, local(uow.now()).date(), lapse_after=lapse_after)
    if problems and override_id is not None:
        problems = beyond_override(s, override_id, e, person_id, problems, uow.now())
    if answers is not None:
        pre = questions.for_type(questions_catalogue(), e.equipment_type).pre
        problems = [
            *problems,
            *(rules.Reason("pre_use_answer", {"question": q.id}) for q in questions.unexpected(pre, answers)),
        ]
    if problems:
        uow.audit("equipment.use_refused", "equipment", e.id,
                  new={"person_id": person_id, "reasons": [p.code for p in problems]})  # fmt: skip
        return UseRefused(problems)
    details: dict[str, Any] = {"purpose": purpose}
    if answers is not None:
        details["answers"] = dict(answers)
    if override_id is not None:
        details["override_id"] = override_id
    row = append_entry(uow, e, "use", details, person_id, override_id=override_id)
    e.status = "in_use"
    info = entry_info(row)
    return with_links(s, [info])[0] if override_id is not None else info


def end_use(uow: UnitOfWork, e: Equipment, person_id: int, answers: Mapping[str, str] | None) -> EntryInfo:
    """Close this person's open use of the equipment; unexpected post-use answers are anomalies."""
    open_use = find_open_use(uow.session, e)
    if open_use is None or open_use.person_id != person_id:
        raise InvalidInput("{code} is not in use by this person.", code=e.code)
    details: dict[str, Any] = {}
    if answers is not None:
        post = questions.for_type(questions_catalogue(), e.equipment_type).post
        details["answers"] = dict(answers)
        anomalies = [q.id for q in questions.unexpected(post, answers)]
        if anomalies:
            details["anomalies"] = anomalies
    row = append_entry(uow, e, "use_end", details, person_id, closes_id=open_use.id)
    e.status = "available"
    return entry_info(row)


@cache
def questions_catalogue() -> dict[str, questions.QuestionSet]:
    """The pre-/post-use questions of ``forms/equipment-questions.toml`` (read once)."""
    path = forms_path("equipment-questions.toml")
    return questions.parse_questions(path.read_text(encoding="utf-8"), path.name)
