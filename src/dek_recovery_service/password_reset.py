"""The last step of a recovery: the new password, then what a password change sets right.

On success the account gets the Argon2id hash of the NFKC-normalised password, every session of
the account ends, a `too_many_attempts` lock on its logins and an `inactivity` lock are cleared,
and every contact of the account is told. The same call repeated within the reset window (a
lost answer retried) is recognised by a keyed hash of the account and password, never the
password itself, and answers 204 again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from .context import ServiceContext
from .database import Row
from .lock_reasons import LockReason, account_locked
from .messages import Channel
from .password_blocklist import load_blocklist
from .password_notice import password_changed_notice
from .password_policy import password_violations
from .passwords import normalise_password
from .problems import Problem, validation_failed
from .recovery_accounts import account_rows, may_recover
from .recovery_proof import RESET_PURPOSE
from .recovery_records import Recovery, RecoveryState, load_recovery
from .sessions import end_sessions
from .sign_in_ladder import clear_attempt_locks

REPEAT_PURPOSE = "reset-password"


def _repeat_digest(ctx: ServiceContext, recovery_id: str, account_id: int, password: str) -> str:
    return ctx.hasher.digest(
        REPEAT_PURPOSE, f"{recovery_id}\0{account_id}\0{normalise_password(password)}"
    )


def _is_repeat(ctx: ServiceContext, recovery: Recovery, account_id: str | None, pw: str) -> bool:
    done_for = recovery.reset_account_id
    return (
        recovery.state is RecoveryState.DONE
        and done_for is not None
        and account_id in (None, str(done_for))
        and ctx.hasher.matches(
            REPEAT_PURPOSE,
            f"{recovery.id}\0{done_for}\0{normalise_password(pw)}",
            recovery.reset_password_hash,
        )
    )


def _chosen_account(rows: Sequence[Row], account_id: str | None) -> Row:
    if account_id is None:
        if len(rows) == 1:
            return rows[0]
        raise validation_failed(("account_id", "missing"))
    for row in rows:
        if str(row["id"]) == account_id:
            return row
    raise validation_failed(("account_id", "unknown"))


def set_password(
    ctx: ServiceContext,
    *,
    recovery_id: str,
    reset_token: str,
    new_password: str,
    account_id: str | None,
) -> None:
    now = ctx.clock.now()
    recovery = load_recovery(ctx.db, recovery_id)
    if not ctx.hasher.matches(
        RESET_PURPOSE, f"{recovery.id}:{reset_token}", recovery.reset_token_hash
    ):
        raise Problem("reset-token-invalid")
    if recovery.reset_expires_at is None or now >= recovery.reset_expires_at:
        raise Problem("recovery-expired")
    if recovery.state is RecoveryState.DONE:
        if _is_repeat(ctx, recovery, account_id, new_password):
            return
        raise Problem("reset-token-invalid")
    if recovery.state is not RecoveryState.RESET:
        raise Problem("reset-token-invalid")
    account = _chosen_account(account_rows(ctx.db, recovery.account_ids), account_id)
    if not may_recover(account):
        raise account_locked(account["lock_reason"])
    violations = password_violations(
        new_password,
        settings=ctx.settings,
        logins=(account["number"], account["email"], account["phone"]),
        is_current=lambda candidate: ctx.passwords.verify(account["password_hash"], candidate),
        blocklist=load_blocklist(),
    )
    if violations:
        raise Problem("password-rejected", violations=violations)
    new_hash = ctx.passwords.hash(new_password)  # Argon2id: outside the transaction
    with ctx.db.transaction() as conn:
        fresh = load_recovery(conn, recovery_id)
        if fresh.state is RecoveryState.DONE and _is_repeat(ctx, fresh, account_id, new_password):
            return  # the same call, answered meanwhile
        if fresh.state is not RecoveryState.RESET or (
            fresh.reset_token_hash != recovery.reset_token_hash
        ):
            raise Problem("reset-token-invalid")
        _store_password(conn, account, new_hash, now.isoformat())
        conn.execute(
            "UPDATE recoveries SET state = ?, reset_account_id = ?, reset_password_hash = ?"
            " WHERE id = ?",
            (
                RecoveryState.DONE.value,
                account["id"],
                _repeat_digest(ctx, recovery.id, int(account["id"]), new_password),
                recovery.id,
            ),
        )
        end_sessions(ctx, int(account["id"]))
        clear_attempt_locks(ctx, account)
    _notify_contacts(ctx, account)


def _store_password(
    conn: sqlite3.Connection, account: Row, password_hash: str, changed_at: str
) -> None:
    conn.execute(
        "UPDATE accounts SET password_hash = ?, password_changed_at = ?,"
        " lock_reason = CASE WHEN lock_reason = ? THEN NULL ELSE lock_reason END WHERE id = ?",
        (password_hash, changed_at, LockReason.INACTIVITY.value, account["id"]),
    )


def _notify_contacts(ctx: ServiceContext, account: Row) -> None:
    now = ctx.clock.now()
    for channel, to in ((Channel.EMAIL, account["email"]), (Channel.SMS, account["phone"])):
        if to:
            ctx.messenger.send(
                password_changed_notice(
                    ctx.settings,
                    to=to,
                    channel=channel,
                    account_number=account["number"],
                    changed_at=now,
                )
            )
