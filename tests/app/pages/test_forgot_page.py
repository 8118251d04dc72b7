"""The recovery request page (`forgotPage`) in the real window, over real HTTP against the
reference service: the channel and the contact in any common form, input issues in words
with what was typed kept, the picture of digits after three requests, only the policy's
channels, Back keeping what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from dek_desktop.api import Channel
from dek_desktop.config import AppConfig
from dek_desktop.wizard.page_ids import PageId
from tests.app.conftest import Shell
from tests.app.pages.recovery_steps import (
    ANSWER_MS,
    ask_for_code,
    click,
    find_on,
    flow_of,
    local_hh_mm,
    on_service_clock,
    open_forgot_page,
    paste,
    press_next,
    problem_text,
    wait_for_page,
    wait_for_problem,
    wait_idle,
)
from tests.conftest import RunningService


def sent_text(shell: Shell) -> str:
    return str(find_on(shell, PageId.CODE, QLabel, "sentLabel").text())


def test_the_page_says_the_old_password_is_not_needed_and_marks_what_is_required(
    qtbot: QtBot, shell: Shell
) -> None:
    page = open_forgot_page(qtbot, shell)
    assert page.objectName() == "forgotPage"
    assert page.title() == "Восстановление пароля"
    assert find_on(shell, PageId.FORGOT, QLabel, "introLabel").text() == "Старый пароль не нужен."
    assert shell.find(QPushButton, "nextButton").text() == "Получить код"
    contact_label = find_on(shell, PageId.FORGOT, QLabel, "contactLabel")
    assert contact_label.text() == "Адрес электронной почты *"
    assert contact_label.buddy() is find_on(shell, PageId.FORGOT, QLineEdit, "contactEdit")
    account_label = find_on(shell, PageId.FORGOT, QLabel, "accountLabel")
    assert not account_label.text().endswith("*")  # the account number is optional
    assert account_label.buddy() is find_on(shell, PageId.FORGOT, QLineEdit, "accountEdit")
    click(qtbot, find_on(shell, PageId.FORGOT, QRadioButton, "smsRadio"))
    assert contact_label.text() == "Номер мобильного телефона *"


def test_an_e_mail_typed_with_capitals_gets_a_code_and_the_code_page_says_where_and_when(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    on_service_clock(shell, service)
    open_forgot_page(qtbot, shell)
    ask_for_code(qtbot, shell, "  Anna.Ivanova@Example.ru ", Channel.EMAIL)
    wait_for_page(qtbot, shell, PageId.CODE)
    qtbot.waitUntil(lambda: bool(sent_text(shell)), timeout=ANSWER_MS)
    assert (
        find_on(shell, PageId.CODE, QLabel, "acceptedLabel").text()
        == "Запрос на восстановление принят."
    )
    sent_at = local_hh_mm(service.clock.now())
    assert sent_text(shell) == f"Код отправлен на почту an**********@example.ru в\u00a0{sent_at}."
    assert service.outbox()[0]["to"] == "anna.ivanova@example.ru"


def test_a_phone_in_any_common_form_is_one_number(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    on_service_clock(shell, service)
    open_forgot_page(qtbot, shell)
    ask_for_code(qtbot, shell, "8 (914) 100-00-02", Channel.SMS)
    wait_for_page(qtbot, shell, PageId.CODE)
    qtbot.waitUntil(lambda: bool(sent_text(shell)), timeout=ANSWER_MS)
    assert sent_text(shell).startswith("Код отправлен в SMS на номер +7 914 ***-**-02 в\u00a0")
    assert service.outbox()[0]["to"] == "+79141000002"


def test_a_wrong_e_mail_is_said_in_words_with_the_focus_on_it_and_nothing_lost(
    qtbot: QtBot, shell: Shell
) -> None:
    open_forgot_page(qtbot, shell)
    contact = find_on(shell, PageId.FORGOT, QLineEdit, "contactEdit")
    account = find_on(shell, PageId.FORGOT, QLineEdit, "accountEdit")
    qtbot.keyClicks(account, "100 200 301")
    ask_for_code(qtbot, shell, "anna.ivanova@example", Channel.EMAIL)
    said = "Это не похоже на адрес электронной почты (пример: name@mail.ru)."
    wait_for_problem(qtbot, shell, said)
    qtbot.waitUntil(contact.hasFocus, timeout=ANSWER_MS)
    assert contact.accessibleDescription() == said
    assert contact.text() == "anna.ivanova@example"
    assert account.text() == "100 200 301"
    assert int(shell.wizard.currentId()) == PageId.FORGOT


def test_a_wrong_phone_is_said_in_words_and_a_fixed_one_goes_through(
    qtbot: QtBot, shell: Shell
) -> None:
    open_forgot_page(qtbot, shell)
    contact = find_on(shell, PageId.FORGOT, QLineEdit, "contactEdit")
    ask_for_code(qtbot, shell, "8 914 12", Channel.SMS)
    wait_for_problem(qtbot, shell, "Это не похоже на номер телефона (пример: 8 914 123-45-67).")
    qtbot.waitUntil(contact.hasFocus, timeout=ANSWER_MS)
    assert contact.text() == "8 914 12"
    ask_for_code(qtbot, shell, "+7 914 100-00-02", Channel.SMS)
    wait_for_page(qtbot, shell, PageId.CODE)


def test_an_account_number_with_letters_is_said_in_words(qtbot: QtBot, shell: Shell) -> None:
    open_forgot_page(qtbot, shell)
    account = find_on(shell, PageId.FORGOT, QLineEdit, "accountEdit")
    paste(qtbot, account, "л/с 1002")  # Cyrillic: QTest types ASCII keys only
    ask_for_code(qtbot, shell, "anna.ivanova@example.ru", Channel.EMAIL)
    wait_for_problem(
        qtbot, shell, "Номер лицевого счёта состоит только из цифр; он напечатан в квитанции."
    )
    qtbot.waitUntil(account.hasFocus, timeout=ANSWER_MS)
    assert account.text() == "л/с 1002"


def test_the_fourth_request_for_one_contact_asks_for_the_digits_of_a_picture(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    contact = "anna.ivanova@example.ru"
    for _ in range(3):
        open_forgot_page(qtbot, shell)
        ask_for_code(qtbot, shell, contact, Channel.EMAIL)
        wait_for_page(qtbot, shell, PageId.CODE)
        wait_idle(qtbot, shell)
        click(qtbot, shell.find(QPushButton, "backButton"))
        wait_for_page(qtbot, shell, PageId.FORGOT)
        click(qtbot, shell.find(QPushButton, "backButton"))
    open_forgot_page(qtbot, shell)
    assert (
        find_on(shell, PageId.FORGOT, QLineEdit, "contactEdit").text() == contact
    )  # kept all along
    press_next(qtbot, shell)
    panel = find_on(shell, PageId.FORGOT, QWidget, "captchaPanel")
    qtbot.waitUntil(panel.isVisible, timeout=ANSWER_MS)
    captcha_edit = find_on(shell, PageId.FORGOT, QLineEdit, "captchaEdit")
    assert problem_text(shell) == "Введите цифры с картинки и ещё раз нажмите «Получить код»."
    qtbot.waitUntil(captcha_edit.hasFocus, timeout=ANSWER_MS)
    help_label = find_on(shell, PageId.FORGOT, QLabel, "captchaHelpLabel")
    qtbot.waitUntil(lambda: "8 800" in help_label.text(), timeout=ANSWER_MS)
    assert help_label.text().startswith("Не получается прочитать? Позвоните нам")

    qtbot.keyClicks(captcha_edit, "0000000")
    press_next(qtbot, shell)
    wait_for_problem(
        qtbot, shell, "Цифры введены неверно. Вот новая картинка — введите цифры с неё."
    )
    assert captcha_edit.text() == ""
    captcha = flow_of(shell).state.captcha
    assert captcha is not None
    qtbot.keyClicks(captcha_edit, service.captcha_answer(captcha.id))
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.CODE)


def test_another_picture_replaces_the_digits_to_read(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    for _ in range(3):
        open_forgot_page(qtbot, shell)
        ask_for_code(qtbot, shell, "+79141000001", Channel.SMS)
        wait_for_page(qtbot, shell, PageId.CODE)
        wait_idle(qtbot, shell)
        flow_of(shell).go_login()
    open_forgot_page(qtbot, shell)
    press_next(qtbot, shell)
    panel = find_on(shell, PageId.FORGOT, QWidget, "captchaPanel")
    qtbot.waitUntil(panel.isVisible, timeout=ANSWER_MS)
    first = flow_of(shell).state.captcha
    assert first is not None
    click(qtbot, find_on(shell, PageId.FORGOT, QPushButton, "newCaptchaButton"))
    qtbot.waitUntil(
        lambda: (shown := flow_of(shell).state.captcha) is not None and shown.id != first.id,
        timeout=ANSWER_MS,
    )
    wait_idle(qtbot, shell)
    fresh = flow_of(shell).state.captcha
    assert fresh is not None
    qtbot.keyClicks(
        find_on(shell, PageId.FORGOT, QLineEdit, "captchaEdit"), service.captcha_answer(fresh.id)
    )
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.CODE)


def test_only_the_channels_of_the_policy_are_offered(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    service_factory: Callable[..., RunningService],
) -> None:
    email_only = service_factory(channels=("email",))
    shell = shell_factory(AppConfig(api_url=email_only.base_url, language="ru"))
    open_forgot_page(qtbot, shell)
    qtbot.waitUntil(lambda: flow_of(shell).state.policy is not None, timeout=ANSWER_MS)
    qtbot.waitUntil(
        lambda: not find_on(shell, PageId.FORGOT, QRadioButton, "smsRadio").isVisible(),
        timeout=ANSWER_MS,
    )
    email = find_on(shell, PageId.FORGOT, QRadioButton, "emailRadio")
    assert email.isVisible() and email.isChecked()


def test_back_keeps_what_was_typed_for_each_channel(qtbot: QtBot, shell: Shell) -> None:
    open_forgot_page(qtbot, shell)
    contact = find_on(shell, PageId.FORGOT, QLineEdit, "contactEdit")
    qtbot.keyClicks(contact, "anna.ivanova@example.ru")
    qtbot.keyClicks(find_on(shell, PageId.FORGOT, QLineEdit, "accountEdit"), "100200301")
    click(qtbot, find_on(shell, PageId.FORGOT, QRadioButton, "smsRadio"))
    assert contact.text() == ""
    qtbot.keyClicks(contact, "8 914 100-00-01")
    click(qtbot, find_on(shell, PageId.FORGOT, QRadioButton, "emailRadio"))
    assert contact.text() == "anna.ivanova@example.ru"
    click(qtbot, shell.find(QPushButton, "backButton"))
    wait_for_page(qtbot, shell, PageId.LOGIN)
    click(qtbot, shell.find(QPushButton, "forgotLink"))
    wait_for_page(qtbot, shell, PageId.FORGOT)
    assert contact.text() == "anna.ivanova@example.ru"
    assert find_on(shell, PageId.FORGOT, QLineEdit, "accountEdit").text() == "100200301"
    click(qtbot, find_on(shell, PageId.FORGOT, QRadioButton, "smsRadio"))
    assert contact.text() == "8 914 100-00-01"


def test_where_to_find_the_account_number_shows_the_bill(qtbot: QtBot, shell: Shell) -> None:
    open_forgot_page(qtbot, shell)
    picture = find_on(shell, PageId.FORGOT, QLabel, "billPicture")
    assert not picture.isVisible()
    click(qtbot, find_on(shell, PageId.FORGOT, QPushButton, "whereButton"))
    assert picture.isVisible()
    assert not picture.pixmap().isNull()
    assert picture.accessibleName().startswith("Образец квитанции")
    click(qtbot, find_on(shell, PageId.FORGOT, QPushButton, "whereButton"))
    assert not picture.isVisible()


def test_the_language_switch_keeps_the_channel_and_what_was_typed(
    qtbot: QtBot, shell: Shell
) -> None:
    page = open_forgot_page(qtbot, shell)
    click(qtbot, find_on(shell, PageId.FORGOT, QRadioButton, "smsRadio"))
    contact = find_on(shell, PageId.FORGOT, QLineEdit, "contactEdit")
    qtbot.keyClicks(contact, "8 914 100")
    click(qtbot, shell.find(QPushButton, "languageButton"))
    qtbot.waitUntil(lambda: page.title() == "Password recovery", timeout=ANSWER_MS)
    assert find_on(shell, PageId.FORGOT, QLabel, "contactLabel").text() == "Mobile phone number *"
    assert find_on(shell, PageId.FORGOT, QRadioButton, "smsRadio").isChecked()
    assert contact.text() == "8 914 100"
    assert shell.find(QPushButton, "nextButton").text() == "Get the code"
