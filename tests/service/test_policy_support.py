"""`GET /v1/policy`, `GET /v1/support/contacts` and `POST /v1/support/tickets` over real HTTP."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import requests

from dek_recovery_service.settings import DocumentKind
from tests.conftest import RunningService

PROBLEM = "application/problem+json"


def ticket_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Анна Петровна Иванова",
        "contact": "anna.ivanova@example.ru",
        "subject": "Не приходит код",
        "description": "Жду код по SMS уже десять минут, он не приходит.",
        "diagnostics": {
            "app_version": "0.1.0",
            "os": "Windows 10 22H2",
            "locale": "ru_RU",
            "step": "code",
            "last_problem_type": "urn:dek:problem:invalid-code",
            "last_request_ids": [str(uuid.uuid4()), str(uuid.uuid4())],
        },
    }
    body.update(changes)
    return body


def post_ticket(
    service: RunningService, body: dict[str, Any], key: str | None = None
) -> requests.Response:
    headers = {"Idempotency-Key": key} if key else {}
    return requests.post(
        f"{service.base_url}/v1/support/tickets", json=body, headers=headers, timeout=5
    )


def assert_validation_failed(answer: requests.Response, field: str) -> None:
    assert answer.status_code == 422
    assert answer.headers["Content-Type"] == PROBLEM
    problem = answer.json()
    assert problem["type"] == "urn:dek:problem:validation-failed"
    assert problem["instance"] == f"urn:uuid:{answer.headers['X-Request-ID']}"
    assert field in {error["field"] for error in problem["errors"]}


def test_policy_tells_every_limit_from_the_settings(service: RunningService) -> None:
    settings = service.settings
    answer = requests.get(f"{service.base_url}/v1/policy", timeout=5)
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == "application/json"
    assert answer.json() == {
        "channels": ["email", "sms"],
        "code_length": 6,
        "code_ttl": 600,
        "resend_after": 60,
        "max_code_attempts": 5,
        "reset_ttl": 900,
        "consent": {
            "version": settings.consent_version,
            "text_ru": settings.consent_text_ru,
            "text_en": settings.consent_text_en,
        },
        "password": {
            "min_length": 8,
            "max_length": 128,
            "forbid_login": True,
            "forbid_previous": True,
        },
        "documents": {
            "accepted": ["application/pdf", "image/jpeg", "image/png"],
            "max_file_bytes": settings.max_file_bytes,
            "max_total_bytes": settings.max_total_bytes,
            "kinds": [
                {"id": "passport", "required": True},
                {"id": "inn", "required": True},
                {"id": "snils", "required": True},
                {"id": "other", "required": False},
            ],
        },
    }


def test_policy_follows_changed_settings(
    service_factory: Callable[..., RunningService],
) -> None:
    changed = service_factory(
        code_length=8,
        code_ttl_s=300,
        resend_after_s=90,
        max_code_attempts=3,
        reset_ttl_s=600,
        password_min_length=12,
        password_max_length=64,
        max_file_bytes=1000,
        max_total_bytes=3000,
        consent_version="2027-01-01",
        document_kinds=(DocumentKind("passport", required=True),),
    )
    policy = requests.get(f"{changed.base_url}/v1/policy", timeout=5).json()
    assert (policy["code_length"], policy["code_ttl"], policy["resend_after"]) == (8, 300, 90)
    assert (policy["max_code_attempts"], policy["reset_ttl"]) == (3, 600)
    assert (policy["password"]["min_length"], policy["password"]["max_length"]) == (12, 64)
    assert policy["documents"]["max_file_bytes"] == 1000
    assert policy["documents"]["max_total_bytes"] == 3000
    assert policy["documents"]["kinds"] == [{"id": "passport", "required": True}]
    assert policy["consent"]["version"] == "2027-01-01"


def test_consent_is_a_real_152_fz_consent_in_both_languages(service: RunningService) -> None:
    consent = requests.get(f"{service.base_url}/v1/policy", timeout=5).json()["consent"]
    russian, english = consent["text_ru"], consent["text_en"]
    for part in ("152-ФЗ", "АО «ДЭК»", "паспорт", "ИНН", "СНИЛС", "лицевого счёта"):
        assert part in russian
    for part in ("восстановить", "Как долго", "Как отозвать", "телефон", "электронной почты"):
        assert part in russian
    for part in ("152-FZ", "DEK", "passport", "INN", "SNILS", "account number"):
        assert part in english
    for part in ("restore my access", "How long", "How to withdraw", "phone", "e-mail"):
        assert part in english
    assert len(russian) > 800 and len(english) > 800


def test_support_contacts_come_with_the_desk_time_zone(service: RunningService) -> None:
    answer = requests.get(f"{service.base_url}/v1/support/contacts", timeout=5)
    assert answer.status_code == 200
    contacts = answer.json()
    settings = service.settings
    assert contacts == {
        "phone": settings.support_phone,
        "email": settings.support_email,
        "hours": settings.support_hours,
        "timezone": "Asia/Vladivostok",
        "url": settings.support_url,
    }
    assert ZoneInfo(contacts["timezone"]).key == "Asia/Vladivostok"
    assert re.fullmatch(r"\d\d:\d\d-\d\d:\d\d", contacts["hours"])


def test_support_contacts_follow_the_settings(
    service_factory: Callable[..., RunningService],
) -> None:
    desk = service_factory(
        support_phone="+7 4212 00-00-00",
        support_email="help@example.ru",
        support_hours="09:00-18:00",
        support_timezone="Asia/Yakutsk",
        support_url="https://example.ru/help",
    )
    contacts = requests.get(f"{desk.base_url}/v1/support/contacts", timeout=5).json()
    assert contacts == {
        "phone": "+7 4212 00-00-00",
        "email": "help@example.ru",
        "hours": "09:00-18:00",
        "timezone": "Asia/Yakutsk",
        "url": "https://example.ru/help",
    }


def test_a_ticket_gets_a_human_friendly_number_and_is_stored_as_given(
    service: RunningService,
) -> None:
    body = ticket_body()
    answer = post_ticket(service, body, key=str(uuid.uuid4()))
    assert answer.status_code == 201
    number = answer.json()["ticket_number"]
    year = service.clock.now().astimezone(ZoneInfo(service.settings.timezone)).year
    assert number == f"SUP-{year}-000001"
    row = service.context.db.one("SELECT * FROM support_tickets WHERE number = ?", (number,))
    assert row is not None
    assert row["name"] == body["name"]
    assert row["contact"] == "anna.ivanova@example.ru"
    assert row["subject"] == body["subject"]
    assert row["description"] == body["description"]
    assert json.loads(row["diagnostics"]) == body["diagnostics"]
    assert row["created_at"] == service.clock.now().isoformat()


def test_ticket_numbers_count_up(service: RunningService) -> None:
    numbers = [
        post_ticket(service, ticket_body(subject=f"Вопрос {index}")).json()["ticket_number"]
        for index in range(3)
    ]
    assert [number[-6:] for number in numbers] == ["000001", "000002", "000003"]
    assert len(set(numbers)) == 3


def test_a_phone_contact_is_stored_in_e164(service: RunningService) -> None:
    answer = post_ticket(service, ticket_body(contact="8 (914) 100-00-01"))
    assert answer.status_code == 201
    row = service.context.db.one(
        "SELECT contact FROM support_tickets WHERE number = ?", (answer.json()["ticket_number"],)
    )
    assert row is not None and row["contact"] == "+79141000001"


def test_diagnostics_without_a_last_problem_are_accepted(service: RunningService) -> None:
    diagnostics: dict[str, Any] = {
        "app_version": "0.1.0",
        "os": "Astra Linux 1.7",
        "locale": "ru_RU",
        "step": "start",
        "last_problem_type": None,
        "last_request_ids": [],
    }
    answer = post_ticket(service, ticket_body(diagnostics=diagnostics))
    assert answer.status_code == 201
    row = service.context.db.one("SELECT diagnostics FROM support_tickets")
    assert row is not None and json.loads(row["diagnostics"]) == diagnostics


def test_a_retry_with_the_same_key_gets_the_same_ticket(service: RunningService) -> None:
    key, body = str(uuid.uuid4()), ticket_body()
    first = post_ticket(service, body, key=key)
    again = post_ticket(service, body, key=key)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    count = service.context.db.one("SELECT COUNT(*) AS n FROM support_tickets")
    assert count is not None and count["n"] == 1


def test_another_body_under_a_used_key_is_idempotency_key_reused(
    service: RunningService,
) -> None:
    key, body = str(uuid.uuid4()), ticket_body()
    assert post_ticket(service, body, key=key).status_code == 201
    answer = post_ticket(service, {**body, "subject": "Другой вопрос"}, key=key)
    assert answer.status_code == 422
    assert answer.headers["Content-Type"] == PROBLEM
    problem = answer.json()
    assert problem["type"] == "urn:dek:problem:idempotency-key-reused"
    assert problem["instance"] == f"urn:uuid:{answer.headers['X-Request-ID']}"


def test_an_error_stores_nothing_under_the_key(service: RunningService) -> None:
    key = str(uuid.uuid4())
    assert_validation_failed(
        post_ticket(service, ticket_body(contact="nobody"), key=key), "contact"
    )
    answer = post_ticket(service, ticket_body(), key=key)
    assert answer.status_code == 201
    assert "Idempotent-Replayed" not in answer.headers


def test_a_contact_that_is_neither_e_mail_nor_phone_is_refused(service: RunningService) -> None:
    for contact in ("nobody", "anna@", "12", "+7 000"):
        answer = post_ticket(service, ticket_body(contact=contact))
        assert_validation_failed(answer, "contact")
        assert {"field": "contact", "code": "invalid_contact"} in answer.json()["errors"]
    count = service.context.db.one("SELECT COUNT(*) AS n FROM support_tickets")
    assert count is not None and count["n"] == 0


def test_lengths_are_checked(service: RunningService) -> None:
    assert_validation_failed(post_ticket(service, ticket_body(name="   ")), "name")
    assert_validation_failed(post_ticket(service, ticket_body(name="Я" * 201)), "name")
    assert_validation_failed(post_ticket(service, ticket_body(subject="")), "subject")
    assert_validation_failed(post_ticket(service, ticket_body(subject="x" * 201)), "subject")
    assert_validation_failed(
        post_ticket(service, ticket_body(description="d" * 5001)), "description"
    )
    assert post_ticket(service, ticket_body(description="d" * 5000)).status_code == 201


def test_diagnostics_are_required_and_checked(service: RunningService) -> None:
    body = ticket_body()
    del body["diagnostics"]
    assert_validation_failed(post_ticket(service, body), "diagnostics")
    too_many = ticket_body()
    too_many["diagnostics"]["last_request_ids"] = [str(uuid.uuid4()) for _ in range(21)]
    assert_validation_failed(post_ticket(service, too_many), "diagnostics.last_request_ids")
    wrong_type = ticket_body()
    wrong_type["diagnostics"]["step"] = 7
    assert_validation_failed(post_ticket(service, wrong_type), "diagnostics.step")


def test_an_over_long_idempotency_key_is_refused(service: RunningService) -> None:
    answer = post_ticket(service, ticket_body(), key="k" * 256)
    assert_validation_failed(answer, "Idempotency-Key")
