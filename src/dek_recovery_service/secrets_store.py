"""Random secrets and the keyed hashes the database keeps instead of them.

Codes are only six digits, so a plain hash would fall to a million guesses; every code, token,
PIN and identity answer is stored as HMAC-SHA256 under a key kept in the data dir (mode 0600),
outside the database.
"""

from __future__ import annotations

import hmac
import os
import secrets
from hashlib import sha256
from pathlib import Path

TOKEN_BYTES = 32  # 256 bits, above the contract's 128


class SecretHasher:
    def __init__(self, key: bytes) -> None:
        if len(key) < 32:
            raise ValueError("the hashing key must be at least 32 bytes")
        self._key = key

    @classmethod
    def from_data_dir(cls, data_dir: Path) -> SecretHasher:
        path = data_dir / "service.key"
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(secrets.token_bytes(32))
        return cls(path.read_bytes())

    def digest(self, purpose: str, value: str) -> str:
        message = purpose.encode() + b"\0" + value.encode("utf-8")
        return hmac.new(self._key, message, sha256).hexdigest()

    def matches(self, purpose: str, value: str, stored: str | None) -> bool:
        return stored is not None and hmac.compare_digest(self.digest(purpose, value), stored)


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_digits(length: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(length))


def new_id() -> str:
    """A public identifier (not a secret): unguessable anyway."""
    return secrets.token_hex(16)
