"""The ASGI layer every request passes: request id, language, latency, body limit, access log,
and the guarantee that no answer is ever an HTML page or a bare 500."""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .maintenance import MaintenanceSwitch
from .problems import Problem, problem_response

access_log = logging.getLogger("dek_recovery_service.access")
error_log = logging.getLogger("dek_recovery_service.errors")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9\-]{8,64}$")


def choose_language(accept_language: str) -> str:
    """`en` when English is preferred over Russian, else `ru` (the service's first language)."""
    best, best_q = "ru", -1.0
    for part in accept_language.split(","):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in ("ru", "en") and q > best_q:
            best, best_q = primary, q
    return best


class BodyTooLarge(Exception):
    pass


class BodyStalled(Exception):
    pass


class HttpLayer:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        latency_ms: int,
        stall_s: float,
        maintenance: MaintenanceSwitch | None = None,
    ) -> None:
        self.app = app
        self.maintenance = maintenance
        self.max_body_bytes = max_body_bytes
        self.latency_s = latency_ms / 1000
        self.stall_s = stall_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        offered = headers.get("x-request-id", "")
        request_id = offered if _REQUEST_ID.match(offered) else str(uuid.uuid4())
        language = choose_language(headers.get("accept-language", ""))
        state: dict[str, Any] = scope.setdefault("state", {})
        state["request_id"], state["language"] = request_id, language
        status_holder = {"status": 0, "started": False}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                status_holder["started"] = True
                message.setdefault("headers", [])
                message["headers"] = [
                    *message["headers"],
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        limited = scope["method"] != "PATCH"  # tus PATCH bodies are limited by the upload itself
        declared = headers.get("content-length", "")
        try:
            if limited and declared.isdigit() and int(declared) > self.max_body_bytes:
                raise BodyTooLarge
            if self.latency_s:
                await asyncio.sleep(self.latency_s)
            if self.maintenance is not None and scope["path"].startswith("/v1/"):
                retry_after = self.maintenance.retry_after()
                if retry_after is not None:
                    raise Problem("unavailable", retry_after=retry_after)
            await self.app(scope, self._guarded(receive, limited), send_with_id)
        except Exception as error:
            if status_holder["started"]:
                error_log.exception("failure after the answer started, request_id=%s", request_id)
            else:
                problem = self._problem_for(error, request_id)
                response = problem_response(problem, language=language, request_id=request_id)
                await response(scope, receive, send_with_id)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "(no route)"
            access_log.info(
                "method=%s path=%s status=%s ms=%.1f request_id=%s",
                scope["method"],
                template,
                status_holder["status"],
                (time.perf_counter() - started) * 1000,
                request_id,
            )

    def _problem_for(self, error: Exception, request_id: str) -> Problem:
        if isinstance(error, BodyTooLarge):
            return Problem("payload-too-large", max_bytes=self.max_body_bytes)
        if isinstance(error, BodyStalled):
            return Problem("validation-failed", errors=[{"field": "body", "code": "timeout"}])
        if isinstance(error, Problem):
            return error
        error_log.exception("unexpected failure, request_id=%s", request_id)
        return Problem("internal")

    def _guarded(self, receive: Receive, limited: bool) -> Receive:
        received = 0
        body_done = False

        async def guarded_receive() -> Message:
            nonlocal received, body_done
            if body_done:  # later receives wait for a disconnect: no deadline there
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), timeout=self.stall_s)
            except TimeoutError as error:
                raise BodyStalled from error
            if message["type"] == "http.request":
                body_done = not message.get("more_body", False)
                received += len(message.get("body", b""))
                if limited and received > self.max_body_bytes:
                    raise BodyTooLarge
            return message

        return guarded_receive
