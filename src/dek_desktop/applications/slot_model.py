"""One slot per document kind of the policy, and what it holds: pages in the user's order,
files still being checked, and files refused with the reason."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.documents import Notice, PreparedPage, Rejection


class EntryState(StrEnum):
    CHECKING = "checking"
    READY = "ready"  # a PDF, JPEG or PNG: sent as it is (pictures downscaled)
    CONVERTED = "converted"  # HEIC, WEBP, TIFF, GIF, BMP: turned into what the service takes
    REJECTED = "rejected"


@dataclass(frozen=True)
class SlotEntry:
    """One line of a slot: a page ready to go, or a file being checked or refused."""

    entry_id: str
    source: Path
    state: EntryState
    page: PreparedPage | None = None
    page_number: int = 1  # of the `page_count` pages of its file
    page_count: int = 1
    rejection: Rejection | None = None
    notices: tuple[Notice, ...] = ()  # a blurred or dark photo

    @property
    def name(self) -> str:
        return self.source.name


@dataclass(frozen=True)
class DocumentSlot:
    kind: DocumentKind
    required: bool
    entries: tuple[SlotEntry, ...] = ()
    sent: bool = False  # the service holds a complete upload of this kind
    asked_again: bool = False  # the reviewer asked for it again (needs_more)

    @property
    def pages(self) -> tuple[PreparedPage, ...]:
        return tuple(entry.page for entry in self.entries if entry.page is not None)

    @property
    def checking(self) -> bool:
        return any(entry.state is EntryState.CHECKING for entry in self.entries)

    @property
    def to_send(self) -> bool:
        """Has pages the service does not hold yet."""
        return not self.sent and bool(self.pages)

    def entry(self, entry_id: str) -> SlotEntry | None:
        return next((entry for entry in self.entries if entry.entry_id == entry_id), None)
