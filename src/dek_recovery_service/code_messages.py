"""The message that carries a confirmation code: the code, when it was sent, until when it is
valid (service time zone, offset written out), the anti-fraud line and the support phone."""

from __future__ import annotations

from datetime import datetime

from .local_time import date_time_text, time_text
from .messages import Channel, OutgoingMessage
from .settings import ServiceSettings

ANTI_FRAUD_LINE = "Никому не сообщайте этот код. Сотрудники ДЭК никогда его не спрашивают."


def not_you_line(settings: ServiceSettings) -> str:
    return f"Если это были не вы, позвоните в службу поддержки ДЭК: {settings.support_phone}."


def code_message(
    settings: ServiceSettings,
    *,
    to: str,
    channel: Channel,
    subject: str,
    purpose: str,
    code: str,
    sent_at: datetime,
    expires_at: datetime,
    link: str | None = None,
) -> OutgoingMessage:
    """`purpose` says what the code is for, e.g. «Код для подтверждения e-mail»."""
    lines = [
        f"{purpose}: {code}",
        f"Отправлено {date_time_text(sent_at, settings.timezone)},"
        f" действует до {time_text(expires_at, settings.timezone)}.",
    ]
    if link is not None:
        lines.append(f"Или откройте ссылку: {link}")
    lines += [ANTI_FRAUD_LINE, not_you_line(settings)]
    return OutgoingMessage(
        to=to,
        channel=channel,
        subject=subject,
        body="\n".join(lines),
        sent_at=sent_at,
        code=code,
        link=link,
    )
