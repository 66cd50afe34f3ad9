"""Appending to the hash-chained audit trail, inside the caller's transaction.

``row_hash = SHA-256(canonical(row) ‖ prev_hash)``; the first row chains to :data:`GENESIS`.
Writers queue on the single ``audit_head`` row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's
``BEGIN IMMEDIATE`` already serialises writers), so the chain stays one line however many
terminals write at once.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.models import AuditHead, AuditLog

GENESIS = "0" * 64
HEAD_ID = 1


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in audit values")
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value) if isinstance(value, (set, frozenset)) else list(value)
    raise TypeError(f"cannot put {type(value).__name__} in the audit trail")


def canonical(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 kept, instants in UTC ISO 8601."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_default)


def canonical_or_none(value: dict[str, Any] | None) -> str | None:
    return None if value is None else canonical(value)


def hash_row(row: AuditLog) -> str:
    """The hash a row must carry, given its content and ``prev_hash``."""
    payload = {
        "seq": row.seq,
        "at": row.at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor_id": row.actor_id,
        "actor_name": row.actor_name,
        "terminal": row.terminal,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "old_values": row.old_values,
        "new_values": row.new_values,
        "reason": row.reason,
    }
    digest = hashlib.sha256(canonical(payload).encode("utf-8"))
    digest.update(row.prev_hash.encode("ascii"))
    return digest.hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    """What a service asks to be recorded."""

    action: str
    entity: str
    entity_id: str | int | None = None
    old: dict[str, Any] | None = None
    new: dict[str, Any] | None = None
    reason: str | None = None


def append(
    session: Session,
    entry: AuditEntry,
    *,
    clock: Callable[[], datetime],
    actor_id: int | None,
    actor_name: str,
    terminal: str,
) -> AuditLog:
    """Chain one audit row onto the trail in the session's (write) transaction.

    The time is read only once this writer holds the head, and never before the previous row's
    time (terminals estimate the server clock separately, to within milliseconds), so the trail's
    chronology follows its order.
    """
    head = session.execute(select(AuditHead).where(AuditHead.id == HEAD_ID).with_for_update()).scalar_one()
    at = clock().astimezone(UTC)
    if head.seq:
        previous = session.execute(select(AuditLog.at).where(AuditLog.seq == head.seq)).scalar_one()
        at = max(at, previous)
    row = AuditLog(
        seq=head.seq + 1,
        at=at,
        actor_id=actor_id,
        actor_name=actor_name,
        terminal=terminal,
        action=entry.action,
        entity=entry.entity,
        entity_id=None if entry.entity_id is None else str(entry.entity_id),
        old_values=canonical_or_none(entry.old),
        new_values=canonical_or_none(entry.new),
        reason=entry.reason,
        prev_hash=head.row_hash,
    )
    row.row_hash = hash_row(row)
    session.add(row)
    session.flush()  # the row must exist before the head may point at it (a trigger checks)
    head.seq = row.seq
    head.row_hash = row.row_hash
    session.flush()
    return row
