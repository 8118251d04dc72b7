"""What an approved application changes: its contact becomes the named account's confirmed
contact, and a lock that sent the owner to documents is lifted, so a recovery by code to that
contact works from then on (API.md: `next: recover`)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from .contacts import LoginKind, normalise_login
from .lock_reasons import ALLOWED_ACTIONS

_LOGIN_COLUMN = {LoginKind.ACCOUNT: "number", LoginKind.EMAIL: "email", LoginKind.PHONE: "phone"}

#: Locks whose way out is documents: an approval is that way out.
_LIFTED_BY_DOCUMENTS = tuple(
    reason.value for reason, actions in ALLOWED_ACTIONS.items() if "documents" in actions
)


def named_account(
    conn: sqlite3.Connection, *, login: str | None, recovery_id: str | None
) -> int | None:
    """The one account the application names by login or by recovery request, if any.

    A login or a recovery that matches several accounts (one phone, a flat and a dacha) names
    none: a reviewer has to decide which one, the service does not guess.
    """
    candidates: list[int] = []
    if login:
        parsed = normalise_login(login)
        rows = conn.execute(
            f"SELECT id FROM accounts WHERE {_LOGIN_COLUMN[parsed.kind]} = ?",  # noqa: S608
            (parsed.value,),
        ).fetchall()
        candidates = [int(row["id"]) for row in rows]
    if not candidates and recovery_id:
        row = conn.execute(
            "SELECT account_ids FROM recoveries WHERE id = ?", (recovery_id,)
        ).fetchone()
        if row is not None:
            candidates = [int(account_id) for account_id in json.loads(row["account_ids"])]
    return candidates[0] if len(candidates) == 1 else None


def confirm_contact_of_approved(
    conn: sqlite3.Connection,
    *,
    login: str | None,
    recovery_id: str | None,
    contact: str,
    now: datetime,
) -> int | None:
    """Runs inside the approving transaction; answers the account changed, if any."""
    account_id = named_account(conn, login=login, recovery_id=recovery_id)
    if account_id is None:
        return None
    column, confirmed = (
        ("email", "email_confirmed") if "@" in contact else ("phone", "phone_confirmed")
    )
    placeholders = ", ".join("?" for _ in _LIFTED_BY_DOCUMENTS)
    conn.execute(
        f"UPDATE accounts SET {column} = ?, {confirmed} = 1, contacts_confirmed_at = ?,"  # noqa: S608
        f" lock_reason = CASE WHEN lock_reason IN ({placeholders}) THEN NULL ELSE lock_reason END"
        " WHERE id = ?",
        (contact, now.isoformat(), *_LIFTED_BY_DOCUMENTS, account_id),
    )
    return account_id
