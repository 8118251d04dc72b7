"""The reference service started by the app: a free loopback port, a temporary data dir.

`python -m dek_recovery_service --demo --port N --data-dir DIR --parent-pid PID`. The app
stops it on the way out and removes the directory; `--parent-pid` makes the service exit by
itself when the app is gone without stopping it (killed, crashed). A directory left behind
by an app that was killed is removed by the next start.

Blocking: call `start` and `stop` from a worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from . import SERVICE_PACKAGE

log = logging.getLogger(__name__)

DIR_PREFIX = "dek-desktop-demo-"
OWNER_FILE = "owner.pid"
LOG_FILE = "service.log"


class DemoServiceFailed(RuntimeError):
    """The service did not start; the message ends with the last lines it wrote."""


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def process_alive(pid: int) -> bool:
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
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_abandoned_dirs(root: Path) -> None:
    """Data dirs of demo services whose app is no longer running."""
    for directory in root.glob(f"{DIR_PREFIX}*"):
        try:
            owner = int((directory / OWNER_FILE).read_text().strip())
        except (OSError, ValueError):
            continue
        if owner != os.getpid() and not process_alive(owner):
            shutil.rmtree(directory, ignore_errors=True)


class DemoService:
    def __init__(self, *, temp_root: Path | None = None, python: str = sys.executable) -> None:
        self._temp_root = temp_root or Path(tempfile.gettempdir())
        self._python = python
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._stopped = False
        self.directory: Path | None = None
        self.port: int | None = None

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise RuntimeError("the demo service has not been started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self, *, timeout_s: float = 60.0, attempts: int = 3) -> str:
        """Starts the service and waits until it answers; returns its base URL."""
        remove_abandoned_dirs(self._temp_root)
        directory = Path(tempfile.mkdtemp(prefix=DIR_PREFIX, dir=self._temp_root))
        (directory / OWNER_FILE).write_text(str(os.getpid()))
        self.directory = directory
        for attempt in range(1, attempts + 1):
            self.port = free_loopback_port()
            try:
                self._start_once(directory, timeout_s)
                log.info("demo service on %s (pid %s)", self.base_url, self.pid)
                return self.base_url
            except DemoServiceFailed:
                # another program may have taken the port between our check and the bind
                self._terminate()
                if attempt == attempts or self._stopped:
                    raise
        raise AssertionError("unreachable")

    def stop(self) -> None:
        """Stops the service (politely, then by force) and removes its directory."""
        with self._lock:
            self._stopped = True
        self._terminate()
        if self.directory is not None:
            shutil.rmtree(self.directory, ignore_errors=True)
            self.directory = None

    def _start_once(self, directory: Path, timeout_s: float) -> None:
        data_dir = directory / "data"
        data_dir.mkdir(exist_ok=True)
        log_path = directory / LOG_FILE
        with self._lock:
            if self._stopped:
                raise DemoServiceFailed("the app is closing")
            with log_path.open("ab") as output:
                self._process = subprocess.Popen(  # noqa: S603 - our own service, our own python
                    [
                        self._python,
                        "-m",
                        SERVICE_PACKAGE,
                        "--demo",
                        "--port",
                        str(self.port),
                        "--data-dir",
                        str(data_dir),
                        "--parent-pid",
                        str(os.getpid()),
                    ],
                    stdin=subprocess.DEVNULL,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                    env={**os.environ, "PYTHONUNBUFFERED": "1"},
                )
        process = self._process
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise DemoServiceFailed(
                    f"the demo service exited with code {process.returncode}: {_tail(log_path)}"
                )
            if self._answers():
                return
            time.sleep(0.05)
        raise DemoServiceFailed(f"the demo service did not answer in time: {_tail(log_path)}")

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(  # noqa: S310 - a fixed http://127.0.0.1 address
                f"{self.base_url}/demo/outbox?limit=1", timeout=1
            ) as answer:
                return bool(answer.status == 200)
        except (urllib.error.URLError, OSError):
            return False

    def _terminate(self) -> None:
        with self._lock:
            process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)


def _tail(path: Path, lines: int = 8) -> str:
    try:
        return " | ".join(path.read_text("utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no output)"
