"""Maps whatever requests, urllib3, http.client, ssl or socket raised to one typed failure."""

from __future__ import annotations

import errno
import http.client
import socket
import ssl
from collections.abc import Iterator

import requests
import urllib3.exceptions

from .transport_errors import (
    CertificateExpired,
    CertificateHostMismatch,
    CertificateNotTrusted,
    ConnectionDropped,
    ConnectTimedOut,
    CorruptBody,
    GarbledResponse,
    ReadTimedOut,
    ServiceUnreachable,
    TlsFailure,
    TlsHandshakeFailed,
    TransportError,
    TruncatedBody,
    UnreachableCause,
)

# OpenSSL X509_V_ERR_* codes.
_HOST_MISMATCH_CODES = frozenset({62, 64})
_EXPIRED_CODES = frozenset({9, 10})
_NO_ROUTE_ERRNOS = frozenset({errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN})


def causes(failure: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps: causes, contexts, urllib3 reasons, args."""
    seen: set[int] = set()
    pending = [failure]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = (current.__cause__, current.__context__, getattr(current, "reason", None))
        pending.extend(item for item in (*linked, *current.args) if isinstance(item, BaseException))


def _first(failure: BaseException, *kinds: type[BaseException]) -> BaseException | None:
    return next((item for item in causes(failure) if isinstance(item, kinds)), None)


def classify(
    failure: BaseException,
    *,
    host: str,
    request_id: str,
    connect_seconds: float,
    read_seconds: float,
    status: int | None = None,
    content_type: str | None = None,
) -> TransportError:
    """`status` and `content_type` are known when the failure struck while reading a body."""
    tls = _tls_failure(failure, host, request_id)
    if tls is not None:
        return tls
    if _first(failure, urllib3.exceptions.NameResolutionError, socket.gaierror):
        return ServiceUnreachable(host, UnreachableCause.NAME_NOT_FOUND, request_id=request_id)
    if _first(failure, requests.exceptions.ProxyError, urllib3.exceptions.ProxyError):
        return ServiceUnreachable(host, UnreachableCause.PROXY, request_id=request_id)
    if _first(failure, ConnectionRefusedError):
        return ServiceUnreachable(host, UnreachableCause.REFUSED, request_id=request_id)
    no_route = next(
        (
            item
            for item in causes(failure)
            if isinstance(item, OSError) and item.errno in _NO_ROUTE_ERRNOS
        ),
        None,
    )
    if no_route is not None:
        return ServiceUnreachable(host, UnreachableCause.NO_ROUTE, request_id=request_id)
    if _is_connect_timeout(failure):
        return ConnectTimedOut(host, seconds=connect_seconds, request_id=request_id)
    if _first(
        failure,
        requests.exceptions.ReadTimeout,
        urllib3.exceptions.ReadTimeoutError,
        TimeoutError,
    ):
        return ReadTimedOut(host, seconds=read_seconds, request_id=request_id)
    if _first(failure, http.client.IncompleteRead, requests.exceptions.ChunkedEncodingError):
        return TruncatedBody(status=status, content_type=content_type, request_id=request_id)
    if _first(failure, ConnectionResetError, ConnectionAbortedError, BrokenPipeError):
        return ConnectionDropped(host, request_id=request_id)
    if _first(failure, urllib3.exceptions.DecodeError, requests.exceptions.ContentDecodingError):
        return CorruptBody(status=status, content_type=content_type, request_id=request_id)
    if _first(failure, http.client.HTTPException):
        return GarbledResponse(request_id=request_id)
    if _first(failure, urllib3.exceptions.NewConnectionError):
        return ServiceUnreachable(host, UnreachableCause.OTHER, request_id=request_id)
    if status is not None:
        return TruncatedBody(status=status, content_type=content_type, request_id=request_id)
    if _first(failure, urllib3.exceptions.ProtocolError):
        return ConnectionDropped(host, request_id=request_id)
    return ServiceUnreachable(host, UnreachableCause.OTHER, request_id=request_id)


def _is_connect_timeout(failure: BaseException) -> bool:
    # urllib3's NewConnectionError subclasses ConnectTimeoutError for old callers' sake; a
    # refused or unroutable connection is not a timeout.
    return any(
        isinstance(item, requests.exceptions.ConnectTimeout)
        or (
            isinstance(item, urllib3.exceptions.ConnectTimeoutError)
            and not isinstance(item, urllib3.exceptions.NewConnectionError)
        )
        for item in causes(failure)
    )


def _tls_failure(failure: BaseException, host: str, request_id: str) -> TlsFailure | None:
    verification = _first(failure, ssl.SSLCertVerificationError)
    if isinstance(verification, ssl.SSLCertVerificationError):
        code = getattr(verification, "verify_code", None)
        words = f"{getattr(verification, 'verify_message', '')} {verification}".lower()
        if code in _HOST_MISMATCH_CODES or any(
            marker in words
            for marker in ("mismatch", "doesn't match", "not valid for", "cn_no_match")
        ):
            return CertificateHostMismatch(host, request_id=request_id)
        if code in _EXPIRED_CODES or "expired" in words or "not yet valid" in words:
            return CertificateExpired(host, request_id=request_id)
        return CertificateNotTrusted(host, request_id=request_id)
    if _first(
        failure,
        ssl.SSLError,
        requests.exceptions.SSLError,
        urllib3.exceptions.SSLError,
    ):
        return TlsHandshakeFailed(host, request_id=request_id)
    return None
