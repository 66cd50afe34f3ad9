"""The audit row hash: canonical JSON, chaining, and sensitivity to every field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from aptaskil_desk.db.audit import GENESIS, canonical, hash_row
from aptaskil_desk.db.models import AuditLog


def _row(**changes: object) -> AuditLog:
    fields: dict[str, object] = {
        "seq": 1,
        "at": datetime(2026, 3, 29, 0, 59, 59, 123456, tzinfo=UTC),
        "actor_id": 7,
        "actor_name": "marie",
        "terminal": "KIOSK-1",
        "action": "person.create",
        "entity": "person",
        "entity_id": "42",
        "old_values": None,
        "new_values": '{"given_name":"Zoë"}',
        "reason": None,
        "prev_hash": GENESIS,
    }
    fields.update(changes)
    return AuditLog(**fields)


def test_canonical_json_is_stable() -> None:
    """Key order, spacing, Unicode and instants in other zones do not change the canonical form."""
    brussels = timezone(timedelta(hours=2))
    a = canonical({"b": 1, "a": "Łukasz", "t": datetime(2026, 7, 1, 12, 0, tzinfo=brussels), "d": Decimal("1.10")})
    b = canonical({"t": datetime(2026, 7, 1, 10, 0, tzinfo=UTC), "d": Decimal("1.10"), "a": "Łukasz", "b": 1})
    assert a == b == '{"a":"Łukasz","b":1,"d":"1.10","t":"2026-07-01T10:00:00.000000+00:00"}'
    with pytest.raises(ValueError):
        canonical({"t": datetime(2026, 1, 1)})


@pytest.mark.parametrize(
    "change",
    [
        {"seq": 2},
        {"at": datetime(2026, 3, 29, 0, 59, 59, 123457, tzinfo=UTC)},
        {"actor_id": 8},
        {"actor_name": "marie2"},
        {"terminal": "KIOSK-2"},
        {"action": "person.update"},
        {"entity": "room"},
        {"entity_id": "43"},
        {"old_values": "{}"},
        {"new_values": '{"given_name":"Zoe"}'},
        {"reason": "typo"},
        {"prev_hash": "1" * 64},
    ],
)
def test_every_field_is_covered_by_the_hash(change: dict[str, object]) -> None:
    """Changing any single field of a row (or its link) changes its hash."""
    assert hash_row(_row(**change)) != hash_row(_row())


def test_hash_is_deterministic_hex_sha256() -> None:
    """The same row always hashes to the same 64 hex digits."""
    first, second = hash_row(_row()), hash_row(_row())
    assert first == second and len(first) == 64 and int(first, 16) >= 0
