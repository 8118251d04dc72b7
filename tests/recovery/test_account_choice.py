"""Two accounts on one phone (a flat and a dacha): the user picks one."""

from __future__ import annotations

from dek_desktop.api import Channel
from dek_desktop.recovery import Field, InputIssue, IssueCode, RecoveryFlow, Step
from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService
from tests.recovery.scenario import code_for, request_code

NEW_PASSWORD = "Дача-у-моря-2027"


async def test_the_dacha_is_chosen_and_only_its_password_changes(
    flow: RecoveryFlow, service: RunningService, second_app: RecoveryFlow
) -> None:
    await request_code(flow, "shared_flat", Channel.SMS)

    choice = await flow.verify(code_for(service, "shared_flat", Channel.SMS))

    assert choice.step is Step.ACCOUNT_CHOICE
    assert {(a.number_masked, a.address_hint) for a in choice.accounts} == {
        ("*****0310", demo_account("shared_flat").address_hint),
        ("*****0311", demo_account("shared_dacha").address_hint),
    }
    assert choice.chosen_account is None

    unknown = flow.choose_account("no-such-account")
    assert unknown.step is Step.ACCOUNT_CHOICE
    assert unknown.input_issues == (InputIssue(Field.ACCOUNT, IssueCode.UNKNOWN_ACCOUNT),)

    dacha = next(a for a in choice.accounts if a.number_masked.endswith("0311"))
    on_password = flow.choose_account(dacha.id)
    assert on_password.step is Step.NEW_PASSWORD
    assert on_password.chosen_account == dacha
    assert flow.back_step is Step.ACCOUNT_CHOICE

    assert (await flow.set_new_password(NEW_PASSWORD, NEW_PASSWORD)).step is Step.DONE
    signed_in = await flow.sign_in_with_new_password()  # by the shared phone number
    assert signed_in.signed_in is not None
    assert signed_in.signed_in.login == demo_account("shared_dacha").number

    flat = demo_account("shared_flat")
    still_flat = await second_app.sign_in(flat.number, flat.password)
    assert still_flat.step is Step.SIGNED_IN  # the flat kept its password


async def test_going_back_to_the_choice_keeps_the_reset(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await request_code(flow, "shared_flat", Channel.SMS)
    choice = await flow.verify(code_for(service, "shared_flat", Channel.SMS))
    flat, dacha = sorted(choice.accounts, key=lambda a: a.number_masked)
    flow.choose_account(dacha.id)

    assert flow.go_back().step is Step.ACCOUNT_CHOICE
    flow.choose_account(flat.id)
    assert (await flow.set_new_password(NEW_PASSWORD, NEW_PASSWORD)).step is Step.DONE

    signed_in = await flow.sign_in_with_new_password()
    assert signed_in.signed_in is not None
    assert signed_in.signed_in.login == demo_account("shared_flat").number
