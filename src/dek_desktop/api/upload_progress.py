"""Upload progress, reported at most ~20 times a second, with the recent speed."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from .models import UploadProgress


class ProgressMeter:
    def __init__(
        self,
        total_bytes: int,
        report: Callable[[UploadProgress], None] | None,
        *,
        interval_seconds: float = 0.05,
        speed_window_seconds: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._total = total_bytes
        self._report = report
        self._interval = interval_seconds
        self._window = speed_window_seconds
        self._clock = clock
        self._sent = 0
        self._last_report_at: float | None = None
        self._samples: deque[tuple[float, int]] = deque()

    @property
    def sent_bytes(self) -> int:
        return self._sent

    def restart_at(self, sent_bytes: int) -> None:
        """The service holds `sent_bytes`: count from there (after a resume), speed anew."""
        self._sent = sent_bytes
        self._samples.clear()
        self._emit(force=True)

    def add(self, count: int) -> None:
        self._sent += count
        self._emit(force=False)

    def finish(self) -> None:
        self._emit(force=True)

    def _emit(self, *, force: bool) -> None:
        if self._report is None:
            return
        now = self._clock()
        recent = self._last_report_at is not None and now - self._last_report_at < self._interval
        if recent and not force:
            return
        self._last_report_at = now
        self._samples.append((now, self._sent))
        while len(self._samples) > 1 and now - self._samples[0][0] > self._window:
            self._samples.popleft()
        oldest_at, oldest_sent = self._samples[0]
        elapsed = now - oldest_at
        speed = (self._sent - oldest_sent) / elapsed if elapsed > 0 else 0.0
        self._report(UploadProgress(self._sent, self._total, max(speed, 0.0)))
