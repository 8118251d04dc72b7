"""Maintenance mode: while `<data dir>/MAINTENANCE` exists, every API call is `unavailable`.

An operator (or a deployment script) creates the file before a migration or a backup and
removes it after; its content, if it is a whole number, is the `retry_after` in seconds. The
service keeps running, so clients see a clear 503 with Retry-After instead of refused
connections. Only /v1 is switched off: the demo outbox stays readable.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_RETRY_AFTER_S = 120


class MaintenanceSwitch:
    def __init__(self, data_dir: Path) -> None:
        self.flag = data_dir / "MAINTENANCE"

    def retry_after(self) -> int | None:
        """Seconds to wait while in maintenance, None when the service is open."""
        try:
            text = self.flag.read_text("utf-8").strip()
        except FileNotFoundError:
            return None
        except OSError:
            return DEFAULT_RETRY_AFTER_S
        return int(text) if text.isdigit() else DEFAULT_RETRY_AFTER_S

    def begin(self, retry_after_s: int = DEFAULT_RETRY_AFTER_S) -> None:
        self.flag.write_text(str(retry_after_s), "utf-8")

    def end(self) -> None:
        self.flag.unlink(missing_ok=True)
