"""The values the pipeline hands to its callers: checked files, pages, PDFs, progress."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from dek_desktop.documents.messages import Notice, Rejection
from dek_desktop.documents.sniff import SourceType


@dataclass(frozen=True)
class PreparedPage:
    """One page ready to go into a document's PDF; its files live in the pipeline's temp dir."""

    page_id: str
    file_id: str
    source_name: str
    # A JPEG made from a picture, or the checked copy of a PDF (then `pdf_page_index` is set).
    content: Path
    pdf_page_index: int | None
    width_pt: float
    height_pt: float
    pixel_width: int
    pixel_height: int
    greyscale: bool
    thumbnail: Path
    # The EXIF orientation (1–8) the JPEG in `content` is stored with; the PDF page draws it
    # upright. `pixel_width` and `pixel_height` are the upright picture's.
    orientation: int = 1
    notices: tuple[Notice, ...] = ()

    @property
    def is_pdf_page(self) -> bool:
        return self.pdf_page_index is not None


@dataclass(frozen=True)
class FileReport:
    """What a worker found in one file."""

    source_type: SourceType | None
    pages: tuple[PreparedPage, ...]
    rejection: Rejection | None


class FileStatus(enum.Enum):
    ACCEPTED = "accepted"  # a type the service takes as it is (PDF, JPEG, PNG)
    CONVERTED = "converted"  # HEIC, WEBP, TIFF, GIF, BMP: turned into a type it takes
    REJECTED = "rejected"


@dataclass(frozen=True)
class CheckedFile:
    file_id: str
    source: Path
    status: FileStatus
    source_type: SourceType | None
    pages: tuple[PreparedPage, ...]
    rejection: Rejection | None
    notices: tuple[Notice, ...]

    @property
    def display_name(self) -> str:
        return self.source.name


@dataclass(frozen=True)
class DocumentPdf:
    """One document kind's pages as one PDF, ready to upload."""

    kind: str
    path: Path
    filename: str
    title: str
    size_bytes: int
    page_count: int
    sha256: str
    # 0 when the pictures kept the first (best) quality, higher when they were squeezed.
    quality_step: int
    rasterized_pdf: bool
    media_type: str = "application/pdf"


@dataclass(frozen=True)
class BuildResult:
    documents: tuple[DocumentPdf, ...]
    preview: Path | None
    notices: tuple[Notice, ...]
    problems: tuple[Rejection, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def total_bytes(self) -> int:
        return sum(document.size_bytes for document in self.documents)


class Stage(enum.Enum):
    CHECKING = "checking"
    COMPRESSING = "compressing"
    COMBINING = "combining"
    PREVIEW = "preview"


@dataclass(frozen=True)
class Progress:
    stage: Stage
    done: int
    total: int

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0
