"""The account choice page (`accountChoicePage`, its list `accountList`): one phone, two
accounts (a flat and a dacha), over real HTTP against the reference service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from dek_desktop.api import Channel
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.seed import demo_account
from tests.app.conftest import Shell
from tests.app.pages.recovery_steps import (
    ANSWER_MS,
    click,
    code_for,
    find_on,
    flow_of,
    press_next,
    request_code,
    type_code,
    wait_for_page,
)
from tests.conftest import RunningService


def reach_account_choice(qtbot: QtBot, shell: Shell, service: RunningService) -> QListWidget:
    request_code(qtbot, shell, "shared_flat", Channel.SMS)
    type_code(qtbot, shell, code_for(service, "shared_flat", Channel.SMS))
    press_next(qtbot, shell)
    page = wait_for_page(qtbot, shell, PageId.ACCOUNT_CHOICE)
    assert page.objectName() == "accountChoicePage"
    found = find_on(shell, PageId.ACCOUNT_CHOICE, QListWidget, "accountList")
    assert isinstance(found, QListWidget)
    return found


def test_two_accounts_on_one_phone_are_listed_and_the_chosen_one_goes_on(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    accounts = reach_account_choice(qtbot, shell, service)
    flat, dacha = demo_account("shared_flat"), demo_account("shared_dacha")
    rows = [accounts.item(row).text() for row in range(accounts.count())]
    assert rows == [
        f"Лицевой счёт *****{flat.number[-4:]}\n{flat.address_hint}",
        f"Лицевой счёт *****{dacha.number[-4:]}\n{dacha.address_hint}",
    ]
    next_button = shell.find(QPushButton, "nextButton")
    assert next_button.text() == "Выбрать"
    assert not next_button.isEnabled()  # nothing chosen yet
    reminder = find_on(shell, PageId.ACCOUNT_CHOICE, QLabel, "reminderLabel")
    assert reminder.isVisible()
    assert reminder.text().startswith("Забыли номер лицевого счёта?")

    accounts.setFocus()
    qtbot.keyClick(accounts, Qt.Key.Key_Down)
    qtbot.keyClick(accounts, Qt.Key.Key_Down)
    assert accounts.selectedItems() == [accounts.item(1)]
    qtbot.waitUntil(next_button.isEnabled, timeout=ANSWER_MS)
    click(qtbot, next_button)
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)
    chosen = flow_of(shell).state.chosen_account
    assert chosen is not None and chosen.address_hint == dacha.address_hint

    click(qtbot, shell.find(QPushButton, "backButton"))
    wait_for_page(qtbot, shell, PageId.ACCOUNT_CHOICE)
    assert accounts.selectedItems() == [accounts.item(1)]  # the choice is kept


def test_enter_on_an_account_chooses_it(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    accounts = reach_account_choice(qtbot, shell, service)
    accounts.setFocus()
    accounts.setCurrentRow(0)
    qtbot.keyClick(accounts, Qt.Key.Key_Return)
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)
    chosen = flow_of(shell).state.chosen_account
    assert chosen is not None
    assert chosen.address_hint == demo_account("shared_flat").address_hint


def test_one_account_goes_straight_to_the_new_password(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    request_code(qtbot, shell, "phone_only", Channel.SMS)
    type_code(qtbot, shell, code_for(service, "phone_only", Channel.SMS))
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)
