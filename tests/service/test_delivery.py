"""Outside demo mode: e-mail through a real SMTP server (STARTTLS, login), SMS through a real
webhook, both on loopback; and never a code or token in a log line."""

from __future__ import annotations

import logging
import os
import re
import ssl
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from dek_recovery_service.__main__ import SMTP_PASSWORD_ENV, delivery_of, main, parse_args
from dek_recovery_service.app import build_context
from dek_recovery_service.message_delivery import ChannelMessenger, DeliveryQueue
from dek_recovery_service.messages import Channel, OutgoingMessage
from dek_recovery_service.seed import seed_demo
from dek_recovery_service.sms_delivery import SmsNotAccepted, WebhookSettings, WebhookSmsSender
from dek_recovery_service.smtp_delivery import SmtpSender, SmtpSettings
from tests import conftest
from tests.conftest import RunningService
from tests.service.delivery_servers import (
    SMTP_PASSWORD,
    SMTP_USER,
    TEST_CA,
    SmsWebhook,
    SmtpServer,
    code_in,
)
from tests.service.recovery_calls import request_recovery, set_password, verify
from tests.service_process import free_port

ANNA_EMAIL = "anna.ivanova@example.ru"
ANNA_PHONE = "+79141000001"


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer(tls=True)
    yield server
    server.close()


@pytest.fixture
def webhook() -> Iterator[SmsWebhook]:
    hook = SmsWebhook()
    yield hook
    hook.close()


def _smtp(server: SmtpServer) -> SmtpSender:
    return SmtpSender(
        SmtpSettings(
            host="127.0.0.1",
            port=server.port,
            starttls=True,
            username=SMTP_USER,
            password=SMTP_PASSWORD,
            ca_file=TEST_CA,
        )
    )


def _sms(hook: SmsWebhook, token: str = "webhook-token-for-tests") -> WebhookSmsSender:
    return WebhookSmsSender(WebhookSettings(url=hook.url, token=token))


@pytest.fixture
def delivering_service(
    service_factory: Callable[..., RunningService], smtp_server: SmtpServer, webhook: SmsWebhook
) -> Iterator[RunningService]:
    """The service outside demo mode, its messages going out through SMTP and the webhook."""
    queue = DeliveryQueue(ChannelMessenger(_smtp(smtp_server), _sms(webhook)))
    service = service_factory(demo=False, messenger=queue)
    seed_demo(service.context)
    yield service
    queue.close()


def test_a_recovery_email_goes_through_smtp_with_starttls_and_a_login(
    delivering_service: RunningService, smtp_server: SmtpServer
) -> None:
    service = delivering_service
    started = request_recovery(service, ANNA_EMAIL)
    assert started.status_code == 202
    mail = smtp_server.next_mail()
    assert mail.tls and mail.authenticated
    assert mail.rcpt_tos == [ANNA_EMAIL]
    assert mail.message["Subject"] == "Восстановление доступа к личному кабинету ДЭК"
    assert mail.message["From"] == SmtpSettings.sender
    text = mail.text
    assert "Никому не сообщайте этот код. Сотрудники ДЭК никогда его не спрашивают." in text
    assert f"https://lk.dvec.ru/recover#rid={started.json()['recovery_id']}&t=" in text
    granted = verify(service, started.json()["recovery_id"], code=code_in(text))
    assert granted.status_code == 200
    assert requests.get(f"{service.base_url}/demo/outbox", timeout=5).status_code == 404


def test_a_recovery_sms_goes_to_the_webhook_with_its_token(
    delivering_service: RunningService, webhook: SmsWebhook
) -> None:
    started = request_recovery(delivering_service, "8 914 100-00-01", "sms")
    call = webhook.next_call()
    assert call.headers["Authorization"] == "Bearer webhook-token-for-tests"
    assert call.headers["Content-Type"].startswith("application/json")
    assert call.body["to"] == ANNA_PHONE
    assert "https://" not in call.body["text"]
    answer = verify(
        delivering_service, started.json()["recovery_id"], code=code_in(call.body["text"])
    )
    assert answer.status_code == 200


def test_an_unknown_contact_sends_nothing(
    delivering_service: RunningService, smtp_server: SmtpServer, webhook: SmsWebhook
) -> None:
    assert request_recovery(delivering_service, "nobody@example.ru").status_code == 202
    assert request_recovery(delivering_service, "+79149999999", "sms").status_code == 202
    assert request_recovery(delivering_service, ANNA_EMAIL).status_code == 202
    assert smtp_server.next_mail().rcpt_tos == [ANNA_EMAIL]  # the one message that went out
    assert smtp_server.nothing_more()
    assert webhook.calls.empty()


def test_the_password_notice_reaches_every_contact(
    delivering_service: RunningService, smtp_server: SmtpServer, webhook: SmsWebhook
) -> None:
    started = request_recovery(delivering_service, ANNA_PHONE, "sms").json()
    code = code_in(webhook.next_call().body["text"])
    granted = verify(delivering_service, started["recovery_id"], code=code).json()
    changed = set_password(
        delivering_service, started["recovery_id"], granted["reset_token"], "сопка и бухта 1975"
    )
    assert changed.status_code == 204
    assert "изменён" in smtp_server.next_mail().text
    assert "изменён" in webhook.next_call().body["text"]


def test_a_failed_delivery_is_tried_again_and_the_log_holds_no_code(
    service_factory: Callable[..., RunningService],
    smtp_server: SmtpServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    hook = SmsWebhook(statuses=(503, 500))
    queue = DeliveryQueue(
        ChannelMessenger(_smtp(smtp_server), _sms(hook)), retry_delays_s=(0.01, 0.01)
    )
    try:
        service = service_factory(demo=False, messenger=queue)
        seed_demo(service.context)
        assert request_recovery(service, ANNA_PHONE, "sms").status_code == 202
        calls = [hook.next_call() for _ in range(3)]
        queue.wait_until_idle()
    finally:
        queue.close()
        hook.close()
    assert [call.answered for call in calls] == [503, 500, 200]
    code = code_in(calls[-1].body["text"])
    assert all(code_in(call.body["text"]) == code for call in calls)
    failures = [r for r in caplog.records if r.name == "dek_recovery_service.delivery"]
    assert [r.levelname for r in failures] == ["WARNING", "WARNING", "INFO"]
    assert "to=+7 914 ***-**-01" in failures[0].getMessage()
    assert "SmsNotAccepted" in failures[0].getMessage()
    _assert_absent_from_logs(caplog, [code])


def test_a_message_given_up_is_logged_without_its_text(
    smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    hook = SmsWebhook(statuses=(500, 500, 500))
    queue = DeliveryQueue(ChannelMessenger(_smtp(smtp_server), _sms(hook)), retry_delays_s=(0.01,))
    secret = "Код: 918273"
    try:
        queue.send(
            OutgoingMessage(ANNA_PHONE, Channel.SMS, "тема", secret, datetime.now(UTC), "918273")
        )
        queue.wait_until_idle()
    finally:
        queue.close()
        hook.close()
    given_up = [r for r in caplog.records if r.levelname == "ERROR"]
    assert [r.getMessage() for r in given_up] == [
        "delivery given up channel=sms to=+7 914 ***-**-01"
    ]
    _assert_absent_from_logs(caplog, ["918273"])


def _assert_absent_from_logs(caplog: pytest.LogCaptureFixture, secrets: list[str]) -> None:
    """No log line of the service (or of anything but the stand-in mail server) holds a secret."""
    lines = [
        f"{record.getMessage()} {record.exc_text or ''}"
        for record in caplog.records
        if not record.name.startswith("mail.log")  # aiosmtpd: the outside world, not us
    ]
    assert lines, "nothing was logged at all"
    for secret in secrets:
        assert all(secret not in line for line in lines), secret


def test_no_code_link_or_token_in_any_log_line(
    delivering_service: RunningService,
    smtp_server: SmtpServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    service = delivering_service
    started = request_recovery(service, ANNA_EMAIL).json()
    text = smtp_server.next_mail().text
    code = code_in(text)
    link_token = re.search(r"&t=([A-Za-z0-9_-]+)", text)
    assert link_token is not None
    assert verify(service, started["recovery_id"], code="000000").status_code == 400
    granted = verify(service, started["recovery_id"], link_token=link_token.group(1)).json()
    password = "амурский тигр 2026 снег"
    answer = set_password(service, started["recovery_id"], granted["reset_token"], password)
    assert answer.status_code == 204
    smtp_server.next_mail()  # the notice
    access_lines = [r.getMessage() for r in caplog.records if r.name.endswith(".access")]
    assert any("path=/v1/recovery/{recovery_id}/verify status=200" in line for line in access_lines)
    _assert_absent_from_logs(caplog, [code, link_token.group(1), granted["reset_token"], password])


def test_the_smtp_servers_certificate_is_verified(smtp_server: SmtpServer) -> None:
    untrusting = SmtpSender(
        SmtpSettings(
            host="127.0.0.1",
            port=smtp_server.port,
            username=SMTP_USER,
            password=SMTP_PASSWORD,  # the system trust store does not know the test CA
        )
    )
    message = OutgoingMessage(ANNA_EMAIL, Channel.EMAIL, "тема", "текст", datetime.now(UTC))
    with pytest.raises(ssl.SSLCertVerificationError):
        untrusting.send(message)
    assert smtp_server.nothing_more()


def test_plain_smtp_to_a_relay_on_this_machine() -> None:
    relay = SmtpServer(tls=False)
    try:
        sender = SmtpSender(SmtpSettings(host="127.0.0.1", port=relay.port, starttls=False))
        sender.send(
            OutgoingMessage(
                ANNA_EMAIL, Channel.EMAIL, "Проверка", "Текст письма", datetime.now(UTC)
            )
        )
        mail = relay.next_mail()
    finally:
        relay.close()
    assert not mail.tls
    assert mail.message["Subject"] == "Проверка"
    assert mail.text.strip() == "Текст письма"


def test_delivery_settings_refuse_what_would_leak() -> None:
    with pytest.raises(ValueError, match="STARTTLS"):
        SmtpSettings(host="mail.example.ru", username="dek", password="pw", starttls=False)
    with pytest.raises(ValueError, match="https"):
        WebhookSettings(url="http://sms.example.ru/send")
    assert WebhookSettings(url="https://sms.example.ru/send").url
    assert "pw" not in repr(SmtpSettings(host="h", username="dek", password="pw"))
    assert "tok" not in repr(WebhookSettings(url="https://sms.example.ru", token="tok"))


def test_a_webhook_that_says_no_raises() -> None:
    hook = SmsWebhook(statuses=(400,))
    try:
        with pytest.raises(SmsNotAccepted, match="400"):
            _sms(hook).send_sms(ANNA_PHONE, "текст")
    finally:
        hook.close()


def test_help_explains_every_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    shown = capsys.readouterr().out
    for flag in (
        "--demo", "--host", "--port", "--data-dir", "--latency", "--timezone", "--portal-url",
        "--smtp-host", "--smtp-port", "--smtp-starttls", "--no-smtp-starttls", "--smtp-user",
        "--smtp-from", "--smtp-ca-file", "--sms-webhook-url",
        "DEK_SMTP_PASSWORD", "DEK_SMS_WEBHOOK_TOKEN", "DEK_SMTP_HOST",
    ):  # fmt: skip
        assert flag in shown, flag
    assert "--smtp-password" not in shown  # secrets come from the environment only


def test_outside_demo_mode_delivery_must_be_configured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "--port", "0"]) == 2
    complaint = capsys.readouterr().err
    assert "--smtp-host" in complaint and "--sms-webhook-url" in complaint
    login_in_clear = parse_args(
        ["--smtp-host", "mail.example.ru", "--no-smtp-starttls", "--smtp-user", "dek",
         "--sms-webhook-url", "https://sms.example.ru/send"],
        environ={},
    )  # fmt: skip
    with pytest.raises(ValueError, match="STARTTLS"):
        delivery_of(login_in_clear, {SMTP_PASSWORD_ENV: "pw"})


def test_delivery_flags_may_come_from_the_environment() -> None:
    args = parse_args(
        [],
        environ={
            "DEK_SMTP_HOST": "mail.example.ru",
            "DEK_SMTP_PORT": "2525",
            "DEK_SMTP_STARTTLS": "0",
            "DEK_SMS_WEBHOOK_URL": "https://sms.example.ru/send",
        },
    )
    assert (args.smtp_host, args.smtp_port, args.smtp_starttls) == ("mail.example.ru", 2525, False)
    assert args.sms_webhook_url == "https://sms.example.ru/send"
    assert parse_args(["--smtp-port", "465"], environ={"DEK_SMTP_PORT": "2525"}).smtp_port == 465
    assert parse_args([], environ={}).smtp_starttls is True


def test_the_command_line_service_delivers_by_smtp_and_webhook(
    tmp_path: Path, smtp_server: SmtpServer, webhook: SmsWebhook
) -> None:
    data_dir = tmp_path / "data"
    seeding = build_context(conftest.test_settings(), data_dir=data_dir, demo=True)
    seed_demo(seeding)
    seeding.db.close()
    port = free_port()
    log_path = tmp_path / "service.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "dek_recovery_service",
                "--port",
                str(port),
                "--data-dir",
                str(data_dir),
                "--smtp-host",
                "127.0.0.1",
                "--smtp-port",
                str(smtp_server.port),
                "--smtp-user",
                SMTP_USER,
                "--smtp-ca-file",
                str(TEST_CA),
                "--sms-webhook-url",
                webhook.url,
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={
                **os.environ,
                "DEK_SMTP_PASSWORD": SMTP_PASSWORD,
                "DEK_SMS_WEBHOOK_TOKEN": "token-from-the-environment",
                "PYTHONUNBUFFERED": "1",
            },
        )
    try:
        base_url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{base_url}/v1/policy", timeout=1)
                break
            except requests.ConnectionError:
                assert process.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "the service did not start"
                time.sleep(0.05)
        by_email = requests.post(
            f"{base_url}/v1/recovery", json={"contact": ANNA_EMAIL, "channel": "email"}, timeout=10
        )
        by_sms = requests.post(
            f"{base_url}/v1/recovery", json={"contact": ANNA_PHONE, "channel": "sms"}, timeout=10
        )
        assert by_email.status_code == by_sms.status_code == 202
        mail = smtp_server.next_mail()
        call = webhook.next_call()
        assert mail.tls and mail.authenticated and mail.rcpt_tos == [ANNA_EMAIL]
        assert call.headers["Authorization"] == "Bearer token-from-the-environment"
        codes = [code_in(mail.text), code_in(call.body["text"])]
        for started, code in zip((by_email, by_sms), codes, strict=True):
            url = f"{base_url}/v1/recovery/{started.json()['recovery_id']}/verify"
            assert requests.post(url, json={"code": code}, timeout=10).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=20)
    logged = log_path.read_text("utf-8")
    assert "delivered channel=email to=an**********@example.ru" in logged
    assert "delivered channel=sms to=+7 914 ***-**-01" in logged
    for secret in (*codes, SMTP_PASSWORD, "token-from-the-environment"):
        assert secret not in logged
