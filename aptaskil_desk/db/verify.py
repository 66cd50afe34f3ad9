"""Recompute the audit chain and name the first row that does not hold."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.audit import GENESIS, HEAD_ID, hash_row
from aptaskil_desk.db.models import AuditHead, AuditLog


@dataclass(frozen=True)
class ChainProblem:
    """The first place the chain breaks."""

    seq: int | None
    row_id: int | None
    kind: str  # altered | missing | unlinked | head_mismatch
    detail: str


@dataclass(frozen=True)
class ChainReport:
    rows_checked: int
    problem: ChainProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _rows(session: Session) -> Iterator[AuditLog]:
    stmt = select(AuditLog).order_by(AuditLog.seq).execution_options(yield_per=2000)
    yield from session.execute(stmt).scalars()


def verify_chain(session: Session) -> ChainReport:
    """Walk the trail in ``seq`` order.

    Detects a changed row (its hash no longer matches its content), a removed row (a gap in
    ``seq``), rows moved or spliced (``prev_hash`` not the previous row's hash), and a cut tail
    (the head no longer matches the last row).
    """
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    for row in _rows(session):
        count += 1
        if row.seq != expected_seq:
            return ChainReport(
                count,
                ChainProblem(row.seq, row.id, "missing", f"row {expected_seq} is missing (next present is {row.seq})"),
            )
        if row.prev_hash != expected_prev:
            return ChainReport(
                count,
                ChainProblem(
                    row.seq,
                    row.id,
                    "unlinked",
                    "prev_hash does not match the previous row (reordered or spliced)",
                ),
            )
        if hash_row(row) != row.row_hash:
            return ChainReport(
                count,
                ChainProblem(row.seq, row.id, "altered", "content does not match its hash (row was changed)"),
            )
        expected_prev = row.row_hash
        expected_seq += 1
        session.expunge(row)
    head = session.get(AuditHead, HEAD_ID)
    last_seq = expected_seq - 1
    if head is None or head.seq != last_seq or head.row_hash != expected_prev:
        head_seq = None if head is None else head.seq
        return ChainReport(
            count,
            ChainProblem(
                None if head_seq is None else last_seq + 1,
                None,
                "head_mismatch",
                f"the trail ends at row {last_seq} but the head records row {head_seq} (rows removed at the end)",
            ),
        )
    return ChainReport(count, None)
