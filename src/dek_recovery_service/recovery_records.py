"""One recovery request as the `recoveries` table keeps it, and the states it goes through.

pending  -> a code and link are out; verify or resend
locked   -> the last of `max_code_attempts` wrong codes was used up
identity -> the code was right; identity questions wait for answers (identity token)
reset    -> a reset token is out; the password call may come
done     -> the password was set; the same call may be repeated within the reset window
closed   -> ended without a reset (an account turned out blocked, identity answers failed)
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .database import Database, Row
from .problems import Problem


class RecoveryState(StrEnum):
    PENDING = "pending"
    LOCKED = "locked"
    IDENTITY = "identity"
    RESET = "reset"
    DONE = "done"
    CLOSED = "closed"


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text is not None else None


@dataclass(frozen=True)
class Recovery:
    id: str
    contact_key: str
    channel: str
    destination_masked: str
    account_ids: tuple[int, ...]  # empty for a contact that no account has
    code_hash: str
    link_hash: str
    code_sent_at: datetime
    code_expires_at: datetime
    resend_at: datetime
    wrong_attempts: int
    state: RecoveryState
    identity_token_hash: str | None
    identity_expires_at: datetime | None
    identity_attempts: int
    reset_token_hash: str | None
    reset_expires_at: datetime | None
    reset_account_id: int | None
    reset_password_hash: str | None

    @classmethod
    def from_row(cls, row: Row) -> Recovery:
        return cls(
            id=row["id"],
            contact_key=row["contact_key"],
            channel=row["channel"],
            destination_masked=row["destination_masked"],
            account_ids=tuple(int(i) for i in json.loads(row["account_ids"])),
            code_hash=row["code_hash"],
            link_hash=row["link_hash"],
            code_sent_at=datetime.fromisoformat(row["code_sent_at"]),
            code_expires_at=datetime.fromisoformat(row["code_expires_at"]),
            resend_at=datetime.fromisoformat(row["resend_at"]),
            wrong_attempts=int(row["wrong_attempts"]),
            state=RecoveryState(row["state"]),
            identity_token_hash=row["identity_token_hash"],
            identity_expires_at=_moment(row["identity_expires_at"]),
            identity_attempts=int(row["identity_attempts"]),
            reset_token_hash=row["reset_token_hash"],
            reset_expires_at=_moment(row["reset_expires_at"]),
            reset_account_id=row["reset_account_id"],
            reset_password_hash=row["reset_password_hash"],
        )


def load_recovery(source: Database | sqlite3.Connection, recovery_id: str) -> Recovery:
    """The recovery with this id; `not-found` when there is none."""
    sql = "SELECT * FROM recoveries WHERE id = ?"
    if isinstance(source, Database):
        row = source.one(sql, (recovery_id,))
    else:
        row = source.execute(sql, (recovery_id,)).fetchone()
    if row is None:
        raise Problem("not-found")
    return Recovery.from_row(row)
