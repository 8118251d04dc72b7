"""`dek-desktop` running: QApplication + qasync loop, the first window painted first.

Start-up is in two parts so the first window paints fast:
1. before the event loop: the QApplication, translations, the style and the main window with
   its chrome (Qt and our small modules only: no asyncio, no requests), shown and painted;
2. then qasync's loop and `DesktopApp` (desktop_app.py): demo mode's service, the heavy part
   (the API client with requests, the flow, the pages) imported in a worker thread and built,
   the support contacts fetched, the demo inbox opened.
On the way out every outstanding task is cancelled (`aboutToQuit`), the demo service stopped
and its directory removed.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from .config import AppConfig
from .demo import wants_demo
from .i18n.catalogs import build_stale_catalogs
from .i18n.language_switch import LanguageSwitch
from .resource_paths import styles_dir, translations_dir
from .support_hours import local_zone
from .wizard.appearance import STYLE_ARGUMENTS, Appearance
from .wizard.main_window import ShellWindow

if TYPE_CHECKING:
    import asyncio

#: Set to 1 and the app prints FIRST_PAINT_MARKER when its window first paints, and
#: READY_MARKER when the first page is on screen (bench/startup.py reads them).
REPORT_ENV = "DEK_REPORT_STARTUP"
FIRST_PAINT_MARKER = "dek-desktop: first paint"


class FirstPaintReporter(QObject):
    """Prints a marker on the window's first paint event (for the start-up benchmark)."""

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            print(FIRST_PAINT_MARKER, flush=True)
        return False


def install_language(config: AppConfig) -> LanguageSwitch:
    """Our catalog and Qt's for the configured language (a stale .qm is rebuilt first)."""
    catalogs = translations_dir()
    build_stale_catalogs(catalogs)
    return LanguageSwitch(catalogs, config.language or "ru")


def run_app(config: AppConfig) -> int:
    app = QApplication.instance() or QApplication([*sys.argv, *STYLE_ARGUMENTS])
    assert isinstance(app, QApplication)
    app.setApplicationName("dek-desktop")
    app.setOrganizationName("DEK")
    report = os.environ.get(REPORT_ENV) == "1"
    language = install_language(config)
    appearance = Appearance(app, styles_dir())
    user_zone = local_zone()
    window = ShellWindow(
        language=language, user_zone=user_zone, base_pixel_size=appearance.base_pixel_size
    )
    window.show_demo(wants_demo(config))
    if config.api_url is not None and not config.is_official_service:
        window.show_service_host(config.service_host)
    if report:
        FirstPaintReporter(window)
    window.show()
    app.processEvents()  # the first frame, before asyncio, qasync and the rest are imported

    import asyncio
    import logging

    import qasync

    from .desktop_app import DesktopApp
    from .wizard.calm_errors import CalmErrors

    if config.kiosk:
        logging.getLogger("dek_desktop").info(
            "--kiosk: read; kiosk mode itself comes in a later version (keychain is off)"
        )
    appearance.follow_system()
    window.zoom.set_base(appearance.base_pixel_size)
    desktop = DesktopApp(config, window, user_zone=user_zone, report_startup=report)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    CalmErrors(window.dialogs).install(loop)
    window.closed.connect(app.quit)
    app.aboutToQuit.connect(desktop.cancel_tasks)
    _quit_on_signals(loop, app)
    with loop:
        loop.call_soon(desktop.start)
        try:
            loop.run_forever()
        finally:
            _finish_cancelled_tasks(loop)
            desktop.stop()
    # Qt's objects go before Python's finalizer runs, which could otherwise free them twice
    window.deleteLater()
    app.shutdown()
    return 0


def _finish_cancelled_tasks(loop: asyncio.AbstractEventLoop) -> None:
    """Every task still pending when the window closed is cancelled and given a moment to
    unwind (a page's call, the inbox's watch), so none is destroyed half-way."""
    import asyncio

    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.wait(pending, timeout=5))


def _quit_on_signals(loop: asyncio.AbstractEventLoop, app: QApplication) -> None:
    """Ctrl+C and SIGTERM close the app the normal way, so the demo service is stopped."""
    import signal

    for number in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(number, app.quit)
        except (NotImplementedError, RuntimeError, ValueError):
            signal.signal(number, lambda *_: QTimer.singleShot(0, app.quit))


def show_config_problem(message: str) -> int:
    """A settings file or variable cannot be used: say which and why, then exit (code 2)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    app = QApplication.instance() or QApplication(sys.argv)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "dek-desktop",
        "The settings cannot be read / Настройки не читаются:\n\n" + message,
    )
    box.setObjectName("configProblemDialog")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.finished.connect(app.quit)
    box.show()
    app.exec()
    return 2
