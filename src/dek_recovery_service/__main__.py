"""`python -m dek_recovery_service`: the reference service on its own.

Demo mode (`--demo`) seeds the demo accounts and keeps messages in an outbox. Outside demo mode
the service sends e-mail through SMTP and SMS through a webhook; every delivery setting is a flag
or an environment variable, and the secrets (the SMTP password, the webhook token) come from the
environment only, so they never show in a process list or a shell history.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import uvicorn

from .app import build_context, create_app
from .message_delivery import ChannelMessenger, DeliveryQueue
from .parent_watch import exit_with_parent
from .seed import describe_demo, seed_demo
from .settings import ServiceSettings
from .sms_delivery import WebhookSettings, WebhookSmsSender
from .smtp_delivery import SmtpSender, SmtpSettings

SMTP_PASSWORD_ENV = "DEK_SMTP_PASSWORD"  # noqa: S105 - the variable's name, not a password
SMS_TOKEN_ENV = "DEK_SMS_WEBHOOK_TOKEN"  # noqa: S105 - the variable's name

EPILOG = f"""\
Outside demo mode --data-dir, --smtp-host and --sms-webhook-url are required.
Each delivery flag may instead be set in the environment variable named in its help.
Secrets come from the environment only:
  {SMTP_PASSWORD_ENV}      the password of --smtp-user
  {SMS_TOKEN_ENV}  sent as "Authorization: Bearer <token>" to the SMS webhook
"""


def _flag_default(environ: Mapping[str, str], name: str, default: str | None) -> str | None:
    return environ.get(name) or default


def parse_args(
    argv: list[str] | None, environ: Mapping[str, str] | None = None
) -> argparse.Namespace:
    env = os.environ if environ is None else environ
    parser = argparse.ArgumentParser(
        prog="python -m dek_recovery_service",
        description="Reference implementation of the DEK Recovery API (API.md).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="seed demo accounts and keep messages in an outbox (GET /demo/outbox) instead of "
        "sending them",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=8080, help="port to listen on; 0 picks a free one (8080)"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="where the SQLite database, the hashing key and uploads live (demo: a temp dir)",
    )
    parser.add_argument(
        "--latency", type=int, default=0, metavar="MS", help="delay every answer by MS ms"
    )
    parser.add_argument(
        "--timezone", default=ServiceSettings.timezone, help="time zone of times in messages"
    )
    parser.add_argument(
        "--portal-url", default=ServiceSettings.portal_url, help="portal address used in links"
    )
    parser.add_argument(
        "--parent-pid",
        type=int,
        metavar="PID",
        help="exit when the process PID is gone (the desktop app that started this service)",
    )
    smtp = parser.add_argument_group("e-mail delivery (outside demo mode)")
    smtp.add_argument(
        "--smtp-host",
        default=_flag_default(env, "DEK_SMTP_HOST", None),
        help="SMTP server that sends the e-mail [DEK_SMTP_HOST]",
    )
    smtp.add_argument(
        "--smtp-port",
        type=int,
        default=int(_flag_default(env, "DEK_SMTP_PORT", "587") or 587),
        help="its port (587, the submission port) [DEK_SMTP_PORT]",
    )
    smtp.add_argument(
        "--smtp-starttls",
        action=argparse.BooleanOptionalAction,
        default=env.get("DEK_SMTP_STARTTLS", "1").lower() not in ("0", "no", "false", "off"),
        help="switch to TLS with STARTTLS before anything is sent; the server's certificate is "
        "verified; --no-smtp-starttls only for a relay on this machine (on) [DEK_SMTP_STARTTLS]",
    )
    smtp.add_argument(
        "--smtp-user",
        default=_flag_default(env, "DEK_SMTP_USER", None),
        help=f"login name at the SMTP server, with the password from {SMTP_PASSWORD_ENV}; "
        "needs STARTTLS [DEK_SMTP_USER]",
    )
    smtp.add_argument(
        "--smtp-from",
        default=_flag_default(env, "DEK_SMTP_FROM", SmtpSettings.sender),
        help=f"the From address of every e-mail ({SmtpSettings.sender}) [DEK_SMTP_FROM]",
    )
    smtp.add_argument(
        "--smtp-ca-file",
        type=Path,
        default=_flag_default(env, "DEK_SMTP_CA_FILE", None),
        help="PEM file of the CA that signed the SMTP server's certificate, for a private relay "
        "(default: the system's trust store) [DEK_SMTP_CA_FILE]",
    )
    sms = parser.add_argument_group("SMS delivery (outside demo mode)")
    sms.add_argument(
        "--sms-webhook-url",
        default=_flag_default(env, "DEK_SMS_WEBHOOK_URL", None),
        help='the SMS gateway\'s webhook: each SMS is POSTed there as JSON {"to", "text"}; '
        f"https:// (http:// only on loopback); token from {SMS_TOKEN_ENV} "
        "[DEK_SMS_WEBHOOK_URL]",
    )
    return parser.parse_args(argv)


def delivery_of(args: argparse.Namespace, environ: Mapping[str, str]) -> DeliveryQueue:
    """The messenger outside demo mode; ValueError says what is missing or wrong."""
    missing = [
        flag
        for flag, value in (
            ("--smtp-host", args.smtp_host),
            ("--sms-webhook-url", args.sms_webhook_url),
        )
        if not value
    ]
    if missing:
        raise ValueError(f"outside demo mode delivery needs {' and '.join(missing)} (see --help)")
    email = SmtpSender(
        SmtpSettings(
            host=args.smtp_host,
            port=args.smtp_port,
            starttls=args.smtp_starttls,
            username=args.smtp_user,
            password=environ.get(SMTP_PASSWORD_ENV),
            sender=args.smtp_from,
            ca_file=Path(args.smtp_ca_file) if args.smtp_ca_file else None,
        )
    )
    sms = WebhookSmsSender(
        WebhookSettings(url=args.sms_webhook_url, token=environ.get(SMS_TOKEN_ENV))
    )
    return DeliveryQueue(ChannelMessenger(email, sms))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    servers: list[uvicorn.Server] = []

    def stop_servers() -> None:
        for server in servers:
            server.should_exit = True

    if args.parent_pid is not None:
        exit_with_parent(args.parent_pid, stop_servers)
    if args.data_dir is None:
        if not args.demo:
            print("--data-dir is required outside demo mode", file=sys.stderr)
            return 2
        args.data_dir = Path(tempfile.mkdtemp(prefix="dek-demo-service-"))
    settings = replace(
        ServiceSettings(),
        latency_ms=args.latency,
        timezone=args.timezone,
        portal_url=args.portal_url,
    )
    delivery: DeliveryQueue | None = None
    if not args.demo:
        try:
            delivery = delivery_of(args, os.environ)
        except ValueError as error:
            print(error, file=sys.stderr)
            return 2
    context = build_context(settings, data_dir=args.data_dir, demo=args.demo, messenger=delivery)
    if args.demo:
        seed_demo(context)
        print(describe_demo(), flush=True)
    config = uvicorn.Config(
        create_app(context), host=args.host, port=args.port, log_config=None, access_log=False
    )
    servers.append(uvicorn.Server(config))
    try:
        servers[0].run()
    finally:
        if delivery is not None:
            delivery.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
