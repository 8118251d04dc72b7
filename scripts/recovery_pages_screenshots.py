"""Renders the recovery pages (request, code, account choice, identity) in their important
states, in Russian and English, to docs/screenshots/<page>-<state>-<lang>.png.

    QT_QPA_PLATFORM=offscreen uv run python scripts/recovery_pages_screenshots.py

Against an in-process reference service with the demo accounts; its clock is moved (never
waited for) to show the countdowns, a resend and an expired code.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget  # noqa: E402
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


class Session:
    """One window against one fresh service, in one language."""

    def __init__(self, appearance: Appearance, language: Language, data_dir: Path) -> None:
        self.language = language
        self.service = RunningService(data_dir, test_settings())
        config = AppConfig(api_url=self.service.base_url, language=language)
        self.switch = install_language(config)
        self.window = ShellWindow(
            language=self.switch,
            user_zone=USER_ZONE,
            base_pixel_size=appearance.base_pixel_size,
        )
        self.desktop = DesktopApp(
            config,
            self.window,
            user_zone=USER_ZONE,
            keychain=Keychain.off(),
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
        found = self.window.findChild(kind, name)
        assert found is not None, name
        return found

    async def idle(self) -> None:
        """The flow's call has answered; then a tick of the countdowns and a repaint."""
        if self.flow.state.busy is not None:
            answered = asyncio.Event()
            stop = self.flow.subscribe(lambda state: answered.set() if state.busy is None else None)
            await answered.wait()
            stop()
        await asyncio.sleep(1.2)

    async def next(self) -> None:
        self.find("nextButton", QPushButton).click()
        await asyncio.sleep(0.1)
        await self.idle()

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

    async def type_into(self, name: str, text: str) -> None:
        field = self.find(name, QLineEdit)
        field.setText(text)
        await asyncio.sleep(0.05)


async def shoot_forgot(session: Session) -> None:
    flow = session.flow
    flow.go_forgot()
    await session.idle()
    session.shot("forgot", "empty")
    await session.type_into("contactEdit", "anna.ivanova@example")
    await session.next()
    session.shot("forgot", "error")
    for _ in range(3):
        flow.go_forgot()
        await flow.start_recovery(Channel.EMAIL, "anna.ivanova@example.ru")
        flow.go_back()
    await session.type_into("contactEdit", "anna.ivanova@example.ru")
    await session.next()
    session.shot("forgot", "captcha")


async def shoot_code(session: Session) -> None:
    flow, service = session.flow, session.service
    flow.go_forgot()
    await session.idle()
    session.find("smsRadio").click()
    await session.type_into("contactEdit", "8 914 100-00-01")
    await session.next()
    session.shot("code", "fresh")
    session.find("helpButton").click()
    await session.idle()
    session.shot("code", "help")
    session.find("helpButton").click()
    await session.type_into("codeEdit", "000 000")
    await session.next()
    session.shot("code", "wrong")
    service.clock.advance(61)
    await session.idle()
    session.find("resendButton").click()
    await session.idle()
    session.shot("code", "resent")
    service.clock.advance(600)
    await session.idle()
    session.shot("code", "expired")


async def shoot_accounts(session: Session) -> None:
    flow, service = session.flow, session.service
    flow.go_forgot()
    phone = demo_account("shared_flat").phone
    assert phone is not None
    await flow.start_recovery(Channel.SMS, phone)
    code = next(m for m in service.outbox() if m["to"] == phone)["code"]
    await flow.verify(code)
    await session.idle()
    session.shot("account-choice", "list")


async def shoot_identity(session: Session) -> None:
    flow, service = session.flow, session.service
    account = demo_account("identity")
    assert account.email is not None
    flow.go_forgot()
    await flow.start_recovery(Channel.EMAIL, account.email)
    code = next(m for m in service.outbox() if m["to"] == account.email)["code"]
    await flow.verify(code)
    await session.idle()
    session.shot("identity", "questions")
    session.find("consentCheck").click()
    for question_id in account.identity_answers:
        wrong = "Ленина 1" if question_id == "address" else "1234"
        await session.type_into(f"answerEdit_{question_id}", wrong)
    await session.next()
    session.shot("identity", "mismatch")


async def shoot_all(appearance: Appearance) -> None:
    for language in ("ru", "en"):
        for shoot in (shoot_forgot, shoot_code, shoot_accounts, shoot_identity):
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
