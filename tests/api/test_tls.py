"""Certificates checked for real: the OS trust store plus an optional CA bundle, full host-name
verification, and failures a user can act on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dek_desktop.api import (
    CertificateExpired,
    CertificateHostMismatch,
    CertificateNotTrusted,
    RecoveryClient,
    RetryPolicy,
    TlsHandshakeFailed,
)
from tests.api.certificates import Authority, make_authority, server_context
from tests.api.contract_documents import POLICY
from tests.api.hostile_server import HostileServer, respond_json
from tests.conftest import RunningService

NO_RETRY = RetryPolicy(max_attempts=1)


@pytest.fixture
def authority(tmp_path: Path) -> Authority:
    return make_authority(tmp_path)


@pytest.fixture
def localhost_server(authority: Authority, tmp_path: Path) -> Iterator[HostileServer]:
    server = HostileServer(tls=server_context(authority, tmp_path, dns_names=("localhost",)))
    server.script(respond_json(200, POLICY))
    yield server
    server.close()


def test_a_certificate_from_an_unknown_authority_is_not_trusted(
    localhost_server: HostileServer,
) -> None:
    url = f"https://localhost:{localhost_server.port}"
    with (
        RecoveryClient(url, retry=NO_RETRY) as client,
        pytest.raises(CertificateNotTrusted) as caught,
    ):
        client.get_policy()
    assert caught.value.host == f"localhost:{localhost_server.port}"
    assert "not signed by an authority this computer trusts" in str(caught.value)
    assert localhost_server.requests == []  # nothing was sent over the untrusted connection


def test_the_configured_ca_bundle_is_trusted(
    localhost_server: HostileServer, authority: Authority
) -> None:
    url = f"https://localhost:{localhost_server.port}"
    with RecoveryClient(url, ca_bundle=authority.pem_path, retry=NO_RETRY) as client:
        assert client.get_policy().code_length == POLICY["code_length"]
    assert len(localhost_server.requests) == 1


def test_a_certificate_for_another_name_is_refused_even_from_a_trusted_authority(
    localhost_server: HostileServer, authority: Authority
) -> None:
    url = f"https://127.0.0.1:{localhost_server.port}"  # the certificate names only localhost
    with (
        RecoveryClient(url, ca_bundle=authority.pem_path, retry=NO_RETRY) as client,
        pytest.raises(CertificateHostMismatch) as caught,
    ):
        client.get_policy()
    assert "made out for another name" in str(caught.value)
    assert localhost_server.requests == []


def test_an_expired_certificate_says_to_check_the_clock(
    authority: Authority, tmp_path: Path
) -> None:
    context = server_context(authority, tmp_path, dns_names=("localhost",), valid_days=(-30, -1))
    server = HostileServer(tls=context)
    try:
        url = f"https://localhost:{server.port}"
        with (
            RecoveryClient(url, ca_bundle=authority.pem_path, retry=NO_RETRY) as client,
            pytest.raises(CertificateExpired) as caught,
        ):
            client.get_policy()
        assert "date and time" in str(caught.value)
    finally:
        server.close()


def test_https_to_a_plain_http_server_is_a_handshake_failure(service: RunningService) -> None:
    url = service.base_url.replace("http://", "https://")
    with RecoveryClient(url, retry=NO_RETRY) as client, pytest.raises(TlsHandshakeFailed) as caught:
        client.get_policy()
    assert "secure (https)" in str(caught.value)
