"""The whole link pasted into the code field, as mail clients leave it."""

from __future__ import annotations

from dek_desktop.api import Channel
from dek_desktop.recovery import Field, InputIssue, IssueCode, RecoveryFlow, Step
from tests.conftest import RunningService
from tests.recovery.scenario import contact_of, newest_message, request_code


def link_for(service: RunningService, key: str) -> str:
    link = newest_message(service, contact_of(key, Channel.EMAIL))["link"]
    assert isinstance(link, str) and "#rid=" in link
    return link


async def test_a_link_quoted_and_wrapped_by_a_mail_client_verifies(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await request_code(flow, "active")
    link = link_for(service, "active")
    middle = len(link) // 2
    pasted = f'> Ссылка: <{link[:middle]}\n> {link[middle:]}>\u200b "'

    state = await flow.verify(pasted)

    assert state.step is Step.NEW_PASSWORD
    assert state.problem is None


async def test_the_link_of_an_earlier_request_is_not_sent(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await request_code(flow, "active")
    earlier = link_for(service, "active")
    flow.start_again()
    await flow.start_recovery(Channel.EMAIL, contact_of("active", Channel.EMAIL))

    state = await flow.verify(earlier)

    assert state.step is Step.CODE
    assert state.input_issues == (InputIssue(Field.CODE, IssueCode.LINK_OF_OTHER_REQUEST),)
    assert (await flow.verify(link_for(service, "active"))).step is Step.NEW_PASSWORD


async def test_a_link_opened_from_outside_goes_straight_on(
    flow: RecoveryFlow, service: RunningService, second_app: RecoveryFlow
) -> None:
    """The demo inbox (or an installed link handler) hands the link to a fresh app."""
    await request_code(flow, "active")

    state = await second_app.open_link(link_for(service, "active"))

    assert state.step is Step.NEW_PASSWORD
    assert state.recovery_id == flow.state.recovery_id
