"""Answers written by hand from API.md, for the hostile server to serve when it behaves."""

from __future__ import annotations

import base64
import zlib
from typing import Any

POLICY: dict[str, Any] = {
    "channels": ["email", "sms"],
    "code_length": 6,
    "code_ttl": 600,
    "resend_after": 60,
    "max_code_attempts": 5,
    "reset_ttl": 900,
    "consent": {"version": "2026-11-01", "text_ru": "Согласие", "text_en": "Consent"},
    "password": {
        "min_length": 8,
        "max_length": 128,
        "forbid_login": True,
        "forbid_previous": True,
    },
    "documents": {
        "accepted": ["application/pdf", "image/jpeg", "image/png"],
        "max_file_bytes": 10485760,
        "max_total_bytes": 41943040,
        "kinds": [
            {"id": "passport", "required": True},
            {"id": "inn", "required": True},
            {"id": "snils", "required": True},
            {"id": "other", "required": False},
        ],
    },
}


def tiny_png() -> bytes:
    """A real 1x1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    pixels = zlib.compress(b"\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def captcha_member() -> dict[str, Any]:
    return {
        "id": "c-1",
        "image_png_base64": base64.b64encode(tiny_png()).decode(),
        "expires_in": 300,
    }
