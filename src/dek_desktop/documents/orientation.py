"""EXIF orientation: how a picture stored sideways (or mirrored) is turned upright.

Pages keep their pictures as stored and the PDF page draws them upright: turning 5.7 million
pixels costs about 15 ms a photo, a drawing matrix costs nothing, and every PDF reader applies
it. Only the small copies people look at (thumbnails) are turned as pixels.
"""

from __future__ import annotations

from PIL import Image

UPRIGHT = 1
EXIF_ORIENTATION_TAG = 0x0112

# The transposition that shows a picture stored with this orientation upright.
TRANSPOSE_FOR_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

# The same as PDF `cm` operands over the unit square an image is drawn into (its first row at
# the top, v = 1): x = a·u + c·v + e, y = b·u + d·v + f, with a, c, e in page widths and b, d,
# f in page heights.
_UNIT_MATRIX_FOR_ORIENTATION: dict[int, tuple[int, int, int, int, int, int]] = {
    1: (1, 0, 0, 1, 0, 0),
    2: (-1, 0, 0, 1, 1, 0),
    3: (-1, 0, 0, -1, 1, 1),
    4: (1, 0, 0, -1, 0, 1),
    5: (0, -1, -1, 0, 1, 1),
    6: (0, -1, 1, 0, 0, 1),
    7: (0, 1, 1, 0, 0, 0),
    8: (0, 1, -1, 0, 1, 0),
}


def is_turned(orientation: int) -> bool:
    """True when the stored picture's width is the upright picture's height."""
    return orientation in (5, 6, 7, 8)


def upright_size(width: int, height: int, orientation: int) -> tuple[int, int]:
    return (height, width) if is_turned(orientation) else (width, height)


def upright(picture: Image.Image, orientation: int) -> Image.Image:
    method = TRANSPOSE_FOR_ORIENTATION.get(orientation)
    return picture if method is None else picture.transpose(method)


def drawing_matrix(orientation: int, page_width: float, page_height: float) -> str:
    """`cm` operands that draw an image stored with `orientation` upright over the whole page."""
    a, b, c, d, e, f = _UNIT_MATRIX_FOR_ORIENTATION.get(orientation, (1, 0, 0, 1, 0, 0))
    values = (
        a * page_width,
        b * page_height,
        c * page_width,
        d * page_height,
        e * page_width,
        f * page_height,
    )
    # "-0.00" is valid PDF, but plain zeros read better.
    return " ".join(f"{value:.2f}" if value else "0" for value in values)
