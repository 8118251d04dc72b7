"""Real document files the application tests write: photos, scans and PDFs of known pages."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image

from tests.documents.samples import document_page, save_jpeg, vector_pdf


def passport_photos(directory: Path) -> list[Path]:
    """The main spread (a phone photo taken sideways) and the registration page."""
    directory.mkdir(parents=True, exist_ok=True)
    return [
        save_jpeg(document_page(band=0), directory / "Паспорт разворот.jpg", orientation=6),
        save_jpeg(document_page(band=1), directory / "Паспорт прописка.jpg"),
    ]


def inn_scan(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    return vector_pdf(directory / "ИНН.pdf", [2])


def snils_photo(directory: Path, *, band: int = 3) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"СНИЛС {band}.png"
    document_page(900, 600, band=band).save(path, "PNG")
    return path


def grainy_photo(directory: Path, name: str, *, seed: int) -> Path:
    """A page photographed on grainy paper: it hardly compresses, so its PDF is big enough
    (a megabyte or more) for an upload to be caught half-way on a slow link."""
    directory.mkdir(parents=True, exist_ok=True)
    page = document_page(1654, 2339, band=seed % 4)
    noise = Image.frombytes(
        "L", page.size, random.Random(seed).randbytes(page.width * page.height)
    ).convert("RGB")
    path = directory / name
    save_jpeg(Image.blend(page, noise, 0.35), path, quality=95)
    return path


def text_named_jpg(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "скан паспорта.jpg"
    path.write_text("Это не картинка, а заметка о паспорте.\n", encoding="utf-8")
    return path
