"""The app closed on the code page and started again: it offers to continue that recovery."""

from __future__ import annotations

from collections.abc import Callable

from dek_desktop.api import Channel
from dek_desktop.recovery import DraftStore, RecoveryFlow, RecoveryOver, Step
from tests.conftest import RunningService
from tests.recovery.scenario import code_for, request_code


async def test_closed_on_the_code_page_the_relaunched_app_resumes_and_the_code_verifies(
    flow: RecoveryFlow, service: RunningService, relaunch: Callable[[], RecoveryFlow]
) -> None:
    before = await request_code(flow, "active", Channel.SMS)
    del flow  # the window is closed

    again = relaunch()
    draft = again.saved_draft()
    assert draft is not None
    resumed = again.resume(draft)

    assert resumed.step is Step.CODE
    assert resumed.resumed
    assert resumed.recovery_id == before.recovery_id
    assert resumed.destination_masked == before.destination_masked == "+7 914 ***-**-01"
    assert resumed.channel is Channel.SMS
    assert resumed.code_valid_until == before.code_valid_until
    assert resumed.resend_available_at == before.resend_available_at
    assert resumed.contact == ""  # the contact as typed is not kept on disk

    verified = await again.verify(code_for(service, "active", Channel.SMS))
    assert verified.step is Step.NEW_PASSWORD
    assert again.saved_draft() is None  # the code is spent: nothing left to resume


async def test_a_resumed_recovery_can_send_the_code_again(
    flow: RecoveryFlow, service: RunningService, relaunch: Callable[[], RecoveryFlow]
) -> None:
    before = await request_code(flow, "active")
    assert before.policy is not None
    service.clock.advance(before.policy.resend_after.total_seconds())

    again = relaunch()
    draft = again.saved_draft()
    assert draft is not None
    again.resume(draft)
    resent = await again.resend()

    assert resent.delivery is not None and resent.delivery.resent
    saved = again.saved_draft()
    assert saved is not None and saved.code_sent_at == resent.code_sent_at  # saved anew
    assert (await again.verify(code_for(service, "active"))).step is Step.NEW_PASSWORD


async def test_a_draft_past_its_validity_resumes_to_start_again_on_the_same_channel(
    flow: RecoveryFlow, service: RunningService, relaunch: Callable[[], RecoveryFlow]
) -> None:
    before = await request_code(flow, "phone_only", Channel.SMS)
    assert before.code_valid_until is not None
    service.clock.set(before.code_valid_until)

    again = relaunch()
    draft = again.saved_draft()
    assert draft is not None
    expired = again.resume(draft)

    assert expired.step is Step.CODE
    assert expired.recovery_over is RecoveryOver.EXPIRED
    assert again.saved_draft() is None
    restart = again.start_again()
    assert (restart.step, restart.channel, restart.contact) == (Step.FORGOT, Channel.SMS, "")


async def test_starting_again_or_declining_removes_the_draft(
    flow: RecoveryFlow, drafts: DraftStore
) -> None:
    await request_code(flow, "active")
    assert drafts.load() is not None
    flow.start_again()
    assert drafts.load() is None

    await flow.start_recovery(Channel.EMAIL, "anna.ivanova@example.ru")
    assert flow.saved_draft() is not None
    flow.discard_draft()
    assert flow.saved_draft() is None


async def test_after_a_resumed_recovery_the_sign_in_page_asks_for_the_login(
    flow: RecoveryFlow, service: RunningService, relaunch: Callable[[], RecoveryFlow]
) -> None:
    """The draft keeps no contact, so the done page knows no login: «войти с новым паролем»
    leads to the sign-in page instead of sending an empty login."""
    await request_code(flow, "active")
    again = relaunch()
    draft = again.saved_draft()
    assert draft is not None
    again.resume(draft)
    assert (await again.verify(code_for(service, "active"))).step is Step.NEW_PASSWORD
    new_password = "Lighthouse-Egersheld-1876"
    assert (await again.set_new_password(new_password, new_password)).step is Step.DONE
    assert again.state.login == ""

    asked = await again.sign_in_with_new_password()

    assert (asked.step, asked.login, asked.problem, asked.input_issues) == (
        Step.LOGIN,
        "",
        None,
        (),
    )
    signed_in = await again.sign_in("anna.ivanova@example.ru", new_password)
    assert signed_in.step is Step.SIGNED_IN
