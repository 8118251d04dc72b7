"""The Demo inbox: a window of its own beside the app, showing what the demo service "sent".

Newest message first, each with a button that copies its code and, for an e-mail, one that
opens its link in the app as an installed link handler would (`link_opened`). A second tab
lists the demo accounts with their passwords. The messages come from `watch_outbox`, which
reads GET /demo/outbox in a worker thread once a second.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ..demo.accounts import DemoCatalogue
    from ..demo.outbox import OutboxMessage, OutboxReader

translate = QCoreApplication.translate


def _about(key: str, fallback: str) -> str:
    """The demo accounts' descriptions in the interface's language (the seed's are English)."""
    texts = {
        "active": translate("DemoInbox", "e-mail and phone; every step works"),
        "phone_only": translate("DemoInbox", "a phone and no e-mail"),
        "locked_attempts": translate(
            "DemoInbox", "locked for 15 minutes after 5 wrong passwords; recovery still works"
        ),
        "dormant": translate("DemoInbox", "blocked for long inactivity; recover by code"),
        "compromised": translate("DemoInbox", "suspected compromise; documents or support"),
        "suspicious": translate("DemoInbox", "suspicious activity; documents or support"),
        "terms": translate("DemoInbox", "terms violation; support only"),
        "recovery_violation": translate("DemoInbox", "recovery security breach; support only"),
        "identity": translate("DemoInbox", "asked identity questions after the code"),
        "shared_flat": translate("DemoInbox", "one phone, two accounts: the flat"),
        "shared_dacha": translate("DemoInbox", "one phone, two accounts: the dacha"),
    }
    return texts.get(key, fallback)


class MessageText(QTextEdit):
    """A message's text, wrapped anywhere (a link is one long word) and as tall as it is."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setPlainText(text)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self) -> None:
        margins = self.contentsMargins()
        height = self.document().size().height() + margins.top() + margins.bottom()
        self.setFixedHeight(int(height) + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class DemoMessageCard(QFrame):
    copy_requested = Signal(str)
    link_requested = Signal(str)

    def __init__(self, message: OutboxMessage, user_zone: tzinfo, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("demoMessage")
        self.message = message
        self._user_zone = user_zone
        self.header = QLabel(self)
        self.header.setObjectName("demoMessageHeader")
        self.header.setWordWrap(True)
        self.subject = QLabel(message.subject, self)
        self.subject.setObjectName("demoMessageSubject")
        self.subject.setWordWrap(True)
        self.subject.setVisible(bool(message.subject))
        self.body = MessageText(message.body, self)
        self.body.setObjectName("demoMessageBody")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyCodeButton")
        self.copy_button.setVisible(message.code is not None)
        self.link_button = QPushButton(self)
        self.link_button.setObjectName("openLinkButton")
        self.link_button.setVisible(message.link is not None)
        if message.code is not None:
            code = message.code
            self.copy_button.clicked.connect(lambda: self.copy_requested.emit(code))
        if message.link is not None:
            link = message.link
            self.link_button.clicked.connect(lambda: self.link_requested.emit(link))

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.subject)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        message = self.message
        sent = message.sent_at.astimezone(self._user_zone)
        channel = (
            translate("DemoInbox", "SMS")
            if message.channel == "sms"
            else translate("DemoInbox", "E-mail")
        )
        self.header.setText(
            translate("DemoInbox", "%1 to %2, sent %3 at %4")
            .replace("%1", channel)
            .replace("%2", message.to)
            .replace("%3", sent.strftime("%d.%m.%Y"))
            .replace("%4", sent.strftime("%H:%M"))
        )
        if message.code is not None:
            self.copy_button.setText(
                translate("DemoInbox", "Copy the code %1").replace("%1", message.code)
            )
        self.link_button.setText(translate("DemoInbox", "Open the link in the app"))


class DemoInboxWindow(QWidget):
    link_opened = Signal(str)
    messages_arrived = Signal(int)  # how many new ones

    def __init__(self, user_zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("demoInboxWindow")
        self._user_zone = user_zone
        self._catalogue: DemoCatalogue | None = None
        self._watch: asyncio.Task[None] | None = None
        self.cards: list[DemoMessageCard] = []

        self.intro = QLabel(self)
        self.intro.setObjectName("demoInboxIntro")
        self.intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("demoInboxTabs")

        messages_page = QWidget(self)
        self.empty_label = QLabel(messages_page)
        self.empty_label.setObjectName("demoInboxEmpty")
        self.empty_label.setWordWrap(True)
        self.copied_label = QLabel(messages_page)
        self.copied_label.setObjectName("demoInboxCopied")
        self.copied_label.hide()
        self.message_list = QWidget(messages_page)
        self.message_list.setObjectName("demoMessages")
        self._list_layout = QVBoxLayout(self.message_list)
        self._list_layout.addStretch(1)
        scroll = QScrollArea(messages_page)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.message_list)
        messages_layout = QVBoxLayout(messages_page)
        messages_layout.addWidget(self.empty_label)
        messages_layout.addWidget(self.copied_label)
        messages_layout.addWidget(scroll, 1)

        accounts_page = QWidget(self)
        self.accounts_table = QTableWidget(0, 5, accounts_page)
        self.accounts_table.setObjectName("demoAccounts")
        self.accounts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accounts_table.verticalHeader().hide()
        self.accounts_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.accounts_table.horizontalHeader().setStretchLastSection(True)
        self.extras_label = QLabel(accounts_page)
        self.extras_label.setObjectName("demoExtras")
        self.extras_label.setWordWrap(True)
        self.extras_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        accounts_layout = QVBoxLayout(accounts_page)
        accounts_layout.addWidget(self.accounts_table, 1)
        accounts_layout.addWidget(self.extras_label)

        self.tabs.addTab(messages_page, "")
        self.tabs.addTab(accounts_page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        self.resize(780, 720)
        self.retranslate()

    # --- filling it --------------------------------------------------------------------------

    def add_messages(self, messages: Sequence[OutboxMessage]) -> None:
        """New messages, newest first; they go on top of the ones shown."""
        for message in reversed(messages):
            card = DemoMessageCard(message, self._user_zone, self.message_list)
            card.copy_requested.connect(self._copy_code)
            card.link_requested.connect(self.link_opened)
            self._list_layout.insertWidget(0, card)
            self.cards.insert(0, card)
        self.empty_label.setVisible(not self.cards)
        if messages:
            self.messages_arrived.emit(len(messages))

    def show_catalogue(self, catalogue: DemoCatalogue) -> None:
        self._catalogue = catalogue
        table = self.accounts_table
        table.setRowCount(len(catalogue.accounts))
        for row, account in enumerate(catalogue.accounts):
            contacts = ", ".join(c for c in (account.email, account.phone) if c)
            cells = (account.number, account.password, "", contacts, account.display_name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        self.retranslate()

    def start_watching(self, reader: OutboxReader) -> None:
        """Polls the outbox off the GUI thread; call once the event loop runs."""
        from ..demo.outbox import watch_outbox

        self.stop_watching()
        self._watch = asyncio.ensure_future(watch_outbox(reader, self.add_messages))

    def stop_watching(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            self._watch = None

    # --- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(translate("DemoInbox", "Demo inbox"))
        self.intro.setText(
            translate(
                "DemoInbox",
                "Demo mode: no real e-mail or SMS is sent. The messages a customer would get "
                "appear here, newest first.",
            )
        )
        self.empty_label.setText(
            translate(
                "DemoInbox",
                "No messages yet. Ask for a recovery code in the app and it appears here.",
            )
        )
        self.empty_label.setVisible(not self.cards)
        self.tabs.setTabText(0, translate("DemoInbox", "Messages"))
        self.tabs.setTabText(1, translate("DemoInbox", "Demo accounts"))
        self.accounts_table.setHorizontalHeaderLabels(
            [
                translate("DemoInbox", "Account number"),
                translate("DemoInbox", "Password"),
                translate("DemoInbox", "What it shows"),
                translate("DemoInbox", "E-mail and phone"),
                translate("DemoInbox", "Name"),
            ]
        )
        catalogue = self._catalogue
        if catalogue is not None:
            for row, account in enumerate(catalogue.accounts):
                item = self.accounts_table.item(row, 2)
                if item is not None:
                    item.setText(_about(account.key, account.about))
            english = self.locale().language().name == "English"
            answers = "; ".join(
                f"{answer.label_en if english else answer.label_ru}: {answer.answer}"
                for answer in catalogue.identity_answers
            )
            identity = next(
                (a.number for a in catalogue.accounts if a.key == catalogue.identity_account), ""
            )
            self.extras_label.setText(
                translate("DemoInbox", "Answers to the identity questions of account %1: %2")
                .replace("%1", identity)
                .replace("%2", answers)
                + "\n"
                + translate("DemoInbox", "Application from a service centre: number %1, PIN %2")
                .replace("%1", catalogue.application_number)
                .replace("%2", catalogue.application_pin)
            )
        for card in self.cards:
            card.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _copy_code(self, code: str) -> None:
        QGuiApplication.clipboard().setText(code)
        self.copied_label.setText(
            translate("DemoInbox", "The code %1 is copied.").replace("%1", code)
        )
        self.copied_label.show()
