"""RFC 9457 problems of API.md: one exception class per `type`, its members typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar, Self

from .api_error import ApiError
from .json_reader import JsonObject
from .models import Captcha
from .vocabulary import Action, ApplicationStatus, DocumentKind, LockReason

PROBLEM_TYPE_PREFIX = "urn:dek:problem:"


@dataclass(frozen=True)
class ProblemFacts:
    """The members every problem has."""

    status: int
    type: str
    title: str | None
    detail: str | None
    instance: str | None
    request_id: str | None


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str


class ProblemError(ApiError):
    """The service answered with a problem; `detail` is its own text, a fallback only."""

    slug: ClassVar[str] = ""

    def __init__(self, facts: ProblemFacts) -> None:
        super().__init__(
            f"{facts.type} (HTTP {facts.status}): {facts.detail or facts.title or 'no detail'}",
            request_id=facts.request_id,
        )
        self.facts = facts
        self.status = facts.status
        self.type = facts.type
        self.title = facts.title
        self.detail = facts.detail
        self.instance = facts.instance

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        """Build from the problem body; raises ContractViolation when a member is wrong."""
        return cls(facts)


class UnknownProblem(ProblemError):
    """A `type` this client does not know; show `detail` (the service's own words)."""


class ValidationFailed(ProblemError):
    slug = "validation-failed"

    def __init__(self, facts: ProblemFacts, *, errors: tuple[FieldError, ...]) -> None:
        super().__init__(facts)
        self.errors = errors

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        errors = tuple(
            FieldError(field=item.text("field"), code=item.text("code"))
            for item in body.objects("errors")
        )
        return cls(facts, errors=errors)


class _AttemptsLeft(ProblemError):
    def __init__(self, facts: ProblemFacts, *, attempts_left: int) -> None:
        super().__init__(facts)
        self.attempts_left = attempts_left

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        return cls(facts, attempts_left=body.count("attempts_left"))


class InvalidCredentials(_AttemptsLeft):
    slug = "invalid-credentials"


class InvalidCode(_AttemptsLeft):
    slug = "invalid-code"


class IdentityMismatch(_AttemptsLeft):
    slug = "identity-mismatch"


class AccountLocked(ProblemError):
    slug = "account-locked"

    def __init__(
        self,
        facts: ProblemFacts,
        *,
        reason: LockReason,
        locked_until: datetime | None,
        actions: tuple[Action, ...],
    ) -> None:
        super().__init__(facts)
        self.reason = reason
        self.locked_until = locked_until
        self.actions = actions

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        return cls(
            facts,
            reason=body.choice("reason", LockReason),
            locked_until=body.optional_moment("locked_until"),
            actions=body.choices("actions", Action),
        )


class CaptchaRequired(ProblemError):
    slug = "captcha-required"

    def __init__(self, facts: ProblemFacts, *, captcha: Captcha, invalid_answer: bool) -> None:
        super().__init__(facts)
        self.captcha = captcha
        self.invalid_answer = invalid_answer

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        picture = body.obj("captcha")
        captcha = Captcha(
            id=picture.text("id"),
            image_png=picture.png("image_png_base64"),
            expires_in=picture.seconds("expires_in"),
        )
        invalid = body.boolean("invalid_answer") if body.has("invalid_answer") else False
        return cls(facts, captcha=captcha, invalid_answer=invalid)


class _RetryAfter(ProblemError):
    def __init__(self, facts: ProblemFacts, *, retry_after: timedelta) -> None:
        super().__init__(facts)
        self.retry_after = retry_after

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        return cls(facts, retry_after=body.seconds("retry_after"))


class RateLimited(_RetryAfter):
    slug = "rate-limited"


class Unavailable(_RetryAfter):
    slug = "unavailable"


class RecoveryExpired(ProblemError):
    slug = "recovery-expired"


class RecoveryLocked(ProblemError):
    slug = "recovery-locked"


class ResetTokenInvalid(ProblemError):
    slug = "reset-token-invalid"


class PasswordRejected(ProblemError):
    slug = "password-rejected"

    def __init__(self, facts: ProblemFacts, *, violations: tuple[str, ...]) -> None:
        super().__init__(facts)
        self.violations = violations

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        return cls(facts, violations=body.texts("violations"))


class Unauthorized(ProblemError):
    slug = "unauthorized"


class ConsentRequired(ProblemError):
    slug = "consent-required"

    def __init__(self, facts: ProblemFacts, *, consent_version: str) -> None:
        super().__init__(facts)
        self.consent_version = consent_version

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        return cls(facts, consent_version=body.text("consent_version"))


class NotFound(ProblemError):
    slug = "not-found"


class PayloadTooLarge(ProblemError):
    slug = "payload-too-large"

    def __init__(self, facts: ProblemFacts, *, max_bytes: int) -> None:
        super().__init__(facts)
        self.max_bytes = max_bytes

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        return cls(facts, max_bytes=body.count("max_bytes"))


class UnsupportedMediaType(ProblemError):
    slug = "unsupported-media-type"

    def __init__(self, facts: ProblemFacts, *, accepted: tuple[str, ...]) -> None:
        super().__init__(facts)
        self.accepted = accepted

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        return cls(facts, accepted=body.texts("accepted"))


class UploadOffsetMismatch(ProblemError):
    slug = "upload-offset-mismatch"

    def __init__(self, facts: ProblemFacts, *, offset: int) -> None:
        super().__init__(facts)
        self.offset = offset

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        return cls(facts, offset=body.count("offset"))


class ChecksumMismatch(ProblemError):
    slug = "checksum-mismatch"


class ApplicationIncomplete(ProblemError):
    slug = "application-incomplete"

    def __init__(self, facts: ProblemFacts, *, missing: tuple[DocumentKind, ...]) -> None:
        super().__init__(facts)
        self.missing = missing

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        return cls(facts, missing=body.choices("missing", DocumentKind))


class ApplicationClosed(ProblemError):
    slug = "application-closed"

    def __init__(self, facts: ProblemFacts, *, application_status: ApplicationStatus) -> None:
        super().__init__(facts)
        self.application_status = application_status

    @classmethod
    def from_members(cls, facts: ProblemFacts, body: JsonObject) -> Self:
        return cls(facts, application_status=body.choice("application_status", ApplicationStatus))


class IdempotencyKeyReused(ProblemError):
    slug = "idempotency-key-reused"


class InternalError(ProblemError):
    slug = "internal"


PROBLEM_CLASSES: dict[str, type[ProblemError]] = {
    cls.slug: cls
    for cls in (
        ValidationFailed,
        InvalidCredentials,
        AccountLocked,
        CaptchaRequired,
        RateLimited,
        InvalidCode,
        RecoveryExpired,
        RecoveryLocked,
        IdentityMismatch,
        ResetTokenInvalid,
        PasswordRejected,
        Unauthorized,
        ConsentRequired,
        NotFound,
        PayloadTooLarge,
        UnsupportedMediaType,
        UploadOffsetMismatch,
        ChecksumMismatch,
        ApplicationIncomplete,
        ApplicationClosed,
        IdempotencyKeyReused,
        Unavailable,
        InternalError,
    )
}


def problem_class_for(type_uri: str) -> type[ProblemError]:
    if type_uri.startswith(PROBLEM_TYPE_PREFIX):
        known = PROBLEM_CLASSES.get(type_uri.removeprefix(PROBLEM_TYPE_PREFIX))
        if known is not None:
            return known
    return UnknownProblem
