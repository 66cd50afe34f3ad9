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


#: Problems kept at most (a trail rewritten wholesale would otherwise fill memory with them).
MAX_PROBLEMS = 1000


@dataclass(frozen=True)
class ChainReport:
    """The rows walked and every place the chain breaks (the first is ``problem``), up to
    ``MAX_PROBLEMS``; ``more`` when there were more than that."""

    rows_checked: int
    problems: tuple[ChainProblem, ...] = ()
    more: bool = False

    @property
    def problem(self) -> ChainProblem | None:
        return self.problems[0] if self.problems else None

    @property
    def ok(self) -> bool:
        return not self.problems


def describe(report: ChainReport) -> str:
    """One line for a check: the rows checked, or every break (``row 4: …; row 9: …``)."""
    if report.ok:
        return f"{report.rows_checked} rows"
    text = "; ".join(f"row {p.seq}: {p.detail}" for p in report.problems)
    return text + (f"; more than {MAX_PROBLEMS} problems" if report.more else "")


def _rows(session: Session) -> Iterator[AuditLog]:
    stmt = select(AuditLog).order_by(AuditLog.seq).execution_options(yield_per=2000)
    yield from session.execute(stmt).scalars()


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole trail in ``seq`` order and report every break, not only the first.

    Detects a changed row (its hash no longer matches its content), a removed row (a gap in
    ``seq``), rows moved or spliced (``prev_hash`` not the previous row's hash), and a cut tail
    (the head no longer matches the last row). After a break the walk goes on from what the row
    itself stores (its ``seq`` and ``row_hash``), so that each later, separate change is named too:
    a problem once known and accepted never hides another one further down.
    """
    problems: list[ChainProblem] = []
    more = False

    def found(problem: ChainProblem) -> None:
        nonlocal more
        if len(problems) < MAX_PROBLEMS:
            problems.append(problem)
        else:
            more = True

    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    for row in _rows(session):
        count += 1
        if row.seq != expected_seq:
            found(
                ChainProblem(row.seq, row.id, "missing", f"row {expected_seq} is missing (next present is {row.seq})")
            )
        elif row.prev_hash != expected_prev:
            found(ChainProblem(row.seq, row.id, "unlinked",
                               "prev_hash does not match the previous row (reordered or spliced)"))  # fmt: skip
        if hash_row(row) != row.row_hash:
            found(ChainProblem(row.seq, row.id, "altered", "content does not match its hash (row was changed)"))
        expected_prev = row.row_hash
        expected_seq = row.seq + 1
        session.expunge(row)
    head = session.get(AuditHead, HEAD_ID)
    last_seq = expected_seq - 1
    if head is None or head.seq != last_seq or head.row_hash != expected_prev:
        head_seq = None if head is None else head.seq
        found(
            ChainProblem(
                None if head_seq is None else last_seq + 1,
                None,
                "head_mismatch",
                f"the trail ends at row {last_seq} but the head records row {head_seq} (rows removed at the end)",
            )
        )
    return ChainReport(count, tuple(problems), more)
