"""The client against a deliberately broken server on real loopback sockets: every misbehaviour
ends in its own typed failure, never in a requests, json or socket exception."""

from __future__ import annotations

import gc
import re
import socket
import time
import uuid
import zlib
from collections.abc import Iterator

import psutil
import pytest

from dek_desktop.api import (
    ConnectionDropped,
    ConnectTimedOut,
    EmptyBody,
    GarbledResponse,
    HtmlErrorPage,
    Language,
    Policy,
    RateLimited,
    ReadTimedOut,
    RecoveryClient,
    RedirectRefused,
    ResponseTooLarge,
    ResponseTooSlow,
    RetryPolicy,
    ServiceUnreachable,
    Timeouts,
    TruncatedBody,
    Unavailable,
    UnexpectedContentType,
    UnknownProblem,
    UnreachableCause,
)
from dek_desktop.api.vocabulary import Channel
from tests.api.contract_documents import POLICY
from tests.api.hostile_server import (
    HostileServer,
    endless_body,
    garbage,
    lying_length,
    never_answer,
    problem,
    reset_connection,
    respond,
    respond_json,
    trickle,
)

FAST_RETRIES = RetryPolicy(
    max_attempts=3, base_delay_seconds=0.01, max_delay_seconds=0.05, budget_seconds=10
)


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    server = HostileServer()
    yield server
    server.close()


def client_for(
    server: HostileServer,
    *,
    retry: RetryPolicy = FAST_RETRIES,
    timeouts: Timeouts | None = None,
) -> RecoveryClient:
    return RecoveryClient(
        server.base_url,
        timeouts=timeouts or Timeouts(connect_seconds=2, read_seconds=2, response_seconds=5),
        retry=retry,
    )


def test_html_502_page_from_a_proxy_is_retried_then_classified(hostile: HostileServer) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"
    hostile.script(respond(502, page, content_type="text/html"))
    with client_for(hostile) as client, pytest.raises(HtmlErrorPage) as caught:
        client.get_policy()
    assert caught.value.status == 502
    assert caught.value.request_id == hostile.requests[-1].headers["x-request-id"]
    assert len(hostile.requests) == 3  # a GET is safe to repeat: max_attempts


def test_empty_500_is_an_empty_body_failure(hostile: HostileServer) -> None:
    hostile.script(respond(500, b"", content_type="application/problem+json"))
    with client_for(hostile) as client, pytest.raises(EmptyBody) as caught:
        client.get_policy()
    assert caught.value.status == 500
    assert len(hostile.requests) == 1  # 500 is not a status worth repeating


def test_truncated_json_with_a_lying_content_length(hostile: HostileServer) -> None:
    hostile.script(lying_length(4096, b'{"channels": ["email", "sm'))
    with (
        client_for(hostile, retry=RetryPolicy(max_attempts=1)) as client,
        pytest.raises(TruncatedBody) as caught,
    ):
        client.get_policy()
    assert caught.value.status == 200
    assert caught.value.request_id == hostile.requests[0].headers["x-request-id"]


def test_connection_reset_before_any_answer(hostile: HostileServer) -> None:
    hostile.script(reset_connection)
    with client_for(hostile) as client, pytest.raises(ConnectionDropped) as caught:
        client.get_policy()
    assert caught.value.request_id == hostile.requests[-1].headers["x-request-id"]
    assert len(hostile.requests) == 3  # a dropped connection is retried for a GET


def test_headers_that_never_come_hit_the_read_timeout(hostile: HostileServer) -> None:
    hostile.script(never_answer)
    timeouts = Timeouts(connect_seconds=2, read_seconds=0.5, response_seconds=5)
    with client_for(hostile, retry=RetryPolicy(max_attempts=1), timeouts=timeouts) as client:
        started = time.monotonic()
        with pytest.raises(ReadTimedOut) as caught:
            client.get_policy()
        waited = time.monotonic() - started
    assert caught.value.seconds == 0.5
    # The configured time, not the server's patience (it would stay silent for 30 s).
    assert 0.5 <= waited < 5


def test_a_trickling_body_is_abandoned_at_the_response_deadline(hostile: HostileServer) -> None:
    hostile.script(trickle(every_seconds=0.05))
    timeouts = Timeouts(connect_seconds=2, read_seconds=1, response_seconds=1.0)
    with client_for(hostile, retry=RetryPolicy(max_attempts=1), timeouts=timeouts) as client:
        started = time.monotonic()
        with pytest.raises(ResponseTooSlow) as caught:
            client.get_policy()
        waited = time.monotonic() - started
    assert caught.value.seconds == 1.0
    # Every byte came well within the read timeout: only the whole-answer deadline stops it.
    assert hostile.exchanges[0].sent_bytes > 10
    assert waited < 5


def test_503_with_retry_after_twice_then_success(hostile: HostileServer) -> None:
    unavailable = problem(503, "unavailable", headers={"Retry-After": "1"}, retry_after=1)
    hostile.script(unavailable, unavailable, respond_json(200, POLICY))
    with client_for(hostile) as client:
        policy = client.get_policy()
    assert isinstance(policy, Policy)
    assert policy.code_length == 6
    assert len(hostile.requests) == 3
    gaps = [
        later.at - earlier.at
        for earlier, later in zip(hostile.requests, hostile.requests[1:], strict=False)
    ]
    assert all(gap >= 1.0 for gap in gaps), gaps  # Retry-After honoured, not just the backoff
    request_ids = [request.headers["x-request-id"] for request in hostile.requests]
    assert len(set(request_ids)) == 3  # every attempt is its own request


def test_post_without_idempotency_key_is_never_retried(hostile: HostileServer) -> None:
    hostile.script(problem(503, "unavailable", headers={"Retry-After": "0"}, retry_after=0))
    with client_for(hostile) as client, pytest.raises(Unavailable) as caught:
        client.new_captcha()
    assert len(hostile.requests) == 1
    assert "idempotency-key" not in hostile.requests[0].headers
    assert caught.value.retry_after.total_seconds() == 0


def test_post_with_idempotency_key_is_retried_with_the_same_key(hostile: HostileServer) -> None:
    started = {
        "recovery_id": "r-1",
        "channel": "email",
        "destination_masked": "i***@example.ru",
        "code_length": 6,
        "expires_in": 600,
        "resend_in": 60,
    }
    hostile.script(
        reset_connection, respond(502, b"", content_type="text/plain"), respond_json(202, started)
    )
    with client_for(hostile) as client:
        result = client.request_recovery("ivan@example.ru", Channel.EMAIL)
    assert result.recovery_id == "r-1"
    keys = {request.headers["idempotency-key"] for request in hostile.requests}
    assert len(hostile.requests) == 3 and len(keys) == 1


def test_rate_limit_longer_than_the_budget_is_not_waited_out(hostile: HostileServer) -> None:
    hostile.script(problem(429, "rate-limited", headers={"Retry-After": "3600"}, retry_after=3600))
    with client_for(hostile) as client, pytest.raises(RateLimited) as caught:
        client.get_policy()
    assert caught.value.retry_after.total_seconds() == 3600
    assert len(hostile.requests) == 1


def test_redirect_to_another_origin_is_refused(hostile: HostileServer) -> None:
    hostile.script(respond(302, b"", headers={"Location": "https://evil.example/v1/policy"}))
    with client_for(hostile) as client, pytest.raises(RedirectRefused) as caught:
        client.get_policy()
    assert caught.value.location == "https://evil.example/v1/policy"
    assert len(hostile.requests) == 1


def test_redirect_to_another_port_of_the_same_host_is_another_origin(
    hostile: HostileServer,
) -> None:
    other = HostileServer()
    try:
        other.script(respond_json(200, POLICY))
        elsewhere = f"http://127.0.0.1:{other.port}/v1/policy"
        hostile.script(respond(308, b"", headers={"Location": elsewhere}))
        with client_for(hostile) as client, pytest.raises(RedirectRefused):
            client.get_policy()
        assert other.requests == []
    finally:
        other.close()


def test_same_origin_redirect_of_a_get_is_followed(hostile: HostileServer) -> None:
    hostile.script(
        respond(307, b"", headers={"Location": "/v1/policy-moved"}), respond_json(200, POLICY)
    )
    with client_for(hostile) as client:
        assert client.get_policy().code_length == 6
    assert [request.target for request in hostile.requests] == ["/v1/policy", "/v1/policy-moved"]


@pytest.mark.parametrize("declare_length", [200 * 1024 * 1024, None])
def test_a_200_mb_body_is_refused_and_memory_stays_flat(
    hostile: HostileServer, declare_length: int | None
) -> None:
    hostile.script(endless_body(declare_length=declare_length))
    process = psutil.Process()
    gc.collect()
    before = process.memory_info().rss
    with (
        client_for(hostile, retry=RetryPolicy(max_attempts=1)) as client,
        pytest.raises(ResponseTooLarge) as caught,
    ):
        client.get_policy()
    growth = process.memory_info().rss - before
    assert caught.value.limit_bytes == 1024 * 1024
    assert growth < 30 * 1024 * 1024, growth
    # The client hung up long before the server could push its 200 MB.
    assert hostile.exchanges[0].sent_bytes < 50 * 1024 * 1024


def test_a_compressed_body_that_inflates_to_200_mb_is_refused(hostile: HostileServer) -> None:
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)  # gzip framing
    megabyte = bytes(1024 * 1024)
    bomb = b"".join(packer.compress(megabyte) for _ in range(200)) + packer.flush()
    hostile.script(respond(200, bomb, headers={"Content-Encoding": "gzip"}))
    process = psutil.Process()
    gc.collect()
    before = process.memory_info().rss
    with (
        client_for(hostile, retry=RetryPolicy(max_attempts=1)) as client,
        pytest.raises(ResponseTooLarge),
    ):
        client.get_policy()
    assert len(bomb) < 1024 * 1024  # small on the wire: only the inflated size gives it away
    assert process.memory_info().rss - before < 30 * 1024 * 1024


def test_an_unknown_problem_type_is_an_unknown_problem(hostile: HostileServer) -> None:
    hostile.script(problem(418, "urn:dek:problem:kettle-boiled", hint="tea"))
    with client_for(hostile) as client, pytest.raises(UnknownProblem) as caught:
        client.get_policy()
    assert caught.value.status == 418
    assert caught.value.type == "urn:dek:problem:kettle-boiled"
    assert caught.value.detail == "The service says: urn:dek:problem:kettle-boiled"
    assert caught.value.request_id == hostile.requests[0].headers["x-request-id"]


def test_text_plain_where_json_was_due(hostile: HostileServer) -> None:
    hostile.script(respond(200, b"all good", content_type="text/plain"))
    with client_for(hostile) as client, pytest.raises(UnexpectedContentType) as caught:
        client.get_policy()
    assert caught.value.status == 200
    assert caught.value.content_type == "text/plain"


def test_an_answer_that_is_not_http_at_all(hostile: HostileServer) -> None:
    hostile.script(garbage)
    with (
        client_for(hostile, retry=RetryPolicy(max_attempts=1)) as client,
        pytest.raises(GarbledResponse),
    ):
        client.get_policy()


def test_a_port_nobody_listens_on() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with (
        RecoveryClient(f"http://127.0.0.1:{port}", retry=FAST_RETRIES) as client,
        pytest.raises(ServiceUnreachable) as caught,
    ):
        client.get_policy()
    assert caught.value.cause is UnreachableCause.REFUSED
    assert caught.value.request_id is not None


def test_a_name_that_does_not_resolve() -> None:
    with (
        RecoveryClient("https://no-such-host.invalid", retry=RetryPolicy(max_attempts=1)) as client,
        pytest.raises(ServiceUnreachable) as caught,
    ):
        client.get_policy()
    assert caught.value.cause is UnreachableCause.NAME_NOT_FOUND


def test_a_connection_that_is_never_accepted_hits_the_connect_timeout() -> None:
    # A listener whose accept queue is full: the kernel drops further SYNs, so connecting hangs.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    fillers = []
    try:
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(listener.getsockname())
            fillers.append(filler)
        port = listener.getsockname()[1]
        timeouts = Timeouts(connect_seconds=0.5, read_seconds=2, response_seconds=5)
        with RecoveryClient(
            f"http://127.0.0.1:{port}", timeouts=timeouts, retry=RetryPolicy(max_attempts=1)
        ) as client:
            started = time.monotonic()
            with pytest.raises(ConnectTimedOut) as caught:
                client.get_policy()
            assert time.monotonic() - started < 5
        assert caught.value.seconds == 0.5
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_headers_on_every_request(hostile: HostileServer) -> None:
    hostile.script(respond_json(200, POLICY))
    with client_for(hostile) as client:
        client.get_policy()
        client.set_language(Language.EN)
        client.get_policy()
        kept = client.recent_request_ids()
    first, second = hostile.requests
    assert re.fullmatch(r"dek-desktop/[^ ]+ \(.+\)", first.headers["user-agent"])
    assert first.headers["accept-language"] == "ru"
    assert second.headers["accept-language"] == "en"
    assert [str(uuid.UUID(r.headers["x-request-id"])) for r in (first, second)] == list(kept)
    assert "authorization" not in first.headers and "idempotency-key" not in first.headers
