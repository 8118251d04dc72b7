"""The blocked page (`blockedPage`): every lock reason of API.md for a demo account locked that
way, said in words, with exactly the actions the service allows, the live countdown of a
temporary lock, and each action leading where it should."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from dek_desktop.recovery import Step
from dek_desktop.wizard.page_ids import PageId
from tests.app.conftest import USER_ZONE, Shell
from tests.app.pages.flow_shortcuts import (
    child,
    click,
    current_page_id,
    flow_of,
    reach_blocked,
    wait_for_page,
    wait_idle,
)
from tests.conftest import RunningService

ACTION_BUTTONS = {
    "wait": "waitButton",
    "recover": "recoverButton",
    "documents": "sendDocumentsButton",
    "support": "contactSupportButton",
}


@pytest.mark.parametrize(
    ("key", "title", "actions"),
    [
        ("locked_attempts", "Слишком много неудачных попыток входа", {"wait", "recover"}),
        ("dormant", "Долго не было входов", {"recover"}),
        ("compromised", "Возможно, аккаунтом пользуется кто-то другой", {"documents", "support"}),
        ("suspicious", "Подозрительная активность или попытки взлома", {"documents", "support"}),
        ("terms", "Нарушены правила пользования сервисом", {"support"}),
        (
            "recovery_violation",
            "Нарушены требования безопасности при восстановлении пароля",
            {"support"},
        ),
    ],
)
def test_each_reason_in_words_with_exactly_its_actions(
    qtbot: QtBot, shell: Shell, service: RunningService, key: str, title: str, actions: set[str]
) -> None:
    page = reach_blocked(qtbot, shell, service, key)
    assert page.title() == "Аккаунт заблокирован"
    assert child(page, QLabel, "reasonTitleLabel").text() == title
    explanation = child(page, QLabel, "reasonTextLabel").text()
    assert explanation and "account" not in explanation  # said in Russian, not English
    lock = flow_of(shell).state.lock
    assert lock is not None and {str(action) for action in lock.actions} == actions
    shown = {
        action
        for action, name in ACTION_BUTTONS.items()
        if child(page, QCommandLinkButton, name).isVisible()
    }
    assert shown == actions
    countdown = child(page, QLabel, "lockCountdownLabel")
    assert countdown.isVisible() == (key == "locked_attempts")
    assert shell.find(QPushButton, "backButton").isVisible()  # back to signing in


def test_a_temporary_lock_counts_down_and_then_lets_the_user_sign_in_again(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_blocked(qtbot, shell, service, "locked_attempts")
    lock = flow_of(shell).state.lock
    assert lock is not None and lock.locked_until is not None
    until = lock.locked_until.astimezone(USER_ZONE)
    left = lock.locked_until - service.clock.now()
    minutes = -(-int(left.total_seconds()) // 60)
    countdown = child(page, QLabel, "lockCountdownLabel")
    assert countdown.text() == (
        f"Вход снова откроется {until:%d.%m.%Y} в {until:%H:%M} (осталось {minutes} мин)."
    )
    assert countdown.accessibleDescription() == countdown.text()
    assert countdown.accessibleName() == ""
    wait = child(page, QCommandLinkButton, "waitButton")
    assert wait.isVisible() and not wait.isEnabled()
    assert page.countdown_timer.isActive()

    service.clock.advance(left.total_seconds() - 61)
    qtbot.waitUntil(lambda: "(осталось 2 мин)" in countdown.text())
    service.clock.advance(61)
    qtbot.waitUntil(lambda: countdown.text() == "Блокировка закончилась: можно снова войти.")
    assert wait.isEnabled()
    assert not page.countdown_timer.isActive()
    click(qtbot, wait)

    wait_for_page(qtbot, shell, PageId.LOGIN)
    assert flow_of(shell).state.lock is None


def test_recover_leads_to_the_request_page(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_blocked(qtbot, shell, service, "dormant")
    recover = child(page, QCommandLinkButton, "recoverButton")
    assert recover.text() == "Восстановить доступ по коду"
    assert recover.description() == "Код придёт на почту или телефон; старый пароль не нужен"
    click(qtbot, recover)
    wait_for_page(qtbot, shell, PageId.FORGOT)
    assert flow_of(shell).state.step is Step.FORGOT


def test_support_leads_to_the_support_page_and_back(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_blocked(qtbot, shell, service, "terms")
    click(qtbot, child(page, QCommandLinkButton, "contactSupportButton"))
    support = wait_for_page(qtbot, shell, PageId.SUPPORT)
    wait_idle(qtbot, shell)
    assert flow_of(shell).state.return_step is Step.BLOCKED
    assert child(support, QLabel, "supportHoursLabel").isVisible()
    click(qtbot, shell.find(QPushButton, "backButton"))
    wait_for_page(qtbot, shell, PageId.BLOCKED)
    assert child(page, QLabel, "reasonTitleLabel").text() == "Нарушены правила пользования сервисом"


def test_documents_lead_to_the_documents_step(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_blocked(qtbot, shell, service, "suspicious")
    click(qtbot, child(page, QCommandLinkButton, "sendDocumentsButton"))
    qtbot.waitUntil(lambda: flow_of(shell).state.step is Step.DOCUMENTS)
    assert str(flow_of(shell).state.documents_reason) == "account_blocked"
    if shell.wizard.page_for(PageId.DOCUMENTS) is not None:
        wait_for_page(qtbot, shell, PageId.DOCUMENTS)
        assert shell.wizard.current_page.objectName() == "documentsPage"
    else:
        assert current_page_id(shell) == PageId.BLOCKED  # no documents page in this build


def test_the_countdown_stops_when_the_page_is_left(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_blocked(qtbot, shell, service, "locked_attempts")
    assert page.countdown_timer.isActive()
    click(qtbot, child(page, QCommandLinkButton, "recoverButton"))
    wait_for_page(qtbot, shell, PageId.FORGOT)
    assert not page.countdown_timer.isActive()


def test_the_blocked_page_in_english(qtbot: QtBot, shell: Shell, service: RunningService) -> None:
    page = reach_blocked(qtbot, shell, service, "locked_attempts")
    click(qtbot, shell.find(QPushButton, "languageButton"))
    qtbot.waitUntil(lambda: page.title() == "The account is blocked")
    assert child(page, QLabel, "reasonTitleLabel").text() == "Too many failed sign-in attempts"
    assert child(page, QLabel, "lockCountdownLabel").text().startswith("Signing in opens again on ")
    assert child(page, QCommandLinkButton, "recoverButton").text() == "Restore access with a code"
