"""Renders the app shell (the chrome, a sample page with a problem, the demo inbox) in Russian
and English, light and dark, to docs/screenshots/shell-*.png.

    QT_QPA_PLATFORM=offscreen uv run python scripts/shell_screenshots.py

The pages are the sample pages of tests/app (the shell's own tests); scripts/screenshots.py
renders the real pages. Against an in-process reference service with the demo accounts.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

import qasync  # noqa: E402
import requests  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402
from tests.app.sample_pages import SAMPLE_PAGES, SAMPLE_TRANSLATIONS, SAMPLE_UI  # noqa: E402
from tests.conftest import RunningService, test_settings  # noqa: E402

from dek_desktop.app import install_language  # noqa: E402
from dek_desktop.config import AppConfig, Language  # noqa: E402
from dek_desktop.demo.accounts import load_demo_catalogue  # noqa: E402
from dek_desktop.demo.outbox import OutboxReader  # noqa: E402
from dek_desktop.desktop_app import DesktopApp  # noqa: E402
from dek_desktop.keychain import Keychain  # noqa: E402
from dek_desktop.resource_paths import styles_dir  # noqa: E402
from dek_desktop.wizard.appearance import STYLE_ARGUMENTS, Appearance  # noqa: E402
from dek_desktop.wizard.demo_inbox import DemoInboxWindow  # noqa: E402
from dek_desktop.wizard.main_window import ShellWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
USER_ZONE_NAME = "Asia/Kamchatka"


async def settle(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)


async def shoot_shell(
    app: QApplication, service: RunningService, language: Language, dark: bool, catalogs: Path
) -> None:
    from zoneinfo import ZoneInfo

    config = AppConfig(api_url=service.base_url, language=language)
    switch = install_language(config)
    switch.add_catalog(catalogs, "sample")
    window = ShellWindow(language=switch, user_zone=ZoneInfo(USER_ZONE_NAME), base_pixel_size=16)
    desktop = DesktopApp(
        config,
        window,
        user_zone=ZoneInfo(USER_ZONE_NAME),
        keychain=Keychain.off(),
        draft_dir=Path(tempfile.mkdtemp()),
        page_classes=SAMPLE_PAGES,
        ui_dirs=[SAMPLE_UI],
    )
    window.resize(900, 640)
    window.show()
    await desktop.start()
    while not window.support_line.isVisible():
        await settle(0.05)
    next_button = window.findChild(QPushButton, "nextButton")
    assert next_button is not None
    next_button.click()
    await settle()
    scheme = "dark" if dark else "light"
    window.grab().save(str(OUT / f"shell-{language}-{scheme}.png"))
    window.zoom.set_percent(150)
    await settle()
    if not dark:
        window.grab().save(str(OUT / f"shell-{language}-zoom150.png"))
    desktop.stop()
    switch.uninstall()
    window.close()
    window.deleteLater()


async def shoot_inbox(service: RunningService, language: Language, catalogs: Path) -> None:
    from zoneinfo import ZoneInfo

    switch = install_language(AppConfig(language=language))
    inbox = DemoInboxWindow(ZoneInfo(USER_ZONE_NAME))
    inbox.show()
    inbox.start_watching(OutboxReader(service.base_url))
    inbox.show_catalogue(await asyncio.to_thread(load_demo_catalogue))
    await asyncio.to_thread(
        requests.post,
        f"{service.base_url}/v1/recovery",
        json={"contact": "anna.ivanova@example.ru", "channel": "email"},
        headers={"Idempotency-Key": str(uuid.uuid4())},
        timeout=30,
    )
    while not inbox.cards:
        await settle(0.1)
    await settle()
    inbox.grab().save(str(OUT / f"shell-demo-inbox-{language}.png"))
    inbox.tabs.setCurrentIndex(1)
    await settle()
    inbox.grab().save(str(OUT / f"shell-demo-accounts-{language}.png"))
    inbox.stop_watching()
    switch.uninstall()
    inbox.close()
    inbox.deleteLater()


async def shoot_all(app: QApplication, appearance: Appearance) -> None:
    from dek_desktop.i18n.catalogs import release

    catalogs = Path(tempfile.mkdtemp())
    for language in ("ru", "en"):
        release(SAMPLE_TRANSLATIONS / f"sample_{language}.ts", catalogs / f"sample_{language}.qm")
    with tempfile.TemporaryDirectory() as data:
        service = RunningService(Path(data), test_settings())
        try:
            for dark in (False, True):
                appearance.force(dark)
                for language in ("ru", "en"):
                    await shoot_shell(app, service, language, dark, catalogs)
            appearance.force(False)
            for language in ("ru", "en"):
                await shoot_inbox(service, language, catalogs)
        finally:
            service.close()


def main() -> int:
    app = QApplication([*sys.argv, *STYLE_ARGUMENTS])
    appearance = Appearance(app, styles_dir())
    OUT.mkdir(parents=True, exist_ok=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot_all(app, appearance))
    for path in sorted(OUT.glob("shell-*.png")):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
