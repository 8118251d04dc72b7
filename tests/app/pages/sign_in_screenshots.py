"""Renders the sign-in and signed-in pages in their important states, in Russian and English
(and the busiest state in the dark scheme), to docs/screenshots/<page>-<state>-<lang>.png:

    uv run pytest tests/app/pages/sign_in_screenshots.py

Not a test (its name does not start with test_): it uses the app's test fixtures to drive the
real window against a fresh reference service, and QWidget.grab() to take each picture.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dek_desktop.config import AppConfig
from dek_desktop.wizard.appearance import Appearance
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.seed import demo_account
from tests.app.conftest import Shell
from tests.app.pages.sign_in_steps import (
    button,
    click,
    field,
    flow_of,
    sign_in,
    wait_for_page,
)
from tests.conftest import RunningService

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
ANNA = demo_account("active")


def save(shell: Shell, name: str) -> None:
    """The whole window, made tall enough that the page needs no scrolling."""
    settle()
    window = shell.window
    chrome = window.height() - window.page_scroll.viewport().height()
    window.resize(960, max(760, chrome + shell.wizard.minimumHeight()))
    settle()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / f"{name}-{shell.language.language}.png"))


def settle() -> None:
    """Layouts and the pages' height checks run from posted events and zero timers."""
    for _ in range(5):
        QApplication.processEvents()
        QApplication.sendPostedEvents()


@pytest.fixture
def dark(appearance: Appearance) -> Iterator[Appearance]:
    appearance.force(True)
    yield appearance
    appearance.force(None)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_render_sign_in_pages(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    service: RunningService,
    language: str,
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language=language))
    flow = flow_of(shell)
    qtbot.waitUntil(lambda: flow.state.policy is not None and flow.state.busy is None)
    login, password = field(shell, "loginEdit"), field(shell, "passwordEdit")
    save(shell, "login-empty")

    login.setText("фттфюшмфтщмф@учфьзду.ru")
    password.setText("Фьгк")
    password.setFocus()
    qtbot.keyClick(password, "A")  # a capital without Shift: Caps Lock is on
    save(shell, "login-caps-lock")

    sign_in(qtbot, shell, login.text(), "wrong-password")
    save(shell, "login-retyped-offer")

    qtbot.keyClick(password, "a")  # Caps Lock off again
    for _ in range(3):
        sign_in(qtbot, shell, ANNA.number, "wrong-password")
    save(shell, "login-wrong-password")

    sign_in(qtbot, shell, ANNA.number, ANNA.password)  # the service asks for the digits
    qtbot.waitUntil(lambda: flow.state.support_contacts is not None)
    save(shell, "login-captcha")
    if language == "ru":
        shell.window.zoom.set_percent(200)  # the largest zoom: nothing clipped, it scrolls
        save(shell, "login-captcha-zoom200")
        shell.window.zoom.set_percent(100)

    click(qtbot, button(shell, "billLink"))
    save(shell, "login-bill")
    click(qtbot, button(shell, "billLink"))

    captcha = flow.state.captcha
    assert captcha is not None
    sign_in(qtbot, shell, ANNA.number, ANNA.password, service.captcha_answer(captcha.id))
    wait_for_page(qtbot, shell, PageId.SIGNED_IN)
    save(shell, "signed-in-greeting")


def test_render_in_the_dark(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    service: RunningService,
    dark: Appearance,
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language="ru"))
    login, password = field(shell, "loginEdit"), field(shell, "passwordEdit")
    login.setText("фтт@учфьзду.ru")
    password.setFocus()
    qtbot.keyClick(password, "A")
    for _ in range(4):
        sign_in(qtbot, shell, ANNA.number, "wrong-password")
    click(qtbot, button(shell, "billLink"))
    save(shell, "login-dark")
