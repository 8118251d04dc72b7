"""A deliberately broken HTTP server on real loopback sockets.

Each accepted connection reads one request and then runs the next behaviour of the script
(the last one repeats): a well-formed answer, an HTML error page, a lie about the length, a
reset, silence, a trickle, an endless body... No mocks: the client under test talks to it over
TCP (or TLS) exactly as it would talk to a misbehaving proxy.
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SeenRequest:
    method: str
    target: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    at: float


@dataclass
class Exchange:
    """One connection as a behaviour sees it."""

    connection: socket.socket
    request: SeenRequest
    stop: threading.Event
    sent_bytes: int = 0
    notes: dict[str, object] = field(default_factory=dict)

    def send(self, data: bytes) -> None:
        self.connection.sendall(data)
        self.sent_bytes += len(data)


Behaviour = Callable[[Exchange], None]


class HostileServer:
    def __init__(self, *, tls: ssl.SSLContext | None = None) -> None:
        self._tls = tls
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        self._script: list[Behaviour] = [respond(200, b"{}")]
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._connections: list[socket.socket] = []
        self.requests: list[SeenRequest] = []
        self.exchanges: list[Exchange] = []
        self._acceptor = threading.Thread(target=self._accept_loop, name="hostile-accept")
        self._acceptor.start()

    @property
    def base_url(self) -> str:
        return f"{'https' if self._tls else 'http'}://127.0.0.1:{self.port}"

    def script(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._script = list(behaviours)

    def close(self) -> None:
        self._stop.set()
        self._acceptor.join(timeout=5)
        self._listener.close()
        with self._lock:
            for connection in self._connections:
                _quietly_close(connection)
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                behaviour = self._script.pop(0) if len(self._script) > 1 else self._script[0]
                self._connections.append(connection)
            thread = threading.Thread(target=self._serve, args=(connection, behaviour), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket, behaviour: Behaviour) -> None:
        try:
            connection.settimeout(10)
            if self._tls is not None:
                connection = self._tls.wrap_socket(connection, server_side=True)
                with self._lock:
                    self._connections.append(connection)
            request = _read_request(connection)
            if request is None:
                return
            with self._lock:
                self.requests.append(request)
            exchange = Exchange(connection, request, self._stop)
            with self._lock:
                self.exchanges.append(exchange)
            behaviour(exchange)
        except (OSError, ssl.SSLError):
            pass  # the client went away, as clients under attack should
        finally:
            _quietly_close(connection)


def _read_request(connection: socket.socket) -> SeenRequest | None:
    data = b""
    while b"\r\n\r\n" not in data:
        piece = connection.recv(65536)
        if not piece:
            return None
        data += piece
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        piece = connection.recv(65536)
        if not piece:
            break
        rest += piece
    return SeenRequest(method, target, headers, rest[:length], time.monotonic())


def _quietly_close(connection: socket.socket) -> None:
    with contextlib.suppress(OSError):
        connection.close()


def _head(status: int, headers: Mapping[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} Whatever"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


# --- behaviours -----------------------------------------------------------------------------


def respond(
    status: int,
    body: bytes,
    *,
    content_type: str = "application/json",
    headers: Mapping[str, str] | None = None,
) -> Behaviour:
    def behaviour(exchange: Exchange) -> None:
        all_headers = {
            "Content-Type": content_type,
            "Content-Length": str(len(body)),
            "Connection": "close",
            **(headers or {}),
        }
        exchange.send(_head(status, all_headers) + body)

    return behaviour


def respond_json(status: int, document: object, **kwargs: object) -> Behaviour:
    return respond(status, json.dumps(document).encode(), **kwargs)  # type: ignore[arg-type]


def problem(
    status: int, slug_or_type: str, headers: Mapping[str, str] | None = None, **members: object
) -> Behaviour:
    type_uri = slug_or_type if ":" in slug_or_type else f"urn:dek:problem:{slug_or_type}"
    document = {
        "type": type_uri,
        "title": "A problem",
        "status": status,
        "detail": f"The service says: {slug_or_type}",
        **members,
    }
    return respond(
        status,
        json.dumps(document).encode(),
        content_type="application/problem+json",
        headers=headers,
    )


def lying_length(declared: int, body: bytes) -> Behaviour:
    """Promises `declared` bytes, sends `body` (fewer), closes."""

    def behaviour(exchange: Exchange) -> None:
        headers = {"Content-Type": "application/json", "Content-Length": str(declared)}
        exchange.send(_head(200, headers) + body)

    return behaviour


def reset_connection(exchange: Exchange) -> None:
    """RST instead of an answer (SO_LINGER with a zero timeout)."""
    exchange.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    exchange.connection.close()


def never_answer(exchange: Exchange) -> None:
    """Reads the request, then silence until the test ends."""
    exchange.stop.wait(30)


def trickle(every_seconds: float, declared: int = 100_000) -> Behaviour:
    """Headers at once, then one byte of body at a time, forever."""

    def behaviour(exchange: Exchange) -> None:
        headers = {"Content-Type": "application/json", "Content-Length": str(declared)}
        exchange.send(_head(200, headers) + b"[")
        while not exchange.stop.wait(every_seconds):
            exchange.send(b" ")

    return behaviour


def endless_body(*, declare_length: int | None) -> Behaviour:
    """200 MB of JSON-ish bytes, with or without a Content-Length that says so."""

    def behaviour(exchange: Exchange) -> None:
        headers = {"Content-Type": "application/json", "Connection": "close"}
        if declare_length is not None:
            headers["Content-Length"] = str(declare_length)
        exchange.send(_head(200, headers) + b'{"padding": "')
        block = b"x" * 65536
        total = declare_length or 200 * 1024 * 1024
        while exchange.sent_bytes < total and not exchange.stop.is_set():
            exchange.send(block)

    return behaviour


def garbage(exchange: Exchange) -> None:
    exchange.send(b"SSH-2.0-OpenSSH_9.2p1 Debian\r\n\r\n")
