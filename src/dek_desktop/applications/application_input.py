"""What the application forms take, checked and normalised before anything is sent.

The contact of a new application is where the service writes about it and, once it is
approved, the contact a recovery code goes to: an e-mail address, or a mobile number (SMS).
A service centre's number is four digits, a dash and six digits (typed with or without the
dash or spaces); its PIN is six digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dek_desktop.api.vocabulary import Channel
from dek_desktop.recovery import InputIssue, IssueCode
from dek_desktop.recovery.contact_input import recovery_contact

from .application_state import ApplicationField, ApplicationIssue

_NUMBER_DIGITS = re.compile(r"^(\d{4})-?(\d{6})$")
_PIN = re.compile(r"^\d{6}$")
MAX_FULL_NAME = 200


@dataclass(frozen=True)
class NewApplication:
    full_name: str
    contact: str  # a lower-cased e-mail address or a mobile number in E.164


def new_application(full_name: str, contact: str) -> NewApplication | tuple[InputIssue, ...]:
    issues: list[InputIssue] = []
    name = " ".join(full_name.split())
    if not name:
        issues.append(InputIssue(ApplicationField.FULL_NAME, IssueCode.REQUIRED))
    elif len(name) > MAX_FULL_NAME:
        issues.append(InputIssue(ApplicationField.FULL_NAME, IssueCode.TOO_LONG))
    channel = Channel.EMAIL if "@" in contact else Channel.SMS
    checked = recovery_contact(channel, contact)
    if isinstance(checked, InputIssue):
        issues.append(InputIssue(ApplicationField.CONTACT, checked.code))
    if issues or isinstance(checked, InputIssue):
        return tuple(issues)
    return NewApplication(name, checked.value)


def application_number(text: str) -> str | InputIssue:
    """«2026-000123» from «2026-000123», «2026 000123» or «2026000123»."""
    compact = re.sub(r"[\s\u2010-\u2015]", lambda m: "" if m[0].isspace() else "-", text.strip())
    if not compact:
        return InputIssue(ApplicationField.NUMBER, IssueCode.REQUIRED)
    match = _NUMBER_DIGITS.match(compact)
    if match is None:
        return InputIssue(ApplicationField.NUMBER, ApplicationIssue.NUMBER_INVALID)
    return f"{match[1]}-{match[2]}"


def pin(text: str) -> str | InputIssue:
    digits = re.sub(r"\s", "", text)
    if not digits:
        return InputIssue(ApplicationField.PIN, IssueCode.REQUIRED)
    if not _PIN.match(digits):
        return InputIssue(ApplicationField.PIN, ApplicationIssue.PIN_INVALID)
    return digits
