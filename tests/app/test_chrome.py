"""The chrome on every page: the language switch retranslates the whole window live, the zoom
changes the window's font, the trust banner names a host that is not the official one."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from dek_desktop.config import OFFICIAL_API_URL, AppConfig
from tests.app.conftest import WAIT_MS, Shell, visible_texts
from tests.conftest import RunningService

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def test_the_language_button_retranslates_the_whole_window_live(
    qtbot: QtBot, bare_shell: Shell
) -> None:
    shell = bare_shell
    window = shell.window
    qtbot.waitUntil(window.support_line.isVisible, timeout=WAIT_MS)
    button = shell.find(QPushButton, "languageButton")
    assert button.text() == "ENG"
    assert window.windowTitle() == "ДЭК: доступ к личному кабинету"
    assert shell.find(QPushButton, "supportButton").text() == "Поддержка"
    assert shell.find(QLabel, "appTitle").text() == "Личный кабинет ДЭК"
    assert "по вашему времени" in window.support_line.plain_text()
    russian = visible_texts(window)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.windowTitle() == "DEK: access to your personal account", timeout=WAIT_MS
    )
    assert button.text() == "РУС"
    assert button.accessibleName() == "Switch the language to Russian"
    assert shell.find(QPushButton, "supportButton").text() == "Support"
    assert shell.find(QLabel, "appTitle").text() == "DEK personal account"
    assert window.support_line.plain_text().endswith("your time")
    assert shell.language.language == "en"
    english = visible_texts(window)
    assert len(english) == len(russian)
    assert not set(english) & {text for text in russian if re.search("[А-Яа-я]", text)}

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.windowTitle() == "ДЭК: доступ к личному кабинету", timeout=WAIT_MS
    )
    assert visible_texts(window) == russian


def test_standard_buttons_of_qt_speak_russian(qtbot: QtBot, bare_shell: Shell) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
    )
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Отмена", "Да"}


def test_zoom_keys_change_the_window_font_within_100_to_200_percent(
    qtbot: QtBot, bare_shell: Shell
) -> None:
    shell = bare_shell
    window = shell.window
    support = shell.find(QPushButton, "supportButton")
    base = QFontInfo(support.font()).pixelSize()
    assert base >= 16
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 110
    assert QFontInfo(support.font()).pixelSize() == round(base * 1.1)
    assert support.sizeHint().height() > 0
    for _ in range(15):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 200
    assert QFontInfo(support.font()).pixelSize() == base * 2
    assert QFontInfo(window.support_line.font()).pixelSize() == base * 2
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 190
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 100
    assert QFontInfo(support.font()).pixelSize() == base
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 100


def test_the_trust_banner_names_a_host_that_is_not_the_official_one(
    qtbot: QtBot, bare_shell: Shell, service: RunningService
) -> None:
    shell = bare_shell
    banner = shell.window.trust_banner
    assert banner.isVisible()
    host = service.base_url.removeprefix("http://")
    assert host in banner.text()
    assert banner.text().startswith("Внимание: приложение подключено к серверу 127.0.0.1:")
    assert banner.accessibleDescription() == banner.text()
    qtbot.mouseClick(shell.find(QPushButton, "languageButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: banner.text().startswith("Attention: this app is connected to"), timeout=WAIT_MS
    )
    assert host in banner.text()


def test_no_trust_banner_and_no_demo_for_the_official_service(
    shell_factory: Callable[..., Shell],
) -> None:
    shell = shell_factory(AppConfig(api_url=OFFICIAL_API_URL, language="ru"), start=False)
    assert not shell.window.trust_banner.isVisible()
    assert not shell.find(QLabel, "demoBadge").isVisible()
    assert not shell.find(QPushButton, "demoInboxButton").isVisible()
    assert not shell.desktop.demo_mode


def test_a_configured_service_has_no_demo_features(
    bare_shell: Shell,
) -> None:
    shell = bare_shell
    assert not shell.desktop.demo_mode
    assert not shell.find(QLabel, "demoBadge").isVisible()
    assert shell.desktop.demo_service is None
    assert shell.desktop.demo_inbox is None


def test_every_visible_russian_text_is_russian(qtbot: QtBot, bare_shell: Shell) -> None:
    shell = bare_shell
    qtbot.waitUntil(shell.window.support_line.isVisible, timeout=WAIT_MS)
    allowed = {"ENG"}  # the switch names the other language in that language
    for text in visible_texts(shell.window):
        if text in allowed:
            continue
        assert not LATIN_WORD.search(re.sub(r"<[^>]+>|\d+\.\d+\.\d+\.\d+(:\d+)?", "", text)), text
