"""Normalising logins and contacts, and masking them for display."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers
from email_validator import EmailNotValidError, validate_email

_ACCOUNT_NUMBER = re.compile(r"^[\d\s\-]{6,20}$")


class LoginKind(StrEnum):
    ACCOUNT = "account"
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class Login:
    kind: LoginKind
    value: str  # digits, lower-cased e-mail, or E.164


class InvalidContact(ValueError):
    pass


def normalise_email(text: str) -> str:
    try:
        result = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError as error:
        raise InvalidContact(str(error)) from error
    return result.normalized.lower()


def normalise_phone(text: str) -> str:
    try:
        number = phonenumbers.parse(text.strip(), "RU")
    except phonenumbers.NumberParseException as error:
        raise InvalidContact(str(error)) from error
    if not phonenumbers.is_valid_number(number):
        raise InvalidContact("not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_login(text: str) -> Login:
    """An account number (digits; spaces and dashes ignored), an e-mail or a phone number.

    A bare run of 10-11 digits that parses as a Russian mobile number is a phone; other digit runs
    are account numbers. Anything unparseable is kept, lower-cased, so that failures against it
    are still counted (an outsider gets the answers an owner gets).
    """
    stripped = text.strip()
    if "@" in stripped:
        try:
            return Login(LoginKind.EMAIL, normalise_email(stripped))
        except InvalidContact:
            return Login(LoginKind.EMAIL, stripped.lower())
    if stripped.startswith("+") or (
        _ACCOUNT_NUMBER.match(stripped) and _looks_like_phone(stripped)
    ):
        try:
            return Login(LoginKind.PHONE, normalise_phone(stripped))
        except InvalidContact:
            pass
    if _ACCOUNT_NUMBER.match(stripped):
        return Login(LoginKind.ACCOUNT, re.sub(r"\D", "", stripped))
    try:
        return Login(LoginKind.PHONE, normalise_phone(stripped))
    except InvalidContact:
        return Login(LoginKind.ACCOUNT, stripped.lower())


def _looks_like_phone(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    return (len(digits) == 11 and digits[0] in "78" and digits[1] == "9") or (
        len(digits) == 10 and digits[0] == "9"
    )


def mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    shown = local[:2] if len(local) > 3 else local[:1]
    return f"{shown}{'*' * max(3, len(local) - len(shown))}@{domain}"


def mask_phone(e164: str) -> str:
    """+79141234567 -> +7 914 ***-**-67"""
    if e164.startswith("+7") and len(e164) == 12:
        return f"+7 {e164[2:5]} ***-**-{e164[-2:]}"
    return f"{e164[:3]}{'*' * (len(e164) - 5)}{e164[-2:]}"


def mask_account_number(number: str) -> str:
    return f"{'*' * max(0, len(number) - 4)}{number[-4:]}"
