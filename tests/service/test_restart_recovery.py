"""A recovery survives the service being killed: the code sent before still works after a
restart on the same data dir, and the flow goes on to a new password."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from dek_recovery_service.seed import demo_account
from tests.service_process import ServiceProcess

NEW_PASSWORD = "Tundra-Lantern-Morning-58"


@pytest.fixture
def process(tmp_path: Path) -> Iterator[ServiceProcess]:
    running = ServiceProcess(tmp_path / "data")
    running.start()
    yield running
    running.stop()


def outbox(process: ServiceProcess) -> list[dict[str, Any]]:
    answer = requests.get(f"{process.base_url}/demo/outbox", timeout=10)
    assert answer.status_code == 200
    messages: list[dict[str, Any]] = answer.json()["messages"]
    return messages


def restart_after_kill(process: ServiceProcess) -> None:
    process.kill()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{process.base_url}/v1/policy", timeout=2)
    process.start()


def test_a_killed_service_keeps_the_code_and_the_flow_goes_on(process: ServiceProcess) -> None:
    active = demo_account("active")
    assert active.email is not None
    started = requests.post(
        f"{process.base_url}/v1/recovery",
        json={"contact": active.email, "channel": "email"},
        headers={"Idempotency-Key": str(uuid.uuid4())},
        timeout=10,
    )
    assert started.status_code == 202, started.text
    recovery_id = started.json()["recovery_id"]
    message = outbox(process)[0]
    assert message["to"] == active.email
    code = message["code"]
    assert code and code.isdigit()

    wrong = "0" * len(code) if code != "0" * len(code) else "1" * len(code)
    missed = requests.post(
        f"{process.base_url}/v1/recovery/{recovery_id}/verify", json={"code": wrong}, timeout=10
    )
    assert missed.status_code == 400
    assert missed.json()["attempts_left"] == 4

    restart_after_kill(process)

    # The wrong try before the kill still counts.
    missed_again = requests.post(
        f"{process.base_url}/v1/recovery/{recovery_id}/verify", json={"code": wrong}, timeout=10
    )
    assert missed_again.status_code == 400
    assert missed_again.json()["attempts_left"] == 3

    verified = requests.post(
        f"{process.base_url}/v1/recovery/{recovery_id}/verify", json={"code": code}, timeout=10
    )
    assert verified.status_code == 200, verified.text
    grant = verified.json()
    reset_token = grant["reset_token"]
    assert [account["number_masked"][-4:] for account in grant["accounts"]] == [active.number[-4:]]

    restart_after_kill(process)

    changed = requests.put(
        f"{process.base_url}/v1/recovery/{recovery_id}/password",
        json={"reset_token": reset_token, "new_password": NEW_PASSWORD},
        timeout=10,
    )
    assert changed.status_code == 204, changed.text

    signed_in = requests.post(
        f"{process.base_url}/v1/session",
        json={"login": active.number, "password": NEW_PASSWORD},
        timeout=10,
    )
    assert signed_in.status_code == 201, signed_in.text
    old_password = requests.post(
        f"{process.base_url}/v1/session",
        json={"login": active.number, "password": active.password},
        timeout=10,
    )
    assert old_password.status_code == 401
    assert old_password.json()["type"] == "urn:dek:problem:invalid-credentials"


def test_a_used_code_stays_used_after_a_restart(process: ServiceProcess) -> None:
    phone_only = demo_account("phone_only")
    assert phone_only.phone is not None
    started = requests.post(
        f"{process.base_url}/v1/recovery",
        json={"contact": phone_only.phone, "channel": "sms"},
        timeout=10,
    )
    assert started.status_code == 202, started.text
    recovery_id = started.json()["recovery_id"]
    code = outbox(process)[0]["code"]
    verify_url = f"{process.base_url}/v1/recovery/{recovery_id}/verify"
    assert requests.post(verify_url, json={"code": code}, timeout=10).status_code == 200

    restart_after_kill(process)

    # Single use: the proven recovery takes no code any more, also after a restart.
    again = requests.post(verify_url, json={"code": code}, timeout=10)
    assert again.status_code == 410
    assert again.headers["Content-Type"] == "application/problem+json"
    assert again.json()["type"] == "urn:dek:problem:recovery-expired"
