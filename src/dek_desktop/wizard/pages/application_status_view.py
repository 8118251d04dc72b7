"""The documents page's status: the application's status in words, when it last changed, the
reviewer's comment, and what comes next with the one button for it: add the documents asked
for, restore access by code to the now-confirmed contact, or contact support."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QPushButton

from ...api.vocabulary import ApplicationStatus, NextStep
from ...applications import ApplicationFlowState
from .application_texts import contact_words, kinds_in_sentence, status_title
from .rich_text import large

if TYPE_CHECKING:
    from ..designer_forms import DesignerForm
    from ..page_services import PageServices

translate = QCoreApplication.translate


class ApplicationStatusView(QObject):
    def __init__(self, form: DesignerForm, services: PageServices) -> None:
        super().__init__(form.widget)
        self._services = services
        self.number = form.find(QLabel, "statusNumberLabel")
        self.title = form.find(QLabel, "statusTitle")
        self.updated = form.find(QLabel, "statusUpdatedLabel")
        self.comment = form.find(QLabel, "statusCommentLabel")
        self.next_label = form.find(QLabel, "statusNextLabel")
        self.add_more_button = form.find(QCommandLinkButton, "addMoreButton")
        self.recover_button = form.find(QCommandLinkButton, "recoverButton")
        self.support_button = form.find(QCommandLinkButton, "contactSupportButton")
        self.receipt_button = form.find(QPushButton, "receiptButton")

    def retranslate(self) -> None:
        for button, title, description in (
            (
                self.add_more_button,
                translate("ApplicationStatusView", "Add the documents"),
                translate(
                    "ApplicationStatusView",
                    "Send what the reviewer asked for and submit the application again",
                ),
            ),
            (
                self.recover_button,
                translate("ApplicationStatusView", "Restore access with a code"),
                translate(
                    "ApplicationStatusView",
                    "The code comes to the contact given in the application",
                ),
            ),
            (
                self.support_button,
                translate("ApplicationStatusView", "Contact support"),
                translate(
                    "ApplicationStatusView", "They will explain the decision and what to do next"
                ),
            ),
        ):
            button.setText(title)
            button.setDescription(description)
            button.setAccessibleDescription(description)

    def draw(self, state: ApplicationFlowState) -> None:
        self.receipt_button.setVisible(state.receipt is not None)
        status = state.status
        if status is None:
            return
        self.number.setText(
            translate("ApplicationStatusView", "Application No. %1").replace(
                "%1", state.number or ""
            )
        )
        self.title.setText(large(status_title(status.status)))
        local = status.updated_at.astimezone(self._services.local_zone)
        self.updated.setText(
            translate("ApplicationStatusView", "Last change on %1 at %2")
            .replace("%1", local.strftime("%d.%m.%Y"))
            .replace("%2", local.strftime("%H:%M"))
        )
        self.comment.setVisible(bool(status.comment))
        self.comment.setText(
            translate("ApplicationStatusView", "The reviewer's comment: %1").replace(
                "%1", status.comment or ""
            )
        )
        self.next_label.setText(_next_words(state))
        self.add_more_button.setVisible(status.next is NextStep.UPLOAD)
        self.recover_button.setVisible(status.next is NextStep.RECOVER)
        self.support_button.setVisible(status.next is NextStep.SUPPORT)


def _next_words(state: ApplicationFlowState) -> str:
    status = state.status
    assert status is not None
    if status.next is NextStep.WAIT:
        return translate(
            "ApplicationStatusView",
            "Nothing to do now. When the reviewer decides, we write to the contact of the "
            "application; you can also check here.",
        )
    if status.next is NextStep.UPLOAD and status.status is ApplicationStatus.NEEDS_MORE:
        return translate(
            "ApplicationStatusView", "Please add %1, send it and submit the application again."
        ).replace("%1", kinds_in_sentence(status.missing))
    if status.next is NextStep.UPLOAD:
        return translate(
            "ApplicationStatusView", "Add the documents, send them and submit the application."
        )
    if status.next is NextStep.RECOVER:
        if state.contact:
            return translate(
                "ApplicationStatusView",
                "%1 is now the confirmed contact of your account. Restore access with a code "
                "sent to it: the old password is not needed.",
            ).replace("%1", contact_words(state.contact))
        return translate(
            "ApplicationStatusView",
            "The contact given in the application is now the confirmed contact of your "
            "account. Restore access with a code sent to it.",
        )
    return translate(
        "ApplicationStatusView",
        "The documents could not confirm who you are. Please contact support: they will tell "
        "you why and what to do.",
    )
