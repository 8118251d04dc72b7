"""What a user does on the documents page, step by step, for its tests and screenshots: the
real window against the real service, widgets found by objectName, file dialogs answered as a
person would (files chosen and accepted)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.applications import ApplicationFlow, ApplicationFlowState, UploadPhase, View
from dek_desktop.recovery import Step
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.seed import demo_account
from tests.app.conftest import Shell

#: A call over loopback HTTP, or a file checked in a worker process: generous, never a sleep.
ANSWER_MS = 30_000
COMPROMISED = demo_account("compromised")
NEW_PHONE = "8 914 765-43-21"
NEW_PHONE_E164 = "+79147654321"


def applications_of(shell: Shell) -> ApplicationFlow:
    applications = shell.desktop.applications
    assert applications is not None
    return applications


def documents_page(shell: Shell) -> Any:
    return shell.wizard.page_for(PageId.DOCUMENTS)


def on_page(shell: Shell, kind: type[QWidget], name: str) -> Any:
    found = documents_page(shell).findChild(kind, name)
    assert found is not None, f"documentsPage has no {kind.__name__} named {name!r}"
    return found


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_state(qtbot: QtBot, shell: Shell, condition: Any) -> ApplicationFlowState:
    applications = applications_of(shell)
    qtbot.waitUntil(lambda: condition(applications.state), timeout=ANSWER_MS)
    return applications.state


def wait_idle(qtbot: QtBot, shell: Shell) -> None:
    qtbot.waitUntil(lambda: not documents_page(shell).is_busy, timeout=ANSWER_MS)


def blocked_to_documents(qtbot: QtBot, shell: Shell) -> None:
    """Signs in as the account blocked as suspected_compromise, then «Отправить документы»."""
    flow = shell.desktop.flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.state.policy is not None, timeout=ANSWER_MS)
    if shell.wizard.page_for(PageId.LOGIN) is not None:
        shell.find(QLineEdit, "loginEdit").setText(COMPROMISED.number)
        shell.find(QLineEdit, "passwordEdit").setText(COMPROMISED.password)
        click(qtbot, shell.find(QPushButton, "nextButton"))
    else:
        documents_page(shell).run_busy(flow.sign_in(COMPROMISED.number, COMPROMISED.password))
    qtbot.waitUntil(lambda: flow.state.step is Step.BLOCKED, timeout=ANSWER_MS)
    lock = flow.state.lock
    assert lock is not None and lock.reason.value == "suspected_compromise"
    blocked = shell.wizard.page_for(PageId.BLOCKED)
    if blocked is not None:
        qtbot.waitUntil(lambda: int(shell.wizard.currentId()) == PageId.BLOCKED)
        click(qtbot, blocked.findChild(QPushButton, "sendDocumentsButton"))
    else:
        flow.go_documents()
    qtbot.waitUntil(lambda: int(shell.wizard.currentId()) == PageId.DOCUMENTS, timeout=ANSWER_MS)
    assert flow.state.step is Step.DOCUMENTS
    wait_state(qtbot, shell, lambda state: state.kinds_known)


def press_next(qtbot: QtBot, shell: Shell) -> None:
    """The wizard's Next, once the page lets it be pressed (not while a call is answered)."""
    button = shell.find(QPushButton, "nextButton")
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=ANSWER_MS)
    click(qtbot, button)


def through_needs_and_consent(qtbot: QtBot, shell: Shell) -> None:
    press_next(qtbot, shell)
    wait_state(qtbot, shell, lambda state: state.view is View.CONSENT)
    on_page(shell, QCheckBox, "consentCheck").setChecked(True)
    press_next(qtbot, shell)
    wait_state(qtbot, shell, lambda state: state.view is View.START)


def create_application(
    qtbot: QtBot, shell: Shell, full_name: str = "Елена Викторовна Лебедева"
) -> str:
    on_page(shell, QRadioButton, "newRadio").setChecked(True)
    on_page(shell, QLineEdit, "fullNameEdit").setText(full_name)
    on_page(shell, QLineEdit, "contactEdit").setText(NEW_PHONE)
    press_next(qtbot, shell)
    state = wait_state(qtbot, shell, lambda state: state.view is View.DOCUMENTS)
    assert state.number is not None
    return state.number


def slot_view(shell: Shell, kind: DocumentKind) -> Any:
    return on_page(shell, QWidget, f"documentSlot_{kind.value}")


def add_by_dialog(qtbot: QtBot, shell: Shell, kind: DocumentKind, paths: list[Path]) -> None:
    """`addFilesButton` of the slot; the files chosen in the dialog as a person would."""
    page = documents_page(shell)
    slot = slot_view(shell, kind)
    with qtbot.waitSignal(page.file_dialog_opened, timeout=ANSWER_MS) as opened:
        click(qtbot, slot.findChild(QPushButton, "addFilesButton"))
    dialog: QFileDialog = opened.args[0]
    assert dialog.fileMode() is QFileDialog.FileMode.ExistingFiles
    assert dialog.isVisible() and dialog.isModal()
    dialog.setDirectory(str(paths[0].parent))
    dialog.selectFile(" ".join(f'"{path.name}"' for path in paths))
    dialog.accept()
    wait_state(
        qtbot,
        shell,
        lambda state: (
            (slot_state := state.slot(kind)) is not None
            and set(paths) <= {entry.source for entry in slot_state.entries}
            and not slot_state.checking
        ),
    )


def sent(state: ApplicationFlowState) -> bool:
    return state.upload is not None and state.upload.phase is UploadPhase.DONE
