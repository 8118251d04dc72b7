"""Demo mode for real: the app starts the reference service as a child process, shows the
badge and the Demo inbox, the inbox shows a message after a real POST /v1/recovery, and the
service is gone when the app quits (and when the app is killed)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from dek_desktop.config import AppConfig
from dek_desktop.demo.service_process import DIR_PREFIX, OWNER_FILE, remove_abandoned_dirs
from dek_recovery_service.seed import DEMO_ACCOUNTS
from tests.app.conftest import WAIT_MS, Shell


def ask_for_a_code(base_url: str, contact: str) -> None:
    answer = requests.post(
        f"{base_url}/v1/recovery",
        json={"contact": contact, "channel": "email"},
        headers={"Idempotency-Key": str(uuid.uuid4()), "X-Request-ID": str(uuid.uuid4())},
        timeout=30,
    )
    assert answer.status_code == 202, answer.text


@pytest.mark.slow
def test_demo_mode_runs_the_service_as_a_child_and_stops_it(
    qtbot: QtBot, shell_factory: Callable[..., Shell], tmp_path: Path
) -> None:
    shell = shell_factory(AppConfig(api_url=None, language="ru"))
    desktop = shell.desktop
    assert desktop.demo_mode
    service = desktop.demo_service
    assert service is not None and service.pid is not None
    pid, directory = service.pid, service.directory
    assert directory is not None and directory.name.startswith(DIR_PREFIX)
    child = psutil.Process(pid)
    assert child.ppid() == os.getpid()
    assert "--parent-pid" in child.cmdline()

    badge = shell.find(QLabel, "demoBadge")
    assert badge.isVisible()
    assert badge.text() == "Демо"
    assert not shell.window.trust_banner.isVisible()

    inbox = desktop.demo_inbox
    assert inbox is not None
    qtbot.waitUntil(inbox.isVisible, timeout=WAIT_MS)
    assert inbox.isWindow() and not inbox.isModal()
    accounts = inbox.findChild(QTableWidget, "demoAccounts")
    qtbot.waitUntil(lambda: accounts.rowCount() == len(DEMO_ACCOUNTS), timeout=WAIT_MS)
    assert accounts.item(0, 0).text() == DEMO_ACCOUNTS[0].number
    assert accounts.item(0, 1).text() == DEMO_ACCOUNTS[0].password
    assert accounts.item(0, 2).text() == "есть e-mail и телефон; все шаги работают"
    assert inbox.findChild(QLabel, "demoInboxEmpty").isVisible()

    ask_for_a_code(service.base_url, "anna.ivanova@example.ru")
    qtbot.waitUntil(lambda: len(inbox.cards) == 1, timeout=WAIT_MS)
    card = inbox.cards[0]
    assert card.message.to.endswith("example.ru") or "***" in card.message.to
    assert card.message.code is not None and card.message.link is not None
    assert not inbox.findChild(QLabel, "demoInboxEmpty").isVisible()

    copy = card.findChild(QPushButton, "copyCodeButton")
    assert copy.text() == f"Скопировать код {card.message.code}"
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == card.message.code

    with qtbot.waitSignal(shell.window.recovery_links.link_opened) as opened:
        qtbot.mouseClick(card.findChild(QPushButton, "openLinkButton"), Qt.MouseButton.LeftButton)
    assert opened.args == [card.message.link]

    # a second message goes on top
    ask_for_a_code(service.base_url, "petr.sokolov@example.ru")
    qtbot.waitUntil(lambda: len(inbox.cards) == 2, timeout=WAIT_MS)
    assert inbox.cards[0].message.sent_at >= inbox.cards[1].message.sent_at
    assert inbox.cards[0].message.code != card.message.code

    # the inbox is a window of its own: closing it only hides it; the chrome shows it again
    inbox.close()
    assert not inbox.isVisible()
    qtbot.mouseClick(shell.find(QPushButton, "demoInboxButton"), Qt.MouseButton.LeftButton)
    assert inbox.isVisible()

    desktop.stop()
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    assert not directory.exists()


def app_environment(tmp_path: Path) -> dict[str, str]:
    """The app as a fresh user would run it: its own home, config, data and temp dirs."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    temp = tmp_path / "temp"
    temp.mkdir(exist_ok=True)
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DEK_") and key not in ("XDG_CONFIG_DIRS",)
    }
    environ.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_DIRS=str(tmp_path / "etc"),
        TMPDIR=str(temp),
        QT_QPA_PLATFORM="offscreen",
        PYTHONUNBUFFERED="1",
    )
    return environ


class RunningApp:
    def __init__(self, tmp_path: Path) -> None:
        self.log = tmp_path / "app.log"
        self.temp = tmp_path / "temp"
        with self.log.open("wb") as output:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "dek_desktop"],
                stdout=output,
                stderr=subprocess.STDOUT,
                env=app_environment(tmp_path),
            )

    def text(self) -> str:
        return self.log.read_text("utf-8", errors="replace")

    def service_pid(self) -> int | None:
        for line in self.text().splitlines():
            if "demo service on http://127.0.0.1:" in line and "(pid " in line:
                return int(line.rsplit("(pid ", 1)[1].rstrip(")"))
        return None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)


@pytest.fixture
def running_app(tmp_path: Path) -> Iterator[RunningApp]:
    app = RunningApp(tmp_path)
    yield app
    app.stop()
    pid = app.service_pid()
    if pid is not None and psutil.pid_exists(pid):
        psutil.Process(pid).kill()


def gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.slow
def test_a_killed_app_leaves_no_service_running(qtbot: QtBot, running_app: RunningApp) -> None:
    qtbot.waitUntil(lambda: running_app.service_pid() is not None, timeout=WAIT_MS)
    pid = running_app.service_pid()
    assert pid is not None and not gone(pid)
    running_app.process.send_signal(signal.SIGKILL)
    running_app.process.wait(timeout=10)
    qtbot.waitUntil(lambda: gone(pid), timeout=WAIT_MS)
    # the directory the killed app could not remove is removed by the next start
    left = list(running_app.temp.glob(f"{DIR_PREFIX}*"))
    assert len(left) == 1
    assert (left[0] / OWNER_FILE).read_text() == str(running_app.process.pid)
    remove_abandoned_dirs(running_app.temp)
    assert not left[0].exists()


@pytest.mark.slow
def test_closing_the_app_stops_the_service_and_removes_its_files(
    qtbot: QtBot, running_app: RunningApp
) -> None:
    qtbot.waitUntil(lambda: "demo inbox open" in running_app.text(), timeout=WAIT_MS)
    pid = running_app.service_pid()
    assert pid is not None
    # the demo inbox, a second window, does not hold the app open
    running_app.process.send_signal(signal.SIGTERM)
    assert running_app.process.wait(timeout=30) == 0
    assert gone(pid)
    assert list(running_app.temp.glob(f"{DIR_PREFIX}*")) == []
    assert "Fatal Python error" not in running_app.text()
    assert "Traceback" not in running_app.text()
