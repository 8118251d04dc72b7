"""Pictures → upright, flattened, downscaled JPEG pages.

Each frame is decoded at most once, at the smallest size the target allows (JPEG's draft mode
lets libjpeg skip most of the work for big photos), oriented after the downscale (cheaper on
fewer pixels), flattened on white, and written as a baseline JPEG that a PDF embeds untouched.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PIL import Image, ImageCms, UnidentifiedImageError

from dek_desktop.documents import messages, quality, thumbnails
from dek_desktop.documents.messages import Notice, Rejection
from dek_desktop.documents.model import PreparedPage
from dek_desktop.documents.resolution import QualityLevel, fitted_pixels, page_points
from dek_desktop.documents.safety_limits import (
    MAX_PAGES_PER_FILE,
    MAX_PIXELS_FULL_DECODE,
    MAX_PIXELS_REDUCED_DECODE,
)
from dek_desktop.documents.sniff import SourceType

_EXIF_ORIENTATION = 0x0112
_TRANSPOSE_FOR_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# Pillow's bilinear filter widens with the scale factor (a tent over every source pixel it
# covers), so it antialiases properly when shrinking; it costs less than half of bicubic on a
# 12 MP photo and keeps 200–250 dpi text as legible.
DOWNSCALE_FILTER = Image.Resampling.BILINEAR
# JPEG, and MPO (several JPEGs in one file, as some cameras write), decode at 1/2–1/8 scale.
_REDUCED_DECODE_FORMATS = ("JPEG", "MPO")
_TRANSPARENT_MODES = {"RGBA", "RGBa", "LA", "La", "PA"}
# Camera RAW files are TIFF inside; their first directory is only a small preview.
_TIFF_DNG_VERSION = 50706
_TIFF_NEW_SUBFILE_TYPE = 254
_TIFF_SUB_IFDS = 330

Checkpoint = Callable[[], None]

_heif_registered = False


def register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _heif_registered = True


class _PictureRefused(Exception):
    def __init__(self, rejection: Rejection) -> None:
        super().__init__(rejection.code)
        self.rejection = rejection


def prepare_picture(
    source: Path,
    source_type: SourceType,
    out_dir: Path,
    file_id: str,
    level: QualityLevel,
    checkpoint: Checkpoint,
) -> tuple[PreparedPage, ...] | Rejection:
    """Every page of the picture file at `source`, or why it cannot be used."""
    if source_type in (SourceType.HEIF, SourceType.AVIF):
        register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source, formats=[source_type.pillow_format]) as picture:
                _refuse_camera_raw(picture, source_type)
                # Only TIFF holds pages; other formats' extra frames are animation or bursts.
                frames = getattr(picture, "n_frames", 1) if source_type is SourceType.TIFF else 1
                if frames > MAX_PAGES_PER_FILE:
                    return messages.too_many_pages(MAX_PAGES_PER_FILE)
                pages = []
                for index in range(frames):
                    checkpoint()
                    if index:
                        picture.seek(index)
                    pages.append(
                        _prepare_frame(
                            picture,
                            source,
                            out_dir,
                            file_id,
                            index,
                            level,
                            checkpoint,
                            last_frame=index == frames - 1,
                        )
                    )
                return tuple(pages)
    except _PictureRefused as refused:
        return refused.rejection
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        return messages.PICTURE_TOO_LARGE
    except UnidentifiedImageError:
        return messages.PICTURE_DAMAGED
    except EOFError:
        return messages.PICTURE_TRUNCATED
    except OSError as error:
        if isinstance(error, FileNotFoundError):
            return messages.FILE_MISSING
        text = str(error).lower()
        return messages.PICTURE_TRUNCATED if "truncat" in text else messages.PICTURE_DAMAGED
    except (SyntaxError, ValueError, TypeError, IndexError, KeyError):
        return messages.PICTURE_DAMAGED


def _refuse_camera_raw(picture: Image.Image, source_type: SourceType) -> None:
    if source_type is not SourceType.TIFF:
        return
    tags = getattr(picture, "tag_v2", {})
    reduced = int(tags.get(_TIFF_NEW_SUBFILE_TYPE, 0)) & 1
    if _TIFF_DNG_VERSION in tags or (reduced and _TIFF_SUB_IFDS in tags):
        raise _PictureRefused(messages.CAMERA_RAW)


def _prepare_frame(
    picture: Image.Image,
    source: Path,
    out_dir: Path,
    file_id: str,
    index: int,
    level: QualityLevel,
    checkpoint: Checkpoint,
    *,
    last_frame: bool,
) -> PreparedPage:
    width, height = picture.size
    limit = (
        MAX_PIXELS_REDUCED_DECODE
        if picture.format in _REDUCED_DECODE_FORMATS
        else MAX_PIXELS_FULL_DECODE
    )
    if width * height > limit:
        raise _PictureRefused(messages.PICTURE_TOO_LARGE)
    orientation = _orientation(picture)
    sideways = orientation in (5, 6, 7, 8)
    upright_width, upright_height = (height, width) if sideways else (width, height)
    target_width, target_height = fitted_pixels(upright_width, upright_height, level.dpi)
    stored_target = (target_height, target_width) if sideways else (target_width, target_height)
    if picture.format in _REDUCED_DECODE_FORMATS:
        picture.draft(picture.mode, stored_target)
    picture.load()
    checkpoint()
    frame = _flattened(picture)
    if frame.size != stored_target:
        frame = frame.resize(stored_target, DOWNSCALE_FILTER, reducing_gap=3.0)
    if last_frame and frame is not picture:
        # The full-size decode is no longer needed: free it before the next copies are made.
        picture.close()
    if orientation in _TRANSPOSE_FOR_ORIENTATION:
        frame = frame.transpose(_TRANSPOSE_FOR_ORIENTATION[orientation])
    checkpoint()
    grey_copy = quality.analysis_copy(frame)
    notices: tuple[Notice, ...] = quality.assess(grey_copy)
    if frame.mode == "RGB" and quality.looks_grey(frame):
        frame = frame.convert("L")
    page_id = f"{file_id}-{index}"
    content = out_dir / f"{page_id}.jpg"
    write_jpeg(frame, content, level.jpeg_quality)
    thumbnail = out_dir / f"{page_id}-thumbnail.jpg"
    thumbnails.save_picture_thumbnail(frame, thumbnail)
    width_pt, height_pt = page_points(frame.width, frame.height)
    return PreparedPage(
        page_id=page_id,
        file_id=file_id,
        source_name=source.name,
        content=content,
        pdf_page_index=None,
        width_pt=width_pt,
        height_pt=height_pt,
        pixel_width=frame.width,
        pixel_height=frame.height,
        greyscale=frame.mode == "L",
        thumbnail=thumbnail,
        notices=notices,
    )


def _orientation(picture: Image.Image) -> int:
    try:
        value = picture.getexif().get(_EXIF_ORIENTATION, 1)
    except (OSError, SyntaxError, ValueError, TypeError):
        # Damaged EXIF is common in photos edited on phones; the pixels are still fine.
        return 1
    return value if isinstance(value, int) else 1


def _flattened(picture: Image.Image) -> Image.Image:
    """The picture as 8-bit RGB or greyscale with any transparency put on white."""
    mode = picture.mode
    transparent = mode in _TRANSPARENT_MODES or "transparency" in picture.info
    if transparent:
        grey = mode in ("LA", "La", "L")
        rgba = picture.convert("RGBA")
        background = Image.new("RGB", picture.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background.convert("L") if grey else background
    if mode == "RGB":
        return picture
    if mode in ("1", "L"):
        return picture.convert("L")
    if mode.startswith("I;16") or mode in ("I", "F"):
        return _deep_grey(picture)
    if mode == "CMYK":
        return _cmyk_to_rgb(picture)
    return picture.convert("RGB")


def _deep_grey(picture: Image.Image) -> Image.Image:
    """16-bit or 32-bit greyscale → 8-bit by scaling, where a plain convert would clip."""
    wide = picture.convert("F")
    # A single-band image's extrema are two numbers.
    low, high = cast("tuple[float, float]", wide.getextrema())
    if picture.mode.startswith("I;16") or (low >= 0 and high <= 65535 and high > 255):
        ceiling = 65535.0
    elif low >= 0 and high <= 255:
        ceiling = 255.0
    else:
        wide = wide.point(lambda value: value - low)
        ceiling = max(high - low, 1.0)
    scale = 255.0 / ceiling
    return wide.point(lambda value: value * scale).convert("L")


def _cmyk_to_rgb(picture: Image.Image) -> Image.Image:
    profile = picture.info.get("icc_profile")
    if profile:
        try:
            converted = ImageCms.profileToProfile(
                picture,
                ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                ImageCms.createProfile("sRGB"),
                outputMode="RGB",
            )
        except (ImageCms.PyCMSError, OSError, ValueError):
            converted = None
        if converted is not None:
            return converted
    return picture.convert("RGB")


def write_jpeg(picture: Image.Image, destination: Path, jpeg_quality: int) -> None:
    picture.save(destination, "JPEG", quality=jpeg_quality, optimize=True)


def recompress_page(page: PreparedPage, level: QualityLevel, destination: Path) -> int:
    """Writes `page`'s picture at a lower quality level; returns the new size in bytes."""
    with Image.open(page.content, formats=["JPEG"]) as picture:
        target = fitted_pixels(picture.width, picture.height, level.dpi)
        picture.draft(picture.mode, target)
        picture.load()
        smaller = (
            picture
            if picture.size == target
            else picture.resize(target, DOWNSCALE_FILTER, reducing_gap=3.0)
        )
        write_jpeg(smaller, destination, level.jpeg_quality)
    return destination.stat().st_size
