"""The signed-in page over real HTTP: the greeting, the masked contacts and when they were last
confirmed in the user's time zone, the advice to keep them up to date, the way to the contacts
page when the wizard has one, and signing out (the session ends on the service)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from dek_desktop.api import Channel
from dek_desktop.config import AppConfig
from dek_desktop.recovery import Step
from dek_desktop.wizard.flow_page import FlowPage
from dek_desktop.wizard.page_ids import PageId
from dek_desktop.wizard.page_services import PageServices
from dek_desktop.wizard.pages.login_page import LoginPage
from dek_desktop.wizard.pages.signed_in_page import SignedInPage
from dek_recovery_service.seed import demo_account
from tests.app.conftest import USER_ZONE, Shell
from tests.app.pages.sign_in_steps import (
    button,
    click,
    field,
    flow_of,
    label,
    run,
    sign_in,
    wait_for_page,
)
from tests.conftest import RunningService

ANNA = demo_account("active")


def signed_in(qtbot: QtBot, shell: Shell, key: str = "active") -> None:
    account = demo_account(key)
    sign_in(qtbot, shell, account.number, account.password)
    wait_for_page(qtbot, shell, PageId.SIGNED_IN)


def test_the_greeting_the_masked_contacts_and_when_they_were_confirmed(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    signed_in(qtbot, shell)

    account = flow_of(shell).state.signed_in
    assert account is not None and account.contacts_confirmed_at is not None
    page = shell.wizard.currentPage()
    assert page.objectName() == "signedInPage"
    assert page.title() == "Вы вошли в личный кабинет"
    assert label(shell, "greetingLabel").text() == "Здравствуйте, Анна Петровна Иванова!"
    assert label(shell, "accountLabel").text() == "Вы в личном кабинете, лицевой счёт 100 200 301."
    assert label(shell, "emailLabel").text() == f"E-mail: {account.email_masked}"
    assert label(shell, "phoneLabel").text() == f"Телефон: {account.phone_masked}"
    assert ANNA.email not in label(shell, "emailLabel").text()
    row = service.context.db.one(
        "SELECT contacts_confirmed_at FROM accounts WHERE number = ?", (ANNA.number,)
    )
    assert row is not None
    confirmed = datetime.fromisoformat(row["contacts_confirmed_at"]).astimezone(USER_ZONE)
    assert label(shell, "confirmedLabel").text() == (
        f"Последний раз подтверждены {confirmed:%d.%m.%Y}."
    )
    advice = label(shell, "adviceLabel")
    assert advice.isVisible()
    assert advice.text().startswith("Рекомендуем обновить адрес электронной почты и номер телефона")


def test_a_missing_email_and_contacts_never_confirmed_are_said_so(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    oleg = demo_account("phone_only")
    service.context.db.execute(
        "UPDATE accounts SET contacts_confirmed_at = NULL WHERE number = ?", (oleg.number,)
    )

    signed_in(qtbot, shell, "phone_only")

    assert label(shell, "greetingLabel").text() == f"Здравствуйте, {oleg.display_name}!"
    assert label(shell, "emailLabel").text() == "E-mail: не указан"
    assert label(shell, "confirmedLabel").text() == "Они ещё не подтверждены."


def test_without_a_contacts_page_there_is_no_button_for_it(qtbot: QtBot, shell: Shell) -> None:
    assert shell.wizard.page(int(PageId.CONTACTS)) is None  # it comes in a later version

    signed_in(qtbot, shell)

    assert not button(shell, "contactsButton").isVisible()
    assert button(shell, "signOutButton").hasFocus()


class StandInContactsPage(FlowPage):
    """The contacts page of a later version, as far as this test needs it: its id."""

    page_id = PageId.CONTACTS

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        QVBoxLayout(self.content).addWidget(QLabel("contacts", self.content))


def test_the_contacts_button_leads_to_the_contacts_page_when_there_is_one(
    qtbot: QtBot, shell_factory: Callable[..., Shell], shell_config: AppConfig
) -> None:
    shell = shell_factory(shell_config, pages=(LoginPage, SignedInPage, StandInContactsPage))
    signed_in(qtbot, shell)
    contacts = button(shell, "contactsButton")
    assert contacts.isVisible() and contacts.text() == "Обновить e-mail и телефон"

    click(qtbot, contacts)

    wait_for_page(qtbot, shell, PageId.CONTACTS)
    click(qtbot, button(shell, "backButton"))
    wait_for_page(qtbot, shell, PageId.SIGNED_IN)


def test_sign_out_ends_the_session_and_returns_to_the_sign_in_page(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    signed_in(qtbot, shell)

    def sessions() -> int:
        row = service.context.db.one("SELECT COUNT(*) AS n FROM sessions")
        assert row is not None
        return int(row["n"])

    assert sessions() == 1

    click(qtbot, button(shell, "signOutButton"))

    wait_for_page(qtbot, shell, PageId.LOGIN)
    assert sessions() == 0
    assert flow_of(shell).state.signed_in is None
    assert field(shell, "loginEdit").text() == ANNA.number
    assert field(shell, "passwordEdit").text() == ""


def test_after_a_recovery_the_new_password_signs_in_here(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    flow = flow_of(shell)
    email = ANNA.email
    assert email is not None
    flow.go_forgot()
    assert run(qtbot, flow.start_recovery(Channel.EMAIL, email)).step is Step.CODE
    code = next(message for message in service.outbox() if message["to"] == email)["code"]
    assert run(qtbot, flow.verify(code)).step is Step.NEW_PASSWORD
    new_password = "Zeya-River-Night-2031"
    assert run(qtbot, flow.set_new_password(new_password, new_password)).step is Step.DONE

    assert run(qtbot, flow.sign_in_with_new_password()).step is Step.SIGNED_IN

    wait_for_page(qtbot, shell, PageId.SIGNED_IN)
    assert label(shell, "greetingLabel").text() == f"Здравствуйте, {ANNA.display_name}!"


def test_the_page_speaks_english_after_the_switch(qtbot: QtBot, shell: Shell) -> None:
    signed_in(qtbot, shell)

    click(qtbot, button(shell, "languageButton"))

    qtbot.waitUntil(lambda: button(shell, "signOutButton").text() == "Sign out")
    assert label(shell, "greetingLabel").text() == f"Hello, {ANNA.display_name}!"
    assert label(shell, "confirmedLabel").text().startswith("Last confirmed on ")
    assert shell.wizard.currentPage().title() == "You are signed in"
