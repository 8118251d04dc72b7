"""The contact a recovery code goes to, and the logins people type, in one normal form.

Phone numbers go to E.164 with Russia as the default region, so `8 914 123-45-67`,
`+7 (914) 123-45-67` and `9141234567` are one number; e-mail addresses are checked for form
only (no DNS lookups) and lower-cased; account numbers keep their digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from dek_desktop.api.vocabulary import Channel

from .input_issue import Field, InputIssue, IssueCode

DEFAULT_REGION = "RU"
_ACCOUNT_NUMBER_TEXT = re.compile(r"^[\d\s\-]+$")
_SMS_CAPABLE = frozenset(
    {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
)


@dataclass(frozen=True)
class RecoveryContact:
    channel: Channel
    value: str  # E.164 for SMS, a lower-cased address for e-mail


def normalise_email(text: str) -> str | None:
    try:
        checked = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError:
        return None
    return checked.normalized.lower()


def parse_phone(text: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(text.strip(), DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def recovery_contact(channel: Channel, text: str) -> RecoveryContact | InputIssue:
    """The contact normalised for `channel`, or what is wrong with it."""
    if not text.strip():
        return InputIssue(Field.CONTACT, IssueCode.REQUIRED)
    if channel is Channel.EMAIL:
        address = normalise_email(text)
        if address is None:
            return InputIssue(Field.CONTACT, IssueCode.EMAIL_INVALID)
        return RecoveryContact(channel, address)
    number = parse_phone(text)
    if number is None:
        return InputIssue(Field.CONTACT, IssueCode.PHONE_INVALID)
    if phonenumbers.number_type(number) not in _SMS_CAPABLE:
        return InputIssue(Field.CONTACT, IssueCode.PHONE_NOT_MOBILE)
    return RecoveryContact(channel, e164(number))


def account_number(text: str) -> str | InputIssue | None:
    """The optional account number as digits (spaces and dashes ignored); None when empty."""
    stripped = text.strip()
    if not stripped:
        return None
    if not _ACCOUNT_NUMBER_TEXT.match(stripped) or not any(ch.isdigit() for ch in stripped):
        return InputIssue(Field.ACCOUNT_NUMBER, IssueCode.ACCOUNT_NUMBER_INVALID)
    return re.sub(r"\D", "", stripped)


def normalised_login(text: str) -> str:
    """A login as the service counts it: an e-mail lower-cased, a phone in E.164, an account
    number as digits; anything else trimmed (the service answers it like any wrong login)."""
    stripped = text.strip()
    if "@" in stripped:
        return normalise_email(stripped) or stripped
    digits = re.sub(r"\D", "", stripped)
    looks_like_phone = stripped.startswith("+") or (
        _ACCOUNT_NUMBER_TEXT.match(stripped) is not None
        and (
            (len(digits) == 11 and digits[:2] in ("79", "89"))
            or (len(digits) == 10 and digits[0] == "9")
        )
    )
    if looks_like_phone:
        number = parse_phone(stripped)
        if number is not None:
            return e164(number)
    if _ACCOUNT_NUMBER_TEXT.match(stripped):
        return digits
    return stripped
