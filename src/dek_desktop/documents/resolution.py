"""How big a page is and how many pixels a picture keeps on it.

A picture is fitted into an A4 page (portrait or landscape, whichever matches it) and keeps at
most the pixels of the chosen resolution on that page: 250 dpi at first, never below 200 dpi,
which is where small print on a passport or SNILS stays legible.
"""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0
A4_SHORT_MM = 210.0
A4_LONG_MM = 297.0
A4_SHORT_PT = A4_SHORT_MM / MM_PER_INCH * POINTS_PER_INCH
A4_LONG_PT = A4_LONG_MM / MM_PER_INCH * POINTS_PER_INCH


@dataclass(frozen=True)
class QualityLevel:
    dpi: int
    jpeg_quality: int


# From the first try down to the last step that still reads well; a document over the size
# limit walks down this ladder.
QUALITY_LADDER: tuple[QualityLevel, ...] = (
    QualityLevel(dpi=250, jpeg_quality=80),
    QualityLevel(dpi=225, jpeg_quality=75),
    QualityLevel(dpi=200, jpeg_quality=70),
    QualityLevel(dpi=200, jpeg_quality=62),
    QualityLevel(dpi=200, jpeg_quality=55),
)
FIRST_LEVEL = 0
LAST_LEVEL = len(QUALITY_LADDER) - 1


def a4_pixels(dpi: int, *, landscape: bool) -> tuple[int, int]:
    short = round(A4_SHORT_MM / MM_PER_INCH * dpi)
    long = round(A4_LONG_MM / MM_PER_INCH * dpi)
    return (long, short) if landscape else (short, long)


def fitted_pixels(width: int, height: int, dpi: int) -> tuple[int, int]:
    """The size of a `width`×`height` picture on A4 at `dpi`; never larger than it was."""
    box_width, box_height = a4_pixels(dpi, landscape=width > height)
    scale = min(1.0, box_width / width, box_height / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def page_points(width: int, height: int) -> tuple[float, float]:
    """The page for a picture of this shape: as large as fits on A4, in PDF points."""
    landscape = width > height
    box_width, box_height = (A4_LONG_PT, A4_SHORT_PT) if landscape else (A4_SHORT_PT, A4_LONG_PT)
    scale = min(box_width / width, box_height / height)
    return round(width * scale, 2), round(height * scale, 2)
