"""Renders the documents page in its states, in Russian and English, to
docs/screenshots/documents-<state>-<lang>.png:

    uv run pytest tests/app/pages/documents_screenshots.py

Not a test (its name does not start with test_): it uses the app's test fixtures to drive the
real window against a fresh reference service, and QWidget.grab() to take each picture.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.applications import UploadPhase, View
from dek_desktop.config import AppConfig
from dek_recovery_service.application_status import ApplicationStatus as ServiceStatus
from dek_recovery_service.application_status import change_application_status
from tests.api.meddling_proxy import Meddling, MeddlingProxy
from tests.app.conftest import Shell
from tests.app.pages.documents_steps import (
    add_by_dialog,
    applications_of,
    blocked_to_documents,
    click,
    create_application,
    on_page,
    press_next,
    sent,
    through_needs_and_consent,
    wait_idle,
    wait_state,
)
from tests.applications.document_files import (
    grainy_photo,
    inn_scan,
    passport_photos,
    snils_photo,
    text_named_jpg,
)
from tests.conftest import RunningService
from tests.documents.samples import blurred, document_page, save_jpeg

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def save(shell: Shell, state: str) -> None:
    """The whole window, made tall enough that the page needs no scrolling."""
    QApplication.processEvents()
    window = shell.window
    chrome = window.height() - window.page_scroll.viewport().height()
    window.resize(960, max(760, chrome + shell.wizard.minimumHeight()))
    QApplication.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / f"documents-{state}-{shell.language.language}.png"))


@pytest.mark.parametrize("language", ["ru", "en"])
def test_documents_page_states(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    service: RunningService,
    tmp_path: Path,
    language: str,
) -> None:
    link = MeddlingProxy(service.port, Meddling())
    try:
        shell = shell_factory(AppConfig(api_url=link.base_url, language=language))
        blocked_to_documents(qtbot, shell)
        save(shell, "needs")
        press_next(qtbot, shell)
        wait_state(qtbot, shell, lambda state: state.view is View.CONSENT)
        save(shell, "consent")
        through_needs_and_consent_rest(qtbot, shell)
        on_page(shell, QLineEdit, "fullNameEdit").setText("Елена Викторовна Лебедева")
        on_page(shell, QLineEdit, "contactEdit").setText("8 914 765-43-21")
        save(shell, "application")
        on_page(shell, QRadioButton, "openRadio").setChecked(True)
        on_page(shell, QLineEdit, "applicationEdit").setText("2026-000123")
        on_page(shell, QLineEdit, "pinEdit").setText("111111")
        press_next(qtbot, shell)
        wait_idle(qtbot, shell)
        save(shell, "wrong-pin")
        on_page(shell, QRadioButton, "newRadio").setChecked(True)
        create_application(qtbot, shell)
        spread, registration = passport_photos(tmp_path / "passport")
        shaky = save_jpeg(
            blurred(document_page(band=2), 6), tmp_path / "passport" / "Паспорт нечётко.jpg"
        )
        add_by_dialog(qtbot, shell, DocumentKind.PASSPORT, [spread, registration, shaky])
        add_by_dialog(qtbot, shell, DocumentKind.INN, [inn_scan(tmp_path / "inn")])
        add_by_dialog(qtbot, shell, DocumentKind.SNILS, [text_named_jpg(tmp_path / "snils")])
        save(shell, "slots")
        applications = applications_of(shell)
        snils = applications.state.slot(DocumentKind.SNILS)
        assert snils is not None
        applications.remove_entry(DocumentKind.SNILS, snils.entries[0].entry_id)
        slot = applications.state.slot(DocumentKind.PASSPORT)
        assert slot is not None
        applications.remove_entry(DocumentKind.PASSPORT, slot.entries[2].entry_id)
        add_by_dialog(qtbot, shell, DocumentKind.SNILS, [snils_photo(tmp_path / "snils")])
        add_by_dialog(
            qtbot,
            shell,
            DocumentKind.OTHER,
            [grainy_photo(tmp_path / "other", "Доверенность.jpg", seed=5)],
        )
        link.meddling.upload_bytes_per_second = 400_000
        click(qtbot, on_page(shell, QPushButton, "uploadButton"))
        wait_state(
            qtbot,
            shell,
            lambda state: (
                state.upload is not None
                and state.upload.phase is UploadPhase.SENDING
                and state.upload.fraction > 0.3
            ),
        )
        save(shell, "uploading")
        link.meddling.upload_bytes_per_second = None
        wait_state(qtbot, shell, sent)
        click(qtbot, on_page(shell, QPushButton, "submitButton"))
        wait_state(qtbot, shell, lambda state: state.view is View.RECEIPT)
        wait_idle(qtbot, shell)
        on_page(shell, QPushButton, "receiptDetailsButton").setChecked(True)
        save(shell, "receipt")
        number = applications.state.number
        assert number is not None
        service.clock.advance(3600)
        change_application_status(
            service.context,
            number,
            ServiceStatus.NEEDS_MORE,
            comment="СНИЛС на фото не читается",
            missing=["snils"],
        )
        press_next(qtbot, shell)
        wait_state(qtbot, shell, lambda state: state.view is View.STATUS)
        wait_idle(qtbot, shell)
        save(shell, "status-needs-more")
        service.clock.advance(3600)
        change_application_status(service.context, number, ServiceStatus.APPROVED)
        press_next(qtbot, shell)
        wait_state(
            qtbot,
            shell,
            lambda state: state.status is not None and state.status.next.value == "recover",
        )
        wait_idle(qtbot, shell)
        save(shell, "status-approved")
    finally:
        link.close()


def through_needs_and_consent_rest(qtbot: QtBot, shell: Shell) -> None:
    from PySide6.QtWidgets import QCheckBox

    on_page(shell, QCheckBox, "consentCheck").setChecked(True)
    press_next(qtbot, shell)
    wait_state(qtbot, shell, lambda state: state.view is View.START)


__all__ = ["through_needs_and_consent"]
