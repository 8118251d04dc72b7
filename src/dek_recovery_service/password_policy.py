"""The password policy of NIST SP 800-63B, as API.md states it.

NFKC-normalised, length in code points between the settings' minimum and maximum (never
truncated), spaces and all of Unicode allowed, no composition rules; not the login (the account's
number, e-mail or phone, case-insensitive), not the current password, not a common password.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .contacts import normalise_login
from .password_blocklist import PasswordBlocklist, comparable
from .passwords import normalise_password
from .settings import ServiceSettings

TOO_SHORT = "too_short"
TOO_LONG = "too_long"
SAME_AS_LOGIN = "same_as_login"
SAME_AS_CURRENT = "same_as_current"
TOO_COMMON = "too_common"


def login_forms(logins: Iterable[str | None]) -> frozenset[str]:
    """Every way a person may write the account's logins: a phone also as 7…, 8… and 9…."""
    forms: set[str] = set()
    for login in logins:
        if not login:
            continue
        forms.add(comparable(login))
        if login.startswith("+7") and len(login) == 12:
            forms.update({login[1:], "8" + login[2:], login[2:]})
    return frozenset(forms)


def is_a_login(password: str, logins: Iterable[str | None]) -> bool:
    forms = login_forms(logins)
    return comparable(password) in forms or normalise_login(password).value in forms


def password_violations(
    password: str,
    *,
    settings: ServiceSettings,
    logins: Iterable[str | None],
    is_current: Callable[[str], bool],
    blocklist: PasswordBlocklist,
) -> list[str]:
    """The rules `password` breaks, in a stable order; empty when it is accepted.

    `is_current` checks the account's current password hash (Argon2id: call outside any
    transaction).
    """
    normalised = normalise_password(password)
    violations: list[str] = []
    if len(normalised) < settings.password_min_length:
        violations.append(TOO_SHORT)
    if len(normalised) > settings.password_max_length:
        violations.append(TOO_LONG)
    if is_a_login(normalised, logins):
        violations.append(SAME_AS_LOGIN)
    if is_current(normalised):
        violations.append(SAME_AS_CURRENT)
    if normalised in blocklist:
        violations.append(TOO_COMMON)
    return violations
