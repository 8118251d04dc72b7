"""Demo mode only: `GET /demo/outbox`, what the service would have sent by e-mail and SMS, and
`POST /demo/applications/{number}/status`, a reviewer's decision on an application."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from ..application_status import ApplicationStatus, change_application_status
from ..context import Ctx
from ..models import problem_responses

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


class ApplicationStatusIn(BaseModel):
    status: ApplicationStatus
    comment: str = Field(default="", max_length=500)
    missing: list[str] = Field(default_factory=list, max_length=10)


class ApplicationStatusChanged(BaseModel):
    status: ApplicationStatus


@router.post(
    "/demo/applications/{number}/status",
    operation_id="demo_set_application_status",
    response_model=ApplicationStatusChanged,
    responses=problem_responses("not-found"),
)
def demo_set_application_status(ctx: Ctx, number: str, body: ApplicationStatusIn) -> dict[str, Any]:
    """What a reviewer does in the back office: move an application on (demo mode only)."""
    change_application_status(ctx, number, body.status, comment=body.comment, missing=body.missing)
    return {"status": body.status.value}
