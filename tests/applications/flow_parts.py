"""An `ApplicationFlow` as the app makes one, over the real service, for the Qt-free tests."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from dek_desktop.api import RecoveryClient
from dek_desktop.api.vocabulary import ApplicationReason
from dek_desktop.applications import (
    DOCUMENT_CHUNK_BYTES,
    ApplicationDraftStore,
    ApplicationFlow,
    ApplicationFlowState,
    UploadPhase,
)
from dek_desktop.keychain import Keychain
from tests.applications.conftest import FileKeyring

NEW_PHONE = "8 914 765-43-21"
NEW_PHONE_E164 = "+79147654321"


def make_flow(base_url: str, draft_dir: Path, keyring_file: Path) -> ApplicationFlow:
    """What the app builds at start-up (one pipeline worker: the tests run side by side)."""
    return ApplicationFlow(
        RecoveryClient(base_url, upload_chunk_bytes=DOCUMENT_CHUNK_BYTES),
        ApplicationDraftStore(draft_dir),
        Keychain(backend=FileKeyring(keyring_file)),
        workers=1,
    )


async def created(flow: ApplicationFlow, *, login: str | None = None) -> ApplicationFlowState:
    """Through «Что понадобится» and the consent to a new application."""
    await flow.open_page()
    flow.read_needs()
    flow.agree(True)
    state = await flow.create(
        reason=ApplicationReason.ACCOUNT_BLOCKED,
        full_name="  Елена   Викторовна Лебедева ",
        contact=NEW_PHONE,
        login=login,
    )
    assert state.number is not None, state.problem or state.input_issues
    return state


async def until(flow: ApplicationFlow, condition: Callable[[ApplicationFlowState], bool]) -> None:
    """Waits on the loop until the flow's state meets `condition` (no fixed sleeps)."""
    reached = asyncio.Event()

    def check(state: ApplicationFlowState) -> None:
        if condition(state):
            reached.set()

    unsubscribe = flow.subscribe(check)
    try:
        check(flow.state)
        await reached.wait()
    finally:
        unsubscribe()


def sent_all(state: ApplicationFlowState) -> bool:
    return state.upload is not None and state.upload.phase is UploadPhase.DONE
