"""One document's resumable upload (tus 1.0.0: core, creation, checksum) on our own Session.

Written on the client's own `Transport` rather than tuspy because tuspy sends each chunk as one
`requests` call with the whole chunk as its body: it cannot report progress or stop within a
chunk, does not check the Location against our origin, and would bypass our timeouts, trust
store, request ids and typed failures.
"""

from __future__ import annotations

import base64
import logging
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .api_error import ApiError
from .connection_abort import CancelSignal
from .models import UploadedDocument, UploadProgress
from .problems import ChecksumMismatch, UploadOffsetMismatch
from .reply import Reply
from .reply_reading import failure_of
from .retry_policy import RETRYABLE_STATUSES
from .secret import ApplicationToken
from .transport import Transport
from .transport_errors import (
    BadResponse,
    ConnectionDropped,
    ContractMismatch,
    ServiceTimeout,
    ServiceUnreachable,
    TruncatedBody,
    UnexpectedStatus,
)
from .upload_chunks import ChunkBody, ChunkCancelled, ChunkDigests, ChunkSourceFailed
from .upload_progress import ProgressMeter
from .vocabulary import DocumentKind

log = logging.getLogger("dek_desktop.api")

DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024
TUS_VERSION = "1.0.0"
_MAX_CHECKSUM_RETRIES = 3
_UPLOAD_TEMPLATE = "/v1/applications/{number}/documents/{upload}"
_COLLECTION_TEMPLATE = "/v1/applications/{number}/documents"
_MAGIC_MEDIA_TYPES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)


class UploadCancelled(Exception):
    """The user stopped the upload; the service holds `offset` bytes of it (resumable later)."""

    def __init__(self, offset: int) -> None:
        super().__init__(f"upload cancelled; the service holds {offset} bytes")
        self.offset = offset


class UploadSourceError(Exception):
    """The local file could not be read, or changed while it was being uploaded."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason


class _UploadGone(Exception):
    pass


def _resumable(failure: ApiError) -> bool:
    if isinstance(failure, ServiceUnreachable | ConnectionDropped | ServiceTimeout | TruncatedBody):
        return True
    status = getattr(failure, "status", None)
    return isinstance(status, int) and status in RETRYABLE_STATUSES


class TusUpload:
    def __init__(
        self,
        transport: Transport,
        *,
        collection_url: str,
        token: ApplicationToken | None,
        chunk_bytes: int,
        resume_seconds: float,
        progress: Callable[[UploadProgress], None] | None,
        cancel: CancelSignal | None,
    ) -> None:
        if chunk_bytes <= 0:
            raise ValueError("chunk_bytes must be positive")
        self._transport = transport
        self._collection_url = collection_url
        self._token = token
        self._chunk_bytes = chunk_bytes
        self._resume_seconds = resume_seconds
        self._progress = progress
        self._cancel = cancel
        self._rng = random.Random()  # noqa: S311 - jitter, not a secret

    def run(
        self,
        kind: DocumentKind,
        path: Path,
        *,
        upload_url: str | None,
        on_created: Callable[[str], None] | None,
    ) -> UploadedDocument:
        size = _file_size(path)
        try:
            offset = self._stored_offset(upload_url, size) if upload_url else None
            if upload_url is None or offset is None:
                self._raise_if_cancelled(0)
                upload_url = self._create(kind, path, size)
                offset = 0
                if on_created is not None:
                    on_created(upload_url)
        except ApiError:
            self._raise_if_cancelled(0)
            raise
        meter = ProgressMeter(size, self._progress)
        meter.restart_at(offset)
        digests = ChunkDigests(path)
        try:
            with path.open("rb") as source:
                self._send_from(upload_url, source, digests, size, offset, meter)
        except OSError as failure:
            raise UploadSourceError(path, failure.strerror or str(failure)) from failure
        except ChunkSourceFailed as failure:
            raise UploadSourceError(path, failure.reason) from failure
        finally:
            digests.close()
        meter.finish()
        return UploadedDocument(upload_url=upload_url, size_bytes=size)

    # --- creation and offsets ----------------------------------------------------------------

    def _create(self, kind: DocumentKind, path: Path, size: int) -> str:
        metadata = {
            "kind": kind.value,
            "filename": path.name,
            "content_type": _sniff_media_type(path),
        }
        reply = self._transport.request(
            "POST",
            self._collection_url,
            template=_COLLECTION_TEMPLATE,
            bearer=self._token,
            headers={
                "Tus-Resumable": TUS_VERSION,
                "Upload-Length": str(size),
                "Upload-Metadata": ",".join(
                    f"{key} {base64.b64encode(value.encode('utf-8')).decode('ascii')}"
                    for key, value in metadata.items()
                ),
            },
            cancel=self._cancel,
        )
        if reply.status != 201:
            raise failure_of(reply) if not reply.ok else _mismatch(reply, "status", "201")
        location = reply.header("location")
        if not location:
            raise _mismatch(reply, "Location header", "the new upload's address")
        url = self._transport.address.resolve(location, reply.url)
        if url is None:
            raise _mismatch(reply, "Location header", "an address on the service's own origin")
        return url

    def _stored_offset(self, upload_url: str, size: int) -> int | None:
        """Where a stored upload stands, or None when it is gone or belongs to another file."""
        if not self._transport.address.owns(upload_url):
            return None
        try:
            offset, length = self._head(upload_url)
        except _UploadGone:
            return None
        if length != size or offset > size:
            log.info("stored upload does not match the file any more; starting a new one")
            return None
        return offset

    def _head(self, url: str) -> tuple[int, int]:
        reply = self._transport.request(
            "HEAD",
            url,
            template=_UPLOAD_TEMPLATE,
            bearer=self._token,
            headers={"Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store"},
            cancel=self._cancel,
        )
        if reply.status in (404, 410):
            raise _UploadGone
        if not reply.ok:
            # A HEAD answer has no body to explain itself: only its status speaks.
            raise UnexpectedStatus(
                status=reply.status, content_type=reply.content_type, request_id=reply.request_id
            )
        return _offset_header(reply, "upload-offset"), _offset_header(reply, "upload-length")

    # --- sending -----------------------------------------------------------------------------

    def _send_from(
        self,
        url: str,
        source: BinaryIO,
        digests: ChunkDigests,
        size: int,
        offset: int,
        meter: ProgressMeter,
    ) -> None:
        checksum_failures = stalled_rounds = 0
        moved_at = time.monotonic()
        while offset < size:
            self._raise_if_cancelled(offset)
            length = min(self._chunk_bytes, size - offset)
            checksum = digests.of(offset, length)
            following = offset + length
            digests.prepare(following, min(self._chunk_bytes, size - following))
            try:
                confirmed = self._patch(url, source, offset, length, checksum, meter)
            except ChunkCancelled:
                raise UploadCancelled(offset) from None
            except ApiError as failure:
                # A cancel aborts the connection under the request: it surfaces as a failure.
                self._raise_if_cancelled(offset)
                if isinstance(failure, ChecksumMismatch):
                    checksum_failures += 1
                    if checksum_failures > _MAX_CHECKSUM_RETRIES:
                        raise
                    confirmed = offset
                elif isinstance(failure, UploadOffsetMismatch) and failure.offset != offset:
                    confirmed = failure.offset
                elif isinstance(failure, UploadOffsetMismatch) or _resumable(failure):
                    # The same offset back means the service is still finishing an earlier
                    # PATCH whose connection dropped: wait for it as for an interruption.
                    log.info(
                        "upload interrupted at %d of %d bytes: %s",
                        offset,
                        size,
                        type(failure).__name__,
                    )
                    stalled_rounds += 1
                    deadline = moved_at + self._resume_seconds
                    confirmed = self._offset_after(url, failure, offset, stalled_rounds, deadline)
                else:
                    raise
            if confirmed != offset + length:
                meter.restart_at(confirmed)
            if confirmed != offset:
                moved_at = time.monotonic()
                checksum_failures = stalled_rounds = 0
            offset = confirmed

    def _patch(
        self,
        url: str,
        source: BinaryIO,
        offset: int,
        length: int,
        checksum: str,
        meter: ProgressMeter,
    ) -> int:
        reply = self._transport.request(
            "PATCH",
            url,
            template=_UPLOAD_TEMPLATE,
            bearer=self._token,
            headers={
                "Tus-Resumable": TUS_VERSION,
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
                "Upload-Checksum": f"sha256 {checksum}",
            },
            body=ChunkBody(source, offset, length, meter.add, self._cancel),
            cancel=self._cancel,
        )
        if not reply.ok:
            raise failure_of(reply)
        return _offset_header(reply, "upload-offset")

    def _offset_after(
        self, url: str, failure: ApiError, offset: int, stalled_rounds: int, deadline: float
    ) -> int:
        """Wait for the service to come back and ask it how much of the upload it holds.

        `stalled_rounds` counts interruptions since the offset last moved: the backoff keeps
        growing across them, so a service that keeps refusing is not sent chunk after chunk.
        Past `deadline` (the resume time since the offset last moved) the failure stands.
        """
        retry = self._transport.retry
        attempt = stalled_rounds
        while True:
            retry_after = getattr(failure, "retry_after", None)
            wait = retry.delay_before(
                attempt + 1,
                retry_after.total_seconds() if retry_after is not None else None,
                self._rng,
            )
            if time.monotonic() + wait > deadline:
                raise failure
            if self._cancel is not None and self._cancel.wait(wait):
                raise UploadCancelled(offset)
            if self._cancel is None:
                time.sleep(wait)
            try:
                held, _length = self._head(url)
            except _UploadGone:
                raise failure from None
            except ApiError as again:
                self._raise_if_cancelled(offset)
                if not _resumable(again):
                    raise
                failure = again
                attempt += 1
                continue
            log.info("resuming upload from %d bytes", held)
            return held

    def _raise_if_cancelled(self, offset: int) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise UploadCancelled(offset)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as failure:
        raise UploadSourceError(path, failure.strerror or str(failure)) from failure


def _sniff_media_type(path: Path) -> str:
    try:
        with path.open("rb") as source:
            head = source.read(8)
    except OSError as failure:
        raise UploadSourceError(path, failure.strerror or str(failure)) from failure
    return next(
        (media for magic, media in _MAGIC_MEDIA_TYPES if head.startswith(magic)),
        "application/octet-stream",
    )


def _offset_header(reply: Reply, name: str) -> int:
    value = (reply.header(name) or "").strip()
    if not (value.isascii() and value.isdigit() and len(value) <= 18):
        raise _mismatch(reply, f"{name} header", "a byte count")
    return int(value)


def _mismatch(reply: Reply, where: str, expected: str) -> BadResponse:
    return ContractMismatch(
        where=where,
        expected=expected,
        status=reply.status,
        content_type=reply.content_type,
        request_id=reply.request_id,
    )
