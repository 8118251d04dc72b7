"""Is an uploaded file really the PDF, JPEG or PNG it claims to be? Judged by its content.

Magic bytes first, then a real parse: Pillow verifies and decodes an image (with a pixel limit
against decompression bombs), pikepdf opens a PDF without repairs and checks its syntax, and any
warning it raises counts as damage. The declared `content_type` must be what the content is; the
file's name is never consulted.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
from PIL import Image

JPEG, PNG, PDF = "image/jpeg", "image/png", "application/pdf"
ACCEPTED_MEDIA_TYPES = (PDF, JPEG, PNG)

#: Larger than any phone or scanner picture of a document (8000 x 6250), far below a bomb.
MAX_IMAGE_PIXELS = 50_000_000

_PILLOW_FORMAT = {JPEG: "JPEG", PNG: "PNG"}


class UnacceptableContent(ValueError):
    """Not a sound PDF, JPEG or PNG, or not the type it was declared as."""


def sniffed_media_type(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"%PDF-"):
        return PDF
    return None


def _check_image(path: Path, media_type: str) -> None:
    with Image.open(path, formats=[_PILLOW_FORMAT[media_type]]) as image:
        if image.width * image.height > MAX_IMAGE_PIXELS:
            raise UnacceptableContent("too many pixels")
        image.verify()
    with Image.open(path, formats=[_PILLOW_FORMAT[media_type]]) as image:
        image.load()


def _check_pdf(path: Path) -> None:
    with pikepdf.open(path, attempt_recovery=False) as pdf:
        problems = pdf.check_pdf_syntax()
        if problems or pdf.get_warnings() or len(pdf.pages) == 0:
            raise UnacceptableContent("damaged PDF")


def check_document(path: Path, declared_media_type: str) -> None:
    """Raises `UnacceptableContent` unless the file is a sound `declared_media_type`."""
    with path.open("rb") as file:
        head = file.read(16)
    sniffed = sniffed_media_type(head)
    if sniffed is None or sniffed != declared_media_type:
        raise UnacceptableContent("content does not match the declared type")
    try:
        if sniffed == PDF:
            _check_pdf(path)
        else:
            _check_image(path, sniffed)
    except UnacceptableContent:
        raise
    except Exception as error:  # any parser failure on untrusted bytes means a damaged file
        raise UnacceptableContent(f"{type(error).__name__}") from error
