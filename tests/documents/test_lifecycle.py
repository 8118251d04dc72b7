"""Workers at lower priority, progress, cancellation, a crashed worker, and the temp dir that
goes away after submit, cancel or quit."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from dek_desktop.documents import DocumentPipeline, FileStatus, Progress, Stage
from dek_desktop.documents.worker_memory import IDLE_SECONDS
from dek_desktop.documents.worker_pool import WORKER_NICENESS, default_worker_count
from tests.documents import samples
from tests.documents.conftest import MEGABYTE, make_policy, run


def worker_processes() -> list[psutil.Process]:
    return [
        child
        for child in psutil.Process().children(recursive=True)
        if any("spawn_main" in part for part in child.cmdline())
    ]


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("photos")
    page = samples.document_page(1500, 2000)
    return [
        samples.save_jpeg(page, folder / f"фото {number}.jpg", orientation=6) for number in range(6)
    ]


def test_cores_minus_one_workers_run_at_a_lower_priority(photos: list[Path]) -> None:
    assert default_worker_count() == max(1, len(os.sched_getaffinity(0)) - 1)
    with DocumentPipeline(make_policy()) as pipeline:
        assert pipeline.workers == default_worker_count()
        run(pipeline.check_files(photos[:2]))
        workers = worker_processes()
        assert len(workers) == pipeline.workers
        ours = psutil.Process().nice()
        assert all(worker.nice() == min(19, ours + WORKER_NICENESS) for worker in workers)


def test_warm_up_starts_the_workers_with_the_imaging_and_pdf_libraries_loaded() -> None:
    async def warm(pipeline: DocumentPipeline) -> None:
        pipeline.warm_up()
        await pipeline.warmed_up()

    with DocumentPipeline(make_policy()) as pipeline:
        run(warm(pipeline))
        workers = worker_processes()
        assert len(workers) == pipeline.workers
        loaded = [{Path(mapped.path).name for mapped in worker.memory_maps()} for worker in workers]
        # Pillow, pillow-heif's libheif, pikepdf's qpdf, PDFium: before any file was given.
        assert any(
            {"_imaging", "libheif", "libqpdf", "libpdfium"}
            <= {name.split(".")[0].split("-")[0] for name in names}
            for names in loaded
        )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc settings")
def test_a_worker_keeps_freed_picture_memory_while_it_works_and_gives_it_back_when_idle(
    photos: list[Path],
) -> None:
    with DocumentPipeline(make_policy(), workers=1) as pipeline:
        run(pipeline.check_files(photos[:2]))
        (worker,) = worker_processes()
        after_work = worker.memory_info().rss
        # Kept for the next page: two idle periods later it is given back (a 3 MP photo's
        # buffers are about 30 MB).
        deadline = time.monotonic() + 30 * IDLE_SECONDS
        while worker.memory_info().rss > after_work - 15 * MEGABYTE:
            assert time.monotonic() < deadline, "the worker kept its freed memory while idle"
            time.sleep(IDLE_SECONDS / 4)


def test_progress_is_reported_on_the_loop_thread_up_to_the_end(photos: list[Path]) -> None:
    seen: list[Progress] = []
    checked_names: list[str] = []
    threads: set[threading.Thread] = set()

    def on_progress(progress: Progress) -> None:
        threads.add(threading.current_thread())
        seen.append(progress)

    def on_checked(checked) -> None:
        threads.add(threading.current_thread())
        checked_names.append(checked.display_name)

    async def scenario(pipeline: DocumentPipeline) -> None:
        checked = await pipeline.check_files(
            photos[:3], on_checked=on_checked, on_progress=on_progress
        )
        assert [file.display_name for file in checked] == [path.name for path in photos[:3]]
        pages = [page for file in checked for page in file.pages]
        await pipeline.build({"passport": pages}, on_progress=on_progress)

    with DocumentPipeline(make_policy()) as pipeline:
        run(scenario(pipeline))
    assert threads == {threading.main_thread()}
    assert sorted(checked_names) == sorted(path.name for path in photos[:3])
    checking = [progress for progress in seen if progress.stage is Stage.CHECKING]
    assert [progress.done for progress in checking] == [0, 1, 2, 3]
    assert checking[-1].fraction == 1.0
    stages = [progress.stage for progress in seen]
    assert Stage.COMBINING in stages and stages[-1] is Stage.PREVIEW
    assert seen[-1].done == seen[-1].total


def test_cancel_stops_the_checks_and_the_pipeline_goes_on(photos: list[Path]) -> None:
    async def scenario(pipeline: DocumentPipeline) -> int:
        checked_before_cancel = 0

        def on_checked(_checked) -> None:
            nonlocal checked_before_cancel
            checked_before_cancel += 1
            pipeline.cancel()

        with pytest.raises(asyncio.CancelledError):
            await pipeline.check_files(photos, on_checked=on_checked)
        after = await pipeline.check_files(photos[:1])
        assert after[0].status is FileStatus.ACCEPTED
        return checked_before_cancel

    with DocumentPipeline(make_policy()) as pipeline:
        assert run(scenario(pipeline)) == 1


def test_a_running_job_stops_at_its_next_checkpoint(tmp_path: Path) -> None:
    pages = [samples.document_page(1200, 1600, band=number % 4) for number in range(20)]
    tiff = samples.save_tiff(pages, tmp_path / "двадцать страниц.tiff")

    async def scenario(pipeline: DocumentPipeline) -> None:
        files_dir = pipeline.workspace / "files"
        task = asyncio.ensure_future(pipeline.check_files([tiff]))
        # The worker process writes its first page; only the file system can tell us when.
        while not list(files_dir.glob("*/*-0.jpg")):  # noqa: ASYNC110
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # One worker: this check runs only once the cancelled job has given up.
        small = samples.save_jpeg(samples.document_page(300, 400), tmp_path / "small.jpg")
        (after,) = await pipeline.check_files([small])
        assert after.status is FileStatus.ACCEPTED
        leftovers = [path for path in files_dir.iterdir() if path.name != after.file_id]
        assert leftovers == []  # it stopped before its 20th page and cleaned up

    with DocumentPipeline(make_policy(), workers=1) as pipeline:
        run(scenario(pipeline))


def test_a_killed_worker_does_not_lose_a_file(photos: list[Path]) -> None:
    async def scenario(pipeline: DocumentPipeline) -> list:
        killed = []

        def on_checked(_checked) -> None:
            if not killed:
                for worker in worker_processes():
                    os.kill(worker.pid, signal.SIGKILL)
                    killed.append(worker.pid)

        checked = await pipeline.check_files(photos, on_checked=on_checked)
        assert killed
        replacements = [worker.pid for worker in worker_processes()]
        assert replacements and not set(replacements) & set(killed)
        return checked

    with DocumentPipeline(make_policy(), workers=1) as pipeline:
        checked = run(scenario(pipeline))
    assert [file.status for file in checked] == [FileStatus.ACCEPTED] * len(photos)


def test_close_and_aclose_delete_every_generated_file(photos: list[Path]) -> None:
    pipeline = DocumentPipeline(make_policy())
    (checked,) = run(pipeline.check_files(photos[:1]))
    result = run(pipeline.build({"passport": list(checked.pages)}))
    assert result.documents[0].path.exists() and checked.pages[0].thumbnail.exists()
    assert (pipeline.workspace.stat().st_mode & 0o777) == 0o700
    pipeline.close()
    assert pipeline.closed
    assert not pipeline.workspace.exists()
    with pytest.raises(asyncio.CancelledError):
        run(pipeline.check_files(photos[:1]))

    async def with_aclose() -> Path:
        other = DocumentPipeline(make_policy())
        await other.check_files(photos[:1])
        await other.aclose()
        return other.workspace

    assert not run(with_aclose()).exists()


def test_quitting_without_close_still_deletes_the_temp_dir(
    photos: list[Path], tmp_path: Path
) -> None:
    script = tmp_path / "quit_without_close.py"
    script.write_text(
        "import asyncio, sys\n"
        "from pathlib import Path\n"
        "from tests.documents.conftest import make_policy\n"
        "from dek_desktop.documents import DocumentPipeline\n"
        "if __name__ == '__main__':\n"
        "    pipeline = DocumentPipeline(make_policy())\n"
        "    asyncio.run(pipeline.check_files([Path(sys.argv[1])]))\n"
        "    print(pipeline.workspace, flush=True)\n",
        encoding="utf-8",
    )
    completed = subprocess.run(
        [sys.executable, str(script), str(photos[0])],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    workspace = Path(completed.stdout.strip())
    assert workspace.name.startswith("dek-documents-")
    assert not workspace.exists()


def test_the_window_process_does_not_load_the_imaging_libraries() -> None:
    probe = (
        "import sys\n"
        "import dek_desktop.documents\n"
        "heavy = {'PIL', 'pikepdf', 'pypdfium2', 'pillow_heif', 'PySide6'}\n"
        "print(sorted({name.split('.')[0] for name in sys.modules} & heavy))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == "[]"
