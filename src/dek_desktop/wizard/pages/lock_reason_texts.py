"""Why an account is blocked, in plain words (the seed's «Причины блокировки аккаунта»), for the
blocked page and for the subject of a support request sent from it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def lock_reason_title(reason: str) -> str:
    titles = {
        "too_many_attempts": translate("LockReasons", "Too many failed sign-in attempts"),
        "inactivity": translate("LockReasons", "No sign-ins for a long time"),
        "terms_violation": translate("LockReasons", "The rules of the service were broken"),
        "suspected_compromise": translate("LockReasons", "Someone else may be using the account"),
        "suspicious_activity": translate(
            "LockReasons", "Suspicious activity or attempts to break in"
        ),
        "recovery_security_violation": translate(
            "LockReasons", "Safety rules were broken while restoring the password"
        ),
    }
    return titles.get(reason, translate("LockReasons", "The account is blocked"))


def lock_reason_explanation(reason: str) -> str:
    texts = {
        "too_many_attempts": translate(
            "LockReasons",
            "The login or password was typed wrong several times in a row, so signing in is "
            "closed for a while to protect the account. You can wait, or restore access now "
            "with a code: the old password is not needed.",
        ),
        "inactivity": translate(
            "LockReasons",
            "Nobody has signed in to this account for a very long time, so it was blocked to "
            "protect it. Restore access with a code sent to your e-mail or phone.",
        ),
        "terms_violation": translate(
            "LockReasons",
            "The account was blocked because the rules of using the service were broken. "
            "Only the support service can tell you more and unblock it.",
        ),
        "suspected_compromise": translate(
            "LockReasons",
            "We suspect that someone else got into the account or is using it. To protect "
            "you, access comes back only after your identity documents are checked, or "
            "through the support service.",
        ),
        "suspicious_activity": translate(
            "LockReasons",
            "We saw suspicious activity or attempts to break into the account. To protect "
            "you, access comes back only after your identity documents are checked, or "
            "through the support service.",
        ),
        "recovery_security_violation": translate(
            "LockReasons",
            "While the password was being restored, the safety rules were not kept. Only the "
            "support service can check what happened and unblock the account.",
        ),
    }
    return texts.get(
        reason,
        translate(
            "LockReasons",
            "The account is blocked. The support service will tell you why and what to do.",
        ),
    )
