"""What a user pastes into the code field: the recovery link (in any state a mail client left
it) or just the code."""

from __future__ import annotations

import re
from urllib.parse import unquote

from .models import RecoveryLink
from .secret import Code, LinkToken

# RFC 3986 (appendix C): whitespace inside a delimited URI is to be ignored when extracting it.
# Mail clients also wrap links in quotes or angle brackets, prefix reply lines with '>', and
# some insert invisible characters.
_NOISE = re.compile(
    "[\\s\"'`<>«»\u201c\u201d\u201e\u2018\u2019\u200b\u200c\u200d\u2060\ufeff\u00ad]+"
)
# Unreserved URI characters: what a recovery id and a link token are made of.
_VALUE = r"([A-Za-z0-9._~-]+)"
_RECOVERY_ID = re.compile(r"(?:^|[#?&;])rid=" + _VALUE)
_LINK_TOKEN = re.compile(r"(?:^|[#?&;])t=" + _VALUE)
_ENCODED_LINK = re.compile(r"rid%3d", re.IGNORECASE)
_DIGIT_GROUPS = re.compile(r"\d(?:[\s\-\u2010-\u2015]*\d)*")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]")


def parse_recovery_link(text: str, *, code_length: int | None = None) -> RecoveryLink | Code | None:
    """The recovery id and link token of a pasted link, the code typed or pasted alone, or None.

    `code_length` (from the policy) tells a code from other numbers; without it any run of
    4 to 12 digits counts.
    """
    compact = _NOISE.sub("", text)
    if "rid=" not in compact and _ENCODED_LINK.search(compact):
        # A link rewritten by a mail scanner keeps ours percent-encoded inside its own.
        compact = unquote(compact)
    fragment = compact.split("#", 1)[1] if "#" in compact else compact
    recovery_id = _RECOVERY_ID.search(fragment)
    link_token = _LINK_TOKEN.search(fragment)
    if recovery_id and link_token:
        return RecoveryLink(recovery_id.group(1), LinkToken(link_token.group(1)))
    if recovery_id or link_token or "://" in compact:
        return None
    return _code_in(text, code_length)


def _code_in(text: str, code_length: int | None) -> Code | None:
    candidates = [_SEPARATORS.sub("", group) for group in _DIGIT_GROUPS.findall(text)]
    fitting = [
        digits
        for digits in candidates
        if (len(digits) == code_length if code_length else 4 <= len(digits) <= 12)
    ]
    if len(fitting) != 1:
        return None
    return Code(fitting[0])
