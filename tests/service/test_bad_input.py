"""Bad input on every endpoint gets a problem (application/problem+json), never a 500 or HTML.

The endpoints are read from the document the service serves, so a new route is covered too.
"""

from __future__ import annotations

import base64
import json
import re
import socket
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from dek_recovery_service.seed import DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN
from tests.conftest import RunningService

PROBLEM = "application/problem+json"
METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS")


def endpoints(service: RunningService) -> dict[str, set[str]]:
    """Concrete path -> the methods the contract documents for it."""
    document = requests.get(f"{service.base_url}/openapi.json", timeout=10).json()
    found: dict[str, set[str]] = {}
    for template, item in document["paths"].items():
        path = re.sub(r"\{number\}", DEMO_APPLICATION_NUMBER, template)
        path = re.sub(r"\{[a-z_]+\}", "0123456789abcdef0123456789abcdef", path)
        found[path] = {method.upper() for method in item}
    return found


def json_operations(service: RunningService) -> Iterator[tuple[str, str]]:
    """(method, path) of every operation that takes a JSON body."""
    document = requests.get(f"{service.base_url}/openapi.json", timeout=10).json()
    for template, item in document["paths"].items():
        path = re.sub(r"\{number\}", DEMO_APPLICATION_NUMBER, template)
        path = re.sub(r"\{[a-z_]+\}", "0123456789abcdef0123456789abcdef", path)
        for method, operation in item.items():
            if "application/json" in operation.get("requestBody", {}).get("content", {}):
                yield method.upper(), path


def assert_problem(answer: requests.Response, *statuses: int) -> dict[str, Any]:
    where = f"{answer.request.method} {answer.request.url} -> {answer.status_code}"
    assert answer.status_code < 500, where
    assert answer.headers["Content-Type"] == PROBLEM, where
    problem: dict[str, Any] = answer.json()
    assert problem["type"].startswith("urn:dek:problem:"), where
    assert problem["status"] == answer.status_code, where
    assert problem["instance"] == f"urn:uuid:{answer.headers['X-Request-ID']}", where
    if statuses:
        assert answer.status_code in statuses, where
    return problem


def send(
    service: RunningService, method: str, path: str, body: bytes, content_type: str
) -> requests.Response:
    return requests.request(
        method,
        f"{service.base_url}{path}",
        data=body,
        headers={"Content-Type": content_type, "Authorization": "Bearer not-a-token"},
        timeout=10,
    )


def test_the_contract_has_json_endpoints_to_try(service: RunningService) -> None:
    operations = list(json_operations(service))
    assert ("POST", "/v1/support/tickets") in operations


def test_wrong_methods_on_every_endpoint_are_problems(service: RunningService) -> None:
    for path, allowed in endpoints(service).items():
        for method in METHODS:
            if method in allowed:
                continue
            answer = requests.request(method, f"{service.base_url}{path}", timeout=10)
            problem = assert_problem(answer, 405)
            assert problem["type"] == "urn:dek:problem:not-found"
            assert set(answer.headers["Allow"].split(", ")) == allowed, (method, path)


@pytest.mark.parametrize(
    "body",
    [
        b"{",
        b'{"name": }',
        b"not json at all",
        b"{'single': 'quotes'}",
        b'{"a": 1} trailing',
        b"\x00\x01\x02",
        b"[" * 20_000 + b"]" * 20_000,
    ],
    ids=["open", "no-value", "words", "single-quotes", "trailing", "binary", "deep"],
)
def test_malformed_json_is_validation_failed(service: RunningService, body: bytes) -> None:
    for method, path in json_operations(service):
        answer = send(service, method, path, body, "application/json")
        assert_problem(answer, 401, 404, 422)


@pytest.mark.parametrize(
    "value",
    [[], "text", 42, 3.5, True, None, {"name": ["list"], "contact": {"x": 1}, "code": 123456}],
    ids=["array", "string", "integer", "float", "boolean", "null", "wrong-member-types"],
)
def test_wrong_types_are_validation_failed(service: RunningService, value: object) -> None:
    for method, path in json_operations(service):
        answer = send(service, method, path, json.dumps(value).encode(), "application/json")
        assert_problem(answer, 401, 404, 422)


@pytest.mark.parametrize(
    "body",
    [
        b'{"name": "\xff\xfe\xfa"}',
        '{"name": "Иван"}'.encode("cp1251"),
        '{"name": "Иван"}'.encode("utf-16"),
        b'{"name": "\xed\xa0\x80"}',
    ],
    ids=["invalid-bytes", "cp1251", "utf-16", "lone-surrogate"],
)
def test_bodies_that_are_not_utf_8_are_problems(service: RunningService, body: bytes) -> None:
    for method, path in json_operations(service):
        assert_problem(send(service, method, path, body, "application/json"), 401, 404, 422)


def test_a_json_body_sent_as_another_type_is_a_problem(service: RunningService) -> None:
    for method, path in json_operations(service):
        for content_type in ("text/plain", "application/x-www-form-urlencoded", "text/html"):
            answer = send(service, method, path, b'{"name": "x"}', content_type)
            assert_problem(answer, 401, 404, 415, 422)


def test_an_empty_body_is_validation_failed(service: RunningService) -> None:
    for method, path in json_operations(service):
        assert_problem(send(service, method, path, b"", "application/json"), 401, 404, 422)


def test_a_huge_declared_body_is_payload_too_large(service: RunningService) -> None:
    limit = service.settings.max_json_body_bytes
    for method, path in json_operations(service):
        body = b'{"name": "' + b"x" * limit + b'"}'
        problem = assert_problem(send(service, method, path, body, "application/json"), 413)
        assert problem["type"] == "urn:dek:problem:payload-too-large"
        assert problem["max_bytes"] == limit


def test_a_huge_chunked_body_is_payload_too_large(service: RunningService) -> None:
    limit = service.settings.max_json_body_bytes

    def chunks() -> Iterator[bytes]:
        yield b'{"name": "'
        for _ in range(limit // 4096 + 2):
            yield b"x" * 4096
        yield b'"}'

    for method, path in json_operations(service):
        answer = requests.request(
            method,
            f"{service.base_url}{path}",
            data=chunks(),
            headers={"Content-Type": "application/json"},
            timeout=10,
        )
        problem = assert_problem(answer, 413)
        assert problem["max_bytes"] == limit


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/v2/policy",
        "/v1/policy/extra",
        "/v1/../etc/passwd",
        "/v1/%2e%2e/%2e%2e/etc/passwd",
        "/v1/applications/..%2f..%2fservice.key",
        "/v1/%00",
        "/v1/" + "a" * 4000,
        "/docs",
        "/redoc",
        "/v1/recovery/%ff%fe",
    ],
)
def test_unknown_paths_are_not_found_problems(service: RunningService, path: str) -> None:
    for method in ("GET", "POST"):
        answer = requests.request(method, f"{service.base_url}{path}", timeout=10)
        problem = assert_problem(answer, 401, 404, 405, 422)
        assert "<html" not in answer.text.lower()
        if answer.status_code == 404:
            assert problem["type"] == "urn:dek:problem:not-found"


def test_a_broken_request_line_gets_no_html(service: RunningService) -> None:
    """Below the application: uvicorn answers the unparseable request by itself."""
    with socket.create_connection(("127.0.0.1", service.port), timeout=10) as raw:
        raw.sendall(b"GET /v1/policy HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n")
        reply = raw.recv(65536).decode("latin-1")
    assert reply.startswith("HTTP/1.1 400")
    assert "<html" not in reply.lower()


def test_query_strings_and_odd_headers_do_not_break_a_read(service: RunningService) -> None:
    answer = requests.get(
        f"{service.base_url}/v1/policy?x=%ff&y=" + "z" * 2000,
        headers={
            "Accept-Language": ";;;q=abc,,,",
            "X-Request-ID": "<script>alert(1)</script>",
            "Accept": "text/html",
        },
        timeout=10,
    )
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == "application/json"
    assert answer.headers["X-Request-ID"] != "<script>alert(1)</script>"


def application_bearer(service: RunningService) -> dict[str, str]:
    opened = requests.post(
        f"{service.base_url}/v1/applications/{DEMO_APPLICATION_NUMBER}/access",
        json={"pin": DEMO_APPLICATION_PIN},
        timeout=10,
    )
    assert opened.status_code == 200, opened.text
    return {"Authorization": f"Bearer {opened.json()['application_token']}"}


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


@pytest.mark.parametrize(
    "headers",
    [
        {"Tus-Resumable": "1.0.0", "Upload-Length": "-1"},
        {"Tus-Resumable": "1.0.0", "Upload-Length": "9" * 40},
        {"Tus-Resumable": "1.0.0", "Upload-Length": "ten"},
        {"Tus-Resumable": "1.0.0", "Upload-Length": ""},
        {"Tus-Resumable": "0.2.2", "Upload-Length": "10"},
        {"Upload-Length": "10"},
        {"Tus-Resumable": "1.0.0", "Upload-Length": "10", "Upload-Metadata": "kind !!!,x"},
        {
            "Tus-Resumable": "1.0.0",
            "Upload-Length": "10",
            "Upload-Metadata": f"kind {b64(bytes([0xFF, 0xFE]))},filename {b64(bytes([0xC3]))}",
        },
    ],
    ids=[
        "negative-length",
        "huge-length",
        "word-length",
        "empty-length",
        "old-tus",
        "no-tus",
        "garbage-metadata",
        "non-utf8-metadata",
    ],
)
def test_bad_tus_creation_headers_are_problems(
    service: RunningService, headers: dict[str, str]
) -> None:
    answer = requests.post(
        f"{service.base_url}/v1/applications/{DEMO_APPLICATION_NUMBER}/documents",
        headers={**application_bearer(service), **headers},
        timeout=10,
    )
    problem = assert_problem(answer, 400, 412, 413, 415, 422)
    assert answer.headers["Tus-Resumable"] == "1.0.0"
    if headers.get("Tus-Resumable") != "1.0.0":
        assert problem["status"] == 412
        assert answer.headers["Tus-Version"] == "1.0.0"


def test_a_path_like_filename_never_becomes_a_path(service: RunningService) -> None:
    key_before = (service.data_dir / "service.key").read_bytes()
    answer = requests.post(
        f"{service.base_url}/v1/applications/{DEMO_APPLICATION_NUMBER}/documents",
        headers={
            **application_bearer(service),
            "Tus-Resumable": "1.0.0",
            "Upload-Length": "10",
            "Upload-Metadata": f"kind {b64(b'passport')},filename {b64(b'../../service.key')},"
            f"content_type {b64(b'image/png')}",
        },
        timeout=10,
    )
    assert answer.status_code == 201, answer.text
    upload_id = answer.headers["Location"].rsplit("/", 1)[1]
    assert re.fullmatch(r"[0-9a-f]{32}", upload_id)
    assert (service.data_dir / "uploads" / upload_id).is_file()
    assert (service.data_dir / "service.key").read_bytes() == key_before
