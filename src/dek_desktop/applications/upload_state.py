"""How the sending of the documents stands: making the PDFs, sending, paused, stopped, done."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dek_desktop.api.vocabulary import DocumentKind


class UploadPhase(StrEnum):
    PREPARING = "preparing"  # the PDFs are being made
    SENDING = "sending"
    PAUSED = "paused"  # the user paused; «Продолжить» goes on from the byte the service holds
    STOPPED = "stopped"  # a problem stopped it (the state's problem says which); resumable
    DONE = "done"  # every document is with the service: the application can be submitted


@dataclass(frozen=True)
class UploadState:
    phase: UploadPhase
    kind: DocumentKind | None = None  # the document being sent now
    sent_bytes: int = 0  # of every document of this sending together
    total_bytes: int = 0
    bytes_per_second: float = 0.0  # recent speed
    prepared: float = 0.0  # how far the PDFs are made, 0..1

    @property
    def fraction(self) -> float:
        return self.sent_bytes / self.total_bytes if self.total_bytes else 0.0

    @property
    def seconds_left(self) -> float | None:
        """None while the speed is not known (at the start, or while the connection is down)."""
        if self.phase is not UploadPhase.SENDING or self.bytes_per_second <= 0:
            return None
        return max(0.0, (self.total_bytes - self.sent_bytes) / self.bytes_per_second)

    @property
    def active(self) -> bool:
        return self.phase in (UploadPhase.PREPARING, UploadPhase.SENDING)
