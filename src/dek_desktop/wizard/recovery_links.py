"""Recovery links handed to the app from outside, as an installed link handler would.

The demo inbox's "open the link" calls `open(link)`; the code page connects to
`link_opened` and gives the link to the flow (`RecoveryFlow.open_link`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class RecoveryLinks(QObject):
    link_opened = Signal(str)

    def open(self, link: str) -> None:
        self.link_opened.emit(link)
