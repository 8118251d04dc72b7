"""A cheap look at whether a photo can be read: blur and darkness.

Both measures run on a small greyscale copy (its long side 1000–2000 px, reduced from the
downscaled page), so they cost a few milliseconds even for a 12-megapixel photo. They warn,
they never refuse.
"""

from __future__ import annotations

from PIL import Image, ImageChops, ImageFilter, ImageStat

from dek_desktop.documents import messages
from dek_desktop.documents.messages import Notice

ANALYSIS_LONG_SIDE = 1000
# Variance of the Laplacian on the analysis copy: printed pages photographed sharp score in
# the hundreds (500–900 on the test pages), a Gaussian blur of 1/300 of the width already
# brings them near 10.
BLUR_VARIANCE_LIMIT = 25.0
# Mean brightness (0–255) under which a page photo is too dark to read.
DARKNESS_LIMIT = 60.0
# Channels of a greyscale scan saved as RGB differ by JPEG noise only.
GREY_CHANNEL_DIFFERENCE = 12
_LAPLACIAN = ImageFilter.Kernel((3, 3), (0, 1, 0, 1, -4, 1, 0, 1, 0), scale=1, offset=128)


def analysis_copy(picture: Image.Image) -> Image.Image:
    """A copy (same mode) with its long side between `ANALYSIS_LONG_SIDE` and twice that."""
    factor = max(1, max(picture.size) // ANALYSIS_LONG_SIDE)
    return picture.reduce(factor) if factor > 1 else picture


def sharpness(grey: Image.Image) -> float:
    edges = grey.filter(_LAPLACIAN)
    # Pillow leaves the outermost pixels unfiltered; they would swamp the variance.
    inner = edges.crop((1, 1, edges.width - 1, edges.height - 1))
    return float(ImageStat.Stat(inner).var[0])


def brightness(grey: Image.Image) -> float:
    return float(ImageStat.Stat(grey).mean[0])


def assess(small: Image.Image) -> tuple[Notice, ...]:
    """Warnings for an analysis copy (`analysis_copy`) of a page."""
    grey = small if small.mode == "L" else small.convert("L")
    notices: list[Notice] = []
    if brightness(grey) < DARKNESS_LIMIT:
        notices.append(messages.DARK)
    elif sharpness(grey) < BLUR_VARIANCE_LIMIT:
        notices.append(messages.BLURRED)
    return tuple(notices)


def looks_grey(picture: Image.Image) -> bool:
    """True when an RGB picture carries no colour worth keeping (a greyscale scan)."""
    if picture.mode == "L":
        return True
    small = picture.reduce(max(1, max(picture.size) // 400))
    red, green, blue = small.split()
    allowed_outliers = small.width * small.height // 1000
    for first, second in ((red, green), (green, blue), (red, blue)):
        histogram = ImageChops.difference(first, second).histogram()
        if sum(histogram[GREY_CHANNEL_DIFFERENCE + 1 :]) > allowed_outliers:
            return False
    return True
