"""Certificate checking with the operating system's trust store, plus an optional CA bundle."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import truststore
from requests.adapters import HTTPAdapter

from .connection_abort import InFlightConnections


def trust_store_context(ca_bundle: Path | None) -> ssl.SSLContext:
    """Full verification (chain and host name) always; there is no way to turn it off."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_bundle is not None:
        context.load_verify_locations(cafile=str(ca_bundle))
    return context


class TrustStoreAdapter(HTTPAdapter):
    """Hands our SSL context to every connection pool, direct or through a proxy, and makes
    every connection report to `in_flight` so a cancel can abort it."""

    def __init__(
        self, context: ssl.SSLContext, in_flight: InFlightConnections, **kwargs: Any
    ) -> None:
        # Set before HTTPAdapter.__init__ builds the pool manager.
        self._context = context
        self._pool_classes = in_flight.pool_classes()
        super().__init__(**kwargs)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        super().init_poolmanager(
            connections, maxsize, block, ssl_context=self._context, **pool_kwargs
        )
        self.poolmanager.pool_classes_by_scheme = dict(self._pool_classes)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, ssl_context=self._context, **proxy_kwargs)
        manager.pool_classes_by_scheme = dict(self._pool_classes)
        return manager
