"""The notice every contact of an account gets when its password was changed (in Russian)."""

from __future__ import annotations

from datetime import datetime

from .contacts import mask_account_number
from .local_time import date_time_text
from .messages import Channel, OutgoingMessage
from .settings import ServiceSettings

SUBJECT = "Пароль личного кабинета ДЭК изменён"


def password_changed_notice(
    settings: ServiceSettings,
    *,
    to: str,
    channel: Channel,
    account_number: str,
    changed_at: datetime,
) -> OutgoingMessage:
    body = "\n".join(
        [
            f"Пароль личного кабинета ДЭК (лицевой счёт {mask_account_number(account_number)})"
            f" изменён {date_time_text(changed_at, settings.timezone)}.",
            "Все входы в личный кабинет на других устройствах завершены.",
            "Если пароль меняли не вы, сразу позвоните в службу поддержки ДЭК:"
            f" {settings.support_phone}.",
            "Никому не сообщайте пароль и коды из сообщений."
            " Сотрудники ДЭК никогда их не спрашивают.",
        ]
    )
    return OutgoingMessage(to=to, channel=channel, subject=SUBJECT, body=body, sent_at=changed_at)
