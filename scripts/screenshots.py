"""Renders every page of the wizard, each in a state a person meets on the way, in Russian and
English, light and dark, to docs/screenshots/<page>-<lang>-<theme>.png.

    uv run python scripts/screenshots.py            # offscreen; prints every file it wrote

One window (1100×800, the app's own style and zoom) per language walks the real flow against
an in-process reference service with the demo accounts, by pressing the window's buttons and
typing into its fields: a wrong password on the sign-in page, «Забыли пароль?», the code from
the service's outbox, the new password twice, done, signed in, a support request, one phone
with two accounts, the identity questions, a blocked account, and the documents page when the
build has it. The window is dressed as `uv run dek-desktop` shows it in demo mode (the «Демо»
badge, no banner about the loopback address), with a keychain (keyrings.alt's file backend in a
temporary folder) so that "remember me" is offered. Each page is shot light, then dark
(`Appearance.force`). The per-page state scripts (scripts/*_screenshots.py) show more states.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

import qasync  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from tests.app.conftest import TmpPlaintextKeyring  # noqa: E402
from tests.conftest import RunningService, test_settings  # noqa: E402

from dek_desktop.app import install_language  # noqa: E402
from dek_desktop.config import AppConfig, Language  # noqa: E402
from dek_desktop.desktop_app import DesktopApp  # noqa: E402
from dek_desktop.keychain import Keychain  # noqa: E402
from dek_desktop.recovery import RecoveryFlow  # noqa: E402
from dek_desktop.resource_paths import styles_dir  # noqa: E402
from dek_desktop.wizard.appearance import STYLE_ARGUMENTS, Appearance  # noqa: E402
from dek_desktop.wizard.dialogs import YES_BUTTON, button_named  # noqa: E402
from dek_desktop.wizard.main_window import ShellWindow  # noqa: E402
from dek_desktop.wizard.page_ids import PageId  # noqa: E402
from dek_recovery_service.seed import demo_account  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
USER_ZONE = ZoneInfo("Asia/Vladivostok")
WINDOW_SIZE = (1100, 800)
THEMES = ("light", "dark")
NEW_PASSWORD = "Золотой-Рог-1860"
#: How long a call may take before the walk gives up (loopback, cheap Argon2id).
ANSWER_S = 30.0

W = TypeVar("W", bound=QWidget)


class Walk:
    """One window against one fresh service, in one language, walked page by page."""

    def __init__(self, appearance: Appearance, language: Language, data_dir: Path) -> None:
        self.appearance = appearance
        self.language = language
        self.service = RunningService(data_dir / "service", test_settings())
        config = AppConfig(api_url=self.service.base_url, language=language)
        self.switch = install_language(config)
        self.window = ShellWindow(
            language=self.switch, user_zone=USER_ZONE, base_pixel_size=appearance.base_pixel_size
        )
        self.desktop = DesktopApp(
            config,
            self.window,
            user_zone=USER_ZONE,
            keychain=Keychain(backend=TmpPlaintextKeyring(data_dir / "keyring.cfg")),
            draft_dir=data_dir / "drafts",
        )
        self.window.show_demo(True)
        self.window.show_service_host(None)
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        self.written: list[Path] = []

    # --- the app -----------------------------------------------------------------------------

    async def start(self) -> None:
        await self.desktop.start()
        self.flow.use_clock(self.service.clock)
        await self.until(lambda: self.window.support_line.isVisible())
        await self.settle()

    @property
    def flow(self) -> RecoveryFlow:
        assert self.desktop.flow is not None
        return self.desktop.flow

    def close(self) -> None:
        self.window.dialogs.close_all()
        self.desktop.stop()
        self.switch.uninstall()
        self.window.close()
        self.window.deleteLater()
        self.service.close()

    # --- what a person does ------------------------------------------------------------------

    def find(self, kind: type[W], name: str) -> W:
        """On the page on screen first (names recur on other pages), else in the window."""
        page = self.window.wizard.current_page
        found = page.findChild(kind, name) if page is not None else None
        found = found or self.window.findChild(kind, name)
        if found is None:
            raise LookupError(f"no {kind.__name__} named {name!r}")
        return found

    async def click(self, name: str) -> None:
        button = self.find(QAbstractButton, name)
        if not (button.isVisible() and button.isEnabled()):
            raise RuntimeError(f"{name} cannot be pressed now")
        button.click()
        await asyncio.sleep(0.05)
        await self.settle()

    async def type_into(self, name: str, text: str) -> None:
        """Key events, one per character (any script), into a cleared field."""
        field = self.find(QWidget, name)
        if isinstance(field, QLineEdit | QPlainTextEdit):
            field.clear()
        field.setFocus()
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )
        await asyncio.sleep(0.05)

    async def answer_next_dialog(self, press: Callable[[], Any]) -> None:
        """Presses the yes button of the box that `press` opens (e.g. «Начать заново»)."""
        opened: list[QMessageBox] = []
        self.window.dialogs.opened.connect(opened.append)
        try:
            press()
            await self.until(lambda: bool(opened))
        finally:
            self.window.dialogs.opened.disconnect(opened.append)
        button_named(opened[0], YES_BUTTON).click()
        await self.settle()

    async def on_page(self, page: PageId) -> None:
        await self.until(lambda: self.window.wizard.currentId() == int(page))
        await self.settle()

    def code_sent_to(self, to: str) -> str:
        message = next(m for m in self.service.outbox() if m["to"] == to)
        code = message["code"]
        assert isinstance(code, str)
        return code

    # --- waiting and shooting ----------------------------------------------------------------

    async def until(self, condition: Callable[[], bool]) -> None:
        deadline = asyncio.get_running_loop().time() + ANSWER_S
        while not condition():
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"waited {ANSWER_S} s in vain ({self.language})")
            await asyncio.sleep(0.05)

    async def settle(self) -> None:
        """The flow's call has answered, the countdowns ticked, the strength meter answered."""
        await self.until(lambda: self.flow.state.busy is None)
        page = self.window.wizard.current_page
        if page is not None:
            await self.until(lambda: not page.is_busy)
        await asyncio.sleep(1.1)

    async def shoot(self, name: str) -> None:
        for theme in THEMES:
            self.appearance.force(theme == "dark")
            await asyncio.sleep(0.25)
            path = OUT / f"{name}-{self.language}-{theme}.png"
            self.window.grab().save(str(path))
            self.written.append(path)
            print(path.relative_to(ROOT), flush=True)
        self.appearance.force(False)
        await asyncio.sleep(0.1)


async def walk_recovery(walk: Walk) -> None:
    """Sign-in → forgot → code → new password → done → signed in → support."""
    anna = demo_account("active")
    assert anna.email is not None
    await walk.type_into("loginEdit", anna.number)
    await walk.type_into("passwordEdit", "Amur-Tiger-2025")
    await walk.click("nextButton")
    await walk.shoot("login")

    await walk.click("forgotLink")
    await walk.on_page(PageId.FORGOT)
    await walk.click("emailRadio")
    await walk.type_into("contactEdit", anna.email)
    await walk.settle()
    await walk.shoot("forgot")

    await walk.click("nextButton")
    await walk.on_page(PageId.CODE)
    walk.service.clock.advance(95)  # the countdowns have moved a little
    await walk.settle()
    await walk.shoot("code")

    await walk.type_into("codeEdit", walk.code_sent_to(anna.email))
    await walk.click("nextButton")
    await walk.on_page(PageId.NEW_PASSWORD)
    await walk.type_into("newPasswordEdit", NEW_PASSWORD)
    await walk.type_into("repeatPasswordEdit", NEW_PASSWORD)
    await walk.settle()
    await walk.shoot("new-password")

    await walk.click("nextButton")
    await walk.on_page(PageId.DONE)
    await walk.shoot("done")

    await walk.click("nextButton")
    await walk.on_page(PageId.SIGNED_IN)
    await walk.shoot("signed-in")

    await walk.click("supportButton")
    await walk.on_page(PageId.SUPPORT)
    name = "Анна Петровна" if walk.language == "ru" else "Anna Ivanova"
    description = (
        "Пароль сменила, но хочу проверить, что почта и телефон указаны верно."
        if walk.language == "ru"
        else "I changed the password and would like to check my e-mail and phone."
    )
    await walk.type_into("supportNameEdit", name)
    await walk.type_into("supportDescriptionEdit", description)
    await walk.settle()
    await walk.shoot("support")

    await walk.click("backButton")
    await walk.on_page(PageId.SIGNED_IN)
    await walk.click("signOutButton")
    await walk.on_page(PageId.LOGIN)


async def walk_two_accounts(walk: Walk) -> None:
    """One phone, two accounts: the list to pick from."""
    phone = demo_account("shared_flat").phone
    assert phone is not None
    await walk.click("forgotLink")
    await walk.on_page(PageId.FORGOT)
    await walk.click("smsRadio")
    await walk.type_into("contactEdit", "8 914 100-00-10")
    await walk.click("nextButton")
    await walk.on_page(PageId.CODE)
    await walk.type_into("codeEdit", walk.code_sent_to(phone))
    await walk.click("nextButton")
    await walk.on_page(PageId.ACCOUNT_CHOICE)
    accounts = walk.find(QListWidget, "accountList")
    accounts.setFocus()
    accounts.setCurrentRow(1)
    await walk.settle()
    await walk.shoot("account-choice")
    await walk.answer_next_dialog(lambda: walk.find(QAbstractButton, "restartButton").click())
    await walk.on_page(PageId.LOGIN)


async def walk_identity(walk: Walk) -> None:
    """The consent and the questions, answered."""
    account = demo_account("identity")
    assert account.email is not None
    await walk.click("forgotLink")
    await walk.on_page(PageId.FORGOT)
    await walk.click("emailRadio")
    await walk.type_into("contactEdit", account.email)
    await walk.click("nextButton")
    await walk.on_page(PageId.CODE)
    await walk.type_into("codeEdit", walk.code_sent_to(account.email))
    await walk.click("nextButton")
    await walk.on_page(PageId.IDENTITY)
    await walk.click("consentCheck")
    for question_id, answer in account.identity_answers.items():
        await walk.type_into(f"answerEdit_{question_id}", answer)
    await walk.settle()
    await walk.shoot("identity")
    await walk.answer_next_dialog(lambda: walk.find(QAbstractButton, "restartButton").click())
    await walk.on_page(PageId.LOGIN)


async def walk_blocked(walk: Walk) -> None:
    """Signing in to an account locked for a while after wrong passwords: the countdown."""
    account = demo_account("locked_attempts")
    await walk.type_into("loginEdit", account.number)
    await walk.type_into("passwordEdit", account.password)
    await walk.click("nextButton")
    await walk.on_page(PageId.BLOCKED)
    await walk.shoot("blocked")
    await walk.answer_next_dialog(lambda: walk.find(QAbstractButton, "restartButton").click())
    await walk.on_page(PageId.LOGIN)


async def walk_documents(walk: Walk) -> None:
    """«Нет доступа к почте и телефону», when this build has the documents page."""
    if walk.window.wizard.page_for(PageId.DOCUMENTS) is None:
        print(f"documents page not in this build: no documents-{walk.language}-*.png")
        return
    await walk.click("documentsLink")
    await walk.on_page(PageId.DOCUMENTS)
    await walk.shoot("documents")


async def shoot_all(appearance: Appearance) -> list[Path]:
    written: list[Path] = []
    for language in ("ru", "en"):
        with tempfile.TemporaryDirectory() as data:
            walk = Walk(appearance, language, Path(data))
            try:
                await walk.start()
                for part in (
                    walk_recovery,
                    walk_two_accounts,
                    walk_identity,
                    walk_blocked,
                    walk_documents,
                ):
                    await part(walk)
            finally:
                written.extend(walk.written)
                walk.close()
    return written


def main() -> int:
    app = QApplication([*sys.argv, *STYLE_ARGUMENTS])
    appearance = Appearance(app, styles_dir())
    OUT.mkdir(parents=True, exist_ok=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    code = 1
    try:
        with loop:
            written = loop.run_until_complete(shoot_all(appearance))
        print(f"{len(written)} screenshots in {OUT.relative_to(ROOT)}", flush=True)
        code = 0
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)  # PySide's clean-up at interpreter exit can crash after offscreen grabs


if __name__ == "__main__":
    sys.exit(main())
