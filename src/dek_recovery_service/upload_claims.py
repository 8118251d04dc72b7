"""One PATCH at a time per upload: a second one while the first streams is refused."""

from __future__ import annotations

import threading


class UploadClaims:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: set[str] = set()

    def claim(self, upload_id: str) -> bool:
        with self._lock:
            if upload_id in self._held:
                return False
            self._held.add(upload_id)
            return True

    def release(self, upload_id: str) -> None:
        with self._lock:
            self._held.discard(upload_id)


#: Upload ids are random across every service in the process, so one registry serves them all.
ACTIVE_PATCHES = UploadClaims()
