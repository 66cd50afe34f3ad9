"""Argon2id hashing of passwords and PINs (argon2-cffi)."""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError


class Hasher:
    """Hash and verify secrets with Argon2id. Parameters default to RFC 9106's second profile."""

    def __init__(self, time_cost: int = 3, memory_cost_kib: int = 65536, parallelism: int = 4) -> None:
        self._ph = PasswordHasher(
            time_cost=time_cost, memory_cost=memory_cost_kib, parallelism=parallelism, type=Type.ID
        )
        self._dummy: str | None = None

    def hash(self, secret: str) -> str:
        return self._ph.hash(secret)

    def verify(self, stored: str | None, secret: str) -> bool:
        if stored is None and self._dummy is None:
            # Verified against when the login is unknown, so the answer takes as long either way.
            self._dummy = self._ph.hash("not-a-real-secret")
        try:
            self._ph.verify(stored or self._dummy or "", secret)
        except (VerificationError, InvalidHashError):
            return False
        return stored is not None


def fast_hasher() -> Hasher:
    """Real Argon2id with small costs, for tests and benchmarks that create many accounts."""
    return Hasher(time_cost=1, memory_cost_kib=8192, parallelism=1)
