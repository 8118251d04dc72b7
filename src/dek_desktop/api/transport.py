"""One requests.Session, hardened: the only place that touches requests and urllib3."""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

import requests
import requests.utils
import urllib3.exceptions

from .connection_abort import CancelSignal, InFlightConnections
from .failure_classification import classify
from .models import IdempotencyKey
from .reply import Reply
from .request_ids import RecentRequestIds
from .retry_policy import RETRYABLE_STATUSES, RetryPolicy, may_retry, parse_retry_after
from .secret import Secret
from .service_address import ServiceAddress
from .session_adapter import HardenedAdapter
from .timeouts import Timeouts
from .tls import trust_store_context
from .transport_errors import (
    ConnectionDropped,
    ConnectTimedOut,
    ReadTimedOut,
    RedirectRefused,
    ResponseTooLarge,
    ResponseTooSlow,
    ServiceUnreachable,
    TransportError,
    TruncatedBody,
)
from .user_agent import user_agent
from .vocabulary import Language

log = logging.getLogger("dek_desktop.api")

DEFAULT_MAX_JSON_BYTES = 1024 * 1024
_READ_PIECE_BYTES = 64 * 1024
_MAX_SAME_ORIGIN_REDIRECTS = 3
_RETRYABLE_FAILURES = (
    ServiceUnreachable,
    ConnectionDropped,
    ConnectTimedOut,
    ReadTimedOut,
    TruncatedBody,
)
_BODY_READ_ERRORS = (
    requests.RequestException,
    urllib3.exceptions.HTTPError,
    OSError,
    ValueError,
)


class StreamingBody(Protocol):
    """A request body read piece by piece (an upload chunk); `len()` gives Content-Length."""

    def read(self, size: int = -1) -> bytes: ...

    def __len__(self) -> int: ...


class Transport:
    def __init__(
        self,
        address: ServiceAddress,
        *,
        language: Language,
        timeouts: Timeouts,
        retry: RetryPolicy,
        ca_bundle: Path | None,
        max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
        keep_request_ids: int = 10,
        rng: random.Random | None = None,
    ) -> None:
        self.address = address
        self.timeouts = timeouts
        self.retry = retry
        self.max_json_bytes = max_json_bytes
        self.request_ids = RecentRequestIds(keep_request_ids)
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not a secret
        self._rng_lock = threading.Lock()
        self._session = requests.Session()
        # Environment settings are applied by us, explicitly: system proxies yes, but no
        # REQUESTS_CA_BUNDLE replacing the trust store and no ~/.netrc credentials.
        self._session.trust_env = False
        self.in_flight = InFlightConnections()
        adapter = HardenedAdapter(trust_store_context(ca_bundle), self.in_flight)
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)
        self._proxies: dict[str, str] = (
            {}
            if address.is_loopback
            else dict(requests.utils.get_environ_proxies(address.base_url))
        )
        self._session.headers.clear()
        self._session.headers.update(
            {
                "User-Agent": user_agent(),
                "Accept": "application/json, application/problem+json",
                "Accept-Encoding": "gzip, deflate",
                "Accept-Language": language.value,
            }
        )

    def set_language(self, language: Language) -> None:
        self._session.headers["Accept-Language"] = language.value

    def close(self) -> None:
        self._session.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        template: str,
        headers: Mapping[str, str] | None = None,
        json_body: object = None,
        body: bytes | StreamingBody | None = None,
        bearer: Secret | None = None,
        idempotency_key: IdempotencyKey | None = None,
        cancel: CancelSignal | None = None,
    ) -> Reply:
        """Send, retrying only where safe; a non-2xx answer comes back as a Reply, not raised.

        A streamed `body` is never retried here: it can be read once (uploads resume on their own).
        Setting `cancel` aborts the exchange in flight and any wait before a retry; the caller
        then gets the failure (or answer) it had so far, and looks at `cancel` itself.
        """
        retry_allowed = may_retry(method, idempotency_key is not None) and not _is_stream(body)
        started = time.monotonic()
        attempt = 1
        while True:
            failure: TransportError | None = None
            reply: Reply | None = None
            try:
                with self.in_flight.aborted_on(cancel):
                    reply = self._send(
                        method, url, template, headers, json_body, body, bearer, idempotency_key
                    )
            except _RETRYABLE_FAILURES as retryable:
                failure = retryable
            if reply is not None and (not retry_allowed or reply.status not in RETRYABLE_STATUSES):
                return reply
            if not retry_allowed:
                assert failure is not None
                raise failure
            retry_after = parse_retry_after(reply.header("retry-after")) if reply else None
            with self._rng_lock:
                delay = self.retry.delay_before(attempt + 1, retry_after, self._rng)
            allowed = self.retry.allows(attempt + 1, time.monotonic() - started, delay)
            if allowed:
                log.info(
                    "retrying %s %s in %.2f s (attempt %d)", method, template, delay, attempt + 1
                )
            if not allowed or _cancelled_during(cancel, delay):
                if failure is not None:
                    raise failure
                assert reply is not None
                return reply
            attempt += 1

    def _send(
        self,
        method: str,
        url: str,
        template: str,
        extra_headers: Mapping[str, str] | None,
        json_body: object,
        body: bytes | StreamingBody | None,
        bearer: Secret | None,
        idempotency_key: IdempotencyKey | None,
    ) -> Reply:
        request_id = self.request_ids.new()
        headers = {"X-Request-ID": request_id, **(extra_headers or {})}
        if bearer is not None:
            headers["Authorization"] = f"Bearer {bearer.reveal()}"
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key.value
        data = body
        if json_body is not None:
            data = json.dumps(json_body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        started = time.monotonic()
        outcome = "failed"
        try:
            redirects = 0
            while True:
                reply = self._exchange(method, url, headers, data, request_id)
                location = reply.header("location")
                if not (300 <= reply.status < 400 and location):
                    outcome = str(reply.status)
                    return reply
                redirects += 1
                if redirects > _MAX_SAME_ORIGIN_REDIRECTS:
                    raise RedirectRefused(location[:200], request_id=request_id)
                url = self._redirect_target(method, reply, location)
        except TransportError as failure:
            outcome = type(failure).__name__
            raise
        finally:
            log.info(
                "%s %s -> %s in %d ms [%s]",
                method,
                template,
                outcome,
                (time.monotonic() - started) * 1000,
                request_id,
            )

    def _redirect_target(self, method: str, reply: Reply, location: str) -> str:
        target = self.address.resolve(location, reply.url)
        if target is None or method not in ("GET", "HEAD"):
            raise RedirectRefused(location[:200], request_id=reply.request_id)
        return target

    def _exchange(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        data: bytes | StreamingBody | None,
        request_id: str,
    ) -> Reply:
        timeouts = self.timeouts
        try:
            response = self._session.request(
                method,
                url,
                data=data,  # requests streams any object with read() and len()
                headers=dict(headers),
                timeout=(timeouts.connect_seconds, timeouts.read_seconds),
                allow_redirects=False,
                stream=True,
                proxies=self._proxies,
                verify=True,
            )
        except requests.RequestException as failure:
            raise self._classified(failure, request_id) from failure
        with response:
            response_headers = {name.lower(): value for name, value in response.headers.items()}
            content_type = response_headers.get("content-type")
            try:
                payload = self._read_capped(response, request_id)
            except _BODY_READ_ERRORS as failure:
                raise self._classified(
                    failure, request_id, status=response.status_code, content_type=content_type
                ) from failure
        return Reply(response.status_code, response_headers, payload, request_id, url)

    def _read_capped(self, response: requests.Response, request_id: str) -> bytes:
        """Read at most `max_json_bytes` (after decompression) within `response_seconds`."""
        limit = self.max_json_bytes
        content_type = response.headers.get("content-type")
        declared = response.headers.get("content-length", "").strip()
        if (
            declared.isascii()
            and declared.isdigit()
            and (len(declared) > 15 or int(declared) > limit)
        ):
            raise ResponseTooLarge(
                limit_bytes=limit,
                status=response.status_code,
                content_type=content_type,
                request_id=request_id,
            )
        deadline = time.monotonic() + self.timeouts.response_seconds
        pieces: list[bytes] = []
        received = 0
        while True:
            piece = response.raw.read1(_READ_PIECE_BYTES, decode_content=True)
            if not piece:
                return b"".join(pieces)
            received += len(piece)
            if received > limit:
                raise ResponseTooLarge(
                    limit_bytes=limit,
                    status=response.status_code,
                    content_type=content_type,
                    request_id=request_id,
                )
            pieces.append(piece)
            if time.monotonic() > deadline:
                raise ResponseTooSlow(
                    self.address.host_label,
                    seconds=self.timeouts.response_seconds,
                    request_id=request_id,
                )

    def _classified(
        self,
        failure: BaseException,
        request_id: str,
        *,
        status: int | None = None,
        content_type: str | None = None,
    ) -> TransportError:
        return classify(
            failure,
            host=self.address.host_label,
            request_id=request_id,
            connect_seconds=self.timeouts.connect_seconds,
            read_seconds=self.timeouts.read_seconds,
            status=status,
            content_type=content_type,
        )


def _cancelled_during(cancel: CancelSignal | None, seconds: float) -> bool:
    if cancel is None:
        time.sleep(seconds)
        return False
    return cancel.wait(seconds)


def _is_stream(body: object) -> bool:
    return body is not None and not isinstance(body, bytes)
