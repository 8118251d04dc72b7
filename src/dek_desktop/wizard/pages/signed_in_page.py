"""`signedInPage`: the user is in (after a sign-in, or with the new password after recovery).

A greeting by name, the e-mail and phone codes go to (masked) and when they were last
confirmed, the seed's last advice (keep them up to date) with a way to the contacts page when
the wizard has one, and a sign-out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton

from ..flow_page import FlowPage
from ..page_ids import PageId
from .page_height import PageHeight

if TYPE_CHECKING:
    from ...api.models import Account
    from ...recovery import FlowState
    from ..page_services import PageServices


class SignedInPage(FlowPage):
    page_id = PageId.SIGNED_IN
    form_name = "signed_in_page"

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        form = self.form
        assert form is not None
        self.greeting_label = form.find(QLabel, "greetingLabel")
        self.account_label = form.find(QLabel, "accountLabel")
        self.email_label = form.find(QLabel, "emailLabel")
        self.phone_label = form.find(QLabel, "phoneLabel")
        self.confirmed_label = form.find(QLabel, "confirmedLabel")
        PageHeight(self)  # long words at a large zoom make the window scroll
        self.contacts_button = form.find(QPushButton, "contactsButton")
        self.sign_out_button = form.find(QPushButton, "signOutButton")
        self.contacts_button.clicked.connect(services.flow.go_contacts)
        self.sign_out_button.clicked.connect(self._sign_out)
        self._account: Account | None = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("You are signed in"))
        self.sign_out_button.setAccessibleDescription(
            self.tr("Leave the personal account on this computer")
        )
        self.contacts_button.setAccessibleDescription(
            self.tr("Check the e-mail and phone for codes and change them if needed")
        )
        self._show_account()

    def draw(self, state: FlowState) -> None:
        self.draw_problem(state)
        if state.signed_in is not self._account:
            self._account = state.signed_in
            self._show_account()

    def page_entered(self) -> None:
        # the contacts page comes in a later version: no button until the wizard has it
        wizard = self.wizard()
        self.contacts_button.setVisible(
            wizard is not None and wizard.page(int(PageId.CONTACTS)) is not None
        )
        super().page_entered()

    def initial_focus(self) -> QPushButton:
        return (
            self.contacts_button if self.contacts_button.isVisibleTo(self) else self.sign_out_button
        )

    def _sign_out(self) -> None:
        self.run_busy(self.services.flow.sign_out(), status=self.tr("Signing out…"))

    def _show_account(self) -> None:
        account = self._account
        if account is None:
            return
        name = account.display_name.strip()
        self.greeting_label.setText(
            self.tr("Hello, %1!").replace("%1", name) if name else self.tr("Hello!")
        )
        self.account_label.setText(
            self.tr("You are in your personal account, account number %1.").replace(
                "%1", _grouped(account.login)
            )
        )
        not_given = self.tr("not given")
        self.email_label.setText(
            self.tr("E-mail: %1").replace("%1", account.email_masked or not_given)
        )
        self.phone_label.setText(
            self.tr("Phone: %1").replace("%1", account.phone_masked or not_given)
        )
        confirmed = account.contacts_confirmed_at
        if confirmed is None:
            self.confirmed_label.setText(self.tr("They have not been confirmed yet."))
        else:
            day = confirmed.astimezone(self.services.local_zone).strftime("%d.%m.%Y")
            self.confirmed_label.setText(self.tr("Last confirmed on %1.").replace("%1", day))


def _grouped(login: str) -> str:
    """An account number as the bill prints it: «100 200 301»."""
    if not login.isdigit():
        return login
    return " ".join(login[start : start + 3] for start in range(0, len(login), 3))
