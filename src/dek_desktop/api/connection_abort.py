"""Lets one thread abort the HTTP exchange another thread is blocked in.

A cancelled upload must stop within a second, but the uploading thread may sit in `sendall`
while the kernel drains megabytes it already accepted, or in `recv` waiting for the answer to
a chunk. Our urllib3 connections note which thread is using them; `abort` shuts that socket
down, which wakes the blocked call with an error at once.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_WATCH_INTERVAL_SECONDS = 0.1


class CancelSignal(Protocol):
    """`threading.Event` fits."""

    def is_set(self) -> bool: ...

    def wait(self, timeout: float | None = None) -> bool: ...


class InFlightConnections:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_thread: dict[int, HTTPConnection] = {}

    def note(self, connection: HTTPConnection) -> None:
        with self._lock:
            self._by_thread[threading.get_ident()] = connection

    def abort(self, thread_id: int) -> None:
        with self._lock:
            connection = self._by_thread.pop(thread_id, None)
        sock = getattr(connection, "sock", None)
        if isinstance(sock, socket.socket):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    @contextmanager
    def aborted_on(self, cancel: CancelSignal | None) -> Iterator[None]:
        """While the body runs, a watcher aborts this thread's exchange once `cancel` is set."""
        if cancel is None:
            yield
            return
        thread_id = threading.get_ident()
        finished = threading.Event()

        def watch() -> None:
            while not finished.is_set():
                if cancel.wait(_WATCH_INTERVAL_SECONDS):
                    if not finished.is_set():
                        self.abort(thread_id)
                    return

        watcher = threading.Thread(target=watch, name="dek-upload-cancel", daemon=True)
        watcher.start()
        try:
            yield
        finally:
            finished.set()
            watcher.join()

    def pool_classes(self) -> dict[str, type[HTTPConnectionPool]]:
        """urllib3 pool classes whose connections report to this registry."""
        registry = self

        class NotedHTTPConnection(HTTPConnection):
            def request(self, *args: Any, **kwargs: Any) -> None:
                registry.note(self)
                super().request(*args, **kwargs)

        class NotedHTTPSConnection(HTTPSConnection):
            def request(self, *args: Any, **kwargs: Any) -> None:
                registry.note(self)
                super().request(*args, **kwargs)

        class NotedHTTPConnectionPool(HTTPConnectionPool):
            ConnectionCls = NotedHTTPConnection

        class NotedHTTPSConnectionPool(HTTPSConnectionPool):
            ConnectionCls = NotedHTTPSConnection

        return {"http": NotedHTTPConnectionPool, "https": NotedHTTPSConnectionPool}
