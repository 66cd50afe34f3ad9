"""Handlers of the checklist commands: import template files, list the stored templates."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aptaskil_desk.app import AppContext
from aptaskil_desk.commands.output import Output
from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.i18n import N_
from aptaskil_desk.services.checklists import ImportResult, TemplateInfo

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
