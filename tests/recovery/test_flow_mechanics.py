"""How pages follow the flow: published states, busy, cancel, answers dropped after leaving."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dek_desktop.api import Channel, RecoveryClient
from dek_desktop.recovery import DraftStore, FlowState, RecoveryFlow, Step, UserAction
from tests.conftest import RunningService
from tests.recovery.conftest import QUICK_RETRY
from tests.recovery.scenario import code_for, contact_of, request_code

SLOW_MS = 400


@pytest.fixture
def slow_service(service_factory: Callable[..., RunningService]) -> RunningService:
    """Every answer takes a while, so a call is still under way when the user acts."""
    return service_factory(latency_ms=SLOW_MS)


@pytest.fixture
def slow_flow(slow_service: RunningService, tmp_path: Path) -> Iterator[RecoveryFlow]:
    with RecoveryClient(slow_service.base_url, retry=QUICK_RETRY) as client:
        yield RecoveryFlow(client, DraftStore(tmp_path / "slow"), clock=slow_service.clock)


async def busy_with(flow: RecoveryFlow, action: UserAction) -> None:
    """Returns once the flow shows `action` as under way."""
    seen = asyncio.Event()
    unsubscribe = flow.subscribe(lambda state: seen.set() if state.busy is action else None)
    try:
        await seen.wait()
    finally:
        unsubscribe()


async def test_a_listener_sees_busy_then_the_answer(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await request_code(flow, "active")
    seen: list[FlowState] = []
    unsubscribe = flow.subscribe(seen.append)

    await flow.verify(code_for(service, "active"))
    unsubscribe()
    await flow.set_new_password("Русский-остров-2012", "Русский-остров-2012")

    assert [(s.step, s.busy) for s in seen] == [
        (Step.CODE, UserAction.VERIFY),
        (Step.NEW_PASSWORD, None),
    ]


async def test_cancel_leaves_the_page_as_it_was(
    slow_flow: RecoveryFlow, slow_service: RunningService
) -> None:
    slow_flow.go_forgot()
    request = asyncio.create_task(
        slow_flow.start_recovery(Channel.EMAIL, contact_of("active", Channel.EMAIL))
    )
    await busy_with(slow_flow, UserAction.REQUEST_RECOVERY)

    slow_flow.cancel()

    with pytest.raises(asyncio.CancelledError):
        await request
    assert slow_flow.state.step is Step.FORGOT
    assert slow_flow.state.busy is None
    assert slow_flow.state.contact == contact_of("active", Channel.EMAIL)


async def test_an_answer_after_the_user_left_the_page_is_dropped(
    slow_flow: RecoveryFlow, slow_service: RunningService
) -> None:
    await request_code(slow_flow, "active")
    verify = asyncio.create_task(slow_flow.verify(code_for(slow_service, "active")))
    await busy_with(slow_flow, UserAction.VERIFY)

    back = slow_flow.go_back()

    assert back.step is Step.FORGOT and back.busy is None
    with pytest.raises(asyncio.CancelledError):
        await verify
    assert slow_flow.state.step is Step.FORGOT


async def test_the_policy_is_fetched_once_per_run(
    flow: RecoveryFlow, client: RecoveryClient
) -> None:
    first = await flow.start()
    requests_so_far = client.recent_request_ids()

    second = await flow.start()

    assert client.recent_request_ids() == requests_so_far  # no request at all
    assert second.policy is first.policy is not None


async def test_unsubscribed_listeners_hear_nothing(flow: RecoveryFlow) -> None:
    heard: list[Step] = []
    unsubscribe = flow.subscribe(lambda state: heard.append(state.step))
    flow.go_forgot()
    unsubscribe()
    unsubscribe()  # twice is harmless
    flow.go_back()

    assert heard == [Step.FORGOT]


async def test_an_action_of_another_page_is_ignored(flow: RecoveryFlow) -> None:
    before = flow.state

    assert await flow.verify("123456") is before  # the login page has no code
    assert await flow.resend() is before
    assert await flow.set_new_password("Длинный-пароль-1", "Длинный-пароль-1") is before
    assert await flow.answer_identity({}, consent_given=True) is before
