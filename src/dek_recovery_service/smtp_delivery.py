"""E-mail through SMTP (outside demo mode): STARTTLS when asked, a login from the environment.

The certificate of the mail server is verified (the system's trust store, or a CA file for a
private relay); a login is only ever sent after STARTTLS. Nothing here logs a message.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from .messages import Channel, OutgoingMessage


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    starttls: bool = True
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    sender: str = "ДЭК <no-reply@dvec.ru>"
    ca_file: Path | None = None
    timeout_s: float = 20.0

    def __post_init__(self) -> None:
        if self.username and not self.starttls:
            raise ValueError("an SMTP login is only sent after STARTTLS: turn STARTTLS on")


def email_of(message: OutgoingMessage, sender: str) -> EmailMessage:
    email = EmailMessage()
    email["From"] = sender
    email["To"] = message.to
    email["Subject"] = message.subject
    email["Date"] = format_datetime(message.sent_at)
    email["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].rstrip(">") or None)
    email.set_content(message.body)
    return email


class SmtpSender:
    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._tls = ssl.create_default_context(
            cafile=str(settings.ca_file) if settings.ca_file else None
        )

    def send(self, message: OutgoingMessage) -> None:
        if message.channel is not Channel.EMAIL:
            raise ValueError("SmtpSender sends e-mail only")
        settings = self.settings
        with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_s) as smtp:
            smtp.ehlo()
            if settings.starttls:
                smtp.starttls(context=self._tls)
                smtp.ehlo()
            if settings.username:
                smtp.login(settings.username, settings.password or "")
            smtp.send_message(email_of(message, settings.sender))
