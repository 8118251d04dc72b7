"""SQLite storage: one connection, WAL, a schema version, transactions serialised by a lock.

The service's endpoints run in a thread pool; SQLite is fast enough here that serialising writes
through one connection is simpler and safer than a pool. Slow work (Argon2id, file checks) must
happen outside `transaction()`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1

Row = sqlite3.Row
Params = Sequence[Any] | dict[str, Any]


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._migrate()

    def _migrate(self) -> None:
        version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        if version == SCHEMA_VERSION:
            return
        if version != 0:
            raise RuntimeError(
                f"{self.path}: schema version {version}, this service knows {SCHEMA_VERSION}"
            )
        script = files("dek_recovery_service").joinpath("schema.sql").read_text("utf-8")
        with self.transaction():
            for statement in script.split(";\n"):
                if statement.strip():
                    self._conn.execute(statement)
            self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception. Re-entrant."""
        with self._lock:
            if self._conn.in_transaction:
                yield self._conn
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def one(self, sql: str, params: Params = ()) -> Row | None:
        with self._lock:
            row: Row | None = self._conn.execute(sql, params).fetchone()
            return row

    def all(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    def execute(self, sql: str, params: Params = ()) -> int:
        """Runs one statement in its own transaction (or the current one); returns lastrowid."""
        with self.transaction() as conn:
            return conn.execute(sql, params).lastrowid or 0

    def close(self) -> None:
        with self._lock:
            self._conn.close()
