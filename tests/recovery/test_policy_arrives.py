"""The policy reaches the flow's state even when the user moves on while it is loading (the
request page shows only the policy's channels from it)."""

from __future__ import annotations

import asyncio
import contextlib

from dek_desktop.recovery import FlowState, RecoveryFlow, Step


async def test_a_move_while_the_policy_loads_does_not_lose_it(flow: RecoveryFlow) -> None:
    arrived = asyncio.Event()

    def listener(state: FlowState) -> None:
        if state.policy is not None:
            arrived.set()

    flow.subscribe(listener)
    loading = asyncio.ensure_future(flow.start())
    await asyncio.sleep(0)  # the policy call is under way
    on_forgot = flow.go_forgot()  # «Забыли пароль?» before the answer: the call is dropped
    with contextlib.suppress(asyncio.CancelledError):
        await loading

    await asyncio.wait_for(arrived.wait(), timeout=10)

    assert on_forgot.step is Step.FORGOT
    assert flow.state.step is Step.FORGOT
    assert flow.state.policy is not None
    assert flow.state.busy is None
