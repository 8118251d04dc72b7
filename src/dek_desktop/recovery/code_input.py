"""The code page's one field: the code typed, or the whole recovery link pasted."""

from __future__ import annotations

import re

from dek_desktop.api.models import RecoveryLink
from dek_desktop.api.recovery_link import parse_recovery_link
from dek_desktop.api.secret import Code

from .input_issue import Field, InputIssue, IssueCode

_LINK_MARKS = ("://", "rid=", "rid%3d", "#")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]")


def read_code_field(text: str, *, code_length: int) -> Code | RecoveryLink | InputIssue:
    if not text.strip():
        return InputIssue(Field.CODE, IssueCode.REQUIRED)
    parsed = parse_recovery_link(text, code_length=code_length)
    if parsed is not None:
        return parsed
    lowered = text.lower()
    if any(mark in lowered for mark in _LINK_MARKS):
        return InputIssue(Field.CODE, IssueCode.LINK_UNREADABLE)
    compact = _SEPARATORS.sub("", text)
    if compact.isascii() and compact.isdigit():
        return InputIssue(Field.CODE, IssueCode.CODE_WRONG_LENGTH)
    return InputIssue(Field.CODE, IssueCode.CODE_NOT_DIGITS)
