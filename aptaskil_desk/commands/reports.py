"""Handlers of the ``report`` commands: printable records (PDF)."""

from __future__ import annotations

import argparse
from pathlib import Path

from aptaskil_desk.app import AppContext
from aptaskil_desk.commands.args import parse_date
from aptaskil_desk.commands.output import Output
from aptaskil_desk.domain.attendance import day_bounds
from aptaskil_desk.errors import InvalidInput


def cmd_report_logbook(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    """``report logbook EQUIP --out F.pdf [--from D] [--to D]``: the logbook of a period as a PDF;
    both days are included, in Brussels time."""
    from aptaskil_desk.reports.logbook import render_logbook  # reportlab is loaded only to print
    from aptaskil_desk.reports.logbook_data import load_extras

    first, last = parse_date(args.from_date), parse_date(args.to_date)
    if first and last and last < first:
        raise InvalidInput("The period ends before it starts: {start} to {end}.", start=first, end=last)
    info = ctx.equipment.get(args.code)
    extras = ctx.db.run_read(lambda s: load_extras(s, info.id))
    since = day_bounds(first)[0] if first else None
    until = day_bounds(last)[1] if last else None
    counted = [0]

    def progress(done: int) -> None:
        counted[0] = done

    pages = render_logbook(
        info,
        lambda: ctx.equipment.logbook_batches(args.code, since=since, until=until),  # read twice: count, draw
        Path(args.out),
        tr=out.tr,
        centre_name=ctx.settings.centre_name,
        generated_at=ctx.clock.now(),
        period=(first, last),
        people=extras.people,
        superseded=extras.superseded,
        progress=progress,
    )
    out.say("Logbook of {code} written to {path}: {n} entries, {pages} pages.", code=info.code, path=args.out,
            n=counted[0], pages=pages)  # fmt: skip
    out.json({"out": args.out, "equipment": info.code, "entries": counted[0], "pages": pages,
              "from": first.isoformat() if first else None, "to": last.isoformat() if last else None})  # fmt: skip
    return 0


def cmd_report_checklist(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    """``report checklist ID --out F.pdf``: an execution of a checklist, whole, as a PDF in the
    report's language; nothing is written for an unknown record."""
    from aptaskil_desk.reports.checklist import render_checklist  # reportlab is loaded only to print

    detail = ctx.checklist_runs.run(args.record_id)
    info = detail.info
    pages = render_checklist(
        detail, Path(args.out), tr=out.tr, centre_name=ctx.settings.centre_name, generated_at=ctx.clock.now()
    )
    out.say("Checklist record {id} written to {path}: {pages} pages.", id=info.id, path=args.out, pages=pages)
    if detail.problems:
        out.say("Warning: {count} signature problems found; the PDF says which.", count=len(detail.problems))
    out.json({"out": args.out, "record": info.id, "template": info.template_code, "version": info.template_version,
              "equipment": info.equipment_code, "state": info.state.value, "training": info.training,
              "changed_after_first_entry": info.changed_after_first_entry, "problems": len(detail.problems),
              "pages": pages})  # fmt: skip
    return 0
