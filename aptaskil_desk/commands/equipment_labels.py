"""Handler of ``equipment label``: QR labels of the register's equipment, printed to a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from aptaskil_desk.app import AppContext
from aptaskil_desk.commands.output import Output
from aptaskil_desk.errors import InvalidInput


def cmd_equipment_label(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    """Labels for the named equipment, in the order given (a code named twice prints twice), or
    for the whole register in code order when none is named."""
    from aptaskil_desk.badges.labels import render_labels  # reportlab is loaded only to print

    codes: list[str] = list(args.codes or ())
    items = [ctx.equipment.get(code) for code in codes] if codes else ctx.equipment.all()
    if not items:
        raise InvalidInput("No equipment to label.")
    pages = render_labels(items, Path(args.out), layout=args.layout, tr=out.tr, centre_name=ctx.settings.centre_name)
    out.say("{n} labels written to {path} ({pages} pages).", n=len(items), path=args.out, pages=pages)
    out.json(
        {
            "out": args.out,
            "layout": args.layout,
            "labels": len(items),
            "pages": pages,
            "codes": [i.code for i in items],
            "label_codes": [i.label_code for i in items],
        }
    )
    return 0
