"""The profile after sign-in over real HTTP: masked contacts, and changing or confirming a contact
by a code sent to the new contact, with its expiry, attempts, resend limit and notices."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests

from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService

PROBLEM = "application/problem+json"
ACTIVE = demo_account("active")
ANTI_FRAUD = "Никому не сообщайте этот код. Сотрудники ДЭК никогда его не спрашивают."


def problem_of(answer: requests.Response, slug: str, status: int) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["Content-Type"] == PROBLEM
    body: dict[str, Any] = answer.json()
    assert body["type"] == f"urn:dek:problem:{slug}"
    assert body["status"] == status
    assert body["instance"] == f"urn:uuid:{answer.headers['X-Request-ID']}"
    return body


def signed_in(service: RunningService, key: str = "active") -> dict[str, str]:
    account = demo_account(key)
    answer = requests.post(
        f"{service.base_url}/v1/session",
        json={"login": account.number, "password": account.password},
        timeout=10,
    )
    assert answer.status_code == 201, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def profile(service: RunningService, headers: dict[str, str]) -> requests.Response:
    return requests.get(f"{service.base_url}/v1/profile", headers=headers, timeout=5)


def start(
    service: RunningService, headers: dict[str, str], contact: dict[str, Any]
) -> requests.Response:
    return requests.post(
        f"{service.base_url}/v1/profile/contacts", json=contact, headers=headers, timeout=5
    )


def verify(
    service: RunningService, headers: dict[str, str], verification_id: str, code: Any
) -> requests.Response:
    return requests.post(
        f"{service.base_url}/v1/profile/contacts/{verification_id}/verify",
        json={"code": code},
        headers=headers,
        timeout=5,
    )


def started(
    service: RunningService, headers: dict[str, str], contact: dict[str, Any]
) -> tuple[str, str]:
    """Starts a change; the verification id and the code the new contact received."""
    answer = start(service, headers, contact)
    assert answer.status_code == 202, answer.text
    message = service.outbox()[0]
    return answer.json()["verification_id"], message["code"]


def wrong_code(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


def test_profile_shows_masked_contacts(service: RunningService) -> None:
    answer = profile(service, signed_in(service))
    assert answer.status_code == 200
    assert answer.json() == {
        "email_masked": "an**********@example.ru",
        "phone_masked": "+7 914 ***-**-01",
        "email_confirmed": True,
        "phone_confirmed": True,
    }


def test_profile_without_an_e_mail(service: RunningService) -> None:
    body = profile(service, signed_in(service, "phone_only")).json()
    assert body["email_masked"] is None
    assert body["email_confirmed"] is False
    assert body["phone_confirmed"] is True


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer not-a-session-token"},
        {"Authorization": "Token abc"},
    ],
)
def test_profile_calls_need_a_live_session(
    service: RunningService, headers: dict[str, str]
) -> None:
    problem_of(profile(service, headers), "unauthorized", 401)
    problem_of(start(service, headers, {"email": "new@example.ru"}), "unauthorized", 401)
    problem_of(verify(service, headers, "x" * 32, "123456"), "unauthorized", 401)


def test_an_expired_session_is_unauthorized(service: RunningService) -> None:
    headers = signed_in(service)
    service.clock.advance(service.settings.session_ttl_s)
    problem_of(profile(service, headers), "unauthorized", 401)
    problem_of(start(service, headers, {"phone": "+79147770000"}), "unauthorized", 401)


def test_e_mail_change_sends_a_code_to_the_new_address(service: RunningService) -> None:
    headers = signed_in(service)
    sent_at = service.clock.now()
    answer = start(service, headers, {"email": "  New.Anna@Example.RU "})
    assert answer.status_code == 202, answer.text
    body = answer.json()
    assert body["destination_masked"] == "ne******@example.ru"
    assert body["expires_in"] == service.settings.code_ttl_s
    assert re.fullmatch(r"[0-9a-f]{32}", body["verification_id"])
    message = service.outbox()[0]
    assert message["to"] == "new.anna@example.ru"
    assert message["channel"] == "email"
    code = message["code"]
    assert re.fullmatch(r"\d{6}", code)
    text = message["body"]
    assert code in text
    assert ANTI_FRAUD in text
    assert service.settings.support_phone in text
    local = ZoneInfo(service.settings.timezone)
    valid_until = (sent_at + timedelta(seconds=service.settings.code_ttl_s)).astimezone(local)
    assert f"до {valid_until:%H:%M} (UTC+10)" in text
    assert f"{sent_at.astimezone(local):%d.%m.%Y %H:%M} (UTC+10)" in text
    # Only a keyed hash of the code is stored.
    for row in service.context.db.all("SELECT * FROM contact_changes"):
        assert code not in "".join(str(value) for value in tuple(row))


def test_the_right_code_changes_the_e_mail_and_tells_the_old_one(
    service: RunningService,
) -> None:
    headers = signed_in(service)
    verification_id, code = started(service, headers, {"email": "new.anna@example.ru"})
    service.clock.advance(120)
    answer = verify(service, headers, verification_id, f" {code[:3]} {code[3:]} ")
    assert answer.status_code == 200, answer.text
    assert answer.json()["email_masked"] == "ne******@example.ru"
    assert profile(service, headers).json() == {
        "email_masked": "ne******@example.ru",
        "phone_masked": "+7 914 ***-**-01",
        "email_confirmed": True,
        "phone_confirmed": True,
    }
    account = service.context.db.one(
        "SELECT email, contacts_confirmed_at FROM accounts WHERE number = ?", (ACTIVE.number,)
    )
    assert account is not None
    assert account["email"] == "new.anna@example.ru"
    assert account["contacts_confirmed_at"] == service.clock.now().isoformat()
    notice = service.outbox()[0]
    assert notice["to"] == ACTIVE.email
    assert notice["code"] is None
    assert "ne******@example.ru" in notice["body"]
    assert service.settings.support_phone in notice["body"]
    # The new e-mail is now a login; sign-in shows when the contacts were confirmed.
    again = requests.post(
        f"{service.base_url}/v1/session",
        json={"login": "NEW.ANNA@example.ru", "password": ACTIVE.password},
        timeout=10,
    )
    assert again.status_code == 201
    assert again.json()["account"]["contacts_confirmed_at"] == account["contacts_confirmed_at"]


def test_phone_change_goes_by_sms_and_tells_the_old_phone(service: RunningService) -> None:
    headers = signed_in(service)
    answer = start(service, headers, {"phone": "8 (914) 555-12-34"})
    assert answer.status_code == 202, answer.text
    assert answer.json()["destination_masked"] == "+7 914 ***-**-34"
    message = service.outbox()[0]
    assert (message["to"], message["channel"]) == ("+79145551234", "sms")
    assert ANTI_FRAUD in message["body"]
    answer = verify(service, headers, answer.json()["verification_id"], message["code"])
    assert answer.status_code == 200
    assert answer.json()["phone_masked"] == "+7 914 ***-**-34"
    notice = service.outbox()[0]
    assert (notice["to"], notice["channel"]) == (ACTIVE.phone, "sms")


def test_confirming_an_unchanged_contact_sends_no_notice(service: RunningService) -> None:
    headers = signed_in(service)
    verification_id, code = started(service, headers, {"phone": ACTIVE.phone})
    before = len(service.outbox())
    assert verify(service, headers, verification_id, code).status_code == 200
    assert len(service.outbox()) == before


def test_phone_only_account_adds_an_e_mail(service: RunningService) -> None:
    headers = signed_in(service, "phone_only")
    verification_id, code = started(service, headers, {"email": "oleg.kim@example.ru"})
    before = len(service.outbox())
    body = verify(service, headers, verification_id, code).json()
    assert body["email_masked"] == "ol******@example.ru"
    assert body["email_confirmed"] is True
    assert len(service.outbox()) == before  # there was no old e-mail to tell


def test_wrong_codes_count_down_then_lock(service: RunningService) -> None:
    headers = signed_in(service)
    verification_id, code = started(service, headers, {"email": "new.anna@example.ru"})
    limit = service.settings.max_code_attempts
    for expected in range(limit - 1, 0, -1):
        answer = verify(service, headers, verification_id, wrong_code(code))
        assert problem_of(answer, "invalid-code", 400)["attempts_left"] == expected
    problem_of(verify(service, headers, verification_id, wrong_code(code)), "recovery-locked", 423)
    problem_of(verify(service, headers, verification_id, code), "recovery-locked", 423)
    assert profile(service, headers).json()["email_masked"] == "an**********@example.ru"


def test_the_fourth_wrong_code_still_lets_the_right_one_in(service: RunningService) -> None:
    headers = signed_in(service)
    verification_id, code = started(service, headers, {"email": "new.anna@example.ru"})
    for _ in range(service.settings.max_code_attempts - 1):
        verify(service, headers, verification_id, wrong_code(code))
    assert verify(service, headers, verification_id, code).status_code == 200


def test_the_code_is_valid_until_its_ttl(service: RunningService) -> None:
    headers = signed_in(service)
    verification_id, code = started(service, headers, {"email": "new.anna@example.ru"})
    service.clock.advance(service.settings.code_ttl_s - 1)
    assert verify(service, headers, verification_id, code).status_code == 200


def test_the_code_expires_at_its_ttl(service: RunningService) -> None:
    headers = signed_in(service)
    verification_id, code = started(service, headers, {"email": "new.anna@example.ru"})
    service.clock.advance(service.settings.code_ttl_s)
    problem_of(verify(service, headers, verification_id, code), "recovery-expired", 410)


def test_a_used_code_does_not_work_twice(service: RunningService) -> None:
    headers = signed_in(service)
    verification_id, code = started(service, headers, {"email": "new.anna@example.ru"})
    assert verify(service, headers, verification_id, code).status_code == 200
    problem_of(verify(service, headers, verification_id, code), "recovery-expired", 410)


def test_a_new_start_waits_the_resend_time(service: RunningService) -> None:
    headers = signed_in(service)
    first_id, first_code = started(service, headers, {"email": "new.anna@example.ru"})
    service.clock.advance(service.settings.resend_after_s - 1)
    refused = start(service, headers, {"email": "new.anna@example.ru"})
    body = problem_of(refused, "rate-limited", 429)
    assert body["retry_after"] == 1
    assert refused.headers["Retry-After"] == "1"
    service.clock.advance(1)
    second_id, second_code = started(service, headers, {"email": "new.anna@example.ru"})
    # The earlier code of this account stopped working; the newest one works.
    problem_of(verify(service, headers, first_id, first_code), "recovery-expired", 410)
    assert verify(service, headers, second_id, second_code).status_code == 200


def test_the_resend_limit_is_per_account(service: RunningService) -> None:
    started(service, signed_in(service), {"email": "new.anna@example.ru"})
    other = signed_in(service, "phone_only")
    assert start(service, other, {"email": "oleg.kim@example.ru"}).status_code == 202


def test_another_accounts_verification_is_not_found(service: RunningService) -> None:
    verification_id, code = started(service, signed_in(service), {"email": "new.anna@example.ru"})
    stranger = signed_in(service, "phone_only")
    problem_of(verify(service, stranger, verification_id, code), "not-found", 404)
    problem_of(verify(service, stranger, "0" * 32, "123456"), "not-found", 404)


@pytest.mark.parametrize(
    ("contact", "field", "code"),
    [
        ({"email": "not an e-mail"}, "email", "invalid"),
        ({"email": "anna@"}, "email", "invalid"),
        ({"email": ""}, "email", "invalid"),
        ({"phone": "12345"}, "phone", "invalid"),
        ({"phone": "+7 914 abc"}, "phone", "invalid"),
        ({}, "contact", "exactly_one_of_email_or_phone"),
        (
            {"email": "a@example.ru", "phone": "+79145551234"},
            "contact",
            "exactly_one_of_email_or_phone",
        ),
    ],
)
def test_bad_contacts_are_validation_failed(
    service: RunningService, contact: dict[str, Any], field: str, code: str
) -> None:
    body = problem_of(start(service, signed_in(service), contact), "validation-failed", 422)
    assert body["errors"] == [{"field": field, "code": code}]
    assert service.outbox() == []  # nothing was sent


@pytest.mark.parametrize(
    "contact",
    [{"email": 5}, {"phone": ["+79145551234"]}, {"email": "a" * 300 + "@example.ru"}, [1], "x"],
)
def test_wrong_types_in_a_contact_change_are_validation_failed(
    service: RunningService, contact: Any
) -> None:
    problem_of(start(service, signed_in(service), contact), "validation-failed", 422)


@pytest.mark.parametrize("code", [None, 123456, "", "1" * 100, ["123456"]])
def test_wrong_types_of_code_are_validation_failed(service: RunningService, code: Any) -> None:
    headers = signed_in(service)
    verification_id, _ = started(service, headers, {"email": "new.anna@example.ru"})
    problem_of(verify(service, headers, verification_id, code), "validation-failed", 422)
    # Not counted as a wrong code.
    answer = verify(service, headers, verification_id, "not the code")
    assert problem_of(answer, "invalid-code", 400)["attempts_left"] == (
        service.settings.max_code_attempts - 1
    )


def test_broken_json_in_profile_calls_is_validation_failed(service: RunningService) -> None:
    headers = {**signed_in(service), "Content-Type": "application/json"}
    answer = requests.post(
        f"{service.base_url}/v1/profile/contacts", data=b"{oops", headers=headers, timeout=5
    )
    problem_of(answer, "validation-failed", 422)
