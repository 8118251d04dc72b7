"""What the demo service "sent" (GET /demo/outbox), read off the GUI thread and watched."""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutboxMessage:
    to: str
    channel: str  # "email" or "sms"
    subject: str
    body: str
    code: str | None
    link: str | None
    sent_at: datetime


class OutboxReader:
    def __init__(self, base_url: str, *, limit: int = 50) -> None:
        self._url = f"{base_url.rstrip('/')}/demo/outbox?limit={limit}"

    def read(self) -> list[OutboxMessage]:
        """Newest first. Blocking: call it in a worker thread."""
        with urllib.request.urlopen(self._url, timeout=5) as answer:  # noqa: S310 - loopback
            body = json.loads(answer.read().decode("utf-8"))
        return [
            OutboxMessage(
                to=str(item["to"]),
                channel=str(item["channel"]),
                subject=str(item.get("subject") or ""),
                body=str(item.get("body") or ""),
                code=item.get("code"),
                link=item.get("link"),
                sent_at=datetime.fromisoformat(str(item["sent_at"]).replace("Z", "+00:00")),
            )
            for item in body["messages"]
        ]


async def watch_outbox(
    reader: OutboxReader,
    on_new: Callable[[Sequence[OutboxMessage]], None],
    *,
    interval_s: float = 1.0,
) -> None:
    """Calls `on_new(messages)` (newest first) with each message not seen before; until
    cancelled. A failed read (the service restarting) is tried again at the next tick."""
    seen: set[OutboxMessage] = set()
    while True:
        try:
            messages = await asyncio.to_thread(reader.read)
        except (urllib.error.URLError, OSError, ValueError, KeyError) as error:
            log.debug("demo outbox not read: %s", error)
        else:
            new = [message for message in messages if message not in seen]
            if new:
                seen.update(new)
                on_new(new)
        await asyncio.sleep(interval_s)
