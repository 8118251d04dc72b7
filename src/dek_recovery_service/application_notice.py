"""The message an application's contact gets when its status changes (Russian, no personal
data: the number, the new status, what to do next and the support phone)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from .local_time import date_time_text
from .messages import Channel, OutgoingMessage
from .settings import ServiceSettings

STATUS_TEXT = {
    "draft": "черновик",
    "submitted": "подано",
    "in_review": "на рассмотрении",
    "needs_more": "нужны дополнительные документы",
    "approved": "одобрено",
    "rejected": "отклонено",
}

KIND_TEXT = {"passport": "паспорт", "inn": "ИНН", "snils": "СНИЛС", "other": "другой документ"}


def _what_next(status: str, missing: Sequence[str], channel: Channel) -> str:
    if status == "needs_more":
        kinds = ", ".join(KIND_TEXT.get(kind, kind) for kind in missing)
        wanted = f": {kinds}" if kinds else ""
        return f"Загрузите недостающие документы{wanted} и отправьте заявление снова."
    if status == "approved":
        where = "этот адрес" if channel is Channel.EMAIL else "этот номер"
        return f"Теперь вы можете восстановить доступ к личному кабинету: код придёт на {where}."
    if status == "rejected":
        return "Чтобы узнать, что делать дальше, обратитесь в службу поддержки ДЭК."
    if status in ("submitted", "in_review"):
        return "Мы проверим документы и сообщим о решении."
    return "Загрузите документы и отправьте заявление."


def status_notice(
    settings: ServiceSettings,
    *,
    number: str,
    contact: str,
    status: str,
    missing: Sequence[str],
    at: datetime,
) -> OutgoingMessage:
    channel = Channel.EMAIL if "@" in contact else Channel.SMS
    lines = [
        f"Заявление № {number} на восстановление доступа:"
        f" {STATUS_TEXT.get(status, status)} ({date_time_text(at, settings.timezone)}).",
        _what_next(status, missing, channel),
        "Если вы не подавали это заявление, позвоните в службу поддержки ДЭК:"
        f" {settings.support_phone}.",
    ]
    return OutgoingMessage(
        to=contact,
        channel=channel,
        subject=f"Заявление № {number}: {STATUS_TEXT.get(status, status)}",
        body="\n".join(lines),
        sent_at=at,
    )
