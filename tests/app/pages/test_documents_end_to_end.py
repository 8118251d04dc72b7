"""Recovery by documents through the real window, end to end: the account blocked as
suspected_compromise → «Отправить документы» → what is needed → consent → a new application
→ the passport (two pages), INN and SNILS chosen in the file dialog → sent while the
connection is cut in the middle (a real loopback proxy drops it; the client resumes by itself)
→ submitted → the receipt, whose sizes and sha256 are the service's own; then a reviewer asks
for more and approves, and the page says each time what comes next, down to «восстановить по
коду» on the request page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QLineEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from dek_desktop.api.vocabulary import ApplicationStatus, DocumentKind, NextStep
from dek_desktop.applications import UploadPhase, View
from dek_desktop.config import AppConfig
from dek_desktop.recovery import Step
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.application_status import ApplicationStatus as ServiceStatus
from dek_recovery_service.application_status import change_application_status
from tests.api.meddling_proxy import Meddling, MeddlingProxy
from tests.app.conftest import Shell, visible_texts
from tests.app.pages.documents_steps import (
    ANSWER_MS,
    NEW_PHONE_E164,
    add_by_dialog,
    applications_of,
    blocked_to_documents,
    click,
    create_application,
    documents_page,
    on_page,
    press_next,
    sent,
    through_needs_and_consent,
    wait_idle,
    wait_state,
)
from tests.applications.document_files import grainy_photo, inn_scan, snils_photo
from tests.conftest import RunningService

PASSPORT, INN, SNILS = DocumentKind.PASSPORT, DocumentKind.INN, DocumentKind.SNILS


@pytest.fixture
def link(service: RunningService) -> Iterator[MeddlingProxy]:
    """The app's road to the service: a real TCP proxy the test can cut."""
    proxy = MeddlingProxy(service.port, Meddling())
    yield proxy
    proxy.close()


def uploads_on_service(service: RunningService, number: str) -> dict[str, dict[str, object]]:
    rows = service.context.db.all(
        "SELECT kind, length, complete, sha256 FROM uploads WHERE application_number = ?",
        (number,),
    )
    return {row["kind"]: dict(row) for row in rows}


def test_blocked_account_sends_documents_through_a_cut_and_follows_the_review(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    service: RunningService,
    link: MeddlingProxy,
    tmp_path: Path,
) -> None:
    shell = shell_factory(AppConfig(api_url=link.base_url, language="ru"))
    shell.desktop.flow.use_clock(service.clock)  # type: ignore[union-attr]
    blocked_to_documents(qtbot, shell)
    texts = " ".join(visible_texts(shell.window))
    assert "Что понадобится" in texts and "СНИЛС" in texts and "доверенность" in texts
    through_needs_and_consent(qtbot, shell)
    assert "Аккаунт заблокирован" in on_page(shell, QLabel, "reasonLabel").text()
    number = create_application(qtbot, shell)
    assert number in on_page(shell, QLabel, "numberLabel").text()
    click(qtbot, on_page(shell, QPushButton, "copyNumberButton"))
    assert QGuiApplication.clipboard().text() == number

    photos = tmp_path / "photos"
    pages = [
        grainy_photo(photos, name, seed=n)
        for n, name in enumerate(("Разворот.jpg", "Прописка.jpg"))
    ]
    add_by_dialog(qtbot, shell, PASSPORT, pages)
    add_by_dialog(qtbot, shell, INN, [inn_scan(tmp_path / "inn")])
    add_by_dialog(qtbot, shell, SNILS, [snils_photo(tmp_path / "snils")])
    upload = on_page(shell, QPushButton, "uploadButton")
    submit = on_page(shell, QPushButton, "submitButton")
    assert upload.isEnabled() and not submit.isEnabled()

    link.meddling.cut_after_patch_bytes = 1_300_000  # in the passport, past its first chunk
    click(qtbot, upload)
    progress = wait_state(
        qtbot,
        shell,
        lambda state: state.upload is not None and state.upload.phase is UploadPhase.SENDING,
    )
    assert progress.upload is not None and progress.upload.total_bytes > 2_000_000
    status_line = on_page(shell, QLabel, "uploadStatusLabel")
    qtbot.waitUntil(lambda: "МБ" in status_line.text(), timeout=ANSWER_MS)
    state = wait_state(qtbot, shell, sent)
    assert link.cuts == 1 and "HEAD" in link.methods  # cut, then asked where to go on
    assert "Все документы отправлены" in status_line.text()
    assert submit.isEnabled()

    click(qtbot, submit)
    state = wait_state(qtbot, shell, lambda state: state.view is View.RECEIPT)
    wait_idle(qtbot, shell)
    receipt = state.receipt
    assert receipt is not None and receipt.number == number
    on_service = uploads_on_service(service, number)
    assert {document.kind for document in receipt.documents} == {PASSPORT, INN, SNILS}
    for document in receipt.documents:
        row = on_service[document.kind.value]
        assert row["complete"] == 1
        assert document.sha256 == row["sha256"] and document.bytes == row["length"]
    details = on_page(shell, QLabel, "receiptDetailsLabel")
    assert not details.isVisible()
    click(qtbot, on_page(shell, QPushButton, "receiptDetailsButton"))
    assert details.isVisible()
    for document in receipt.documents:
        assert document.sha256 in details.text()
    assert applications_of(shell).workspace is None  # made PDFs and thumbnails are gone

    service.clock.advance(3600)
    change_application_status(
        service.context,
        number,
        ServiceStatus.NEEDS_MORE,
        comment="СНИЛС не читается",
        missing=["snils"],
    )
    press_next(qtbot, shell)  # «Проверить статус»
    state = wait_state(
        qtbot,
        shell,
        lambda state: (
            state.status is not None and state.status.status is ApplicationStatus.NEEDS_MORE
        ),
    )
    wait_idle(qtbot, shell)
    assert "Нужны ещё документы" in on_page(shell, QLabel, "statusTitle").text()
    assert "СНИЛС не читается" in on_page(shell, QLabel, "statusCommentLabel").text()
    assert "СНИЛС" in on_page(shell, QLabel, "statusNextLabel").text()
    click(qtbot, on_page(shell, QCommandLinkButton, "addMoreButton"))
    wait_state(qtbot, shell, lambda state: state.view is View.DOCUMENTS)
    assert "СНИЛС" in on_page(shell, QLabel, "askedLabel").text()
    add_by_dialog(qtbot, shell, SNILS, [snils_photo(tmp_path / "snils-2", band=1)])
    click(qtbot, on_page(shell, QPushButton, "uploadButton"))
    wait_state(qtbot, shell, sent)
    click(qtbot, on_page(shell, QPushButton, "submitButton"))
    wait_state(qtbot, shell, lambda state: state.view is View.RECEIPT)
    wait_idle(qtbot, shell)

    service.clock.advance(3600)
    change_application_status(service.context, number, ServiceStatus.APPROVED)
    press_next(qtbot, shell)
    state = wait_state(
        qtbot,
        shell,
        lambda state: state.status is not None and state.status.next is NextStep.RECOVER,
    )
    wait_idle(qtbot, shell)
    assert "Одобрено" in on_page(shell, QLabel, "statusTitle").text()
    assert "+7 914 765-43-21" in on_page(shell, QLabel, "statusNextLabel").text()
    click(qtbot, on_page(shell, QCommandLinkButton, "recoverButton"))
    flow = shell.desktop.flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.state.step is Step.FORGOT, timeout=ANSWER_MS)
    assert flow.state.contact == NEW_PHONE_E164
    if shell.wizard.page_for(PageId.FORGOT) is not None:
        qtbot.waitUntil(lambda: int(shell.wizard.currentId()) == PageId.FORGOT)
        assert shell.find(QRadioButton, "smsRadio").isChecked()
        assert shell.find(QLineEdit, "contactEdit").text() == NEW_PHONE_E164
    assert documents_page(shell) is not None
