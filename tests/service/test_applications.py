"""Recovery by documents: applications over real HTTP (create, PIN access, submit, status)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

import requests

from dek_recovery_service.application_status import (
    ApplicationStatus,
    change_application_status,
)
from dek_recovery_service.seed import DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN, demo_account
from tests.conftest import RunningService
from tests.service.application_calls import (
    CONSENT_VERSION,
    bearer,
    create_application,
    get_application,
    jpeg_bytes,
    metadata,
    sha256_hex,
    submit,
    upload_document,
    upload_required_documents,
)

PROBLEM = "application/problem+json"
PDF = "application/pdf"


def problem_of(answer: requests.Response, slug: str, status: int) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["Content-Type"] == PROBLEM
    body: dict[str, Any] = answer.json()
    assert body["type"] == f"urn:dek:problem:{slug}"
    assert body["status"] == status
    assert body["instance"] == f"urn:uuid:{answer.headers['X-Request-ID']}"
    return body


def every_stored_text(service: RunningService) -> str:
    """Every value of every row outside the demo outbox, as one text to search."""
    db = service.context.db
    tables = [
        row["name"]
        for row in db.all("SELECT name FROM sqlite_master WHERE type = 'table'")
        if row["name"] != "outbox"
    ]
    return "\n".join(
        repr(tuple(row)) for table in tables for row in db.all(f"SELECT * FROM {table}")
    )


def access(service: RunningService, number: str, pin: str) -> requests.Response:
    return requests.post(
        f"{service.base_url}/v1/applications/{number}/access", json={"pin": pin}, timeout=10
    )


def set_status(service: RunningService, number: str, status: str, **fields: Any) -> None:
    answer = requests.post(
        f"{service.base_url}/demo/applications/{number}/status",
        json={"status": status, **fields},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text


# --- create ------------------------------------------------------------------------------


def test_create_answers_a_human_number_and_a_256_bit_token_stored_only_hashed(
    service: RunningService,
) -> None:
    created = create_application(service.base_url, login="100200305")
    assert created["status"] == "draft"
    assert re.fullmatch(r"\d{4}-\d{6}", created["application_number"])
    assert created["application_number"] > DEMO_APPLICATION_NUMBER
    token = created["application_token"]
    assert len(token) >= 43  # 256 bits in base64url (or 64 hex digits)
    stored = every_stored_text(service)
    assert token not in stored
    row = service.context.db.one(
        "SELECT token_hash, contact, consent_version, consent_at FROM applications"
        " WHERE number = ?",
        (created["application_number"],),
    )
    assert row is not None
    assert row["token_hash"] == service.context.hasher.digest("application-token", token)
    assert (row["contact"], row["consent_version"]) == (
        "galina.zaitseva@example.ru",
        CONSENT_VERSION,
    )
    consent = service.context.db.one(
        "SELECT version, given_at FROM consents WHERE subject = ?",
        (f"application:{created['application_number']}",),
    )
    assert consent is not None
    assert consent["version"] == CONSENT_VERSION
    assert consent["given_at"] == service.clock.now().isoformat()


def test_numbers_are_sequential_within_the_year(service: RunningService) -> None:
    first = create_application(service.base_url)["application_number"]
    second = create_application(service.base_url, contact="+7 914 555-12-34")["application_number"]
    year, counter = first.split("-")
    assert second == f"{year}-{int(counter) + 1:06d}"


def test_a_retry_with_the_same_idempotency_key_gets_the_same_application_and_token(
    service: RunningService,
) -> None:
    key = str(uuid.uuid4())
    first = create_application(service.base_url, key=key)
    body = {
        "reason": "no_contact_access",
        "full_name": "Галина Фёдоровна Зайцева",
        "contact": "galina.zaitseva@example.ru",
        "consent_version": CONSENT_VERSION,
    }
    replay = requests.post(
        f"{service.base_url}/v1/applications",
        json=body,
        headers={"Idempotency-Key": key},
        timeout=10,
    )
    assert replay.status_code == 201
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.json() == first
    assert first["application_token"] not in every_stored_text(service)
    assert (
        get_application(
            service.base_url, first["application_number"], replay.json()["application_token"]
        ).status_code
        == 200
    )
    other = requests.post(
        f"{service.base_url}/v1/applications",
        json={**body, "reason": "other"},
        headers={"Idempotency-Key": key},
        timeout=10,
    )
    problem_of(other, "idempotency-key-reused", 422)
    count = service.context.db.one("SELECT COUNT(*) AS n FROM applications")
    assert count is not None and count["n"] == 2  # the demo application and this one


def test_create_needs_the_current_consent(service: RunningService) -> None:
    answer = requests.post(
        f"{service.base_url}/v1/applications",
        json={
            "reason": "other",
            "full_name": "Галина Зайцева",
            "contact": "galina.zaitseva@example.ru",
            "consent_version": "2020-01-01",
        },
        timeout=10,
    )
    body = problem_of(answer, "consent-required", 428)
    assert body["consent_version"] == CONSENT_VERSION
    assert service.context.db.one("SELECT COUNT(*) AS n FROM consents")["n"] == 0  # type: ignore[index]


def test_create_validates_reason_and_contact(service: RunningService) -> None:
    base = {"full_name": "Галина Зайцева", "consent_version": CONSENT_VERSION}
    wrong_reason = requests.post(
        f"{service.base_url}/v1/applications",
        json={**base, "reason": "bored", "contact": "galina@example.ru"},
        timeout=10,
    )
    assert problem_of(wrong_reason, "validation-failed", 422)["errors"][0]["field"] == "reason"
    wrong_contact = requests.post(
        f"{service.base_url}/v1/applications",
        json={**base, "reason": "other", "contact": "not a contact"},
        timeout=10,
    )
    errors = problem_of(wrong_contact, "validation-failed", 422)["errors"]
    assert errors == [{"field": "contact", "code": "invalid"}]


# --- the token, not the number -----------------------------------------------------------


def test_every_call_without_the_right_token_is_unauthorized_whether_or_not_the_number_exists(
    service: RunningService,
) -> None:
    mine = create_application(service.base_url)
    theirs = create_application(service.base_url, contact="+79145550000")
    number, token = mine["application_number"], mine["application_token"]
    for target, headers in (
        (number, {}),
        (number, {"Authorization": "Bearer " + "A" * 43}),
        (number, {"Authorization": f"Bearer {theirs['application_token']}"}),
        (number, {"Authorization": f"Basic {token}"}),
        ("2026-999999", {"Authorization": f"Bearer {token}"}),
        ("2026-999999", {}),
    ):
        for method, path in (
            ("GET", f"/v1/applications/{target}"),
            ("POST", f"/v1/applications/{target}/submit"),
        ):
            answer = requests.request(
                method, f"{service.base_url}{path}", headers=headers, timeout=10
            )
            problem_of(answer, "unauthorized", 401)


# --- a service-centre number and PIN -----------------------------------------------------


def test_the_service_centre_pin_opens_the_application(service: RunningService) -> None:
    answer = access(service, DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN)
    assert answer.status_code == 200, answer.text
    opened = answer.json()
    assert opened["status"] == "draft"
    assert opened["application_token"] not in every_stored_text(service)
    state = get_application(service.base_url, DEMO_APPLICATION_NUMBER, opened["application_token"])
    assert state.status_code == 200
    assert state.json()["missing"] == ["passport", "inn", "snils"]


def test_a_wrong_pin_and_an_unknown_number_get_the_same_answer(service: RunningService) -> None:
    wrong = problem_of(access(service, DEMO_APPLICATION_NUMBER, "000000"), "invalid-code", 400)
    unknown = problem_of(access(service, "2026-777777", DEMO_APPLICATION_PIN), "invalid-code", 400)
    for body in (wrong, unknown):
        body.pop("instance")
    assert wrong == unknown
    assert wrong["attempts_left"] == service.settings.pin_max_attempts - 1


def test_the_fifth_wrong_pin_locks_the_number_for_an_hour_and_no_pin_is_checked_meanwhile(
    service: RunningService,
) -> None:
    settings = service.settings
    for attempts_left in range(settings.pin_max_attempts - 1, 0, -1):
        body = problem_of(access(service, DEMO_APPLICATION_NUMBER, "111111"), "invalid-code", 400)
        assert body["attempts_left"] == attempts_left
    fifth = access(service, DEMO_APPLICATION_NUMBER, "111111")
    assert problem_of(fifth, "rate-limited", 429)["retry_after"] == settings.pin_lock_s
    assert fifth.headers["Retry-After"] == str(settings.pin_lock_s)
    right_pin_while_locked = access(service, DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN)
    assert problem_of(right_pin_while_locked, "rate-limited", 429)["retry_after"] == (
        settings.pin_lock_s
    )
    service.clock.advance(settings.pin_lock_s - 1)
    last_second = access(service, DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN)
    assert problem_of(last_second, "rate-limited", 429)["retry_after"] == 1
    service.clock.advance(1)
    assert access(service, DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN).status_code == 200
    again = problem_of(access(service, DEMO_APPLICATION_NUMBER, "111111"), "invalid-code", 400)
    assert again["attempts_left"] == settings.pin_max_attempts - 1


def test_unknown_numbers_are_counted_and_locked_too(service: RunningService) -> None:
    for _ in range(service.settings.pin_max_attempts - 1):
        problem_of(access(service, "2026-555555", "123456"), "invalid-code", 400)
    problem_of(access(service, "2026-555555", "123456"), "rate-limited", 429)
    problem_of(access(service, "2026-555555", "123456"), "rate-limited", 429)
    # Another number keeps its own count.
    other = problem_of(access(service, "2026-555556", "123456"), "invalid-code", 400)
    assert other["attempts_left"] == service.settings.pin_max_attempts - 1


def test_a_malformed_pin_is_a_validation_failure_and_not_a_try(service: RunningService) -> None:
    problem_of(access(service, DEMO_APPLICATION_NUMBER, "12a456"), "validation-failed", 422)
    problem_of(access(service, DEMO_APPLICATION_NUMBER, "1234567"), "validation-failed", 422)
    body = problem_of(access(service, DEMO_APPLICATION_NUMBER, "000000"), "invalid-code", 400)
    assert body["attempts_left"] == service.settings.pin_max_attempts - 1


# --- submit and follow -------------------------------------------------------------------


def test_submit_before_the_required_documents_is_incomplete(service: RunningService) -> None:
    created = create_application(service.base_url)
    number, token = created["application_number"], created["application_token"]
    body = problem_of(submit(service.base_url, number, token), "application-incomplete", 409)
    assert body["missing"] == ["passport", "inn", "snils"]
    assert upload_document(service.base_url, number, token, jpeg_bytes()).status_code == 204
    body = problem_of(submit(service.base_url, number, token), "application-incomplete", 409)
    assert body["missing"] == ["inn", "snils"]
    assert get_application(service.base_url, number, token).json()["missing"] == ["inn", "snils"]


def test_submit_answers_a_receipt_with_every_documents_sha256_and_closes_the_application(
    service: RunningService,
) -> None:
    created = create_application(service.base_url)
    number, token = created["application_number"], created["application_token"]
    documents = upload_required_documents(service.base_url, number, token)
    service.clock.advance(30)
    key = str(uuid.uuid4())
    answer = submit(service.base_url, number, token, key)
    assert answer.status_code == 202, answer.text
    submitted = answer.json()
    assert submitted["status"] == "submitted"
    assert submitted["submitted_at"] == service.clock.now().isoformat()
    assert submitted["receipt"]["documents"] == [
        {
            "kind": "passport",
            "filename": "passport.jpg",
            "bytes": len(documents["passport"]),
            "sha256": sha256_hex(documents["passport"]),
        },
        {
            "kind": "inn",
            "filename": "inn.pdf",
            "bytes": len(documents["inn"]),
            "sha256": sha256_hex(documents["inn"]),
        },
        {
            "kind": "snils",
            "filename": "snils.png",
            "bytes": len(documents["snils"]),
            "sha256": sha256_hex(documents["snils"]),
        },
    ]
    replay = submit(service.base_url, number, token, key)
    assert replay.status_code == 202
    assert replay.json() == submitted
    closed = problem_of(
        submit(service.base_url, number, token, str(uuid.uuid4())), "application-closed", 409
    )
    assert closed["application_status"] == "submitted"
    state = get_application(service.base_url, number, token).json()
    assert state == {
        "status": "submitted",
        "updated_at": submitted["submitted_at"],
        "comment": "",
        "missing": [],
        "next": "wait",
    }


def test_every_status_change_tells_the_contact_in_russian_without_personal_data(
    service: RunningService,
) -> None:
    created = create_application(service.base_url, contact="+7 (914) 555-00-11")
    number, token = created["application_number"], created["application_token"]
    upload_required_documents(service.base_url, number, token)
    assert submit(service.base_url, number, token).status_code == 202
    service.clock.advance(60)
    set_status(service, number, "in_review")
    messages = service.outbox()
    assert [message["to"] for message in messages[:2]] == ["+79145550011", "+79145550011"]
    assert all(message["channel"] == "sms" for message in messages[:2])
    newest, earlier = messages[0], messages[1]
    assert f"Заявление № {number}" in newest["body"] and "на рассмотрении" in newest["body"]
    assert f"Заявление № {number}" in earlier["body"] and "подано" in earlier["body"]
    for message in messages[:2]:
        assert "Зайцева" not in message["body"] and "Галина" not in message["body"]
        assert service.settings.support_phone in message["body"]
        assert message["code"] is None and message["link"] is None


def test_needs_more_takes_new_documents_and_a_second_submit(service: RunningService) -> None:
    created = create_application(service.base_url)
    number, token = created["application_number"], created["application_token"]
    upload_required_documents(service.base_url, number, token)
    assert submit(service.base_url, number, token).status_code == 202
    service.clock.advance(3600)
    set_status(
        service,
        number,
        "needs_more",
        comment="Фото паспорта нечитаемо: сфотографируйте разворот при хорошем свете.",
        missing=["passport"],
    )
    state = get_application(service.base_url, number, token).json()
    assert state["status"] == "needs_more"
    assert state["next"] == "upload"
    assert state["missing"] == ["passport"]
    assert state["comment"].startswith("Фото паспорта нечитаемо")
    assert state["updated_at"] == service.clock.now().isoformat()
    needs_more_message = service.outbox()[0]
    assert "нужны дополнительные документы" in needs_more_message["body"]
    assert "паспорт" in needs_more_message["body"]
    body = problem_of(submit(service.base_url, number, token), "application-incomplete", 409)
    assert body["missing"] == ["passport"]
    service.clock.advance(60)
    better = jpeg_bytes(640, 480)
    answer = upload_document(service.base_url, number, token, better, filename="passport-2.jpg")
    assert answer.status_code == 204
    assert get_application(service.base_url, number, token).json()["missing"] == []
    second = submit(service.base_url, number, token)
    assert second.status_code == 202, second.text
    receipt = second.json()["receipt"]["documents"]
    assert receipt[-1] == {
        "kind": "passport",
        "filename": "passport-2.jpg",
        "bytes": len(better),
        "sha256": sha256_hex(better),
    }
    assert len(receipt) == 4


def test_next_step_follows_the_status(service: RunningService) -> None:
    created = create_application(service.base_url)
    number, token = created["application_number"], created["application_token"]
    expected = {
        "draft": "upload",
        "submitted": "wait",
        "in_review": "wait",
        "needs_more": "upload",
        "approved": "recover",
        "rejected": "support",
    }
    for status, next_step in expected.items():
        set_status(service, number, status)
        state = get_application(service.base_url, number, token).json()
        assert (state["status"], state["next"]) == (status, next_step)
    assert len(service.outbox()) == len(expected) - 1  # draft -> draft is no change


def test_a_closed_application_takes_no_documents(service: RunningService) -> None:
    created = create_application(service.base_url)
    number, token = created["application_number"], created["application_token"]
    for status in ("submitted", "in_review", "approved", "rejected"):
        set_status(service, number, status)
        upload = requests.post(
            f"{service.base_url}/v1/applications/{number}/documents",
            headers={
                **bearer(token),
                "Upload-Length": "100",
                "Upload-Metadata": metadata(kind="inn", filename="a.pdf", content_type=PDF),
            },
            timeout=10,
        )
        assert problem_of(upload, "application-closed", 409)["application_status"] == status
        body = problem_of(submit(service.base_url, number, token), "application-closed", 409)
        assert body["application_status"] == status


def test_approval_makes_the_contact_the_accounts_confirmed_contact_and_recovery_by_code_works(
    service: RunningService,
) -> None:
    compromised = demo_account("compromised")  # blocked: suspected compromise, documents allowed
    new_email = "elena.new@example.ru"
    created = create_application(
        service.base_url, reason="account_blocked", login=compromised.number, contact=new_email
    )
    number, token = created["application_number"], created["application_token"]
    upload_required_documents(service.base_url, number, token)
    assert submit(service.base_url, number, token).status_code == 202
    service.clock.advance(86400)
    change_application_status(service.context, number, ApplicationStatus.APPROVED)
    account = service.context.db.one(
        "SELECT email, email_confirmed, lock_reason, contacts_confirmed_at FROM accounts"
        " WHERE number = ?",
        (compromised.number,),
    )
    assert account is not None
    assert (account["email"], account["email_confirmed"], account["lock_reason"]) == (
        new_email,
        1,
        None,
    )
    assert account["contacts_confirmed_at"] == service.clock.now().isoformat()
    assert get_application(service.base_url, number, token).json()["next"] == "recover"
    assert "восстановить доступ" in service.outbox()[0]["body"]
    started = requests.post(
        f"{service.base_url}/v1/recovery",
        json={"contact": new_email, "channel": "email"},
        timeout=10,
    )
    assert started.status_code == 202, started.text
    code = next(m["code"] for m in service.outbox() if m["to"] == new_email and m["code"])
    verified = requests.post(
        f"{service.base_url}/v1/recovery/{started.json()['recovery_id']}/verify",
        json={"code": code},
        timeout=10,
    )
    assert verified.status_code == 200, verified.text
    assert [a["number_masked"][-4:] for a in verified.json()["accounts"]] == [
        compromised.number[-4:]
    ]


def test_approval_names_no_account_when_the_login_matches_several(service: RunningService) -> None:
    shared_phone = demo_account("shared_flat").phone
    assert shared_phone is not None
    created = create_application(service.base_url, login=shared_phone, contact="kolya@example.ru")
    change_application_status(
        service.context, created["application_number"], ApplicationStatus.APPROVED
    )
    emails = service.context.db.all("SELECT email FROM accounts WHERE phone = ?", (shared_phone,))
    assert [row["email"] for row in emails] == [None, None]


def test_the_demo_status_call_checks_its_input(service: RunningService) -> None:
    unknown = requests.post(
        f"{service.base_url}/demo/applications/2026-999999/status",
        json={"status": "approved"},
        timeout=10,
    )
    problem_of(unknown, "not-found", 404)
    wrong_kind = requests.post(
        f"{service.base_url}/demo/applications/{DEMO_APPLICATION_NUMBER}/status",
        json={"status": "needs_more", "missing": ["diploma"]},
        timeout=10,
    )
    problem_of(wrong_kind, "validation-failed", 422)


def test_the_demo_status_call_exists_only_in_demo_mode(
    service_factory: Callable[..., RunningService],
) -> None:
    from dek_recovery_service.messages import OutgoingMessage

    class Silent:
        def send(self, message: OutgoingMessage) -> None:
            assert message.to

    production = service_factory(demo=False, messenger=Silent())
    answer = requests.post(
        f"{production.base_url}/demo/applications/{DEMO_APPLICATION_NUMBER}/status",
        json={"status": "approved"},
        timeout=10,
    )
    problem_of(answer, "not-found", 404)
