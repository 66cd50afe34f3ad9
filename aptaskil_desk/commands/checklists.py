"""Handlers of the checklist commands: templates (import, list, approve) and ``execute`` from an answers file.

The answers file (``checklist execute … --answers FILE.json``) is one JSON object::

    {"answers": {"level": true, "room_temperature": "21.4", "grade": "ok", "serial_number": "SN 1",
                 "certificate": {"file": "scans/cert.pdf"}, "weighing_01": {"instrument": "BAL-01"}},
     "deviations": [{"step": "…", "description": "…", "impact": "…", "action": "…"}]}

A check takes ``true``/``false``; a number a JSON number (read as a decimal, never a float) or the
number as text; a choice its option id; a text its text; an attachment ``{"file": PATH}`` (relative to
the answers file); an instrument step ``{"instrument": ASSET}``: the registered instrument is read
live now, and only a stable reading is used. Everything in the file is checked before any instrument
is read, and everything is stored in one transaction: a file with any mistake stores nothing.
"""

from __future__ import annotations

import argparse
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from aptaskil_desk.app import AppContext
from aptaskil_desk.commands.checklist_runs import actor_of, read_password, run_json, say_header, say_steps, when
from aptaskil_desk.commands.output import Output
from aptaskil_desk.domain.checklist_template import REASON_TEXTS, ChecklistTemplate, Step, StepKind, evaluate
from aptaskil_desk.domain.exercises import Verdict
from aptaskil_desk.errors import AptaskilError, InvalidInput, Refused
from aptaskil_desk.i18n import N_
from aptaskil_desk.instruments.live import read_stable
from aptaskil_desk.services.checklist_runs import Answer, AttachmentFile, DeviationInput, LiveReading
from aptaskil_desk.services.checklists import ImportResult, TemplateInfo
from aptaskil_desk.services.instruments import InstrumentInfo

_APPROVED = N_("approved")
_NOT_APPROVED = N_("not approved")
_SUPERSEDED = N_("superseded")


def template_json(info: TemplateInfo) -> dict[str, Any]:
    """The public JSON shape of a stored template version."""
    return {
        "id": info.id,
        "code": info.code,
        "version": info.version,
        "title": info.title,
        "phase": info.phase,
        "equipment_type": info.equipment_type,
        "content_hash": info.content_hash,
        "imported_at": info.imported_at.isoformat(),
        "imported_by": info.imported_by,
        "supersedes_version": info.supersedes_version,
        "superseded": info.superseded,
        "approved": info.approved,
        "approved_at": None if info.approved_at is None else info.approved_at.isoformat(),
        "approved_by": info.approved_by,
    }


def _import_json(result: ImportResult) -> dict[str, Any]:
    return {"file": result.file, "created": result.created, **template_json(result.template)}


def _problems(ctx: AppContext, files: list[Path], out: Output) -> list[dict[str, Any]]:
    """Every file that cannot be imported, each said on stderr (all are read before anything is stored)."""
    problems: list[dict[str, Any]] = []
    for path in files:
        try:
            ctx.checklists.read_file(path)
        except AptaskilError as error:
            out.error(error.message, **error.params)
            line = error.params.get("line")
            problems.append({"file": str(path), "line": line, "message": out.tr(error.message, **error.params)})
        except OSError as error:
            out.error("Cannot use the file {path}: {reason}", path=str(path), reason=error.strerror or error)
            message = out.tr("Cannot use the file {path}: {reason}", path=str(path), reason=error.strerror or error)
            problems.append({"file": str(path), "line": None, "message": message})
    return problems


def cmd_checklist_import(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    files = [Path(f) for f in args.files]
    problems = _problems(ctx, files, out)
    if problems:
        out.error("Nothing was imported: {n} file(s) to fix first.", n=len(problems))
        out.json({"imported": [], "problems": problems})
        return 2
    results = ctx.checklists.import_templates(ctx.system_actor(), files)
    for r in results:
        t = r.template
        if not r.created:
            out.say("{file}: {code} version {version} is already stored with this content; nothing to import.",
                    file=r.file, code=t.code, version=t.version)  # fmt: skip
        elif t.supersedes_version is not None:
            out.say("{file}: {code} version {version} imported; it supersedes version {old}. QA must approve it "
                    "before use.", file=r.file, code=t.code, version=t.version, old=t.supersedes_version)  # fmt: skip
        else:
            out.say("{file}: {code} version {version} imported. QA must approve it before use.",
                    file=r.file, code=t.code, version=t.version)  # fmt: skip
    out.json({"imported": [_import_json(r) for r in results], "problems": []})
    return 0


def cmd_checklist_templates(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    infos = ctx.checklists.templates(all_versions=args.all)
    for i in infos:
        state = out.tr(_APPROVED if i.approved else _NOT_APPROVED)
        if i.superseded:
            state += ", " + out.tr(_SUPERSEDED)
        out.line(f"{i.code:<16} v{i.version:<3} {i.phase:<8} {i.content_hash[:12]}  {state:<24} {i.title}")
    if not infos:
        out.say("No checklist template is stored yet: import one with 'checklist import FILE'.")
    out.json([template_json(i) for i in infos])
    return 0


def cmd_checklist_approve_template(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    password = read_password(args, out)
    info = ctx.checklists.approve(args.login, password, args.code, args.version, terminal=ctx.terminal)
    at = when(info.approved_at) if info.approved_at else ""
    out.say("{code} version {version} approved by {name} on {at}; it can now be executed.", code=info.code,
            version=info.version, name=info.approved_by or "", at=at)  # fmt: skip
    out.json(template_json(info))
    return 0


# --- execute from an answers file -----------------------------------------------------------------------


@dataclass(frozen=True)
class AnswersFile:
    """What an answers file holds, read but not yet checked against a template."""

    path: Path
    answers: dict[str, Any]
    deviations: list[DeviationInput]


def _no_constant(name: str) -> Any:
    raise InvalidInput("{file}: {value} is not a number; write numbers with digits.", file="", value=name)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise InvalidInput("{file}: {key!r} appears twice in one object.", file="", key=key)
        seen[key] = value
    return seen


def read_answers(path: Path) -> AnswersFile:
    """Read and shape-check an answers file. Raises InvalidInput naming the file and the problem."""
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_float=Decimal, parse_constant=_no_constant,
                          object_pairs_hook=_unique_keys)  # fmt: skip
    except UnicodeDecodeError:
        raise InvalidInput("{file}: not UTF-8 text.", file=str(path)) from None
    except json.JSONDecodeError as error:
        raise InvalidInput("{file}, line {line}: not valid JSON: {error}.", file=str(path), line=error.lineno,
                           error=error.msg) from None  # fmt: skip
    except InvalidInput as error:
        raise InvalidInput(error.message, **(error.params | {"file": str(path)})) from None
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        raise InvalidInput('{file}: an answers file is one JSON object with an "answers" object '
                           '(and an optional "deviations" list).', file=str(path))  # fmt: skip
    unknown = sorted(set(data) - {"answers", "deviations"})
    if unknown:
        raise InvalidInput('{file}: unknown key {key!r}; an answers file holds "answers" and "deviations".',
                           file=str(path), key=unknown[0])  # fmt: skip
    deviations = data.get("deviations", [])
    if not isinstance(deviations, list):
        raise InvalidInput('{file}: "deviations" must be a list.', file=str(path))
    fields = ("step", "description", "impact", "action")
    shaped = []
    for n, d in enumerate(deviations, start=1):
        if not isinstance(d, dict) or set(d) != set(fields) or not all(isinstance(d[f], str) and d[f].strip()
                                                                         for f in fields):  # fmt: skip
            raise InvalidInput("{file}: deviation {n} needs exactly step, description, impact and action, "
                               "each a text.", file=str(path), n=n)  # fmt: skip
        shaped.append(DeviationInput(d["step"], d["description"], d["impact"], d["action"]))
    return AnswersFile(path, data["answers"], shaped)


def _problem(out: Output, path: Path, step: Step, source: str, /, **params: object) -> InvalidInput:
    """An answer that cannot be used: the file, the step and what is wrong (already in the reader's words)."""
    return InvalidInput("{file}, step {step}: {problem}", file=str(path), step=step.id,
                        problem=out.tr(source, **params))  # fmt: skip


def _typed(out: Output, path: Path, step: Step, value: Any) -> Answer | str:
    """The answer for a typed step (check, number, text, choice, attachment) as the service takes it;
    an instrument step's asset code (read later). Judged as the service will judge it."""
    shape = {StepKind.ATTACHMENT: "file", StepKind.INSTRUMENT: "instrument"}.get(step.kind)
    if shape is not None:
        if not isinstance(value, dict) or set(value) != {shape} or not isinstance(value[shape], str):
            wanted = '{"file": "PATH"}' if shape == "file" else '{"instrument": "ASSET"}'
            raise _problem(out, path, step, N_("this step is answered {wanted}."), wanted=wanted)
        if step.kind is StepKind.INSTRUMENT:
            return str(value[shape])
        file = path.parent / value[shape]
        try:
            content = file.read_bytes()
        except OSError as error:
            raise _problem(out, path, step, N_("cannot read {path}: {reason}."), path=str(file),
                           reason=error.strerror or error) from None  # fmt: skip
        judged: Any = file.name
        answer: Answer = AttachmentFile(file.name, content)
    elif step.kind is StepKind.CHECK:
        if not isinstance(value, bool):
            raise _problem(out, path, step, N_("a check is answered true or false."))
        judged = answer = value
    elif step.kind is StepKind.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
            raise _problem(out, path, step, N_("write a number, or the number as text."))
        judged = answer = Decimal(value) if isinstance(value, int) else value
    else:
        if not isinstance(value, str):
            raise _problem(out, path, step, N_("write the answer as text."))
        judged = answer = value.strip()
    verdict = evaluate(step, judged)
    if verdict.verdict is Verdict.NOT_EVALUABLE:
        assert verdict.reason is not None
        raise _problem(out, path, step, REASON_TEXTS[verdict.reason.code], **verdict.reason.params)
    return answer


def _checked_instrument(ctx: AppContext, step: Step, asset: str) -> InstrumentInfo:
    """The registered instrument for an instrument step, refused (before any reading) when it cannot serve."""
    info = ctx.instruments.get(asset)
    if info.driver != step.driver:
        raise Refused("Step {step} reads a {driver} instrument; {code} is a {actual}.", step=step.id,
                      driver=step.driver or "", code=info.asset_code, actual=info.driver)  # fmt: skip
    if not info.active:
        raise Refused("Step {step}: {code} is withdrawn from use; it cannot be read.", step=step.id, code=asset)
    if info.calibration_problem is not None:
        due = info.calibration_due.isoformat() if info.calibration_due else "—"
        raise Refused("Step {step}: {code} is not calibrated (due {due}); its readings cannot serve as evidence. "
                      "Nothing was stored.", step=step.id, code=asset, due=due)  # fmt: skip
    if not info.port:
        raise InvalidInput("Step {step}: {code} has no serial port in the register.", step=step.id, code=asset)
    return info


def _checked_target(ctx: AppContext, args: argparse.Namespace) -> ChecklistTemplate:
    """The template to execute, refused before any reading when it cannot run on that equipment."""
    stored = ctx.checklists.template(args.template)
    if not stored.info.approved:
        raise Refused("{code} version {version} is not approved by QA yet: it cannot be executed.",
                      code=stored.info.code, version=stored.info.version)  # fmt: skip
    equipment = ctx.equipment.get(args.equipment)
    if equipment.equipment_type.casefold() != stored.template.equipment_type.casefold():
        raise Refused("{code} is for equipment of type {wanted}; {equipment} is of type {actual}.",
                      code=stored.info.code, wanted=stored.template.equipment_type, equipment=equipment.code,
                      actual=equipment.equipment_type)  # fmt: skip
    return stored.template


def answers_for(ctx: AppContext, out: Output, template: ChecklistTemplate, file: AnswersFile) -> dict[str, Answer]:
    """Every answer checked against the template, then the instrument steps read live, in protocol order."""
    steps = {s.id: s for s in template.steps}
    named = [*file.answers, *(d.step_id for d in file.deviations)]
    unknown = [step_id for step_id in named if step_id not in steps]
    if unknown:
        raise InvalidInput("{file}: unknown step {step} in {code}; its steps are: {steps}.", file=str(file.path),
                           step=unknown[0], code=template.code, steps=", ".join(steps))  # fmt: skip
    typed = {s.id: _typed(out, file.path, s, file.answers[s.id]) for s in template.steps if s.id in file.answers}
    instruments = {step_id: _checked_instrument(ctx, steps[step_id], str(asset)) for step_id, asset in typed.items()
                   if steps[step_id].kind is StepKind.INSTRUMENT}  # fmt: skip
    answers: dict[str, Answer] = {}
    for step_id, answer in typed.items():
        info = instruments.get(step_id)
        if info is None:
            answers[step_id] = answer
            continue
        assert info.port is not None  # checked above
        out.error("Step {step}: reading {code}…", step=step_id, code=info.asset_code)
        reading = read_stable(info.driver, info.port, line=info.line, handshake=info.handshake,
                              quantity=steps[step_id].quantity, clock=ctx.clock, name=info.asset_code)  # fmt: skip
        answers[step_id] = LiveReading(info.asset_code, reading, str(uuid.uuid4()))
    return answers


def _trainee(ctx: AppContext, args: argparse.Namespace) -> int | None:
    """The learner named by ``--trainee`` (external reference or person id), checked before any reading."""
    ref = getattr(args, "trainee", None)
    if ref is None:
        return None
    if not args.training:
        raise InvalidInput("--trainee names the learner who practises a training execution: add --training.")
    return ctx.checklist_runs.learner(ref)


def cmd_checklist_execute(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    file = read_answers(Path(args.answers))
    actor = actor_of(ctx, args.login)
    template = _checked_target(ctx, args)
    trainee = _trainee(ctx, args)
    answers = answers_for(ctx, out, template, file)
    detail = ctx.checklist_runs.execute_answers(actor, args.template, args.equipment, answers, file.deviations,
                                                training=args.training, trainee_person_id=trainee)  # fmt: skip
    out.say("Checklist recorded.")
    say_header(out, detail)
    say_steps(out, detail)
    out.json(run_json(detail))
    return 0
