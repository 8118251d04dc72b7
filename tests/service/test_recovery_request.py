"""POST /v1/recovery: the same answer for every contact, validation, limits and idempotency."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from dek_recovery_service.seed import demo_account
from tests.conftest import RunningService
from tests.service.recovery_calls import (
    last_message_to,
    problem_of,
    request_recovery,
    set_password,
    started,
    verify,
)

ANNA = demo_account("active")
ANNA_EMAIL = "anna.ivanova@example.ru"
ANNA_PHONE = "+79141000001"
STARTED_KEYS = {
    "recovery_id",
    "channel",
    "destination_masked",
    "code_length",
    "expires_in",
    "resend_in",
}


def test_a_known_and_an_unknown_contact_get_the_same_answer(service: RunningService) -> None:
    known = request_recovery(service, "  Anna.Ivanova@Example.RU ")
    unknown = request_recovery(service, "Anna.Ivanovna@example.ru")
    for answer in (known, unknown):
        assert answer.status_code == 202
        assert answer.headers["Content-Type"] == "application/json"
        assert set(answer.json()) == STARTED_KEYS
    assert known.json()["destination_masked"] == "an**********@example.ru"
    assert unknown.json()["destination_masked"] == "an***********@example.ru"
    for body in (known.json(), unknown.json()):
        assert body["channel"] == "email"
        assert body["code_length"] == 6
        assert body["expires_in"] == 600
        assert body["resend_in"] == 60
        assert len(body["recovery_id"]) == 32
    assert known.json()["recovery_id"] != unknown.json()["recovery_id"]


def test_only_a_contact_with_an_account_gets_a_message(service: RunningService) -> None:
    started(service, ANNA_EMAIL)
    started(service, "nobody@example.ru")
    started(service, "+7 914 999-00-00", "sms")
    recipients = [message["to"] for message in service.outbox()]
    assert recipients == [ANNA_EMAIL]


def test_a_phone_is_normalised_and_masked_as_typed(service: RunningService) -> None:
    known = request_recovery(service, "8 (914) 100-00-01", "sms")
    unknown = request_recovery(service, "+7 914 100 00 99", "sms")
    assert known.json()["destination_masked"] == "+7 914 ***-**-01"
    assert unknown.json()["destination_masked"] == "+7 914 ***-**-99"
    message = last_message_to(service, "+79141000001")
    assert message["channel"] == "sms"
    assert message["link"] is None


def test_a_malformed_contact_is_a_validation_problem(service: RunningService) -> None:
    cases = [
        ("not an e-mail", "email", "invalid_email"),
        ("+79141000001", "email", "invalid_email"),
        ("anna@example.ru", "sms", "invalid_phone"),
        ("+7 123", "sms", "invalid_phone"),
    ]
    for contact, channel, code in cases:
        body = problem_of(request_recovery(service, contact, channel), "validation-failed", 422)
        assert body["errors"] == [{"field": "contact", "code": code}]
    assert service.outbox() == []


def _post_raw(service: RunningService, data: bytes | Iterator[bytes]) -> requests.Response:
    return requests.post(
        f"{service.base_url}/v1/recovery",
        data=data,
        headers={"Content-Type": "application/json"},
        timeout=10,
    )


def test_malformed_json_and_wrong_types_are_validation_problems(service: RunningService) -> None:
    problem_of(_post_raw(service, b'{"contact": "anna@example.ru",'), "validation-failed", 422)
    problem_of(_post_raw(service, b"\xff\xfe{}"), "validation-failed", 422)
    problem_of(_post_raw(service, b"[1, 2]"), "validation-failed", 422)
    wrong = problem_of(
        _post_raw(service, json.dumps({"contact": 79141000001, "channel": "fax"}).encode()),
        "validation-failed",
        422,
    )
    assert {error["field"] for error in wrong["errors"]} == {"contact", "channel"}
    missing = problem_of(_post_raw(service, b"{}"), "validation-failed", 422)
    assert {error["field"] for error in missing["errors"]} == {"contact", "channel"}
    too_long = problem_of(
        request_recovery(service, "a" * 300 + "@example.ru"), "validation-failed", 422
    )
    assert too_long["errors"][0]["field"] == "contact"


def test_a_body_over_the_limit_is_refused_declared_or_streamed(service: RunningService) -> None:
    limit = service.settings.max_json_body_bytes
    padded = json.dumps({"contact": ANNA_EMAIL, "channel": "email", "pad": "x" * limit}).encode()
    declared = problem_of(_post_raw(service, padded), "payload-too-large", 413)
    assert declared["max_bytes"] == limit

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
        yield b'{"contact": "anna.ivanova@example.ru", "channel": "email", "pad": "'
        for _ in range(limit // 1024 + 2):
            yield b"x" * 1024
        yield b'"}'

    streamed = problem_of(_post_raw(service, chunks()), "payload-too-large", 413)
    assert streamed["max_bytes"] == limit
    assert service.outbox() == []


def test_a_small_chunked_body_is_accepted(service: RunningService) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"contact": "anna.ivanova@example.ru",'
        yield b' "channel": "email"}'

    assert _post_raw(service, chunks()).status_code == 202


def test_the_idempotency_key_replays_the_stored_answer(service: RunningService) -> None:
    key = str(uuid.uuid4())
    first = request_recovery(service, ANNA_EMAIL, key=key)
    again = request_recovery(service, ANNA_EMAIL, key=key)
    assert first.status_code == again.status_code == 202
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert len(service.outbox()) == 1  # the retry sent nothing
    other = request_recovery(service, "someone.else@example.ru", key=key)
    problem_of(other, "idempotency-key-reused", 422)


def test_an_error_stores_nothing_under_the_idempotency_key(service: RunningService) -> None:
    key = str(uuid.uuid4())
    for _ in range(3):
        started(service, ANNA_EMAIL)
    refused = problem_of(request_recovery(service, ANNA_EMAIL, key=key), "captcha-required", 428)
    captcha = refused["captcha"]
    solved = {"id": captcha["id"], "answer": service.captcha_answer(captcha["id"])}
    accepted = request_recovery(service, ANNA_EMAIL, key=key, captcha=solved)
    assert accepted.status_code == 202
    replay = request_recovery(service, ANNA_EMAIL, key=key)  # no captcha needed for a replay
    assert replay.json() == accepted.json()


def _with_captcha(service: RunningService, contact: str, channel: str = "email") -> int:
    """A request answered with its captcha: the final status."""
    answer = request_recovery(service, contact, channel)
    if answer.status_code != 428:
        return answer.status_code
    captcha = answer.json()["captcha"]
    solved = {"id": captcha["id"], "answer": service.captcha_answer(captcha["id"])}
    return request_recovery(service, contact, channel, captcha=solved).status_code


@pytest.mark.parametrize("contact", [ANNA_EMAIL, "no.account@example.ru"])
def test_per_contact_a_captcha_after_three_and_at_most_ten_an_hour(
    service: RunningService, contact: str
) -> None:
    for _ in range(3):
        assert request_recovery(service, contact).status_code == 202
        service.clock.advance(1)
    fourth = problem_of(request_recovery(service, contact), "captcha-required", 428)
    assert fourth["invalid_answer"] is False
    assert fourth["captcha"]["image_png_base64"]
    wrong = request_recovery(
        service, contact, captcha={"id": fourth["captcha"]["id"], "answer": "00000"}
    )
    assert problem_of(wrong, "captcha-required", 428)["invalid_answer"] is True
    for _ in range(7):
        assert _with_captcha(service, contact) == 202
        service.clock.advance(1)
    limited = request_recovery(service, contact)
    body = problem_of(limited, "rate-limited", 429)
    # ten requests, one second apart: the first leaves the hour 3600 - 10 s from now
    assert body["retry_after"] == 3590
    assert limited.headers["Retry-After"] == "3590"
    service.clock.advance(3589)
    last_second = problem_of(request_recovery(service, contact), "rate-limited", 429)
    assert last_second["retry_after"] == 1
    service.clock.advance(1)
    assert _with_captcha(service, contact) == 202


def test_per_address_a_captcha_after_ten_and_at_most_sixty(service: RunningService) -> None:
    contacts = [f"person{number}@example.ru" for number in range(61)]
    for contact in contacts[:10]:
        assert request_recovery(service, contact).status_code == 202
    problem_of(request_recovery(service, contacts[10]), "captcha-required", 428)
    for contact in contacts[10:60]:
        assert _with_captcha(service, contact) == 202
    body = problem_of(request_recovery(service, contacts[60]), "rate-limited", 429)
    assert body["retry_after"] == 3600


def test_a_refused_request_is_not_counted(service: RunningService) -> None:
    for _ in range(3):
        started(service, ANNA_EMAIL)
    for _ in range(20):  # captcha demands, not counted against the ten
        problem_of(request_recovery(service, ANNA_EMAIL), "captcha-required", 428)
    for _ in range(7):
        assert _with_captcha(service, ANNA_EMAIL) == 202
    problem_of(request_recovery(service, ANNA_EMAIL), "rate-limited", 429)


def test_recovery_stays_open_while_the_login_is_locked_by_failed_sign_ins(
    service: RunningService,
) -> None:
    locked = demo_account("locked_attempts")
    assert locked.email is not None
    db = service.context.db
    assert db.one("SELECT COUNT(*) AS n FROM login_failures")["n"] == 3
    recovery_id = started(service, locked.email)
    code = last_message_to(service, locked.email)["code"]
    granted = verify(service, recovery_id, code=code).json()
    answer = set_password(service, recovery_id, granted["reset_token"], "a brand new sentence 7")
    assert answer.status_code == 204
    assert db.one("SELECT COUNT(*) AS n FROM login_failures")["n"] == 0


def test_the_login_narrows_a_shared_contact_to_its_account(service: RunningService) -> None:
    dacha = demo_account("shared_dacha")
    recovery_id = started(service, "+79141000010", "sms", login=dacha.number)
    code = last_message_to(service, "+79141000010")["code"]
    accounts = verify(service, recovery_id, code=code).json()["accounts"]
    assert [account["number_masked"] for account in accounts] == ["*****0311"]


def test_a_login_of_another_account_makes_the_contact_unknown(service: RunningService) -> None:
    answer = request_recovery(service, ANNA_EMAIL, login=demo_account("phone_only").number)
    assert answer.status_code == 202
    assert service.outbox() == []


def test_parallel_requests_cannot_get_past_the_limit(
    service_factory: Callable[..., RunningService],
) -> None:
    service = service_factory(
        recovery_contact_captcha_after=100, recovery_address_captcha_after=100
    )
    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(lambda _: request_recovery(service, ANNA_EMAIL), range(16)))
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [202] * 10 + [429] * 6
    assert len(service.outbox()) == 10


def test_a_channel_the_service_does_not_offer_is_refused(
    service_factory: Callable[..., RunningService],
) -> None:
    service = service_factory(channels=("email",))
    body = problem_of(request_recovery(service, ANNA_PHONE, "sms"), "validation-failed", 422)
    assert body["errors"] == [{"field": "channel", "code": "unsupported"}]
    assert request_recovery(service, ANNA_EMAIL).status_code == 202
