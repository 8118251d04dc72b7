"""Recovery by a code from the message, by SMS and by e-mail, down to signing in again."""

from __future__ import annotations

import pytest

from dek_desktop.api import Channel
from dek_desktop.recovery import Field, InputIssue, IssueCode, RecoveryFlow, Step
from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService
from tests.recovery.scenario import code_for, newest_message, request_code

NEW_PASSWORD = "Тихий-океан-2027"


async def test_recovery_by_e_mail_code_ends_signed_in_with_the_new_password(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await flow.start()
    policy = flow.state.policy
    assert policy is not None
    sent_at = service.clock.now()

    on_code = await request_code(flow, "active", Channel.EMAIL)

    assert on_code.destination_masked == "an**********@example.ru"
    assert on_code.code_sent_at == sent_at
    assert on_code.code_valid_until == sent_at + policy.code_ttl
    assert on_code.resend_available_at == sent_at + policy.resend_after
    assert on_code.delivery is not None and on_code.delivery.code_length == policy.code_length

    on_password = await flow.verify(code_for(service, "active"))
    assert on_password.step is Step.NEW_PASSWORD
    assert on_password.reset_valid_until == sent_at + policy.reset_ttl
    assert [a.number_masked for a in on_password.accounts] == ["*****0301"]

    done = await flow.set_new_password(NEW_PASSWORD, NEW_PASSWORD)
    assert done.step is Step.DONE
    assert done.login == demo_account("active").email  # prefilled for signing in

    signed_in = await flow.sign_in_with_new_password()
    assert signed_in.step is Step.SIGNED_IN
    assert signed_in.signed_in is not None
    assert signed_in.signed_in.login == demo_account("active").number


@pytest.mark.parametrize("typed", ["8 914 100-00-02", "+7 (914) 100-00-02", "9141000002"])
async def test_a_phone_typed_the_russian_ways_is_one_number(
    flow: RecoveryFlow, service: RunningService, typed: str
) -> None:
    on_code = await request_code(flow, "phone_only", Channel.SMS, typed=typed)

    assert on_code.destination_masked == "+7 914 ***-**-02"
    assert on_code.contact == typed  # kept as typed for Back and for starting again
    message = newest_message(service, "+79141000002")
    assert message["channel"] == "sms"
    assert (await flow.verify(message["code"])).step is Step.NEW_PASSWORD


async def test_the_contact_is_checked_before_anything_is_sent(
    flow: RecoveryFlow, service: RunningService
) -> None:
    flow.go_forgot()

    by_mail = await flow.start_recovery(Channel.EMAIL, "anna.ivanova@")
    assert by_mail.step is Step.FORGOT
    assert by_mail.input_issues == (InputIssue(Field.CONTACT, IssueCode.EMAIL_INVALID),)

    by_sms = await flow.start_recovery(Channel.SMS, "8 914 100")
    assert by_sms.input_issues == (InputIssue(Field.CONTACT, IssueCode.PHONE_INVALID),)

    landline = await flow.start_recovery(Channel.SMS, "8 (4232) 22-22-22")
    assert landline.input_issues == (InputIssue(Field.CONTACT, IssueCode.PHONE_NOT_MOBILE),)

    with_number = await flow.start_recovery(Channel.EMAIL, "", "100-200-30x")
    assert with_number.input_issues == (
        InputIssue(Field.CONTACT, IssueCode.REQUIRED),
        InputIssue(Field.ACCOUNT_NUMBER, IssueCode.ACCOUNT_NUMBER_INVALID),
    )
    assert service.outbox() == []


async def test_the_optional_account_number_narrows_the_request(
    flow: RecoveryFlow, service: RunningService
) -> None:
    flow.go_forgot()
    on_code = await flow.start_recovery(Channel.SMS, "+79141000010", "100 200 311")
    assert on_code.step is Step.CODE

    on_password = await flow.verify(newest_message(service, "+79141000010")["code"])

    assert on_password.step is Step.NEW_PASSWORD
    assert [a.number_masked for a in on_password.accounts] == ["*****0311"]


async def test_what_is_typed_into_the_code_field_is_checked_first(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await request_code(flow, "active")

    for typed, code in [
        ("", IssueCode.REQUIRED),
        ("12345", IssueCode.CODE_WRONG_LENGTH),
        ("12a456", IssueCode.CODE_NOT_DIGITS),
        ("https://lk.dvec.ru/recover#rid=", IssueCode.LINK_UNREADABLE),
    ]:
        state = await flow.verify(typed)
        assert state.step is Step.CODE
        assert state.input_issues == (InputIssue(Field.CODE, code),)
        assert state.attempts_left is None  # nothing was sent, no try was used

    spaced = " ".join(code_for(service, "active"))  # «1 2 3 4 5 6» read out from an SMS
    assert (await flow.verify(spaced)).step is Step.NEW_PASSWORD


async def test_going_back_from_the_code_page_keeps_what_was_typed(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await request_code(flow, "active", Channel.SMS, typed="8 914 100-00-01")

    back = flow.go_back()

    assert back.step is Step.FORGOT
    assert (back.channel, back.contact) == (Channel.SMS, "8 914 100-00-01")
    assert flow.go_back().step is Step.LOGIN
    assert flow.go_back().step is Step.LOGIN  # nothing before the login page


async def test_a_captcha_on_the_request_page_then_the_same_request_goes_through(
    flow: RecoveryFlow, service: RunningService
) -> None:
    flow.go_forgot()
    contact = "+7 914 100-00-02"
    for _ in range(service.settings.recovery_contact_captcha_after):
        assert (await flow.start_recovery(Channel.SMS, contact)).step is Step.CODE
        flow.start_again()

    asked = await flow.start_recovery(Channel.SMS, contact)
    assert asked.step is Step.FORGOT
    assert asked.captcha is not None

    answer = service.captcha_answer(asked.captcha.id)
    on_code = await flow.start_recovery(Channel.SMS, contact, captcha_answer=answer)
    assert on_code.step is Step.CODE
    assert on_code.captcha is None
    assert (await flow.verify(newest_message(service, "+79141000002")["code"])).step is (
        Step.NEW_PASSWORD
    )
