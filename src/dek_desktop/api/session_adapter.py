"""The requests adapter behind our one Session: how its connections are made."""

from __future__ import annotations

import socket
import ssl
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection

from .connection_abort import InFlightConnections

# How much of a streamed body urllib3 reads and sends at a time (its default is 16 KiB):
# larger writes mean fewer system calls on a fast link, still small next to a chunk.
SEND_BLOCK_BYTES = 256 * 1024

# Keep at most this much not-yet-sent data in the kernel (Linux, macOS): upload progress and
# speed then follow the network instead of a multi-megabyte socket buffer filling up.
_NOT_SENT_LOW_WATER = (
    [(socket.IPPROTO_TCP, socket.TCP_NOTSENT_LOWAT, SEND_BLOCK_BYTES)]
    if hasattr(socket, "TCP_NOTSENT_LOWAT")
    else []
)


class HardenedAdapter(HTTPAdapter):
    """Every pool, direct or through a proxy, gets our SSL context (the OS trust store), our
    socket options, and connections that report to `in_flight` so a cancel can abort them."""

    def __init__(
        self, context: ssl.SSLContext, in_flight: InFlightConnections, **kwargs: Any
    ) -> None:
        # Set before HTTPAdapter.__init__ builds the pool manager.
        self._pool_kwargs: dict[str, Any] = {
            "ssl_context": context,
            "blocksize": SEND_BLOCK_BYTES,
            "socket_options": [*HTTPConnection.default_socket_options, *_NOT_SENT_LOW_WATER],
        }
        self._pool_classes = in_flight.pool_classes()
        super().__init__(**kwargs)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        super().init_poolmanager(connections, maxsize, block, **self._pool_kwargs, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(self._pool_classes)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **self._pool_kwargs, **proxy_kwargs)
        manager.pool_classes_by_scheme = dict(self._pool_classes)
        return manager
