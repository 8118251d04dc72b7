"""schemathesis runs the committed contract (docs/openapi.json) against the live service.

Every operation gets generated valid and invalid requests; every answer must be documented
(status, content type, headers, body schema) and no answer may be a 500. The service is the
demo one over real HTTP on 127.0.0.1; bearer operations get real tokens, so the fuzzing reaches
past the token check.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from scripts.export_openapi import COMMITTED

from dek_recovery_service.seed import (
    DEMO_APPLICATION_NUMBER,
    DEMO_APPLICATION_PIN,
    demo_account,
)
from tests import conftest
from tests.conftest import RunningService

EXAMPLES_PER_OPERATION = 40

# Left out, and why: `positive_data_acceptance` expects every schema-valid request to succeed.
# This contract answers schema-valid requests that carry a wrong secret or an unusable value
# with the problems it documents for exactly that (a wrong code or PIN is `invalid-code` 400,
# a missing consent `consent-required` 428, a contact that is neither an e-mail nor a phone
# `validation-failed` 422); a JSON schema cannot tell a right code from a wrong one. Every other
# check runs: no 5xx, documented status codes, content types, headers and body schemas, invalid
# requests rejected, wrong methods answered 405 with a correct `Allow`.
LEFT_OUT_CHECKS = [schemathesis.checks.positive_data_acceptance]


@pytest.fixture(scope="module")
def live_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningService]:
    # The per-contact and per-address limits are raised (as for a benchmark), so the generated
    # requests reach the code behind them instead of stopping at a captcha.
    running = RunningService(
        tmp_path_factory.mktemp("schemathesis"),
        conftest.test_settings(
            recovery_contact_captcha_after=10_000,
            recovery_contact_max=10_000,
            recovery_address_captcha_after=10_000,
            recovery_address_max=10_000,
            address_failures_captcha=10_000,
        ),
    )
    yield running
    running.close()


@pytest.fixture(scope="module")
def application_token(live_service: RunningService) -> str:
    answer = requests.post(
        f"{live_service.base_url}/v1/applications/{DEMO_APPLICATION_NUMBER}/access",
        json={"pin": DEMO_APPLICATION_PIN},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["application_token"]
    return token


def session_token(service: RunningService) -> str:
    """A fresh sign-in for every case: a generated sign-out may have ended the last one."""
    active = demo_account("active")
    answer = requests.post(
        f"{service.base_url}/v1/session",
        json={"login": active.number, "password": active.password},
        timeout=10,
    )
    assert answer.status_code == 201, answer.text
    token: str = answer.json()["access_token"]
    return token


def bearer_for(case: Any, service: RunningService, application_token: str) -> dict[str, str]:
    path: str = case.operation.path
    if path.startswith("/v1/applications/{number}") and not path.endswith("/access"):
        case.path_parameters = {**(case.path_parameters or {}), "number": DEMO_APPLICATION_NUMBER}
        return {"Authorization": f"Bearer {application_token}"}
    if path.startswith("/v1/profile") or (path == "/v1/session" and case.method == "DELETE"):
        return {"Authorization": f"Bearer {session_token(service)}"}
    return {}


# tus 1.0.0 answers a request without `Tus-Resumable: 1.0.0` with 412 Precondition Failed (and
# `Tus-Version`), which tus clients rely on; schemathesis does not count 412 as a rejection, so
# for the tus routes, and for that status only, it is added to what rejects invalid data.
TUS_ROUTES = r"^/v1/applications/\{number\}/documents"
DEFAULT_REJECTS = SchemathesisConfig().projects.get_default().checks.negative_data_rejection
TUS_REJECTS = [*DEFAULT_REJECTS.expected_statuses, "412"]
CONFIG = SchemathesisConfig.from_dict(
    {
        "operations": [
            {
                "include-path-regex": TUS_ROUTES,
                "checks": {"negative_data_rejection": {"expected-statuses": TUS_REJECTS}},
            }
        ]
    }
)

# A tus PATCH body is raw bytes, sent as `application/offset+octet-stream`.
schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")

# Loaded when the module is collected (one test per operation); the base URL comes per call.
# (`schemathesis.pytest.from_fixture` needs a pytest internal that pytest 9.2 no longer has.)
contract = schemathesis.openapi.from_path(COMMITTED, config=CONFIG)


@contract.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_service_keeps_its_contract(
    case: Any, live_service: RunningService, application_token: str
) -> None:
    headers = bearer_for(case, live_service, application_token)
    case.call_and_validate(
        base_url=live_service.base_url, headers=headers, excluded_checks=LEFT_OUT_CHECKS
    )
