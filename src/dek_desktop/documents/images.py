"""Pictures → upright, flattened, downscaled JPEG pages.

Each frame is decoded at most once, at the smallest size the target allows (JPEG's draft mode
lets libjpeg skip most of the work for big photos), flattened on white, downscaled, and written
as a baseline JPEG that a PDF embeds untouched. A photo taken sideways keeps its stored pixels:
its page records the EXIF orientation and the PDF draws it upright (orientation.py); the
thumbnail and the legibility checks use one small copy of the downscaled picture.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import cast

# Importing the readers the pipeline opens registers them: otherwise the first TIFF or WEBP
# makes Pillow import all of its forty-odd plugins (about 0.1 s more). HEIC comes from
# pillow-heif (`register_heif`); AVIF, rare, is left to Pillow to find.
from PIL import (
    BmpImagePlugin,  # noqa: F401
    GifImagePlugin,  # noqa: F401
    Image,
    ImageCms,
    JpegImagePlugin,  # noqa: F401
    PngImagePlugin,  # noqa: F401
    TiffImagePlugin,  # noqa: F401
    UnidentifiedImageError,
    WebPImagePlugin,  # noqa: F401
)

from dek_desktop.documents import messages, orientation, quality, thumbnails
from dek_desktop.documents.messages import Notice, Rejection
from dek_desktop.documents.model import PreparedPage
from dek_desktop.documents.resolution import QualityLevel, fitted_pixels, page_points
from dek_desktop.documents.safety_limits import (
    MAX_PAGES_PER_FILE,
    MAX_PIXELS_FULL_DECODE,
    MAX_PIXELS_REDUCED_DECODE,
)
from dek_desktop.documents.sniff import SourceType

# The box filter averages the source pixels each target pixel covers (what a sensor with fewer,
# larger pixels would have recorded), so it antialiases properly when shrinking. On a 12 MP
# photo → 250 dpi it costs about 2/3 of bilinear and 1/2 of bicubic, and small print comes out
# as close to a Lanczos reference as with bilinear, and a little sharper.
DOWNSCALE_FILTER = Image.Resampling.BOX
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
    turn = _orientation(picture)
    # The size on the page is decided upright; the pixels stay as stored (see orientation.py).
    upright_width, upright_height = orientation.upright_size(width, height, turn)
    target_width, target_height = fitted_pixels(upright_width, upright_height, level.dpi)
    stored_target = orientation.upright_size(target_width, target_height, turn)
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
    checkpoint()
    # One small copy serves the legibility checks, the colour check and the thumbnail.
    small = quality.analysis_copy(frame)
    notices: tuple[Notice, ...] = quality.assess(small)
    if frame.mode == "RGB" and quality.looks_grey(small):
        frame = frame.convert("L")
        small = small.convert("L")
    page_id = f"{file_id}-{index}"
    content = out_dir / f"{page_id}.jpg"
    write_jpeg(frame, content, level.jpeg_quality)
    thumbnail = out_dir / f"{page_id}-thumbnail.jpg"
    thumbnails.save_picture_thumbnail(orientation.upright(small, turn), thumbnail)
    pixel_width, pixel_height = orientation.upright_size(frame.width, frame.height, turn)
    width_pt, height_pt = page_points(pixel_width, pixel_height)
    return PreparedPage(
        page_id=page_id,
        file_id=file_id,
        source_name=source.name,
        content=content,
        pdf_page_index=None,
        width_pt=width_pt,
        height_pt=height_pt,
        pixel_width=pixel_width,
        pixel_height=pixel_height,
        greyscale=frame.mode == "L",
        thumbnail=thumbnail,
        orientation=turn,
        notices=notices,
    )


def _orientation(picture: Image.Image) -> int:
    try:
        value = picture.getexif().get(orientation.EXIF_ORIENTATION_TAG, orientation.UPRIGHT)
    except (OSError, SyntaxError, ValueError, TypeError):
        # Damaged EXIF is common in photos edited on phones; the pixels are still fine.
        return orientation.UPRIGHT
    known = isinstance(value, int) and value in orientation.TRANSPOSE_FOR_ORIENTATION
    return value if known else orientation.UPRIGHT


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
