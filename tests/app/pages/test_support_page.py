"""The support page (`supportPage`), from the chrome's Support button on any page and from the
blocked page: the service's contacts (tel: and mailto: links, the hours on the user's clock), a
request whose diagnostics are shown before sending and checked on the service's side (no
secret in them), its number to copy, and the text kept while offline until it is sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dek_desktop.recovery import Step
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.seed import demo_account
from tests.app.conftest import Shell
from tests.app.pages.flow_shortcuts import (
    child,
    click,
    flow_of,
    newest_code,
    press_next,
    reach_blocked,
    reach_new_password,
    type_text,
    wait_for_page,
    wait_idle,
)
from tests.conftest import RunningService


class OpenedLinks(QObject):
    """Where QDesktopServices sends tel: and mailto: links (instead of the system's apps)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened_links() -> Iterator[OpenedLinks]:
    links = OpenedLinks()
    for scheme in ("tel", "mailto", "https"):
        QDesktopServices.setUrlHandler(scheme, links, "open")
    yield links
    for scheme in ("tel", "mailto", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def open_support(qtbot: QtBot, shell: Shell) -> Any:
    click(qtbot, shell.find(QPushButton, "supportButton"))
    page = wait_for_page(qtbot, shell, PageId.SUPPORT)
    wait_idle(qtbot, shell)
    return page


def fill_request(page: QWidget, name: str, description: str) -> None:
    type_text(child(page, QLineEdit, "supportNameEdit"), name)
    type_text(child(page, QPlainTextEdit, "supportDescriptionEdit"), description)


def test_the_contacts_call_write_and_show_the_hours_in_the_users_time(
    qtbot: QtBot, shell: Shell, service: RunningService, opened_links: OpenedLinks
) -> None:
    page = open_support(qtbot, shell)
    assert page.title() == "Поддержка"
    phone = child(page, QPushButton, "supportPhoneButton")
    email = child(page, QPushButton, "supportEmailButton")
    assert phone.text() == "8 800 100-15-52"
    assert phone.isFlat() and email.isFlat()
    assert email.text() == service.settings.support_email
    # 08:00-20:00 in Vladivostok (UTC+10) is 10:00-22:00 in Kamchatka (UTC+12)
    hours = child(page, QLabel, "supportHoursLabel")
    assert hours.text() == "Работает с 10:00 до 22:00 по вашему времени"

    click(qtbot, phone)
    click(qtbot, email)

    assert opened_links.urls[:2] == ["tel:+78001001552", f"mailto:{service.settings.support_email}"]


def test_a_request_from_the_new_password_page_sends_what_it_shows_and_no_secret(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    new_password_page = reach_new_password(qtbot, shell, service)
    secret = "gfhjkm123"
    for name in ("newPasswordEdit", "repeatPasswordEdit"):
        type_text(child(new_password_page, QLineEdit, name), secret)
    press_next(qtbot, shell)
    wait_idle(qtbot, shell)
    assert flow_of(shell).state.password_violations == ("too_common",)
    code = newest_code(service, "anna.ivanova@example.ru")

    page = open_support(qtbot, shell)
    subject = child(page, QLineEdit, "supportSubjectEdit")
    assert subject.text() == "Не получается сменить пароль"
    contact = child(page, QLineEdit, "supportContactEdit")
    assert contact.text() == "anna.ivanova@example.ru"
    assert child(page, QLabel, "supportContactLabel").buddy() is contact
    details = child(page, QPushButton, "diagnosticsButton")
    view = child(page, QLabel, "diagnosticsView")
    assert details.text() == "Подробнее" and not view.isVisible()
    click(qtbot, details)
    assert view.isVisible()
    fill_request(page, "Анна Петровна", "Новый пароль не принимается.")
    shown = view.text()
    assert "Страница: new_password" in shown
    assert "Последняя ошибка: urn:dek:problem:password-rejected" in shown
    assert "Язык: ru-RU" in shown
    assert shell.find(QPushButton, "nextButton").text() == "Отправить обращение"
    press_next(qtbot, shell)

    ticket = child(page, QLineEdit, "ticketNumberEdit")
    qtbot.waitUntil(ticket.isVisible, timeout=15_000)
    number = ticket.text()
    row = service.context.db.one(
        "SELECT name, contact, subject, description, diagnostics FROM support_tickets"
        " WHERE number = ?",
        (number,),
    )
    assert row is not None
    assert (row["name"], row["subject"]) == ("Анна Петровна", "Не получается сменить пароль")
    sent = json.loads(row["diagnostics"])
    assert sent["step"] == "new_password"
    assert sent["locale"] == "ru-RU"
    assert sent["last_problem_type"] == "urn:dek:problem:password-rejected"
    assert sent["last_request_ids"]
    for request_id in sent["last_request_ids"]:
        assert request_id in shown  # exactly what the form showed
    stored = " ".join(str(row[column]) for column in row.keys())  # noqa: SIM118 (sqlite Row)
    for never in (secret, code, demo_account("active").password):
        assert never not in stored

    click(qtbot, child(page, QPushButton, "copyTicketButton"))
    assert QGuiApplication.clipboard().text() == number
    assert child(page, QLabel, "ticketCopiedLabel").text() == "Номер скопирован."
    assert not shell.find(QPushButton, "nextButton").isEnabled()  # sent once, not twice


def test_required_fields_are_said_and_the_focus_goes_to_the_first(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = open_support(qtbot, shell)
    assert child(page, QLabel, "supportNameLabel").text() == "Ваше имя *"
    press_next(qtbot, shell)
    problem = child(page, QLabel, "problemLabel")
    qtbot.waitUntil(problem.isVisible)
    assert problem.text() == "Заполните это поле."
    name = child(page, QLineEdit, "supportNameEdit")
    qtbot.waitUntil(name.hasFocus)
    assert name.accessibleDescription() == "Заполните это поле."
    description = child(page, QPlainTextEdit, "supportDescriptionEdit")
    assert description.accessibleDescription() == "Заполните это поле."
    count = service.context.db.one("SELECT COUNT(*) AS n FROM support_tickets")
    assert count is not None and count["n"] == 0


def test_offline_the_text_is_kept_and_sent_once_the_service_is_back(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = open_support(qtbot, shell)
    type_text(child(page, QLineEdit, "supportContactEdit"), "+7 914 100-00-02")
    fill_request(page, "Олег", "Не приходит SMS с кодом.")
    service.stop()
    press_next(qtbot, shell)
    wait_idle(qtbot, shell)

    problem = child(page, QLabel, "problemLabel")
    assert problem.text().startswith("Нет связи с сервером.")
    assert "Ваш текст сохранён" in problem.text()
    description = child(page, QPlainTextEdit, "supportDescriptionEdit")
    assert description.toPlainText() == "Не приходит SMS с кодом."
    retry = child(page, QPushButton, "retryButton")
    assert retry.isVisible()

    service.start()
    click(qtbot, retry)

    ticket = child(page, QLineEdit, "ticketNumberEdit")
    qtbot.waitUntil(ticket.isVisible, timeout=15_000)
    rows = service.context.db.all("SELECT number, description FROM support_tickets")
    assert [(r["number"], r["description"]) for r in rows] == [
        (ticket.text(), "Не приходит SMS с кодом.")
    ]


def test_back_returns_to_the_page_the_user_came_from_with_the_subject_of_that_page(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    reach_blocked(qtbot, shell, service, "locked_attempts")
    page = open_support(qtbot, shell)
    subject = child(page, QLineEdit, "supportSubjectEdit")
    assert subject.text() == "Аккаунт заблокирован: слишком много неудачных попыток входа"
    fill_request(page, "Мария", "Заблокировали вход.")
    click(qtbot, shell.find(QPushButton, "backButton"))
    wait_for_page(qtbot, shell, PageId.BLOCKED)
    assert flow_of(shell).state.step is Step.BLOCKED

    open_support(qtbot, shell)
    description = child(page, QPlainTextEdit, "supportDescriptionEdit")
    assert description.toPlainText() == "Заблокировали вход."  # typed text survives Back


def test_the_support_page_in_english(qtbot: QtBot, shell: Shell, service: RunningService) -> None:
    page = open_support(qtbot, shell)
    click(qtbot, shell.find(QPushButton, "languageButton"))
    qtbot.waitUntil(lambda: page.title() == "Support")
    subject = child(page, QLineEdit, "supportSubjectEdit")
    assert subject.text() == "I cannot sign in to my personal account"  # untouched: follows
    hours = child(page, QLabel, "supportHoursLabel")
    assert hours.text() == "Open from 10:00 to 22:00, your time"
    assert shell.find(QPushButton, "nextButton").text() == "Send the request"
