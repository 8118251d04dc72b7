"""Sessions after sign-in: 256-bit bearer tokens, stored only as keyed hashes, expiring."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .context import ServiceContext
from .problems import Problem
from .secrets_store import new_token

SESSION_PURPOSE = "session"


@dataclass(frozen=True)
class OpenedSession:
    access_token: str
    expires_in: int


def open_session(ctx: ServiceContext, account_id: int) -> OpenedSession:
    now, ttl = ctx.clock.now(), ctx.settings.session_ttl_s
    token = new_token()
    with ctx.db.transaction() as conn:
        expired = [
            (row["token_hash"],)
            for row in conn.execute(
                "SELECT token_hash, expires_at FROM sessions WHERE account_id = ?", (account_id,)
            ).fetchall()
            if datetime.fromisoformat(row["expires_at"]) <= now
        ]
        conn.executemany("DELETE FROM sessions WHERE token_hash = ?", expired)
        conn.execute(
            "INSERT INTO sessions (token_hash, account_id, expires_at) VALUES (?, ?, ?)",
            (
                ctx.hasher.digest(SESSION_PURPOSE, token),
                account_id,
                (now + timedelta(seconds=ttl)).isoformat(),
            ),
        )
    return OpenedSession(access_token=token, expires_in=ttl)


def account_of_session(ctx: ServiceContext, access_token: str) -> int:
    """The account a live session token belongs to; `unauthorized` for any other token."""
    row = ctx.db.one(
        "SELECT account_id, expires_at FROM sessions WHERE token_hash = ?",
        (ctx.hasher.digest(SESSION_PURPOSE, access_token),),
    )
    if row is None or datetime.fromisoformat(row["expires_at"]) <= ctx.clock.now():
        raise Problem("unauthorized")
    return int(row["account_id"])


def end_session(ctx: ServiceContext, access_token: str) -> None:
    ctx.db.execute(
        "DELETE FROM sessions WHERE token_hash = ?",
        (ctx.hasher.digest(SESSION_PURPOSE, access_token),),
    )


def end_sessions(ctx: ServiceContext, account_id: int) -> None:
    """Ends every session of the account (after a password change)."""
    ctx.db.execute("DELETE FROM sessions WHERE account_id = ?", (account_id,))
