"""The bytes of one upload chunk: read from the file piece by piece (never the whole chunk in
memory), and the chunk's sha256 computed ahead, while the previous chunk is on the wire."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from .connection_abort import CancelSignal
from .session_adapter import SEND_BLOCK_BYTES

_HASH_PIECE_BYTES = 1024 * 1024


class ChunkCancelled(Exception):
    """Raised from inside the request body when the user cancels."""


class ChunkSourceFailed(Exception):
    """The file could not be read for this chunk.

    Not an OSError on purpose: urllib3 would take an OSError raised while it sends a body for
    a broken connection, and the upload would try to resume a file it cannot read.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ChunkBody:
    """A request body urllib3 reads one socket write at a time; `len()` is its Content-Length."""

    def __init__(
        self,
        source: BinaryIO,
        offset: int,
        length: int,
        on_sent: Callable[[int], None],
        cancel: CancelSignal | None,
    ) -> None:
        self._source = source
        self._offset = offset
        self._length = length
        self._left = length
        self._on_sent = on_sent
        self._cancel = cancel

    def __len__(self) -> int:
        return self._length

    def read(self, size: int = -1) -> bytes:
        if self._cancel is not None and self._cancel.is_set():
            raise ChunkCancelled
        if self._left == self._length:
            self._seek()
        wanted = min(self._left, SEND_BLOCK_BYTES if size is None or size <= 0 else size)
        try:
            piece = self._source.read(wanted)
        except OSError as failure:
            raise ChunkSourceFailed(failure.strerror or str(failure)) from None
        if len(piece) != wanted:
            raise ChunkSourceFailed("the file became shorter while it was being sent")
        self._left -= len(piece)
        if piece:
            self._on_sent(len(piece))
        return piece

    def _seek(self) -> None:
        try:
            self._source.seek(self._offset)
        except OSError as failure:
            raise ChunkSourceFailed(failure.strerror or str(failure)) from None


def _digest(path: Path, offset: int, length: int) -> str:
    """`Upload-Checksum` value of one region of the file (base64 sha256)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as source:
            source.seek(offset)
            left = length
            while left:
                piece = source.read(min(left, _HASH_PIECE_BYTES))
                if not piece:
                    raise ChunkSourceFailed("the file became shorter while it was being sent")
                digest.update(piece)
                left -= len(piece)
    except OSError as failure:
        raise ChunkSourceFailed(failure.strerror or str(failure)) from None
    return base64.b64encode(digest.digest()).decode("ascii")


class ChunkDigests:
    """Hashes the next chunk in a worker thread (hashlib lets go of the GIL) while this one is
    sent; a resume at another offset just hashes what it needs then."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dek-upload-hash")
        self._ahead: dict[tuple[int, int], Future[str]] = {}

    def prepare(self, offset: int, length: int) -> None:
        if length > 0 and (offset, length) not in self._ahead:
            self._ahead[offset, length] = self._executor.submit(_digest, self._path, offset, length)

    def of(self, offset: int, length: int) -> str:
        self.prepare(offset, length)
        wanted = self._ahead.pop((offset, length))
        for stale in self._ahead.values():
            stale.cancel()
        self._ahead.clear()
        return wanted.result()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
