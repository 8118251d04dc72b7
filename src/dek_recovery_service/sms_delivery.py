"""SMS (outside demo mode): a small sender interface and one real sender, an HTTP webhook.

`WebhookSmsSender` POSTs `{"to": "+7…", "text": "…"}` as JSON to the SMS gateway's webhook with
`Authorization: Bearer <token>` (the token from the environment). The webhook must be HTTPS
(certificate verified) unless it is on this machine. Nothing here logs a message.
"""

from __future__ import annotations

import ipaddress
import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit


class SmsSender(Protocol):
    def send_sms(self, to: str, text: str) -> None:
        """Hands one SMS to the gateway; raises SmsNotAccepted when the gateway says no."""
        ...


class SmsNotAccepted(Exception):
    pass


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class WebhookSettings:
    url: str
    token: str | None = field(default=None, repr=False)
    timeout_s: float = 15.0

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme == "https" or (
            parts.scheme == "http" and is_loopback(parts.hostname or "")
        ):
            return
        raise ValueError("the SMS webhook must be an https:// URL (http:// only on loopback)")


class WebhookSmsSender:
    def __init__(self, settings: WebhookSettings) -> None:
        self.settings = settings

    def send_sms(self, to: str, text: str) -> None:
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if self.settings.token:
            headers["Authorization"] = f"Bearer {self.settings.token}"
        request = urllib.request.Request(  # noqa: S310 - the URL's scheme is checked above
            self.settings.url,
            data=json.dumps({"to": to, "text": text}, ensure_ascii=False).encode("utf-8"),
            headers=headers,
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.settings.timeout_s) as answer:  # noqa: S310
                status = answer.status
        except urllib.error.HTTPError as error:
            raise SmsNotAccepted(f"the SMS webhook answered {error.code}") from None
        if not 200 <= status < 300:
            raise SmsNotAccepted(f"the SMS webhook answered {status}")
