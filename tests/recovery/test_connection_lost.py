"""The service goes away mid-flow: a retryable "no connection" state, then the flow goes on."""

from __future__ import annotations

from dek_desktop.api import Channel
from dek_desktop.recovery import ProblemKind, RecoveryFlow, Step
from tests.conftest import RunningService
from tests.recovery.scenario import code_for, contact_of, request_code


async def test_stopped_on_the_code_page_then_back_the_code_still_verifies(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await request_code(flow, "active")
    code = code_for(service, "active")

    service.stop()
    offline = await flow.verify(code)

    assert offline.step is Step.CODE
    assert offline.busy is None
    assert offline.problem is not None
    assert offline.problem.kind is ProblemKind.NO_CONNECTION
    assert offline.problem.retryable and offline.can_retry
    assert offline.attempts_left is None  # nothing reached the service
    assert offline.last_problem_type == "ServiceUnreachable"

    service.start()
    back = await flow.retry()

    assert back.step is Step.NEW_PASSWORD
    assert back.problem is None
    assert back.last_problem_type == "ServiceUnreachable"  # still told to support


async def test_stopped_before_the_request_then_the_same_request_goes_out_once(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await flow.start()
    flow.go_forgot()
    service.stop()

    offline = await flow.start_recovery(Channel.EMAIL, contact_of("active", Channel.EMAIL))
    assert offline.step is Step.FORGOT
    assert offline.problem is not None and offline.problem.kind is ProblemKind.NO_CONNECTION

    service.start()
    on_code = await flow.retry()
    assert on_code.step is Step.CODE
    assert len(service.outbox()) == 1


async def test_without_the_policy_the_first_page_still_shows_and_retries(
    flow: RecoveryFlow, service: RunningService
) -> None:
    service.stop()
    offline = await flow.start()
    assert offline.step is Step.LOGIN
    assert offline.policy is None
    assert offline.problem is not None and offline.problem.kind is ProblemKind.NO_CONNECTION

    service.start()
    online = await flow.retry()
    assert online.policy is not None and online.problem is None
