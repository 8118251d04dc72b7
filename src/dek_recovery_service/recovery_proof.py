"""Proving the contact (code or link) and, where the account asks them, the identity answers.

A reset token is never handed out before pending identity questions are answered: a right code
for an account with questions answers an identity token (good for the identity step only), and
only right answers turn it into a reset token. Tries are counted inside the same transaction that
checks them, so parallel guesses cannot get past the limits.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from .context import ServiceContext
from .database import Row
from .identity_answers import normalise_identity_answer
from .lock_reasons import LockReason, account_locked
from .problems import Problem, validation_failed
from .recovery_accounts import (
    account_choices,
    account_rows,
    identity_questions,
    may_recover,
)
from .recovery_codes import code_matches, link_matches
from .recovery_records import Recovery, RecoveryState, load_recovery
from .secrets_store import new_token

RESET_PURPOSE = "reset-token"
IDENTITY_PURPOSE = "identity-token"
ANSWER_PURPOSE = "identity-answer"


def token_digest(ctx: ServiceContext, purpose: str, recovery_id: str, token: str) -> str:
    return ctx.hasher.digest(purpose, f"{recovery_id}:{token}")


def typed_code(ctx: ServiceContext, text: str) -> str:
    """The code as typed, spaces and dashes left out; `validation-failed` unless it is digits of
    the code's length (such a typo is not counted as a wrong try)."""
    code = "".join(ch for ch in text if ch not in " -\u00a0")
    if not (code.isascii() and code.isdigit() and len(code) == ctx.settings.code_length):
        raise validation_failed(("code", "invalid_format"))
    return code


def verify_recovery(
    ctx: ServiceContext,
    *,
    recovery_id: str,
    code: str | None,
    link_token: str | None,
    language: str,
) -> dict[str, Any]:
    if code is None and not link_token:
        raise validation_failed(("code", "missing"))
    if code is not None:
        code = typed_code(ctx, code)
    now = ctx.clock.now()
    with ctx.db.transaction() as conn:
        recovery = load_recovery(conn, recovery_id)
        if recovery.state is RecoveryState.LOCKED:
            raise Problem("recovery-locked")
        if recovery.state is not RecoveryState.PENDING or now >= recovery.code_expires_at:
            raise Problem("recovery-expired")
        right_code = code is not None and code_matches(
            ctx.hasher, recovery.id, code, recovery.code_hash
        )
        right_link = bool(link_token) and link_matches(
            ctx.hasher, recovery.id, link_token or "", recovery.link_hash
        )
        rows = account_rows(conn, recovery.account_ids)
        if (right_code or right_link) and rows:
            outcome = _contact_proven(ctx, conn, recovery, rows, language, now)
        else:  # a contact without an account: every code is wrong
            outcome = _wrong_code(ctx, conn, recovery)
    if isinstance(outcome, Problem):
        raise outcome
    return outcome


def _wrong_code(ctx: ServiceContext, conn: sqlite3.Connection, recovery: Recovery) -> Problem:
    attempts = recovery.wrong_attempts + 1
    limit = ctx.settings.max_code_attempts
    locked = attempts >= limit
    conn.execute(
        "UPDATE recoveries SET wrong_attempts = ?, state = ? WHERE id = ?",
        (
            attempts,
            (RecoveryState.LOCKED if locked else RecoveryState.PENDING).value,
            recovery.id,
        ),
    )
    if locked:
        return Problem("recovery-locked")
    return Problem("invalid-code", attempts_left=limit - attempts)


def _contact_proven(
    ctx: ServiceContext,
    conn: sqlite3.Connection,
    recovery: Recovery,
    rows: Sequence[Row],
    language: str,
    now: datetime,
) -> dict[str, Any] | Problem:
    allowed = [row for row in rows if may_recover(row)]
    if not allowed:  # the owner proved the contact, so may learn why and what to do
        _close(conn, recovery.id)
        return account_locked(rows[0]["lock_reason"])
    ids = [int(row["id"]) for row in allowed]
    _, questions = identity_questions(conn, ids)
    if not questions:
        return _grant_reset(ctx, conn, recovery.id, allowed, now)
    token = new_token()
    conn.execute(
        "UPDATE recoveries SET state = ?, account_ids = ?, identity_token_hash = ?,"
        " identity_expires_at = ?, identity_attempts = 0 WHERE id = ?",
        (
            RecoveryState.IDENTITY.value,
            json.dumps(ids),
            token_digest(ctx, IDENTITY_PURPOSE, recovery.id, token),
            (now + timedelta(seconds=ctx.settings.identity_ttl_s)).isoformat(),
            recovery.id,
        ),
    )
    return {
        "identity_token": token,
        "identity_questions": [question.shown(language) for question in questions],
    }


def _grant_reset(
    ctx: ServiceContext,
    conn: sqlite3.Connection,
    recovery_id: str,
    rows: Sequence[Row],
    now: datetime,
) -> dict[str, Any]:
    token = new_token()
    conn.execute(
        "UPDATE recoveries SET state = ?, account_ids = ?, identity_token_hash = NULL,"
        " reset_token_hash = ?, reset_expires_at = ? WHERE id = ?",
        (
            RecoveryState.RESET.value,
            json.dumps([int(row["id"]) for row in rows]),
            token_digest(ctx, RESET_PURPOSE, recovery_id, token),
            (now + timedelta(seconds=ctx.settings.reset_ttl_s)).isoformat(),
            recovery_id,
        ),
    )
    return {
        "reset_token": token,
        "reset_expires_in": ctx.settings.reset_ttl_s,
        "accounts": account_choices(rows),
    }


def _close(conn: sqlite3.Connection, recovery_id: str) -> None:
    conn.execute(
        "UPDATE recoveries SET state = ?, identity_token_hash = NULL WHERE id = ?",
        (RecoveryState.CLOSED.value, recovery_id),
    )


def _identity_step_open(
    ctx: ServiceContext, recovery: Recovery, identity_token: str, now: datetime
) -> bool:
    return (
        recovery.state is RecoveryState.IDENTITY
        and recovery.identity_expires_at is not None
        and now < recovery.identity_expires_at
        and ctx.hasher.matches(
            IDENTITY_PURPOSE, f"{recovery.id}:{identity_token}", recovery.identity_token_hash
        )
    )


def answer_identity(
    ctx: ServiceContext,
    *,
    recovery_id: str,
    identity_token: str,
    answers: Mapping[str, str],
    consent_version: str,
) -> dict[str, Any]:
    settings, now = ctx.settings, ctx.clock.now()
    recovery = load_recovery(ctx.db, recovery_id)
    if not _identity_step_open(ctx, recovery, identity_token, now):
        raise Problem("reset-token-invalid")
    if consent_version != settings.consent_version:
        raise Problem("consent-required", consent_version=settings.consent_version)
    asking, questions = identity_questions(ctx.db, recovery.account_ids)
    typed = {
        question.id: normalise_identity_answer(question.kind, answers.get(question.id, ""))
        for question in questions
    }
    missing = [(f"answers.{qid}", "missing") for qid, answer in typed.items() if not answer]
    if missing:
        raise validation_failed(*missing)
    verdicts = [
        ctx.hasher.matches(ANSWER_PURPOSE, typed[question.id], question.answer_hash)
        for question in questions
    ]
    with ctx.db.transaction() as conn:
        fresh = load_recovery(conn, recovery_id)
        if fresh.identity_token_hash != recovery.identity_token_hash or not _identity_step_open(
            ctx, fresh, identity_token, now
        ):
            raise Problem("reset-token-invalid")
        _record_consent(conn, f"recovery:{recovery_id}", consent_version, now)
        if all(verdicts):
            allowed = [row for row in account_rows(conn, fresh.account_ids) if may_recover(row)]
            if not allowed:
                raise Problem("reset-token-invalid")
            outcome: dict[str, Any] | Problem = _grant_reset(ctx, conn, recovery_id, allowed, now)
        else:
            outcome = _wrong_answers(ctx, conn, fresh, asking)
    if isinstance(outcome, Problem):
        raise outcome
    return outcome


def _wrong_answers(
    ctx: ServiceContext, conn: sqlite3.Connection, recovery: Recovery, asking: int | None
) -> Problem:
    attempts = recovery.identity_attempts + 1
    limit = ctx.settings.identity_max_attempts
    if attempts < limit:
        conn.execute(
            "UPDATE recoveries SET identity_attempts = ? WHERE id = ?", (attempts, recovery.id)
        )
        return Problem("identity-mismatch", attempts_left=limit - attempts)
    conn.execute(
        "UPDATE recoveries SET identity_attempts = ? WHERE id = ?", (attempts, recovery.id)
    )
    _close(conn, recovery.id)
    if asking is not None:
        conn.execute(
            "UPDATE accounts SET lock_reason = ? WHERE id = ?",
            (LockReason.SUSPICIOUS_ACTIVITY.value, asking),
        )
    return account_locked(LockReason.SUSPICIOUS_ACTIVITY)


def _record_consent(
    conn: sqlite3.Connection, subject: str, version: str, given_at: datetime
) -> None:
    """152-ФЗ: when this recovery's personal data came with which consent (recorded once)."""
    known = conn.execute(
        "SELECT 1 FROM consents WHERE subject = ? AND version = ?", (subject, version)
    ).fetchone()
    if known is None:
        conn.execute(
            "INSERT INTO consents (subject, version, given_at) VALUES (?, ?, ?)",
            (subject, version, given_at.isoformat()),
        )
