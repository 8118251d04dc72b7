"""The `Authorization: Bearer <access token>` of the profile calls and sign-out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .context import Ctx
from .problems import Problem
from .sessions import account_of_session

_session_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="session",
    description="The access_token that sign_in answered.",
)


@dataclass(frozen=True)
class SignedIn:
    account_id: int
    access_token: str


def signed_in(
    ctx: Ctx,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_session_bearer)],
) -> SignedIn:
    if credentials is None:
        raise Problem("unauthorized")
    token = credentials.credentials
    return SignedIn(account_id=account_of_session(ctx, token), access_token=token)


Session = Annotated[SignedIn, Depends(signed_in)]
