"""«Свяжитесь с технической поддержкой»: the service's contacts (a phone to call, an address to
write to, the hours on the user's own clock), and a request form that shows exactly what it
sends about the app; then the request's number to copy. Offline, what was written is kept
and sent with «Try again»."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import ClassVar

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from ...api.models import Diagnostics, SupportContacts
from ...recovery import FlowState, PageProblem, ProblemKind
from ...support_hours import local_support_hours, phone_for_display, phone_for_link
from ..flow_page import FlowPage
from ..page_ids import PageId
from ..page_services import PageServices
from ..problem_texts import general_problem_text
from .page_height import PageHeight
from .support_subjects import subject_for

#: The URL a contact button opens (a dynamic property: tests and QA scripts read it).
LINK_PROPERTY = "link"


class SupportPage(FlowPage):
    page_id = PageId.SUPPORT
    form_name = "support_page"
    field_widgets: ClassVar[dict[str, str]] = {
        "name": "supportNameEdit",
        "support_contact": "supportContactEdit",
        "subject": "supportSubjectEdit",
        "description": "supportDescriptionEdit",
    }

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        PageHeight(self)
        assert self.form is not None
        find = self.form.find
        self.phone_button = find(QPushButton, "supportPhoneButton")
        self.email_button = find(QPushButton, "supportEmailButton")
        self.site_button = find(QPushButton, "supportSiteButton")
        self.hours_label = find(QLabel, "supportHoursLabel")
        self.request_form = find(QWidget, "supportRequestForm")
        self.name_edit = find(QLineEdit, "supportNameEdit")
        self.contact_edit = find(QLineEdit, "supportContactEdit")
        self.subject_edit = find(QLineEdit, "supportSubjectEdit")
        self.description_edit = find(QPlainTextEdit, "supportDescriptionEdit")
        self.diagnostics_button = find(QPushButton, "diagnosticsButton")
        self.diagnostics_view = find(QLabel, "diagnosticsView")
        self.ticket_panel = find(QFrame, "ticketPanel")
        self.ticket_edit = find(QLineEdit, "ticketNumberEdit")
        self.copy_button = find(QPushButton, "copyTicketButton")
        self.copied_label = find(QLabel, "ticketCopiedLabel")
        self.new_request_button = find(QPushButton, "newRequestButton")

        for button in (self.phone_button, self.email_button, self.site_button):
            button.clicked.connect(self._open_link)
            button.hide()
        self.hours_label.hide()
        self.diagnostics_button.toggled.connect(self._diagnostics_toggled)
        self.diagnostics_view.hide()
        self.copy_button.clicked.connect(self._copy_ticket)
        self.new_request_button.clicked.connect(self._new_request)
        self.ticket_panel.hide()
        self.copied_label.hide()
        self._prefilled: dict[QLineEdit, str] = {}
        self._dismissed_ticket: str | None = None

    # --- FlowPage ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Support"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleDescription(self.tr("Copy the request number"))
        self.copied_label.setText(self.tr("The number is copied."))
        self.new_request_button.setText(self.tr("Write another request"))
        self.site_button.setText(self.tr("Website"))
        self.phone_button.setAccessibleDescription(self.tr("Call this number"))
        self.email_button.setAccessibleDescription(self.tr("Write an e-mail to this address"))
        self.site_button.setAccessibleDescription(self.tr("Open the support website"))
        self._diagnostics_toggled()

    def draw(self, state: FlowState) -> None:
        super().draw(state)
        if state.support_contacts is not None:
            self._draw_contacts(state.support_contacts)
        self._prefill(state)
        self._draw_diagnostics()
        self._draw_ticket(state)

    def problem_text(self, problem: PageProblem) -> str | None:
        kept = problem.kind in (ProblemKind.NO_CONNECTION, ProblemKind.TIMEOUT)
        if kept and self.description_edit.toPlainText().strip():
            return (
                general_problem_text(problem)
                + "\n"
                + self.tr("What you wrote is kept: press “Try again” to send it.")
            )
        return None

    def next_button_text(self) -> str:
        return self.tr("Send the request")

    def next_action(self) -> Awaitable[object]:
        self._draw_diagnostics()  # exactly what goes out, at the moment it goes
        return self.services.flow.send_support_request(
            name=self.name_edit.text(),
            contact=self.contact_edit.text(),
            subject=self.subject_edit.text(),
            description=self.description_edit.toPlainText(),
            locale=self._locale(),
        )

    def is_ready(self) -> bool:
        return self.ticket_panel.isHidden()

    def initial_focus(self) -> QWidget | None:
        if not self.ticket_panel.isHidden():
            return self.copy_button
        for field in (self.name_edit, self.contact_edit):
            if not field.text().strip():
                return field
        return self.description_edit

    # --- contacts ----------------------------------------------------------------------------

    def _draw_contacts(self, contacts: SupportContacts) -> None:
        for button, text, link in (
            (self.phone_button, phone_for_display(contacts.phone), phone_for_link(contacts.phone)),
            (self.email_button, contacts.email, f"mailto:{contacts.email}"),
            (self.site_button, self.tr("Website"), contacts.url),
        ):
            button.setText(text)
            button.setProperty(LINK_PROPERTY, link)
            button.setToolTip(link)
            button.setVisible(bool(text.strip() and link.strip()))
        hours = local_support_hours(
            contacts.hours, contacts.timezone, user_zone=self.services.local_zone
        )
        if hours is None:
            text = self.tr("Hours: %1 (%2)").replace("%1", contacts.hours)
            text = text.replace("%2", contacts.timezone)
        else:
            text = self.tr("Open from %1 to %2, your time")
            text = text.replace("%1", hours.opens.strftime("%H:%M"))
            text = text.replace("%2", hours.closes.strftime("%H:%M"))
        self.hours_label.setText(text)
        self.hours_label.show()

    def _open_link(self) -> None:
        button = self.sender()
        link = button.property(LINK_PROPERTY) if isinstance(button, QPushButton) else None
        if isinstance(link, str) and link:
            QDesktopServices.openUrl(QUrl(link))

    # --- the form ----------------------------------------------------------------------------

    def _prefill(self, state: FlowState) -> None:
        """What the app already knows, in the fields the user has not changed."""
        name = state.signed_in.display_name if state.signed_in is not None else ""
        contact = state.contact.strip() or (state.login if "@" in state.login else "")
        for field, value in (
            (self.name_edit, name),
            (self.contact_edit, contact),
            (self.subject_edit, subject_for(state)),
        ):
            untouched = field.text() in ("", self._prefilled.get(field, ""))
            if untouched and value and field.text() != value:
                field.setText(value)
                field.setCursorPosition(0)
            if untouched:
                self._prefilled[field] = value

    def _locale(self) -> str:
        return self.services.language.locale().name().replace("_", "-")

    # --- diagnostics -------------------------------------------------------------------------

    def _diagnostics_toggled(self) -> None:
        shown = self.diagnostics_button.isChecked()
        self.diagnostics_button.setText(
            self.tr("Hide the details") if shown else self.tr("Details")
        )
        self.diagnostics_button.setAccessibleDescription(
            self.tr("What the request sends about the app")
        )
        self.diagnostics_view.setVisible(shown)
        self._draw_diagnostics()
        if shown:
            QTimer.singleShot(0, self, self._bring_diagnostics_into_view)

    def _bring_diagnostics_into_view(self) -> None:
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if holder is not None and self.diagnostics_view.isVisible():
            holder.ensureWidgetVisible(self.diagnostics_view)

    def _draw_diagnostics(self) -> None:
        text = self.diagnostics_text(self.services.flow.support_diagnostics(self._locale()))
        if self.diagnostics_view.text() != text:
            self.diagnostics_view.setText(text)
            self.diagnostics_view.setAccessibleDescription(text)

    def diagnostics_text(self, sent: Diagnostics) -> str:
        none = self.tr("none")
        lines = [
            self.tr("App version: %1").replace("%1", sent.app_version),
            self.tr("System: %1").replace("%1", sent.os),
            self.tr("Language: %1").replace("%1", sent.locale),
            self.tr("Page: %1").replace("%1", sent.step),
            self.tr("Last problem: %1").replace("%1", sent.last_problem_type or none),
            self.tr("Numbers of the last requests to the service: %1").replace(
                "%1", ", ".join(sent.last_request_ids) or none
            ),
        ]
        return "\n".join(lines)

    # --- the ticket --------------------------------------------------------------------------

    def _draw_ticket(self, state: FlowState) -> None:
        ticket = state.support_ticket
        showing = ticket is not None and ticket.ticket_number != self._dismissed_ticket
        if ticket is not None and showing:
            if self.ticket_edit.text() != ticket.ticket_number:
                self.ticket_edit.setText(ticket.ticket_number)
                self.copied_label.hide()
            if self.ticket_panel.isHidden():
                self.ticket_panel.show()
                self.request_form.hide()
                self.update_ready()
                if self.isVisible():
                    self.copy_button.setFocus()
        elif not self.ticket_panel.isHidden():
            self.ticket_panel.hide()
            self.request_form.show()
            self.update_ready()

    def _copy_ticket(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.ticket_edit.text())
        self.copied_label.show()
        self.copied_label.setAccessibleDescription(self.copied_label.text())

    def _new_request(self) -> None:
        self._dismissed_ticket = self.ticket_edit.text()
        self.description_edit.clear()
        self.ticket_edit.clear()
        self.copied_label.hide()
        self.ticket_panel.hide()
        self.request_form.show()
        self.update_ready()
        self.description_edit.setFocus()
