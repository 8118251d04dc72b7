"""Real documents and the HTTP calls of recovery by documents, shared by the application and
upload tests (against the in-process service and the killed-and-restarted subprocess alike)."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import struct
import zlib
from typing import Any

import pikepdf
import requests
from PIL import Image

from dek_recovery_service.settings import ServiceSettings

TUS = {"Tus-Resumable": "1.0.0"}
CHUNK_TYPE = "application/offset+octet-stream"
CONSENT_VERSION = ServiceSettings().consent_version  # the subprocess runs the defaults too


def jpeg_bytes(width: int = 64, height: int = 48) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 40)).save(out, "JPEG", quality=90)
    return out.getvalue()


def png_bytes(width: int = 64, height: int = 48, *, noise: bool = False) -> bytes:
    """A real PNG; with `noise` it hardly compresses (about 3 bytes per pixel)."""
    if noise:
        image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    else:
        image = Image.new("RGB", (width, height), (20, 120, 200))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def pdf_bytes(pages: int = 1) -> bytes:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=(595, 842))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def png_claiming_pixels(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` x `height` pixels: a decompression bomb's shape."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def metadata(**pairs: str) -> str:
    return ",".join(
        f"{key} {base64.b64encode(value.encode('utf-8')).decode('ascii')}"
        for key, value in pairs.items()
    )


def checksum(algorithm: str, data: bytes) -> str:
    return f"{algorithm} {base64.b64encode(hashlib.new(algorithm, data).digest()).decode()}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def create_application(
    base_url: str,
    *,
    contact: str = "galina.zaitseva@example.ru",
    full_name: str = "Галина Фёдоровна Зайцева",
    reason: str = "no_contact_access",
    key: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    body = {
        "reason": reason,
        "full_name": full_name,
        "contact": contact,
        "consent_version": CONSENT_VERSION,
        **extra,
    }
    headers = {"Idempotency-Key": key} if key else {}
    answer = requests.post(f"{base_url}/v1/applications", json=body, headers=headers, timeout=10)
    assert answer.status_code == 201, answer.text
    created: dict[str, Any] = answer.json()
    return created


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **TUS}


def start_upload(
    base_url: str,
    number: str,
    token: str,
    length: int,
    *,
    kind: str = "passport",
    filename: str = "passport.jpg",
    content_type: str = "image/jpeg",
) -> str:
    """Creates an upload; answers its absolute URL (Location resolved against the origin)."""
    answer = requests.post(
        f"{base_url}/v1/applications/{number}/documents",
        headers={
            **bearer(token),
            "Upload-Length": str(length),
            "Upload-Metadata": metadata(kind=kind, filename=filename, content_type=content_type),
        },
        timeout=10,
    )
    assert answer.status_code == 201, answer.text
    return base_url + answer.headers["Location"]


def patch_chunk(
    url: str,
    token: str,
    offset: int,
    data: bytes,
    *,
    algorithm: str | None = "sha256",
    **headers: str,
) -> requests.Response:
    sent = {**bearer(token), "Upload-Offset": str(offset), "Content-Type": CHUNK_TYPE}
    if algorithm is not None:
        sent["Upload-Checksum"] = checksum(algorithm, data)
    sent.update({name.replace("_", "-"): value for name, value in headers.items()})
    return requests.patch(url, data=data, headers=sent, timeout=30)


def offset_of(url: str, token: str) -> int:
    answer = requests.head(url, headers=bearer(token), timeout=10)
    assert answer.status_code == 200, answer.status_code
    return int(answer.headers["Upload-Offset"])


def upload_document(
    base_url: str,
    number: str,
    token: str,
    data: bytes,
    *,
    kind: str = "passport",
    filename: str = "passport.jpg",
    content_type: str = "image/jpeg",
    chunk_size: int = 64 * 1024,
) -> requests.Response:
    """The whole upload in chunks with sha256; answers the last PATCH."""
    url = start_upload(
        base_url,
        number,
        token,
        len(data),
        kind=kind,
        filename=filename,
        content_type=content_type,
    )
    offset = 0
    answer: requests.Response | None = None
    while offset < len(data):
        answer = patch_chunk(url, token, offset, data[offset : offset + chunk_size])
        if answer.status_code != 204:
            return answer
        offset = int(answer.headers["Upload-Offset"])
    assert answer is not None
    return answer


def upload_required_documents(base_url: str, number: str, token: str) -> dict[str, bytes]:
    """A passport (JPEG), an INN (PDF) and a SNILS (PNG); answers kind -> bytes."""
    documents = {
        "passport": (jpeg_bytes(), "passport.jpg", "image/jpeg"),
        "inn": (pdf_bytes(2), "inn.pdf", "application/pdf"),
        "snils": (png_bytes(), "snils.png", "image/png"),
    }
    for kind, (data, filename, content_type) in documents.items():
        answer = upload_document(
            base_url, number, token, data, kind=kind, filename=filename, content_type=content_type
        )
        assert answer.status_code == 204, answer.text
    return {kind: data for kind, (data, _, _) in documents.items()}


def submit(base_url: str, number: str, token: str, key: str | None = None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"}
    if key:
        headers["Idempotency-Key"] = key
    return requests.post(f"{base_url}/v1/applications/{number}/submit", headers=headers, timeout=10)


def get_application(base_url: str, number: str, token: str) -> requests.Response:
    return requests.get(
        f"{base_url}/v1/applications/{number}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
