"""A TCP proxy on loopback that reads the HTTP requests passing through it and meddles with
upload bodies: it cuts the connection in the middle of one, or flips a byte in some.

Real sockets on both sides: the client believes it talks to the service, the service sees an
ordinary client.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from dataclasses import dataclass


@dataclass
class Meddling:
    # Cut every connection once this many PATCH body bytes have passed (once per proxy).
    cut_after_patch_bytes: int | None = None
    # Flip one byte in the body of this many PATCH requests.
    corrupt_patches: int = 0
    # A slow uplink: requests pass at about this rate.
    upload_bytes_per_second: float | None = None


class MeddlingProxy:
    def __init__(self, upstream_port: int, meddling: Meddling) -> None:
        self._upstream = ("127.0.0.1", upstream_port)
        self.meddling = meddling
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self.patch_bytes = 0
        self.cuts = 0
        self.corrupted = 0
        self.methods: list[str] = []
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.close()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                server = socket.create_connection(self._upstream, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, server]
            pair = (client, server)
            threading.Thread(target=self._requests, args=pair, daemon=True).start()
            threading.Thread(target=self._answers, args=pair, daemon=True).start()

    def _answers(self, client: socket.socket, server: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while piece := server.recv(65536):
                client.sendall(piece)
        with contextlib.suppress(OSError):
            client.shutdown(socket.SHUT_WR)

    def _requests(self, client: socket.socket, server: socket.socket) -> None:
        """Forwards requests, tracking where each body starts and ends (Content-Length only)."""
        pending = b""
        body_left = 0
        method = ""
        corrupt_this = False
        try:
            while piece := client.recv(65536):
                pending += piece
                out = b""
                while pending:
                    if body_left == 0:
                        head_end = pending.find(b"\r\n\r\n")
                        if head_end < 0:
                            break
                        head, pending = pending[: head_end + 4], pending[head_end + 4 :]
                        method, body_left = _method_and_length(head)
                        with self._lock:
                            self.methods.append(method)
                            corrupt_this = method == "PATCH" and self.meddling.corrupt_patches > 0
                            if corrupt_this:
                                self.meddling.corrupt_patches -= 1
                                self.corrupted += 1
                        out += head
                        continue
                    body, pending = pending[:body_left], pending[body_left:]
                    body_left -= len(body)
                    if corrupt_this and body:
                        body = bytes([body[0] ^ 0xFF]) + body[1:]
                        corrupt_this = False
                    out += body
                    if method == "PATCH" and self._count_patch_bytes(len(body)):
                        server.sendall(out)
                        _abort(client)
                        _abort(server)
                        return
                server.sendall(out)
                if self.meddling.upload_bytes_per_second:
                    time.sleep(len(out) / self.meddling.upload_bytes_per_second)
        except OSError:
            pass
        with contextlib.suppress(OSError):
            server.shutdown(socket.SHUT_WR)

    def _count_patch_bytes(self, count: int) -> bool:
        """True when this is the moment to cut."""
        with self._lock:
            self.patch_bytes += count
            limit = self.meddling.cut_after_patch_bytes
            if limit is not None and self.patch_bytes >= limit:
                self.meddling.cut_after_patch_bytes = None
                self.cuts += 1
                return True
            return False


def _method_and_length(head: bytes) -> tuple[str, int]:
    lines = head.decode("latin-1").split("\r\n")
    method = lines[0].split(" ", 1)[0]
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    return method, length


def _abort(sock: socket.socket) -> None:
    """Drop the connection as a crashed middlebox does (RST where the kernel can).

    `shutdown` first: a plain `close` would leave the kernel socket alive while the other pump
    thread sits in `recv` on it, and the peer would notice nothing.
    """
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
