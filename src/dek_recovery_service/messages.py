"""What the service sends people (codes, notices), and where it goes.

In demo mode messages land in the outbox table that `GET /demo/outbox` shows; outside demo mode
`smtp.py` and `sms.py` deliver them. No sender ever logs a message body.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from .database import Database


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"


@dataclass(frozen=True)
class OutgoingMessage:
    to: str  # an e-mail address or an E.164 number
    channel: Channel
    subject: str
    body: str
    sent_at: datetime
    code: str | None = None
    link: str | None = None


class Messenger(Protocol):
    def send(self, message: OutgoingMessage) -> None: ...


class OutboxMessenger:
    """Demo mode: keeps what would have been sent, for the app's "Demo inbox"."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def send(self, message: OutgoingMessage) -> None:
        self._db.execute(
            "INSERT INTO outbox (to_addr, channel, subject, body, code, link, sent_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                message.to,
                message.channel.value,
                message.subject,
                message.body,
                message.code,
                message.link,
                message.sent_at.isoformat(),
            ),
        )
