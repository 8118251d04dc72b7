"""The FastAPI application of API.md, built from settings, a clock and a data dir."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response
from starlette.routing import Match

from . import __version__
from .captcha import CaptchaService
from .clock import Clock, SystemClock
from .context import ServiceContext, get_request_info
from .database import Database
from .http_layer import BodyStalled, BodyTooLarge, HttpLayer
from .idempotency import IdempotencyStore
from .maintenance import MaintenanceSwitch
from .messages import Messenger, OutboxMessenger
from .models import ProblemOut
from .passwords import PasswordHasher
from .problems import PROBLEM_MEDIA_TYPE, Problem, problem_body, problem_response
from .routes import (
    applications,
    captcha,
    demo,
    policy,
    profile,
    recovery,
    session,
    support,
    uploads,
)
from .secrets_store import SecretHasher
from .settings import ServiceSettings

log = logging.getLogger("dek_recovery_service")


def build_context(
    settings: ServiceSettings,
    *,
    data_dir: Path,
    clock: Clock | None = None,
    demo: bool = False,
    messenger: Messenger | None = None,
    remember_captcha_answers: bool = False,
) -> ServiceContext:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "uploads").mkdir(exist_ok=True)
    clock = clock or SystemClock()
    db = Database(data_dir / "service.sqlite3")
    hasher = SecretHasher.from_data_dir(data_dir)
    if messenger is None:
        if not demo:
            raise ValueError("outside demo mode a messenger (SMTP, SMS) must be given")
        messenger = OutboxMessenger(db)
    return ServiceContext(
        settings=settings,
        clock=clock,
        db=db,
        data_dir=data_dir,
        hasher=hasher,
        passwords=PasswordHasher(settings.argon2),
        captcha=CaptchaService(
            db,
            hasher,
            clock,
            ttl_s=settings.captcha_ttl_s,
            digits=settings.captcha_digits,
            remember_answers=remember_captcha_answers,
        ),
        idempotency=IdempotencyStore(db, hasher, clock),
        messenger=messenger,
        demo=demo,
    )


def _field_of(location: tuple[int | str, ...]) -> str:
    parts = [str(part) for part in location if part not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


def allowed_methods(app: FastAPI, request: Request) -> str:
    """Every method some route answers on this path (one path may have several routes)."""
    allowed = []
    for method in ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"):
        probe = {**request.scope, "method": method}
        if any(route.matches(probe)[0] == Match.FULL for route in app.router.routes):
            allowed.append(method)
    return ", ".join(allowed)


def create_app(context: ServiceContext) -> FastAPI:
    app = FastAPI(
        title="DEK Recovery API",
        version=__version__,
        summary="Gets DEK customers back into their personal account (contract: API.md).",
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.context = context

    @app.exception_handler(Problem)
    async def on_problem(request: Request, problem: Problem) -> Response:
        info = get_request_info(request)
        return problem_response(problem, language=info.language, request_id=info.request_id)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, error: RequestValidationError) -> Response:
        info = get_request_info(request)
        errors = [
            {
                "field": _field_of(tuple(item.get("loc", ()))),
                "code": str(item.get("type", "invalid")),
            }
            for item in error.errors()
        ]
        problem = Problem("validation-failed", errors=errors)
        return problem_response(problem, language=info.language, request_id=info.request_id)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, error: StarletteHTTPException) -> Response:
        if isinstance(error.__cause__, BodyTooLarge | BodyStalled):
            raise error.__cause__  # FastAPI's body parsing wrapped it; the HTTP layer answers it
        info = get_request_info(request)
        if error.status_code == 405:
            problem = Problem(
                "not-found",
                detail="This method is not allowed here.",
                headers={**(error.headers or {}), "Allow": allowed_methods(app, request)},
            )
        elif error.status_code == 404:
            problem = Problem("not-found")
        else:
            problem = (
                Problem("internal")
                if error.status_code >= 500
                else Problem(
                    "validation-failed",
                    errors=[{"field": "request", "code": str(error.status_code)}],
                )
            )
        if error.status_code == 405:  # a `not-found` problem whose status says what happened
            body = problem_body(problem, language=info.language, request_id=info.request_id)
            body["status"] = 405
            return JSONResponse(
                body, status_code=405, headers=problem.headers, media_type=PROBLEM_MEDIA_TYPE
            )
        return problem_response(problem, language=info.language, request_id=info.request_id)

    for module in (policy, support, session, captcha, recovery, profile, applications, uploads):
        app.include_router(module.router)
    if context.demo:
        app.include_router(demo.router)

    # The problem schema is referenced by every route's `responses`.
    original_openapi = app.openapi

    def openapi_with_problem() -> dict[str, object]:
        schema = original_openapi()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.setdefault("ProblemOut", ProblemOut.model_json_schema())
        return schema

    app.openapi = openapi_with_problem  # type: ignore[method-assign]

    settings = context.settings
    app.add_middleware(
        HttpLayer,
        max_body_bytes=settings.max_json_body_bytes,
        latency_ms=settings.latency_ms,
        stall_s=settings.upload_stall_s,
        maintenance=MaintenanceSwitch(context.data_dir),
    )
    return app
