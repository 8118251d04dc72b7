"""Sign-in and sign-out over real HTTP: logins in every form, the failure ladder with its captcha
and lock, lock reasons told only to the right password, the per-address captcha, sessions."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

import pytest
import requests

from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService

PROBLEM = "application/problem+json"
ACTIVE = demo_account("active")


def sign_in(
    service: RunningService,
    login: str,
    password: str,
    captcha: dict[str, str] | None = None,
) -> requests.Response:
    body: dict[str, Any] = {"login": login, "password": password}
    if captcha is not None:
        body["captcha"] = captcha
    return requests.post(f"{service.base_url}/v1/session", json=body, timeout=10)


def problem_of(answer: requests.Response, slug: str, status: int) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["Content-Type"] == PROBLEM
    body: dict[str, Any] = answer.json()
    assert body["type"] == f"urn:dek:problem:{slug}"
    assert body["status"] == status
    assert body["instance"] == f"urn:uuid:{answer.headers['X-Request-ID']}"
    return body


def solved(service: RunningService, captcha_problem: dict[str, Any]) -> dict[str, str]:
    captcha_id = captcha_problem["captcha"]["id"]
    return {"id": captcha_id, "answer": service.captcha_answer(captcha_id)}


def fail_until_captcha(service: RunningService, login: str) -> list[int]:
    """Three wrong passwords: the attempts left after each."""
    return [
        problem_of(sign_in(service, login, "wrong password"), "invalid-credentials", 401)[
            "attempts_left"
        ]
        for _ in range(3)
    ]


def lock_by_failures(service: RunningService, login: str) -> dict[str, Any]:
    """Five failures in a row (the last two with a captcha); the lock problem."""
    fail_until_captcha(service, login)
    demand = problem_of(sign_in(service, login, "wrong password"), "captcha-required", 428)
    fourth = sign_in(service, login, "wrong password", solved(service, demand))
    assert problem_of(fourth, "invalid-credentials", 401)["attempts_left"] == 1
    demand = problem_of(sign_in(service, login, "wrong password"), "captcha-required", 428)
    fifth = sign_in(service, login, "wrong password", solved(service, demand))
    return problem_of(fifth, "account-locked", 423)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def profile_status(service: RunningService, token: str) -> int:
    return requests.get(
        f"{service.base_url}/v1/profile", headers=bearer(token), timeout=5
    ).status_code


@pytest.mark.parametrize(
    "login",
    [ACTIVE.number, "100-200 301", " 100 200-301 ", "Anna.Ivanova@EXAMPLE.ru"],
)
def test_sign_in_by_account_number_or_e_mail(service: RunningService, login: str) -> None:
    answer = sign_in(service, login, ACTIVE.password)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["expires_in"] == service.settings.session_ttl_s
    assert body["account"] == {
        "login": ACTIVE.number,
        "display_name": ACTIVE.display_name,
        "email_masked": "an**********@example.ru",
        "phone_masked": "+7 914 ***-**-01",
        "contacts_confirmed_at": body["account"]["contacts_confirmed_at"],
    }
    assert datetime.fromisoformat(body["account"]["contacts_confirmed_at"]) < service.clock.now()
    assert profile_status(service, body["access_token"]) == 200


@pytest.mark.parametrize(
    "phone", ["+79141000001", "+7 (914) 100-00-01", "8 914 100 00 01", "89141000001", "9141000001"]
)
def test_sign_in_by_phone_in_any_common_format(service: RunningService, phone: str) -> None:
    answer = sign_in(service, phone, ACTIVE.password)
    assert answer.status_code == 201, answer.text
    assert answer.json()["account"]["login"] == ACTIVE.number


def test_phone_only_account_has_no_e_mail(service: RunningService) -> None:
    account = demo_account("phone_only")
    body = sign_in(service, account.number, account.password).json()
    assert body["account"]["email_masked"] is None
    assert body["account"]["phone_masked"] == "+7 914 ***-**-02"


def test_a_shared_phone_signs_in_to_the_account_whose_password_it_is(
    service: RunningService,
) -> None:
    flat = demo_account("shared_flat")
    answer = sign_in(service, "8 914 100-00-10", flat.password)
    assert answer.status_code == 201
    assert answer.json()["account"]["login"] == flat.number


def test_access_token_is_256_bits_and_stored_only_as_a_hash(service: RunningService) -> None:
    token = sign_in(service, ACTIVE.number, ACTIVE.password).json()["access_token"]
    assert len(token) >= 43  # 32 random bytes, URL-safe base64
    rows = service.context.db.all("SELECT token_hash FROM sessions")
    assert len(rows) == 1
    assert rows[0]["token_hash"] == service.context.hasher.digest("session", token)
    assert token not in rows[0]["token_hash"]


def test_sign_out_ends_the_session(service: RunningService) -> None:
    token = sign_in(service, ACTIVE.number, ACTIVE.password).json()["access_token"]
    other = sign_in(service, ACTIVE.email or "", ACTIVE.password).json()["access_token"]
    answer = requests.delete(f"{service.base_url}/v1/session", headers=bearer(token), timeout=5)
    assert answer.status_code == 204
    assert answer.content == b""
    problem_of(
        requests.get(f"{service.base_url}/v1/profile", headers=bearer(token), timeout=5),
        "unauthorized",
        401,
    )
    problem_of(
        requests.delete(f"{service.base_url}/v1/session", headers=bearer(token), timeout=5),
        "unauthorized",
        401,
    )
    assert profile_status(service, other) == 200  # only that one session ended


def test_sign_out_without_a_token_is_unauthorized(service: RunningService) -> None:
    problem_of(requests.delete(f"{service.base_url}/v1/session", timeout=5), "unauthorized", 401)
    problem_of(
        requests.delete(
            f"{service.base_url}/v1/session", headers={"Authorization": "Basic eDp5"}, timeout=5
        ),
        "unauthorized",
        401,
    )


def test_session_expires_after_its_ttl(service: RunningService) -> None:
    token = sign_in(service, ACTIVE.number, ACTIVE.password).json()["access_token"]
    service.clock.advance(service.settings.session_ttl_s - 1)
    assert profile_status(service, token) == 200
    service.clock.advance(1)
    assert profile_status(service, token) == 401


def test_wrong_password_counts_down_then_captcha_after_the_third(service: RunningService) -> None:
    assert fail_until_captcha(service, ACTIVE.number) == [4, 3, 2]
    demand = problem_of(sign_in(service, ACTIVE.number, ACTIVE.password), "captcha-required", 428)
    assert demand["invalid_answer"] is False
    assert demand["captcha"]["expires_in"] == service.settings.captcha_ttl_s
    # The right password with the captcha solved signs in.
    answer = sign_in(service, ACTIVE.number, ACTIVE.password, solved(service, demand))
    assert answer.status_code == 201


def test_two_failures_need_no_captcha_yet(service: RunningService) -> None:
    for expected in (4, 3):
        answer = sign_in(service, ACTIVE.number, "wrong password")
        assert problem_of(answer, "invalid-credentials", 401)["attempts_left"] == expected
    assert sign_in(service, ACTIVE.number, ACTIVE.password).status_code == 201


def test_a_call_refused_for_captcha_is_not_counted(service: RunningService) -> None:
    fail_until_captcha(service, ACTIVE.number)
    for _ in range(4):
        problem_of(sign_in(service, ACTIVE.number, "wrong password"), "captcha-required", 428)
    wrong = {"id": "no-such-captcha", "answer": "00000"}
    refused = problem_of(
        sign_in(service, ACTIVE.number, "wrong password", wrong), "captcha-required", 428
    )
    assert refused["invalid_answer"] is True
    misread = {"id": refused["captcha"]["id"], "answer": "not the digits"}
    refused = problem_of(
        sign_in(service, ACTIVE.number, ACTIVE.password, misread), "captcha-required", 428
    )
    assert refused["invalid_answer"] is True
    # Still the 4th failure, not locked: the refused calls checked no password and counted nothing.
    fourth = sign_in(service, ACTIVE.number, "wrong password", solved(service, refused))
    assert problem_of(fourth, "invalid-credentials", 401)["attempts_left"] == 1


def test_the_fifth_failure_locks_for_15_minutes(service: RunningService) -> None:
    locked_at = service.clock.now()
    lock = lock_by_failures(service, ACTIVE.number)
    assert lock["reason"] == "too_many_attempts"
    assert lock["actions"] == ["wait", "recover"]
    locked_until = datetime.fromisoformat(lock["locked_until"])
    assert locked_until == locked_at + timedelta(seconds=service.settings.signin_lock_s)
    # During the lock no password is checked: the right one answers the same lock.
    again = problem_of(sign_in(service, ACTIVE.number, ACTIVE.password), "account-locked", 423)
    assert again["locked_until"] == lock["locked_until"]
    # The lock is per login: the e-mail of the same account is not locked.
    assert sign_in(service, ACTIVE.email or "", ACTIVE.password).status_code == 201


def test_the_lock_opens_at_exactly_locked_until(service: RunningService) -> None:
    lock_by_failures(service, ACTIVE.number)
    service.clock.advance(service.settings.signin_lock_s - 1)  # 14:59
    problem_of(sign_in(service, ACTIVE.number, ACTIVE.password), "account-locked", 423)
    service.clock.advance(1)  # 15:00
    assert sign_in(service, ACTIVE.number, ACTIVE.password).status_code == 201


def test_after_the_lock_a_wrong_password_starts_the_count_again(service: RunningService) -> None:
    lock_by_failures(service, ACTIVE.number)
    service.clock.advance(service.settings.signin_lock_s)
    answer = sign_in(service, ACTIVE.number, "wrong password")
    assert problem_of(answer, "invalid-credentials", 401)["attempts_left"] == 4


def test_a_success_resets_the_count(service: RunningService) -> None:
    for _ in range(2):
        sign_in(service, ACTIVE.number, "wrong password")
    assert sign_in(service, ACTIVE.number, ACTIVE.password).status_code == 201
    assert fail_until_captcha(service, ACTIVE.number) == [4, 3, 2]


def test_an_unknown_login_gets_exactly_the_answers_an_owner_gets(
    service: RunningService,
) -> None:
    def walk(login: str) -> list[tuple[str, Any]]:
        seen: list[tuple[str, Any]] = []
        captcha: dict[str, str] | None = None
        for _ in range(8):
            body = sign_in(service, login, "wrong password", captcha).json()
            slug = body["type"].rsplit(":", 1)[1]
            detail = body.get("attempts_left", body.get("reason"))
            seen.append((slug, detail))
            captcha = solved(service, body) if slug == "captcha-required" else None
        return seen

    owner, outsider = walk(ACTIVE.number), walk("100200999")
    assert owner == outsider
    assert owner[-2:] == [("account-locked", "too_many_attempts")] * 2
    assert walk("nobody@example.ru") == owner


def test_seeded_locked_account_is_locked_on_every_login(service: RunningService) -> None:
    account = demo_account("locked_attempts")
    for login in (account.number, account.email or "", account.phone or ""):
        lock = problem_of(sign_in(service, login, account.password), "account-locked", 423)
        assert lock["reason"] == "too_many_attempts"
        assert lock["actions"] == ["wait", "recover"]
    service.clock.advance(service.settings.signin_lock_s - 1)
    problem_of(sign_in(service, account.number, account.password), "account-locked", 423)
    service.clock.advance(1)
    assert sign_in(service, account.number, account.password).status_code == 201


@pytest.mark.parametrize(
    ("key", "reason", "actions"),
    [
        ("dormant", "inactivity", ["recover"]),
        ("compromised", "suspected_compromise", ["documents", "support"]),
        ("suspicious", "suspicious_activity", ["documents", "support"]),
        ("terms", "terms_violation", ["support"]),
        ("recovery_violation", "recovery_security_violation", ["support"]),
    ],
)
def test_other_lock_reasons_are_told_only_to_the_right_password(
    service: RunningService, key: str, reason: str, actions: list[str]
) -> None:
    account = demo_account(key)
    wrong = sign_in(service, account.number, "wrong password")
    assert problem_of(wrong, "invalid-credentials", 401)["attempts_left"] == 4
    lock = problem_of(sign_in(service, account.number, account.password), "account-locked", 423)
    assert lock["reason"] == reason
    assert lock["actions"] == actions
    assert lock["locked_until"] is None
    assert service.context.db.one("SELECT 1 FROM sessions") is None


def test_lock_reasons_climb_the_same_ladder(service: RunningService) -> None:
    account = demo_account("compromised")
    lock = lock_by_failures(service, account.number)
    assert lock["reason"] == "too_many_attempts"
    again = problem_of(sign_in(service, account.number, account.password), "account-locked", 423)
    assert again["reason"] == "too_many_attempts"  # the real reason stays hidden during the lock


def test_twenty_failures_from_one_address_demand_a_captcha_for_every_login(
    service: RunningService,
) -> None:
    limit = service.settings.address_failures_captcha
    for index in range(limit - 1):
        sign_in(service, f"sprayed{index}@example.ru", "Password1")
    twentieth = sign_in(service, "sprayed-last@example.ru", "Password1")
    assert problem_of(twentieth, "invalid-credentials", 401)["attempts_left"] == 4
    demand = problem_of(sign_in(service, ACTIVE.number, ACTIVE.password), "captcha-required", 428)
    answer = sign_in(service, ACTIVE.number, ACTIVE.password, solved(service, demand))
    assert answer.status_code == 201


def test_the_address_window_slides(service: RunningService) -> None:
    window = service.settings.address_failures_window_s
    half = service.settings.address_failures_captcha // 2
    for index in range(half):
        sign_in(service, f"early{index}@example.ru", "Password1")
    service.clock.advance(window // 2)
    for index in range(half):
        sign_in(service, f"late{index}@example.ru", "Password1")
    service.clock.advance(window // 2 - 1)  # 9:59 after the first half
    problem_of(sign_in(service, ACTIVE.number, ACTIVE.password), "captcha-required", 428)
    service.clock.advance(1)  # 10:00: the first half has left the window
    assert sign_in(service, ACTIVE.number, ACTIVE.password).status_code == 201


def test_a_lock_is_checked_before_the_address_captcha(service: RunningService) -> None:
    for index in range(service.settings.address_failures_captcha):
        sign_in(service, f"sprayed{index}@example.ru", "Password1")
    account = demo_account("locked_attempts")
    problem_of(sign_in(service, account.number, account.password), "account-locked", 423)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"login": ACTIVE.number},
        {"password": ACTIVE.password},
        {"login": 100200301, "password": ACTIVE.password},
        {"login": ACTIVE.number, "password": None},
        {"login": ACTIVE.number, "password": ["x"]},
        {"login": "", "password": ACTIVE.password},
        {"login": "   ", "password": ACTIVE.password},
        {"login": ACTIVE.number, "password": ""},
        {"login": "1" * 300, "password": ACTIVE.password},
        {"login": ACTIVE.number, "password": ACTIVE.password, "captcha": "12345"},
        {"login": ACTIVE.number, "password": ACTIVE.password, "captcha": {"id": "x"}},
        [ACTIVE.number, ACTIVE.password],
        "login",
        None,
    ],
)
def test_malformed_sign_in_is_validation_failed(service: RunningService, body: Any) -> None:
    answer = requests.post(f"{service.base_url}/v1/session", json=body, timeout=5)
    problem = problem_of(answer, "validation-failed", 422)
    assert problem["errors"]
    assert all(set(error) == {"field", "code"} for error in problem["errors"])


@pytest.mark.parametrize("raw", [b"{not json", b'{"login": "1", ', b"\xff\xfe", b""])
def test_broken_json_is_validation_failed(service: RunningService, raw: bytes) -> None:
    answer = requests.post(
        f"{service.base_url}/v1/session",
        data=raw,
        headers={"Content-Type": "application/json"},
        timeout=5,
    )
    problem_of(answer, "validation-failed", 422)


def test_validation_comes_before_the_lock(service: RunningService) -> None:
    account = demo_account("locked_attempts")
    answer = requests.post(
        f"{service.base_url}/v1/session", json={"login": account.number}, timeout=5
    )
    problem_of(answer, "validation-failed", 422)


def test_no_secret_in_logs_bodies_or_the_database(
    service: RunningService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "Wrong-Secret-Password-77"
    answers = [sign_in(service, ACTIVE.number, wrong) for _ in range(2)]
    good = sign_in(service, ACTIVE.number, ACTIVE.password)
    token = good.json()["access_token"]
    requests.delete(f"{service.base_url}/v1/session", headers=bearer(token), timeout=5)
    secrets = (wrong, ACTIVE.password, token)
    for secret in secrets:
        assert secret not in caplog.text
        for answer in answers:
            assert secret not in answer.text
    assert "method=POST path=/v1/session status=401" in caplog.text
    db = service.context.db
    for table in ("login_failures", "rate_events", "sessions", "accounts"):
        for row in db.all(f"SELECT * FROM {table}"):
            for value in tuple(row):
                assert not any(secret in str(value) for secret in secrets)
