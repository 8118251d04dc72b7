"""The whole tus upload against the reference service: dropped connections, a killed service,
an app restart, corrupted chunks, cancellation mid-chunk, progress; the receipt's sha256 is
always the file's."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dek_desktop.api import (
    ApplicationAccess,
    ChecksumMismatch,
    DocumentKind,
    Pin,
    RecoveryClient,
    RetryPolicy,
    Timeouts,
    UploadCancelled,
    UploadProgress,
)
from dek_desktop.api.upload_progress import ProgressMeter
from dek_recovery_service.seed import DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN
from tests.api.documents_on_disk import write_pdf
from tests.api.meddling_proxy import Meddling, MeddlingProxy
from tests.conftest import RunningService
from tests.service_process import ServiceProcess

CHUNK = 256 * 1024
RESUMING = RetryPolicy(
    max_attempts=3, base_delay_seconds=0.05, max_delay_seconds=0.5, budget_seconds=10
)


def uploading_client(base_url: str, **kwargs: object) -> RecoveryClient:
    return RecoveryClient(
        base_url,
        retry=RESUMING,
        timeouts=Timeouts(connect_seconds=2, read_seconds=10, response_seconds=20),
        upload_chunk_bytes=CHUNK,
        upload_resume_seconds=30,
        **kwargs,  # type: ignore[arg-type]
    )


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def finish_and_check(
    client: RecoveryClient, access: ApplicationAccess, passport: Path, tmp_path: Path
) -> None:
    """Uploads the other required documents, submits, and compares the receipt with the files."""
    others = {
        kind: write_pdf(tmp_path / f"{kind.value}.pdf")
        for kind in (DocumentKind.INN, DocumentKind.SNILS)
    }
    for kind, path in others.items():
        client.upload_document(access.number, kind, path)
    receipt = client.submit_application(access.number)
    by_kind = {document.kind: document for document in receipt.documents}
    assert by_kind[DocumentKind.PASSPORT].sha256 == sha256_of(passport)
    assert by_kind[DocumentKind.PASSPORT].bytes == passport.stat().st_size
    for kind, path in others.items():
        assert by_kind[kind].sha256 == sha256_of(path)


@pytest.fixture
def passport(tmp_path: Path) -> Path:
    return write_pdf(tmp_path / "Паспорт, разворот.pdf", payload_bytes=3 * 1024 * 1024)


@pytest.fixture
def proxy_factory(service: RunningService) -> Iterator[Callable[[Meddling], MeddlingProxy]]:
    proxies: list[MeddlingProxy] = []

    def make(meddling: Meddling) -> MeddlingProxy:
        proxy = MeddlingProxy(service.port, meddling)
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        proxy.close()


def test_a_connection_cut_mid_chunk_resumes_from_the_services_offset(
    proxy_factory: Callable[[Meddling], MeddlingProxy], passport: Path, tmp_path: Path
) -> None:
    size = passport.stat().st_size
    proxy = proxy_factory(Meddling(cut_after_patch_bytes=size // 2 + 12345))
    reports: list[UploadProgress] = []
    with uploading_client(proxy.base_url) as client:
        access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
        uploaded = client.upload_document(
            access.number, DocumentKind.PASSPORT, passport, progress=reports.append
        )
        assert uploaded.size_bytes == size
        finish_and_check(client, access, passport, tmp_path)
    assert proxy.cuts == 1
    assert "HEAD" in proxy.methods  # it asked where to resume
    # Resumed from the service's offset, not from 0 (that would send more than 1.5 x size).
    assert proxy.patch_bytes < size + size // 2
    assert reports[-1].sent_bytes == size


@pytest.mark.slow
def test_a_service_killed_mid_upload_and_started_again(passport: Path, tmp_path: Path) -> None:
    process = ServiceProcess(tmp_path / "service-data")
    process.start()
    # A slow link in front, so the kill lands in the middle of the upload whatever the machine.
    link = MeddlingProxy(process.port, Meddling(upload_bytes_per_second=16 * 1024 * 1024))
    restarted = threading.Event()

    def kill_mid_upload_then_restart() -> None:
        while link.patch_bytes < passport.stat().st_size // 3:
            time.sleep(0.005)
        process.kill()  # SIGKILL: no clean shutdown, as when the machine loses power
        process.start()  # same port, same data dir
        restarted.set()

    threading.Thread(target=kill_mid_upload_then_restart, daemon=True).start()
    try:
        with uploading_client(link.base_url) as client:
            access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
            client.upload_document(access.number, DocumentKind.PASSPORT, passport)
            assert restarted.is_set()
            finish_and_check(client, access, passport, tmp_path)
    finally:
        link.close()
        process.stop()


def test_cancel_mid_chunk_then_resume_after_an_app_restart(
    service: RunningService,
    proxy_factory: Callable[[Meddling], MeddlingProxy],
    tmp_path: Path,
) -> None:
    document = write_pdf(tmp_path / "passport.pdf", payload_bytes=6 * 1024 * 1024)
    size = document.stat().st_size
    slow_link = proxy_factory(Meddling(upload_bytes_per_second=8 * 1024 * 1024))
    cancel = threading.Event()
    cancelled_at: list[float] = []
    stored_urls: list[str] = []

    def press_cancel_mid_second_chunk() -> None:
        # The user presses "cancel" while the second 4 MiB chunk is on the wire.
        while slow_link.patch_bytes < 5 * 1024 * 1024:
            time.sleep(0.005)
        cancelled_at.append(time.monotonic())
        cancel.set()

    presser = threading.Thread(target=press_cancel_mid_second_chunk, daemon=True)
    presser.start()
    with RecoveryClient(slow_link.base_url, upload_chunk_bytes=4 * 1024 * 1024) as client:
        access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
        with pytest.raises(UploadCancelled) as caught:
            client.upload_document(
                access.number,
                DocumentKind.PASSPORT,
                document,
                cancel=cancel,
                on_upload_created=stored_urls.append,
            )
        stopped_after = time.monotonic() - cancelled_at[0]
    assert stopped_after < 1.0
    assert caught.value.offset == 4 * 1024 * 1024  # the first chunk is the service's
    assert slow_link.patch_bytes < size  # the second chunk was abandoned on its way

    # The app closed; the draft kept the URL, the keychain kept the token.
    reports: list[UploadProgress] = []
    with RecoveryClient(slow_link.base_url) as restarted:
        restarted.remember_application(access.number, access.token)
        uploaded = restarted.upload_document(
            access.number,
            DocumentKind.PASSPORT,
            document,
            progress=reports.append,
            upload_url=stored_urls[0],
        )
        assert uploaded.upload_url == stored_urls[0]
        assert reports[0].sent_bytes == 4 * 1024 * 1024  # resumed, not started over
        finish_and_check(restarted, access, document, tmp_path)
    assert size == uploaded.size_bytes


def test_a_stored_url_the_service_no_longer_knows_starts_a_new_upload(
    service: RunningService, tmp_path: Path
) -> None:
    document = write_pdf(tmp_path / "passport.pdf")
    created: list[str] = []
    with RecoveryClient(service.base_url) as client:
        access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
        gone = f"{client.base_url}/v1/applications/{access.number}/documents/no-such-upload"
        uploaded = client.upload_document(
            access.number,
            DocumentKind.PASSPORT,
            document,
            upload_url=gone,
            on_upload_created=created.append,
        )
        assert created == [uploaded.upload_url] and uploaded.upload_url != gone
        finish_and_check(client, access, document, tmp_path)


def test_a_corrupted_chunk_is_sent_again(
    proxy_factory: Callable[[Meddling], MeddlingProxy], passport: Path, tmp_path: Path
) -> None:
    proxy = proxy_factory(Meddling(corrupt_patches=2))
    with uploading_client(proxy.base_url) as client:
        access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
        client.upload_document(access.number, DocumentKind.PASSPORT, passport)
        finish_and_check(client, access, passport, tmp_path)
    assert proxy.corrupted == 2


def test_a_link_that_corrupts_every_chunk_ends_in_checksum_mismatch(
    proxy_factory: Callable[[Meddling], MeddlingProxy], passport: Path
) -> None:
    proxy = proxy_factory(Meddling(corrupt_patches=1000))
    with uploading_client(proxy.base_url) as client:
        access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
        with pytest.raises(ChecksumMismatch) as caught:
            client.upload_document(access.number, DocumentKind.PASSPORT, passport)
    assert caught.value.status == 460
    assert caught.value.type == "urn:dek:problem:checksum-mismatch"
    assert caught.value.instance == f"urn:uuid:{caught.value.request_id}"
    assert proxy.corrupted == 4  # the first try and three more


def test_progress_is_reported_at_most_twenty_times_a_second(
    service: RunningService, passport: Path
) -> None:
    reports: list[tuple[float, UploadProgress]] = []
    with uploading_client(service.base_url) as client:
        access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
        started = time.monotonic()
        client.upload_document(
            access.number,
            DocumentKind.PASSPORT,
            passport,
            progress=lambda report: reports.append((time.monotonic(), report)),
        )
        elapsed = time.monotonic() - started
    assert reports[-1][1].sent_bytes == reports[-1][1].total_bytes == passport.stat().st_size
    # The first (offset 0) and the last report are always given; in between at most 20 a second.
    assert len(reports) <= 2 + elapsed * 20
    assert all(report.bytes_per_second >= 0 for _, report in reports)


def test_progress_meter_throttles_and_measures_speed() -> None:
    now = [0.0]
    seen: list[UploadProgress] = []
    meter = ProgressMeter(10_000, seen.append, clock=lambda: now[0])
    meter.restart_at(0)
    for _ in range(100):  # 100 pieces of 100 bytes over one second
        now[0] += 0.01
        meter.add(100)
    meter.finish()
    assert len(seen) <= 1 + 20 + 1
    assert seen[-1].sent_bytes == 10_000
    assert seen[-1].bytes_per_second == pytest.approx(10_000, rel=0.05)


def test_cancel_while_waiting_for_the_service_to_come_back(
    proxy_factory: Callable[[Meddling], MeddlingProxy], passport: Path
) -> None:
    proxy = proxy_factory(Meddling(cut_after_patch_bytes=passport.stat().st_size // 3))
    cancel = threading.Event()
    pressed_at: list[float] = []

    def network_gone_then_cancel() -> None:
        while proxy.cuts == 0:
            time.sleep(0.005)
        proxy.close()  # from now on every reconnection is refused
        time.sleep(0.3)  # the client is backing off between attempts to resume
        pressed_at.append(time.monotonic())
        cancel.set()

    threading.Thread(target=network_gone_then_cancel, daemon=True).start()
    with uploading_client(proxy.base_url) as client:
        access = client.open_application(DEMO_APPLICATION_NUMBER, Pin(DEMO_APPLICATION_PIN))
        with pytest.raises(UploadCancelled) as caught:
            client.upload_document(access.number, DocumentKind.PASSPORT, passport, cancel=cancel)
        assert time.monotonic() - pressed_at[0] < 1.0
    assert 0 < caught.value.offset < passport.stat().st_size
