"""PDF pages → pixels with pypdfium2 (PDFium), for thumbnails and for squeezing big PDFs."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from dek_desktop.documents.resolution import POINTS_PER_INCH, QualityLevel, fitted_pixels


def open_with_pdfium(path: Path) -> pdfium.PdfDocument:
    """Opens through a Python file object: PDFium's own path API mishandles non-ASCII paths
    on Windows (a user profile named in Cyrillic holds the temp dir)."""
    return pdfium.PdfDocument(path.open("rb"), autoclose=True)


def render_page(document: pdfium.PdfDocument, index: int, long_side_px: int) -> Image.Image:
    """The page as it is shown (its /Rotate applied), `long_side_px` on its longer side."""
    page = document[index]
    try:
        width, height = page.get_size()
        return _render(page, long_side_px / max(width, height, 1.0))
    finally:
        page.close()


def rasterize_page(pdf_path: Path, index: int, level: QualityLevel, destination: Path) -> int:
    """Writes the page as a JPEG at `level` (never beyond A4 at its dpi); returns its size."""
    document = open_with_pdfium(pdf_path)
    try:
        page = document[index]
        try:
            width, height = page.get_size()
            at_dpi = (
                max(1, round(width / POINTS_PER_INCH * level.dpi)),
                max(1, round(height / POINTS_PER_INCH * level.dpi)),
            )
            target_width, _ = fitted_pixels(*at_dpi, level.dpi)
            picture = _render(page, target_width / max(width, 1.0))
        finally:
            page.close()
    finally:
        document.close()
    picture.save(destination, "JPEG", quality=level.jpeg_quality, optimize=True)
    return destination.stat().st_size


def _render(page: pdfium.PdfPage, scale: float) -> Image.Image:
    rendered: Image.Image = page.render(scale=scale).to_pil()
    return rendered.convert("RGB")
