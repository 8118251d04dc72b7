"""`dek-desktop --version`, `--help`, `--kiosk`, and a broken settings file, as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from dek_desktop.__main__ import app_version, command_line_layer
from dek_desktop.config import AppConfig, ConfigLayer
from tests.app.conftest import WAIT_MS, Shell
from tests.app.test_demo_mode import app_environment
from tests.conftest import RunningService


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "dek_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_version(tmp_path: Path) -> None:
    done = run_app("--version", env=app_environment(tmp_path))
    assert done.returncode == 0
    assert done.stdout.strip() == f"dek-desktop {app_version()}"
    assert app_version() != "unknown"
    assert "PySide6" not in done.stderr  # answered before anything heavy is imported


def test_help(tmp_path: Path) -> None:
    done = run_app("--help", env=app_environment(tmp_path))
    assert done.returncode == 0
    for option in ("--api-url URL", "--lang {ru,en}", "--kiosk", "--ca-bundle FILE", "--version"):
        assert option in done.stdout
    assert "demo mode" in done.stdout
    assert "later version" in done.stdout  # kiosk mode itself is not there yet, and says so
    assert "PySide6" not in done.stderr


def test_a_wrong_option_is_refused(tmp_path: Path) -> None:
    done = run_app("--lang", "de", env=app_environment(tmp_path))
    assert done.returncode == 2
    assert "invalid choice: 'de'" in done.stderr


def test_command_line_options() -> None:
    assert command_line_layer([]) == ConfigLayer()
    layer = command_line_layer(
        ["--api-url", "https://test.example", "--lang", "en", "--kiosk", "--ca-bundle", "ca.pem"]
    )
    assert layer.api_url == "https://test.example"
    assert layer.language == "en"
    assert layer.kiosk is True
    assert layer.ca_bundle == Path("ca.pem").resolve()


def test_a_broken_settings_file_is_shown_and_named(qtbot: QtBot, tmp_path: Path) -> None:
    environ = app_environment(tmp_path)
    user_config = Path(environ["XDG_CONFIG_HOME"]) / "dek-desktop" / "config.toml"
    user_config.parent.mkdir(parents=True)
    user_config.write_text('language = "ru"\nkiosk = tru\n', encoding="utf-8")
    log = tmp_path / "app.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "dek_desktop"], stdout=output, stderr=output, env=environ
        )
    try:
        qtbot.waitUntil(lambda: "line 2" in log.read_text("utf-8"), timeout=WAIT_MS)
        text = log.read_text("utf-8")
        assert f"dek-desktop: {user_config}, line 2: " in text
        assert "kiosk = tru" in text
        assert "Traceback" not in text
        assert process.poll() is None  # the message also waits on screen for the user
    finally:
        process.kill()
        process.wait(timeout=10)


def test_kiosk_mode_is_carried_and_keeps_the_keychain_off(
    shell_factory: Callable[..., Shell], service: RunningService
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language="ru", kiosk=True))
    keychain = shell.desktop.keychain
    assert keychain is not None
    assert keychain.failure == "off in kiosk mode"
    assert shell.desktop.config.kiosk
