"""What the client takes from its surroundings: system proxies (never for this computer), a CA
bundle that must be usable, and local files that may vanish under an upload."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dek_desktop.api import (
    CaBundleUnusable,
    DocumentKind,
    Pin,
    RecoveryClient,
    RetryPolicy,
    ServiceUnreachable,
    UnreachableCause,
    UploadSourceError,
)
from dek_recovery_service.seed import DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN
from tests.api.contract_documents import POLICY
from tests.api.documents_on_disk import write_pdf
from tests.api.hostile_server import HostileServer, respond, respond_json
from tests.conftest import RunningService


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    server = HostileServer()
    yield server
    server.close()


def test_the_system_proxy_is_used_for_a_remote_service(
    hostile: HostileServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The "proxy" refuses the tunnel, as a company proxy does for an unlisted host.
    hostile.script(respond(403, b"<html>Forbidden by policy</html>", content_type="text/html"))
    monkeypatch.setenv("HTTPS_PROXY", hostile.base_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with (
        RecoveryClient("https://api.dvec.example", retry=RetryPolicy(max_attempts=1)) as client,
        pytest.raises(ServiceUnreachable) as caught,
    ):
        client.get_policy()
    assert caught.value.cause is UnreachableCause.PROXY
    assert hostile.requests[0].method == "CONNECT"
    assert hostile.requests[0].target == "api.dvec.example:443"


def test_a_loopback_service_is_never_reached_through_a_proxy(
    hostile: HostileServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile.script(respond_json(200, POLICY))
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    with RecoveryClient(hostile.base_url) as client:
        assert client.get_policy().code_length == POLICY["code_length"]


def test_an_unusable_ca_bundle_is_said_at_once(tmp_path: Path) -> None:
    bundle = tmp_path / "company-ca.pem"
    bundle.write_text("this is not a certificate")
    with pytest.raises(CaBundleUnusable, match="PEM certificates"):
        RecoveryClient("https://api.dvec.example", ca_bundle=bundle)
    with pytest.raises(CaBundleUnusable):
        RecoveryClient("https://api.dvec.example", ca_bundle=tmp_path / "missing.pem")


def test_a_file_deleted_between_choosing_and_uploading(
    service: RunningService, tmp_path: Path
) -> None:
    document = write_pdf(tmp_path / "passport.pdf")
    document.unlink()
    with RecoveryClient(service.base_url) as client:
        access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
        with pytest.raises(UploadSourceError) as caught:
            client.upload_document(access.number, DocumentKind.PASSPORT, document)
    assert caught.value.path == document


def test_a_file_that_shrinks_during_the_upload(service: RunningService, tmp_path: Path) -> None:
    document = write_pdf(tmp_path / "passport.pdf", payload_bytes=2 * 1024 * 1024)

    def shrink_once_the_upload_exists(upload_url: str) -> None:
        # Another program rewrites the file just after the service was told its length.
        with document.open("r+b") as handle:
            handle.truncate(document.stat().st_size // 2)

    with RecoveryClient(service.base_url, upload_chunk_bytes=256 * 1024) as client:
        access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
        with pytest.raises(UploadSourceError) as caught:
            client.upload_document(
                access.number,
                DocumentKind.PASSPORT,
                document,
                on_upload_created=shrink_once_the_upload_exists,
            )
    assert "shorter" in caught.value.reason
