"""Checked pages → one PDF per document kind within the policy's limits, plus the preview.

Runs on the event loop; every heavy step (re-encoding, rendering, writing PDFs) is a job in
the worker pool.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dek_desktop.documents import jobs, messages
from dek_desktop.documents.fitting import Setting, next_move, settings_for
from dek_desktop.documents.messages import Language, Notice, Rejection, kind_title
from dek_desktop.documents.model import (
    BuildResult,
    DocumentPdf,
    PreparedPage,
    Progress,
    Stage,
)
from dek_desktop.documents.placements import (
    Bookmark,
    PdfDescription,
    PdfPagePlacement,
    PicturePlacement,
    Placement,
    WrittenPdf,
)
from dek_desktop.documents.policy import DocumentPolicy
from dek_desktop.documents.resolution import FIRST_LEVEL
from dek_desktop.documents.worker_pool import WorkerPool

ProgressCallback = Callable[[Progress], None]

_LANGUAGE_TAGS: dict[Language, str] = {"ru": "ru-RU", "en": "en"}


@dataclass
class _Document:
    kind: str
    pages: tuple[PreparedPage, ...]
    settings: tuple[Setting, ...]
    step: int = 0
    written: WrittenPdf | None = None
    rasterized_files: set[str] = field(default_factory=set)

    @property
    def setting(self) -> Setting:
        return self.settings[self.step]


@dataclass(frozen=True)
class _Variant:
    path: Path
    size_bytes: int


class Assembly:
    """One build: its own output directory, its caches of re-encoded pages."""

    def __init__(
        self,
        pool: WorkerPool,
        policy: DocumentPolicy,
        out_dir: Path,
        language: Language,
        application_number: str | None,
        on_progress: ProgressCallback | None,
        created: datetime | None = None,
    ) -> None:
        self._pool = pool
        self._policy = policy
        self._out_dir = out_dir
        self._variants_dir = out_dir / "variants"
        self._variants_dir.mkdir(mode=0o700, exist_ok=True)
        self._language = language
        self._application_number = application_number
        self._on_progress = on_progress
        self._created = created
        self._pictures: dict[tuple[str, int], _Variant] = {}
        self._rasters: dict[tuple[str, int], _Variant] = {}

    async def build(
        self, pages_by_kind: Mapping[str, Sequence[PreparedPage]], *, with_preview: bool
    ) -> BuildResult:
        documents = [
            _Document(
                kind=kind,
                pages=tuple(pages_by_kind[kind]),
                settings=settings_for(
                    has_pictures=any(not page.is_pdf_page for page in pages_by_kind[kind]),
                    has_pdf_pages=any(page.is_pdf_page for page in pages_by_kind[kind]),
                ),
            )
            for kind in self._policy.kind_ids
            if pages_by_kind.get(kind)
        ]
        self._report(Stage.COMBINING, 0, len(documents))
        done = 0

        async def combine_counted(document: _Document) -> None:
            nonlocal done
            await self._combine(document)
            done += 1
            self._report(Stage.COMBINING, done, len(documents))

        await asyncio.gather(*(combine_counted(document) for document in documents))
        problems = await self._fit(documents)
        preview = await self._preview(documents) if with_preview else None
        return BuildResult(
            documents=tuple(self._described(document) for document in documents),
            preview=preview,
            notices=self._notices(documents),
            problems=problems,
        )

    async def _fit(self, documents: list[_Document]) -> tuple[Rejection, ...]:
        by_kind = {document.kind: document for document in documents}
        while True:
            verdict = next_move(
                sizes={document.kind: _size(document) for document in documents},
                steps={document.kind: document.step for document in documents},
                step_counts={document.kind: len(document.settings) for document in documents},
                max_file_bytes=self._policy.max_file_bytes,
                max_total_bytes=self._policy.max_total_bytes,
            )
            if verdict.fits:
                return ()
            if verdict.shrink is not None:
                document = by_kind[verdict.shrink]
                document.step += 1
                await self._combine(document)
                continue
            return self._size_problems(documents, verdict.too_big, verdict.total_too_big)

    async def _combine(self, document: _Document) -> None:
        placements = await self._placements(document)
        destination = self._out_dir / f"{document.kind}.pdf"
        document.written = await self._pool.run(
            jobs.combine_document, placements, destination, self._description(document.kind)
        )

    async def _placements(self, document: _Document) -> list[Placement]:
        setting = document.setting
        pictures = [page for page in document.pages if not page.is_pdf_page]
        await self._ensure_pictures(pictures, setting.level)
        document.rasterized_files.clear()
        if setting.rasterize_pdf:
            await self._rasterize_where_smaller(document)
        placements: list[Placement] = []
        for page in document.pages:
            if page.pdf_page_index is None:
                variant = self._picture(page, setting.level)
                placements.append(
                    PicturePlacement(variant.path, page.width_pt, page.height_pt, page.orientation)
                )
            elif page.file_id in document.rasterized_files:
                raster = self._rasters[(page.page_id, setting.level)]
                placements.append(PicturePlacement(raster.path, page.width_pt, page.height_pt))
            else:
                placements.append(PdfPagePlacement(page.content, page.pdf_page_index))
        return placements

    def _picture(self, page: PreparedPage, level: int) -> _Variant:
        if level == FIRST_LEVEL:
            return _Variant(page.content, page.content.stat().st_size)
        return self._pictures[(page.page_id, level)]

    async def _ensure_pictures(self, pages: Sequence[PreparedPage], level: int) -> None:
        if level == FIRST_LEVEL:
            return
        missing = [page for page in pages if (page.page_id, level) not in self._pictures]
        done = 0

        async def recompress(page: PreparedPage) -> None:
            nonlocal done
            destination = self._variants_dir / f"{page.page_id}-level{level}.jpg"
            size = await self._pool.run(jobs.recompress_picture, page, level, destination)
            self._pictures[(page.page_id, level)] = _Variant(destination, size)
            done += 1
            self._report(Stage.COMPRESSING, done, len(missing))

        await asyncio.gather(*(recompress(page) for page in missing))

    async def _rasterize_where_smaller(self, document: _Document) -> None:
        level = document.setting.level
        pdf_pages = [page for page in document.pages if page.pdf_page_index is not None]

        async def rasterize(page: PreparedPage) -> None:
            if (page.page_id, level) in self._rasters or page.pdf_page_index is None:
                return
            destination = self._variants_dir / f"{page.page_id}-raster{level}.jpg"
            size = await self._pool.run(
                jobs.rasterize_pdf_page, page.content, page.pdf_page_index, level, destination
            )
            self._rasters[(page.page_id, level)] = _Variant(destination, size)

        await asyncio.gather(*(rasterize(page) for page in pdf_pages))
        for file_id in {page.file_id for page in pdf_pages}:
            pages = [page for page in pdf_pages if page.file_id == file_id]
            raster_bytes = sum(self._rasters[(page.page_id, level)].size_bytes for page in pages)
            if raster_bytes < pages[0].content.stat().st_size:
                document.rasterized_files.add(file_id)

    def _file_sizes(self, document: _Document) -> dict[str, tuple[str, int]]:
        """Bytes each source file adds to the document, by file id: (file name, bytes)."""
        sizes: dict[str, tuple[str, int]] = {}
        for page in document.pages:
            if page.is_pdf_page and page.file_id not in document.rasterized_files:
                size = page.content.stat().st_size if page.file_id not in sizes else 0
            elif page.is_pdf_page:
                size = self._rasters[(page.page_id, document.setting.level)].size_bytes
            else:
                size = self._picture(page, document.setting.level).size_bytes
            name, so_far = sizes.get(page.file_id, (page.source_name, 0))
            sizes[page.file_id] = (name, so_far + size)
        return sizes

    def _size_problems(
        self, documents: list[_Document], too_big: tuple[str, ...], total_too_big: bool
    ) -> tuple[Rejection, ...]:
        problems = []
        for document in documents:
            if document.kind in too_big:
                name, size = max(self._file_sizes(document).values(), key=lambda item: item[1])
                problems.append(
                    messages.document_too_big(
                        document.kind, _size(document), self._policy.max_file_bytes, name, size
                    )
                )
        if total_too_big and not problems:
            every_file = [
                item for document in documents for item in self._file_sizes(document).values()
            ]
            name, size = max(every_file, key=lambda item: item[1])
            problems.append(
                messages.documents_too_big(
                    sum(_size(document) for document in documents),
                    self._policy.max_total_bytes,
                    name,
                    size,
                )
            )
        return tuple(problems)

    async def _preview(self, documents: list[_Document]) -> Path | None:
        if not documents:
            return None
        self._report(Stage.PREVIEW, 0, 1)
        bookmarks = [
            Bookmark(kind_title(document.kind, self._language), _written(document).path)
            for document in documents
        ]
        destination = self._out_dir / "preview.pdf"
        description = PdfDescription(
            title=self._titled(
                "Документы для восстановления доступа"
                if self._language == "ru"
                else "Documents for access recovery"
            ),
            language_tag=_LANGUAGE_TAGS[self._language],
            created=self._created,
        )
        await self._pool.run(jobs.combine_preview, bookmarks, destination, description)
        self._report(Stage.PREVIEW, 1, 1)
        return destination

    def _description(self, kind: str) -> PdfDescription:
        return PdfDescription(
            title=self._titled(kind_title(kind, self._language)),
            language_tag=_LANGUAGE_TAGS[self._language],
            created=self._created,
        )

    def _titled(self, title: str) -> str:
        if self._application_number is None:
            return title
        if self._language == "ru":
            return f"{title} — заявление № {self._application_number}"
        return f"{title} — application No. {self._application_number}"

    def _described(self, document: _Document) -> DocumentPdf:
        written = _written(document)
        return DocumentPdf(
            kind=document.kind,
            path=written.path,
            filename=written.path.name,
            title=self._description(document.kind).title,
            size_bytes=written.size_bytes,
            page_count=written.page_count,
            sha256=written.sha256,
            quality_step=document.step,
            rasterized_pdf=bool(document.rasterized_files),
        )

    def _notices(self, documents: list[_Document]) -> tuple[Notice, ...]:
        notices = []
        for document in documents:
            if document.rasterized_files:
                notices.append(messages.pdf_turned_into_pictures(document.kind))
            elif document.setting.level > FIRST_LEVEL:
                notices.append(messages.quality_reduced(document.kind))
        return tuple(notices)

    def _report(self, stage: Stage, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(Progress(stage, done, total))


def _written(document: _Document) -> WrittenPdf:
    if document.written is None:
        raise RuntimeError(f"{document.kind} was never combined")
    return document.written


def _size(document: _Document) -> int:
    return _written(document).size_bytes
