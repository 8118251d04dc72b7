"""The recovery calls over real HTTP, as the tests of recovery make them."""

from __future__ import annotations

from typing import Any

import requests

from tests.conftest import RunningService

PROBLEM = "application/problem+json"
PROBLEM_PREFIX = "urn:dek:problem:"


def request_recovery(
    service: RunningService,
    contact: str,
    channel: str = "email",
    *,
    login: str | None = None,
    captcha: dict[str, str] | None = None,
    key: str | None = None,
    language: str = "ru",
) -> requests.Response:
    body: dict[str, Any] = {"contact": contact, "channel": channel}
    if login is not None:
        body["login"] = login
    if captcha is not None:
        body["captcha"] = captcha
    headers = {"Accept-Language": language}
    if key is not None:
        headers["Idempotency-Key"] = key
    return requests.post(f"{service.base_url}/v1/recovery", json=body, headers=headers, timeout=10)


def started(service: RunningService, contact: str, channel: str = "email", **kw: Any) -> str:
    """Starts a recovery that must be accepted; its id."""
    answer = request_recovery(service, contact, channel, **kw)
    assert answer.status_code == 202, answer.text
    recovery_id: str = answer.json()["recovery_id"]
    return recovery_id


def resend(service: RunningService, recovery_id: str) -> requests.Response:
    return requests.post(f"{service.base_url}/v1/recovery/{recovery_id}/resend", timeout=10)


def verify(
    service: RunningService, recovery_id: str, *, language: str = "ru", **body: str
) -> requests.Response:
    return requests.post(
        f"{service.base_url}/v1/recovery/{recovery_id}/verify",
        json=body,
        headers={"Accept-Language": language},
        timeout=10,
    )


def answer_identity(
    service: RunningService,
    recovery_id: str,
    identity_token: str,
    answers: dict[str, str],
    consent_version: str | None = None,
) -> requests.Response:
    return requests.post(
        f"{service.base_url}/v1/recovery/{recovery_id}/identity",
        json={
            "identity_token": identity_token,
            "answers": answers,
            "consent_version": consent_version or service.settings.consent_version,
        },
        timeout=10,
    )


def set_password(
    service: RunningService,
    recovery_id: str,
    reset_token: str,
    new_password: str,
    account_id: str | None = None,
) -> requests.Response:
    body = {"reset_token": reset_token, "new_password": new_password}
    if account_id is not None:
        body["account_id"] = account_id
    return requests.put(
        f"{service.base_url}/v1/recovery/{recovery_id}/password", json=body, timeout=30
    )


def last_message_to(service: RunningService, to: str) -> dict[str, Any]:
    """The newest message in the demo outbox for `to` (an e-mail address or E.164 number)."""
    for message in service.outbox():
        if message["to"] == to:
            return message
    raise AssertionError(f"no message to {to}")


def problem_of(answer: requests.Response, slug: str, status: int) -> dict[str, Any]:
    """The problem body, checked to be `slug` with `status`, its `instance` the request id."""
    assert answer.status_code == status, answer.text
    assert answer.headers["Content-Type"] == PROBLEM
    body: dict[str, Any] = answer.json()
    assert body["type"] == PROBLEM_PREFIX + slug
    assert body["status"] == status
    assert body["instance"] == f"urn:uuid:{answer.headers['X-Request-ID']}"
    return body


def reset_granted(
    service: RunningService, contact: str, channel: str = "email"
) -> tuple[str, dict[str, Any]]:
    """A recovery of `contact` through its code: the recovery id and the verify answer."""
    recovery_id = started(service, contact, channel)
    code = last_message_to(service, contact)["code"]
    answer = verify(service, recovery_id, code=code)
    assert answer.status_code == 200, answer.text
    granted: dict[str, Any] = answer.json()
    return recovery_id, granted
