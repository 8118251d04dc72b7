"""Real servers on loopback for the delivery tests: an SMTP server and an SMS webhook."""

from __future__ import annotations

import email
import email.policy
import json
import queue
import re
import ssl
import threading
from dataclasses import dataclass
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.service_process import free_port

TLS = Path(__file__).parent / "tls"
TEST_CA = TLS / "test-ca.pem"
SMTP_USER = "dek-service"
SMTP_PASSWORD = "relay password for tests"
CODE = re.compile(r"ДЭК: (\d{6})")


def code_in(text: str) -> str:
    found = CODE.search(text)
    assert found is not None, text
    return found.group(1)


@dataclass(frozen=True)
class ReceivedMail:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    tls: bool
    authenticated: bool

    @property
    def text(self) -> str:
        body = self.message.get_body(("plain",))
        assert body is not None
        content: str = body.get_content()  # type: ignore[attr-defined]
        return content


class _Collector:
    def __init__(self) -> None:
        self.mail: queue.Queue[ReceivedMail] = queue.Queue()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.content
        assert isinstance(content, bytes)
        parsed = email.message_from_bytes(content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.mail.put(
            ReceivedMail(
                mail_from=str(envelope.mail_from),
                rcpt_tos=list(envelope.rcpt_tos),
                message=parsed,
                tls=session.ssl is not None,
                authenticated=bool(session.authenticated),
            )
        )
        return "250 Message accepted for delivery"


def _authenticator(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    right = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == SMTP_USER.encode()
        and auth_data.password == SMTP_PASSWORD.encode()
    )
    return AuthResult(success=right)


class SmtpServer:
    """aiosmtpd on 127.0.0.1; with `tls`, STARTTLS (the test CA's certificate) and a login are
    required before any mail."""

    def __init__(self, *, tls: bool) -> None:
        self._collector = _Collector()
        self.port = free_port()
        options: dict[str, Any] = {}
        if tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(TLS / "localhost.pem", TLS / "localhost.key")
            options = {
                "tls_context": context,
                "require_starttls": True,
                "authenticator": _authenticator,
                "auth_required": True,
                "auth_require_tls": True,
            }
        self._controller = Controller(
            self._collector, hostname="127.0.0.1", port=self.port, **options
        )
        self._controller.start()

    def next_mail(self, timeout_s: float = 10.0) -> ReceivedMail:
        return self._collector.mail.get(timeout=timeout_s)

    def nothing_more(self) -> bool:
        return self._collector.mail.empty()

    def close(self) -> None:
        self._controller.stop()


@dataclass(frozen=True)
class WebhookCall:
    headers: dict[str, str]
    body: dict[str, Any]
    answered: int


class SmsWebhook:
    """A tiny HTTP server on loopback that takes SMS webhook POSTs; `statuses` are its answers in
    turn (200 once they are used up)."""

    def __init__(self, statuses: tuple[int, ...] = ()) -> None:
        self.calls: queue.Queue[WebhookCall] = queue.Queue()
        pending = list(statuses)
        calls = self.calls

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers["Content-Length"])
                body = json.loads(self.rfile.read(length).decode("utf-8"))
                status = pending.pop(0) if pending else 200
                calls.put(WebhookCall(dict(self.headers.items()), body, status))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/sms"

    def next_call(self, timeout_s: float = 10.0) -> WebhookCall:
        return self.calls.get(timeout=timeout_s)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
