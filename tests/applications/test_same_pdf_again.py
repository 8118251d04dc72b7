"""A document built again from the same pages, language, number and time is the same PDF, byte
for byte: what lets an upload stopped by closing the app continue after a rebuild."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pikepdf

from dek_desktop.documents import DocumentPipeline
from tests.documents.conftest import make_policy
from tests.documents.samples import document_page, save_jpeg, vector_pdf

CREATED = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


async def build_once(sources: list[Path], created: datetime) -> dict[str, bytes]:
    pipeline = DocumentPipeline(make_policy(), workers=1)
    try:
        checked = await pipeline.check_files(sources)
        pages = [page for file in checked for page in file.pages]
        result = await pipeline.build(
            {"passport": pages[:2], "inn": pages[2:]},
            application_number="2026-000124",
            created=created,
            with_preview=False,
        )
        return {document.kind: document.path.read_bytes() for document in result.documents}
    finally:
        await pipeline.aclose()


def test_the_same_pages_built_twice_give_the_same_bytes(tmp_path: Path) -> None:
    sources = [
        save_jpeg(document_page(band=0), tmp_path / "разворот.jpg", orientation=6),
        save_jpeg(document_page(2400, 3200, band=1), tmp_path / "прописка.jpg"),
        vector_pdf(tmp_path / "инн.pdf", [2]),
    ]
    first = asyncio.run(build_once(sources, CREATED))
    again = asyncio.run(build_once(sources, CREATED))
    later = asyncio.run(build_once(sources, datetime(2026, 3, 2, tzinfo=UTC)))

    assert first == again
    assert first["passport"] != later["passport"]
    with pikepdf.open(_saved(tmp_path, first["passport"])) as pdf:
        assert str(pdf.open_metadata()["xmp:CreateDate"]).startswith("2026-03-01T10:00:00")
        assert len(pdf.pages) == 2


def _saved(directory: Path, data: bytes) -> Path:
    path = directory / "built.pdf"
    path.write_bytes(data)
    return path
