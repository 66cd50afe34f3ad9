"""``db backup --out FILE`` and ``db restore --from FILE --to URL`` (docs/operations.md).

Both print every check as ``db check`` does and exit 1 when one fails: a backup that fails its
checks leaves no file, a SQLite restore that fails them leaves no database.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aptaskil_desk.app import AppContext, SchemaPolicy
from aptaskil_desk.commands.output import Output
from aptaskil_desk.services.backup import backup, restore
from aptaskil_desk.services.health import CheckItem


def register(db: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``backup`` and ``restore`` to the ``db`` commands (``add`` is ``build_parser``'s helper)."""
    p = add("backup", cmd_db_backup, "copy the database to a new file while terminals keep working, then check the "
            "copy (PostgreSQL: pg_dump)", parent=db, schema=SchemaPolicy.IGNORE)  # fmt: skip
    p.add_argument("--out", required=True, metavar="FILE", help="a new file; an existing one is never overwritten")
    r = add("restore", cmd_db_restore, "restore a backup into a NEW database and run db check on it", parent=db,
            schema=SchemaPolicy.IGNORE)  # fmt: skip
    r.add_argument("--from", dest="source", required=True, metavar="FILE", help="a file made by db backup")
    r.add_argument("--to", dest="target", required=True, metavar="URL",
                   help="sqlite:///a/new/file.db, or postgresql://…/an_empty_database")  # fmt: skip
    r.add_argument("--upgrade", action="store_true",
                   help="first bring an older backup's schema to this program's version")  # fmt: skip


def _show(out: Output, checks: tuple[CheckItem, ...]) -> None:
    for item in checks:
        out.line(("OK " if item.ok else "!! ") + out.tr(item.label) + ": " + item.detail)


def cmd_db_backup(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    result = backup(ctx.db, Path(args.out))
    _show(out, result.checks)
    params = {
        "path": args.out,
        "mb": f"{result.size_bytes / 1_000_000:.2f}",
        "schema": result.schema or "-",
        "rows": result.audit_rows,
        "seconds": f"{result.seconds:.1f}",
    }
    if not result.ok:
        out.error("The copy FAILED its checks and was deleted: no backup was written. Run db check on the database.")
    elif result.dialect == "sqlite":
        out.say("Backup written to {path}: {mb} MB, schema {schema}, {rows} audit rows verified, in {seconds} s.",
                **params)  # fmt: skip
    else:
        out.say("PostgreSQL dump (pg_dump, custom format) written to {path}: {mb} MB, schema {schema}, {rows} audit "
                "rows, in {seconds} s. It was not restored here: test it with db restore into an empty database. "
                "A whole server is backed up with pg_basebackup (docs/operations.md).", **params)  # fmt: skip
    out.json({**dataclasses.asdict(result), "ok": result.ok})
    return 0 if result.ok else 1


def cmd_db_restore(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    result = restore(Path(args.source), args.target, ctx.terminal, upgrade=args.upgrade)
    if result.upgraded_from is not None:
        out.say("Schema upgraded from {before}.", before=result.upgraded_from)
    _show(out, result.checks)
    if result.ok:
        out.say("Restored into {target}; it passes db check.", target=result.target)
    elif result.placed:
        out.error("The restored database {target} FAILS db check: do not put it into service.", target=result.target)
    else:
        out.error("The restored copy FAILS db check: nothing was written to {target}.", target=result.target)
    out.json({**dataclasses.asdict(result), "ok": result.ok})
    return 0 if result.ok else 1
