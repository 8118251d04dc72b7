"""The support phone (a tel: link) and hours in the user's own time, at the foot of every page."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from ..api import SupportContacts

translate = QCoreApplication.translate


class SupportLine(QLabel):
    def __init__(self, user_zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportLine")
        self.setWordWrap(True)
        self._user_zone = user_zone
        self._contacts: SupportContacts | None = None
        self.hide()

    def show_contacts(self, contacts: SupportContacts) -> None:
        from PySide6.QtCore import Qt  # after the first window: Qt's namespace is slow to load

        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self._contacts = contacts
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        from html import escape

        from ..support_hours import local_support_hours, phone_for_display, phone_for_link

        contacts = self._contacts
        if contacts is None:
            return
        phone = phone_for_display(contacts.phone)
        link = f'<a href="{escape(phone_for_link(contacts.phone))}">{escape(phone)}</a>'
        hours = local_support_hours(contacts.hours, contacts.timezone, user_zone=self._user_zone)
        if hours is None:
            template = translate("SupportLine", "Support: %1, hours %2 (%3)")
            text = template.replace("%1", link).replace("%2", escape(contacts.hours))
            text = text.replace("%3", escape(contacts.timezone))
            plain = template.replace("%1", phone).replace("%2", contacts.hours)
            plain = plain.replace("%3", contacts.timezone)
        else:
            template = translate("SupportLine", "Support: %1, from %2 to %3 your time")
            opens, closes = hours.opens.strftime("%H:%M"), hours.closes.strftime("%H:%M")
            text = template.replace("%1", link).replace("%2", opens).replace("%3", closes)
            plain = template.replace("%1", phone).replace("%2", opens).replace("%3", closes)
        self.setText(text)
        self.setAccessibleName(translate("SupportLine", "Support phone and hours"))
        self.setAccessibleDescription(plain)

    def plain_text(self) -> str:
        return self.accessibleDescription()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self._contacts is not None:
            # rich text takes the link colour when it is set (and the same text is not set
            # again): set it anew for a switch between light and dark
            self.clear()
            self.retranslate()
        super().changeEvent(event)
