"""The page base, through sample pages over the real flow and the real service: problems said
and announced, busy state with Cancel, answers dropped after leaving, Back keeping what was
typed (not the password), "start again" asking first, Designer texts retranslated live."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from dek_desktop.config import AppConfig
from dek_desktop.wizard.page_ids import PageId
from tests.app.conftest import WAIT_MS, Shell, answer_dialog
from tests.app.sample_pages import SAMPLE_PAGES, SAMPLE_UI
from tests.conftest import RunningService

ACTIVE_LOGIN = "100200301"


def current_page_id(shell: Shell) -> int:
    return int(shell.wizard.currentId())


def test_a_wrong_password_is_said_in_the_problem_label_and_described(
    qtbot: QtBot, sample_shell: Shell
) -> None:
    shell = sample_shell
    page = shell.wizard.page_for(PageId.LOGIN)
    assert page.objectName() == "loginPage"
    shell.find(QLineEdit, "loginEdit").setText(ACTIVE_LOGIN)
    shell.find(QLineEdit, "passwordEdit").setText("not-the-password")
    next_button = shell.find(QPushButton, "nextButton")
    assert next_button.text() == "Войти"
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    problem = page.findChild(QLabel, "problemLabel")
    qtbot.waitUntil(problem.isVisible, timeout=WAIT_MS)
    assert problem.text() == "Неверный логин или пароль."
    assert problem.accessibleDescription() == problem.text()
    assert problem.accessibleName() == ""
    assert shell.desktop.flow is not None
    assert shell.desktop.flow.state.problem is not None


def test_empty_fields_put_the_focus_on_the_first_one_and_describe_it(
    qtbot: QtBot, sample_shell: Shell
) -> None:
    shell = sample_shell
    page = shell.wizard.page_for(PageId.LOGIN)
    login = shell.find(QLineEdit, "loginEdit")
    password = shell.find(QLineEdit, "passwordEdit")
    shell.find(QPushButton, "forgotLink").setFocus()
    qtbot.mouseClick(shell.find(QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    problem = page.findChild(QLabel, "problemLabel")
    qtbot.waitUntil(problem.isVisible, timeout=WAIT_MS)
    assert problem.text() == "Заполните это поле."
    qtbot.waitUntil(login.hasFocus, timeout=WAIT_MS)
    assert login.accessibleDescription() == "Заполните это поле."
    assert password.accessibleDescription() == "Заполните это поле."
    login.setText(ACTIVE_LOGIN)
    password.setText("not-the-password")
    qtbot.mouseClick(shell.find(QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: problem.text() == "Неверный логин или пароль.", timeout=WAIT_MS)
    assert login.accessibleDescription() == ""
    assert password.accessibleDescription() == ""


def test_a_slow_call_shows_busy_and_cancel_stops_it(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    service_factory: Callable[..., RunningService],
    sample_catalogs: list[tuple[Path, str]],
) -> None:
    slow = service_factory(latency_ms=4000)
    shell = shell_factory(
        AppConfig(api_url=slow.base_url, language="ru"),
        pages=SAMPLE_PAGES,
        ui_dirs=[SAMPLE_UI],
        catalogs=sample_catalogs,
    )
    page = shell.wizard.page_for(PageId.LOGIN)
    shell.find(QLineEdit, "loginEdit").setText(ACTIVE_LOGIN)
    shell.find(QLineEdit, "passwordEdit").setText("Amur-Tiger-2026")
    next_button = shell.find(QPushButton, "nextButton")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    cancel = page.findChild(QPushButton, "cancelButton")
    qtbot.waitUntil(cancel.isVisible, timeout=WAIT_MS)
    assert page.is_busy
    assert not page.content.isEnabled()
    assert not next_button.isEnabled()
    assert cancel.text() == "Отменить"
    qtbot.waitUntil(cancel.hasFocus, timeout=WAIT_MS)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert not cancel.isVisible()
    assert page.content.isEnabled()
    assert next_button.isEnabled()
    assert shell.desktop.flow is not None
    assert shell.desktop.flow.state.busy != "sign_in"  # the policy may still be loading
    assert not page.findChild(QLabel, "problemLabel").isVisible()
    assert current_page_id(shell) == PageId.LOGIN


def test_esc_cancels_the_pending_call(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    service_factory: Callable[..., RunningService],
    sample_catalogs: list[tuple[Path, str]],
) -> None:
    slow = service_factory(latency_ms=4000)
    shell = shell_factory(
        AppConfig(api_url=slow.base_url, language="ru"),
        pages=SAMPLE_PAGES,
        ui_dirs=[SAMPLE_UI],
        catalogs=sample_catalogs,
    )
    page = shell.wizard.page_for(PageId.LOGIN)
    shell.find(QLineEdit, "loginEdit").setText(ACTIVE_LOGIN)
    shell.find(QLineEdit, "passwordEdit").setText("Amur-Tiger-2026")
    qtbot.mouseClick(shell.find(QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.is_busy, timeout=WAIT_MS)
    qtbot.keyClick(page.busy_indicator.cancel_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert shell.window.isVisible()
    assert shell.wizard.isVisible()


def test_an_answer_after_leaving_the_page_is_dropped(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    service_factory: Callable[..., RunningService],
    sample_catalogs: list[tuple[Path, str]],
) -> None:
    slow = service_factory(latency_ms=1500)
    shell = shell_factory(
        AppConfig(api_url=slow.base_url, language="ru"),
        pages=SAMPLE_PAGES,
        ui_dirs=[SAMPLE_UI],
        catalogs=sample_catalogs,
    )
    login_page = shell.wizard.page_for(PageId.LOGIN)
    shell.find(QLineEdit, "loginEdit").setText(ACTIVE_LOGIN)
    shell.find(QLineEdit, "passwordEdit").setText("wrong-password")
    qtbot.mouseClick(shell.find(QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: login_page.is_busy, timeout=WAIT_MS)
    task = login_page._busy_task
    qtbot.mouseClick(shell.find(QPushButton, "supportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current_page_id(shell) == PageId.SUPPORT, timeout=WAIT_MS)
    assert not login_page.is_busy
    qtbot.waitUntil(lambda: task is not None and task.done(), timeout=WAIT_MS)
    support_page = shell.wizard.page_for(PageId.SUPPORT)
    qtbot.waitUntil(lambda: not support_page.is_busy, timeout=WAIT_MS)
    assert shell.desktop.flow is not None
    assert shell.desktop.flow.state.step == "support"
    assert shell.desktop.flow.state.problem is None
    assert not login_page.findChild(QLabel, "problemLabel").isVisible()


def test_back_keeps_what_was_typed_but_not_the_password(qtbot: QtBot, sample_shell: Shell) -> None:
    shell = sample_shell
    login = shell.find(QLineEdit, "loginEdit")
    password = shell.find(QLineEdit, "passwordEdit")
    login.setText("anna.ivanova@example.ru")
    password.setText("typed secret")
    back = shell.find(QPushButton, "backButton")
    assert not back.isVisible()
    qtbot.mouseClick(shell.find(QPushButton, "forgotLink"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current_page_id(shell) == PageId.FORGOT, timeout=WAIT_MS)
    contact = shell.find(QLineEdit, "contactEdit")
    contact.setText("+7 914 100-00-01")
    assert back.isVisible()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current_page_id(shell) == PageId.LOGIN, timeout=WAIT_MS)
    assert login.text() == "anna.ivanova@example.ru"
    assert password.text() == ""
    qtbot.mouseClick(shell.find(QPushButton, "forgotLink"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current_page_id(shell) == PageId.FORGOT, timeout=WAIT_MS)
    assert contact.text() == "+7 914 100-00-01"


def test_start_again_asks_first(qtbot: QtBot, sample_shell: Shell) -> None:
    shell = sample_shell
    restart = shell.find(QPushButton, "restartButton")
    assert not restart.isVisible()
    qtbot.mouseClick(shell.find(QPushButton, "forgotLink"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current_page_id(shell) == PageId.FORGOT, timeout=WAIT_MS)
    assert restart.isVisible()
    assert restart.text() == "Начать заново"
    with qtbot.waitSignal(shell.window.dialogs.opened) as opened:
        qtbot.mouseClick(restart, Qt.MouseButton.LeftButton)
    box: QMessageBox = opened.args[0]
    assert box.objectName() == "startAgainDialog"
    assert box.text() == "Начать всё заново?"
    answer_dialog(box, yes=False)
    qtbot.waitUntil(lambda: not shell.window.dialogs.open_boxes, timeout=WAIT_MS)
    assert current_page_id(shell) == PageId.FORGOT
    with qtbot.waitSignal(shell.window.dialogs.opened) as opened:
        qtbot.mouseClick(restart, Qt.MouseButton.LeftButton)
    answer_dialog(opened.args[0], yes=True)
    qtbot.waitUntil(lambda: current_page_id(shell) == PageId.LOGIN, timeout=WAIT_MS)
    assert not restart.isVisible()


def test_page_content_and_base_texts_follow_a_language_switch(
    qtbot: QtBot, sample_shell: Shell
) -> None:
    shell = sample_shell
    page = shell.wizard.page_for(PageId.LOGIN)
    qtbot.mouseClick(shell.find(QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    problem = page.findChild(QLabel, "problemLabel")
    qtbot.waitUntil(problem.isVisible, timeout=WAIT_MS)
    assert shell.find(QLabel, "loginLabel").text() == "Логин"
    assert page.title() == "Войти"
    qtbot.mouseClick(shell.find(QPushButton, "languageButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.find(QLabel, "loginLabel").text() == "Login", timeout=WAIT_MS)
    assert shell.find(QPushButton, "forgotLink").text() == "Forgot your password?"
    assert page.title() == "Sign in"
    assert shell.find(QPushButton, "nextButton").text() == "Sign in"
    assert problem.text() == "Please fill in this field."
    assert problem.accessibleDescription() == problem.text()
    qtbot.mouseClick(shell.find(QPushButton, "languageButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.find(QLabel, "loginLabel").text() == "Логин", timeout=WAIT_MS)
    assert problem.text() == "Заполните это поле."


def test_zooming_keeps_the_field_being_typed_in(qtbot: QtBot, sample_shell: Shell) -> None:
    login = sample_shell.find(QLineEdit, "loginEdit")
    login.setFocus()
    qtbot.waitUntil(login.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(login, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert sample_shell.window.zoom.percent == 110
    assert login.hasFocus()
    qtbot.keyClick(login, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert sample_shell.window.zoom.percent == 100
    assert login.hasFocus()
