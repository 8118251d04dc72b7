"""The new password: the policy's checklist here, the service's violations in stable codes."""

from __future__ import annotations

from dek_desktop.recovery import (
    Field,
    InputIssue,
    IssueCode,
    ProblemKind,
    RecoveryFlow,
    RecoveryOver,
    Step,
)
from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService
from tests.recovery.scenario import code_for, request_code


async def reach_new_password(flow: RecoveryFlow, service: RunningService) -> None:
    await request_code(flow, "active")
    assert (await flow.verify(code_for(service, "active"))).step is Step.NEW_PASSWORD


async def test_the_checklist_comes_from_the_policy_and_nothing_short_is_sent(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await reach_new_password(flow, service)
    policy = flow.state.policy
    assert policy is not None
    short = "ё" * (policy.password.min_length - 1)

    checklist = flow.password_checklist(short, short)
    assert checklist is not None
    assert not checklist.long_enough and checklist.repeated and not checklist.passed

    too_short = await flow.set_new_password(short, short)
    assert too_short.step is Step.NEW_PASSWORD
    assert too_short.input_issues == (InputIssue(Field.NEW_PASSWORD, IssueCode.TOO_SHORT),)
    assert too_short.problem is None  # not sent

    mismatch = await flow.set_new_password("Амурский-залив-1", "Амурский-залив-2")
    assert mismatch.input_issues == (InputIssue(Field.REPEAT_PASSWORD, IssueCode.MISMATCH),)

    long_one = "ж" * (policy.password.max_length + 1)
    too_long = await flow.set_new_password(long_one, long_one)
    assert too_long.input_issues == (InputIssue(Field.NEW_PASSWORD, IssueCode.TOO_LONG),)


async def test_the_account_number_as_password_is_refused_by_the_service(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await reach_new_password(flow, service)  # recovered by e-mail: the number was never typed
    number = demo_account("active").number

    rejected = await flow.set_new_password(number, number)

    assert rejected.step is Step.NEW_PASSWORD
    assert rejected.problem is not None and rejected.problem.kind is ProblemKind.PASSWORD_REJECTED
    assert rejected.password_violations == ("same_as_login",)


async def test_the_login_typed_on_the_login_page_is_refused_here(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await flow.sign_in("8 914 100-00-01", "forgotten-it")
    await request_code(flow, "active")
    await flow.verify(code_for(service, "active"))

    same = await flow.set_new_password("8 914 100-00-01", "8 914 100-00-01")

    assert same.input_issues == (InputIssue(Field.NEW_PASSWORD, IssueCode.SAME_AS_LOGIN),)


async def test_password_typed_in_the_latin_layout_is_too_common(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await reach_new_password(flow, service)

    rejected = await flow.set_new_password("gfhjkm123", "gfhjkm123")  # «пароль123»

    assert rejected.password_violations == ("too_common",)
    accepted = await flow.set_new_password("Золотой-Рог-1860", "Золотой-Рог-1860")
    assert accepted.step is Step.DONE
    assert accepted.password_violations == ()


async def test_the_reset_window_over_asks_to_start_again(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await reach_new_password(flow, service)
    assert flow.state.reset_valid_until is not None
    service.clock.set(flow.state.reset_valid_until)

    over = await flow.set_new_password("Золотой-Рог-1860", "Золотой-Рог-1860")

    assert over.step is Step.CODE
    assert over.recovery_over is RecoveryOver.EXPIRED
    assert over.problem is not None and over.problem.kind is ProblemKind.RECOVERY_EXPIRED
    assert flow.start_again().step is Step.FORGOT
