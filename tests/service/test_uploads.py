"""Document uploads: tus 1.0.0 core + creation + checksum over real HTTP, with content checks.

Includes the tus team's own Python client (tuspy) uploading to our endpoint end to end.
"""

from __future__ import annotations

import base64
import io
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
from tusclient import client as tus_client

from tests.conftest import RunningService
from tests.service.application_calls import (
    CHUNK_TYPE,
    TUS,
    bearer,
    checksum,
    create_application,
    jpeg_bytes,
    metadata,
    offset_of,
    patch_chunk,
    pdf_bytes,
    png_bytes,
    png_claiming_pixels,
    sha256_hex,
    start_upload,
    upload_document,
)

PROBLEM = "application/problem+json"
ACCEPTED = ["application/pdf", "image/jpeg", "image/png"]


class Application:
    def __init__(self, service: RunningService) -> None:
        created = create_application(service.base_url)
        self.service = service
        self.number: str = created["application_number"]
        self.token: str = created["application_token"]

    @property
    def documents_url(self) -> str:
        return f"{self.service.base_url}/v1/applications/{self.number}/documents"

    def create(self, **headers: str) -> requests.Response:
        sent = {**bearer(self.token)}
        sent.update({name.replace("_", "-"): value for name, value in headers.items()})
        return requests.post(self.documents_url, headers=sent, timeout=10)

    def start(self, data: bytes, **fields: str) -> str:
        return start_upload(self.service.base_url, self.number, self.token, len(data), **fields)

    def stored(self, url: str) -> dict[str, Any] | None:
        row = self.service.context.db.one(
            "SELECT * FROM uploads WHERE id = ?", (url.rsplit("/", 1)[1],)
        )
        return dict(row) if row is not None else None


@pytest.fixture
def application(service: RunningService) -> Application:
    return Application(service)


def tus_problem(answer: requests.Response, slug: str, status: int) -> dict[str, Any]:
    """A problem from the upload routes: the tus version header is on it too."""
    assert answer.status_code == status, answer.text
    assert answer.headers["Tus-Resumable"] == "1.0.0"
    if answer.request.method == "HEAD":
        return {}
    assert answer.headers["Content-Type"] == PROBLEM
    body: dict[str, Any] = answer.json()
    assert body["type"] == f"urn:dek:problem:{slug}"
    assert body["status"] == status
    assert body["instance"] == f"urn:uuid:{answer.headers['X-Request-ID']}"
    return body


# --- discovery and creation --------------------------------------------------------------


def test_options_advertises_the_protocol_without_a_token(application: Application) -> None:
    answer = requests.options(application.documents_url, timeout=10)
    assert answer.status_code == 204
    assert answer.headers["Tus-Resumable"] == "1.0.0"
    assert answer.headers["Tus-Version"] == "1.0.0"
    assert answer.headers["Tus-Extension"] == "creation,checksum"
    assert answer.headers["Tus-Max-Size"] == str(application.service.settings.max_file_bytes)
    assert answer.headers["Tus-Checksum-Algorithm"] == "sha1,sha256"


def test_creation_answers_a_relative_location_and_head_the_offset(
    application: Application,
) -> None:
    data = jpeg_bytes()
    answer = application.create(
        Upload_Length=str(len(data)),
        Upload_Metadata=metadata(
            kind="passport", filename="Паспорт.jpg", content_type="image/jpeg"
        ),
    )
    assert answer.status_code == 201, answer.text
    assert answer.headers["Tus-Resumable"] == "1.0.0"
    location = answer.headers["Location"]
    assert location.startswith(f"/v1/applications/{application.number}/documents/")
    head = requests.head(
        application.service.base_url + location, headers=bearer(application.token), timeout=10
    )
    assert head.status_code == 200
    assert head.headers["Upload-Offset"] == "0"
    assert head.headers["Upload-Length"] == str(len(data))
    assert head.headers["Cache-Control"] == "no-store"
    assert head.headers["Tus-Resumable"] == "1.0.0"
    assert head.headers["Upload-Metadata"] == metadata(
        kind="passport", filename="Паспорт.jpg", content_type="image/jpeg"
    )


def test_upload_in_chunks_with_sha256_and_sha1_checksums(application: Application) -> None:
    data = pdf_bytes(3)
    url = application.start(data, kind="inn", filename="inn.pdf", content_type="application/pdf")
    third = len(data) // 3
    first = patch_chunk(url, application.token, 0, data[:third], algorithm="sha256")
    assert first.status_code == 204, first.text
    assert first.headers["Upload-Offset"] == str(third)
    assert first.headers["Tus-Resumable"] == "1.0.0"
    assert offset_of(url, application.token) == third
    second = patch_chunk(url, application.token, third, data[third : 2 * third], algorithm="sha1")
    assert second.status_code == 204
    third_chunk = patch_chunk(url, application.token, 2 * third, data[2 * third :], algorithm=None)
    assert third_chunk.status_code == 204
    assert third_chunk.headers["Upload-Offset"] == str(len(data))
    stored = application.stored(url)
    assert stored is not None
    assert (stored["complete"], stored["sha256"]) == (1, sha256_hex(data))
    assert (application.service.data_dir / "uploads" / stored["id"]).read_bytes() == data


def test_a_big_chunk_without_checksum_streams_to_disk(application: Application) -> None:
    data = png_bytes(1000, 800, noise=True)  # about 2.4 MB: several checkpoints
    url = application.start(data, kind="snils", filename="snils.png", content_type="image/png")
    answer = patch_chunk(url, application.token, 0, data, algorithm=None)
    assert answer.status_code == 204, answer.text
    stored = application.stored(url)
    assert stored is not None and stored["sha256"] == sha256_hex(data)


# --- the tus version ---------------------------------------------------------------------


@pytest.mark.parametrize("version", [None, "0.2.2", "1.0"])
def test_a_missing_or_other_tus_version_is_412_with_tus_version(
    application: Application, version: str | None
) -> None:
    url = application.start(jpeg_bytes())
    headers = {"Authorization": f"Bearer {application.token}"}
    if version is not None:
        headers["Tus-Resumable"] = version
    for method, target, extra in (
        ("POST", application.documents_url, {"Upload-Length": "10"}),
        ("HEAD", url, {}),
        ("PATCH", url, {"Upload-Offset": "0", "Content-Type": CHUNK_TYPE}),
    ):
        answer = requests.request(method, target, headers={**headers, **extra}, timeout=10)
        body = tus_problem(answer, "validation-failed", 412)
        assert answer.headers["Tus-Version"] == "1.0.0"
        if method != "HEAD":
            assert body["errors"] == [{"field": "Tus-Resumable", "code": "unsupported_version"}]
    no_token = requests.post(application.documents_url, headers={"Upload-Length": "10"}, timeout=10)
    tus_problem(no_token, "validation-failed", 412)


def test_without_the_application_token_every_upload_call_is_unauthorized(
    application: Application,
) -> None:
    url = application.start(jpeg_bytes())
    upload_path = url.split("/documents/")[1]
    other = create_application(application.service.base_url, contact="+79145550101")
    for number, token in (
        (application.number, None),
        (application.number, other["application_token"]),
        ("2026-999999", application.token),
    ):
        headers = dict(TUS) if token is None else bearer(token)
        base = f"{application.service.base_url}/v1/applications/{number}/documents"
        for method, target, extra in (
            ("POST", base, {"Upload-Length": "10"}),
            ("HEAD", f"{base}/{upload_path}", {}),
            ("PATCH", f"{base}/{upload_path}", {"Upload-Offset": "0", "Content-Type": CHUNK_TYPE}),
        ):
            answer = requests.request(method, target, headers={**headers, **extra}, timeout=10)
            tus_problem(answer, "unauthorized", 401)


def test_an_upload_of_another_application_or_an_unknown_id_is_not_found(
    application: Application,
) -> None:
    url = application.start(jpeg_bytes())
    other = create_application(application.service.base_url, contact="+79145550102")
    base = f"{application.service.base_url}/v1/applications/{other['application_number']}"
    theirs = f"{base}/documents/{url.rsplit('/', 1)[1]}"
    tus_problem(
        requests.head(theirs, headers=bearer(other["application_token"]), timeout=10),
        "not-found",
        404,
    )
    for upload_id in ("0123456789abcdef0123456789abcdef", "not-an-id", "..%2E%2E"):
        unknown = f"{application.documents_url}/{upload_id}"
        tus_problem(requests.head(unknown, headers=bearer(application.token), timeout=10), "", 404)
        answer = patch_chunk(unknown, application.token, 0, b"x")
        tus_problem(answer, "not-found", 404)


# --- creation input ----------------------------------------------------------------------


@pytest.mark.parametrize("length", ["-5", "abc", "", "1e3", "0x10", "\u00b2", "0"])
def test_a_malformed_upload_length_is_validation_failed(
    application: Application, length: str
) -> None:
    answer = application.create(
        Upload_Length=length,
        Upload_Metadata=metadata(kind="passport", filename="p.jpg", content_type="image/jpeg"),
    )
    body = tus_problem(answer, "validation-failed", 422)
    assert body["errors"][0]["field"] == "Upload-Length"


@pytest.mark.parametrize("length", ["10485761", "99999999999999999999", "9" * 3000])
def test_a_huge_upload_length_is_payload_too_large(application: Application, length: str) -> None:
    answer = application.create(
        Upload_Length=length,
        Upload_Metadata=metadata(kind="passport", filename="p.jpg", content_type="image/jpeg"),
    )
    body = tus_problem(answer, "payload-too-large", 413)
    assert body["max_bytes"] == application.service.settings.max_file_bytes


def test_the_total_and_the_number_of_uploads_are_limited(
    service_factory: Callable[..., RunningService],
) -> None:
    service = service_factory(max_file_bytes=1000, max_total_bytes=2500, max_uploads=3)
    application = Application(service)
    fields = metadata(kind="other", filename="x.png", content_type="image/png")
    assert application.create(Upload_Length="1000", Upload_Metadata=fields).status_code == 201
    assert application.create(Upload_Length="1000", Upload_Metadata=fields).status_code == 201
    over_total = application.create(Upload_Length="501", Upload_Metadata=fields)
    assert tus_problem(over_total, "payload-too-large", 413)["max_bytes"] == 2500
    assert application.create(Upload_Length="500", Upload_Metadata=fields).status_code == 201
    fourth = application.create(Upload_Length="1", Upload_Metadata=fields)
    body = tus_problem(fourth, "validation-failed", 422)
    assert body["errors"] == [{"field": "Upload-Length", "code": "too_many_uploads"}]
    over_file = application.create(Upload_Length="1001", Upload_Metadata=fields)
    assert tus_problem(over_file, "payload-too-large", 413)["max_bytes"] == 1000


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("kind !!!notbase64", "Upload-Metadata"),
        ("kind cGFzc3BvcnQ", "Upload-Metadata"),  # unpadded
        (f"kind {_b64(b'passport')},filename {_b64(bytes([0xFF, 0xFE, 0x41]))}", "Upload-Metadata"),
        (f"kind {_b64(b'passport')},kind {_b64(b'inn')}", "Upload-Metadata"),
        (f"ki nd {_b64(b'passport')}", "Upload-Metadata"),
        (f"kind {_b64(b'diploma')},content_type {_b64(b'image/png')}", "Upload-Metadata.kind"),
        (f"content_type {_b64(b'image/png')}", "Upload-Metadata.kind"),
        ("kind,content_type", "Upload-Metadata.kind"),
    ],
)
def test_malformed_metadata_is_validation_failed(
    application: Application, header: str, field: str
) -> None:
    answer = application.create(Upload_Length="100", Upload_Metadata=header)
    body = tus_problem(answer, "validation-failed", 422)
    assert body["errors"][0]["field"] == field


def test_a_declared_type_other_than_pdf_jpeg_png_is_unsupported(application: Application) -> None:
    answer = application.create(
        Upload_Length="100",
        Upload_Metadata=metadata(kind="other", filename="a.txt", content_type="text/plain"),
    )
    assert tus_problem(answer, "unsupported-media-type", 415)["accepted"] == ACCEPTED


@pytest.mark.parametrize(
    ("filename", "shown"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\x\\y", "y"),
        ("..", "document"),
        ("/", "document"),
        ("evil\x00name\n.png", "evilname.png"),
    ],
)
def test_a_path_like_filename_is_only_ever_a_label(
    application: Application, filename: str, shown: str
) -> None:
    data = png_bytes()
    answer = upload_document(
        application.service.base_url,
        application.number,
        application.token,
        data,
        kind="other",
        filename=filename,
        content_type="image/png",
    )
    assert answer.status_code == 204, answer.text
    row = application.service.context.db.one(
        "SELECT id, filename FROM uploads WHERE application_number = ?", (application.number,)
    )
    assert row is not None and row["filename"] == shown
    data_dir = application.service.data_dir
    stored = [
        path for path in data_dir.rglob("*") if path.is_file() and path.parent.name == "uploads"
    ]
    assert [path.name for path in stored] == [row["id"]]
    assert not list(data_dir.parent.rglob("passwd"))
    assert not list(data_dir.parent.rglob("y"))


# --- chunks ------------------------------------------------------------------------------


def test_a_wrong_offset_is_409_with_the_offset_to_resume_from(application: Application) -> None:
    data = jpeg_bytes(300, 200)
    url = application.start(data)
    assert patch_chunk(url, application.token, 0, data[:100]).status_code == 204
    for wrong in (0, 50, 200):
        answer = patch_chunk(url, application.token, wrong, data[wrong : wrong + 10])
        assert tus_problem(answer, "upload-offset-mismatch", 409)["offset"] == 100
    assert offset_of(url, application.token) == 100


def test_a_checksum_mismatch_is_460_and_the_chunk_is_discarded(application: Application) -> None:
    data = jpeg_bytes(300, 200)
    url = application.start(data)
    assert patch_chunk(url, application.token, 0, data[:100]).status_code == 204
    for algorithm in ("sha1", "sha256"):
        answer = patch_chunk(
            url,
            application.token,
            100,
            data[100:200],
            algorithm=None,
            Upload_Checksum=checksum(algorithm, b"something else"),
        )
        tus_problem(answer, "checksum-mismatch", 460)
        assert offset_of(url, application.token) == 100
    file = application.service.data_dir / "uploads" / url.rsplit("/", 1)[1]
    assert file.read_bytes() == data[:100]
    assert patch_chunk(url, application.token, 100, data[100:]).status_code == 204


@pytest.mark.parametrize(
    "value", ["md5 1B2M2Y8AsgTpgAmY7PhCfg==", "sha256 !!!", "sha1 AAAA", "crc32", ""]
)
def test_an_unusable_checksum_header_is_400(application: Application, value: str) -> None:
    data = jpeg_bytes()
    url = application.start(data)
    answer = patch_chunk(url, application.token, 0, data, algorithm=None, Upload_Checksum=value)
    body = tus_problem(answer, "validation-failed", 400)
    assert body["errors"][0]["field"] == "Upload-Checksum"
    assert offset_of(url, application.token) == 0


@pytest.mark.parametrize("content_type", [None, "application/octet-stream", "image/jpeg"])
def test_a_chunk_needs_the_offset_octet_stream_type(
    application: Application, content_type: str | None
) -> None:
    data = jpeg_bytes()
    url = application.start(data)
    headers = {**bearer(application.token), "Upload-Offset": "0"}
    if content_type is not None:
        headers["Content-Type"] = content_type
    answer = requests.patch(url, data=data, headers=headers, timeout=10)
    assert tus_problem(answer, "unsupported-media-type", 415)["accepted"] == [CHUNK_TYPE]


@pytest.mark.parametrize("offset", [None, "-1", "abc", "\u00b2"])
def test_a_malformed_upload_offset_is_validation_failed(
    application: Application, offset: str | None
) -> None:
    data = jpeg_bytes()
    url = application.start(data)
    headers = {**bearer(application.token), "Content-Type": CHUNK_TYPE}
    if offset is not None:
        headers["Upload-Offset"] = offset
    answer = requests.patch(url, data=data, headers=headers, timeout=10)
    assert tus_problem(answer, "validation-failed", 422)["errors"][0]["field"] == "Upload-Offset"


def test_a_body_longer_than_what_is_left_is_payload_too_large(application: Application) -> None:
    data = jpeg_bytes()
    url = application.start(data)
    assert patch_chunk(url, application.token, 0, data[:100]).status_code == 204
    answer = patch_chunk(url, application.token, 100, data[100:] + b"extra")
    assert tus_problem(answer, "payload-too-large", 413)["max_bytes"] == len(data) - 100
    assert offset_of(url, application.token) == 100


def test_a_chunked_body_longer_than_what_is_left_is_payload_too_large(
    application: Application,
) -> None:
    data = jpeg_bytes()
    url = application.start(data)

    def pieces() -> Any:
        yield data
        yield b"one byte too many"

    headers = {**bearer(application.token), "Upload-Offset": "0", "Content-Type": CHUNK_TYPE}
    answer = requests.patch(url, data=pieces(), headers=headers, timeout=10)
    assert tus_problem(answer, "payload-too-large", 413)["max_bytes"] == len(data)
    assert offset_of(url, application.token) == 0


def test_patch_on_a_completed_upload(application: Application) -> None:
    data = jpeg_bytes()
    url = application.start(data)
    assert patch_chunk(url, application.token, 0, data).status_code == 204
    again = patch_chunk(url, application.token, 0, data)
    assert tus_problem(again, "upload-offset-mismatch", 409)["offset"] == len(data)
    more = patch_chunk(url, application.token, len(data), b"more")
    assert tus_problem(more, "payload-too-large", 413)["max_bytes"] == 0
    nothing = patch_chunk(url, application.token, len(data), b"")
    assert nothing.status_code == 204
    assert nothing.headers["Upload-Offset"] == str(len(data))


# --- content checks ----------------------------------------------------------------------


def _upload(application: Application, data: bytes, filename: str, content_type: str) -> Any:
    return upload_document(
        application.service.base_url,
        application.number,
        application.token,
        data,
        kind="other",
        filename=filename,
        content_type=content_type,
    )


def _damaged_pdf() -> bytes:
    sound = pdf_bytes(1)
    return sound[:200] + b"xx" + sound[202:]


def _pdf_without_pages() -> bytes:
    import pikepdf

    out = io.BytesIO()
    pikepdf.new().save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "filename", "content_type"),
    [
        (b"just some text, not a picture at all\n" * 20, "photo.jpg", "image/jpeg"),
        (png_bytes(), "scan.pdf", "application/pdf"),
        (png_bytes(), "scan.jpg", "image/jpeg"),
        (jpeg_bytes(400, 300)[:-300], "cut.jpg", "image/jpeg"),
        (png_bytes(200, 200, noise=True)[:-500], "cut.png", "image/png"),
        (pdf_bytes(2)[:-40], "cut.pdf", "application/pdf"),
        (_damaged_pdf(), "damaged.pdf", "application/pdf"),
        (_pdf_without_pages(), "empty.pdf", "application/pdf"),
        (png_claiming_pixels(9_000, 6_000), "bomb.png", "image/png"),
        (b"GIF89a" + b"\0" * 100, "anim.png", "image/png"),
    ],
    ids=[
        "text-named-jpg",
        "png-declared-pdf",
        "png-declared-jpeg",
        "truncated-jpeg",
        "truncated-png",
        "truncated-pdf",
        "damaged-pdf",
        "pdf-without-pages",
        "decompression-bomb-png",
        "gif-declared-png",
    ],
)
def test_content_that_is_not_what_it_claims_is_415_and_discarded(
    application: Application, data: bytes, filename: str, content_type: str
) -> None:
    url = application.start(data, kind="other", filename=filename, content_type=content_type)
    answer = patch_chunk(url, application.token, 0, data)
    assert tus_problem(answer, "unsupported-media-type", 415)["accepted"] == ACCEPTED
    assert application.stored(url) is None
    tus_problem(requests.head(url, headers=bearer(application.token), timeout=10), "", 404)
    assert not (application.service.data_dir / "uploads" / url.rsplit("/", 1)[1]).exists()


def test_a_png_named_pdf_is_accepted_as_the_png_it_declares(application: Application) -> None:
    data = png_bytes()
    answer = _upload(application, data, "scan.pdf", "image/png")
    assert answer.status_code == 204, answer.text


# --- interrupted bodies ------------------------------------------------------------------


def _raw_patch(
    service: RunningService, url: str, token: str, offset: int, length: int, **extra: str
) -> socket.socket:
    path = url.removeprefix(service.base_url)
    lines = [
        f"PATCH {path} HTTP/1.1",
        f"Host: 127.0.0.1:{service.port}",
        f"Authorization: Bearer {token}",
        "Tus-Resumable: 1.0.0",
        f"Upload-Offset: {offset}",
        f"Content-Type: {CHUNK_TYPE}",
        f"Content-Length: {length}",
        *(f"{name.replace('_', '-')}: {value}" for name, value in extra.items()),
    ]
    connection = socket.create_connection(("127.0.0.1", service.port), timeout=30)
    connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    return connection


def _read_answer(connection: socket.socket) -> bytes:
    received = b""
    while b"\r\n\r\n" not in received:
        piece = connection.recv(65536)
        if not piece:
            break
        received += piece
    return received


def _wait_for_offset(url: str, token: str, reached: Callable[[int], bool]) -> int:
    """The service persists on its own time (a checkpoint, noticing a dropped connection):
    wait for it, bounded."""
    deadline = time.monotonic() + 20
    offset = offset_of(url, token)
    while not reached(offset) and time.monotonic() < deadline:
        time.sleep(0.05)
        offset = offset_of(url, token)
    return offset


def test_a_stalled_body_ends_the_request_and_keeps_what_arrived(
    service_factory: Callable[..., RunningService],
) -> None:
    service = service_factory(upload_stall_s=0.5)
    application = Application(service)
    data = png_bytes(300, 300, noise=True)
    url = application.start(data, kind="snils", filename="snils.png", content_type="image/png")
    connection = _raw_patch(service, url, application.token, 0, len(data))
    connection.sendall(data[:70_000])
    answer = _read_answer(connection)  # the service gives up on the silent body
    connection.close()
    assert answer.startswith(b"HTTP/1.1 422"), answer[:200]
    assert b"tus-resumable: 1.0.0" in answer.lower()
    assert offset_of(url, application.token) == 70_000
    rest = patch_chunk(url, application.token, 70_000, data[70_000:])
    assert rest.status_code == 204, rest.text
    stored = application.stored(url)
    assert stored is not None and stored["sha256"] == sha256_hex(data)


def test_a_stalled_chunk_with_a_checksum_is_discarded_whole(
    service_factory: Callable[..., RunningService],
) -> None:
    service = service_factory(upload_stall_s=0.5)
    application = Application(service)
    data = png_bytes(300, 300, noise=True)
    url = application.start(data, kind="snils", filename="snils.png", content_type="image/png")
    connection = _raw_patch(
        service, url, application.token, 0, len(data), Upload_Checksum=checksum("sha256", data)
    )
    connection.sendall(data[:70_000])
    answer = _read_answer(connection)
    connection.close()
    assert answer.startswith(b"HTTP/1.1 422"), answer[:200]
    assert offset_of(url, application.token) == 0


def test_a_dropped_connection_keeps_what_arrived_and_the_upload_resumes(
    application: Application,
) -> None:
    service = application.service
    data = png_bytes(400, 300, noise=True)
    url = application.start(data, kind="snils", filename="snils.png", content_type="image/png")
    connection = _raw_patch(service, url, application.token, 0, len(data))
    connection.sendall(data[:123_457])
    connection.close()
    assert _wait_for_offset(url, application.token, lambda at: at == 123_457) == 123_457
    rest = patch_chunk(url, application.token, 123_457, data[123_457:])
    assert rest.status_code == 204, rest.text
    stored = application.stored(url)
    assert stored is not None and stored["sha256"] == sha256_hex(data)


def test_a_second_patch_while_one_streams_is_refused(application: Application) -> None:
    service = application.service
    data = png_bytes(1000, 700, noise=True)  # about 2 MB
    url = application.start(data, kind="snils", filename="snils.png", content_type="image/png")
    connection = _raw_patch(service, url, application.token, 0, len(data))
    sent = 1_300_000  # past the first checkpoint, so HEAD shows the first PATCH is under way
    connection.sendall(data[:sent])
    streaming = _wait_for_offset(url, application.token, lambda at: at > 0)
    assert 1024 * 1024 <= streaming < sent
    second = patch_chunk(url, application.token, streaming, data[streaming:])
    assert tus_problem(second, "upload-offset-mismatch", 409)["offset"] == streaming
    connection.close()
    assert _wait_for_offset(url, application.token, lambda at: at == sent) == sent
    assert patch_chunk(url, application.token, sent, data[sent:]).status_code == 204


# --- the tus team's own client -----------------------------------------------------------


@pytest.mark.parametrize("with_checksum", [False, True])
def test_tuspy_uploads_a_document_end_to_end(
    application: Application, tmp_path: Path, with_checksum: bool
) -> None:
    data = pdf_bytes(4)
    source = tmp_path / "inn.pdf"
    source.write_bytes(data)
    client = tus_client.TusClient(
        application.documents_url, headers={"Authorization": f"Bearer {application.token}"}
    )
    uploader = client.uploader(
        str(source),
        chunk_size=700,
        metadata={"kind": "inn", "filename": "ИНН.pdf", "content_type": "application/pdf"},
        upload_checksum=with_checksum,
    )
    uploader.upload()
    assert uploader.offset == len(data)
    stored = application.stored(uploader.url)
    assert stored is not None
    assert (stored["complete"], stored["filename"], stored["sha256"]) == (
        1,
        "ИНН.pdf",
        sha256_hex(data),
    )
    assert uploader.get_offset() == len(data)
