"""No secret in a log line or a database row: a whole recovery with identity questions, a
sign-in, a document upload and a PIN access, with every log record captured at DEBUG.

The demo outbox is the one table allowed to hold a code and a link (it is what the user would
have received). Everything else holds keyed hashes only.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import re
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from PIL import Image

from dek_recovery_service.identity_answers import normalise_identity_answer
from dek_recovery_service.seed import DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN, demo_account
from tests.conftest import RunningService

NEW_PASSWORD = "Amur-Evening-Lighthouse-73"
HEX_DIGEST = re.compile(r"^[0-9a-f]{64}$")
#: The test's own HTTP client logs at DEBUG too; only the service's records are searched.
CLIENT_LOGGERS = ("urllib3", "requests", "charset_normalizer")


@dataclass
class Secrets:
    """Every secret the run used, by name."""

    values: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, value: str) -> None:
        assert value, name
        self.values[name] = value

    def found_in(self, text: str) -> list[str]:
        return [name for name, value in self.values.items() if appears(value, text)]


def appears(secret: str, text: str) -> bool:
    """A long secret anywhere; a short one (a code, a PIN, four digits) as a token of its own,
    so that it is not "found" inside a hex digest, a UUID or a timestamp."""
    if len(secret) >= 12:
        return secret in text
    return re.search(rf"(?<![0-9A-Za-z\-]){re.escape(secret)}(?![0-9A-Za-z\-])", text) is not None


def png_bytes() -> bytes:
    picture = Image.new("RGB", (64, 48), (200, 30, 30))
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def metadata(**values: str) -> str:
    return ",".join(
        f"{key} {base64.b64encode(value.encode()).decode()}" for key, value in values.items()
    )


def recover_with_identity_questions(
    service: RunningService, http: requests.Session, secrets: Secrets
) -> None:
    url = service.base_url
    person = demo_account("identity")
    assert person.email is not None
    secrets.add("old password", person.password)
    for question in person.identity_questions:
        secrets.add(f"answer {question.id}", question.answer)
        secrets.add(
            f"normalised answer {question.id}",
            normalise_identity_answer(question.kind, question.answer),
        )

    started = http.post(
        f"{url}/v1/recovery",
        json={"contact": person.email, "channel": "email"},
        headers={"Idempotency-Key": str(uuid.uuid4())},
        timeout=10,
    )
    assert started.status_code == 202, started.text
    recovery_id = started.json()["recovery_id"]
    message = service.outbox()[0]
    assert message["to"] == person.email
    secrets.add("code", message["code"])
    link_token = parse_qs(urlsplit(message["link"]).fragment)["t"][0]
    secrets.add("link token", link_token)

    wrong = http.post(
        f"{url}/v1/recovery/{recovery_id}/verify", json={"code": "000000"}, timeout=10
    )
    assert wrong.status_code == 400
    verified = http.post(
        f"{url}/v1/recovery/{recovery_id}/verify", json={"link_token": link_token}, timeout=10
    )
    assert verified.status_code == 200, verified.text
    asked = verified.json()
    assert "reset_token" not in asked
    secrets.add("identity token", asked["identity_token"])

    consent = http.get(f"{url}/v1/policy", timeout=10).json()["consent"]["version"]
    wrong_answers = {question["id"]: "Неверный ответ 1" for question in asked["identity_questions"]}
    mismatch = http.post(
        f"{url}/v1/recovery/{recovery_id}/identity",
        json={
            "identity_token": asked["identity_token"],
            "answers": wrong_answers,
            "consent_version": consent,
        },
        timeout=10,
    )
    assert mismatch.status_code == 400, mismatch.text
    answered = http.post(
        f"{url}/v1/recovery/{recovery_id}/identity",
        json={
            "identity_token": asked["identity_token"],
            "answers": person.identity_answers,
            "consent_version": consent,
        },
        timeout=10,
    )
    assert answered.status_code == 200, answered.text
    reset_token = answered.json()["reset_token"]
    secrets.add("reset token", reset_token)

    # Refused calls that carry secrets: their answers must not echo them.
    rejected = http.put(
        f"{url}/v1/recovery/{recovery_id}/password",
        json={"reset_token": reset_token, "new_password": person.number},
        timeout=10,
    )
    assert rejected.status_code == 422, rejected.text
    malformed = http.put(
        f"{url}/v1/recovery/{recovery_id}/password",
        json={"reset_token": reset_token, "new_password": {"value": NEW_PASSWORD}},
        timeout=10,
    )
    assert malformed.status_code == 422, malformed.text

    secrets.add("new password", NEW_PASSWORD)
    changed = http.put(
        f"{url}/v1/recovery/{recovery_id}/password",
        json={"reset_token": reset_token, "new_password": NEW_PASSWORD},
        timeout=10,
    )
    assert changed.status_code == 204, changed.text

    refused = http.post(
        f"{url}/v1/session", json={"login": person.number, "password": person.password}, timeout=10
    )
    assert refused.status_code == 401
    for ending in ("signed out", "kept"):
        signed_in = http.post(
            f"{url}/v1/session", json={"login": person.email, "password": NEW_PASSWORD}, timeout=10
        )
        assert signed_in.status_code == 201, signed_in.text
        access_token = signed_in.json()["access_token"]
        secrets.add(f"access token ({ending})", access_token)
        bearer = {"Authorization": f"Bearer {access_token}"}
        assert http.get(f"{url}/v1/profile", headers=bearer, timeout=10).status_code == 200
        if ending == "signed out":
            signed_out = http.delete(f"{url}/v1/session", headers=bearer, timeout=10)
            assert signed_out.status_code == 204


def upload_a_document(service: RunningService, http: requests.Session, secrets: Secrets) -> None:
    url = service.base_url
    consent = http.get(f"{url}/v1/policy", timeout=10).json()["consent"]["version"]
    created = http.post(
        f"{url}/v1/applications",
        json={
            "reason": "no_contact_access",
            "full_name": "Татьяна Юрьевна Белова",
            "contact": "+79141000009",
            "consent_version": consent,
        },
        headers={"Idempotency-Key": str(uuid.uuid4())},
        timeout=10,
    )
    assert created.status_code == 201, created.text
    number = created.json()["application_number"]
    token = created.json()["application_token"]
    secrets.add("application token", token)
    tus = {"Tus-Resumable": "1.0.0", "Authorization": f"Bearer {token}"}

    content = png_bytes()
    started = http.post(
        f"{url}/v1/applications/{number}/documents",
        headers={
            **tus,
            "Upload-Length": str(len(content)),
            "Upload-Metadata": metadata(
                kind="passport", filename="паспорт.png", content_type="image/png"
            ),
        },
        timeout=10,
    )
    assert started.status_code == 201, started.text
    location = started.headers["Location"]
    digest = base64.b64encode(hashlib.sha256(content).digest()).decode()
    sent = http.patch(
        f"{url}{location}" if location.startswith("/") else location,
        data=content,
        headers={
            **tus,
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": "0",
            "Upload-Checksum": f"sha256 {digest}",
        },
        timeout=10,
    )
    assert sent.status_code == 204, sent.text
    assert sent.headers["Upload-Offset"] == str(len(content))


def open_the_service_centre_application(
    service: RunningService, http: requests.Session, secrets: Secrets
) -> None:
    url = service.base_url
    secrets.add("PIN", DEMO_APPLICATION_PIN)
    opened = http.post(
        f"{url}/v1/applications/{DEMO_APPLICATION_NUMBER}/access",
        json={"pin": DEMO_APPLICATION_PIN},
        timeout=10,
    )
    assert opened.status_code == 200, opened.text
    token = opened.json()["application_token"]
    secrets.add("service-centre application token", token)
    status = http.get(
        f"{url}/v1/applications/{DEMO_APPLICATION_NUMBER}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert status.status_code == 200, status.text


def log_lines(records: list[logging.LogRecord]) -> list[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return [
        formatter.format(record) for record in records if not record.name.startswith(CLIENT_LOGGERS)
    ]


def database_rows(service: RunningService) -> dict[str, list[dict[str, Any]]]:
    db = service.context.db
    tables = [
        row["name"]
        for row in db.all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    return {table: [dict(row) for row in db.all(f'SELECT * FROM "{table}"')] for table in tables}


@dataclass(frozen=True)
class FinishedRun:
    secrets: Secrets
    log_lines: list[str]
    error_answers: list[requests.Response]
    urls: list[str]


@pytest.fixture
def finished_run(service: RunningService, caplog: pytest.LogCaptureFixture) -> FinishedRun:
    caplog.set_level(logging.DEBUG)
    secrets = Secrets()
    error_answers: list[requests.Response] = []
    urls: list[str] = []

    def keep_errors(answer: requests.Response, *args: Any, **kwargs: Any) -> None:
        urls.append(str(answer.request.url))
        if answer.status_code >= 400:
            error_answers.append(answer)

    with requests.Session() as http:
        http.hooks["response"].append(keep_errors)
        recover_with_identity_questions(service, http, secrets)
        upload_a_document(service, http, secrets)
        open_the_service_centre_application(service, http, secrets)
    return FinishedRun(secrets, log_lines(caplog.records), error_answers, urls)


def test_the_logs_were_captured(finished_run: FinishedRun) -> None:
    lines = finished_run.log_lines
    access = [line for line in lines if line.startswith("dek_recovery_service.access")]
    assert any("path=/v1/recovery/{recovery_id}/identity status=200" in line for line in access)
    assert any("path=/v1/applications/{number}/documents/{upload_id}" in line for line in access)
    assert any("path=/v1/applications/{number}/access status=200" in line for line in access)


def test_no_secret_appears_in_any_log_line(finished_run: FinishedRun) -> None:
    secrets, lines = finished_run.secrets, finished_run.log_lines
    assert len(secrets.values) >= 15
    leaks = [(names, line) for line in lines if (names := secrets.found_in(line))]
    assert leaks == []


def test_no_secret_appears_in_any_database_row_outside_the_outbox(
    service: RunningService, finished_run: FinishedRun
) -> None:
    secrets = finished_run.secrets
    leaks = []
    for table, rows in database_rows(service).items():
        if table == "outbox":
            continue
        for row in rows:
            for column, value in row.items():
                if value is not None and (names := secrets.found_in(str(value))):
                    leaks.append((table, column, names))
    assert leaks == []


def test_the_outbox_holds_the_code_and_link_that_were_sent(
    service: RunningService, finished_run: FinishedRun
) -> None:
    """The control: the search does find a secret where one is meant to be."""
    secrets = finished_run.secrets
    outbox_text = " ".join(str(row) for row in database_rows(service)["outbox"])
    assert appears(secrets.values["code"], outbox_text)
    assert appears(secrets.values["link token"], outbox_text)


def test_codes_tokens_and_answers_are_stored_as_keyed_hashes(
    service: RunningService, finished_run: FinishedRun
) -> None:
    secrets = finished_run.secrets
    hasher = service.context.hasher
    rows = database_rows(service)
    hashed_columns = {
        "recoveries": ("code_hash", "link_hash", "identity_token_hash", "reset_token_hash"),
        "sessions": ("token_hash",),
        "applications": ("token_hash", "pin_hash"),
        "identity_questions": ("answer_hash",),
        "captchas": ("answer_hash",),
        "idempotency": ("key_hash",),
        "login_failures": ("login_key",),
    }
    for table in ("recoveries", "sessions", "applications", "identity_questions", "idempotency"):
        assert rows[table], f"{table} is empty: the run did not reach it"
    for table, columns in hashed_columns.items():
        for row in rows[table]:
            for column in columns:
                value = row[column]
                assert value is None or HEX_DIGEST.match(value), (table, column, value)
    (recovery,) = rows["recoveries"]
    assert recovery["code_hash"] != hashlib.sha256(secrets.values["code"].encode()).hexdigest()
    person = demo_account("identity")
    stored_answers = {
        row["question_id"]: row["answer_hash"]
        for row in rows["identity_questions"]
        if row["question_id"] in person.identity_answers
    }
    for question in person.identity_questions:
        normalised = normalise_identity_answer(question.kind, question.answer)
        assert hasher.matches("identity-answer", normalised, stored_answers[question.id])
        assert stored_answers[question.id] != hashlib.sha256(normalised.encode()).hexdigest()
    for account in rows["accounts"]:
        assert account["password_hash"].startswith("$argon2id$")
    application_pins = [row["pin_hash"] for row in rows["applications"] if row["pin_hash"]]
    assert hasher.matches("application-pin", DEMO_APPLICATION_PIN, application_pins[0])


def test_no_error_answer_echoes_a_secret(finished_run: FinishedRun) -> None:
    answers = finished_run.error_answers
    assert len(answers) >= 5  # wrong code, wrong answers, refused passwords, the old password
    for answer in answers:
        assert answer.headers["Content-Type"] == "application/problem+json"
        leaked = finished_run.secrets.found_in(answer.text) + finished_run.secrets.found_in(
            " ".join(f"{name}: {value}" for name, value in answer.headers.items())
        )
        assert leaked == [], (answer.request.method, answer.request.url, leaked)


def test_no_secret_travels_in_a_url(finished_run: FinishedRun) -> None:
    assert len(finished_run.urls) >= 20
    leaks = [
        (url, names) for url in finished_run.urls if (names := finished_run.secrets.found_in(url))
    ]
    assert leaks == []
