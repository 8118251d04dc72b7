"""`Idempotency-Key` for the four creating calls (API.md, Conventions).

Only a successful answer is stored: a retry with the same key gets it again; another body under
a key that holds an answer is `idempotency-key-reused`; after an error nothing is stored, so the
same user action may be repeated (also with a captcha answer added: the captcha is left out of
the comparison).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from typing import Any

from starlette.responses import JSONResponse

from .clock import Clock
from .database import Database
from .problems import Problem
from .secrets_store import SecretHasher


def _body_hash(body: dict[str, Any]) -> str:
    comparable = {key: value for key, value in body.items() if key != "captcha"}
    canonical = json.dumps(comparable, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


class IdempotencyStore:
    def __init__(self, db: Database, hasher: SecretHasher, clock: Clock) -> None:
        self._db, self._hasher, self._clock = db, hasher, clock
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._locks_guard = threading.Lock()

    def _lock_for(self, scope: str, key_hash: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault((scope, key_hash), threading.Lock())

    def run(
        self,
        key: str | None,
        scope: str,
        body: dict[str, Any],
        produce: Callable[[], tuple[int, dict[str, Any]]],
        *,
        secret_fields: tuple[str, ...] = (),
        restore: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> JSONResponse:
        """Answers from the store when `key` already holds a success, else runs `produce`.

        `secret_fields` are left out of the stored answer (the database keeps no token); a replay
        gets them back from `restore`, which must re-derive them (see `derived_token`).
        """
        if not key:
            status, content = produce()
            return JSONResponse(content, status_code=status)
        if len(key) > 255:
            raise Problem(
                "validation-failed", errors=[{"field": "Idempotency-Key", "code": "too_long"}]
            )
        key_hash = self._hasher.digest("idempotency", key)
        body_hash = _body_hash(body)
        with self._lock_for(scope, key_hash):
            stored = self._db.one(
                "SELECT body_hash, status, response FROM idempotency"
                " WHERE scope = ? AND key_hash = ?",
                (scope, key_hash),
            )
            if stored is not None:
                if stored["body_hash"] != body_hash:
                    raise Problem("idempotency-key-reused")
                replay = json.loads(stored["response"])
                if restore is not None:
                    replay = restore(replay)
                return JSONResponse(
                    replay,
                    status_code=stored["status"],
                    headers={"Idempotent-Replayed": "true"},
                )
            status, content = produce()
            kept = {name: value for name, value in content.items() if name not in secret_fields}
            self._db.execute(
                "INSERT INTO idempotency (scope, key_hash, body_hash, status, response, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    scope,
                    key_hash,
                    body_hash,
                    status,
                    json.dumps(kept, ensure_ascii=False),
                    self._clock.now().isoformat(),
                ),
            )
            return JSONResponse(content, status_code=status)


def derived_token(hasher: SecretHasher, purpose: str, idempotency_key: str, subject: str) -> str:
    """A 256-bit token that a replay can compute again instead of reading it from the database."""
    return hasher.digest(f"derived:{purpose}", f"{idempotency_key}\0{subject}")
