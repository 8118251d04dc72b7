"""`POST /v1/captcha`: a fresh picture."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..context import Ctx
from ..models import CaptchaOut, problem_responses

router = APIRouter()


@router.post(
    "/v1/captcha",
    operation_id="new_captcha",
    status_code=201,
    response_model=CaptchaOut,
    responses=problem_responses(),
    tags=["sign-in"],
)
def new_captcha(ctx: Ctx) -> dict[str, Any]:
    return ctx.captcha.create()
