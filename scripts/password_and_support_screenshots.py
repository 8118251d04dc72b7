"""Renders the new password, done, blocked and support pages in their important states, in
Russian and English, to docs/screenshots/<page>-<state>-<lang>.png.

    QT_QPA_PLATFORM=offscreen uv run python scripts/password_and_support_screenshots.py

Against an in-process reference service with the demo accounts; its clock is moved (never
waited for) to show the reset window's warning and a lock's countdown.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget  # noqa: E402
from tests.app.conftest import TmpPlaintextKeyring  # noqa: E402
from tests.conftest import RunningService, test_settings  # noqa: E402

from dek_desktop.api import Channel  # noqa: E402
from dek_desktop.app import install_language  # noqa: E402
from dek_desktop.config import AppConfig, Language  # noqa: E402
from dek_desktop.desktop_app import DesktopApp  # noqa: E402
from dek_desktop.keychain import Keychain  # noqa: E402
from dek_desktop.recovery import RecoveryFlow  # noqa: E402
from dek_desktop.resource_paths import styles_dir  # noqa: E402
from dek_desktop.wizard.appearance import Appearance  # noqa: E402
from dek_desktop.wizard.main_window import ShellWindow  # noqa: E402
from dek_recovery_service.seed import demo_account  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
USER_ZONE = ZoneInfo("Asia/Vladivostok")
GOOD_PASSWORD = "Золотой-Рог-1860"
LOCKED = ("locked_attempts", "dormant", "compromised", "suspicious", "terms", "recovery_violation")


class Session:
    """One window against one fresh service, in one language."""

    def __init__(self, appearance: Appearance, language: Language, data_dir: Path) -> None:
        self.language = language
        self.service = RunningService(data_dir, test_settings())
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
        self.window.resize(960, 860)
        self.window.show()

    async def start(self) -> None:
        await self.desktop.start()
        self.flow.use_clock(self.service.clock)
        await self.flow.start()

    @property
    def flow(self) -> RecoveryFlow:
        assert self.desktop.flow is not None
        return self.desktop.flow

    def find(self, name: str, kind: type[QWidget] = QWidget) -> Any:
        page = self.window.wizard.current_page
        found = page.findChild(kind, name) if page is not None else None
        found = found or self.window.findChild(kind, name)
        assert found is not None, name
        return found

    async def settle(self) -> None:
        idle = asyncio.Event()
        unsubscribe = self.flow.subscribe(lambda state: idle.set() if state.busy is None else None)
        if self.flow.state.busy is None:
            idle.set()
        await idle.wait()
        unsubscribe()
        await asyncio.sleep(1.2)  # a tick of the countdowns, the strength estimate, a repaint

    async def click(self, name: str) -> None:
        self.find(name).click()
        await asyncio.sleep(0.1)
        await self.settle()

    async def type_into(self, name: str, text: str) -> None:
        field = self.find(name)
        if isinstance(field, QPlainTextEdit):
            field.setPlainText(text)
        else:
            assert isinstance(field, QLineEdit)
            field.setText(text)
        await asyncio.sleep(0.05)

    def shot(self, page: str, state: str) -> None:
        path = OUT / f"{page}-{state}-{self.language}.png"
        self.window.grab().save(str(path))
        print(path.relative_to(ROOT))

    def close(self) -> None:
        self.window.dialogs.close_all()
        self.desktop.stop()
        self.switch.uninstall()
        self.window.close()
        self.window.deleteLater()
        self.service.close()

    async def reach_new_password(self) -> None:
        email = demo_account("active").email
        assert email is not None
        self.flow.go_forgot()
        await self.flow.start_recovery(Channel.EMAIL, email)
        code = next(m for m in self.service.outbox() if m["to"] == email)["code"]
        await self.flow.verify(code)
        await self.settle()

    async def passwords(self, first: str, second: str) -> None:
        await self.type_into("newPasswordEdit", first)
        await self.type_into("repeatPasswordEdit", second)
        await self.settle()


async def shoot_new_password(session: Session) -> None:
    await session.reach_new_password()
    session.shot("new-password", "empty")
    await session.passwords("gfhjkm123", "gfhjkm12")
    session.shot("new-password", "weak")
    await session.passwords("gfhjkm123", "gfhjkm123")
    await session.click("nextButton")
    session.shot("new-password", "rejected")
    await session.passwords(GOOD_PASSWORD, GOOD_PASSWORD)
    session.find("keychainCheck").click()
    session.shot("new-password", "strong")
    policy = session.flow.state.policy
    assert policy is not None
    session.service.clock.advance(policy.reset_ttl.total_seconds() - 100)
    await session.settle()
    session.shot("new-password", "warning")
    await session.click("nextButton")
    await session.settle()
    session.shot("done", "saved")


async def shoot_window_over(session: Session) -> None:
    await session.reach_new_password()
    policy = session.flow.state.policy
    assert policy is not None
    session.service.clock.advance(policy.reset_ttl.total_seconds())
    await session.settle()
    session.shot("new-password", "over")


async def shoot_blocked(session: Session) -> None:
    for key in LOCKED:
        account = demo_account(key)
        session.flow.go_login()
        await session.flow.sign_in(account.number, account.password)
        await session.settle()
        session.shot("blocked", key.replace("_", "-"))


async def shoot_support(session: Session) -> None:
    await session.reach_new_password()
    await session.passwords("Ёж", "Ёж")
    await session.click("nextButton")
    session.find("supportButton", QWidget).click()
    await session.settle()
    session.shot("support", "form")
    await session.type_into("supportNameEdit", "Анна Петровна")
    await session.type_into(
        "supportDescriptionEdit", "Новый пароль не принимается, хотя я ввожу его дважды."
    )
    session.find("diagnosticsButton").click()
    await session.settle()
    session.shot("support", "diagnostics")
    session.find("diagnosticsButton").click()
    session.service.stop()
    await session.click("nextButton")
    session.shot("support", "offline")
    session.service.start()
    await session.click("retryButton")
    session.shot("support", "ticket")


async def shoot_all(appearance: Appearance) -> None:
    shoots: tuple[Callable[[Session], Awaitable[None]], ...] = (
        shoot_new_password,
        shoot_window_over,
        shoot_blocked,
        shoot_support,
    )
    for language in ("ru", "en"):
        for shoot in shoots:
            with tempfile.TemporaryDirectory() as data:
                session = Session(appearance, language, Path(data))
                try:
                    await session.start()
                    await shoot(session)
                finally:
                    session.close()


def main() -> int:
    app = QApplication(sys.argv)
    appearance = Appearance(app, styles_dir())
    OUT.mkdir(parents=True, exist_ok=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot_all(appearance))
    sys.stdout.flush()
    os._exit(0)  # PySide's clean-up at interpreter exit can crash after offscreen grabs


if __name__ == "__main__":
    sys.exit(main())
