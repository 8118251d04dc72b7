"""Shortcuts for the tests of the new password, done, blocked and support pages: the flow is
driven straight to the page under test (its own calls over real HTTP against the service), and
the page is then used as a person would, by objectName."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dek_desktop.api import Channel
from dek_desktop.recovery import RecoveryFlow, Step
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.seed import demo_account
from tests.app.conftest import Shell
from tests.conftest import RunningService

#: A call over loopback HTTP with real (cheap) Argon2id: generous, never a sleep.
ANSWER_MS = 15_000

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)


def flow_of(shell: Shell) -> RecoveryFlow:
    flow = shell.desktop.flow
    assert flow is not None
    return flow


def share_clock(shell: Shell, service: RunningService) -> RecoveryFlow:
    """The app counts time on the service's movable clock, so a test moves both at once."""
    flow = flow_of(shell)
    flow.use_clock(service.clock)
    return flow


def run(qtbot: QtBot, work: Coroutine[Any, Any, T]) -> T:
    """Runs one of the flow's calls on the app's loop and waits for its answer."""
    task = asyncio.ensure_future(work)
    qtbot.waitUntil(task.done, timeout=ANSWER_MS)
    return task.result()


def current_page_id(shell: Shell) -> int:
    return int(shell.wizard.currentId())


def child(page: QWidget, kind: type[W], name: str) -> W:
    """A widget of `page` by objectName (other pages may use the same name)."""
    found = page.findChild(kind, name)
    assert found is not None, f"{page.objectName()} has no {kind.__name__} named {name!r}"
    return found


def wait_for_page(qtbot: QtBot, shell: Shell, page: PageId) -> Any:
    qtbot.waitUntil(lambda: current_page_id(shell) == page, timeout=ANSWER_MS)
    return shell.wizard.page_for(page)


def wait_idle(qtbot: QtBot, shell: Shell) -> None:
    qtbot.waitUntil(lambda: not shell.wizard.current_page.is_busy, timeout=ANSWER_MS)


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_next(qtbot: QtBot, shell: Shell) -> None:
    click(qtbot, shell.find(QPushButton, "nextButton"))


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for every character, Cyrillic ones too (QTest.keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def newest_code(service: RunningService, to: str) -> str:
    message = next(m for m in service.outbox() if m["to"] == to)
    code = message["code"]
    assert isinstance(code, str)
    return code


def reach_new_password(
    qtbot: QtBot, shell: Shell, service: RunningService, key: str = "active"
) -> Any:
    """A recovery by e-mail code for the demo account `key`, up to the new password page."""
    flow = share_clock(shell, service)
    email = demo_account(key).email
    assert email is not None
    flow.go_forgot()
    assert run(qtbot, flow.start_recovery(Channel.EMAIL, email)).step is Step.CODE
    assert run(qtbot, flow.verify(newest_code(service, email))).step is Step.NEW_PASSWORD
    return wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)


def reach_blocked(qtbot: QtBot, shell: Shell, service: RunningService, key: str) -> Any:
    """Signing in to the demo account `key` with its right password: the service says why
    it is blocked."""
    flow = share_clock(shell, service)
    account = demo_account(key)
    assert run(qtbot, flow.sign_in(account.number, account.password)).step is Step.BLOCKED
    return wait_for_page(qtbot, shell, PageId.BLOCKED)
