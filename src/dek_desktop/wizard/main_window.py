"""The main window: the chrome around the embedded wizard, the same on every page.

Top to bottom: the chrome bar (name, «Демо» badge, РУС/ENG, Support), the trust banner when
the service is not DEK's official one, the wizard (in a scroll area, so 200 % zoom fits on a
small screen), and the support phone and hours in the user's own time.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from .chrome_bar import ChromeBar
from .dialogs import Dialogs
from .live_text import LiveText, resolve
from .page_ids import PageId
from .recovery_links import RecoveryLinks
from .support_line import SupportLine
from .trust_banner import TrustBanner
from .window_zoom import WindowZoom

if TYPE_CHECKING:
    from ..api import SupportContacts
    from ..i18n.language_switch import LanguageSwitch
    from .recovery_wizard import RecoveryWizard

translate = QCoreApplication.translate


class ShellWindow(QMainWindow):
    closed = Signal()
    demo_inbox_requested = Signal()

    def __init__(
        self, *, language: LanguageSwitch, user_zone: tzinfo, base_pixel_size: int
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.language = language
        self.dialogs = Dialogs(self)
        self.recovery_links = RecoveryLinks(self)
        self.chrome = ChromeBar(self)
        self.trust_banner = TrustBanner(self)
        self.startup_status = QLabel(self)
        self.startup_status.setObjectName("startupStatus")
        self.startup_status.setWordWrap(True)
        self.startup_status.hide()
        self._wizard: RecoveryWizard | None = None
        self.support_line = SupportLine(user_zone, self)

        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.chrome)
        layout.addWidget(self.trust_banner)
        layout.addWidget(self.startup_status, 1)
        layout.addWidget(self.page_scroll, 1)
        layout.addWidget(self.support_line)
        self.setCentralWidget(central)

        self.zoom = WindowZoom(self, base_pixel_size)
        self.chrome.set_language(language.language)
        self.chrome.language_requested.connect(language.toggle)
        self.chrome.support_requested.connect(self.open_support)
        self.chrome.demo_inbox_requested.connect(self.demo_inbox_requested)
        language.language_changed.connect(self.chrome.set_language)
        self.recovery_links.link_opened.connect(self._bring_to_front)
        self._status: LiveText | None = None
        self.resize(960, 720)
        self.retranslate()

    @property
    def wizard(self) -> RecoveryWizard:
        """Made when first asked for, after the first paint (Qt's namespace is slow to load)."""
        if self._wizard is None:
            from .recovery_wizard import RecoveryWizard

            self._wizard = RecoveryWizard(self.dialogs)
            self.page_scroll.setWidget(self._wizard)
        return self._wizard

    # --- what the app sets -------------------------------------------------------------------

    def show_demo(self, demo: bool) -> None:
        self.chrome.show_demo(demo)

    def show_service_host(self, host: str | None) -> None:
        """The host of a service that is not the official one (the trust banner), or None."""
        self.trust_banner.show_host(host)

    def show_support_contacts(self, contacts: SupportContacts) -> None:
        self.support_line.show_contacts(contacts)

    def show_status(self, status: LiveText | None) -> None:
        """A word in place of the pages while they are not ready (starting the demo service)."""
        from PySide6.QtCore import Qt

        self._status = status
        self.startup_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.startup_status.setText(resolve(status) if status is not None else "")
        self.startup_status.setVisible(status is not None)
        self.page_scroll.setVisible(status is None)

    # --- chrome actions ----------------------------------------------------------------------

    def open_support(self) -> None:
        """The support page, from any page: the flow goes there and loads the contacts."""
        if self._wizard is None or self._wizard.flow is None:
            return
        flow = self._wizard.flow
        page = self.wizard.page_for(PageId.SUPPORT) or self.wizard.current_page
        if page is not None:
            page.run_busy(flow.go_support())

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ShellWindow", "DEK: access to your personal account"))
        if self._status is not None:
            self.startup_status.setText(resolve(self._status))

    # --- Qt ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def _bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
