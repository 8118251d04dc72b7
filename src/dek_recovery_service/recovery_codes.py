"""A recovery's code and link: made from a CSPRNG, kept only as keyed hashes, sent in a message.

The code's hash is bound to its recovery (the same six digits in two recoveries hash apart); the
link carries the recovery id and a 256-bit token in the URL fragment, which browsers never send
to a server, so the token stays out of every access log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .code_messages import code_message
from .messages import Channel, OutgoingMessage
from .secrets_store import SecretHasher, new_digits, new_token
from .settings import ServiceSettings

CODE_PURPOSE = "recovery-code"
LINK_PURPOSE = "recovery-link"
SUBJECT = "Восстановление доступа к личному кабинету ДЭК"
PURPOSE_LINE = "Код для восстановления доступа к личному кабинету ДЭК"


@dataclass(frozen=True)
class IssuedCode:
    code: str
    link_token: str
    code_hash: str
    link_hash: str
    sent_at: datetime
    expires_at: datetime
    resend_at: datetime


def issue_code(
    settings: ServiceSettings, hasher: SecretHasher, recovery_id: str, now: datetime
) -> IssuedCode:
    code, link_token = new_digits(settings.code_length), new_token()
    return IssuedCode(
        code=code,
        link_token=link_token,
        code_hash=hasher.digest(CODE_PURPOSE, f"{recovery_id}:{code}"),
        link_hash=hasher.digest(LINK_PURPOSE, f"{recovery_id}:{link_token}"),
        sent_at=now,
        expires_at=now + timedelta(seconds=settings.code_ttl_s),
        resend_at=now + timedelta(seconds=settings.resend_after_s),
    )


def code_matches(hasher: SecretHasher, recovery_id: str, code: str, stored: str) -> bool:
    return hasher.matches(CODE_PURPOSE, f"{recovery_id}:{code}", stored)


def link_matches(hasher: SecretHasher, recovery_id: str, link_token: str, stored: str) -> bool:
    return hasher.matches(LINK_PURPOSE, f"{recovery_id}:{link_token}", stored)


def recovery_link(settings: ServiceSettings, recovery_id: str, link_token: str) -> str:
    return f"{settings.portal_url.rstrip('/')}/recover#rid={recovery_id}&t={link_token}"


def recovery_message(
    settings: ServiceSettings, *, to: str, channel: Channel, recovery_id: str, issued: IssuedCode
) -> OutgoingMessage:
    """The message with the code (and, by e-mail, the link), in Russian."""
    link = (
        recovery_link(settings, recovery_id, issued.link_token)
        if channel is Channel.EMAIL
        else None
    )
    return code_message(
        settings,
        to=to,
        channel=channel,
        subject=SUBJECT,
        purpose=PURPOSE_LINE,
        code=issued.code,
        sent_at=issued.sent_at,
        expires_at=issued.expires_at,
        link=link,
    )
