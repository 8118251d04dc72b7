"""`python -m dek_recovery_service --demo --port N`: the reference service on its own."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import uvicorn

from .app import build_context, create_app
from .seed import describe_demo, seed_demo
from .settings import ServiceSettings


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m dek_recovery_service",
        description="Reference implementation of the DEK Recovery API (API.md).",
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
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
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
    if not args.demo:
        print("outside demo mode configure delivery (see --help)", file=sys.stderr)
        return 2
    context = build_context(settings, data_dir=args.data_dir, demo=args.demo)
    seed_demo(context)
    print(describe_demo(), flush=True)
    config = uvicorn.Config(
        create_app(context), host=args.host, port=args.port, log_config=None, access_log=False
    )
    server = uvicorn.Server(config)
    server.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
