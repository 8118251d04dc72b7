"""What went wrong with the last call, in the terms a page shows (its `problemLabel`).

`kind` is a stable code the Qt pages translate; `detail` is the service's or the transport's
own words, only for «Подробнее» and for a problem type this client does not know. `type` is
what the support page's diagnostics report as the last problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from dek_desktop.api import problems, transport_errors
from dek_desktop.api.api_error import ApiError


class ProblemKind(StrEnum):
    NO_CONNECTION = "no_connection"
    TIMEOUT = "timeout"
    INSECURE_CONNECTION = "insecure_connection"
    BAD_ANSWER = "bad_answer"
    UNAVAILABLE = "unavailable"
    RATE_LIMITED = "rate_limited"
    INTERNAL = "internal"
    INVALID_CREDENTIALS = "invalid_credentials"
    CAPTCHA_REQUIRED = "captcha_required"
    CAPTCHA_WRONG = "captcha_wrong"
    INVALID_CODE = "invalid_code"
    RECOVERY_EXPIRED = "recovery_expired"
    RECOVERY_LOCKED = "recovery_locked"
    IDENTITY_MISMATCH = "identity_mismatch"
    RESET_WINDOW_OVER = "reset_window_over"
    PASSWORD_REJECTED = "password_rejected"  # noqa: S105 (a name, not a password)
    CONSENT_CHANGED = "consent_changed"
    ACCOUNT_LOCKED = "account_locked"
    VALIDATION_FAILED = "validation_failed"
    NOT_FOUND = "not_found"
    UNAUTHORIZED = "unauthorized"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class PageProblem:
    kind: ProblemKind
    type: str  # the problem's `type` URI, or the transport failure's class name
    retryable: bool = False  # the same action may simply be tried again ("Повторить")
    retry_at: datetime | None = None  # not before this moment (rate limits, maintenance)
    detail: str | None = None
    request_id: str | None = None


_TRANSPORT_KINDS: tuple[tuple[type[transport_errors.TransportError], ProblemKind], ...] = (
    (transport_errors.ServiceUnreachable, ProblemKind.NO_CONNECTION),
    (transport_errors.ConnectionDropped, ProblemKind.NO_CONNECTION),
    (transport_errors.ServiceTimeout, ProblemKind.TIMEOUT),
    (transport_errors.TlsFailure, ProblemKind.INSECURE_CONNECTION),
)

_PROBLEM_KINDS: dict[type[problems.ProblemError], ProblemKind] = {
    problems.InvalidCredentials: ProblemKind.INVALID_CREDENTIALS,
    problems.CaptchaRequired: ProblemKind.CAPTCHA_REQUIRED,
    problems.InvalidCode: ProblemKind.INVALID_CODE,
    problems.RecoveryExpired: ProblemKind.RECOVERY_EXPIRED,
    problems.RecoveryLocked: ProblemKind.RECOVERY_LOCKED,
    problems.IdentityMismatch: ProblemKind.IDENTITY_MISMATCH,
    problems.ResetTokenInvalid: ProblemKind.RESET_WINDOW_OVER,
    problems.PasswordRejected: ProblemKind.PASSWORD_REJECTED,
    problems.ConsentRequired: ProblemKind.CONSENT_CHANGED,
    problems.AccountLocked: ProblemKind.ACCOUNT_LOCKED,
    problems.ValidationFailed: ProblemKind.VALIDATION_FAILED,
    problems.NotFound: ProblemKind.NOT_FOUND,
    problems.Unauthorized: ProblemKind.UNAUTHORIZED,
    problems.RateLimited: ProblemKind.RATE_LIMITED,
    problems.Unavailable: ProblemKind.UNAVAILABLE,
    problems.InternalError: ProblemKind.INTERNAL,
}

# Problems after which pressing the same button again may work.
_RETRYABLE_PROBLEMS = frozenset(
    {ProblemKind.RATE_LIMITED, ProblemKind.UNAVAILABLE, ProblemKind.INTERNAL}
)


def page_problem(failure: ApiError, now: datetime) -> PageProblem:
    if isinstance(failure, transport_errors.TransportError):
        kind = next(
            (mapped for cls, mapped in _TRANSPORT_KINDS if isinstance(failure, cls)),
            ProblemKind.BAD_ANSWER,
        )
        return PageProblem(
            kind=kind,
            type=type(failure).__name__,
            retryable=True,
            detail=str(failure),
            request_id=failure.request_id,
        )
    if isinstance(failure, problems.ProblemError):
        kind = _PROBLEM_KINDS.get(type(failure), ProblemKind.UNKNOWN)
        if isinstance(failure, problems.CaptchaRequired) and failure.invalid_answer:
            kind = ProblemKind.CAPTCHA_WRONG
        retry_at = (
            now + failure.retry_after
            if isinstance(failure, problems.RateLimited | problems.Unavailable)
            else None
        )
        return PageProblem(
            kind=kind,
            type=failure.type,
            retryable=kind in _RETRYABLE_PROBLEMS,
            retry_at=retry_at,
            detail=failure.detail or failure.title,
            request_id=failure.request_id,
        )
    return PageProblem(
        kind=ProblemKind.BAD_ANSWER,
        type=type(failure).__name__,
        retryable=True,
        detail=str(failure),
        request_id=failure.request_id,
    )
