"""The service goes away mid-flow: a retryable "no connection" state, then the flow goes on."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from dek_desktop.api import Channel, RecoveryClient, Timeouts
from dek_desktop.recovery import DraftStore, ProblemKind, RecoveryFlow, Step
from tests.conftest import RunningService
from tests.recovery.conftest import QUICK_RETRY
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


@pytest.fixture
def silent_address() -> Iterator[str]:
    """Something that accepts connections and never answers (a hung server or proxy)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        host, port = listener.getsockname()
        yield f"http://{host}:{port}"


async def test_a_service_that_never_answers_is_a_retryable_timeout(
    silent_address: str, drafts: DraftStore
) -> None:
    impatient = Timeouts(connect_seconds=1.0, read_seconds=0.2, response_seconds=1.0)
    with RecoveryClient(silent_address, timeouts=impatient, retry=QUICK_RETRY) as client:
        flow = RecoveryFlow(client, drafts)

        state = await flow.start()

    assert state.step is Step.LOGIN
    assert state.problem is not None
    assert state.problem.kind is ProblemKind.TIMEOUT
    assert state.can_retry
