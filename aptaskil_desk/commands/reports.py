"""Handlers of the ``report`` commands: printable records (PDF)."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time, timedelta
from pathlib import Path

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import CENTRE_TZ
from aptaskil_desk.commands.output import Output
from aptaskil_desk.errors import InvalidInput


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("Not a date: {value!r} (use YYYY-MM-DD).", value=text) from None


def _start_of(day: date) -> datetime:
    """Midnight at the start of ``day`` in Brussels, as an aware instant."""
    return datetime.combine(day, time(0), tzinfo=CENTRE_TZ)


def cmd_report_logbook(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    """``report logbook EQUIP --out F.pdf [--from D] [--to D]``: the logbook of a period as a PDF;
    both days are included, in Brussels time."""
    from aptaskil_desk.reports.logbook import render_logbook  # reportlab is loaded only to print
    from aptaskil_desk.reports.logbook_data import load_extras

    first, last = _date(args.from_date), _date(args.to_date)
    if first and last and last < first:
        raise InvalidInput("The period ends before it starts: {start} to {end}.", start=first, end=last)
    info = ctx.equipment.get(args.code)
    extras = ctx.db.run_read(lambda s: load_extras(s, info.id))
    since = _start_of(first) if first else None
    until = _start_of(last + timedelta(days=1)) if last else None
    counted = [0]

    def progress(done: int) -> None:
        counted[0] = done

    pages = render_logbook(
        info,
        ctx.equipment.logbook_batches(args.code, since=since, until=until),
        Path(args.out),
        tr=out.tr,
        centre_name=ctx.settings.centre_name,
        generated_at=ctx.clock.now(),
        period=(first, last),
        people=extras.people,
        superseded=extras.superseded,
        serial_number=extras.serial_number,
        progress=progress,
    )
    out.say("Logbook of {code} written to {path}: {n} entries, {pages} pages.", code=info.code, path=args.out,
            n=counted[0], pages=pages)  # fmt: skip
    out.json({"out": args.out, "equipment": info.code, "entries": counted[0], "pages": pages,
              "from": first.isoformat() if first else None, "to": last.isoformat() if last else None})  # fmt: skip
    return 0
