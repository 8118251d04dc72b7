"""`POST /v1/session` (sign in) and `DELETE /v1/session` (sign out).

Checks run in the contract's order: validation, lock, rate limit, captcha, then the password.
A refused call (lock, captcha) checks no password and is not counted; an unknown login costs the
same Argon2id work as a known one and climbs the same ladder, so an outsider gets exactly the
answers an owner gets. Lock reasons other than too_many_attempts are told only with the right
password.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field
from starlette.responses import Response

from ..bearer import Session
from ..contacts import Login, LoginKind, mask_email, mask_phone, normalise_login
from ..context import Ctx, Info, ServiceContext
from ..database import Row
from ..lock_reasons import LockReason, account_locked
from ..models import CaptchaIn, problem_responses
from ..problems import Problem, validation_failed
from ..sessions import end_session, open_session
from ..sign_in_ladder import (
    address_key,
    login_key,
    login_standing,
    needs_captcha,
    record_failure,
    record_success,
)

router = APIRouter(tags=["sign-in"])


class SignInIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    login: str = Field(min_length=1, max_length=254)
    password: str = Field(min_length=1, max_length=1024)
    captcha: CaptchaIn | None = None


class SignedInAccount(BaseModel):
    login: str
    display_name: str
    email_masked: str | None
    phone_masked: str | None
    contacts_confirmed_at: str | None


class SessionOut(BaseModel):
    access_token: str
    expires_in: int
    account: SignedInAccount


_ACCOUNTS_BY_LOGIN = {
    LoginKind.ACCOUNT: "SELECT * FROM accounts WHERE number = ? ORDER BY id",
    LoginKind.EMAIL: "SELECT * FROM accounts WHERE email = ? ORDER BY id",
    LoginKind.PHONE: "SELECT * FROM accounts WHERE phone = ? ORDER BY id",
}


def _account_with_password(ctx: ServiceContext, login: Login, password: str) -> Row | None:
    """The account of `login` whose password this is (a phone or e-mail may hold several)."""
    candidates = ctx.db.all(_ACCOUNTS_BY_LOGIN[login.kind], (login.value,))
    if not candidates:
        ctx.passwords.verify(None, password)  # the same Argon2id work as for a real account
        return None
    for account in candidates:
        if ctx.passwords.verify(account["password_hash"], password):
            return account
    return None


@router.post(
    "/v1/session",
    operation_id="sign_in",
    status_code=201,
    response_model=SessionOut,
    responses=problem_responses(
        "invalid-credentials", "captcha-required", "account-locked", "rate-limited"
    ),
)
def sign_in(body: SignInIn, ctx: Ctx, info: Info) -> dict[str, Any]:
    login = normalise_login(body.login)
    if not login.value:
        raise validation_failed(("login", "blank"))
    key, address = login_key(ctx, login), address_key(ctx, info.client_address)
    standing = login_standing(ctx, key)
    if standing.locked_until is not None:
        raise account_locked(LockReason.TOO_MANY_ATTEMPTS, standing.locked_until)
    if needs_captcha(ctx, standing, address):
        ctx.captcha.demand(body.captcha.as_answer() if body.captcha else None)
    account = _account_with_password(ctx, login, body.password)
    if account is None:
        after = record_failure(ctx, key, address)
        if after.locked_until is not None:
            raise account_locked(LockReason.TOO_MANY_ATTEMPTS, after.locked_until)
        raise Problem(
            "invalid-credentials", attempts_left=ctx.settings.signin_lock_after - after.failures
        )
    record_success(ctx, key)
    if account["lock_reason"]:
        raise account_locked(account["lock_reason"])
    opened = open_session(ctx, int(account["id"]))
    ctx.db.execute(
        "UPDATE accounts SET last_sign_in_at = ? WHERE id = ?",
        (ctx.clock.now().isoformat(), account["id"]),
    )
    return {
        "access_token": opened.access_token,
        "expires_in": opened.expires_in,
        "account": {
            "login": account["number"],
            "display_name": account["display_name"],
            "email_masked": mask_email(account["email"]) if account["email"] else None,
            "phone_masked": mask_phone(account["phone"]) if account["phone"] else None,
            "contacts_confirmed_at": account["contacts_confirmed_at"],
        },
    }


@router.delete(
    "/v1/session",
    operation_id="sign_out",
    status_code=204,
    response_class=Response,
    responses=problem_responses("unauthorized"),
)
def sign_out(session: Session, ctx: Ctx) -> Response:
    end_session(ctx, session.access_token)
    return Response(status_code=204)
