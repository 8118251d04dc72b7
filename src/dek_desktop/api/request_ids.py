"""X-Request-ID values: a fresh UUID per HTTP request, the last few kept for the support page."""

from __future__ import annotations

import threading
import uuid
from collections import deque


class RecentRequestIds:
    def __init__(self, keep: int = 10) -> None:
        self._ids: deque[str] = deque(maxlen=keep)
        self._lock = threading.Lock()

    def new(self) -> str:
        request_id = str(uuid.uuid4())
        with self._lock:
            self._ids.append(request_id)
        return request_id

    def latest(self) -> tuple[str, ...]:
        """Oldest first."""
        with self._lock:
            return tuple(self._ids)
