"""A checklist execution as a signed record, and its electronic signatures (21 CFR Part 11, Annex 11).

This module holds the record (immutable values: step values, deviations, signatures, each an event
numbered in one sequence ``seq``) and what a signature binds together; the rules that move the
record along live in :mod:`~aptaskil_desk.domain.checklist_workflow`.

- A signature covers :func:`signed_content`: canonical JSON of the record id, the template's content
  hash, the equipment, phase and training flag, the learner who practised (a training execution's
  trainee, by person id), every value version, every deviation and closure, the earlier signatures,
  and the meaning — as the record stood just before the signature.
- ``signature_hash = SHA-256(canonical({content, signer id, printed name, time, meaning, reason}))``.
  An edit of anything covered, or the signature copied onto another record, no longer matches;
  :func:`signature_problems` names each such signature and anything recorded after the approval.
- The state is never stored apart: it is the meaning of the last signature (none or ``rejected``:
  in progress). Passwords are not known here: the services check them before they sign.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from aptaskil_desk.db.audit import canonical
from aptaskil_desk.domain.checklist_template import ChecklistPhase as ChecklistPhase  # the record names its phase
from aptaskil_desk.i18n import N_


class Meaning(StrEnum):
    """What the signer declares by signing (shown with the printed name, date and time with zone)."""

    EXECUTED = "executed"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    REJECTED = "rejected"


#: The words shown on screen and paper beside a signature (translate where shown).
MEANING_LABELS = {
    Meaning.EXECUTED: N_("Executed"),
    Meaning.REVIEWED: N_("Reviewed"),
    Meaning.APPROVED: N_("Approved"),
    Meaning.REJECTED: N_("Rejected"),
}


class State(StrEnum):
    IN_PROGRESS = "in_progress"
    EXECUTED = "executed"
    REVIEWED = "reviewed"
    APPROVED = "approved"


#: The words shown for where an execution stands (translate where shown).
STATE_LABELS = {
    State.IN_PROGRESS: N_("In progress"),
    State.EXECUTED: N_("Executed"),
    State.REVIEWED: N_("Reviewed"),
    State.APPROVED: N_("Approved"),
}

_STATE_AFTER = {
    Meaning.EXECUTED: State.EXECUTED,
    Meaning.REVIEWED: State.REVIEWED,
    Meaning.APPROVED: State.APPROVED,
    Meaning.REJECTED: State.IN_PROGRESS,
}


class Outcome(StrEnum):
    """A value's verdict against its step's criteria (the template module evaluates it)."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_EVALUATED = "not_evaluated"  # no criterion: a text, a photo


@dataclass(frozen=True)
class StepView:
    """What the workflow needs of a template step: the services map the template's steps onto it."""

    id: str
    required: bool


@dataclass(frozen=True)
class Entry:
    """One version of one step's value. ``evidence`` names what backs it (reading, attachment hash)."""

    seq: int
    step_id: str
    version: int
    value: str
    outcome: Outcome
    by_id: int
    by_name: str
    at: datetime
    reason: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class Closure:
    seq: int
    resolution: str
    by_id: int
    by_name: str
    at: datetime


@dataclass(frozen=True)
class Deviation:
    seq: int
    number: int
    step_id: str
    description: str
    impact: str
    action: str
    by_id: int
    by_name: str
    at: datetime
    closure: Closure | None = None


@dataclass(frozen=True)
class Signature:
    seq: int
    meaning: Meaning
    signer_id: int
    signer_name: str
    at: datetime
    hash: str
    reason: str = ""


@dataclass(frozen=True)
class SignatureProblem:
    """``altered``: the signature no longer matches what it covers; ``after_approval``: an event
    was recorded after the approval (``seq`` is that event's)."""

    seq: int
    code: str


@dataclass(frozen=True)
class Execution:
    record_id: str
    template_hash: str
    equipment: str
    phase: ChecklistPhase
    training: bool
    steps: tuple[StepView, ...]
    entries: tuple[Entry, ...] = ()
    deviations: tuple[Deviation, ...] = ()
    signatures: tuple[Signature, ...] = ()
    trainee: int | None = None  # the learner's person id (training only), fixed at the start

    @property
    def state(self) -> State:
        if not self.signatures:
            return State.IN_PROGRESS
        return _STATE_AFTER[max(self.signatures, key=lambda s: s.seq).meaning]

    def seqs(self) -> list[int]:
        """The sequence numbers of every event recorded (values, deviations, closures, signatures)."""
        seqs = [e.seq for e in self.entries] + [s.seq for s in self.signatures]
        for d in self.deviations:
            seqs += [d.seq] + ([d.closure.seq] if d.closure else [])
        return seqs

    @property
    def next_seq(self) -> int:
        return max(self.seqs(), default=0) + 1

    def latest(self, step_id: str) -> Entry | None:
        """The step's current value (its highest version), or ``None``."""
        versions = [e for e in self.entries if e.step_id == step_id]
        return max(versions, key=lambda e: e.version) if versions else None

    @property
    def executors(self) -> frozenset[int]:
        """Everyone who entered a value or signed executed, in any round."""
        signed = {s.signer_id for s in self.signatures if s.meaning is Meaning.EXECUTED}
        return frozenset({e.by_id for e in self.entries} | signed)

    @property
    def changed_after_first_entry(self) -> bool:
        """True when any value was entered again (printouts say so)."""
        return any(e.version > 1 for e in self.entries)


def signature_hash(
    content: str, signer_id: int, signer_name: str, at: datetime, meaning: Meaning, reason: str = ""
) -> str:
    """The hash a signature carries: the signed content bound to who signed, when, and what for.

    ``at`` must be timezone-aware (it is hashed as UTC); ``reason`` is a rejection's reason.
    """
    if at.tzinfo is None:
        raise ValueError("a signature time must be timezone-aware")
    payload = {
        "content": content,
        "signer_id": signer_id,
        "signer_name": signer_name,
        "at": at,
        "meaning": Meaning(meaning).value,
        "reason": reason,
    }
    return hashlib.sha256(canonical(payload).encode("utf-8")).hexdigest()


def signed_content(ex: Execution, meaning: Meaning, upto: int | None = None) -> str:
    """Canonical JSON of exactly what a signature of this meaning covers, as the record stood just
    before event ``upto`` (the whole record when ``None``)."""
    before: Callable[[int], bool] = (lambda seq: seq < upto) if upto is not None else (lambda seq: True)
    return canonical(
        {
            "record": ex.record_id,
            "template_hash": ex.template_hash,
            "equipment": ex.equipment,
            "phase": ex.phase.value,
            "training": ex.training,
            "trainee": ex.trainee,
            "meaning": Meaning(meaning).value,
            "entries": [_entry(e) for e in sorted(ex.entries, key=lambda e: e.seq) if before(e.seq)],
            "deviations": [_deviation(d, before) for d in sorted(ex.deviations, key=lambda d: d.seq) if before(d.seq)],
            "signatures": [_signature(s) for s in sorted(ex.signatures, key=lambda s: s.seq) if before(s.seq)],
        }
    )


def append_signature(
    ex: Execution, meaning: Meaning, signer_id: int, signer_name: str, at: datetime, reason: str = ""
) -> Execution:
    """The record with a new signature over its whole present content (the rules are the caller's)."""
    content = signed_content(ex, meaning)
    digest = signature_hash(content, signer_id, signer_name, at, meaning, reason)
    signature = Signature(ex.next_seq, Meaning(meaning), signer_id, signer_name, at, digest, reason)
    return replace(ex, signatures=(*ex.signatures, signature))


def verify_signature(ex: Execution, signature: Signature) -> bool:
    """True when the signature still matches this record as it stood when it was signed."""
    content = signed_content(ex, signature.meaning, upto=signature.seq)
    expected = signature_hash(
        content, signature.signer_id, signature.signer_name, signature.at, signature.meaning, signature.reason
    )
    return hmac.compare_digest(expected, signature.hash)


def signature_problems(ex: Execution) -> tuple[SignatureProblem, ...]:
    """Every signature that no longer matches, then every event recorded after the approval."""
    problems = [SignatureProblem(s.seq, "altered") for s in ex.signatures if not verify_signature(ex, s)]
    approvals = sorted(s.seq for s in ex.signatures if s.meaning is Meaning.APPROVED)
    if approvals:
        problems += [SignatureProblem(seq, "after_approval") for seq in sorted(ex.seqs()) if seq > approvals[0]]
    return tuple(problems)


def _entry(e: Entry) -> dict[str, object]:
    return {
        "seq": e.seq,
        "step": e.step_id,
        "version": e.version,
        "value": e.value,
        "outcome": e.outcome.value,
        "by_id": e.by_id,
        "by_name": e.by_name,
        "at": e.at,
        "reason": e.reason,
        "evidence": e.evidence,
    }


def _deviation(d: Deviation, before: Callable[[int], bool]) -> dict[str, object]:
    closure = d.closure if d.closure is not None and before(d.closure.seq) else None
    return {
        "seq": d.seq,
        "number": d.number,
        "step": d.step_id,
        "description": d.description,
        "impact": d.impact,
        "action": d.action,
        "by_id": d.by_id,
        "by_name": d.by_name,
        "at": d.at,
        "closure": None
        if closure is None
        else {
            "seq": closure.seq,
            "resolution": closure.resolution,
            "by_id": closure.by_id,
            "by_name": closure.by_name,
            "at": closure.at,
        },
    }


def _signature(s: Signature) -> dict[str, object]:
    return {
        "seq": s.seq,
        "meaning": s.meaning.value,
        "signer_id": s.signer_id,
        "signer_name": s.signer_name,
        "at": s.at,
        "reason": s.reason,
        "hash": s.hash,
    }
