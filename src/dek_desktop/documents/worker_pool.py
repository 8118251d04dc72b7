"""Worker processes for the heavy work, at a lower priority, so the window keeps a core; each
reuses the memory of one page's pictures for the next (worker_memory.py).

`spawn` on every platform: forking a process that runs Qt threads is unsafe, and a frozen
(PyInstaller) app can only spawn. Jobs are top-level functions of `jobs.py`.
"""

from __future__ import annotations

import asyncio
import itertools
import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Concatenate, ParamSpec, TypeVar

from dek_desktop.documents.cancellation import (
    CancelBoard,
    JobCancelled,
    install_in_worker,
    new_board,
)
from dek_desktop.documents.worker_memory import reuse_freed_memory

P = ParamSpec("P")
T = TypeVar("T")

WORKER_NICENESS = 10
_WINDOWS_BELOW_NORMAL_PRIORITY_CLASS = 0x4000


class WorkerCrashed(Exception):
    """A job's worker process died twice, the second time with that job alone in it."""


def default_worker_count() -> int:
    """Cores − 1, at least one: the window keeps a core for itself."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows
        cores = os.cpu_count() or 1
    return max(1, cores - 1)


def lower_priority() -> None:
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        kernel32.SetPriorityClass(
            kernel32.GetCurrentProcess(), _WINDOWS_BELOW_NORMAL_PRIORITY_CLASS
        )
    else:
        os.nice(WORKER_NICENESS)


def initialize_worker(board: CancelBoard) -> None:
    lower_priority()
    reuse_freed_memory()
    install_in_worker(board)


class WorkerPool:
    """Runs jobs in worker processes from asyncio code; cancellable, survives a crashed worker.

    A job is a top-level function whose first argument is its job id (for its checkpoints).
    """

    def __init__(self, workers: int | None = None) -> None:
        self._context = multiprocessing.get_context("spawn")
        self.workers = workers if workers is not None else default_worker_count()
        if self.workers < 1:
            raise ValueError("at least one worker is needed")
        self._board = new_board(self._context)
        self._job_ids = itertools.count(1)
        self._executor = self._new_executor(self.workers)
        self._quarantine: ProcessPoolExecutor | None = None
        self._quarantine_lock: asyncio.Lock | None = None
        self._outstanding: set[Future[Any]] = set()
        self._warming: list[Future[Any]] = []
        self._closed = False

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=self._context,
            initializer=initialize_worker,
            initargs=(self._board,),
        )

    async def run(
        self, job: Callable[Concatenate[int, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        job_id = next(self._job_ids)
        try:
            executor = self._executor
            try:
                return await self._await(executor, job, job_id, *args, **kwargs)
            except BrokenProcessPool:
                self._replace_broken(executor)
            # Another job may have crashed the shared pool: try again alone, so only the
            # job that really crashes a worker is given up on.
            if self._quarantine_lock is None:
                self._quarantine_lock = asyncio.Lock()
            async with self._quarantine_lock:
                if self._quarantine is None:
                    self._quarantine = self._new_executor(1)
                quarantine = self._quarantine
                try:
                    return await self._await(quarantine, job, job_id, *args, **kwargs)
                except BrokenProcessPool as crashed:
                    quarantine.shutdown(wait=False, cancel_futures=True)
                    self._quarantine = None
                    raise WorkerCrashed(job.__name__) from crashed
        except asyncio.CancelledError:
            self._board.cancel(job_id)
            raise
        except JobCancelled:
            raise asyncio.CancelledError from None

    async def _await(
        self,
        executor: ProcessPoolExecutor,
        job: Callable[Concatenate[int, P], T],
        job_id: int,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        if self._closed:
            raise asyncio.CancelledError
        future = executor.submit(job, job_id, *args, **kwargs)
        self._outstanding.add(future)
        future.add_done_callback(self._outstanding.discard)
        return await asyncio.wrap_future(future)

    def _replace_broken(self, broken: ProcessPoolExecutor) -> None:
        if self._executor is broken and not self._closed:
            broken.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor(self.workers)

    def cancel_all(self) -> None:
        """Stops every job submitted so far: queued ones at once, running ones at a checkpoint."""
        self._board.cancel_all_before(next(self._job_ids))
        for future in list(self._outstanding):
            future.cancel()

    def warm_up(self) -> None:
        """Starts the worker processes now and loads their libraries, so the first file does not
        wait for them."""
        from dek_desktop.documents.jobs import warm_up

        self._warming = [self._executor.submit(warm_up, 0) for _ in range(self.workers)]

    async def warmed_up(self) -> None:
        """Returns once the work `warm_up()` started is done (at once if it was not called)."""
        await asyncio.gather(*(asyncio.wrap_future(future) for future in self._warming))

    def shutdown(self, *, wait: bool = True) -> None:
        if self._closed:
            return
        self.cancel_all()
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)
        if self._quarantine is not None:
            self._quarantine.shutdown(wait=wait, cancel_futures=True)
