"""Pydantic models shared by several routes, and the problem schema for the OpenAPI document."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .captcha import CaptchaAnswer
from .problems import KINDS, PROBLEM_MEDIA_TYPE


class CaptchaIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str = Field(min_length=1, max_length=64)
    answer: str = Field(max_length=32)

    def as_answer(self) -> CaptchaAnswer:
        return CaptchaAnswer(id=self.id, answer=self.answer)


class CaptchaOut(BaseModel):
    id: str
    image_png_base64: str
    expires_in: int


class FieldError(BaseModel):
    field: str
    code: str


class ProblemOut(BaseModel):
    """RFC 9457 problem; the extension members depend on `type` (see API.md)."""

    model_config = ConfigDict(extra="allow")
    type: str
    title: str
    status: int
    detail: str
    instance: str


def problem_responses(*slugs: str) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a route: every problem it may answer, by status."""
    by_status: dict[int, list[str]] = {}
    for slug in (*slugs, "validation-failed", "rate-limited", "unavailable", "internal"):
        by_status.setdefault(KINDS[slug].status, [])
        if slug not in by_status[KINDS[slug].status]:
            by_status[KINDS[slug].status].append(slug)
    return {
        status: {
            "description": ", ".join(names),
            "content": {
                PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemOut"}}
            },
        }
        for status, names in sorted(by_status.items())
    }
