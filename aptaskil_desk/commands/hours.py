"""``report hours --from D --to D --out F.csv|F.xlsx [--by learner|course|category] [--json]``: the
funders' training hours of a period (Brussels days, both included). Rules: ``docs/hours.md``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aptaskil_desk.app import AppContext
from aptaskil_desk.commands.args import parse_date
from aptaskil_desk.commands.output import Output
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.reports.hours_export import export, output_format
from aptaskil_desk.services.hours import check_period, group_by


def register(report: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``hours`` to the ``report`` commands (``add`` is ``build_parser``'s helper)."""
    p = add("hours", cmd_report_hours, "training hours of a period for the funders, as CSV or XLSX", parent=report)
    p.add_argument("--from", dest="from_date", required=True, metavar="YYYY-MM-DD",
                   help="first day (Brussels time), included")  # fmt: skip
    p.add_argument("--to", dest="to_date", required=True, metavar="YYYY-MM-DD",
                   help="last day (Brussels time), included")  # fmt: skip
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx",
                   help="CSV (UTF-8, ';', decimal comma) or XLSX, by the file's name")  # fmt: skip
    p.add_argument("--by", default="learner", metavar="learner|course|category",
                   help="one row per learner (default), course or category; totals at the end")  # fmt: skip


def cmd_report_hours(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    """Check every argument before reading anything, so a mistake never leaves a file behind."""
    first, last = parse_date(args.from_date), parse_date(args.to_date)
    if first is None or last is None:
        raise InvalidInput("Give the period with --from and --to (YYYY-MM-DD).")
    check_period(first, last)
    by = group_by(args.by)
    path = Path(args.out)
    output_format(path)
    report = ctx.hours.report(ctx.system_actor(), first, last, by)
    data = export(report, path, out.tr)
    hours = f"{report.hours:.2f}"
    out.say("Training hours from {start} to {end} written to {path}: {rows} rows, {learners} learners, "
            "{hours} hours in total.", start=first, end=last, path=args.out, rows=len(data.rows),
            learners=report.learners, hours=hours)  # fmt: skip
    out.json({"out": args.out, "by": by.value, "from": first.isoformat(), "to": last.isoformat(),
              "rows": len(data.rows), "learners": report.learners, "hours": hours})  # fmt: skip
    return 0
