"""The pipeline's private temp dir: generated PDFs and thumbnails, nothing else.

Created with mode 0700 (`tempfile.mkdtemp`); deleted by `delete()` after submit or cancel, and
at the latest when the interpreter exits (quit), through a finalizer.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from pathlib import Path

PREFIX = "dek-documents-"


class Workspace:
    def __init__(self, parent: Path | None = None) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=parent))
        self._finalizer = weakref.finalize(self, shutil.rmtree, self.path, ignore_errors=True)

    def directory(self, *parts: str) -> Path:
        directory = self.path.joinpath(*parts)
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        return directory

    def holds(self, path: Path) -> bool:
        return path.resolve().is_relative_to(self.path.resolve())

    def remove(self, path: Path) -> None:
        if not self.holds(path):
            raise ValueError(f"{path} is not in the documents workspace")
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)

    @property
    def deleted(self) -> bool:
        return not self._finalizer.alive

    def delete(self) -> None:
        self._finalizer()
