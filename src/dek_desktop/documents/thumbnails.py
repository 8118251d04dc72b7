"""Small pictures of every page for the page list.

PDF pages are rendered with pypdfium2 (PDFium, as in Chrome): it is already a dependency, it
runs in the worker processes without a QApplication, and it keeps `documents/` free of Qt.
Qt's own PDF module (QtPdf) is in PySide6-Addons, not in the PySide6-Essentials the app ships.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from dek_desktop.documents.pdf_render import render_page

THUMBNAIL_LONG_SIDE = 320
THUMBNAIL_QUALITY = 85


def save_picture_thumbnail(picture: Image.Image, destination: Path) -> None:
    small = picture.reduce(max(1, max(picture.size) // (THUMBNAIL_LONG_SIDE * 2)))
    small.thumbnail((THUMBNAIL_LONG_SIDE, THUMBNAIL_LONG_SIDE), Image.Resampling.BICUBIC)
    small.save(destination, "JPEG", quality=THUMBNAIL_QUALITY)


def save_pdf_page_thumbnail(document: pdfium.PdfDocument, index: int, destination: Path) -> None:
    render_page(document, index, THUMBNAIL_LONG_SIDE).save(
        destination, "JPEG", quality=THUMBNAIL_QUALITY
    )
