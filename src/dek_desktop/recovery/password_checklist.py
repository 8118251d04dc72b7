"""The policy's password rules as a live checklist (a page ticks them off while the user types).

The service checks them again, together with what the client cannot know (the blocklist, the
current password); its violations come back as `password-rejected`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from dek_desktop.api.models import PasswordRules

from .input_issue import Field, InputIssue, IssueCode


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def code_points(password: str) -> int:
    """Length as the policy counts it: code points after NFKC normalisation."""
    return len(_normal(password))


@dataclass(frozen=True)
class PasswordChecklist:
    long_enough: bool
    not_too_long: bool
    not_the_login: bool
    repeated: bool  # typed twice, the same both times

    @property
    def passed(self) -> bool:
        return self.long_enough and self.not_too_long and self.not_the_login and self.repeated

    def issues(self) -> tuple[InputIssue, ...]:
        found: list[InputIssue] = []
        if not self.long_enough:
            found.append(InputIssue(Field.NEW_PASSWORD, IssueCode.TOO_SHORT))
        if not self.not_too_long:
            found.append(InputIssue(Field.NEW_PASSWORD, IssueCode.TOO_LONG))
        if not self.not_the_login:
            found.append(InputIssue(Field.NEW_PASSWORD, IssueCode.SAME_AS_LOGIN))
        if not self.repeated:
            found.append(InputIssue(Field.REPEAT_PASSWORD, IssueCode.MISMATCH))
        return tuple(found)


def check_new_password(
    new_password: str, repeated: str, rules: PasswordRules, logins: Iterable[str] = ()
) -> PasswordChecklist:
    """`logins`: what the user is known by (typed login, contact), in any form."""
    length = code_points(new_password)
    folded = _normal(new_password).strip().casefold()
    known = {_normal(login).strip().casefold() for login in logins if login.strip()}
    return PasswordChecklist(
        long_enough=length >= rules.min_length,
        not_too_long=length <= rules.max_length,
        not_the_login=not (rules.forbid_login and folded in known),
        repeated=bool(new_password) and _normal(new_password) == _normal(repeated),
    )
