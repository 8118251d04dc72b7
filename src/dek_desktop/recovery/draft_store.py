"""Where the draft lives: a JSON file in the user data dir, private and written atomically."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Protocol

import platformdirs

from .draft import Draft, DraftUnreadable

log = logging.getLogger("dek_desktop.recovery")

APP_DIR_NAME = "dek-desktop"
DRAFT_FILE_NAME = "recovery-draft.json"
_PRIVATE_DIR = 0o700


class DraftKeeping(Protocol):
    def load(self) -> Draft | None: ...

    def save(self, draft: Draft) -> None: ...

    def clear(self) -> None: ...


class DraftStore:
    """One draft on disk: mode 0600 on POSIX (the per-user profile's ACL on Windows).

    `save` writes a temporary file beside it and renames it over the old one, so a crash
    leaves either the old draft or the new one, never half of one.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or Path(
            platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)
        )
        self.path = self.directory / DRAFT_FILE_NAME

    def load(self) -> Draft | None:
        """The saved draft; a corrupt or foreign file is removed (one log line) and gives None."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("recovery draft %s could not be read (%s); ignored", self.path, error)
            return None
        try:
            return Draft.from_json(json.loads(raw.decode("utf-8")))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, DraftUnreadable) as error:
            log.warning(
                "recovery draft %s is not readable (%s); removed", self.path, type(error).__name__
            )
            self.clear()
            return None

    def save(self, draft: Draft) -> None:
        self.directory.mkdir(mode=_PRIVATE_DIR, parents=True, exist_ok=True)
        payload = json.dumps(draft.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
        handle, temporary = tempfile.mkstemp(
            prefix=f".{DRAFT_FILE_NAME}.", suffix=".tmp", dir=self.directory
        )
        try:
            with os.fdopen(handle, "wb") as file:  # mkstemp creates it 0600 already
                file.write(payload)
                file.flush()
                os.fsync(file.fileno())
            Path(temporary).replace(self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _sync_directory(self.directory)

    def clear(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("recovery draft %s could not be removed (%s)", self.path, error)


def _sync_directory(directory: Path) -> None:
    """Makes the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class EphemeralDraftStore:
    """Keeps the draft in memory only: kiosk mode, where nothing may stay on disk."""

    def __init__(self) -> None:
        self._draft: Draft | None = None

    def load(self) -> Draft | None:
        return self._draft

    def save(self, draft: Draft) -> None:
        self._draft = draft

    def clear(self) -> None:
        self._draft = None
