"""Shown on every page when the app talks to a service other than DEK's official one."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

translate = QCoreApplication.translate


class TrustBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustBanner")
        self.setWordWrap(True)
        self._host: str | None = None
        self.hide()

    def show_host(self, host: str | None) -> None:
        """The host of an address that is not the official one; None hides the banner."""
        # only the characters of a host name and port, so the text can never be read as HTML
        self._host = None if host is None else re.sub(r"[^\w.:\[\]-]", "", host)
        self.retranslate()
        self.setVisible(host is not None)

    def retranslate(self) -> None:
        if self._host is None:
            self.clear()
            return
        text = translate(
            "TrustBanner",
            "Attention: this app is connected to %1, not to DEK's official server. "
            "Do not type your password unless DEK told you to use this address.",
        ).replace("%1", self._host)
        self.setText(text)
        self.setAccessibleDescription(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
