"""The bodies of the recovery calls (API.md, "Recovery"), with their limits."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .models import CaptchaIn


class RecoveryRequestIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    login: str | None = Field(default=None, max_length=254)
    contact: str = Field(min_length=1, max_length=254)
    channel: Literal["email", "sms"]
    captcha: CaptchaIn | None = None


class RecoveryStartedOut(BaseModel):
    recovery_id: str
    channel: Literal["email", "sms"]
    destination_masked: str
    code_length: int
    expires_in: int
    resend_in: int


class CodeResentOut(BaseModel):
    expires_in: int
    resend_in: int


class VerifyIn(BaseModel):
    """The code, or the token of the link from the e-mail (one of them)."""

    model_config = ConfigDict(extra="ignore")
    code: str | None = Field(default=None, max_length=32)
    link_token: str | None = Field(default=None, max_length=256)


class AccountChoiceOut(BaseModel):
    id: str
    number_masked: str
    address_hint: str


class ResetGrantedOut(BaseModel):
    reset_token: str
    reset_expires_in: int
    accounts: list[AccountChoiceOut]


class IdentityQuestionOut(BaseModel):
    id: str
    label: str
    kind: Literal["digits", "text"]


class IdentityAskedOut(BaseModel):
    identity_token: str
    identity_questions: list[IdentityQuestionOut]


class IdentityIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    identity_token: str = Field(min_length=1, max_length=256)
    answers: dict[Annotated[str, Field(max_length=64)], Annotated[str, Field(max_length=256)]] = (
        Field(max_length=20)
    )
    consent_version: str = Field(max_length=64)


class PasswordIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    reset_token: str = Field(min_length=1, max_length=256)
    # Longer than any password the policy accepts, so `too_long` is a policy answer.
    new_password: str = Field(max_length=4096)
    account_id: str | None = Field(default=None, max_length=32)
