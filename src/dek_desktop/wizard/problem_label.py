"""`problemLabel`: the page's current problem, said in words and announced to screen readers.

The text changes, so it is given as the accessible *description* and never as a fixed
accessible name (a name would hide what it says); each change sends the accessibility events
a screen reader speaks (DescriptionChanged, and Alert for a new problem).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

OBJECT_NAME = "problemLabel"


class ProblemLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setProperty("role", "problem")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def say(self, text: str) -> None:
        if text == self.text() and not self.isHidden():
            return
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
        self._announce(QAccessible.Event.DescriptionChanged)
        if text:
            self._announce(QAccessible.Event.Alert)

    def clear_problem(self) -> None:
        if not self.text():
            return
        self.setText("")
        self.setAccessibleDescription("")
        self.hide()
        self._announce(QAccessible.Event.DescriptionChanged)

    def _announce(self, kind: QAccessible.Event) -> None:
        QAccessible.updateAccessibility(QAccessibleEvent(self, kind))
