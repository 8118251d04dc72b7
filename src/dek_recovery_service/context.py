"""What every endpoint works with: settings, clock, storage, hashing, captcha, messages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request

from .captcha import CaptchaService
from .clock import Clock
from .database import Database
from .idempotency import IdempotencyStore
from .messages import Messenger
from .passwords import PasswordHasher
from .secrets_store import SecretHasher
from .settings import ServiceSettings


@dataclass(frozen=True)
class ServiceContext:
    settings: ServiceSettings
    clock: Clock
    db: Database
    data_dir: Path
    hasher: SecretHasher
    passwords: PasswordHasher
    captcha: CaptchaService
    idempotency: IdempotencyStore
    messenger: Messenger
    demo: bool


@dataclass(frozen=True)
class RequestInfo:
    request_id: str
    language: str  # "ru" or "en"
    client_address: str


def get_context(request: Request) -> ServiceContext:
    context: ServiceContext = request.app.state.context
    return context


def get_request_info(request: Request) -> RequestInfo:
    state = request.scope.get("state", {})
    client = request.client.host if request.client else "unknown"
    return RequestInfo(
        request_id=state.get("request_id", ""),
        language=state.get("language", "ru"),
        client_address=client,
    )


Ctx = Annotated[ServiceContext, Depends(get_context)]
Info = Annotated[RequestInfo, Depends(get_request_info)]
