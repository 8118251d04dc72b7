"""Whatever comes back with an error status becomes a typed problem or a bad-response failure:
never a json, UnicodeDecodeError, KeyError, TypeError or OverflowError."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dek_desktop.api import (
    AccountLocked,
    Action,
    ApiError,
    BadResponse,
    CaptchaRequired,
    ContractMismatch,
    LockReason,
    ProblemError,
    RecoveryClient,
    RetryPolicy,
    UnknownProblem,
)
from dek_desktop.api.problems import PROBLEM_CLASSES
from dek_desktop.api.reply import Reply
from dek_desktop.api.reply_reading import failure_of
from tests.api.contract_documents import captcha_member
from tests.api.hostile_server import HostileServer, respond

CONTENT_TYPES = st.sampled_from(
    [
        "application/problem+json",
        "application/json; charset=utf-8",
        "text/html",
        "text/plain",
        "",
        "application/octet-stream",
    ]
)
STATUSES = st.integers(400, 599)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=20,
)
known_types = st.sampled_from([f"urn:dek:problem:{slug}" for slug in PROBLEM_CLASSES])
member_names = st.sampled_from(
    [
        "attempts_left",
        "reason",
        "locked_until",
        "actions",
        "captcha",
        "invalid_answer",
        "retry_after",
        "errors",
        "violations",
        "consent_version",
        "max_bytes",
        "accepted",
        "offset",
        "missing",
        "application_status",
        "title",
        "detail",
        "instance",
    ]
)
problem_documents = st.fixed_dictionaries(
    {"type": known_types | st.text()},
    optional={"status": st.integers(), "detail": json_values},
).flatmap(
    lambda base: st.dictionaries(member_names, json_values, max_size=5).map(
        lambda members: {**members, **base}
    )
)


def classify(status: int, content_type: str, body: bytes) -> ApiError:
    headers = {"content-type": content_type} if content_type else {}
    return failure_of(Reply(status, headers, body, "req-1", "http://127.0.0.1/v1/x"))


def assert_typed(failure: ApiError) -> None:
    assert isinstance(failure, ProblemError | BadResponse), type(failure)
    assert failure.request_id == "req-1"


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(STATUSES, CONTENT_TYPES, st.binary(max_size=512))
def test_any_bytes(status: int, content_type: str, body: bytes) -> None:
    assert_typed(classify(status, content_type, body))


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(STATUSES, json_values)
def test_any_json(status: int, document: Any) -> None:
    body = json.dumps(document).encode()
    assert_typed(classify(status, "application/problem+json", body))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(STATUSES, problem_documents)
def test_problem_shaped_json_with_members_of_any_type(
    status: int, document: dict[str, Any]
) -> None:
    failure = classify(status, "application/problem+json", json.dumps(document).encode())
    assert_typed(failure)
    if isinstance(failure, ProblemError) and not isinstance(failure, UnknownProblem):
        assert failure.type == document["type"]


def test_deep_nesting_and_huge_numbers_are_malformed_not_crashes() -> None:
    for body in (
        b"[" * 100_000,
        b'{"type": "urn:dek:problem:rate-limited", "retry_after": 1' + b"0" * 5000 + b"}",
    ):
        assert_typed(classify(429, "application/problem+json", body))
    overflow = json.dumps({"type": "urn:dek:problem:rate-limited", "retry_after": 10**30}).encode()
    assert isinstance(classify(429, "application/problem+json", overflow), ContractMismatch)


def test_members_are_typed() -> None:
    document = {
        "type": "urn:dek:problem:account-locked",
        "status": 423,
        "reason": "too_many_attempts",
        "locked_until": "2026-11-25T05:15:00Z",
        "actions": ["wait", "recover"],
        "instance": "urn:uuid:req-1",
    }
    failure = classify(423, "application/problem+json", json.dumps(document).encode())
    assert isinstance(failure, AccountLocked)
    assert failure.reason is LockReason.TOO_MANY_ATTEMPTS
    assert failure.actions == (Action.WAIT, Action.RECOVER)
    assert failure.locked_until is not None and failure.locked_until.utcoffset() is not None
    captcha = classify(
        428,
        "application/problem+json",
        json.dumps(
            {"type": "urn:dek:problem:captcha-required", "captcha": captcha_member()}
        ).encode(),
    )
    assert isinstance(captcha, CaptchaRequired)
    assert captcha.captcha.image_png.startswith(b"\x89PNG")
    assert captcha.invalid_answer is False


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    server = HostileServer()
    yield server
    server.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    status=STATUSES,
    content_type=CONTENT_TYPES,
    body=st.binary(max_size=256) | problem_documents.map(lambda d: json.dumps(d).encode()),
)
def test_the_same_over_real_http(
    hostile: HostileServer, status: int, content_type: str, body: bytes
) -> None:
    hostile.script(respond(status, body, content_type=content_type or "application/problem+json"))
    with (
        RecoveryClient(hostile.base_url, retry=RetryPolicy(max_attempts=1)) as client,
        pytest.raises(ApiError) as caught,
    ):
        client.get_policy()
    assert isinstance(caught.value, ProblemError | BadResponse), type(caught.value)
    assert caught.value.request_id == hostile.requests[-1].headers["x-request-id"]
