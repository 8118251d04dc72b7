"""Steps the tests of the sign-in and signed-in pages share: the fields by objectName, a press
of «Войти», and waiting for the flow's answer (never a sleep)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dek_desktop.recovery import RecoveryFlow
from dek_desktop.wizard.page_ids import PageId
from tests.app.conftest import Shell

#: A call over loopback HTTP with real (cheap) Argon2id: generous, never a sleep.
ANSWER_MS = 20_000

T = TypeVar("T")


def flow_of(shell: Shell) -> RecoveryFlow:
    flow = shell.desktop.flow
    assert flow is not None
    return flow


def field(shell: Shell, name: str) -> QLineEdit:
    found: QLineEdit = shell.find(QLineEdit, name)
    return found


def button(shell: Shell, name: str) -> QPushButton:
    found: QPushButton = shell.find(QPushButton, name)
    return found


def label(shell: Shell, name: str) -> QLabel:
    found: QLabel = shell.find(QLabel, name)
    return found


def problem_label(shell: Shell, page: PageId = PageId.LOGIN) -> QLabel:
    found = shell.wizard.page_for(page).findChild(QLabel, "problemLabel")
    assert isinstance(found, QLabel)
    return found


def current_page_id(shell: Shell) -> PageId:
    return PageId(shell.wizard.currentId())


def wait_for_page(qtbot: QtBot, shell: Shell, page: PageId) -> None:
    qtbot.waitUntil(lambda: current_page_id(shell) is page, timeout=ANSWER_MS)


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def wait_idle(qtbot: QtBot, shell: Shell) -> None:
    qtbot.waitUntil(
        lambda: not shell.wizard.current_page.is_busy and flow_of(shell).state.busy is None,
        timeout=ANSWER_MS,
    )


def sign_in(qtbot: QtBot, shell: Shell, login: str, password: str, captcha: str = "") -> None:
    """Types into the fields, presses «Войти» and waits until the flow has answered."""
    field(shell, "loginEdit").setText(login)
    field(shell, "passwordEdit").setText(password)
    if captcha:
        field(shell, "captchaEdit").setText(captcha)
    press_sign_in(qtbot, shell)


def press_sign_in(qtbot: QtBot, shell: Shell) -> None:
    flow = flow_of(shell)
    before = flow.state
    click(qtbot, button(shell, "nextButton"))
    qtbot.waitUntil(lambda: flow.state is not before and flow.state.busy is None, timeout=ANSWER_MS)
    wait_idle(qtbot, shell)


def type_text(widget: QWidget, text: str) -> None:
    """A key press and release for every character, Russian ones too (QTest's keyClicks
    takes Latin-1 only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def run(qtbot: QtBot, work: Coroutine[Any, Any, T]) -> T:
    """Runs one of the flow's calls on the app's loop and waits for its answer."""
    task = asyncio.ensure_future(work)
    qtbot.waitUntil(task.done, timeout=ANSWER_MS)
    return task.result()
