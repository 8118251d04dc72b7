"""The band at the top of every page: the name, the demo badge, РУС/ENG and Support."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

translate = QCoreApplication.translate

#: The switch names the language it switches to, in that language's own short form.
LANGUAGE_BUTTON_TEXT = {"ru": "ENG", "en": "РУС"}


class ChromeBar(QFrame):
    language_requested = Signal()
    support_requested = Signal()
    demo_inbox_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chromeBar")
        self.title = QLabel(self)
        self.title.setObjectName("appTitle")
        self.demo_badge = QLabel(self)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.hide()
        self.demo_inbox_button = QPushButton(self)
        self.demo_inbox_button.setObjectName("demoInboxButton")
        self.demo_inbox_button.hide()
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("languageButton")
        self.support_button = QPushButton(self)
        self.support_button.setObjectName("supportButton")
        self.language_button.clicked.connect(self.language_requested)
        self.support_button.clicked.connect(self.support_requested)
        self.demo_inbox_button.clicked.connect(self.demo_inbox_requested)

        layout = QHBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.demo_badge)
        layout.addStretch(1)
        layout.addWidget(self.demo_inbox_button)
        layout.addWidget(self.language_button)
        layout.addWidget(self.support_button)
        self._language = "ru"
        self.retranslate()

    def show_demo(self, demo: bool) -> None:
        self.demo_badge.setVisible(demo)
        self.demo_inbox_button.setVisible(demo)

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("ChromeBar", "DEK personal account"))
        self.demo_badge.setText(translate("ChromeBar", "Demo"))
        self.demo_badge.setToolTip(
            translate(
                "ChromeBar",
                "Demo mode: the app works with its own practice service; no real e-mail or "
                "SMS is sent",
            )
        )
        self.demo_badge.setAccessibleDescription(self.demo_badge.toolTip())
        self.demo_inbox_button.setText(translate("ChromeBar", "Demo inbox"))
        self.demo_inbox_button.setAccessibleDescription(
            translate("ChromeBar", "Show the messages the practice service would have sent")
        )
        self.language_button.setText(LANGUAGE_BUTTON_TEXT.get(self._language, "ENG"))
        self.language_button.setAccessibleName(
            translate("ChromeBar", "Switch the language to English")
            if self._language == "ru"
            else translate("ChromeBar", "Switch the language to Russian")
        )
        self.language_button.setToolTip(self.language_button.accessibleName())
        self.support_button.setText(translate("ChromeBar", "Support"))
        self.support_button.setAccessibleDescription(
            translate("ChromeBar", "Contacts of the support service and a request form")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
