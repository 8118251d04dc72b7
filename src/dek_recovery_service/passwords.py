"""Argon2id hashing of account passwords, with the same work for logins that do not exist."""

from __future__ import annotations

import unicodedata

from argon2 import PasswordHasher as Argon2Hasher
from argon2.exceptions import InvalidHashError, VerificationError

from .settings import Argon2Cost


def normalise_password(password: str) -> str:
    """NIST SP 800-63B: NFKC before checking and hashing; never truncated."""
    return unicodedata.normalize("NFKC", password)


class PasswordHasher:
    def __init__(self, cost: Argon2Cost) -> None:
        self._argon2 = Argon2Hasher(
            time_cost=cost.time_cost,
            memory_cost=cost.memory_kib,
            parallelism=cost.parallelism,
        )
        # Verified against when a login has no account, so both cost the same Argon2id work.
        self._decoy_hash = self._argon2.hash("decoy password that no one has")

    def hash(self, password: str) -> str:
        return self._argon2.hash(normalise_password(password))

    def verify(self, stored_hash: str | None, password: str) -> bool:
        try:
            return self._argon2.verify(
                stored_hash or self._decoy_hash, normalise_password(password)
            ) and (stored_hash is not None)
        except (VerificationError, InvalidHashError):
            return False
