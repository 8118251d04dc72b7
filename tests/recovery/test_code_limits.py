"""Wrong codes, an expired code and sending the code again: the limits come from the policy."""

from __future__ import annotations

from datetime import timedelta

from dek_desktop.api import Channel
from dek_desktop.recovery import DraftStore, ProblemKind, RecoveryFlow, RecoveryOver, Step
from tests.conftest import RunningService
from tests.recovery.scenario import code_for, contact_of, request_code, wrong_code


async def test_wrong_codes_until_locked_then_start_again_with_the_contact_kept(
    flow: RecoveryFlow, service: RunningService, drafts: DraftStore
) -> None:
    on_code = await request_code(flow, "active", Channel.SMS, typed="8 914 100-00-01")
    policy = on_code.policy
    assert policy is not None
    first_recovery = on_code.recovery_id
    bad = wrong_code(code_for(service, "active", Channel.SMS))

    for left in range(policy.max_code_attempts - 1, 0, -1):
        state = await flow.verify(bad)
        assert (state.step, state.attempts_left) == (Step.CODE, left)
        assert state.problem is not None and state.problem.kind is ProblemKind.INVALID_CODE

    locked = await flow.verify(bad)
    assert locked.step is Step.CODE
    assert locked.recovery_over is RecoveryOver.LOCKED
    assert locked.problem is not None and locked.problem.kind is ProblemKind.RECOVERY_LOCKED
    assert drafts.load() is None  # nothing left to resume
    right_but_too_late = await flow.verify(code_for(service, "active", Channel.SMS))
    assert right_but_too_late.recovery_over is RecoveryOver.LOCKED  # no more calls

    again = flow.start_again()
    assert again.step is Step.FORGOT
    assert (again.channel, again.contact) == (Channel.SMS, "8 914 100-00-01")
    assert again.delivery is None and again.problem is None

    fresh = await flow.start_recovery(again.channel, again.contact)
    assert fresh.step is Step.CODE and fresh.recovery_id != first_recovery
    assert fresh.attempts_left is None
    assert (await flow.verify(code_for(service, "active", Channel.SMS))).step is Step.NEW_PASSWORD


async def test_a_code_past_its_validity_asks_to_start_again(
    flow: RecoveryFlow, service: RunningService
) -> None:
    on_code = await request_code(flow, "active")
    assert on_code.code_valid_until is not None
    code = code_for(service, "active")

    service.clock.set(on_code.code_valid_until)
    expired = await flow.verify(code)

    assert expired.step is Step.CODE
    assert expired.recovery_over is RecoveryOver.EXPIRED
    assert expired.problem is not None and expired.problem.kind is ProblemKind.RECOVERY_EXPIRED
    assert flow.start_again().contact == contact_of("active", Channel.EMAIL)


async def test_send_again_too_soon_waits_then_the_newest_code_counts(
    flow: RecoveryFlow, service: RunningService
) -> None:
    on_code = await request_code(flow, "active")
    policy = on_code.policy
    assert policy is not None and on_code.delivery is not None
    first_code = code_for(service, "active")

    too_soon = await flow.resend()
    assert too_soon.step is Step.CODE
    assert too_soon.problem is not None and too_soon.problem.kind is ProblemKind.RATE_LIMITED
    assert too_soon.problem.retry_at is not None
    assert too_soon.resend_available_at == too_soon.problem.retry_at
    assert too_soon.resend_available_at == on_code.delivery.sent_at + policy.resend_after
    assert too_soon.delivery is not None and not too_soon.delivery.resent

    service.clock.advance(policy.resend_after.total_seconds())
    resent_at = service.clock.now()
    resent = await flow.resend()
    assert resent.problem is None
    assert resent.delivery is not None and resent.delivery.resent
    assert resent.code_sent_at == resent_at  # «используйте код из сообщения, отправленного в …»
    assert resent.code_valid_until == resent_at + policy.code_ttl
    assert resent.resend_available_at == resent_at + policy.resend_after
    newest_code = code_for(service, "active")
    assert newest_code != first_code

    earlier = await flow.verify(first_code)
    assert earlier.problem is not None and earlier.problem.kind is ProblemKind.INVALID_CODE
    assert earlier.attempts_left == policy.max_code_attempts - 1
    assert (await flow.verify(newest_code)).step is Step.NEW_PASSWORD


async def test_a_resend_keeps_the_code_alive_past_the_first_validity(
    flow: RecoveryFlow, service: RunningService
) -> None:
    on_code = await request_code(flow, "active")
    policy = on_code.policy
    assert policy is not None
    service.clock.advance((policy.code_ttl - timedelta(seconds=1)).total_seconds())
    await flow.resend()
    service.clock.advance(2)  # past the first code's validity, well within the new one's

    assert (await flow.verify(code_for(service, "active"))).step is Step.NEW_PASSWORD
