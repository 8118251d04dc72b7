"""Identity questions: no reset token before they are answered, consent first, three tries."""

from __future__ import annotations

from typing import Any

from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService
from tests.service.recovery_calls import (
    answer_identity,
    last_message_to,
    problem_of,
    set_password,
    started,
    verify,
)

TATIANA = demo_account("identity")
EMAIL = "tatiana.belova@example.ru"


def _asked(service: RunningService, *, language: str = "ru") -> tuple[str, dict[str, Any]]:
    recovery_id = started(service, EMAIL)
    code = last_message_to(service, EMAIL)["code"]
    answer = verify(service, recovery_id, code=code, language=language)
    assert answer.status_code == 200, answer.text
    asked: dict[str, Any] = answer.json()
    return recovery_id, asked


def test_a_right_code_asks_the_questions_and_gives_no_reset_token(
    service: RunningService,
) -> None:
    _, asked = _asked(service)
    assert set(asked) == {"identity_token", "identity_questions"}
    assert asked["identity_questions"] == [
        {"id": "snils_last4", "label": "Последние 4 цифры СНИЛС", "kind": "digits"},
        {"id": "passport", "label": "Серия и номер паспорта", "kind": "digits"},
        {"id": "address", "label": "Улица и дом, где подключена услуга", "kind": "text"},
    ]


def test_the_labels_come_in_the_requests_language(service: RunningService) -> None:
    _, asked = _asked(service, language="en")
    labels = [question["label"] for question in asked["identity_questions"]]
    assert labels == [
        "Last 4 digits of SNILS",
        "Passport series and number",
        "Street and house of the service address",
    ]


def test_the_identity_token_is_no_reset_token(service: RunningService) -> None:
    recovery_id, asked = _asked(service)
    answer = set_password(service, recovery_id, asked["identity_token"], "a new long sentence")
    problem_of(answer, "reset-token-invalid", 401)


def test_normalised_right_answers_give_the_reset_token(service: RunningService) -> None:
    recovery_id, asked = _asked(service)
    answers = {"snils_last4": " 44-17 ", "passport": "05 07 № 123456", "address": "СВЕТЛАЯ  12"}
    answer = answer_identity(service, recovery_id, asked["identity_token"], answers)
    assert answer.status_code == 200, answer.text
    granted = answer.json()
    assert set(granted) == {"reset_token", "reset_expires_in", "accounts"}
    assert granted["reset_expires_in"] == 900
    assert granted["accounts"][0]["number_masked"] == "*****0309"
    consent = service.context.db.one(
        "SELECT version, given_at FROM consents WHERE subject = ?", (f"recovery:{recovery_id}",)
    )
    assert consent is not None
    assert consent["version"] == service.settings.consent_version
    assert (
        set_password(service, recovery_id, granted["reset_token"], "тайга уссури 515").status_code
        == 204
    )
    # the identity token was for the identity step only, and only once
    again = answer_identity(service, recovery_id, asked["identity_token"], answers)
    problem_of(again, "reset-token-invalid", 401)


def test_without_the_current_consent_nothing_is_checked(service: RunningService) -> None:
    recovery_id, asked = _asked(service)
    for _ in range(5):
        refused = answer_identity(
            service, recovery_id, asked["identity_token"], {"snils_last4": "0000"}, "2020-01-01"
        )
        body = problem_of(refused, "consent-required", 428)
        assert body["consent_version"] == service.settings.consent_version
    assert service.context.db.one("SELECT COUNT(*) AS n FROM consents")["n"] == 0
    answer = answer_identity(
        service, recovery_id, asked["identity_token"], TATIANA.identity_answers
    )
    assert answer.status_code == 200


def test_a_missing_answer_is_a_validation_problem_and_not_a_try(
    service: RunningService,
) -> None:
    recovery_id, asked = _asked(service)
    partial = {"snils_last4": "4417", "passport": "  "}
    body = problem_of(
        answer_identity(service, recovery_id, asked["identity_token"], partial),
        "validation-failed",
        422,
    )
    assert body["errors"] == [
        {"field": "answers.passport", "code": "missing"},
        {"field": "answers.address", "code": "missing"},
    ]
    wrong = {**TATIANA.identity_answers, "address": "Тёмная 1"}
    mismatch = answer_identity(service, recovery_id, asked["identity_token"], wrong)
    assert problem_of(mismatch, "identity-mismatch", 400)["attempts_left"] == 2


def test_two_wrong_answers_count_down_and_the_third_blocks_the_account(
    service: RunningService,
) -> None:
    recovery_id, asked = _asked(service)
    wrong = {**TATIANA.identity_answers, "snils_last4": "4418"}
    for left in (2, 1):
        answer = answer_identity(service, recovery_id, asked["identity_token"], wrong)
        assert problem_of(answer, "identity-mismatch", 400)["attempts_left"] == left
    third = answer_identity(service, recovery_id, asked["identity_token"], wrong)
    body = problem_of(third, "account-locked", 423)
    assert body["reason"] == "suspicious_activity"
    assert body["locked_until"] is None
    assert body["actions"] == ["documents", "support"]
    row = service.context.db.one(
        "SELECT lock_reason FROM accounts WHERE number = ?", (TATIANA.number,)
    )
    assert row is not None and row["lock_reason"] == "suspicious_activity"
    # the right answers no longer help, and a new recovery tells the owner the lock
    right = answer_identity(service, recovery_id, asked["identity_token"], TATIANA.identity_answers)
    problem_of(right, "reset-token-invalid", 401)
    service.clock.advance(60)
    again = started(service, EMAIL)
    code = last_message_to(service, EMAIL)["code"]
    locked = problem_of(verify(service, again, code=code), "account-locked", 423)
    assert locked["reason"] == "suspicious_activity"


def test_the_identity_token_is_valid_for_its_ttl(service: RunningService) -> None:
    recovery_id, asked = _asked(service)
    service.clock.advance(service.settings.identity_ttl_s - 1)
    answer = answer_identity(
        service, recovery_id, asked["identity_token"], TATIANA.identity_answers
    )
    assert answer.status_code == 200


def test_the_identity_token_expires(service: RunningService) -> None:
    recovery_id, asked = _asked(service)
    service.clock.advance(service.settings.identity_ttl_s)
    answer = answer_identity(
        service, recovery_id, asked["identity_token"], TATIANA.identity_answers
    )
    problem_of(answer, "reset-token-invalid", 401)


def test_a_wrong_identity_token_is_refused_without_a_try(service: RunningService) -> None:
    recovery_id, asked = _asked(service)
    for _ in range(4):
        answer = answer_identity(service, recovery_id, "not-the-token", {"snils_last4": "1"})
        problem_of(answer, "reset-token-invalid", 401)
    answer = answer_identity(
        service, recovery_id, asked["identity_token"], TATIANA.identity_answers
    )
    assert answer.status_code == 200


def test_the_answers_are_kept_as_hashes_only(service: RunningService) -> None:
    recovery_id, asked = _asked(service)
    answer_identity(service, recovery_id, asked["identity_token"], TATIANA.identity_answers)
    db = service.context.db
    dump = "\n".join(
        " ".join(str(value) for value in tuple(row))
        for table in ("identity_questions", "recoveries", "consents")
        for row in db.all(f"SELECT * FROM {table}")
    )
    for secret in ("0507123456", "0507 123456", "Светлая 12", "светлая12"):
        assert secret not in dump
    assert asked["identity_token"] not in dump
    for row in db.all("SELECT answer_hash FROM identity_questions"):
        assert len(row["answer_hash"]) == 64
        int(row["answer_hash"], 16)  # a keyed hash (HMAC-SHA256), not an answer
