"""What comes next: each answer or problem of the API, applied to the current state.

Pure functions (state, answer, now) -> state; the flow runs the calls and publishes the result.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from dek_desktop.api import problems
from dek_desktop.api.api_error import ApiError
from dek_desktop.api.models import (
    CodeResent,
    IdentityAsked,
    RecoveryStarted,
    ResetGranted,
    SignedIn,
)

from .flow_state import AccountLock, CodeDelivery, FlowState, RecoveryOver
from .input_issue import InputIssue
from .page_problem import page_problem
from .step import Step

_ENDS_RECOVERY: dict[type[problems.ProblemError], RecoveryOver] = {
    problems.RecoveryExpired: RecoveryOver.EXPIRED,
    problems.RecoveryLocked: RecoveryOver.LOCKED,
    problems.ResetTokenInvalid: RecoveryOver.EXPIRED,
    problems.NotFound: RecoveryOver.EXPIRED,
}


def moved(state: FlowState, step: Step, **changes: Any) -> FlowState:
    """On `step` with nothing left over from the previous page's attempts."""
    fresh: dict[str, Any] = {
        "step": step,
        "busy": None,
        "problem": None,
        "input_issues": (),
        "password_violations": (),
    }
    if step is not state.step:
        fresh |= {"captcha": None, "attempts_left": None}
    return replace(state, **(fresh | changes))


def failed(state: FlowState, failure: ApiError, now: datetime, **changes: Any) -> FlowState:
    """The same page, showing what went wrong (and a captcha or the fields' issues)."""
    shown = page_problem(failure, now)
    fresh: dict[str, Any] = {
        "busy": None,
        "problem": shown,
        "last_problem_type": shown.type,
        "input_issues": (),
    }
    if isinstance(failure, problems.ValidationFailed):
        fresh["input_issues"] = tuple(InputIssue(e.field, e.code) for e in failure.errors)
    if isinstance(failure, problems.CaptchaRequired):
        fresh["captcha"] = failure.captcha
    return replace(state, **(fresh | changes))


def blocked(state: FlowState, failure: problems.AccountLocked, now: datetime) -> FlowState:
    lock = AccountLock(failure.reason, failure.locked_until, failure.actions)
    return replace(
        moved(state, Step.BLOCKED, lock=lock, delivery=None),
        last_problem_type=page_problem(failure, now).type,
    )


def recovery_ended(state: FlowState, failure: ApiError, now: datetime) -> FlowState | None:
    """The code page offering to start again, when `failure` ends this recovery request."""
    over = _ENDS_RECOVERY.get(type(failure)) if isinstance(failure, problems.ProblemError) else None
    if over is None:
        return None
    return failed(moved(state, Step.CODE, recovery_over=over), failure, now, attempts_left=None)


# --- sign-in ---------------------------------------------------------------------------------


def signed_in(state: FlowState, answer: SignedIn) -> FlowState:
    return moved(state, Step.SIGNED_IN, signed_in=answer.account, lock=None)


def sign_in_failed(state: FlowState, failure: ApiError, now: datetime) -> FlowState:
    if isinstance(failure, problems.AccountLocked):
        return blocked(state, failure, now)
    on_login = moved(state, Step.LOGIN) if state.step is not Step.LOGIN else state
    if isinstance(failure, problems.InvalidCredentials):
        return failed(on_login, failure, now, attempts_left=failure.attempts_left, captcha=None)
    return failed(on_login, failure, now)


# --- recovery request and code ---------------------------------------------------------------


def recovery_started(state: FlowState, answer: RecoveryStarted, now: datetime) -> FlowState:
    delivery = CodeDelivery(
        recovery_id=answer.recovery_id,
        channel=answer.channel,
        destination_masked=answer.destination_masked,
        code_length=answer.code_length,
        sent_at=now,
        valid_until=now + answer.expires_in,
        resend_available_at=now + answer.resend_in,
    )
    return moved(
        state,
        Step.CODE,
        delivery=delivery,
        recovery_over=None,
        resumed=False,
        attempts_left=None,
        captcha=None,
        identity_questions=(),
        accounts=(),
        chosen_account=None,
        reset_valid_until=None,
    )


def recovery_request_failed(state: FlowState, failure: ApiError, now: datetime) -> FlowState:
    return failed(state, failure, now)


def code_resent(state: FlowState, answer: CodeResent, now: datetime) -> FlowState:
    assert state.delivery is not None
    delivery = replace(
        state.delivery,
        sent_at=now,
        valid_until=now + answer.expires_in,
        resend_available_at=now + answer.resend_in,
        resent=True,
    )
    return moved(state, Step.CODE, delivery=delivery, attempts_left=state.attempts_left)


def resend_failed(state: FlowState, failure: ApiError, now: datetime) -> FlowState:
    ended = recovery_ended(state, failure, now)
    if ended is not None:
        return ended
    if isinstance(failure, problems.RateLimited) and state.delivery is not None:
        later = max(state.delivery.resend_available_at, now + failure.retry_after)
        return failed(
            state, failure, now, delivery=replace(state.delivery, resend_available_at=later)
        )
    return failed(state, failure, now)


def verified(state: FlowState, answer: ResetGranted | IdentityAsked, now: datetime) -> FlowState:
    if isinstance(answer, IdentityAsked):
        return moved(state, Step.IDENTITY, identity_questions=answer.questions)
    return reset_granted(state, answer, now)


def reset_granted(state: FlowState, answer: ResetGranted, now: datetime) -> FlowState:
    accounts = answer.accounts
    step = Step.ACCOUNT_CHOICE if len(accounts) > 1 else Step.NEW_PASSWORD
    return moved(
        state,
        step,
        accounts=accounts,
        chosen_account=accounts[0] if len(accounts) == 1 else None,
        reset_valid_until=now + answer.reset_expires_in,
        identity_questions=(),
    )


def verify_failed(state: FlowState, failure: ApiError, now: datetime) -> FlowState:
    if isinstance(failure, problems.AccountLocked):
        return blocked(state, failure, now)
    ended = recovery_ended(state, failure, now)
    if ended is not None:
        return ended
    if isinstance(failure, problems.InvalidCode):
        return failed(state, failure, now, attempts_left=failure.attempts_left)
    return failed(state, failure, now)


# --- identity, account, new password ---------------------------------------------------------


def identity_failed(state: FlowState, failure: ApiError, now: datetime) -> FlowState:
    if isinstance(failure, problems.AccountLocked):
        return blocked(state, failure, now)
    ended = recovery_ended(state, failure, now)
    if ended is not None:
        return ended
    if isinstance(failure, problems.IdentityMismatch):
        return failed(state, failure, now, attempts_left=failure.attempts_left)
    return failed(state, failure, now)


def password_set(state: FlowState, login_to_use: str) -> FlowState:
    return moved(
        state,
        Step.DONE,
        login=login_to_use,
        delivery=None,
        recovery_over=None,
        reset_valid_until=None,
        lock=None,
    )


def password_failed(state: FlowState, failure: ApiError, now: datetime) -> FlowState:
    if isinstance(failure, problems.AccountLocked):
        return blocked(state, failure, now)
    ended = recovery_ended(state, failure, now)
    if ended is not None:
        return ended
    if isinstance(failure, problems.PasswordRejected):
        return failed(state, failure, now, password_violations=failure.violations)
    return failed(state, failure, now)
