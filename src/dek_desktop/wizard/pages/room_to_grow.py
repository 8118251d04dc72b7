"""QWizard measures its pages only when it switches pages, so a page whose content grows
while it is shown (a problem, the picture with digits, the identity questions, a help panel)
would be squeezed. Such a page asks the wizard to measure again, and the window scrolls
instead (the sign-in page does the same)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWizardPage


class RoomToGrow:
    """Mixed in before FlowPage: `class CodePage(RoomToGrow, FlowPage)`."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and isinstance(self, QWizardPage):
            wizard = self.wizard()
            grown = self.minimumSizeHint().height() > self.height()
            if wizard is not None and wizard.currentPage() is self and grown:
                focused = QApplication.focusWidget()
                wizard.setTitleFormat(wizard.titleFormat())  # re-runs QWizard's layout
                # ... which hides the page area for a moment and throws the focus out of it
                if focused is not None and self.isAncestorOf(focused) and not focused.hasFocus():
                    focused.setFocus(Qt.FocusReason.OtherFocusReason)
        return super().event(event)  # type: ignore[misc,no-any-return]
