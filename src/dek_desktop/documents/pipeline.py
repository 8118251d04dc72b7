"""The documents pipeline as the page drives it: check files, then build the PDFs.

Every method that works is a coroutine for the app's (qasync) event loop: the work itself runs
in worker processes, the callbacks run on the loop's thread (the GUI thread under qasync), so
a page may touch its widgets from them. Cancelling the awaiting task, or calling `cancel()`,
stops the work; `close()` / `aclose()` also deletes every generated file.

    pipeline = DocumentPipeline(policy)
    pipeline.warm_up()
    checked = await pipeline.check_files(paths, on_checked=show_file_state)
    result = await pipeline.build({"passport": [...pages in the user's order...]})
    ...upload result.documents...
    await pipeline.aclose()
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType

from dek_desktop.documents import jobs, messages
from dek_desktop.documents.assembly import Assembly, ProgressCallback
from dek_desktop.documents.messages import Language, Notice
from dek_desktop.documents.model import (
    BuildResult,
    CheckedFile,
    FileReport,
    FileStatus,
    PreparedPage,
    Progress,
    Stage,
)
from dek_desktop.documents.policy import DocumentPolicy
from dek_desktop.documents.worker_pool import WorkerCrashed, WorkerPool
from dek_desktop.documents.workspace import Workspace

CheckedCallback = Callable[[CheckedFile], None]


class DocumentPipeline:
    def __init__(
        self,
        policy: DocumentPolicy,
        *,
        workers: int | None = None,
        temp_parent: Path | None = None,
    ) -> None:
        self.policy = policy
        self._workspace = Workspace(temp_parent)
        self._pool = WorkerPool(workers)
        self._file_numbers = itertools.count(1)
        self._build_numbers = itertools.count(1)
        self._last_build: Path | None = None

    @property
    def workspace(self) -> Path:
        """The private temp dir that holds every generated file."""
        return self._workspace.path

    @property
    def workers(self) -> int:
        return self._pool.workers

    def warm_up(self) -> None:
        """Starts the worker processes early (e.g. when the page opens) and has them load the
        imaging and PDF libraries; nothing waits for it."""
        self._pool.warm_up()

    async def warmed_up(self) -> None:
        """Returns once `warm_up()`'s work is done (a page need not wait for it; a bench does)."""
        await self._pool.warmed_up()

    async def check_files(
        self,
        paths: Sequence[Path],
        *,
        on_checked: CheckedCallback | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[CheckedFile]:
        """Checks and prepares each file; the list is in the order of `paths`.

        `on_checked` gets each file as soon as it is done (in any order), `on_progress` counts.
        """
        tasks = [asyncio.ensure_future(self.check_file(path)) for path in paths]
        if on_progress is not None:
            on_progress(Progress(Stage.CHECKING, 0, len(tasks)))
        try:
            for done, finished in enumerate(asyncio.as_completed(tasks), start=1):
                checked = await finished
                if on_checked is not None:
                    on_checked(checked)
                if on_progress is not None:
                    on_progress(Progress(Stage.CHECKING, done, len(tasks)))
        except BaseException:
            for task in tasks:
                task.cancel()
            raise
        return [task.result() for task in tasks]

    async def check_file(self, path: Path) -> CheckedFile:
        file_id = f"file{next(self._file_numbers):04d}"
        out_dir = self._workspace.path / "files" / file_id
        try:
            report = await self._pool.run(jobs.check_file, path, out_dir, file_id)
        except WorkerCrashed:
            report = FileReport(source_type=None, pages=(), rejection=messages.WORKER_CRASHED)
        return self._checked(file_id, path, report)

    def _checked(self, file_id: str, path: Path, report: FileReport) -> CheckedFile:
        if report.rejection is not None or report.source_type is None:
            status = FileStatus.REJECTED
        elif self.policy.accepts_media_type(report.source_type.media_type):
            status = FileStatus.ACCEPTED
        else:
            status = FileStatus.CONVERTED
        notices: list[Notice] = []
        if status is FileStatus.CONVERTED and report.source_type is not None:
            notices.append(messages.converted(report.source_type.label))
        for page in report.pages:
            notices.extend(notice for notice in page.notices if notice not in notices)
        return CheckedFile(
            file_id=file_id,
            source=path,
            status=status,
            source_type=report.source_type,
            pages=report.pages,
            rejection=report.rejection,
            notices=tuple(notices),
        )

    def discard(self, checked: CheckedFile) -> None:
        """Deletes what was made from a file the user removed."""
        self._workspace.remove(self._workspace.path / "files" / checked.file_id)

    async def build(
        self,
        pages_by_kind: Mapping[str, Sequence[PreparedPage]],
        *,
        language: Language = "ru",
        application_number: str | None = None,
        on_progress: ProgressCallback | None = None,
        with_preview: bool = True,
        created: datetime | None = None,
    ) -> BuildResult:
        """One PDF per document kind (pages in the given order) and, unless `with_preview` is
        False, the preview of them all with a bookmark per document.

        `created` (None: now) is the PDFs' creation time: the same pages, language, number and
        time give byte-identical PDFs, so an interrupted upload can resume after a rebuild.

        A new build replaces the files of the previous one.
        """
        for kind, pages in pages_by_kind.items():
            if not self.policy.knows_kind(kind):
                raise ValueError(f"the policy has no document kind {kind!r}")
            for page in pages:
                if not self._workspace.holds(page.content) or not page.content.exists():
                    raise ValueError(f"page {page.page_id} is not (any more) in this pipeline")
        out_dir = self._workspace.directory("builds", f"build{next(self._build_numbers):03d}")
        assembly = Assembly(
            self._pool, self.policy, out_dir, language, application_number, on_progress, created
        )
        try:
            result = await assembly.build(pages_by_kind, with_preview=with_preview)
        except BaseException:
            self._workspace.remove(out_dir)
            raise
        if self._last_build is not None:
            self._workspace.remove(self._last_build)
        self._last_build = out_dir
        return result

    def cancel(self) -> None:
        """Stops every check and build in progress; their coroutines raise CancelledError."""
        self._pool.cancel_all()

    def close(self) -> None:
        """Stops the workers (waiting for them) and deletes every generated file."""
        self._pool.shutdown(wait=True)
        self._workspace.delete()

    async def aclose(self) -> None:
        """`close()` without blocking the event loop while the workers stop."""
        self._pool.cancel_all()
        await asyncio.to_thread(self._pool.shutdown, wait=True)
        self._workspace.delete()

    @property
    def closed(self) -> bool:
        return self._workspace.deleted

    def __enter__(self) -> DocumentPipeline:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
