"""Small steps many client tests share: a client on the running service, codes from the outbox."""

from __future__ import annotations

from typing import Any

from dek_desktop.api import Channel, Code, RecoveryClient, RecoveryStarted, RetryPolicy, Timeouts
from tests.conftest import RunningService

QUICK_RETRIES = RetryPolicy(
    max_attempts=3, base_delay_seconds=0.05, max_delay_seconds=0.2, budget_seconds=5
)


def client_on(service: RunningService, **kwargs: Any) -> RecoveryClient:
    kwargs.setdefault("retry", QUICK_RETRIES)
    kwargs.setdefault("timeouts", Timeouts(connect_seconds=5, read_seconds=20, response_seconds=30))
    return RecoveryClient(service.base_url, **kwargs)


def latest_message(service: RunningService, to: str) -> dict[str, Any]:
    for message in service.outbox():
        if message["to"] == to:
            return message
    raise AssertionError(f"nothing was sent to {to}")


def code_sent_to(service: RunningService, to: str) -> Code:
    code = latest_message(service, to)["code"]
    assert isinstance(code, str)
    return Code(code)


def start_recovery(
    client: RecoveryClient, contact: str, channel: Channel = Channel.EMAIL
) -> RecoveryStarted:
    return client.request_recovery(contact, channel)
