"""How long the client waits for the service, per attempt."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Timeouts:
    connect_seconds: float = 5.0
    # The longest silence while waiting for headers or for the next bytes of a body.
    read_seconds: float = 30.0
    # The longest a whole answer may take once it started: a trickling body is abandoned.
    response_seconds: float = 60.0

    def __post_init__(self) -> None:
        for name in ("connect_seconds", "read_seconds", "response_seconds"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive")
