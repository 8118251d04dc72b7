"""What a user does on the recovery pages, step by step, for the page tests: through the real
window, against the real service (widgets found by objectName)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from dek_desktop.api import Channel
from dek_desktop.recovery import RecoveryFlow
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.seed import demo_account
from tests.app.conftest import USER_ZONE, Shell
from tests.conftest import RunningService

W = TypeVar("W", bound=QWidget)

#: A call over loopback HTTP with real (cheap) Argon2id: generous, never a sleep.
ANSWER_MS = 15_000


def find_on(shell: Shell, page: PageId, kind: type[W], name: str) -> W:
    """A widget of one page (names such as introLabel recur on other pages)."""
    found = shell.wizard.page_for(page).findChild(kind, name)
    assert found is not None, f"{page.object_name} has no {kind.__name__} named {name!r}"
    return found  # type: ignore[no-any-return]


def flow_of(shell: Shell) -> RecoveryFlow:
    flow = shell.desktop.flow
    assert flow is not None
    return flow


def page_id(shell: Shell) -> int:
    return int(shell.wizard.currentId())


def wait_for_page(qtbot: QtBot, shell: Shell, page: PageId) -> Any:
    qtbot.waitUntil(lambda: page_id(shell) == page, timeout=ANSWER_MS)
    return shell.wizard.page_for(page)


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_next(qtbot: QtBot, shell: Shell) -> None:
    click(qtbot, shell.find(QPushButton, "nextButton"))


def wait_idle(qtbot: QtBot, shell: Shell) -> None:
    """The page's call has answered (the page is no longer busy)."""
    qtbot.waitUntil(lambda: not shell.wizard.current_page.is_busy, timeout=ANSWER_MS)


def on_service_clock(shell: Shell, service: RunningService) -> Shell:
    """The app's flow on the service's movable clock: the pages' countdowns follow it."""
    flow_of(shell).use_clock(service.clock)
    return shell


def open_forgot_page(qtbot: QtBot, shell: Shell) -> Any:
    """«Забыли пароль?» on the sign-in page."""
    wait_for_page(qtbot, shell, PageId.LOGIN)
    click(qtbot, shell.find(QPushButton, "forgotLink"))
    return wait_for_page(qtbot, shell, PageId.FORGOT)


def contact_of(key: str, channel: Channel) -> str:
    account = demo_account(key)
    contact = account.email if channel is Channel.EMAIL else account.phone
    assert contact is not None
    return contact


def ask_for_code(qtbot: QtBot, shell: Shell, typed: str, channel: Channel = Channel.EMAIL) -> None:
    """On the forgot page: the channel, the contact as typed, «Получить код»."""
    radio = "smsRadio" if channel is Channel.SMS else "emailRadio"
    click(qtbot, find_on(shell, PageId.FORGOT, QRadioButton, radio))
    contact = find_on(shell, PageId.FORGOT, QLineEdit, "contactEdit")
    contact.clear()
    qtbot.keyClicks(contact, typed)
    press_next(qtbot, shell)


def request_code(qtbot: QtBot, shell: Shell, key: str, channel: Channel = Channel.EMAIL) -> Any:
    """From wherever the app is to the code page for the demo account `key`."""
    open_forgot_page(qtbot, shell)
    ask_for_code(qtbot, shell, contact_of(key, channel), channel)
    page = wait_for_page(qtbot, shell, PageId.CODE)
    wait_idle(qtbot, shell)
    return page


def newest_message(service: RunningService, to: str) -> dict[str, Any]:
    for message in service.outbox():
        if message["to"] == to:
            return message
    raise AssertionError(f"no message was sent to {to}")


def code_for(service: RunningService, key: str, channel: Channel = Channel.EMAIL) -> str:
    code = newest_message(service, contact_of(key, channel))["code"]
    assert isinstance(code, str)
    return code


def wrong_code(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


def type_code(qtbot: QtBot, shell: Shell, text: str) -> None:
    field = find_on(shell, PageId.CODE, QLineEdit, "codeEdit")
    field.clear()
    qtbot.keyClicks(field, text)


def paste(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Through the clipboard and Ctrl+V, as a user pastes."""
    QGuiApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def local_hh_mm(moment: datetime) -> str:
    return moment.astimezone(USER_ZONE).strftime("%H:%M")


def problem_text(shell: Shell) -> str:
    label = shell.wizard.current_page.findChild(QLabel, "problemLabel")
    return str(label.text()) if label.isVisible() else ""


def wait_for_problem(qtbot: QtBot, shell: Shell, text: str) -> None:
    qtbot.waitUntil(lambda: problem_text(shell) == text, timeout=ANSWER_MS)
