"""The closed sets of words API.md defines, as enums."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    RU = "ru"
    EN = "en"


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"


class LockReason(StrEnum):
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    INACTIVITY = "inactivity"
    SUSPECTED_COMPROMISE = "suspected_compromise"
    SUSPICIOUS_ACTIVITY = "suspicious_activity"
    TERMS_VIOLATION = "terms_violation"
    RECOVERY_SECURITY_VIOLATION = "recovery_security_violation"


class Action(StrEnum):
    """A way out of a locked account that the service allows."""

    WAIT = "wait"
    RECOVER = "recover"
    DOCUMENTS = "documents"
    SUPPORT = "support"


class DocumentKind(StrEnum):
    PASSPORT = "passport"
    INN = "inn"
    SNILS = "snils"
    OTHER = "other"


class ApplicationReason(StrEnum):
    NO_CONTACT_ACCESS = "no_contact_access"
    ACCOUNT_BLOCKED = "account_blocked"
    OTHER = "other"


class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    NEEDS_MORE = "needs_more"
    APPROVED = "approved"
    REJECTED = "rejected"


class NextStep(StrEnum):
    """What an application's status lets the user do next."""

    UPLOAD = "upload"
    WAIT = "wait"
    RECOVER = "recover"
    SUPPORT = "support"


class QuestionKind(StrEnum):
    DIGITS = "digits"
    TEXT = "text"
