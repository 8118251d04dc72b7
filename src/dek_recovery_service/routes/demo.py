"""Demo mode only: `GET /demo/outbox`, what the service would have sent by e-mail and SMS."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from ..context import Ctx

# Demo mode only, so not part of the contract document (docs/openapi.json).
router = APIRouter(tags=["demo"], include_in_schema=False)


class OutboxMessage(BaseModel):
    to: str
    channel: str
    subject: str
    body: str
    code: str | None
    link: str | None
    sent_at: str


class Outbox(BaseModel):
    messages: list[OutboxMessage]


@router.get("/demo/outbox", operation_id="demo_outbox", response_model=Outbox)
def demo_outbox(ctx: Ctx, limit: int = 50) -> dict[str, Any]:
    rows = ctx.db.all(
        "SELECT to_addr, channel, subject, body, code, link, sent_at FROM outbox"
        " ORDER BY id DESC LIMIT ?",
        (max(1, min(limit, 500)),),
    )
    return {
        "messages": [
            {
                "to": row["to_addr"],
                "channel": row["channel"],
                "subject": row["subject"],
                "body": row["body"],
                "code": row["code"],
                "link": row["link"],
                "sent_at": row["sent_at"],
            }
            for row in rows
        ]
    }
