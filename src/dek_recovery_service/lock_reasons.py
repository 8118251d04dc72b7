"""Why an account is blocked, and the ways out the service allows for each reason (API.md)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from .problems import Problem


class LockReason(StrEnum):
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    INACTIVITY = "inactivity"
    SUSPECTED_COMPROMISE = "suspected_compromise"
    SUSPICIOUS_ACTIVITY = "suspicious_activity"
    TERMS_VIOLATION = "terms_violation"
    RECOVERY_SECURITY_VIOLATION = "recovery_security_violation"


ALLOWED_ACTIONS: dict[LockReason, tuple[str, ...]] = {
    LockReason.TOO_MANY_ATTEMPTS: ("wait", "recover"),
    LockReason.INACTIVITY: ("recover",),
    LockReason.SUSPECTED_COMPROMISE: ("documents", "support"),
    LockReason.SUSPICIOUS_ACTIVITY: ("documents", "support"),
    LockReason.TERMS_VIOLATION: ("support",),
    LockReason.RECOVERY_SECURITY_VIOLATION: ("support",),
}


def account_locked(reason: LockReason | str, locked_until: datetime | None = None) -> Problem:
    """The `account-locked` problem: reason, `locked_until` (RFC 3339 or null) and actions."""
    lock_reason = LockReason(reason)
    return Problem(
        "account-locked",
        reason=lock_reason.value,
        locked_until=locked_until.isoformat() if locked_until is not None else None,
        actions=list(ALLOWED_ACTIONS[lock_reason]),
    )
