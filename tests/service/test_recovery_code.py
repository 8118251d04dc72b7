"""The code and the link: validity, single use, wrong tries, resend, and the message itself."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService
from tests.service.recovery_calls import (
    last_message_to,
    problem_of,
    resend,
    started,
    verify,
)

ANNA_EMAIL = "anna.ivanova@example.ru"
ANNA_PHONE = "+79141000001"
NOBODY = "nobody.here@example.ru"


def _link_token(link: str) -> tuple[str, str]:
    fragment = link.split("#", 1)[1]
    fields = dict(part.split("=", 1) for part in fragment.split("&"))
    return fields["rid"], fields["t"]


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_the_code_is_valid_at_599_seconds(service: RunningService) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    code = last_message_to(service, ANNA_EMAIL)["code"]
    assert len(code) == 6 and code.isdigit()
    service.clock.advance(599)
    answer = verify(service, recovery_id, code=code)
    assert answer.status_code == 200
    assert set(answer.json()) == {"reset_token", "reset_expires_in", "accounts"}


def test_the_code_has_expired_at_600_seconds(service: RunningService) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    code = last_message_to(service, ANNA_EMAIL)["code"]
    service.clock.advance(600)
    problem_of(verify(service, recovery_id, code=code), "recovery-expired", 410)
    problem_of(resend(service, recovery_id), "recovery-expired", 410)


def test_an_unknown_contact_expires_the_same_way(service: RunningService) -> None:
    recovery_id = started(service, NOBODY)
    service.clock.advance(599)
    problem_of(verify(service, recovery_id, code="123456"), "invalid-code", 400)
    service.clock.advance(1)
    problem_of(verify(service, recovery_id, code="123456"), "recovery-expired", 410)


def test_the_code_works_once(service: RunningService) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    code = last_message_to(service, ANNA_EMAIL)["code"]
    assert verify(service, recovery_id, code=code).status_code == 200
    problem_of(verify(service, recovery_id, code=code), "recovery-expired", 410)


@pytest.mark.parametrize("contact", [ANNA_EMAIL, NOBODY])
def test_four_wrong_codes_count_down_and_the_fifth_locks(
    service: RunningService, contact: str
) -> None:
    recovery_id = started(service, contact)
    for left in (4, 3, 2, 1):
        body = problem_of(verify(service, recovery_id, code="000000"), "invalid-code", 400)
        assert body["attempts_left"] == left
    problem_of(verify(service, recovery_id, code="000000"), "recovery-locked", 423)
    problem_of(verify(service, recovery_id, code="000000"), "recovery-locked", 423)
    service.clock.advance(60)
    problem_of(resend(service, recovery_id), "recovery-locked", 423)


def test_after_the_lock_even_the_right_code_is_refused(service: RunningService) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    code = last_message_to(service, ANNA_EMAIL)["code"]
    for _ in range(4):
        verify(service, recovery_id, code=_wrong(code))
    problem_of(verify(service, recovery_id, code=_wrong(code)), "recovery-locked", 423)
    problem_of(verify(service, recovery_id, code=code), "recovery-locked", 423)


def test_a_mistyped_code_is_a_validation_problem_and_not_a_try(service: RunningService) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    for typed in ("12a456", "12345", "1234567", "１２３４５６"):
        body = problem_of(verify(service, recovery_id, code=typed), "validation-failed", 422)
        assert body["errors"] == [{"field": "code", "code": "invalid_format"}]
    missing = problem_of(verify(service, recovery_id), "validation-failed", 422)
    assert missing["errors"] == [{"field": "code", "code": "missing"}]
    body = problem_of(verify(service, recovery_id, code="000 000"), "invalid-code", 400)
    assert body["attempts_left"] == 4


def test_a_code_typed_with_spaces_is_accepted(service: RunningService) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    code = last_message_to(service, ANNA_EMAIL)["code"]
    assert verify(service, recovery_id, code=f"{code[:3]} {code[3:]}").status_code == 200


def test_an_unknown_recovery_is_not_found(service: RunningService) -> None:
    problem_of(verify(service, "0" * 32, code="123456"), "not-found", 404)
    problem_of(resend(service, "0" * 32), "not-found", 404)


def test_the_link_from_the_email_proves_the_contact(service: RunningService) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    message = last_message_to(service, ANNA_EMAIL)
    assert message["link"].startswith("https://lk.dvec.ru/recover#rid=")
    rid, token = _link_token(message["link"])
    assert rid == recovery_id
    assert len(token) >= 43  # 256 bits, URL-safe base64
    problem_of(verify(service, recovery_id, link_token=token[:-2]), "invalid-code", 400)
    answer = verify(service, recovery_id, link_token=token)
    assert answer.status_code == 200
    assert answer.json()["accounts"][0]["number_masked"] == "*****0301"


def test_resend_at_59_seconds_is_too_soon_and_at_60_sends_a_new_code(
    service: RunningService,
) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    first = last_message_to(service, ANNA_EMAIL)
    service.clock.advance(59)
    too_soon = resend(service, recovery_id)
    assert problem_of(too_soon, "rate-limited", 429)["retry_after"] == 1
    assert too_soon.headers["Retry-After"] == "1"
    assert len(service.outbox()) == 1
    service.clock.advance(1)
    again = resend(service, recovery_id)
    assert again.status_code == 202
    assert again.json() == {"expires_in": 600, "resend_in": 60}
    second = last_message_to(service, ANNA_EMAIL)
    assert second["code"] != first["code"]
    assert second["link"] != first["link"]
    # the earlier code and link of this request stop working
    _, old_token = _link_token(first["link"])
    problem_of(verify(service, recovery_id, link_token=old_token), "invalid-code", 400)
    problem_of(verify(service, recovery_id, code=first["code"]), "invalid-code", 400)
    # the new code is valid for ten minutes from the resend
    service.clock.advance(599)
    assert verify(service, recovery_id, code=second["code"]).status_code == 200


def test_the_next_resend_waits_another_minute(service: RunningService) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    service.clock.advance(60)
    assert resend(service, recovery_id).status_code == 202
    service.clock.advance(59)
    problem_of(resend(service, recovery_id), "rate-limited", 429)
    service.clock.advance(1)
    assert resend(service, recovery_id).status_code == 202


def test_an_unknown_contact_resends_the_same_way(service: RunningService) -> None:
    recovery_id = started(service, NOBODY)
    service.clock.advance(59)
    assert problem_of(resend(service, recovery_id), "rate-limited", 429)["retry_after"] == 1
    service.clock.advance(1)
    answer = resend(service, recovery_id)
    assert answer.status_code == 202
    assert answer.json() == {"expires_in": 600, "resend_in": 60}
    assert service.outbox() == []


def test_resends_count_towards_the_ten_messages_an_hour(service: RunningService) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    for _ in range(9):
        service.clock.advance(60)
        assert resend(service, recovery_id).status_code == 202
    service.clock.advance(60)
    body = problem_of(resend(service, recovery_id), "rate-limited", 429)
    assert body["retry_after"] == 3600 - 9 * 60 - 60
    assert len(service.outbox()) == 10


def test_the_email_says_everything_in_russian(
    service_factory: Callable[..., RunningService],
) -> None:
    service = service_factory()
    service.clock.set(datetime(2026, 3, 12, 4, 5, tzinfo=UTC))  # 14:05 in Vladivostok
    started(service, ANNA_EMAIL)
    message = last_message_to(service, ANNA_EMAIL)
    body = message["body"]
    assert message["channel"] == "email"
    assert message["subject"] == "Восстановление доступа к личному кабинету ДЭК"
    assert message["code"] in body
    assert "Отправлено 12.03.2026 14:05 (UTC+10)" in body
    assert "до 14:15 (UTC+10)" in body
    assert message["link"] in body
    assert "Никому не сообщайте этот код. Сотрудники ДЭК никогда его не спрашивают." in body
    assert "Если это были не вы" in body
    assert service.settings.support_phone in body
    assert message["sent_at"] == "2026-03-12T04:05:00+00:00"


def test_the_sms_has_the_code_times_warning_and_phone_but_no_link(
    service_factory: Callable[..., RunningService],
) -> None:
    service = service_factory(timezone="Asia/Kamchatka")
    service.clock.set(datetime(2026, 3, 12, 4, 5, tzinfo=UTC))  # 16:05 in Kamchatka
    recovery_id = started(service, ANNA_PHONE, "sms")
    message = last_message_to(service, ANNA_PHONE)
    body = message["body"]
    assert message["link"] is None
    assert "https://" not in body and recovery_id not in body
    assert message["code"] in body
    assert "Отправлено 12.03.2026 16:05 (UTC+12)" in body
    assert "до 16:15 (UTC+12)" in body
    assert "Никому не сообщайте этот код. Сотрудники ДЭК никогда его не спрашивают." in body
    assert service.settings.support_phone in body


def test_a_resent_message_says_when_it_was_sent(service: RunningService) -> None:
    service.clock.set(datetime(2026, 3, 12, 4, 5, tzinfo=UTC))
    recovery_id = started(service, ANNA_EMAIL)
    service.clock.advance(125)
    assert resend(service, recovery_id).status_code == 202
    body = last_message_to(service, ANNA_EMAIL)["body"]
    assert "Отправлено 12.03.2026 14:07 (UTC+10)" in body
    assert "до 14:17 (UTC+10)" in body


@pytest.mark.parametrize(
    ("key", "reason", "actions"),
    [
        ("compromised", "suspected_compromise", ["documents", "support"]),
        ("suspicious", "suspicious_activity", ["documents", "support"]),
        ("terms", "terms_violation", ["support"]),
        ("recovery_violation", "recovery_security_violation", ["support"]),
    ],
)
def test_a_blocked_account_is_told_after_the_contact_is_proven(
    service: RunningService, key: str, reason: str, actions: list[str]
) -> None:
    account = demo_account(key)
    assert account.email is not None
    answer = started(service, account.email)  # the request itself tells nothing
    code = last_message_to(service, account.email)["code"]
    body = problem_of(verify(service, answer, code=code), "account-locked", 423)
    assert body["reason"] == reason
    assert body["locked_until"] is None
    assert body["actions"] == actions
    assert "reset_token" not in body


@pytest.mark.parametrize("key", ["dormant", "locked_attempts"])
def test_locks_whose_actions_include_recover_do_recover(service: RunningService, key: str) -> None:
    account = demo_account(key)
    assert account.email is not None
    recovery_id = started(service, account.email)
    code = last_message_to(service, account.email)["code"]
    answer = verify(service, recovery_id, code=code)
    assert answer.status_code == 200
    assert answer.json()["accounts"][0]["number_masked"] == "*****" + account.number[-4:]


def test_a_shared_phone_lists_every_account(service: RunningService) -> None:
    recovery_id = started(service, "+7 (914) 100-00-10", "sms")
    code = last_message_to(service, "+79141000010")["code"]
    granted = verify(service, recovery_id, code=code).json()
    flat, dacha = demo_account("shared_flat"), demo_account("shared_dacha")
    assert [(a["number_masked"], a["address_hint"]) for a in granted["accounts"]] == [
        ("*****0310", flat.address_hint),
        ("*****0311", dacha.address_hint),
    ]
    assert len({account["id"] for account in granted["accounts"]}) == 2


def test_the_database_keeps_only_hashes_of_codes_and_links(service: RunningService) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    message = last_message_to(service, ANNA_EMAIL)
    _, token = _link_token(message["link"])
    row = service.context.db.one("SELECT * FROM recoveries WHERE id = ?", (recovery_id,))
    assert row is not None
    stored = " ".join(str(value) for value in tuple(row))
    assert message["code"] not in stored
    assert token not in stored
    assert ANNA_EMAIL not in stored


def test_parallel_guesses_cannot_get_past_five_tries(service: RunningService) -> None:
    recovery_id = started(service, ANNA_EMAIL)
    code = last_message_to(service, ANNA_EMAIL)["code"]
    guesses = [f"{(int(code) + step) % 1_000_000:06d}" for step in range(1, 17)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(lambda guess: verify(service, recovery_id, code=guess), guesses))
    slugs = sorted(answer.json()["type"].rsplit(":", 1)[1] for answer in answers)
    assert slugs == ["invalid-code"] * 4 + ["recovery-locked"] * 12
    problem_of(verify(service, recovery_id, code=code), "recovery-locked", 423)
