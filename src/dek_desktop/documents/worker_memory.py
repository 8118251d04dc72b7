"""Memory in a worker process: picture buffers reused from page to page, given back when idle.

glibc serves every allocation over 128 KiB with fresh pages from the kernel and returns them
when freed, so each page's decode, resize and encode buffers (about 100 MB for a 12 MP photo)
were faulted in and zeroed anew: a fifth of the worker's CPU time on the bench's set went to
the kernel. A worker keeps up to `KEEP_FREE_BYTES` of freed memory for the next page instead,
and gives it all back once it has been idle for `IDLE_SECONDS`, so an idle worker stays small.
Only glibc has these knobs; elsewhere nothing changes.
"""

from __future__ import annotations

import ctypes
import sys
import threading
import time
from typing import Any

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
# Allocations up to this size come from the heap, where freed memory can be reused: Pillow
# keeps images in blocks of 16 MiB. (32 MiB is the largest value every 64-bit glibc accepts.)
HEAP_ALLOCATION_LIMIT = 32 * 1024 * 1024
# Free memory the heap may keep for reuse: one 12 MP photo's working set with room to spare.
KEEP_FREE_BYTES = 128 * 1024 * 1024
IDLE_SECONDS = 2.0
# Less CPU than this over `IDLE_SECONDS` counts as idle (the watcher's own wake-ups).
_IDLE_CPU_SECONDS = 0.02


def reuse_freed_memory() -> bool:
    """Makes this process keep freed memory for reuse while it works and give it back when it
    idles; False where the C library has no such settings (not glibc)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)
        mallopt, malloc_trim = libc.mallopt, libc.malloc_trim
    except (OSError, AttributeError):  # musl and others have no malloc_trim
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    malloc_trim.argtypes = (ctypes.c_size_t,)
    malloc_trim.restype = ctypes.c_int
    if not mallopt(_M_MMAP_THRESHOLD, HEAP_ALLOCATION_LIMIT):
        return False
    if not mallopt(_M_TRIM_THRESHOLD, KEEP_FREE_BYTES):
        return False
    threading.Thread(
        target=_give_back_when_idle, args=(malloc_trim,), name="give-back-memory", daemon=True
    ).start()
    return True


def _give_back_when_idle(malloc_trim: Any) -> None:
    last_cpu = time.process_time()
    given_back = True
    while True:
        time.sleep(IDLE_SECONDS)
        cpu = time.process_time()
        if cpu - last_cpu > _IDLE_CPU_SECONDS:
            given_back = False
        elif not given_back:
            malloc_trim(0)
            given_back = True
        last_cpu = cpu
