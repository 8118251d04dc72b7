"""The root of everything the client raises about talking to the service."""

from __future__ import annotations


class ApiError(Exception):
    """A call did not succeed; `request_id` is the X-Request-ID of the attempt that failed."""

    def __init__(self, message: str, *, request_id: str | None) -> None:
        suffix = f" [request {request_id}]" if request_id else ""
        super().__init__(f"{message}{suffix}")
        self.request_id = request_id
