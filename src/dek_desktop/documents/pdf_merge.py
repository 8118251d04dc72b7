"""Pages → one PDF: pictures embedded as they are (no re-encoding), PDF pages copied whole.

Copied PDF pages keep their vector content; a picture page is the JPEG the pipeline made,
placed on a page of its own size and drawn upright whatever way it is stored. Every PDF gets a
title, a language and XMP metadata.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
from pikepdf import Dictionary, Name
from PIL import Image

from dek_desktop.documents.orientation import drawing_matrix
from dek_desktop.documents.placements import (
    Bookmark,
    PdfDescription,
    PicturePlacement,
    Placement,
    WrittenPdf,
)

PRODUCER = "dek-desktop"

Checkpoint = Callable[[], None]


def combine_to_pdf(
    placements: Sequence[Placement],
    destination: Path,
    description: PdfDescription,
    checkpoint: Checkpoint,
) -> WrittenPdf:
    sources: dict[Path, pikepdf.Pdf] = {}
    try:
        with pikepdf.new() as pdf:
            for placement in placements:
                checkpoint()
                if isinstance(placement, PicturePlacement):
                    pdf.pages.append(_picture_page(pdf, placement))
                else:
                    if placement.pdf not in sources:
                        sources[placement.pdf] = pikepdf.open(placement.pdf)
                    pdf.pages.append(sources[placement.pdf].pages[placement.index])
            return _save(pdf, destination, description)
    finally:
        for source in sources.values():
            source.close()


def combine_with_bookmarks(
    bookmarks: Sequence[Bookmark], destination: Path, description: PdfDescription
) -> WrittenPdf:
    """One PDF of several, with a bookmark at the first page of each."""
    sources: list[pikepdf.Pdf] = []
    try:
        with pikepdf.new() as pdf:
            with pdf.open_outline() as outline:
                for bookmark in bookmarks:
                    source = pikepdf.open(bookmark.pdf)
                    sources.append(source)
                    first_page = len(pdf.pages)
                    pdf.pages.extend(source.pages)
                    outline.root.append(pikepdf.OutlineItem(bookmark.title, first_page))
            pdf.Root.PageMode = Name.UseOutlines
            return _save(pdf, destination, description)
    finally:
        for source in sources:
            source.close()


def _picture_page(pdf: pikepdf.Pdf, placement: PicturePlacement) -> pikepdf.Page:
    with Image.open(placement.jpeg, formats=["JPEG"]) as header:
        width, height = header.size
        grey = header.mode == "L"
    image = pikepdf.Stream(
        pdf,
        placement.jpeg.read_bytes(),
        Type=Name.XObject,
        Subtype=Name.Image,
        Width=width,
        Height=height,
        ColorSpace=Name.DeviceGray if grey else Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=Name.DCTDecode,
    )
    page_width, page_height = placement.width_pt, placement.height_pt
    matrix = drawing_matrix(placement.orientation, page_width, page_height)
    drawing = f"q {matrix} cm /Im0 Do Q".encode("ascii")
    return pikepdf.Page(
        Dictionary(
            Type=Name.Page,
            MediaBox=[0, 0, page_width, page_height],
            Resources=Dictionary(XObject=Dictionary(Im0=image)),
            Contents=pdf.make_stream(drawing),
        )
    )


def _save(pdf: pikepdf.Pdf, destination: Path, description: PdfDescription) -> WrittenPdf:
    created = description.created or datetime.now(UTC)
    now = created.astimezone(UTC).replace(microsecond=0).isoformat()
    with pdf.open_metadata(set_pikepdf_as_editor=False) as metadata:
        metadata["dc:title"] = description.title
        metadata["xmp:CreatorTool"] = PRODUCER
        metadata["pdf:Producer"] = f"{PRODUCER} (pikepdf {pikepdf.__version__})"
        metadata["xmp:CreateDate"] = now
        metadata["xmp:ModifyDate"] = now
    pdf.Root.Lang = pikepdf.String(description.language_tag)
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    pdf.save(
        destination,
        compress_streams=True,
        object_stream_mode=pikepdf.ObjectStreamMode.generate,
        deterministic_id=True,
    )
    page_count = len(pdf.pages)
    digest = hashlib.sha256()
    with destination.open("rb") as written:
        for block in iter(lambda: written.read(1 << 20), b""):
            digest.update(block)
    return WrittenPdf(
        path=destination,
        size_bytes=destination.stat().st_size,
        sha256=digest.hexdigest(),
        page_count=page_count,
    )
