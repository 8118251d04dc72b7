"""Certificate checking with the operating system's trust store, plus an optional CA bundle."""

from __future__ import annotations

import ssl
from pathlib import Path

import truststore


class CaBundleUnusable(ValueError):
    """The configured CA bundle file cannot be read as PEM certificates."""


def trust_store_context(ca_bundle: Path | None) -> ssl.SSLContext:
    """Full verification (chain and host name) always; there is no way to turn it off."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_bundle is not None:
        try:
            context.load_verify_locations(cafile=str(ca_bundle))
        except (OSError, ssl.SSLError) as failure:
            raise CaBundleUnusable(
                f"the CA bundle {ca_bundle} cannot be used: {failure}; it must be a file of "
                "PEM certificates (-----BEGIN CERTIFICATE-----)"
            ) from None
    return context
