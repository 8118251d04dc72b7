"""The receipt of a submitted application: copied as text, saved as a PDF through the save
dialog, and printed through the print dialog (here to a PDF file); both PDFs are checked with
pikepdf and their text read back with PDFium. A rejected application says why and offers
support. «Отменить заявление» and quitting leave no generated file behind."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.applications import View
from dek_desktop.config import AppConfig
from dek_desktop.keychain import Keychain
from dek_desktop.recovery import Step
from dek_recovery_service.application_status import ApplicationStatus as ServiceStatus
from dek_recovery_service.application_status import change_application_status
from tests.app.conftest import Shell, TmpPlaintextKeyring, answer_dialog
from tests.app.pages.documents_steps import (
    ANSWER_MS,
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
from tests.applications.document_files import inn_scan, passport_photos, snils_photo
from tests.conftest import RunningService


def submitted(qtbot: QtBot, shell: Shell, files: Path) -> str:
    blocked_to_documents(qtbot, shell)
    through_needs_and_consent(qtbot, shell)
    number = create_application(qtbot, shell)
    add_by_dialog(qtbot, shell, DocumentKind.PASSPORT, passport_photos(files / "passport"))
    add_by_dialog(qtbot, shell, DocumentKind.INN, [inn_scan(files / "inn")])
    add_by_dialog(qtbot, shell, DocumentKind.SNILS, [snils_photo(files / "snils")])
    click(qtbot, on_page(shell, QPushButton, "uploadButton"))
    wait_state(qtbot, shell, sent)
    click(qtbot, on_page(shell, QPushButton, "submitButton"))
    wait_state(qtbot, shell, lambda state: state.view is View.RECEIPT)
    wait_idle(qtbot, shell)
    return number


def pdf_text(path: Path) -> str:
    with pikepdf.open(path) as pdf:  # a valid PDF: pikepdf reads it without complaint
        assert len(pdf.pages) >= 1
    document = pdfium.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_the_receipt_is_copied_saved_as_pdf_and_printed(
    qtbot: QtBot, shell_factory: Callable[..., Shell], service: RunningService, tmp_path: Path
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language="ru"))
    number = submitted(qtbot, shell, tmp_path / "files")
    receipt = applications_of(shell).state.receipt
    assert receipt is not None
    page = documents_page(shell)

    click(qtbot, on_page(shell, QPushButton, "copyReceiptButton"))
    copied = QGuiApplication.clipboard().text()
    assert f"Номер заявления: {number}" in copied
    for document in receipt.documents:
        assert document.sha256 in copied

    with qtbot.waitSignal(page.file_dialog_opened, timeout=ANSWER_MS) as opened:
        click(qtbot, on_page(shell, QPushButton, "saveReceiptButton"))
    dialog: QFileDialog = opened.args[0]
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave and dialog.isModal()
    assert dialog.selectedFiles()[0].endswith(f"Квитанция {number}.pdf")
    saved = tmp_path / "Квитанция.pdf"
    dialog.selectFile(str(saved))
    dialog.accept()
    qtbot.waitUntil(saved.exists, timeout=ANSWER_MS)
    text = pdf_text(saved)
    assert number in text and "ДЭК: заявление о доступе к личному кабинету" in text
    for document in receipt.documents:
        assert document.sha256 in text

    with qtbot.waitSignal(page.print_dialog_opened, timeout=ANSWER_MS) as opened:
        click(qtbot, on_page(shell, QPushButton, "printReceiptButton"))
    printing: QPrintDialog = opened.args[0]
    assert printing.isModal()
    # As a person would: «Печать в файл (PDF)» (Qt's own words, last in the list), a file
    # name, then «Печать».
    printers = printing.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.count() - 1)
    assert "PDF" in printers.currentText()
    printed = tmp_path / "printed.pdf"
    file_name = printing.findChild(QLineEdit, "filename")
    file_name.selectAll()
    qtbot.keyClicks(file_name, str(printed))
    printing.accept()
    assert printing.printer().outputFormat() is QPrinter.OutputFormat.PdfFormat
    qtbot.waitUntil(printed.exists, timeout=ANSWER_MS)
    with pikepdf.open(printed) as pdf:
        assert str(pdf.docinfo.get("/Title")) == f"Квитанция {number}"
    assert number in pdf_text(printed)


def test_cancelling_the_application_and_quitting_leave_no_generated_file(
    qtbot: QtBot, shell_factory: Callable[..., Shell], service: RunningService, tmp_path: Path
) -> None:
    config = AppConfig(api_url=service.base_url, language="ru")
    drafts = tmp_path / "drafts"
    shell = shell_factory(config, draft_dir=drafts)
    blocked_to_documents(qtbot, shell)
    through_needs_and_consent(qtbot, shell)
    number = create_application(qtbot, shell)
    add_by_dialog(qtbot, shell, DocumentKind.PASSPORT, passport_photos(tmp_path / "passport"))
    applications = applications_of(shell)
    workspace = applications.workspace
    assert workspace is not None and any(workspace.rglob("*.jpg"))  # thumbnails and pages
    draft = json.loads((drafts / "application-draft.json").read_text("utf-8"))
    assert draft["number"] == number

    dialogs = shell.window.dialogs
    click(qtbot, on_page(shell, QPushButton, "dropApplicationButton"))
    qtbot.waitUntil(lambda: len(dialogs.open_boxes) == 1, timeout=ANSWER_MS)
    (box,) = dialogs.open_boxes
    assert box.objectName() == "dropApplicationDialog" and number in box.text()
    answer_dialog(box, yes=True)
    wait_state(qtbot, shell, lambda state: state.number is None and state.view is View.NEEDS)
    wait_idle(qtbot, shell)
    assert not workspace.exists()
    assert not (drafts / "application-draft.json").exists()

    async def token() -> str | None:
        keychain = Keychain(backend=TmpPlaintextKeyring(tmp_path / "keyring.cfg"))
        try:
            return await keychain.application_token(number)
        finally:
            keychain.close()

    import asyncio

    reading = asyncio.ensure_future(token())
    qtbot.waitUntil(reading.done, timeout=ANSWER_MS)
    assert reading.result() is None

    # A new application's files, then quit: the generated files go with the app.
    through_needs_and_consent(qtbot, shell)
    create_application(qtbot, shell)
    add_by_dialog(qtbot, shell, DocumentKind.INN, [inn_scan(tmp_path / "inn")])
    workspace = applications.workspace
    assert workspace is not None and workspace.exists()
    shell.desktop.stop()
    assert not workspace.exists()


def test_a_rejected_application_says_why_and_offers_support(
    qtbot: QtBot, shell_factory: Callable[..., Shell], service: RunningService, tmp_path: Path
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language="ru"))
    number = submitted(qtbot, shell, tmp_path / "files")
    service.clock.advance(3600)
    change_application_status(
        service.context, number, ServiceStatus.REJECTED, comment="Фото паспорта нечитаемо"
    )
    press_next(qtbot, shell)  # «Проверить статус»
    wait_state(qtbot, shell, lambda state: state.view is View.STATUS and state.status is not None)
    wait_idle(qtbot, shell)
    assert "Отклонено" in on_page(shell, QLabel, "statusTitle").text()
    assert "Фото паспорта нечитаемо" in on_page(shell, QLabel, "statusCommentLabel").text()
    assert "поддержку" in on_page(shell, QLabel, "statusNextLabel").text()
    assert not on_page(shell, QCommandLinkButton, "addMoreButton").isVisible()
    assert not on_page(shell, QCommandLinkButton, "recoverButton").isVisible()
    click(qtbot, on_page(shell, QCommandLinkButton, "contactSupportButton"))
    flow = shell.desktop.flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.state.step is Step.SUPPORT, timeout=ANSWER_MS)
