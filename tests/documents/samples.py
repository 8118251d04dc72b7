"""Real input files the tests write: document pages with a known upright orientation.

Every page is white with a black square in its top-left corner and nothing in its other
corners, so a rendering tells whether it is upright; text-like lines fill the middle, and an
optional band at the bottom tells pages apart (slot 0–3).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pikepdf
import pillow_heif
from PIL import Image, ImageDraw, ImageFilter

pillow_heif.register_heif_opener()

EXIF_ORIENTATION = 0x0112
# Stored pixels that a viewer turns upright by applying the EXIF orientation.
STORED_FOR_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}
BAND_SLOTS = 4


def document_page(
    width: int = 1200,
    height: int = 1600,
    *,
    band: int | None = None,
    patch: tuple[int, int, int] | None = None,
) -> Image.Image:
    page = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(page)
    side = width // 5
    draw.rectangle(
        (width // 20, height // 20, width // 20 + side, height // 20 + side), fill="black"
    )
    line_height = max(2, height // 120)
    for number, top in enumerate(range(height * 3 // 10, height * 78 // 100, height // 40)):
        right = width * 9 // 10 - (number * 97 % (width // 3))
        draw.rectangle((width // 10, top, right, top + line_height), fill=(30, 30, 30))
    if patch is not None:
        draw.rectangle((width * 2 // 5, height // 20, width * 3 // 5, height // 5), fill=patch)
    if band is not None:
        left = width * 3 // 10 + band * width // 10
        draw.rectangle((left, height * 86 // 100, left + width // 10, height * 95 // 100), fill=0)
    return page


def save_jpeg(picture: Image.Image, path: Path, *, orientation: int = 1, quality: int = 90) -> Path:
    stored = picture
    exif = Image.Exif()
    if orientation != 1:
        stored = picture.transpose(STORED_FOR_ORIENTATION[orientation])
        exif[EXIF_ORIENTATION] = orientation
    stored.save(path, "JPEG", quality=quality, exif=exif.tobytes())
    return path


def save_heic(picture: Image.Image, path: Path, *, orientation: int = 6) -> Path:
    stored = picture.transpose(STORED_FOR_ORIENTATION[orientation])
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = orientation
    stored.save(path, "HEIF", quality=85, exif=exif.tobytes())
    return path


def save_cmyk_jpeg(picture: Image.Image, path: Path) -> Path:
    picture.convert("CMYK").save(path, "JPEG", quality=90)
    return path


def save_png16_grey(picture: Image.Image, path: Path) -> Path:
    """A 16-bit greyscale PNG (values 0–65535), as some scanners write."""
    grey = picture.convert("L")
    samples = b"".join(struct.pack(">H", value * 257) for value in grey.tobytes())
    _write_png(path, grey.width, grey.height, bit_depth=16, colour_type=0, samples=samples)
    return path


def save_png16_rgb(picture: Image.Image, path: Path) -> Path:
    """A 48-bit RGB PNG (Pillow cannot write one, so the chunks are written here)."""
    rgb = picture.convert("RGB")
    samples = b"".join(struct.pack(">H", value * 257) for value in rgb.tobytes())
    _write_png(path, rgb.width, rgb.height, bit_depth=16, colour_type=2, samples=samples)
    return path


def _write_png(
    path: Path, width: int, height: int, *, bit_depth: int, colour_type: int, samples: bytes
) -> None:
    channels = {0: 1, 2: 3}[colour_type]
    stride = width * channels * bit_depth // 8
    raw = b"".join(b"\x00" + samples[row * stride : (row + 1) * stride] for row in range(height))
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 6))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def save_alpha_png(picture: Image.Image, path: Path) -> Path:
    """The page's white turned fully transparent over black RGB: only alpha says 'paper'."""
    rgb = picture.convert("RGB")
    alpha = rgb.convert("L").point(lambda value: 0 if value == 255 else 255)
    rgba = Image.composite(rgb, Image.new("RGB", rgb.size, "black"), alpha)
    rgba.putalpha(alpha)
    rgba.save(path, "PNG")
    return path


def save_grey_alpha_png(picture: Image.Image, path: Path) -> Path:
    grey = picture.convert("L")
    alpha = grey.point(lambda value: 0 if value == 255 else 255)
    black = Image.new("L", grey.size, 0)
    Image.merge("LA", (Image.composite(grey, black, alpha), alpha)).save(path, "PNG")
    return path


def save_transparent_gif(picture: Image.Image, path: Path) -> Path:
    """A palette GIF whose white is the transparent colour and painted black in the palette."""
    paletted = picture.convert("L").convert("P")
    palette = paletted.getpalette() or []
    white = next(index for index in range(256) if palette[index * 3 : index * 3 + 3] == [255] * 3)
    palette[white * 3 : white * 3 + 3] = [0, 0, 0]
    paletted.putpalette(palette)
    paletted.save(path, "GIF", transparency=white)
    return path


def save_tiff(pages: list[Image.Image], path: Path) -> Path:
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw")
    return path


def png_bomb(path: Path, width: int, height: int) -> Path:
    """A tiny PNG that claims `width`×`height` greyscale pixels (all zero)."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + width)
    parts = [compressor.compress(row) for _ in range(height)]
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )
    return path


def blurred(picture: Image.Image, radius: float) -> Image.Image:
    return picture.filter(ImageFilter.GaussianBlur(radius))


def darkened(picture: Image.Image, factor: float) -> Image.Image:
    return picture.point(lambda value: int(value * factor))


def _rect_ops(
    display: tuple[float, float], rect: tuple[float, float, float, float], rotate: int, grey: float
) -> bytes:
    """A filled rectangle given in display fractions (top-left origin) as PDF operators."""
    display_width, display_height = display
    left, top, width, height = (
        rect[0] * display_width,
        rect[1] * display_height,
        rect[2] * display_width,
        rect[3] * display_height,
    )
    if rotate == 0:
        x, y, w, h = left, display_height - top - height, width, height
    elif rotate == 90:
        # The unrotated page is landscape; its bottom-left corner is shown top-left.
        x, y, w, h = top, left, height, width
    else:
        raise ValueError(rotate)
    return f"{grey:.2f} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f\n".encode("ascii")


def vector_page_ops(display: tuple[float, float], band: int | None, rotate: int = 0) -> bytes:
    ops = [_rect_ops(display, (0.05, 0.05, 0.2, 0.2 * display[0] / display[1]), rotate, 0)]
    for number in range(18):
        length = 0.8 - (number * 0.13 % 0.3)
        ops.append(_rect_ops(display, (0.1, 0.3 + number * 0.025, length, 0.008), rotate, 0.1))
    if band is not None:
        ops.append(_rect_ops(display, (0.3 + band * 0.1, 0.86, 0.1, 0.09), rotate, 0))
    return b"".join(ops)


def vector_pdf(path: Path, bands: list[int], *, rotated_page: int | None = None) -> Path:
    """A PDF of vector pages (A4 portrait as shown); `rotated_page` is stored landscape with
    /Rotate 90 and drawn so that it shows upright."""
    pdf = pikepdf.new()
    for number, band in enumerate(bands):
        if number == rotated_page:
            page = pdf.add_blank_page(page_size=(842, 595))
            page.Rotate = 90
            ops = vector_page_ops((595, 842), band, rotate=90)
        else:
            page = pdf.add_blank_page(page_size=(595, 842))
            ops = vector_page_ops((595, 842), band)
        page.Contents = pdf.make_stream(ops)
    pdf.save(path)
    return path


def pdf_bytes(bands: list[int]) -> bytes:
    buffer = io.BytesIO()
    pdf = pikepdf.new()
    for band in bands:
        page = pdf.add_blank_page(page_size=(595, 842))
        page.Contents = pdf.make_stream(vector_page_ops((595, 842), band))
    pdf.save(buffer, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    return buffer.getvalue()


def encrypted_pdf(path: Path, *, user_password: str) -> Path:
    pdf = pikepdf.Pdf.open(io.BytesIO(pdf_bytes([0])))
    pdf.save(path, encryption=pikepdf.Encryption(owner="owner-secret", user=user_password))
    return path


def heavy_scan_pdf(path: Path, pages: int, size: tuple[int, int]) -> Path:
    """A 'scanner' PDF: each page one big noisy photo, so it is far larger than needed."""
    pdf = pikepdf.new()
    for band in range(pages):
        picture = document_page(*size, band=band % BAND_SLOTS)
        noise = Image.effect_noise(size, 60).convert("RGB")
        picture = Image.blend(picture, noise, 0.25)
        buffer = io.BytesIO()
        picture.save(buffer, "JPEG", quality=95)
        image = pikepdf.Stream(
            pdf,
            buffer.getvalue(),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=size[0],
            Height=size[1],
            ColorSpace=pikepdf.Name.DeviceRGB,
            BitsPerComponent=8,
            Filter=pikepdf.Name.DCTDecode,
        )
        page = pdf.add_blank_page(page_size=(595, 842))
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.Contents = pdf.make_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    pdf.save(path)
    return path


def zip_file(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def docx(path: Path) -> Path:
    return zip_file(
        path,
        {
            "[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
            "word/document.xml": b'<?xml version="1.0"?><w:document/>',
        },
    )


def xlsx(path: Path) -> Path:
    return zip_file(
        path,
        {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"},
    )


def odt(path: Path) -> Path:
    return zip_file(
        path,
        {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"},
    )


def mp4(path: Path) -> Path:
    box = struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 512) + b"isomiso2"
    path.write_bytes(box + struct.pack(">I", 8) + b"free" + b"\x00" * 64)
    return path
