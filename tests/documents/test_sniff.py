"""Files are told apart by content, never by name; what is refused says why in both languages."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from dek_desktop.documents import Rejection, SourceType
from dek_desktop.documents.sniff import sniff
from tests.documents import samples


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_pictures_and_pdfs_are_known_by_their_content_whatever_their_names(
    tmp_path: Path,
) -> None:
    page = samples.document_page(300, 400)
    made = {
        SourceType.JPEG: samples.save_jpeg(page, tmp_path / "scan.png"),
        SourceType.PNG: tmp_path / "scan.pdf",
        SourceType.GIF: tmp_path / "photo.jpg",
        SourceType.BMP: tmp_path / "document",
        SourceType.WEBP: tmp_path / "x.txt",
        SourceType.TIFF: samples.save_tiff([page], tmp_path / "x.docx"),
        SourceType.HEIF: samples.save_heic(page, tmp_path / "IMG_0001.JPG"),
        SourceType.PDF: samples.vector_pdf(tmp_path / "x.png", [0]),
    }
    page.save(made[SourceType.PNG], "PNG")
    page.convert("P").save(made[SourceType.GIF], "GIF")
    page.save(made[SourceType.BMP], "BMP")
    page.save(made[SourceType.WEBP], "WEBP")
    for expected, path in made.items():
        assert sniff(path) is expected, path.name


@pytest.mark.parametrize(
    ("make", "code", "words_ru", "words_en"),
    [
        (samples.docx, "word-document", "Word", "Word"),
        (samples.xlsx, "excel-workbook", "Excel", "Excel"),
        (samples.odt, "opendocument", "LibreOffice", "LibreOffice"),
        (samples.mp4, "video", "видео", "video"),
    ],
)
def test_office_files_and_videos_are_refused_with_what_to_do(
    tmp_path: Path, make, code: str, words_ru: str, words_en: str
) -> None:
    found = sniff(make(tmp_path / "документ.pdf"))
    assert isinstance(found, Rejection)
    assert found.code == code
    assert words_ru in found.text_ru
    assert words_en in found.text_en


def test_a_word_document_is_told_to_be_saved_as_pdf(tmp_path: Path) -> None:
    found = sniff(samples.docx(tmp_path / "scan.jpg"))
    assert isinstance(found, Rejection)
    assert "сохраните как PDF" in found.text_ru
    assert "save it as PDF" in found.text_en


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ("Паспорт серия 0123 номер 456789\n".encode(), "text-file"),
        ("Паспорт серия 0123\r\n".encode("cp1251"), "text-file"),
        (b"<!DOCTYPE html><html><body>scan</body></html>", "web-page"),
        (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', "svg-drawing"),
        (b"{\\rtf1\\ansi scan}", "rtf-document"),
        (b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64, "program"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "program"),
        (b"Rar!\x1a\x07\x01\x00" + b"\x00" * 32, "archive"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 32, "archive"),
        (b"%!PS-Adobe-3.0\n", "postscript"),
        (b"AT&TFORM\x00\x00\x01\x00DJVUINFO", "djvu-document"),
        (b"8BPS\x00\x01" + b"\x00" * 32, "photoshop"),
        (b"ID3\x04\x00" + b"\x00" * 32, "audio"),
        (b"II*\x00\x10\x00\x00\x00CR\x02\x00", "camera-raw"),
        (bytes(range(1, 32)) * 20, "unknown-format"),
    ],
)
def test_other_contents_are_refused_by_what_they_are(
    tmp_path: Path, data: bytes, code: str
) -> None:
    found = sniff(_write(tmp_path / "скан паспорта.jpg", data))
    assert isinstance(found, Rejection)
    assert found.code == code
    assert found.text_ru and found.text_en and found.text_ru != found.text_en


def test_a_zip_archive_is_refused_as_an_archive(tmp_path: Path) -> None:
    archive = samples.zip_file(tmp_path / "scans.pdf", {"a.jpg": b"\xff\xd8\xff"})
    found = sniff(archive)
    assert isinstance(found, Rejection)
    assert found.code == "archive"


def test_an_empty_a_missing_and_a_folder_path_are_refused(tmp_path: Path) -> None:
    empty = _write(tmp_path / "пусто.jpg", b"")
    for path, code in (
        (empty, "empty-file"),
        (tmp_path / "нет такого.pdf", "file-missing"),
        (tmp_path, "file-unreadable"),
    ):
        found = sniff(path)
        assert isinstance(found, Rejection)
        assert found.code == code


def test_a_heif_brand_list_is_read_beyond_the_major_brand(tmp_path: Path) -> None:
    box = struct.pack(">I", 28) + b"ftypmif1" + struct.pack(">I", 0) + b"mif1heicmiaf"
    assert sniff(_write(tmp_path / "a", box + b"\x00" * 32)) is SourceType.HEIF
    avif = struct.pack(">I", 24) + b"ftypavif" + struct.pack(">I", 0) + b"avifmif1"
    assert sniff(_write(tmp_path / "b", avif + b"\x00" * 32)) is SourceType.AVIF


def test_the_file_dialog_patterns_cover_every_readable_type() -> None:
    from dek_desktop.documents import FILE_NAME_PATTERNS

    for source_type in SourceType:
        assert f"*.{source_type.label.lower()}" in FILE_NAME_PATTERNS


def test_a_pdf_header_inside_a_photo_does_not_make_it_a_pdf(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    samples.document_page(300, 400).save(photo, "JPEG", comment=b"%PDF-1.7 scanned")
    assert b"%PDF-" in photo.read_bytes()[:1024]
    assert sniff(photo) is SourceType.JPEG
    prefixed = _write(tmp_path / "mail.pdf", b"\r\n\r\n" + samples.pdf_bytes([0]))
    assert sniff(prefixed) is SourceType.PDF
