"""What a page shows while a call is under way: a moving bar, what is happening, Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from .live_text import LiveText, resolve

translate = QCoreApplication.translate


class BusyIndicator(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("busyProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.label = QLabel(self)
        self.label.setObjectName("busyLabel")
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        self._status: LiveText | None = None
        self.retranslate()
        self.hide()

    def start(self, status: LiveText | None) -> None:
        self._status = status
        self.retranslate()
        self.show()

    def stop(self) -> None:
        self._status = None
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(
            resolve(self._status) if self._status else translate("BusyIndicator", "Please wait…")
        )
        self.progress.setAccessibleName(self.label.text())
        self.cancel_button.setText(translate("BusyIndicator", "Cancel"))
        self.cancel_button.setAccessibleDescription(
            translate("BusyIndicator", "Stop waiting for the answer")
        )
