"""Values that must never reach a log line, a traceback or a support ticket."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass


@dataclass(frozen=True, repr=False, eq=False)
class Secret:
    """A string whose `repr` and `str` never show it; `reveal()` is the one way to read it."""

    _value: str

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<hidden>)"

    def __str__(self) -> str:
        return self.__repr__()

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Secret)
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((type(self).__name__, hashlib.sha256(self._value.encode()).digest()))


class Password(Secret):
    """A password the user typed (current or new)."""


class Code(Secret):
    """A confirmation code sent by e-mail or SMS."""


class LinkToken(Secret):
    """The token of a recovery link (`#rid=...&t=<token>`)."""


class ResetToken(Secret):
    """Allows exactly one password change for one recovery request."""


class IdentityToken(Secret):
    """Allows answering the identity questions of one recovery request."""


class AccessToken(Secret):
    """The bearer token of a signed-in session."""


class ApplicationToken(Secret):
    """The bearer token of one document application."""


class Pin(Secret):
    """The PIN a service centre hands out with an application number."""


class IdentityAnswer(Secret):
    """An answer to an identity question (passport number, SNILS digits, address)."""
