"""Profile after sign-in (bearer): `GET /v1/profile`, and changing or confirming a contact with a
code sent to the new contact (`POST /v1/profile/contacts`, `.../{verification_id}/verify`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from ..bearer import Session
from ..contact_changes import (
    Contact,
    ContactKind,
    confirm_contact_change,
    start_contact_change,
)
from ..contacts import InvalidContact, mask_email, mask_phone, normalise_email, normalise_phone
from ..context import Ctx, ServiceContext
from ..models import problem_responses
from ..problems import Problem, validation_failed

router = APIRouter(tags=["profile"])


class ProfileOut(BaseModel):
    email_masked: str | None
    phone_masked: str | None
    email_confirmed: bool
    phone_confirmed: bool


class ContactChangeIn(BaseModel):
    """Exactly one of `email` and `phone`: the new (or the same, to confirm it) contact."""

    model_config = ConfigDict(extra="ignore")
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=32)


class ContactChangeOut(BaseModel):
    verification_id: str
    destination_masked: str
    expires_in: int


class ContactCodeIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    code: str = Field(min_length=1, max_length=64)


def _profile(ctx: ServiceContext, account_id: int) -> dict[str, Any]:
    account = ctx.db.one(
        "SELECT email, phone, email_confirmed, phone_confirmed FROM accounts WHERE id = ?",
        (account_id,),
    )
    if account is None:  # the account went away under a live session
        raise Problem("unauthorized")
    email, phone = account["email"], account["phone"]
    return {
        "email_masked": mask_email(email) if email else None,
        "phone_masked": mask_phone(phone) if phone else None,
        "email_confirmed": bool(email) and bool(account["email_confirmed"]),
        "phone_confirmed": bool(phone) and bool(account["phone_confirmed"]),
    }


def _contact_of(body: ContactChangeIn) -> Contact:
    if (body.email is None) == (body.phone is None):
        raise validation_failed(("contact", "exactly_one_of_email_or_phone"))
    try:
        if body.email is not None:
            return Contact(ContactKind.EMAIL, normalise_email(body.email))
        assert body.phone is not None
        return Contact(ContactKind.PHONE, normalise_phone(body.phone))
    except InvalidContact:
        raise validation_failed(
            ("email", "invalid") if body.email is not None else ("phone", "invalid")
        ) from None


@router.get(
    "/v1/profile",
    operation_id="get_profile",
    response_model=ProfileOut,
    responses=problem_responses("unauthorized"),
)
def get_profile(session: Session, ctx: Ctx) -> dict[str, Any]:
    return _profile(ctx, session.account_id)


@router.post(
    "/v1/profile/contacts",
    operation_id="start_contact_change",
    status_code=202,
    response_model=ContactChangeOut,
    responses=problem_responses("unauthorized", "rate-limited"),
)
def start_change(body: ContactChangeIn, session: Session, ctx: Ctx) -> dict[str, Any]:
    started = start_contact_change(ctx, session.account_id, _contact_of(body))
    return {
        "verification_id": started.verification_id,
        "destination_masked": started.destination_masked,
        "expires_in": started.expires_in,
    }


@router.post(
    "/v1/profile/contacts/{verification_id}/verify",
    operation_id="confirm_contact_change",
    response_model=ProfileOut,
    responses=problem_responses(
        "unauthorized", "invalid-code", "recovery-expired", "recovery-locked", "not-found"
    ),
)
def confirm_change(
    body: ContactCodeIn,
    session: Session,
    ctx: Ctx,
    verification_id: str = Path(min_length=1, max_length=64),
) -> dict[str, Any]:
    confirm_contact_change(ctx, session.account_id, verification_id, body.code)
    return _profile(ctx, session.account_id)
