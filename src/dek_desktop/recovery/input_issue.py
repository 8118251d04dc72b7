"""What is wrong with what the user typed, as stable codes: the Qt pages translate them.

`field` names a form field (`Field`, or `answer_field(question_id)` for an identity answer);
`code` is one of `IssueCode`, or a code of the service's own `validation-failed` answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Field(StrEnum):
    LOGIN = "login"
    PASSWORD = "password"  # noqa: S105 (a name, not a password)
    CAPTCHA = "captcha"
    CHANNEL = "channel"
    CONTACT = "contact"
    ACCOUNT_NUMBER = "account_number"
    CODE = "code"
    CONSENT = "consent"
    ACCOUNT = "account"
    NEW_PASSWORD = "new_password"  # noqa: S105 (a name, not a password)
    REPEAT_PASSWORD = "repeat_password"  # noqa: S105 (a name, not a password)
    SUPPORT_NAME = "name"
    SUPPORT_CONTACT = "support_contact"
    SUPPORT_SUBJECT = "subject"
    SUPPORT_DESCRIPTION = "description"


class IssueCode(StrEnum):
    REQUIRED = "required"
    EMAIL_INVALID = "email_invalid"
    PHONE_INVALID = "phone_invalid"
    PHONE_NOT_MOBILE = "phone_not_mobile"
    ACCOUNT_NUMBER_INVALID = "account_number_invalid"
    CHANNEL_UNAVAILABLE = "channel_unavailable"
    CODE_WRONG_LENGTH = "code_wrong_length"
    CODE_NOT_DIGITS = "code_not_digits"
    LINK_UNREADABLE = "link_unreadable"
    LINK_OF_OTHER_REQUEST = "link_of_other_request"
    DIGITS_ONLY = "digits_only"
    CONSENT_MISSING = "consent_missing"
    UNKNOWN_ACCOUNT = "unknown_account"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    SAME_AS_LOGIN = "same_as_login"
    MISMATCH = "mismatch"


ANSWER_FIELD_PREFIX = "answers."


def answer_field(question_id: str) -> str:
    """The field name of one identity answer (the service names it the same way)."""
    return f"{ANSWER_FIELD_PREFIX}{question_id}"


@dataclass(frozen=True)
class InputIssue:
    field: str
    code: str


class InputRejected(Exception):
    """Raised inside the flow when what was typed cannot be sent; carries every issue found."""

    def __init__(self, issues: tuple[InputIssue, ...]) -> None:
        super().__init__(", ".join(f"{issue.field}: {issue.code}" for issue in issues))
        self.issues = issues
