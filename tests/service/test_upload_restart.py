"""A killed service (SIGKILL, a real subprocess) resumes an upload where it was, on restart.

Once after some PATCHes, once while a PATCH streams; in both the receipt's sha256 is the file's.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import requests

from tests.service.application_calls import (
    CHUNK_TYPE,
    bearer,
    create_application,
    jpeg_bytes,
    offset_of,
    patch_chunk,
    pdf_bytes,
    png_bytes,
    sha256_hex,
    start_upload,
    submit,
    upload_document,
)
from tests.service_process import ServiceProcess


@pytest.fixture(scope="module")
def process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """One service process (and data dir) for the module: seeding it is the slow part."""
    running = ServiceProcess(tmp_path_factory.mktemp("restart") / "data")
    running.start()
    yield running
    running.stop()


def _finish_application(base_url: str, number: str, token: str, passport: bytes) -> None:
    """Uploads the other required documents, submits, and checks the passport's receipt."""
    for kind, data, filename, content_type in (
        ("inn", pdf_bytes(1), "inn.pdf", "application/pdf"),
        ("snils", jpeg_bytes(), "snils.jpg", "image/jpeg"),
    ):
        answer = upload_document(
            base_url, number, token, data, kind=kind, filename=filename, content_type=content_type
        )
        assert answer.status_code == 204, answer.text
    submitted = submit(base_url, number, token)
    assert submitted.status_code == 202, submitted.text
    receipt = {document["kind"]: document for document in submitted.json()["receipt"]["documents"]}
    assert receipt["passport"]["sha256"] == sha256_hex(passport)
    assert receipt["passport"]["bytes"] == len(passport)


def test_an_upload_resumes_after_the_service_is_killed_between_patches(
    process: ServiceProcess,
) -> None:
    created = create_application(process.base_url)
    number, token = created["application_number"], created["application_token"]
    passport = png_bytes(500, 400, noise=True)  # about 600 kB
    url = start_upload(
        process.base_url,
        number,
        token,
        len(passport),
        kind="passport",
        filename="passport.png",
        content_type="image/png",
    )
    chunk = 128 * 1024
    for offset in (0, chunk):
        answer = patch_chunk(url, token, offset, passport[offset : offset + chunk])
        assert answer.status_code == 204, answer.text

    process.kill()
    process.start()

    offset = offset_of(url, token)
    assert offset == 2 * chunk
    while offset < len(passport):
        answer = patch_chunk(url, token, offset, passport[offset : offset + chunk])
        assert answer.status_code == 204, answer.text
        offset = int(answer.headers["Upload-Offset"])
    _finish_application(process.base_url, number, token, passport)


def test_an_upload_resumes_after_the_service_is_killed_while_a_patch_streams(
    process: ServiceProcess,
) -> None:
    created = create_application(process.base_url)
    number, token = created["application_number"], created["application_token"]
    passport = png_bytes(1200, 1000, noise=True)  # about 3.6 MB
    url = start_upload(
        process.base_url,
        number,
        token,
        len(passport),
        kind="passport",
        filename="passport.png",
        content_type="image/png",
    )
    sent_before_kill = 2 * 1024 * 1024
    killed = threading.Event()

    def body() -> Iterator[bytes]:
        for start in range(0, sent_before_kill, 64 * 1024):
            yield passport[start : start + 64 * 1024]
        killed.wait(timeout=60)  # the rest never goes: the service dies meanwhile
        yield passport[sent_before_kill:]

    outcome: list[BaseException | requests.Response] = []

    def stream() -> None:
        try:
            outcome.append(
                requests.patch(
                    url,
                    data=body(),
                    headers={**bearer(token), "Upload-Offset": "0", "Content-Type": CHUNK_TYPE},
                    timeout=60,
                )
            )
        except requests.RequestException as error:
            outcome.append(error)

    streaming = threading.Thread(target=stream)
    streaming.start()
    # Wait (bounded) until the service has persisted part of the streaming body.
    deadline = time.monotonic() + 30
    persisted = offset_of(url, token)
    while persisted == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
        persisted = offset_of(url, token)
    assert persisted > 0

    process.kill()
    killed.set()
    streaming.join(timeout=60)
    assert outcome and isinstance(outcome[0], requests.RequestException)
    process.start()

    resumed_at = offset_of(url, token)
    assert persisted <= resumed_at <= sent_before_kill
    answer = patch_chunk(url, token, resumed_at, passport[resumed_at:])
    assert answer.status_code == 204, answer.text
    assert answer.headers["Upload-Offset"] == str(len(passport))
    _finish_application(process.base_url, number, token, passport)
