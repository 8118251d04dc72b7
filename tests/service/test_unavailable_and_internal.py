"""The two problems no request can provoke by itself: maintenance (`unavailable`) and a real
failure inside the service (`internal`), each made for real."""

from __future__ import annotations

import logging
import threading

import pytest
import requests

from dek_desktop.api import RecoveryClient
from dek_desktop.api.problems import Unavailable
from dek_recovery_service.maintenance import MaintenanceSwitch
from tests.conftest import RunningService

PROBLEM = "application/problem+json"


def test_maintenance_answers_unavailable_with_retry_after(service: RunningService) -> None:
    switch = MaintenanceSwitch(service.data_dir)
    switch.begin(retry_after_s=90)
    answer = requests.get(f"{service.base_url}/v1/policy", timeout=5)
    assert answer.status_code == 503
    assert answer.headers["Content-Type"] == PROBLEM
    assert answer.headers["Retry-After"] == "90"
    body = answer.json()
    assert body["type"] == "urn:dek:problem:unavailable"
    assert body["retry_after"] == 90
    assert body["instance"] == f"urn:uuid:{answer.headers['X-Request-ID']}"
    assert requests.get(f"{service.base_url}/demo/outbox", timeout=5).status_code == 200

    switch.end()
    assert requests.get(f"{service.base_url}/v1/policy", timeout=5).status_code == 200


def test_a_flag_without_a_number_waits_the_default(service: RunningService) -> None:
    (service.data_dir / "MAINTENANCE").write_text("backup in progress", "utf-8")
    answer = requests.post(f"{service.base_url}/v1/captcha", timeout=5)
    assert answer.status_code == 503
    assert answer.json()["retry_after"] == 120


def test_client_gets_a_typed_unavailable_when_the_wait_is_beyond_its_budget(
    service: RunningService,
) -> None:
    MaintenanceSwitch(service.data_dir).begin(retry_after_s=600)
    with pytest.raises(Unavailable) as caught:
        RecoveryClient(service.base_url).get_policy()
    assert caught.value.retry_after is not None
    assert caught.value.retry_after.total_seconds() == 600


def test_client_waits_out_a_short_maintenance_and_gets_through(service: RunningService) -> None:
    switch = MaintenanceSwitch(service.data_dir)
    switch.begin(retry_after_s=1)
    ended = threading.Timer(0.3, switch.end)
    ended.start()
    try:
        policy = RecoveryClient(service.base_url).get_policy()
    finally:
        ended.cancel()
    assert policy.code_length == service.settings.code_length


def test_a_real_failure_inside_is_an_internal_problem_and_the_traceback_stays_in_the_log(
    service: RunningService, caplog: pytest.LogCaptureFixture
) -> None:
    service.context.db.execute("DROP TABLE support_tickets")
    caplog.set_level(logging.ERROR, logger="dek_recovery_service")
    answer = requests.post(
        f"{service.base_url}/v1/support/tickets",
        json={
            "name": "Анна",
            "contact": "anna.ivanova@example.ru",
            "subject": "Не могу войти",
            "description": "Не приходит код",
            "diagnostics": {
                "app_version": "0.1.0",
                "os": "Linux",
                "locale": "ru",
                "step": "codePage",
                "last_problem_type": None,
                "last_request_ids": [],
            },
        },
        timeout=5,
    )
    assert answer.status_code == 500
    assert answer.headers["Content-Type"] == PROBLEM
    body = answer.json()
    request_id = answer.headers["X-Request-ID"]
    assert body["type"] == "urn:dek:problem:internal"
    assert body["instance"] == f"urn:uuid:{request_id}"
    assert "Traceback" not in answer.text and "sqlite" not in answer.text.lower()
    logged = [record for record in caplog.records if request_id in record.getMessage()]
    assert logged and logged[0].exc_info is not None
