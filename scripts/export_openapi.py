"""Writes the contract, the reference service's OpenAPI 3.1 document, to docs/openapi.json.

    uv run python scripts/export_openapi.py           # write docs/openapi.json
    uv run python scripts/export_openapi.py --check   # exit 1 when the committed file drifted

The document is the same in and outside demo mode: `GET /demo/outbox` is left out of it.
A test (tests/service/test_openapi.py) fails when the committed file and the service differ.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from dek_recovery_service.app import build_context, create_app
from dek_recovery_service.settings import ServiceSettings

COMMITTED = Path(__file__).resolve().parent.parent / "docs" / "openapi.json"


def contract_document() -> dict[str, Any]:
    """What the service serves at `/openapi.json`, built from a throwaway data dir."""
    with tempfile.TemporaryDirectory(prefix="dek-openapi-") as data_dir:
        context = build_context(ServiceSettings(), data_dir=Path(data_dir), demo=True)
        try:
            return create_app(context).openapi()
        finally:
            context.db.close()


def render(document: dict[str, Any]) -> str:
    """The committed text: stable key order as generated, two-space indent, UTF-8."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    parser.add_argument("--out", type=Path, default=COMMITTED, help=f"target ({COMMITTED})")
    args = parser.parse_args(argv)
    text = render(contract_document())
    if args.check:
        current = args.out.read_text("utf-8") if args.out.exists() else ""
        if current != text:
            print(
                f"{args.out} differs from the service; run {Path(__file__).name}", file=sys.stderr
            )
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
