"""What a file is, told by its content (magic bytes), never by its name.

This is only the first look: every accepted type is then really parsed (Pillow, pikepdf), and
a file whose parse fails is refused there.
"""

from __future__ import annotations

import enum
import zipfile
from pathlib import Path

from dek_desktop.documents import messages
from dek_desktop.documents.messages import Rejection

HEAD_BYTES = 4096
# Old Office files (OLE2) name their streams in UTF-16; the directory can sit anywhere.
OLE_SCAN_BYTES = 16 * 1024 * 1024


class SourceType(enum.Enum):
    """A kind of input the pipeline reads: (media type, words for people, Pillow's format)."""

    PDF = ("application/pdf", "PDF", "")
    JPEG = ("image/jpeg", "JPEG", "JPEG")
    PNG = ("image/png", "PNG", "PNG")
    HEIF = ("image/heif", "HEIC", "HEIF")
    AVIF = ("image/avif", "AVIF", "AVIF")
    WEBP = ("image/webp", "WEBP", "WEBP")
    TIFF = ("image/tiff", "TIFF", "TIFF")
    GIF = ("image/gif", "GIF", "GIF")
    BMP = ("image/bmp", "BMP", "BMP")

    def __init__(self, media_type: str, label: str, pillow_format: str) -> None:
        self.media_type = media_type
        self.label = label
        self.pillow_format = pillow_format


# For the page's file dialog: the names of files the pipeline reads. The dialog only narrows
# the choice; what a file is gets decided by its content.
FILE_NAME_PATTERNS: tuple[str, ...] = (
    "*.pdf",
    "*.jpg",
    "*.jpeg",
    "*.png",
    "*.heic",
    "*.heif",
    "*.avif",
    "*.webp",
    "*.tif",
    "*.tiff",
    "*.gif",
    "*.bmp",
)

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_HEIF_GENERIC_BRANDS = {b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P "}
_PROGRAM_MAGIC = (
    b"MZ",
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"#!",
)
_ARCHIVE_MAGIC = (
    b"PK\x05\x06",
    b"Rar!\x1a\x07",
    b"7z\xbc\xaf\x27\x1c",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"\xca\xfe\xba\xbe",
)
_AUDIO_MAGIC = (b"ID3", b"OggS", b"fLaC", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2")
_BMP_HEADER_SIZES = {12, 40, 52, 56, 64, 108, 124}
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(path: Path) -> SourceType | Rejection:
    """The type of the file at `path`, or why it is not something the pipeline takes."""
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
    except FileNotFoundError:
        return messages.FILE_MISSING
    except OSError:
        return messages.FILE_UNREADABLE
    if not head:
        return messages.EMPTY_FILE
    return _by_head(head, path)


def _by_head(head: bytes, path: Path) -> SourceType | Rejection:
    if head.startswith(b"%PDF-"):
        return SourceType.PDF
    if head.startswith(b"\xff\xd8\xff"):
        return SourceType.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return SourceType.PNG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return SourceType.GIF
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return messages.CAMERA_RAW if head[8:10] == b"CR" else SourceType.TIFF
    if head.startswith(b"BM") and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES:
        return SourceType.BMP
    if head.startswith(b"RIFF") and len(head) >= 12:
        return _riff(head[8:12])
    if head[4:8] == b"ftyp":
        return _iso_media(head)
    if head.startswith(b"PK\x03\x04"):
        return _zip_container(path)
    if head.startswith(_OLE2_MAGIC):
        return _ole2_office(path)
    # Readers accept a PDF header anywhere in the first kilobyte (after a mail gateway's junk,
    # say); looked for only now, so that "%PDF-" in a photo's EXIF comment fools nothing.
    if b"%PDF-" in head[:1024]:
        return SourceType.PDF
    return _other(head)


def _riff(form: bytes) -> SourceType | Rejection:
    if form == b"WEBP":
        return SourceType.WEBP
    if form == b"AVI ":
        return messages.VIDEO
    if form == b"WAVE":
        return messages.AUDIO
    return messages.UNKNOWN_FORMAT


def _iso_media(head: bytes) -> SourceType | Rejection:
    box_size = int.from_bytes(head[0:4], "big")
    major = head[8:12]
    compatible = {head[i : i + 4] for i in range(16, min(box_size, len(head)) - 3, 4)}
    brands = {major} | compatible
    if major in _AVIF_BRANDS or (major in _HEIF_GENERIC_BRANDS and brands & _AVIF_BRANDS):
        return SourceType.AVIF
    if brands & (_HEIF_BRANDS | _HEIF_GENERIC_BRANDS):
        return SourceType.HEIF
    if major == b"crx ":
        return messages.CAMERA_RAW
    if major in _AUDIO_BRANDS:
        return messages.AUDIO
    return messages.VIDEO


def _zip_container(path: Path) -> Rejection:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return messages.ARCHIVE
    if any(name.startswith("word/") for name in names):
        return messages.WORD_DOCUMENT
    if any(name.startswith("xl/") for name in names):
        return messages.EXCEL_WORKBOOK
    if any(name.startswith("ppt/") for name in names):
        return messages.POWERPOINT
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return messages.OPENDOCUMENT
    if mimetype.startswith(b"application/epub"):
        return messages.EBOOK
    if any(name.lower().endswith(".fdseq") for name in names):
        return messages.XPS_DOCUMENT
    return messages.ARCHIVE


def _ole2_office(path: Path) -> Rejection:
    try:
        with path.open("rb") as stream:
            content = stream.read(OLE_SCAN_BYTES)
    except OSError:
        return messages.FILE_UNREADABLE
    for stream_name, rejection in (
        ("WordDocument", messages.WORD_DOCUMENT),
        ("Workbook", messages.EXCEL_WORKBOOK),
        ("PowerPoint Document", messages.POWERPOINT),
    ):
        if stream_name.encode("utf-16-le") in content:
            return rejection
    return messages.OFFICE_DOCUMENT


def _other(head: bytes) -> Rejection:
    if head.startswith(b"8BPS"):
        return messages.PHOTOSHOP
    if head.startswith((b"AT&TFORM", b"FORM")) and b"DJV" in head[:16]:
        return messages.DJVU_DOCUMENT
    if head.startswith((b"%!PS", b"\xc5\xd0\xd3\xc6")):
        return messages.POSTSCRIPT
    if head.startswith(b"{\\rtf"):
        return messages.RTF_DOCUMENT
    if head.startswith(_PROGRAM_MAGIC):
        return messages.PROGRAM
    if head.startswith(_ARCHIVE_MAGIC) or head[257:262] == b"ustar":
        return messages.ARCHIVE
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return messages.VIDEO
    if head.startswith(_AUDIO_MAGIC):
        return messages.AUDIO
    if head.startswith((b"\x00\x00\x00\x0cjP  ", b"\xffO\xffQ", b"\x00\x00\x01\x00")):
        return messages.UNSUPPORTED_PICTURE
    text = _as_text(head)
    if text is None:
        return messages.UNKNOWN_FORMAT
    start = text.lstrip().lower()[:1024]
    if start.startswith("<svg") or (start.startswith("<?xml") and "<svg" in start):
        return messages.SVG_DRAWING
    if start.startswith(("<!doctype html", "<html")) or "<html" in start[:256]:
        return messages.WEB_PAGE
    return messages.TEXT_FILE


def _as_text(head: bytes) -> str | None:
    """The head decoded as text when it looks like text (UTF-8, UTF-16 or a Cyrillic code page)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if b"\x00" in head:
        return None
    try:
        # A multi-byte character may be cut at the end of the head.
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:
            text = head.decode("cp1251", errors="replace")
        else:
            text = head[: error.start].decode("utf-8")
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    return text if controls <= len(text) // 100 else None
