"""Recovery by documents: create an application, open one with a PIN, submit it, follow it.

The uploads themselves are tus (routes/uploads.py).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header
from pydantic import BaseModel, Field

from ..application_access import TOKEN_PURPOSE, AuthorisedApplication, load_application
from ..application_documents import missing_kinds, receipt_documents
from ..application_numbers import next_application_number
from ..application_pin import open_with_pin
from ..application_status import (
    NEXT_STEP,
    TAKES_DOCUMENTS,
    ApplicationStatus,
    change_application_status,
    ensure_takes_documents,
)
from ..contacts import InvalidContact, normalise_email, normalise_phone
from ..context import Ctx, ServiceContext
from ..idempotency import derived_token
from ..models import problem_responses
from ..problems import Problem, validation_failed
from ..secrets_store import new_token

router = APIRouter(tags=["documents"])

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        description="One key per user action, reused for every retry of that action.",
    ),
]


class ApplicationIn(BaseModel):
    reason: Literal["no_contact_access", "account_blocked", "other"]
    login: str | None = Field(default=None, max_length=100)
    recovery_id: str | None = Field(default=None, max_length=64)
    full_name: str = Field(min_length=1, max_length=200)
    contact: str = Field(min_length=1, max_length=254)
    consent_version: str = Field(max_length=32)


class ApplicationCreatedOut(BaseModel):
    application_number: str
    application_token: str
    status: Literal["draft"]


class PinIn(BaseModel):
    pin: str = Field(pattern=r"^\d{6}$")


class ApplicationOpenedOut(BaseModel):
    application_token: str
    status: ApplicationStatus


class ReceiptDocumentOut(BaseModel):
    kind: str
    filename: str
    bytes: int
    sha256: str


class ReceiptOut(BaseModel):
    documents: list[ReceiptDocumentOut]


class SubmittedOut(BaseModel):
    status: Literal["submitted"]
    submitted_at: str
    receipt: ReceiptOut


class ApplicationOut(BaseModel):
    status: ApplicationStatus
    updated_at: str
    comment: str
    missing: list[str]
    next: Literal["upload", "wait", "recover", "support"]


def _normalised_contact(text: str) -> str:
    try:
        return normalise_email(text) if "@" in text else normalise_phone(text)
    except InvalidContact as error:
        raise validation_failed(("contact", "invalid")) from error


def _create(
    ctx: ServiceContext, body: ApplicationIn, idempotency_key: str | None
) -> dict[str, Any]:
    if body.consent_version != ctx.settings.consent_version:
        raise Problem("consent-required", consent_version=ctx.settings.consent_version)
    full_name = " ".join(body.full_name.split())
    if not full_name:
        raise validation_failed(("full_name", "blank"))
    contact = _normalised_contact(body.contact)
    now = ctx.clock.now().isoformat()
    with ctx.db.transaction() as conn:
        number = next_application_number(conn, ctx.clock.now(), ctx.settings.timezone)
        token = (
            derived_token(ctx.hasher, TOKEN_PURPOSE, idempotency_key, number)
            if idempotency_key
            else new_token()
        )
        conn.execute(
            "INSERT INTO applications (number, token_hash, status, reason, login, recovery_id,"
            " full_name, contact, consent_version, consent_at, created_at, updated_at)"
            " VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                number,
                ctx.hasher.digest(TOKEN_PURPOSE, token),
                body.reason,
                body.login.strip() if body.login else None,
                body.recovery_id,
                full_name,
                contact,
                body.consent_version,
                now,
                now,
                now,
            ),
        )
        conn.execute(
            "INSERT INTO consents (subject, version, given_at) VALUES (?, ?, ?)",
            (f"application:{number}", body.consent_version, now),
        )
    return {"application_number": number, "application_token": token, "status": "draft"}


@router.post(
    "/v1/applications",
    operation_id="create_application",
    status_code=201,
    response_model=ApplicationCreatedOut,
    responses=problem_responses("consent-required", "idempotency-key-reused"),
    summary="Start a recovery by documents; answers the application's bearer token",
)
def create_application(
    ctx: Ctx, body: ApplicationIn, idempotency_key: IdempotencyKey = None
) -> Any:
    def restore(replay: dict[str, Any]) -> dict[str, Any]:
        assert idempotency_key is not None
        token = derived_token(
            ctx.hasher, TOKEN_PURPOSE, idempotency_key, replay["application_number"]
        )
        return {**replay, "application_token": token}

    return ctx.idempotency.run(
        idempotency_key,
        "create_application",
        body.model_dump(),
        lambda: (201, _create(ctx, body, idempotency_key)),
        secret_fields=("application_token",),
        restore=restore,
    )


@router.post(
    "/v1/applications/{number}/access",
    operation_id="open_application",
    response_model=ApplicationOpenedOut,
    responses=problem_responses("invalid-code"),
    summary="Open an application from a service centre with its number and 6-digit PIN",
)
def open_application(ctx: Ctx, number: str, body: PinIn) -> dict[str, Any]:
    if len(number) > 32:
        raise validation_failed(("number", "too_long"))
    opened = open_with_pin(ctx, number, body.pin)
    return {"application_token": opened.application_token, "status": opened.status}


@router.post(
    "/v1/applications/{number}/submit",
    operation_id="submit_application",
    status_code=202,
    response_model=SubmittedOut,
    responses=problem_responses(
        "unauthorized",
        "application-incomplete",
        "application-closed",
        "idempotency-key-reused",
    ),
    summary="Send the uploaded documents for review; answers the receipt",
)
def submit_application(
    ctx: Ctx, application: AuthorisedApplication, idempotency_key: IdempotencyKey = None
) -> Any:
    def produce() -> tuple[int, dict[str, Any]]:
        current = load_application(ctx, application.number)
        ensure_takes_documents(current.status)
        missing = missing_kinds(ctx, current)
        if missing:
            raise Problem("application-incomplete", missing=missing)
        change_application_status(
            ctx, current.number, ApplicationStatus.SUBMITTED, only_from=TAKES_DOCUMENTS
        )
        submitted = load_application(ctx, current.number)
        return 202, {
            "status": "submitted",
            "submitted_at": submitted.submitted_at,
            "receipt": {"documents": receipt_documents(ctx, current.number)},
        }

    return ctx.idempotency.run(
        idempotency_key, f"submit_application:{application.number}", {}, produce
    )


@router.get(
    "/v1/applications/{number}",
    operation_id="get_application",
    response_model=ApplicationOut,
    responses=problem_responses("unauthorized"),
    summary="The application's status, the reviewer's comment and what to do next",
)
def get_application(ctx: Ctx, application: AuthorisedApplication) -> dict[str, Any]:
    status = ApplicationStatus(application.status)
    takes_documents = status in TAKES_DOCUMENTS
    return {
        "status": status.value,
        "updated_at": application.updated_at,
        "comment": application.comment,
        "missing": missing_kinds(ctx, application) if takes_documents else [],
        "next": NEXT_STEP[status],
    }
