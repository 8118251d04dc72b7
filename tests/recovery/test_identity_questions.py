"""Identity questions after the code: the consent first, then the answers; three tries."""

from __future__ import annotations

from dek_desktop.api import Action, ApplicationReason, LockReason
from dek_desktop.recovery import (
    Field,
    InputIssue,
    IssueCode,
    ProblemKind,
    RecoveryFlow,
    Step,
    answer_field,
)
from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService
from tests.recovery.scenario import code_for, request_code

NEW_PASSWORD = "Светлая-улица-12!"


async def reach_questions(flow: RecoveryFlow, service: RunningService) -> None:
    await request_code(flow, "identity")
    state = await flow.verify(code_for(service, "identity"))
    assert state.step is Step.IDENTITY
    assert [q.id for q in state.identity_questions] == ["snils_last4", "passport", "address"]
    assert state.identity_questions[0].label == "Последние 4 цифры СНИЛС"
    assert state.policy is not None and state.policy.consent.text_ru  # the consent to show


async def test_right_answers_typed_loosely_lead_to_the_new_password(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await reach_questions(flow, service)
    answers = {"snils_last4": " 44-17 ", "passport": "0507 123-456", "address": "СВЕТЛАЯ  12"}

    without_consent = await flow.answer_identity(answers, consent_given=False)
    assert without_consent.step is Step.IDENTITY
    assert without_consent.input_issues == (InputIssue(Field.CONSENT, IssueCode.CONSENT_MISSING),)

    granted = await flow.answer_identity(answers, consent_given=True)
    assert granted.step is Step.NEW_PASSWORD
    assert (await flow.set_new_password(NEW_PASSWORD, NEW_PASSWORD)).step is Step.DONE
    assert (await flow.sign_in_with_new_password()).step is Step.SIGNED_IN


async def test_answers_are_checked_for_form_without_using_a_try(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await reach_questions(flow, service)

    state = await flow.answer_identity(
        {"snils_last4": "44l7", "passport": "", "address": "Светлая 12"}, consent_given=True
    )

    assert state.input_issues == (
        InputIssue(answer_field("snils_last4"), IssueCode.DIGITS_ONLY),
        InputIssue(answer_field("passport"), IssueCode.REQUIRED),
    )
    right = dict(demo_account("identity").identity_answers)
    assert (await flow.answer_identity(right, consent_given=True)).step is Step.NEW_PASSWORD


async def test_the_third_wrong_answer_blocks_and_offers_documents(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await reach_questions(flow, service)
    wrong = {"snils_last4": "0000", "passport": "0000 000000", "address": "Ленина 1"}

    first = await flow.answer_identity(wrong, consent_given=True)
    assert (first.step, first.attempts_left) == (Step.IDENTITY, 2)
    assert first.problem is not None and first.problem.kind is ProblemKind.IDENTITY_MISMATCH
    second = await flow.answer_identity(wrong, consent_given=True)
    assert second.attempts_left == 1

    blocked = await flow.answer_identity(wrong, consent_given=True)
    assert blocked.step is Step.BLOCKED
    assert blocked.lock is not None
    assert blocked.lock.reason is LockReason.SUSPICIOUS_ACTIVITY
    assert blocked.lock.actions == (Action.DOCUMENTS, Action.SUPPORT)
    assert blocked.lock.locked_until is None

    documents = flow.go_documents()
    assert documents.step is Step.DOCUMENTS
    assert documents.documents_reason is ApplicationReason.ACCOUNT_BLOCKED
    assert flow.go_back().step is Step.BLOCKED
