"""Steps shared by the recovery tests: what a user does, and what the demo inbox shows."""

from __future__ import annotations

from typing import Any

from dek_desktop.api import Channel
from dek_desktop.recovery import FlowState, RecoveryFlow, Step
from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService


def newest_message(service: RunningService, to: str) -> dict[str, Any]:
    """The newest message the demo outbox holds for `to` (an address or an E.164 number)."""
    for message in service.outbox():
        if message["to"] == to:
            return message
    raise AssertionError(f"no message was sent to {to}")


def contact_of(key: str, channel: Channel) -> str:
    account = demo_account(key)
    contact = account.email if channel is Channel.EMAIL else account.phone
    assert contact is not None
    return contact


async def request_code(
    flow: RecoveryFlow, key: str, channel: Channel = Channel.EMAIL, typed: str | None = None
) -> FlowState:
    """From the login page to the code page for the demo account `key`."""
    flow.go_forgot()
    state = await flow.start_recovery(channel, typed or contact_of(key, channel))
    assert state.step is Step.CODE, state
    return state


def code_for(service: RunningService, key: str, channel: Channel = Channel.EMAIL) -> str:
    code = newest_message(service, contact_of(key, channel))["code"]
    assert isinstance(code, str)
    return code


def wrong_code(code: str) -> str:
    """Another code of the same length."""
    return code[:-1] + str((int(code[-1]) + 1) % 10)
