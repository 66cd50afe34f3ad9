"""A checklist execution in words, for its printed record: values, verdicts, criteria, evidence, times.

Rules:
- Times print in the centre's time zone with the zone's name, day first: ``27/11/2026 14:03 CET``
  (:func:`when_words`); dates ``24/02/2027``.
- A value prints as the person would read it: a check as Yes/No, a choice by its label in the
  report's language, a number or a reading with the step's unit, a file by its name.
- Stored text (values, reasons, deviations, names) prints as stored (composed to NFC), never
  translated; the words around it are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from aptaskil_desk.badges.fonts import printable
from aptaskil_desk.clock import local
from aptaskil_desk.domain.checklist_template import AttachmentKind, Step, StepKind
from aptaskil_desk.domain.signatures import (
    MEANING_LABELS,
    STATE_LABELS,
    Entry,
    Execution,
    Meaning,
    Outcome,
    SignatureProblem,
    State,
)
from aptaskil_desk.i18n import N_, Translator

OUTCOME_WORDS = {
    Outcome.PASSED: N_("Passed"),
    Outcome.FAILED: N_("Failed"),
    Outcome.NOT_EVALUATED: N_("Not evaluated"),
}
PHASE_WORDS = {"routine": N_("routine check"), "exercise": N_("exercise")}  # IQ, OQ, PQ print as they are
READING_STATUS_WORDS = {
    "stable": N_("stable"),
    "dynamic": N_("not stable"),
    "overload": N_("overload"),
    "underload": N_("underload"),
    "error": N_("error"),
}
_YES_NO = {"yes": N_("Yes"), "no": N_("No")}


def when_words(instant: datetime) -> str:
    """``27/11/2026 14:03 CET``: the centre's date and time, with the zone's name."""
    shown = local(instant)
    return f"{shown:%d/%m/%Y %H:%M} {shown.tzname()}"


def day_words(day: date | str | None) -> str:
    """``24/02/2027`` (a date, or one in ISO form as evidence stores it), or ``—``."""
    if day is None or day == "":
        return "—"
    try:
        value = day if isinstance(day, date) else date.fromisoformat(str(day)[:10])
    except ValueError:
        return printable(str(day))
    return f"{value:%d/%m/%Y}"


def instant_words(value: object) -> str:
    """An instant as evidence stores it (ISO 8601 text) in :func:`when_words`' form."""
    if isinstance(value, datetime):
        return when_words(value)
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return printable(str(value))
    return when_words(parsed) if parsed.tzinfo is not None else printable(str(value))


def meaning_words(meaning: Meaning, tr: Translator) -> str:
    return tr(MEANING_LABELS[meaning])


def state_words(state: State, tr: Translator) -> str:
    return tr(STATE_LABELS[state])


def phase_words(phase: str, tr: Translator) -> str:
    return tr(PHASE_WORDS[phase]) if phase in PHASE_WORDS else phase


def outcome_words(outcome: Outcome, tr: Translator) -> str:
    return tr(OUTCOME_WORDS[outcome])


def value_words(step: Step, entry: Entry, tr: Translator, language: str) -> str:
    """The value of ``entry`` as a reader understands it (see the module's rules)."""
    if step.kind is StepKind.CHECK and entry.value in _YES_NO:
        return tr(_YES_NO[entry.value])
    if step.kind is StepKind.CHOICE:
        labels = {o.id: o.label.in_language(language) for o in step.options}
        return printable(labels.get(entry.value, entry.value))
    if step.kind in (StepKind.NUMBER, StepKind.INSTRUMENT) and step.unit:
        return printable(f"{entry.value} {step.unit}")
    return printable(entry.value)


def criterion_words(step: Step, tr: Translator, language: str) -> list[str]:
    """What the step accepts, in words and symbols; empty when it records without a criterion."""
    if step.kind is StepKind.CHECK:
        return [tr("Confirmed (Yes)")]
    if step.kind in (StepKind.NUMBER, StepKind.INSTRUMENT) and step.acceptance is not None:
        words = [step.acceptance.describe(step.unit or "")]
        if step.kind is StepKind.INSTRUMENT:
            words.append(tr("live reading ({driver})", driver=step.driver or ""))
        return words
    if step.kind is StepKind.CHOICE:
        labels = [o.label.in_language(language) for o in step.options if o.id in step.acceptable]
        return [tr("Acceptable: {options}", options=", ".join(labels))]
    if step.kind is StepKind.ATTACHMENT:
        kind = tr("A photo") if step.attachment is AttachmentKind.PHOTO else tr("A file")
        return [f"{kind} ({', '.join(step.extensions)})" if step.extensions else kind]
    return []


def evidence_of(entry: Entry) -> dict[str, Any]:
    """The evidence stored with a value (see ``RunDetail.evidence``), or an empty mapping."""
    try:
        loaded = json.loads(entry.evidence) if entry.evidence else {}
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def raw_reply_words(raw_hex: str) -> tuple[str, str]:
    """An instrument's reply as printable text (``S S      20.01 g\\r\\n``) and as spaced hex."""
    try:
        raw = bytes.fromhex(raw_hex)
    except ValueError:
        return printable(raw_hex), ""
    text = "".join(chr(b) if 0x20 <= b < 0x7F and b != 0x5C else _escaped(b) for b in raw)
    return text, " ".join(f"{b:02X}" for b in raw)


def _escaped(byte: int) -> str:
    return {0x0D: "\\r", 0x0A: "\\n", 0x09: "\\t", 0x5C: "\\\\"}.get(byte, f"\\x{byte:02X}")


def identity_words(identity: object) -> str:
    """``Mettler Toledo XS205 s/n B021002593`` from the identity stored in the evidence."""
    if not isinstance(identity, dict):
        return "?"
    parts = [str(identity.get("manufacturer") or ""), str(identity.get("model") or "")]
    if identity.get("serial_number"):
        parts.append(f"s/n {identity['serial_number']}")
    if identity.get("firmware"):
        parts.append(f"fw {identity['firmware']}")
    return printable(" ".join(p for p in parts if p)) or "?"


def evidence_words(entry: Entry, tr: Translator) -> list[str]:
    """What backs a value, a sentence a line: the instrument and its reading, or the attachment."""
    e = evidence_of(entry)
    if "reading_uuid" in e:
        text, hexa = raw_reply_words(str(e.get("raw_hex") or ""))
        status = str(e.get("status") or "")
        return [
            tr("Instrument {code} — {name}, serial number {serial}, calibration due {due}.",
               code=printable(str(e.get("instrument", ""))), name=printable(str(e.get("name", ""))),
               serial=printable(str(e.get("serial_number") or "—")), due=day_words(e.get("calibration_due"))),
            tr("Reading {uuid} of {when}: {value} {unit}, {status}; reported by {identity}.",
               uuid=e["reading_uuid"], when=instant_words(e.get("read_at", "")), value=e.get("reading", ""),
               unit=printable(str(e.get("unit", ""))),
               status=tr(READING_STATUS_WORDS[status]) if status in READING_STATUS_WORDS else status,
               identity=identity_words(e.get("identity"))),
            tr("Raw reply: {text} (hex {hex})", text=text, hex=hexa),
        ]  # fmt: skip
    if "sha256" in e:
        return [tr("Attachment {name}, {size} bytes, SHA-256 {sha256}", name=printable(str(e.get("name", ""))),
                   size=e.get("size", "?"), sha256=e["sha256"])]  # fmt: skip
    return []


@dataclass(frozen=True)
class Correction:
    """A value entered again: the version before it and the new one (which holds the reason)."""

    step: Step
    old: Entry
    new: Entry


def corrections(ex: Execution, steps: dict[str, Step]) -> list[Correction]:
    """Every value with a version above 1, with the version it replaced, in the order entered."""
    found: list[Correction] = []
    for entry in sorted(ex.entries, key=lambda e: e.seq):
        if entry.version <= 1 or entry.step_id not in steps:
            continue
        before = [e for e in ex.entries if e.step_id == entry.step_id and e.version == entry.version - 1]
        if before:
            found.append(Correction(steps[entry.step_id], before[0], entry))
    return found


def event_words(ex: Execution, seq: int, tr: Translator) -> str:
    """What event ``seq`` of the record was, in words (for problems found by verification)."""
    for entry in ex.entries:
        if entry.seq == seq:
            return tr("the value of step {step} (version {version}) by {name}, {when}", step=entry.step_id,
                      version=entry.version, name=printable(entry.by_name), when=when_words(entry.at))  # fmt: skip
    for d in ex.deviations:
        if d.seq == seq:
            return tr("deviation {number} by {name}, {when}", number=d.number, name=printable(d.by_name),
                      when=when_words(d.at))  # fmt: skip
        if d.closure is not None and d.closure.seq == seq:
            return tr("the closure of deviation {number} by {name}, {when}", number=d.number,
                      name=printable(d.closure.by_name), when=when_words(d.closure.at))  # fmt: skip
    for s in ex.signatures:
        if s.seq == seq:
            return tr("the signature “{meaning}” of {name}, {when}", meaning=meaning_words(s.meaning, tr),
                      name=printable(s.signer_name), when=when_words(s.at))  # fmt: skip
    return tr("event {seq}", seq=seq)


def problem_words(ex: Execution, problem: SignatureProblem, tr: Translator) -> str:
    """One finding of the signature verification, as a sentence."""
    what = event_words(ex, problem.seq, tr)
    if problem.code == "altered":
        return tr("No longer matches the record: {what}. The record was changed after this signature, or the "
                  "signature was copied from another record.", what=what)  # fmt: skip
    return tr("Recorded after the approval: {what}.", what=what)
