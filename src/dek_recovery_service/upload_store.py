"""Where upload bytes live: `data_dir/uploads/<upload id>`, one file per upload.

The id is ours (hex); nothing the client sends, least of all a filename, becomes part of a path.
A file's bytes are flushed to disk before the offset that covers them is written to SQLite, so
after a crash the database's offset never claims bytes the file does not hold.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import BinaryIO

_UPLOAD_ID = re.compile(r"[0-9a-f]{32}", re.ASCII)


def is_upload_id(text: str) -> bool:
    return _UPLOAD_ID.fullmatch(text) is not None


def flush_to_disk(file: BinaryIO) -> None:
    file.flush()
    os.fsync(file.fileno())


class UploadFiles:
    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / "uploads"

    def path(self, upload_id: str) -> Path:
        if not is_upload_id(upload_id):
            raise ValueError("not an upload id")
        return self.root / upload_id

    def create(self, upload_id: str) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        with self.path(upload_id).open("xb") as file:
            flush_to_disk(file)
        directory = os.open(self.root, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    def size(self, upload_id: str) -> int:
        try:
            return self.path(upload_id).stat().st_size
        except FileNotFoundError:
            return 0

    def open_at(self, upload_id: str, offset: int) -> BinaryIO:
        """Opens for writing at `offset`; bytes past it (never acknowledged) are dropped."""
        path = self.path(upload_id)
        if not path.exists():
            path.touch()
        file = path.open("r+b")
        file.truncate(offset)
        file.seek(offset)
        return file

    def discard(self, upload_id: str) -> None:
        self.path(upload_id).unlink(missing_ok=True)

    def sha256(self, upload_id: str) -> str:
        digest = hashlib.sha256()
        with self.path(upload_id).open("rb") as file:
            while block := file.read(1024 * 1024):
                digest.update(block)
        return digest.hexdigest()
