"""Reading the audit trail: verification and export."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aptaskil_desk.db.models import AuditLog
from aptaskil_desk.db.verify import ChainReport, verify_chain
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.services.base import Actor, Service


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int


class AuditService(Service):
    """Verify the hash chain; export the trail as JSON Lines."""

    def verify(self, actor: Actor) -> ChainReport:
        return self._read_as(actor, Permission.READ_AUDIT, verify_chain)

    def count(self) -> int:
        return self._read(lambda s: int(s.execute(select(func.count(AuditLog.id))).scalar_one()))

    def export(self, actor: Actor, out: Path) -> ExportResult:
        """Write every row, in chain order, one JSON object per line (UTF-8)."""

        def work(s: Session) -> ExportResult:
            rows = 0
            tmp = out.with_name(out.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="\n") as fh:
                stmt = select(AuditLog).order_by(AuditLog.seq).execution_options(yield_per=2000)
                for row in s.execute(stmt).scalars():
                    record = {
                        "seq": row.seq,
                        "at": row.at.isoformat(timespec="microseconds"),
                        "actor_id": row.actor_id,
                        "actor": row.actor_name,
                        "terminal": row.terminal,
                        "action": row.action,
                        "entity": row.entity,
                        "entity_id": row.entity_id,
                        "old": None if row.old_values is None else json.loads(row.old_values),
                        "new": None if row.new_values is None else json.loads(row.new_values),
                        "reason": row.reason,
                        "prev_hash": row.prev_hash,
                        "row_hash": row.row_hash,
                    }
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                    rows += 1
                    s.expunge(row)
            tmp.replace(out)
            return ExportResult(str(out), rows)

        return self._read_as(actor, Permission.READ_AUDIT, work)
