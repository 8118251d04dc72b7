"""Cancelling jobs that already run in a worker process.

A future that has not started is simply cancelled; a running job looks at a small board in
shared memory at each of its checkpoints (between decode, resize and encode, between pages)
and stops there.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

CANCEL_SLOTS = 256


class JobCancelled(Exception):
    """Raised inside a worker at a checkpoint of a job that was cancelled."""


@dataclass(frozen=True)
class CancelBoard:
    """Shared memory: every job id below `cancelled_below`, and the ids in `cancelled_ids`."""

    cancelled_below: Any  # a ctypes c_int64 in shared memory
    cancelled_ids: Any  # a ctypes c_int64 array in shared memory, indexed by id % CANCEL_SLOTS

    def cancel(self, job_id: int) -> None:
        self.cancelled_ids[job_id % CANCEL_SLOTS] = job_id

    def cancel_all_before(self, job_id: int) -> None:
        self.cancelled_below.value = max(self.cancelled_below.value, job_id)

    def is_cancelled(self, job_id: int) -> bool:
        below: int = self.cancelled_below.value
        return job_id < below or self.cancelled_ids[job_id % CANCEL_SLOTS] == job_id


def new_board(context: Any) -> CancelBoard:
    """A board in shared memory made by a multiprocessing context (spawn)."""
    return CancelBoard(
        cancelled_below=context.RawValue(ctypes.c_int64, 0),
        cancelled_ids=context.RawArray(ctypes.c_int64, CANCEL_SLOTS),
    )


_board: CancelBoard | None = None


def install_in_worker(board: CancelBoard) -> None:
    global _board
    _board = board


def checkpoint_for(job_id: int) -> Callable[[], None]:
    """A function the job calls between steps; it raises `JobCancelled` once cancelled.

    Outside a worker (no board installed) nothing is ever cancelled.
    """
    board = _board

    def checkpoint() -> None:
        if board is not None and board.is_cancelled(job_id):
            raise JobCancelled(job_id)

    return checkpoint
