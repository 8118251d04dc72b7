"""`--parent-pid`: the service exits when the app that started it is gone.

The desktop app starts the demo service as a child and stops it on the way out; when the app
is killed or crashes it cannot, so the service watches for itself and stops too.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable

GRACE_S = 5.0


def parent_alive(pid: int, *, was_our_parent: bool) -> bool:
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    if was_our_parent:
        # a dead parent may linger as a zombie (kill(pid, 0) still works); we get re-parented
        return os.getppid() == pid
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def exit_with_parent(pid: int, stop_server: Callable[[], None], *, poll_s: float = 0.5) -> None:
    """Starts a daemon thread: once `pid` is gone, `stop_server()`, then exit for sure."""
    was_our_parent = os.getppid() == pid

    def watch() -> None:
        while parent_alive(pid, was_our_parent=was_our_parent):
            time.sleep(poll_s)
        stop_server()
        time.sleep(GRACE_S)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
