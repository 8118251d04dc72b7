"""The documents pipeline of the application under way: started when the first file comes,
its PDFs made again only when their pages changed, and closed (every generated PDF and
thumbnail deleted) after submit, when the application is dropped, and on quit."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dek_desktop.api.models import Policy
from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.documents import (
    BuildResult,
    CheckedFile,
    DocumentPipeline,
    DocumentPolicy,
    KindRule,
    Language,
    PreparedPage,
    Progress,
)


@dataclass(frozen=True)
class _Made:
    pages: dict[DocumentKind, tuple[str, ...]]  # page ids of each PDF, in order
    result: BuildResult


class DocumentWorkshop:
    def __init__(self, workers: int | None = None) -> None:
        self._workers = workers
        self._pipeline: DocumentPipeline | None = None
        self._made: _Made | None = None

    @property
    def workspace(self) -> Path | None:
        """The private temp dir of the generated files (None: nothing generated now)."""
        pipeline = self._pipeline
        return None if pipeline is None or pipeline.closed else pipeline.workspace

    @property
    def made(self) -> BuildResult | None:
        return self._made.result if self._made is not None else None

    async def check(self, policy: Policy, path: Path) -> CheckedFile:
        return await self._ensure(policy).check_file(path)

    async def check_all(self, policy: Policy, paths: Sequence[Path]) -> list[CheckedFile]:
        return await self._ensure(policy).check_files(paths)

    async def make(
        self,
        policy: Policy,
        pages: Mapping[DocumentKind, tuple[PreparedPage, ...]],
        *,
        number: str,
        language: Language,
        created: datetime,
        on_progress: Callable[[Progress], None],
    ) -> BuildResult:
        """One PDF per kind; the last make again when its pages are the same."""
        wanted = {
            kind: tuple(page.page_id for page in kind_pages) for kind, kind_pages in pages.items()
        }
        made = self._made
        if made is not None and made.pages == wanted and _files_exist(made.result):
            return made.result
        result = await self._ensure(policy).build(
            {kind.value: kind_pages for kind, kind_pages in pages.items()},
            language=language,
            application_number=number,
            on_progress=on_progress,
            created=created,
        )
        self._made = _Made(wanted, result)
        return result

    def forget_made(self) -> None:
        """A made PDF could not be read: the next sending makes them again."""
        self._made = None

    async def drop(self) -> None:
        self._made = None
        pipeline, self._pipeline = self._pipeline, None
        if pipeline is not None:
            await pipeline.aclose()

    def close(self) -> None:
        """Quit: waits for the workers (they stop at once) and deletes the files."""
        self._made = None
        pipeline, self._pipeline = self._pipeline, None
        if pipeline is not None:
            pipeline.close()

    def _ensure(self, policy: Policy) -> DocumentPipeline:
        if self._pipeline is None or self._pipeline.closed:
            rules = policy.documents
            self._pipeline = DocumentPipeline(
                DocumentPolicy(
                    max_file_bytes=rules.max_file_bytes,
                    max_total_bytes=rules.max_total_bytes,
                    accepted=rules.accepted,
                    kinds=tuple(KindRule(rule.kind.value, rule.required) for rule in rules.kinds),
                ),
                workers=self._workers,
            )
            self._pipeline.warm_up()
        return self._pipeline


def _files_exist(result: BuildResult) -> bool:
    return all(document.path.exists() for document in result.documents)
