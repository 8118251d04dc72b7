"""A sending survives what happens to it: a connection cut in the middle (the client resumes by
itself), a pause and a resume, and the app closed half-way and opened again (the draft, the
token in the keychain and the stored upload address: it goes on from the byte the service
holds, with a PDF made again byte for byte)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.applications import (
    DOCUMENT_CHUNK_BYTES,
    ApplicationFlowState,
    UploadPhase,
    UploadState,
    View,
)
from tests.api.meddling_proxy import Meddling, MeddlingProxy
from tests.applications.document_files import grainy_photo, inn_scan
from tests.applications.flow_parts import created, make_flow, sent_all, until
from tests.conftest import RunningService

PASSPORT = DocumentKind.PASSPORT
SLOW_LINK = 512 * 1024  # bytes a second: the passport takes several seconds
#: Past the first chunk (DOCUMENT_CHUNK_BYTES): the service holds a whole chunk by then.
PAST_FIRST_CHUNK = 1_300_000


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


def passport_rows(service: RunningService, number: str) -> list[dict[str, Any]]:
    rows = service.context.db.all(
        "SELECT length, offset, complete, sha256 FROM uploads"
        " WHERE application_number = ? AND kind = 'passport'",
        (number,),
    )
    return [dict(row) for row in rows]


def sending_passport(state: ApplicationFlowState, at_least: int) -> bool:
    upload = state.upload
    return (
        upload is not None
        and upload.phase is UploadPhase.SENDING
        and upload.kind is PASSPORT
        and upload.sent_bytes >= at_least
    )


def test_a_connection_cut_half_way_resumes_by_itself(
    service: RunningService,
    proxy_factory: Callable[[Meddling], MeddlingProxy],
    tmp_path: Path,
    draft_dir: Path,
    keyring_file: Path,
) -> None:
    proxy = proxy_factory(Meddling())
    flow = make_flow(proxy.base_url, draft_dir, keyring_file)
    photos = [grainy_photo(tmp_path, f"стр {n}.jpg", seed=n) for n in (1, 2)]

    async def scenario() -> ApplicationFlowState:
        state = await created(flow)
        await flow.add_files(PASSPORT, photos)
        proxy.meddling.cut_after_patch_bytes = PAST_FIRST_CHUNK
        state = await flow.send()
        assert state.number is not None
        return state

    try:
        state = asyncio.run(scenario())
    finally:
        flow.close()
    assert sent_all(state), state.problem
    assert proxy.cuts == 1 and "HEAD" in proxy.methods
    assert state.number is not None
    (row,) = passport_rows(service, state.number)
    assert row["complete"] == 1
    # Not sent again from byte 0: the first chunk was kept.
    assert proxy.patch_bytes < int(row["length"]) + PAST_FIRST_CHUNK


def test_pause_then_resume_goes_on_from_where_it_stopped(
    service: RunningService,
    proxy_factory: Callable[[Meddling], MeddlingProxy],
    tmp_path: Path,
    draft_dir: Path,
    keyring_file: Path,
) -> None:
    proxy = proxy_factory(Meddling(upload_bytes_per_second=SLOW_LINK))
    flow = make_flow(proxy.base_url, draft_dir, keyring_file)
    photos = [grainy_photo(tmp_path, f"стр {n}.jpg", seed=n) for n in (1, 2)]

    async def scenario() -> tuple[ApplicationFlowState, ApplicationFlowState, int]:
        state = await created(flow)
        assert state.number is not None
        await flow.add_files(PASSPORT, photos)
        flow.start_sending()
        await until(flow, lambda s: sending_passport(s, PAST_FIRST_CHUNK))
        flow.pause()
        paused = await flow.wait_sent()
        (row,) = passport_rows(service, state.number)
        held = int(row["offset"])
        proxy.meddling.upload_bytes_per_second = None
        flow.start_sending()
        return paused, await flow.wait_sent(), held

    try:
        paused, done, held = asyncio.run(scenario())
    finally:
        flow.close()
    assert paused.upload is not None and paused.upload.phase is UploadPhase.PAUSED
    assert 0 < held < paused.upload.total_bytes
    assert sent_all(done), done.problem
    assert done.number is not None
    (row,) = passport_rows(service, done.number)  # one upload, continued, not a second one
    assert row["complete"] == 1


def test_the_app_closed_while_sending_continues_when_opened_again(
    service: RunningService,
    proxy_factory: Callable[[Meddling], MeddlingProxy],
    tmp_path: Path,
    draft_dir: Path,
    keyring_file: Path,
) -> None:
    proxy = proxy_factory(Meddling(upload_bytes_per_second=SLOW_LINK))
    photos = [grainy_photo(tmp_path, f"стр {n}.jpg", seed=n) for n in (1, 2)]
    inn = inn_scan(tmp_path / "inn")
    first = make_flow(proxy.base_url, draft_dir, keyring_file)

    async def before_closing() -> tuple[str, str]:
        state = await created(first)
        assert state.number is not None
        await first.add_files(PASSPORT, photos)
        await first.add_files(DocumentKind.INN, [inn])
        first.start_sending()
        await until(first, lambda s: sending_passport(s, PAST_FIRST_CHUNK))
        made = first.made
        assert made is not None
        passport_pdf = next(d for d in made.documents if d.kind == "passport")
        return state.number, passport_pdf.sha256

    try:
        number, sha256 = asyncio.run(before_closing())
    finally:
        first.close()  # quit: the upload stops, the made PDFs are deleted, the draft stays
    (row,) = passport_rows(service, number)
    held = int(row["offset"])
    assert held >= DOCUMENT_CHUNK_BYTES and row["complete"] == 0
    proxy.meddling.upload_bytes_per_second = None
    bytes_before_reopening = proxy.patch_bytes

    again = make_flow(proxy.base_url, draft_dir, keyring_file)  # the app opened again
    reports: list[UploadState] = []
    again.subscribe(lambda state: reports.append(state.upload) if state.upload else None)

    async def after_reopening() -> ApplicationFlowState:
        draft = again.saved_draft()
        assert draft is not None and draft.number == number and draft.sending
        state = await again.continue_saved(draft)
        assert state.resumed and state.view is View.DOCUMENTS
        return await again.wait_sent()

    try:
        state = asyncio.run(after_reopening())
    finally:
        again.close()
    assert sent_all(state), state.problem
    (row,) = passport_rows(service, number)  # the same upload, completed
    assert row["complete"] == 1 and row["sha256"] == sha256
    # It went on from the chunks the service held, not from byte 0 ...
    first_report = next(r for r in reports if r.kind is PASSPORT and r.sent_bytes > 0)
    assert first_report.sent_bytes >= DOCUMENT_CHUNK_BYTES
    # ... so less than the whole document went over the wire again.
    assert proxy.patch_bytes - bytes_before_reopening < int(row["length"])
