"""`GET /v1/support/contacts` and `POST /v1/support/tickets`: the way to a person."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Header
from pydantic import BaseModel, Field, StringConstraints
from starlette.responses import Response

from ..contacts import InvalidContact, normalise_email, normalise_phone
from ..context import Ctx
from ..database import Database
from ..models import problem_responses
from ..problems import validation_failed
from ..settings import ServiceSettings

router = APIRouter(tags=["policy and support"])

Label = Annotated[str, StringConstraints(max_length=200)]
# Texts a person typed: surrounding spaces dropped, never empty.
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
ContactText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=254)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5000)]


class SupportContactsOut(BaseModel):
    phone: str
    email: str
    hours: str = Field(description="Opening hours in the support desk's own time zone")
    timezone: str = Field(description="IANA name of the zone `hours` are in")
    url: str


class DiagnosticsIn(BaseModel):
    """What the app knows about where the user got stuck. The client keeps secrets out."""

    app_version: Annotated[str, StringConstraints(max_length=64)]
    os: Label
    locale: Annotated[str, StringConstraints(max_length=35)]
    step: Annotated[str, StringConstraints(max_length=64)]
    last_problem_type: Label | None = None
    last_request_ids: Annotated[
        list[Annotated[str, StringConstraints(max_length=64)]], Field(max_length=20)
    ] = Field(default_factory=list)


class SupportTicketIn(BaseModel):
    name: ShortText
    contact: ContactText = Field(description="An e-mail address or a phone number to answer to")
    subject: ShortText
    description: LongText
    diagnostics: DiagnosticsIn


class SupportTicketOut(BaseModel):
    ticket_number: str = Field(examples=["SUP-2026-000042"])


@router.get(
    "/v1/support/contacts",
    operation_id="get_support_contacts",
    response_model=SupportContactsOut,
    responses=problem_responses(),
    summary="How to reach the support desk",
)
def get_support_contacts(ctx: Ctx) -> dict[str, Any]:
    settings = ctx.settings
    return {
        "phone": settings.support_phone,
        "email": settings.support_email,
        "hours": settings.support_hours,
        "timezone": settings.support_timezone,
        "url": settings.support_url,
    }


def normalise_reply_contact(text: str) -> str:
    """The contact a person from support answers to: an e-mail or a phone number."""
    try:
        return normalise_email(text) if "@" in text else normalise_phone(text)
    except InvalidContact as error:
        raise validation_failed(("contact", "invalid_contact")) from error


def store_ticket(
    db: Database, settings: ServiceSettings, ticket: SupportTicketIn, contact: str, now: datetime
) -> str:
    """Saves the ticket under the next number of the year, e.g. `SUP-2026-000042`."""
    year = now.astimezone(ZoneInfo(settings.timezone)).year
    prefix = f"{settings.support_ticket_prefix}-{year}-"
    with db.transaction() as conn:
        row = conn.execute(
            "SELECT MAX(CAST(substr(number, ?) AS INTEGER)) FROM support_tickets"
            " WHERE number LIKE ?",
            (len(prefix) + 1, prefix + "%"),
        ).fetchone()
        number = f"{prefix}{(row[0] or 0) + 1:06d}"
        conn.execute(
            "INSERT INTO support_tickets"
            " (number, name, contact, subject, description, diagnostics, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                number,
                ticket.name,
                contact,
                ticket.subject,
                ticket.description,
                json.dumps(ticket.diagnostics.model_dump(mode="json"), ensure_ascii=False),
                now.isoformat(),
            ),
        )
    return number


@router.post(
    "/v1/support/tickets",
    operation_id="create_support_ticket",
    status_code=201,
    response_model=SupportTicketOut,
    responses=problem_responses("idempotency-key-reused", "payload-too-large"),
    summary="Ask a person for help, with the app's diagnostics",
)
def create_support_ticket(
    ticket: SupportTicketIn,
    ctx: Ctx,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key", max_length=255)] = None,
) -> Response:
    contact = normalise_reply_contact(ticket.contact)

    def produce() -> tuple[int, dict[str, Any]]:
        number = store_ticket(ctx.db, ctx.settings, ticket, contact, ctx.clock.now())
        return 201, {"ticket_number": number}

    return ctx.idempotency.run(
        idempotency_key, "support-ticket", ticket.model_dump(mode="json"), produce
    )
