"""One tus PATCH: stream the body onto the upload's file, persist the offset, and when the last
byte is in, check the document and record its sha256.

The body is never held in memory: each piece the server receives is written straight to the
file (a small write into the page cache), and the slow steps (fsync, SQLite, the content check)
run in a worker thread so the event loop stays free. Without `Upload-Checksum` the offset is
persisted every `CHECKPOINT_BYTES` and whatever arrived is kept when the body stalls or the
connection drops, so the client resumes from `HEAD`. With a checksum the chunk is all or nothing:
a chunk that cannot be verified is discarded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import BinaryIO

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request

from .content_check import ACCEPTED_MEDIA_TYPES, UnacceptableContent, check_document
from .context import ServiceContext
from .http_layer import BodyStalled
from .problems import Problem
from .tus_protocol import ChunkChecksum, invalid_header, tus_problem
from .upload_records import UploadRecord, forget_upload, mark_complete, save_offset
from .upload_store import UploadFiles, flush_to_disk

CHECKPOINT_BYTES = 1024 * 1024


@dataclass(frozen=True)
class ChunkRequest:
    upload: UploadRecord
    start: int  # the offset the client sent, equal to what the service holds
    checksum: ChunkChecksum | None
    declared_bytes: int | None  # Content-Length, when the client sent one


class _ChunkWriter:
    def __init__(self, ctx: ServiceContext, files: UploadFiles, chunk: ChunkRequest) -> None:
        self.ctx, self.files, self.chunk = ctx, files, chunk
        self.written = 0
        self.checkpointed = 0
        self.digest: hashlib._Hash | None = chunk.checksum.new_hash() if chunk.checksum else None

    @property
    def reached(self) -> int:
        return self.chunk.start + self.written

    @property
    def room(self) -> int:
        return self.chunk.upload.length - self.chunk.start

    def write(self, file: BinaryIO, piece: bytes) -> None:
        if self.written + len(piece) > self.room:
            raise tus_problem("payload-too-large", max_bytes=self.room)
        file.write(piece)
        self.written += len(piece)
        if self.digest is not None:
            self.digest.update(piece)

    def verified(self, checksum: ChunkChecksum, interruption: Problem | None) -> bool:
        """A chunk with a checksum counts only when all of it arrived and it matches."""
        return (
            interruption is None
            and self.digest is not None
            and self.digest.digest() == checksum.digest
        )

    def checkpoint_due(self) -> bool:
        return (
            self.digest is None
            and self.written - self.checkpointed >= CHECKPOINT_BYTES
            and self.reached < self.chunk.upload.length
        )

    def checkpoint(self, file: BinaryIO) -> None:
        flush_to_disk(file)
        save_offset(self.ctx, self.chunk.upload.id, self.reached)
        self.checkpointed = self.written

    def discard(self, file: BinaryIO) -> None:
        file.truncate(self.chunk.start)
        flush_to_disk(file)


def _complete(ctx: ServiceContext, files: UploadFiles, upload: UploadRecord) -> None:
    try:
        check_document(files.path(upload.id), upload.content_type)
    except UnacceptableContent as error:
        forget_upload(ctx, upload.id)
        files.discard(upload.id)
        raise tus_problem("unsupported-media-type", accepted=list(ACCEPTED_MEDIA_TYPES)) from error
    mark_complete(ctx, upload.id, upload.length, files.sha256(upload.id))


async def receive_chunk(ctx: ServiceContext, request: Request, chunk: ChunkRequest) -> int:
    """Appends the request body; answers the new offset. Raises the tus problems."""
    files = UploadFiles(ctx.data_dir)
    writer = _ChunkWriter(ctx, files, chunk)
    if chunk.declared_bytes is not None and chunk.declared_bytes > writer.room:
        raise tus_problem("payload-too-large", max_bytes=writer.room)
    file = await run_in_threadpool(files.open_at, chunk.upload.id, chunk.start)
    interruption: Problem | None = None
    try:
        try:
            async for piece in request.stream():
                writer.write(file, piece)
                if writer.checkpoint_due():
                    await run_in_threadpool(writer.checkpoint, file)
        except BodyStalled:
            interruption = invalid_header("body", "timeout")
        except ClientDisconnect:
            interruption = invalid_header("body", "disconnected")
        except Problem:
            await run_in_threadpool(writer.discard, file)
            raise
        if chunk.checksum is not None and not writer.verified(chunk.checksum, interruption):
            await run_in_threadpool(writer.discard, file)
            raise interruption or tus_problem("checksum-mismatch")
        await run_in_threadpool(flush_to_disk, file)
    finally:
        file.close()
    if writer.reached == chunk.upload.length:
        await run_in_threadpool(_complete, ctx, files, chunk.upload)
    else:
        await run_in_threadpool(save_offset, ctx, chunk.upload.id, writer.reached)
    if interruption is not None:
        raise interruption
    return writer.reached
