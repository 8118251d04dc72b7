"""Signing in: attempts left, the captcha after three failures, and every lock's page."""

from __future__ import annotations

import pytest

from dek_desktop.api import Action, Channel, LockReason
from dek_desktop.recovery import Field, InputIssue, IssueCode, ProblemKind, RecoveryFlow, Step
from dek_recovery_service.lock_reasons import ALLOWED_ACTIONS
from dek_recovery_service.lock_reasons import LockReason as ServiceLockReason
from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService


async def test_wrong_passwords_count_down_then_a_captcha_is_asked_and_solved(
    flow: RecoveryFlow, service: RunningService
) -> None:
    anna = demo_account("active")

    for left in (4, 3, 2):
        state = await flow.sign_in(anna.number, "not-her-password")
        assert (state.step, state.attempts_left) == (Step.LOGIN, left)
        assert state.problem is not None
        assert state.problem.kind is ProblemKind.INVALID_CREDENTIALS

    asked = await flow.sign_in(anna.number, anna.password)
    assert asked.step is Step.LOGIN
    assert asked.captcha is not None and asked.captcha.image_png.startswith(b"\x89PNG")
    assert asked.problem is not None and asked.problem.kind is ProblemKind.CAPTCHA_REQUIRED

    unanswered = await flow.sign_in(anna.number, anna.password)
    assert unanswered.input_issues == (InputIssue(Field.CAPTCHA, IssueCode.REQUIRED),)

    misread = await flow.sign_in(anna.number, anna.password, captcha_answer="00000")
    assert misread.problem is not None and misread.problem.kind is ProblemKind.CAPTCHA_WRONG
    assert misread.captcha is not None and misread.captcha.id != asked.captcha.id

    refreshed = await flow.refresh_captcha()
    assert refreshed.captcha is not None and refreshed.captcha.id != misread.captcha.id

    answer = service.captcha_answer(refreshed.captcha.id)
    signed_in = await flow.sign_in(anna.number, anna.password, captcha_answer=answer)
    assert signed_in.step is Step.SIGNED_IN
    assert signed_in.captcha is None and signed_in.attempts_left is None


@pytest.mark.parametrize("typed", ["8 914 100-00-01", "100 200 301", " Anna.Ivanova@Example.RU "])
async def test_a_login_is_normalised_before_it_is_sent(flow: RecoveryFlow, typed: str) -> None:
    state = await flow.sign_in(typed, demo_account("active").password)

    assert state.step is Step.SIGNED_IN
    assert state.login == typed  # the field keeps what the user typed


async def test_empty_fields_are_not_sent(flow: RecoveryFlow) -> None:
    state = await flow.sign_in(" ", "")

    assert state.step is Step.LOGIN
    assert state.input_issues == (
        InputIssue(Field.LOGIN, IssueCode.REQUIRED),
        InputIssue(Field.PASSWORD, IssueCode.REQUIRED),
    )


async def test_too_many_attempts_offers_waiting_and_recovery(flow: RecoveryFlow) -> None:
    maria = demo_account("locked_attempts")

    blocked = await flow.sign_in(maria.email or "", maria.password)

    assert blocked.step is Step.BLOCKED
    assert blocked.lock is not None
    assert blocked.lock.reason is LockReason.TOO_MANY_ATTEMPTS
    assert blocked.lock.actions == (Action.WAIT, Action.RECOVER)
    assert blocked.lock.locked_until is not None
    assert blocked.last_problem_type == "urn:dek:problem:account-locked"

    recover = flow.go_forgot()  # the `recover` action: the e-mail typed as login prefills
    assert recover.step is Step.FORGOT
    assert (recover.channel, recover.contact) == (Channel.EMAIL, maria.email)
    assert recover.lock is None


@pytest.mark.parametrize(
    "key", ["dormant", "compromised", "suspicious", "terms", "recovery_violation"]
)
async def test_each_lock_reason_offers_exactly_the_services_actions(
    flow: RecoveryFlow, key: str
) -> None:
    account = demo_account(key)
    assert account.lock_reason is not None

    blocked = await flow.sign_in(account.number, account.password)

    assert blocked.step is Step.BLOCKED
    assert blocked.lock is not None
    assert blocked.lock.reason is LockReason(account.lock_reason)
    service_actions = ALLOWED_ACTIONS[ServiceLockReason(account.lock_reason)]
    assert blocked.lock.actions == tuple(Action(action) for action in service_actions)
    assert blocked.lock.locked_until is None
    assert flow.go_back().step is Step.LOGIN


async def test_a_wrong_password_for_a_blocked_account_tells_nothing(flow: RecoveryFlow) -> None:
    state = await flow.sign_in(demo_account("terms").number, "a-guess-1234")

    assert state.step is Step.LOGIN
    assert state.lock is None
    assert state.attempts_left == 4
