"""Fixtures for the app and its pages: a qasync loop inside pytest-qt, and the whole shell
(main window, flow, client) against the real reference service over HTTP.

A page test lives under tests/app/ and uses `shell` (or `shell_factory` for its own
settings): the window is shown, the pages of wizard/page_catalog.py are built, the flow
follows the service given by the `service` fixture. Drive it by objectName with qtbot,
wait with `qtbot.waitUntil` / `qtbot.waitSignal`, answer dialogs with `answer_dialog`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import qasync
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dek_desktop.app import install_language
from dek_desktop.config import AppConfig
from dek_desktop.desktop_app import DesktopApp
from dek_desktop.i18n.language_switch import LanguageSwitch
from dek_desktop.keychain import Keychain
from dek_desktop.resource_paths import styles_dir
from dek_desktop.wizard.appearance import Appearance
from dek_desktop.wizard.dialogs import button_named
from dek_desktop.wizard.flow_page import FlowPage
from dek_desktop.wizard.main_window import ShellWindow
from tests.conftest import RunningService

#: How long a test waits for something that goes through the service or a child process: a
#: loaded CI machine may need far longer than usual; a passing wait returns at once.
WAIT_MS = 60_000

#: UTC+12: far enough from the service's Asia/Vladivostok that local times show.
USER_ZONE = ZoneInfo("Asia/Kamchatka")


@pytest.fixture(scope="session")
def session_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """One qasync loop for the whole run, as the app has one: it runs inside pytest-qt's
    event processing, so qtbot.waitUntil / waitSignal drive its tasks. (Stopping it would
    call QApplication.exit(), which leaves Qt's quit flag set for every later test.)"""
    loop = qasync.QEventLoop(qapp, already_running=True)
    # qasync marks it as the running loop for the whole process; it is only while a test
    # that uses it runs (qt_loop), so Qt-free tests after these can still use asyncio.run().
    asyncio.events._set_running_loop(None)
    workers = qasync.QThreadExecutor(10)
    loop.set_default_executor(workers)
    yield loop
    workers.shutdown(wait=True)


@pytest.fixture
def qt_loop(session_loop: asyncio.AbstractEventLoop) -> Iterator[asyncio.AbstractEventLoop]:
    """The loop for one test; what the test left running is cancelled afterwards."""
    asyncio.set_event_loop(session_loop)
    asyncio.events._set_running_loop(session_loop)
    try:
        yield session_loop
        pending = [task for task in asyncio.all_tasks(session_loop) if not task.done()]
        for task in pending:
            task.cancel()
        deadline = session_loop.time() + 5
        while any(not task.done() for task in pending) and session_loop.time() < deadline:
            QCoreApplication.processEvents()
    finally:
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)


@pytest.fixture(scope="session")
def appearance(qapp: QApplication) -> Appearance:
    qapp.setStyle("Fusion")  # the app gives QApplication "-style fusion"
    return Appearance(qapp, styles_dir())


class TmpPlaintextKeyring(PlaintextKeyring):  # type: ignore[misc]
    """keyrings.alt's plain-text file backend, its file in a test's temp dir."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path

    @property
    def file_path(self) -> str:
        return str(self._path)


@dataclass
class Shell:
    window: ShellWindow
    desktop: DesktopApp
    language: LanguageSwitch

    @property
    def wizard(self) -> Any:
        return self.window.wizard

    def find(self, kind: type[QWidget], name: str) -> Any:
        found = self.window.findChild(kind, name)
        assert found is not None, f"no {kind.__name__} named {name!r}"
        return found


@pytest.fixture
def shell_factory(
    qtbot: QtBot,
    qt_loop: asyncio.AbstractEventLoop,
    appearance: Appearance,
    tmp_path: Path,
) -> Iterator[Callable[..., Shell]]:
    made: list[Shell] = []

    def make(
        config: AppConfig,
        *,
        user_zone: tzinfo = USER_ZONE,
        start: bool = True,
        keychain: Keychain | None = None,
        pages: Sequence[type[FlowPage]] | None = None,
        ui_dirs: Sequence[Path] = (),
        catalogs: Sequence[tuple[Path, str]] = (),
        draft_dir: Path | None = None,
    ) -> Shell:
        """`pages` None: the app's own (wizard/page_catalog.py); `catalogs`: more
        translation catalogs (directory, name) installed with the app's; `draft_dir` None: a
        folder of this shell's own (give another shell's to relaunch the app on its draft)."""
        language = install_language(config)
        for directory, name in catalogs:
            language.add_catalog(directory, name)
        window = ShellWindow(
            language=language,
            user_zone=user_zone,
            base_pixel_size=appearance.base_pixel_size,
        )
        qtbot.addWidget(window)
        desktop = DesktopApp(
            config,
            window,
            user_zone=user_zone,
            draft_dir=draft_dir or tmp_path / f"drafts-{len(made)}",
            keychain=keychain or Keychain(backend=TmpPlaintextKeyring(tmp_path / "keyring.cfg")),
            page_classes=pages,
            ui_dirs=ui_dirs,
        )
        shell = Shell(window, desktop, language)
        made.append(shell)
        window.show()
        qtbot.waitExposed(window)
        if start:
            desktop.start()
            qtbot.waitUntil(
                lambda: desktop.ready.is_set() or desktop.failure is not None, timeout=WAIT_MS
            )
            assert desktop.failure is None, desktop.failure
        return shell

    yield make
    for shell in made:
        shell.window.dialogs.close_all()
        shell.desktop.stop()
        shell.language.uninstall()
        shell.window.close()


@pytest.fixture
def shell_config(service: RunningService) -> AppConfig:
    return AppConfig(api_url=service.base_url, language="ru")


@pytest.fixture
def shell(shell_factory: Callable[..., Shell], shell_config: AppConfig) -> Shell:
    """The app with its pages against the `service` fixture, in Russian, started and ready."""
    return shell_factory(shell_config)


@pytest.fixture
def bare_shell(shell_factory: Callable[..., Shell], shell_config: AppConfig) -> Shell:
    """The shell alone (chrome, wizard, flow), no pages: the shell's own tests."""
    return shell_factory(shell_config, pages=())


@pytest.fixture(scope="session")
def sample_catalogs(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, str]]:
    """tests/app/translations/sample_*.ts built into .qm files."""
    from dek_desktop.i18n.catalogs import release
    from tests.app.sample_pages import SAMPLE_TRANSLATIONS

    built = tmp_path_factory.mktemp("sample-catalogs")
    for language in ("ru", "en"):
        release(SAMPLE_TRANSLATIONS / f"sample_{language}.ts", built / f"sample_{language}.qm")
    return [(built, "sample")]


@pytest.fixture
def sample_shell(
    shell_factory: Callable[..., Shell],
    shell_config: AppConfig,
    sample_catalogs: list[tuple[Path, str]],
) -> Shell:
    """The app with the sample pages of tests/app/sample_pages.py, against `service`."""
    from tests.app.sample_pages import SAMPLE_PAGES, SAMPLE_UI

    return shell_factory(
        shell_config, pages=SAMPLE_PAGES, ui_dirs=[SAMPLE_UI], catalogs=sample_catalogs
    )


def answer_dialog(box: QMessageBox, *, yes: bool) -> None:
    """Presses the yes (dialogYesButton) or no (dialogNoButton) button of a Dialogs box."""
    button_named(box, "dialogYesButton" if yes else "dialogNoButton").click()


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can see in the window: labels, buttons, window title."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            texts.append(widget.text())
    return texts
