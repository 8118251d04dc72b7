"""The app closed in the middle of sending the documents, and opened again: it offers to go on,
finds the application's token in the keychain, the files and the upload's address in the
draft, makes the same PDF again and continues the same upload from the byte the service holds
(not from the start), then the application is submitted as usual."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.applications import DOCUMENT_CHUNK_BYTES, UploadPhase, View
from dek_desktop.config import AppConfig
from tests.api.meddling_proxy import Meddling, MeddlingProxy
from tests.app.conftest import Shell, answer_dialog
from tests.app.pages.documents_steps import (
    ANSWER_MS,
    add_by_dialog,
    applications_of,
    blocked_to_documents,
    click,
    create_application,
    on_page,
    sent,
    through_needs_and_consent,
    wait_idle,
    wait_state,
)
from tests.applications.document_files import grainy_photo, inn_scan, snils_photo
from tests.conftest import RunningService

SLOW_LINK = 512 * 1024
PAST_FIRST_CHUNK = 1_300_000


@pytest.fixture
def link(service: RunningService) -> Iterator[MeddlingProxy]:
    proxy = MeddlingProxy(service.port, Meddling(upload_bytes_per_second=SLOW_LINK))
    yield proxy
    proxy.close()


def passport_uploads(service: RunningService, number: str) -> list[dict[str, object]]:
    rows = service.context.db.all(
        "SELECT length, offset, complete, sha256 FROM uploads"
        " WHERE application_number = ? AND kind = 'passport'",
        (number,),
    )
    return [dict(row) for row in rows]


def test_closed_while_sending_and_opened_again_goes_on(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    service: RunningService,
    link: MeddlingProxy,
    tmp_path: Path,
) -> None:
    config = AppConfig(api_url=link.base_url, language="ru")
    drafts = tmp_path / "drafts"
    first = shell_factory(config, draft_dir=drafts)
    blocked_to_documents(qtbot, first)
    through_needs_and_consent(qtbot, first)
    number = create_application(qtbot, first)
    photos = tmp_path / "photos"
    add_by_dialog(
        qtbot,
        first,
        DocumentKind.PASSPORT,
        [
            grainy_photo(photos, "Разворот.jpg", seed=1),
            grainy_photo(photos, "Прописка.jpg", seed=2),
        ],
    )
    add_by_dialog(qtbot, first, DocumentKind.INN, [inn_scan(tmp_path / "inn")])
    add_by_dialog(qtbot, first, DocumentKind.SNILS, [snils_photo(tmp_path / "snils")])
    click(qtbot, on_page(first, QPushButton, "uploadButton"))
    wait_state(
        qtbot,
        first,
        lambda state: (
            state.upload is not None
            and state.upload.phase is UploadPhase.SENDING
            and state.upload.kind is DocumentKind.PASSPORT
            and state.upload.sent_bytes >= PAST_FIRST_CHUNK
        ),
    )
    workspace = applications_of(first).workspace
    assert workspace is not None and workspace.exists()
    first.desktop.stop()  # the app quits: uploads stop, the made PDFs are deleted
    first.window.close()
    assert not workspace.exists()
    (row,) = passport_uploads(service, number)
    assert row["complete"] == 0 and int(row["offset"]) >= DOCUMENT_CHUNK_BYTES  # type: ignore[call-overload]
    draft = json.loads((drafts / "application-draft.json").read_text("utf-8"))
    assert draft["number"] == number and draft["sending"] is True
    assert "token" not in json.dumps(draft).lower()

    link.meddling.upload_bytes_per_second = None
    again = shell_factory(config, draft_dir=drafts)  # the same computer, the app opened again
    reports: list[int] = []
    applications = applications_of(again)
    applications.subscribe(
        lambda state: (
            reports.append(state.upload.sent_bytes)
            if state.upload is not None
            and state.upload.kind is DocumentKind.PASSPORT
            and state.upload.sent_bytes > 0
            else None
        )
    )
    dialogs = again.window.dialogs
    qtbot.waitUntil(
        lambda: any(box.objectName() == "continueApplicationDialog" for box in dialogs.open_boxes),
        timeout=ANSWER_MS,
    )
    (box,) = dialogs.open_boxes
    assert number in box.text() and "Продолжить отправку?" in box.text()
    answer_dialog(box, yes=True)
    state = wait_state(qtbot, again, sent)
    assert state.resumed and state.view is View.DOCUMENTS
    assert "с прошлого раза" in on_page(again, QLabel, "resumedLabel").text()
    assert reports and reports[0] >= DOCUMENT_CHUNK_BYTES  # went on, not from the start
    (row,) = passport_uploads(service, number)  # the same upload, now complete
    assert row["complete"] == 1

    click(qtbot, on_page(again, QPushButton, "submitButton"))
    state = wait_state(qtbot, again, lambda state: state.view is View.RECEIPT)
    wait_idle(qtbot, again)
    assert state.receipt is not None
    passport = next(d for d in state.receipt.documents if d.kind is DocumentKind.PASSPORT)
    assert passport.sha256 == row["sha256"]
