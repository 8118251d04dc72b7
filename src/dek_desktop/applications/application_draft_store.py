"""Where the application draft lives: a JSON file beside the recovery draft, private and
written atomically; in kiosk mode, memory only."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Protocol

import platformdirs

from dek_desktop.recovery.draft_store import APP_DIR_NAME

from .application_draft import ApplicationDraft, ApplicationDraftUnreadable

log = logging.getLogger("dek_desktop.applications")

APPLICATION_DRAFT_FILE_NAME = "application-draft.json"
_PRIVATE_DIR = 0o700


class ApplicationDraftKeeping(Protocol):
    def load(self) -> ApplicationDraft | None: ...

    def save(self, draft: ApplicationDraft) -> None: ...

    def clear(self) -> None: ...


class ApplicationDraftStore:
    """Mode 0600 on POSIX (the per-user profile's ACL on Windows); a crash during `save`
    leaves the old draft or the new one, never half of one."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or Path(
            platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)
        )
        self.path = self.directory / APPLICATION_DRAFT_FILE_NAME

    def load(self) -> ApplicationDraft | None:
        """The saved draft; a corrupt or foreign file is removed (one log line) and gives None."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("application draft %s could not be read (%s); ignored", self.path, error)
            return None
        try:
            return ApplicationDraft.from_json(json.loads(raw.decode("utf-8")))
        except (
            UnicodeDecodeError,
            json.JSONDecodeError,
            RecursionError,
            ApplicationDraftUnreadable,
        ) as error:
            log.warning(
                "application draft %s is not readable (%s); removed",
                self.path,
                type(error).__name__,
            )
            self.clear()
            return None

    def save(self, draft: ApplicationDraft) -> None:
        self.directory.mkdir(mode=_PRIVATE_DIR, parents=True, exist_ok=True)
        payload = json.dumps(draft.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
        handle, temporary = tempfile.mkstemp(
            prefix=f".{APPLICATION_DRAFT_FILE_NAME}.", suffix=".tmp", dir=self.directory
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

    def clear(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("application draft %s could not be removed (%s)", self.path, error)


class EphemeralApplicationDraftStore:
    """Kiosk mode: nothing of the application stays on disk."""

    def __init__(self) -> None:
        self._draft: ApplicationDraft | None = None

    def load(self) -> ApplicationDraft | None:
        return self._draft

    def save(self, draft: ApplicationDraft) -> None:
        self._draft = draft

    def clear(self) -> None:
        self._draft = None
