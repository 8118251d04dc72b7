"""The tus 1.0.0 headers this service speaks (core, creation, checksum), parsed defensively.

Every value comes from the network: numbers must be plain ASCII digits, metadata values padded
UTF-8 base64, and anything else is a problem, never an exception.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .problems import Problem

TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = "creation,checksum"
CHUNK_MEDIA_TYPE = "application/offset+octet-stream"

CHECKSUM_ALGORITHMS: dict[str, Callable[[], hashlib._Hash]] = {
    "sha1": hashlib.sha1,
    "sha256": hashlib.sha256,
}

_DIGITS = re.compile(r"[0-9]+", re.ASCII)
HUGE = 10**18
_METADATA_KEY = re.compile(r"[A-Za-z0-9_.\-]{1,64}", re.ASCII)
_MAX_FILENAME = 200


def tus_problem(slug: str, *, status: int | None = None, **members: Any) -> Problem:
    return Problem(slug, status=status, headers={"Tus-Resumable": TUS_VERSION}, **members)


def invalid_header(name: str, code: str, *, status: int | None = None) -> Problem:
    return tus_problem("validation-failed", status=status, errors=[{"field": name, "code": code}])


def require_tus_version(value: str | None) -> None:
    """tus: a request without the version the server speaks is 412 with `Tus-Version`."""
    if value != TUS_VERSION:
        problem = invalid_header("Tus-Resumable", "unsupported_version", status=412)
        problem.headers["Tus-Version"] = TUS_VERSION
        raise problem


def parse_non_negative(name: str, value: str | None) -> int:
    """A header's non-negative integer; absurdly long ones count as `HUGE` (over every limit)."""
    if value is None:
        raise invalid_header(name, "missing")
    digits = value.strip()
    if not _DIGITS.fullmatch(digits):
        raise invalid_header(name, "not_a_non_negative_integer")
    return HUGE if len(digits) > len(str(HUGE)) else min(int(digits), HUGE)


def parse_metadata(header: str | None) -> dict[str, str]:
    """`key base64,key base64` → {key: text}; a key without a value maps to ""."""
    if header is None or not header.strip():
        return {}
    pairs: dict[str, str] = {}
    for item in header.split(","):
        key, _, encoded = item.strip().partition(" ")
        if not _METADATA_KEY.fullmatch(key) or key in pairs:
            raise invalid_header("Upload-Metadata", "malformed")
        try:
            raw = base64.b64decode(encoded.strip(), validate=True)
            pairs[key] = raw.decode("utf-8")
        except (binascii.Error, ValueError) as error:
            raise invalid_header("Upload-Metadata", "not_utf8_base64") from error
    return pairs


def encode_metadata(pairs: Mapping[str, str]) -> str:
    return ",".join(
        f"{key} {base64.b64encode(value.encode('utf-8')).decode('ascii')}"
        for key, value in pairs.items()
    )


def display_filename(raw: str) -> str:
    """The name shown in the receipt: the last path segment without control characters.

    It is only ever shown, never used as a path (files are stored under the upload's id).
    """
    last = re.split(r"[/\\]", raw)[-1]
    cleaned = "".join(ch for ch in last if unicodedata.category(ch)[0] != "C").strip()
    cleaned = cleaned.strip(".").strip()
    return cleaned[:_MAX_FILENAME] or "document"


@dataclass(frozen=True)
class ChunkChecksum:
    algorithm: str
    digest: bytes

    def new_hash(self) -> hashlib._Hash:
        return CHECKSUM_ALGORITHMS[self.algorithm]()


def parse_checksum(value: str | None) -> ChunkChecksum | None:
    """`Upload-Checksum: <algorithm> <base64 digest>`; tus answers 400 to anything unusable."""
    if value is None:
        return None
    algorithm, _, encoded = value.strip().partition(" ")
    if algorithm not in CHECKSUM_ALGORITHMS:
        raise invalid_header("Upload-Checksum", "unsupported_algorithm", status=400)
    try:
        digest = base64.b64decode(encoded.strip(), validate=True)
    except (binascii.Error, ValueError) as error:
        raise invalid_header("Upload-Checksum", "malformed", status=400) from error
    if len(digest) != CHECKSUM_ALGORITHMS[algorithm]().digest_size:
        raise invalid_header("Upload-Checksum", "malformed", status=400)
    return ChunkChecksum(algorithm, digest)
