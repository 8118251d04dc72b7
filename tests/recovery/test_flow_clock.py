"""A flow started on the system clock can be given another one (the GUI tests give it the
reference service's movable clock): every time it works out follows the new clock."""

from __future__ import annotations

from datetime import timedelta

from dek_desktop.api import RecoveryClient
from dek_desktop.recovery import DraftStore, RecoveryFlow, Step, SystemClock
from tests.conftest import RunningService
from tests.recovery.scenario import code_for, request_code


async def test_the_reset_window_is_counted_on_the_clock_the_flow_was_given(
    client: RecoveryClient, drafts: DraftStore, service: RunningService
) -> None:
    flow = RecoveryFlow(client, drafts)
    assert isinstance(flow.clock, SystemClock)
    service.clock.advance(timedelta(days=3).total_seconds())

    flow.use_clock(service.clock)

    assert flow.clock.now() == service.clock.now()
    await request_code(flow, "active")
    assert flow.state.code_sent_at == service.clock.now()
    reached = await flow.verify(code_for(service, "active"))
    assert reached.step is Step.NEW_PASSWORD
    assert reached.policy is not None
    assert reached.reset_valid_until == service.clock.now() + reached.policy.reset_ttl
