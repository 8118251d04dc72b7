"""What goes on each page of a PDF to be written, and what was written (plain values, so the
event loop can plan a PDF without importing the PDF libraries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class PicturePlacement:
    jpeg: Path
    width_pt: float
    height_pt: float
    orientation: int = 1  # EXIF orientation the JPEG is stored with; drawn upright


@dataclass(frozen=True)
class PdfPagePlacement:
    pdf: Path
    index: int


Placement = PicturePlacement | PdfPagePlacement


@dataclass(frozen=True)
class PdfDescription:
    title: str
    language_tag: str  # BCP 47, e.g. "ru-RU"
    # None: now. A fixed time makes the same pages give the same bytes, so an upload stopped
    # when the app closed can be continued from a PDF built again after it reopens.
    created: datetime | None = None


@dataclass(frozen=True)
class WrittenPdf:
    path: Path
    size_bytes: int
    sha256: str
    page_count: int


@dataclass(frozen=True)
class Bookmark:
    title: str
    pdf: Path
