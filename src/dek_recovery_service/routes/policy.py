"""`GET /v1/policy`: every limit the client drives its validation from, read from the settings."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from ..context import Ctx
from ..models import problem_responses
from ..settings import ServiceSettings

router = APIRouter(tags=["policy and support"])


class ConsentOut(BaseModel):
    version: str
    text_ru: str
    text_en: str


class PasswordRulesOut(BaseModel):
    min_length: int
    max_length: int
    forbid_login: bool
    forbid_previous: bool


class DocumentKindOut(BaseModel):
    id: str
    required: bool


class DocumentRulesOut(BaseModel):
    accepted: list[str]
    max_file_bytes: int
    max_total_bytes: int
    kinds: list[DocumentKindOut]


class PolicyOut(BaseModel):
    channels: list[str]
    code_length: int
    code_ttl: int
    resend_after: int
    max_code_attempts: int
    reset_ttl: int
    consent: ConsentOut
    password: PasswordRulesOut
    documents: DocumentRulesOut


def policy_of(settings: ServiceSettings) -> dict[str, Any]:
    return {
        "channels": list(settings.channels),
        "code_length": settings.code_length,
        "code_ttl": settings.code_ttl_s,
        "resend_after": settings.resend_after_s,
        "max_code_attempts": settings.max_code_attempts,
        "reset_ttl": settings.reset_ttl_s,
        "consent": {
            "version": settings.consent_version,
            "text_ru": settings.consent_text_ru,
            "text_en": settings.consent_text_en,
        },
        "password": {
            "min_length": settings.password_min_length,
            "max_length": settings.password_max_length,
            "forbid_login": settings.password_forbid_login,
            "forbid_previous": settings.password_forbid_previous,
        },
        "documents": {
            "accepted": list(settings.accepted_media_types),
            "max_file_bytes": settings.max_file_bytes,
            "max_total_bytes": settings.max_total_bytes,
            "kinds": [
                {"id": kind.id, "required": kind.required} for kind in settings.document_kinds
            ],
        },
    }


@router.get(
    "/v1/policy",
    operation_id="get_policy",
    response_model=PolicyOut,
    responses=problem_responses(),
    summary="The limits and texts the client drives its validation from",
)
def get_policy(ctx: Ctx) -> dict[str, Any]:
    return policy_of(ctx.settings)
