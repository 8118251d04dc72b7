"""The committed contract (docs/openapi.json) is what the service serves, and it is complete."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import requests
from scripts.export_openapi import COMMITTED, contract_document, render

from dek_desktop.api import RecoveryClient
from tests.conftest import RunningService

PROBLEM = "application/problem+json"
PROBLEM_REF = "#/components/schemas/ProblemOut"

#: API.md "Endpoints": each operationId is the typed client's method name.
CONTRACT_OPERATIONS = (
    "get_policy",
    "get_support_contacts",
    "create_support_ticket",
    "sign_in",
    "sign_out",
    "new_captcha",
    "request_recovery",
    "resend_code",
    "verify_recovery",
    "answer_identity",
    "set_password",
    "get_profile",
    "start_contact_change",
    "confirm_contact_change",
    "create_application",
    "open_application",
    "upload_document",
    "submit_application",
    "get_application",
)

#: Problems every operation may answer (the HTTP layer and the limits stand before every route).
EVERY_ROUTE = ("validation-failed", "rate-limited", "unavailable", "internal")

#: The problems API.md names for each operation, beyond EVERY_ROUTE.
NAMED_PROBLEMS: dict[str, tuple[str, ...]] = {
    "create_support_ticket": ("idempotency-key-reused",),
    "sign_in": ("invalid-credentials", "captcha-required", "account-locked"),
    "sign_out": ("unauthorized",),
    "request_recovery": ("captcha-required", "idempotency-key-reused"),
    "verify_recovery": ("invalid-code", "recovery-locked", "recovery-expired", "account-locked"),
    "answer_identity": (
        "identity-mismatch",
        "account-locked",
        "reset-token-invalid",
        "consent-required",
    ),
    "set_password": ("password-rejected", "reset-token-invalid", "recovery-expired"),
    "get_profile": ("unauthorized",),
    "start_contact_change": ("unauthorized",),
    "confirm_contact_change": (
        "invalid-code",
        "recovery-expired",
        "recovery-locked",
        "unauthorized",
    ),
    "create_application": ("consent-required", "idempotency-key-reused"),
    "open_application": ("invalid-code",),
    "upload_document": (
        "unauthorized",
        "payload-too-large",
        "unsupported-media-type",
        "upload-offset-mismatch",
        "checksum-mismatch",
        "application-closed",
    ),
    "submit_application": (
        "unauthorized",
        "application-incomplete",
        "application-closed",
        "idempotency-key-reused",
    ),
    "get_application": ("unauthorized",),
}

STATUS_OF = {
    "validation-failed": 422,
    "invalid-credentials": 401,
    "account-locked": 423,
    "captcha-required": 428,
    "rate-limited": 429,
    "invalid-code": 400,
    "recovery-expired": 410,
    "recovery-locked": 423,
    "identity-mismatch": 400,
    "reset-token-invalid": 401,
    "password-rejected": 422,
    "unauthorized": 401,
    "consent-required": 428,
    "not-found": 404,
    "payload-too-large": 413,
    "unsupported-media-type": 415,
    "upload-offset-mismatch": 409,
    "checksum-mismatch": 460,
    "application-incomplete": 409,
    "application-closed": 409,
    "idempotency-key-reused": 422,
    "unavailable": 503,
    "internal": 500,
}

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def committed() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(COMMITTED.read_text("utf-8"))
    return document


def operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation)."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                found[operation["operationId"]] = (method, path, operation)
    return found


def upload_operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    """`upload_document` is the whole tus upload: creation, offset, append (and OPTIONS)."""
    return [
        operation
        for _, path, operation in operations(document).values()
        if path.startswith("/v1/applications/{number}/documents")
    ]


def documented_slugs(operation: dict[str, Any]) -> dict[int, str]:
    """status -> the description listing the problems documented under it."""
    return {
        int(status): answer.get("description", "")
        for status, answer in operation["responses"].items()
        if status.isdigit() and int(status) >= 400
    }


def test_the_committed_document_is_what_the_running_service_serves(
    service: RunningService,
) -> None:
    answer = requests.get(f"{service.base_url}/openapi.json", timeout=10)
    assert answer.status_code == 200
    served = answer.json()
    assert served == committed(), "docs/openapi.json drifted: run scripts/export_openapi.py"
    assert render(served) == COMMITTED.read_text("utf-8")


def test_the_exporter_writes_exactly_the_committed_text(tmp_path: Path) -> None:
    assert render(contract_document()) == COMMITTED.read_text("utf-8")


def test_it_is_openapi_3_1_without_the_demo_outbox() -> None:
    document = committed()
    assert document["openapi"].startswith("3.1.")
    assert document["info"]["title"] == "DEK Recovery API"
    assert not [path for path in document["paths"] if path.startswith("/demo")]
    assert all(path.startswith("/v1/") for path in document["paths"])


def test_every_operation_of_api_md_is_present_under_its_client_method_name() -> None:
    present = set(operations(committed()))
    missing = [name for name in CONTRACT_OPERATIONS if name not in present]
    assert missing == []


def test_every_operation_id_is_a_method_of_the_typed_client() -> None:
    missing = [
        name for name in CONTRACT_OPERATIONS if not callable(getattr(RecoveryClient, name, None))
    ]
    assert missing == []


def test_operation_ids_are_unique() -> None:
    ids = [
        operation["operationId"]
        for item in committed()["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    ]
    assert len(ids) == len(set(ids))


def test_every_error_answer_is_a_documented_problem() -> None:
    document = committed()
    assert "ProblemOut" in document["components"]["schemas"]
    for name, (method, path, operation) in operations(document).items():
        errors = documented_slugs(operation)
        for slug in EVERY_ROUTE:
            assert slug in errors.get(STATUS_OF[slug], ""), f"{name} ({method} {path}): {slug}"
        for status in errors:
            content = operation["responses"][str(status)]["content"]
            assert list(content) == [PROBLEM], f"{name} {status}"
            assert content[PROBLEM]["schema"] == {"$ref": PROBLEM_REF}, f"{name} {status}"


def test_every_operation_documents_the_problems_api_md_names_for_it() -> None:
    document = committed()
    found = operations(document)
    for name, slugs in NAMED_PROBLEMS.items():
        if name == "upload_document":
            described: dict[int, str] = {}
            for operation in upload_operations(document):
                for status, text in documented_slugs(operation).items():
                    described[status] = f"{described.get(status, '')}, {text}"
        else:
            described = documented_slugs(found[name][2])
        for slug in slugs:
            assert slug in described.get(STATUS_OF[slug], ""), f"{name}: {slug} not documented"


def test_every_success_answer_has_a_schema_or_no_body() -> None:
    for name, (_, _, operation) in operations(committed()).items():
        successes = {
            status: answer
            for status, answer in operation["responses"].items()
            if status.startswith("2")
        }
        assert successes, name
        for status, answer in successes.items():
            if status == "204":
                assert "content" not in answer, name
            for media in answer.get("content", {}).values():
                assert "schema" in media, f"{name} {status}"
