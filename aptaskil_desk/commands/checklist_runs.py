"""Handlers of the checklist execution commands: sign, runs, show, deviation-close; how a run is shown.

A run is shown the same way after ``execute``, ``sign`` and ``deviation-close``: the record id, where
it stands (a training run: the learner who practised and who supervised), and each step's latest value
with its outcome. ``show`` adds every version of every value,
the deviations with their closures, and the signatures as they are manifested on paper: the signer's
printed name, the date and time with the zone, and the meaning.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime
from typing import Any

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.commands.output import Output
from aptaskil_desk.domain.checklist_workflow import qualification_update
from aptaskil_desk.domain.signatures import MEANING_LABELS, STATE_LABELS, Entry, Meaning, Outcome
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import N_
from aptaskil_desk.services.base import Actor
from aptaskil_desk.services.checklist_rows import RunDetail, RunInfo

#: A value's outcome, as a symbol and a word (translated where shown).
OUTCOME_WORDS = {
    Outcome.PASSED: N_("✔ passed"),
    Outcome.FAILED: N_("✖ failed"),
    Outcome.NOT_EVALUATED: N_("● not evaluated"),
}
_NO_VALUE = N_("○ no value")
_TRAINING = N_("TRAINING")
_PRACTISED_BY = N_("practised by {trainee}")


def when(instant: datetime) -> str:
    """An instant in the centre's time with its zone: ``2026-11-25 09:15:00 CET``."""
    moment = local(instant)
    return f"{moment:%Y-%m-%d %H:%M:%S} {moment.tzname() or ''}".rstrip()


def actor_of(ctx: AppContext, login: str) -> Actor:
    """The staff member named by ``--as`` (no password: entering values is attributed, not signed)."""
    return ctx.accounts.get(login).actor(ctx.terminal)


def read_password(args: argparse.Namespace, out: Output) -> str:
    """The signer's password: the first line of stdin with ``--password-stdin``, else asked without echo."""
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InvalidInput("--password-stdin: no password on standard input.")
        return password
    return getpass.getpass(out.tr("Password of {login}: ", login=args.login))


# --- JSON ------------------------------------------------------------------------------------------


def info_json(info: RunInfo) -> dict[str, Any]:
    return {
        "id": info.id, "template": info.template_code, "template_version": info.template_version,
        "title": info.title, "equipment": info.equipment_code, "equipment_name": info.equipment_name,
        "phase": info.phase, "training": info.training, "state": info.state.value,
        "trainee": None if info.trainee_id is None else {
            "id": info.trainee_id, "name": info.trainee_name, "external_ref": info.trainee_ref},
        "started_at": info.started_at.isoformat(), "started_by": info.started_by,
        "open_deviations": info.open_deviations, "failed_steps": info.failed_steps,
        "missing_required": info.missing_required, "changed_after_first_entry": info.changed_after_first_entry,
    }  # fmt: skip


def _entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "seq": entry.seq, "step": entry.step_id, "version": entry.version, "value": entry.value,
        "outcome": entry.outcome.value, "by": entry.by_name, "at": entry.at.isoformat(), "at_local": when(entry.at),
        "reason": entry.reason, "evidence": RunDetail.evidence(entry) or None,
    }  # fmt: skip


def run_json(detail: RunDetail) -> dict[str, Any]:
    """The public JSON shape of an execution: what it is, every step, value, deviation and signature."""
    ex = detail.execution
    steps = []
    for step in detail.steps():
        latest = ex.latest(step.id)
        steps.append({
            "id": step.id, "kind": step.kind.value, "required": step.required, "unit": step.unit,
            "value": None if latest is None else latest.value,
            "outcome": None if latest is None else latest.outcome.value,
            "version": None if latest is None else latest.version,
            "by": None if latest is None else latest.by_name,
            "at": None if latest is None else latest.at.isoformat(),
            "evidence": None if latest is None else RunDetail.evidence(latest) or None,
        })  # fmt: skip
    deviations = [{
        "number": d.number, "step": d.step_id, "description": d.description, "impact": d.impact,
        "action": d.action, "by": d.by_name, "at": d.at.isoformat(), "at_local": when(d.at),
        "closure": None if d.closure is None else {
            "resolution": d.closure.resolution, "by": d.closure.by_name, "at": d.closure.at.isoformat(),
            "at_local": when(d.closure.at)},
    } for d in ex.deviations]  # fmt: skip
    signatures = [{
        "seq": s.seq, "meaning": s.meaning.value, "signer": s.signer_name, "at": s.at.isoformat(),
        "at_local": when(s.at), "reason": s.reason, "hash": s.hash,
    } for s in sorted(ex.signatures, key=lambda s: s.seq)]  # fmt: skip
    return {
        **info_json(detail.info),
        "steps": steps,
        "entries": [_entry_json(e) for e in sorted(ex.entries, key=lambda e: e.seq)],
        "deviations": deviations,
        "signatures": signatures,
        "problems": [{"seq": p.seq, "problem": p.code} for p in detail.problems],
    }


# --- text ------------------------------------------------------------------------------------------


def _value_text(detail: RunDetail, entry: Entry) -> str:
    unit = detail.step(entry.step_id).unit
    text = f"{entry.value} {unit}" if unit and unit not in entry.value else entry.value
    evidence = RunDetail.evidence(entry)
    if "instrument" in evidence:
        text += f"  [{evidence['instrument']}, s/n {evidence.get('serial_number') or '-'}]"
    elif "sha256" in evidence:
        text += f"  [sha256 {str(evidence['sha256'])[:12]}]"
    return text


def say_header(out: Output, detail: RunDetail) -> None:
    i = detail.info
    out.say("Checklist {code} v{version} on {equipment} ({name}): record {id}.", code=i.template_code,
            version=i.template_version, equipment=i.equipment_code, name=i.equipment_name, id=i.id)  # fmt: skip
    training = f" — {out.tr(_TRAINING)}" if i.training else ""
    out.say("Phase {phase}, state: {state}{training}.", phase=i.phase, state=out.tr(STATE_LABELS[i.state]),
            training=training)  # fmt: skip
    if i.trainee is not None:
        out.say("Practised by {trainee}, supervised by {supervisor}.", trainee=i.trainee, supervisor=i.started_by)


def say_steps(out: Output, detail: RunDetail, *, attributed: bool = False) -> None:
    """Each step's latest value and outcome (``attributed``: who entered it, when), then the counts and the
    open deviations."""
    ex = detail.execution
    counts = {outcome: 0 for outcome in Outcome}
    empty = 0
    for step in detail.steps():
        latest = ex.latest(step.id)
        if latest is None:
            empty += 1
            out.line(f"  {step.id:<28} {out.tr(_NO_VALUE)}")
            continue
        counts[latest.outcome] += 1
        by = f"  — {latest.by_name}, {when(latest.at)}" if attributed else ""
        out.line(f"  {step.id:<28} {out.tr(OUTCOME_WORDS[latest.outcome]):<18} {_value_text(detail, latest)}{by}")
    out.say("{passed} passed, {failed} failed, {not_evaluated} not evaluated, {empty} without a value.",
            passed=counts[Outcome.PASSED], failed=counts[Outcome.FAILED],
            not_evaluated=counts[Outcome.NOT_EVALUATED], empty=empty)  # fmt: skip
    for d in ex.deviations:
        if d.closure is None:
            out.say("Deviation {number} on step {step} is open: {description}", number=d.number, step=d.step_id,
                    description=d.description)  # fmt: skip


def say_signatures(out: Output, detail: RunDetail) -> None:
    for s in sorted(detail.execution.signatures, key=lambda s: s.seq):
        reason = f" — {s.reason}" if s.reason else ""
        out.line(f"  {out.tr(MEANING_LABELS[s.meaning]):<12} {s.signer_name:<32} {when(s.at)}{reason}")


# --- commands --------------------------------------------------------------------------------------


def cmd_checklist_sign(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    password = read_password(args, out)
    detail = ctx.checklist_runs.sign(args.login, password, args.id, args.meaning, terminal=ctx.terminal,
                                     reason=args.reason or "")  # fmt: skip
    signature = max(detail.execution.signatures, key=lambda s: s.seq)
    out.say("Signed by {name} on {at}, meaning: {meaning}.", name=signature.signer_name, at=when(signature.at),
            meaning=out.tr(MEANING_LABELS[signature.meaning]))  # fmt: skip
    say_header(out, detail)
    update = qualification_update(detail.execution) if signature.meaning is Meaning.APPROVED else None
    if update is not None:
        out.say("{equipment} is now qualified for {phase}; the logbook records it.", equipment=update.equipment,
                phase=update.phase.value)  # fmt: skip
    out.json(run_json(detail))
    return 0


def cmd_checklist_runs(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    infos = ctx.checklist_runs.runs(equipment=args.equipment)
    if not infos:
        out.say("No checklist execution yet.")
    for i in infos:
        flags = f"  {out.tr(_TRAINING)}" if i.training else ""
        flags += f" — {out.tr(_PRACTISED_BY, trainee=i.trainee)}" if i.trainee is not None else ""
        flags += f"  !{i.open_deviations}" if i.open_deviations else ""
        template = f"{i.template_code} v{i.template_version}"
        out.line(f"{i.id}  {template:<16} {i.equipment_code:<10} {i.phase:<8} {out.tr(STATE_LABELS[i.state]):<14} "
                 f"{when(i.started_at)}  {i.started_by}{flags}")  # fmt: skip
    out.json([info_json(i) for i in infos])
    return 0


def cmd_checklist_show(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    detail = ctx.checklist_runs.run(args.id)
    i = detail.info
    say_header(out, detail)
    out.say("{title}. Started on {at} by {name}.", title=i.title, at=when(i.started_at), name=i.started_by)
    if i.changed_after_first_entry:
        out.say("Values were changed after their first entry: every version is kept below.")
    out.say("Values:")
    say_steps(out, detail, attributed=True)
    corrected = {e.step_id for e in detail.execution.entries if e.version > 1}
    for e in sorted(detail.execution.entries, key=lambda e: e.seq):
        if e.step_id in corrected:
            reason = f" — {e.reason}" if e.reason else ""
            out.line(f"    {e.step_id} v{e.version}: {_value_text(detail, e)}  {e.by_name}, {when(e.at)}{reason}")
    if detail.execution.deviations:
        out.say("Deviations:")
    for d in detail.execution.deviations:
        out.line(f"  {d.number}. {d.step_id} — {d.description}  ({d.by_name}, {when(d.at)})")
        out.line("     " + out.tr("Impact: {impact} — action: {action}", impact=d.impact, action=d.action))
        if d.closure is None:
            out.line("     " + out.tr("Open."))
        else:
            out.line("     " + out.tr("Closed by {name} on {at}: {resolution}", name=d.closure.by_name,
                                      at=when(d.closure.at), resolution=d.closure.resolution))  # fmt: skip
    if detail.execution.signatures:
        out.say("Signatures:")
    say_signatures(out, detail)
    for p in detail.problems:
        out.error(PROBLEM_TEXTS.get(p.code, p.code), id=i.id, seq=p.seq)
    out.json(run_json(detail))
    return 0


def cmd_checklist_deviation_close(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    detail = ctx.checklist_runs.close_deviation(actor_of(ctx, args.login), args.id, args.number, args.resolution)
    out.say("Deviation {number} closed.", number=args.number)
    say_header(out, detail)
    out.json(run_json(detail))
    return 0


#: What ``audit verify`` and ``show`` say about a signature that no longer verifies (translated where shown).
PROBLEM_TEXTS = {
    "altered": N_("Checklist execution {id}: signature {seq} no longer matches what it signed (altered or copied)."),
    "after_approval": N_("Checklist execution {id}: event {seq} was recorded after the approval."),
}
