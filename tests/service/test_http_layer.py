"""The layer every request passes: problems instead of HTML, request ids, language, limits."""

from __future__ import annotations

import base64
import io
import uuid

import requests
from PIL import Image

from tests.conftest import RunningService

PROBLEM = "application/problem+json"


def test_unknown_path_is_a_not_found_problem_with_the_request_id(service: RunningService) -> None:
    request_id = str(uuid.uuid4())
    answer = requests.get(
        f"{service.base_url}/v1/nowhere", headers={"X-Request-ID": request_id}, timeout=5
    )
    assert answer.status_code == 404
    assert answer.headers["Content-Type"] == PROBLEM
    assert answer.headers["X-Request-ID"] == request_id
    body = answer.json()
    assert body["type"] == "urn:dek:problem:not-found"
    assert body["instance"] == f"urn:uuid:{request_id}"
    assert body["status"] == 404


def test_a_request_without_id_gets_one(service: RunningService) -> None:
    answer = requests.get(f"{service.base_url}/v1/nowhere", timeout=5)
    made = answer.headers["X-Request-ID"]
    assert uuid.UUID(made)
    assert answer.json()["instance"] == f"urn:uuid:{made}"


def test_wrong_method_is_a_problem_not_html(service: RunningService) -> None:
    answer = requests.delete(f"{service.base_url}/v1/captcha", timeout=5)
    assert answer.status_code == 405
    assert answer.headers["Content-Type"] == PROBLEM
    assert answer.json()["type"] == "urn:dek:problem:not-found"


def test_body_over_the_limit_is_payload_too_large(service: RunningService) -> None:
    limit = service.settings.max_json_body_bytes
    answer = requests.post(
        f"{service.base_url}/v1/captcha",
        data=b"{" + b" " * limit + b"}",
        headers={"Content-Type": "application/json"},
        timeout=5,
    )
    assert answer.status_code == 413
    body = answer.json()
    assert body["type"] == "urn:dek:problem:payload-too-large"
    assert body["max_bytes"] == limit


def test_problem_language_follows_accept_language(service: RunningService) -> None:
    english = requests.get(
        f"{service.base_url}/v1/nowhere", headers={"Accept-Language": "en-GB,en;q=0.9"}, timeout=5
    ).json()
    russian = requests.get(
        f"{service.base_url}/v1/nowhere",
        headers={"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5"},
        timeout=5,
    ).json()
    default = requests.get(f"{service.base_url}/v1/nowhere", timeout=5).json()
    assert english["title"] == "Not found"
    assert russian["title"] == "Не найдено"
    assert default["title"] == "Не найдено"


def test_captcha_is_a_readable_png_whose_answer_is_single_use(service: RunningService) -> None:
    answer = requests.post(f"{service.base_url}/v1/captcha", timeout=5)
    assert answer.status_code == 201
    captcha = answer.json()
    assert captcha["expires_in"] == service.settings.captcha_ttl_s
    picture = Image.open(io.BytesIO(base64.b64decode(captcha["image_png_base64"])))
    assert picture.format == "PNG"
    assert picture.width >= 300 and picture.height >= 100
    digits = service.captcha_answer(captcha["id"])
    assert digits.isdigit() and len(digits) == service.settings.captcha_digits
    from dek_recovery_service.captcha import CaptchaAnswer

    assert service.context.captcha.solved(CaptchaAnswer(captcha["id"], f" {digits} "))
    assert not service.context.captcha.solved(CaptchaAnswer(captcha["id"], digits))


def test_captcha_expires(service: RunningService) -> None:
    from dek_recovery_service.captcha import CaptchaAnswer

    captcha = requests.post(f"{service.base_url}/v1/captcha", timeout=5).json()
    service.clock.advance(service.settings.captcha_ttl_s)
    assert not service.context.captcha.solved(
        CaptchaAnswer(captcha["id"], service.captcha_answer(captcha["id"]))
    )


def test_latency_setting_delays_answers(service_factory) -> None:  # type: ignore[no-untyped-def]
    slow = service_factory(latency_ms=150)
    answer = requests.get(f"{slow.base_url}/v1/nowhere", timeout=5)
    assert answer.elapsed.total_seconds() >= 0.15
