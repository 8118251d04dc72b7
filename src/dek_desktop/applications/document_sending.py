"""Sending the made PDFs, one resumable upload per document kind, one after another.

Each upload runs in a worker thread; its progress and its new upload address come back to the
event loop (`call_soon_threadsafe`), where the flow turns them into state and the draft. A set
`pause` event stops the upload within a second (`UploadCancelled`); a dropped connection is
resumed inside the client, from the byte the service holds.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dek_desktop.api.client import RecoveryClient
from dek_desktop.api.models import UploadProgress
from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.documents import DocumentPdf

from .upload_state import UploadPhase, UploadState

#: The client's upload chunk for documents. The service keeps a chunk only when all of it
#: arrived and its checksum matches, so a connection that drops, or an app closed, in the
#: middle of a chunk sends that chunk again: a megabyte loses little on a slow mobile link,
#: where the client's default (8 MiB, for speed) could mean a whole document again.
DOCUMENT_CHUNK_BYTES = 1024 * 1024


@dataclass(frozen=True)
class DocumentToSend:
    kind: DocumentKind
    pdf: DocumentPdf
    upload_url: str | None = None  # an upload of these very bytes begun earlier


async def send_documents(
    client: RecoveryClient,
    number: str,
    documents: Sequence[DocumentToSend],
    *,
    pause: threading.Event,
    on_progress: Callable[[UploadState], None],
    on_upload_created: Callable[[DocumentKind, str], None],
    on_sent: Callable[[DocumentKind], None],
) -> None:
    """Raises `UploadCancelled` when paused, `ApiError` or `UploadSourceError` when stopped."""
    loop = asyncio.get_running_loop()
    total = sum(document.pdf.size_bytes for document in documents)
    done = 0
    for document in documents:
        kind, before = document.kind, done
        on_progress(UploadState(UploadPhase.SENDING, kind, before, total, 0.0, 1.0))

        def progress(
            report: UploadProgress, kind: DocumentKind = kind, before: int = before
        ) -> None:
            state = UploadState(
                UploadPhase.SENDING,
                kind,
                before + report.sent_bytes,
                total,
                report.bytes_per_second,
                1.0,
            )
            loop.call_soon_threadsafe(on_progress, state)

        def created(url: str, kind: DocumentKind = kind) -> None:
            loop.call_soon_threadsafe(on_upload_created, kind, url)

        try:
            await asyncio.to_thread(
                client.upload_document,
                number,
                kind,
                document.pdf.path,
                progress=progress,
                cancel=pause,
                upload_url=document.upload_url,
                on_upload_created=created,
            )
        except asyncio.CancelledError:
            pause.set()  # the thread goes on otherwise; this stops it within a second
            raise
        await _drained(loop)
        done += document.pdf.size_bytes
        on_sent(kind)
    on_progress(UploadState(UploadPhase.DONE, None, total, total, 0.0, 1.0))


async def _drained(loop: asyncio.AbstractEventLoop) -> None:
    """Lets the thread's last progress reports (already queued on the loop) run first."""
    done = loop.create_future()
    loop.call_soon(done.set_result, None)
    await done
