"""Keeps a page at least as tall as its wrapped text needs at its width, so that a long page
(the details shown, a problem said, a large zoom) makes the window scroll instead of squeezing
labels into each other.

Word-wrapped labels tell Qt their height only for a given width (height-for-width), which
QWizard does not ask for: it sizes itself by its pages' plain minimum sizes, and reads them
again only when it lays itself out anew.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizardPage


class PageHeight(QObject):
    def __init__(self, page: QWizardPage) -> None:
        super().__init__(page)
        self._page = page
        self._pending = False
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self._fit_soon()
        return False

    def _fit_soon(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        self._pending = False
        page = self._page
        if not page.isVisible() or not page.hasHeightForWidth():
            return
        needed = page.heightForWidth(page.width())
        if needed <= 0 or needed == page.minimumHeight():
            return
        page.setMinimumHeight(needed)
        # QWizard reads its pages' minimum sizes again when the current page's title is set;
        # it hides the page area meanwhile, which throws the keyboard focus out of the page
        focused = QApplication.focusWidget()
        page.setTitle(page.title())
        if focused is not None and focused.isVisible() and not focused.hasFocus():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
