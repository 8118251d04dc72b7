"""Recovery by a code sent to a confirmed contact (API.md, "Recovery").

`POST /v1/recovery` starts it (the same answer whether or not an account has the contact),
`…/resend` sends a new code and link, `…/verify` proves the contact, `…/identity` answers the
identity questions where the account has them, `PUT …/password` sets the new password.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header
from starlette.responses import JSONResponse, Response

from ..contacts import normalise_login
from ..context import Ctx, Info
from ..messages import Channel
from ..models import problem_responses
from ..password_reset import set_password as store_new_password
from ..problems import validation_failed
from ..recovery_models import (
    CodeResentOut,
    IdentityAskedOut,
    IdentityIn,
    PasswordIn,
    RecoveryRequestIn,
    RecoveryStartedOut,
    ResetGrantedOut,
    VerifyIn,
)
from ..recovery_proof import answer_identity as check_identity_answers
from ..recovery_proof import verify_recovery as prove_contact
from ..recovery_start import normalised_contact, start_recovery
from ..recovery_start import resend_code as send_new_code

router = APIRouter(tags=["recovery"])

IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=255)]


@router.post(
    "/v1/recovery",
    operation_id="request_recovery",
    status_code=202,
    response_model=RecoveryStartedOut,
    responses=problem_responses("captcha-required", "rate-limited", "idempotency-key-reused"),
)
def request_recovery(
    body: RecoveryRequestIn, ctx: Ctx, info: Info, idempotency_key: IdempotencyKey = None
) -> JSONResponse:
    """Sends a code (and, by e-mail, a link) to the contact when an account has it.

    The answer is the same, in shape and in time, for a contact without an account.
    """
    if body.channel not in ctx.settings.channels:
        raise validation_failed(("channel", "unsupported"))
    channel = Channel(body.channel)
    contact = normalised_contact(channel, body.contact)
    login = normalise_login(body.login) if body.login and body.login.strip() else None
    captcha = body.captcha.as_answer() if body.captcha is not None else None

    def produce() -> tuple[int, dict[str, Any]]:
        started = start_recovery(
            ctx,
            channel=channel,
            contact=contact,
            login=login,
            client_address=info.client_address,
            captcha=captcha,
        )
        return 202, started

    return ctx.idempotency.run(
        idempotency_key, "request_recovery", body.model_dump(mode="json"), produce
    )


@router.post(
    "/v1/recovery/{recovery_id}/resend",
    operation_id="resend_code",
    status_code=202,
    response_model=CodeResentOut,
    responses=problem_responses("not-found", "recovery-expired", "recovery-locked"),
)
def resend_code(recovery_id: str, ctx: Ctx) -> dict[str, Any]:
    """A new code and link; the earlier ones of this recovery stop working."""
    return send_new_code(ctx, recovery_id)


@router.post(
    "/v1/recovery/{recovery_id}/verify",
    operation_id="verify_recovery",
    response_model=ResetGrantedOut | IdentityAskedOut,
    responses=problem_responses(
        "not-found", "invalid-code", "recovery-locked", "recovery-expired", "account-locked"
    ),
)
def verify_recovery(recovery_id: str, body: VerifyIn, ctx: Ctx, info: Info) -> dict[str, Any]:
    """The code or the link's token: a reset token, or identity questions first."""
    return prove_contact(
        ctx,
        recovery_id=recovery_id,
        code=body.code,
        link_token=body.link_token,
        language=info.language,
    )


@router.post(
    "/v1/recovery/{recovery_id}/identity",
    operation_id="answer_identity",
    response_model=ResetGrantedOut,
    responses=problem_responses(
        "not-found",
        "reset-token-invalid",
        "consent-required",
        "identity-mismatch",
        "account-locked",
    ),
)
def answer_identity(recovery_id: str, body: IdentityIn, ctx: Ctx) -> dict[str, Any]:
    """The identity answers (with the current consent): then the reset token."""
    return check_identity_answers(
        ctx,
        recovery_id=recovery_id,
        identity_token=body.identity_token,
        answers=body.answers,
        consent_version=body.consent_version,
    )


@router.put(
    "/v1/recovery/{recovery_id}/password",
    operation_id="set_password",
    status_code=204,
    response_class=Response,
    responses=problem_responses(
        "not-found",
        "reset-token-invalid",
        "recovery-expired",
        "password-rejected",
        "account-locked",
    ),
)
def set_password(recovery_id: str, body: PasswordIn, ctx: Ctx) -> Response:
    """The new password; the same call repeated within the reset window answers 204 again."""
    store_new_password(
        ctx,
        recovery_id=recovery_id,
        reset_token=body.reset_token,
        new_password=body.new_password,
        account_id=body.account_id,
    )
    return Response(status_code=204)
