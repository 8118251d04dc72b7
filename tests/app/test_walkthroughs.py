"""Whole walks through the real window, as a person would make them: fields typed key by key,
the wizard's Next and the pages' buttons pressed, widgets found by objectName, over real HTTP
against the reference service (`service`). Each walk starts on the sign-in page and ends where
the person wanted to be; the flow is never called directly.

- a failed sign-in → «Забыли пароль?» → code from the e-mail → new password twice → done →
  signed in with it (and the old password refused);
- the same with the whole link from the e-mail pasted into the code field;
- one phone with two accounts: the chosen one gets the new password, the other keeps its own;
- identity questions answered after the consent;
- a support request from the code page, its diagnostics read on the service's side;
- the service stopped on the code page: "no connection", «Повторить» once it is back;
- the app closed on the code page and opened again: it offers to continue, and the code from
  the message still works.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
)
from pytestqt.qtbot import QtBot

from dek_desktop.config import AppConfig
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.seed import DemoAccount, demo_account
from tests.app.conftest import Shell, answer_dialog
from tests.app.pages.flow_shortcuts import type_text
from tests.app.pages.recovery_steps import (
    ANSWER_MS,
    click,
    find_on,
    newest_message,
    paste,
    press_next,
    problem_text,
    wait_for_page,
    wait_for_problem,
    wait_idle,
    wrong_code,
)
from tests.conftest import RunningService

ANNA = demo_account("active")
#: ASCII, so QTest types it key by key; long, unusual, not a login: the policy takes it.
NEW_PASSWORD = "Lighthouse-Egersheld-1876"
NO_CONNECTION = "Нет связи с сервером. Проверьте, работает ли интернет, и нажмите «Повторить»."


# --- what a person does ----------------------------------------------------------------------


def on(shell: Shell, page: PageId, kind: type[Any], name: str) -> Any:
    return find_on(shell, page, kind, name)


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Clears the field and types `text` key by key (ASCII: QTest's keys)."""
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)


def try_to_sign_in(qtbot: QtBot, shell: Shell, login: str, password: str) -> None:
    wait_for_page(qtbot, shell, PageId.LOGIN)
    type_into(qtbot, on(shell, PageId.LOGIN, QLineEdit, "loginEdit"), login)
    type_into(qtbot, on(shell, PageId.LOGIN, QLineEdit, "passwordEdit"), password)
    assert shell.find(QPushButton, "nextButton").text() == "Войти"
    press_next(qtbot, shell)
    wait_idle(qtbot, shell)


def fail_to_sign_in(qtbot: QtBot, shell: Shell, login: str) -> None:
    try_to_sign_in(qtbot, shell, login, "not-my-password")
    qtbot.waitUntil(
        lambda: problem_text(shell).startswith("Неверный логин или пароль."), timeout=ANSWER_MS
    )
    assert int(shell.wizard.currentId()) == PageId.LOGIN


def open_forgot(qtbot: QtBot, shell: Shell) -> None:
    click(qtbot, on(shell, PageId.LOGIN, QPushButton, "forgotLink"))
    wait_for_page(qtbot, shell, PageId.FORGOT)


def ask_for_code_by_sms(qtbot: QtBot, shell: Shell, phone_as_typed: str) -> None:
    click(qtbot, on(shell, PageId.FORGOT, QRadioButton, "smsRadio"))
    type_into(qtbot, on(shell, PageId.FORGOT, QLineEdit, "contactEdit"), phone_as_typed)
    press_next(qtbot, shell)
    reach_code_page(qtbot, shell)


def ask_for_code_by_email(qtbot: QtBot, shell: Shell, email: str) -> None:
    click(qtbot, on(shell, PageId.FORGOT, QRadioButton, "emailRadio"))
    type_into(qtbot, on(shell, PageId.FORGOT, QLineEdit, "contactEdit"), email)
    press_next(qtbot, shell)
    reach_code_page(qtbot, shell)


def reach_code_page(qtbot: QtBot, shell: Shell) -> None:
    wait_for_page(qtbot, shell, PageId.CODE)
    wait_idle(qtbot, shell)
    code_edit = on(shell, PageId.CODE, QLineEdit, "codeEdit")
    qtbot.waitUntil(code_edit.hasFocus)


def code_edit(shell: Shell) -> QLineEdit:
    found: QLineEdit = on(shell, PageId.CODE, QLineEdit, "codeEdit")
    return found


def enter_code(qtbot: QtBot, shell: Shell, code: str) -> None:
    type_into(qtbot, code_edit(shell), code)
    assert shell.find(QPushButton, "nextButton").text() == "Подтвердить"
    press_next(qtbot, shell)


def set_new_password(qtbot: QtBot, shell: Shell, password: str = NEW_PASSWORD) -> None:
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)
    first = on(shell, PageId.NEW_PASSWORD, QLineEdit, "newPasswordEdit")
    qtbot.waitUntil(first.hasFocus)
    type_into(qtbot, first, password)
    type_into(qtbot, on(shell, PageId.NEW_PASSWORD, QLineEdit, "repeatPasswordEdit"), password)
    match = on(shell, PageId.NEW_PASSWORD, QLabel, "matchRuleLabel")
    assert match.text() == "✓ В обоих полях одно и то же"
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.DONE)


def sign_in_from_done_page(qtbot: QtBot, shell: Shell, login: str) -> None:
    done = wait_for_page(qtbot, shell, PageId.DONE)
    assert done.title() == "Пароль изменён"
    assert on(shell, PageId.DONE, QLineEdit, "signInLoginEdit").text() == login
    assert shell.find(QPushButton, "nextButton").text() == "Войти с новым паролем"
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.SIGNED_IN)


def signed_in_as(qtbot: QtBot, shell: Shell, account: DemoAccount) -> None:
    wait_for_page(qtbot, shell, PageId.SIGNED_IN)
    greeting = on(shell, PageId.SIGNED_IN, QLabel, "greetingLabel")
    qtbot.waitUntil(lambda: greeting.text() == f"Здравствуйте, {account.display_name}!")
    number = account.number
    grouped = f"{number[:3]} {number[3:6]} {number[6:]}"
    assert grouped in on(shell, PageId.SIGNED_IN, QLabel, "accountLabel").text()
    assert not shell.find(QPushButton, "nextButton").isVisible()  # nothing further to press
    assert not shell.find(QPushButton, "restartButton").isVisible()  # signing out is the way


def sign_out(qtbot: QtBot, shell: Shell) -> None:
    click(qtbot, on(shell, PageId.SIGNED_IN, QPushButton, "signOutButton"))
    wait_for_page(qtbot, shell, PageId.LOGIN)
    wait_idle(qtbot, shell)


def code_in(service: RunningService, to: str) -> str:
    code = newest_message(service, to)["code"]
    assert isinstance(code, str) and code.isdigit()
    return code


def email_of(account: DemoAccount) -> str:
    assert account.email is not None
    return account.email


def phone_of(account: DemoAccount) -> str:
    assert account.phone is not None
    return account.phone


# --- the walks -------------------------------------------------------------------------------


def recover_anna_and_sign_in(
    qtbot: QtBot,
    shell: Shell,
    service: RunningService,
    give_code: Callable[[QtBot, Shell, dict[str, Any]], None],
) -> None:
    email = email_of(ANNA)
    fail_to_sign_in(qtbot, shell, email)
    open_forgot(qtbot, shell)
    # the e-mail typed as the login is already there: «Получить код» is all that is left
    assert on(shell, PageId.FORGOT, QRadioButton, "emailRadio").isChecked()
    assert on(shell, PageId.FORGOT, QLineEdit, "contactEdit").text() == email
    assert shell.find(QPushButton, "nextButton").text() == "Получить код"
    press_next(qtbot, shell)
    reach_code_page(qtbot, shell)
    sent = on(shell, PageId.CODE, QLabel, "sentLabel").text()
    assert "an**********@example.ru" in sent

    give_code(qtbot, shell, newest_message(service, email))

    set_new_password(qtbot, shell)
    sign_in_from_done_page(qtbot, shell, email)
    signed_in_as(qtbot, shell, ANNA)

    # the service took the change: the old password is refused, the new one signs in
    sign_out(qtbot, shell)
    try_to_sign_in(qtbot, shell, email, ANNA.password)
    assert problem_text(shell).startswith("Неверный логин или пароль.")
    try_to_sign_in(qtbot, shell, email, NEW_PASSWORD)
    signed_in_as(qtbot, shell, ANNA)


def test_a_failed_sign_in_then_recovery_by_the_code_from_the_email(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    def type_the_code(qtbot: QtBot, shell: Shell, message: dict[str, Any]) -> None:
        enter_code(qtbot, shell, message["code"])

    recover_anna_and_sign_in(qtbot, shell, service, type_the_code)


def test_a_failed_sign_in_then_recovery_by_the_whole_link_pasted_into_the_code_field(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    def paste_the_link(qtbot: QtBot, shell: Shell, message: dict[str, Any]) -> None:
        link = message["link"]
        assert isinstance(link, str) and link.startswith(("http://", "https://"))
        field = code_edit(shell)
        paste(qtbot, field, link)
        assert field.text() == link
        press_next(qtbot, shell)

    recover_anna_and_sign_in(qtbot, shell, service, paste_the_link)


def test_two_accounts_on_one_phone_the_chosen_one_gets_the_new_password(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    flat, dacha = demo_account("shared_flat"), demo_account("shared_dacha")
    assert flat.phone == dacha.phone
    wait_for_page(qtbot, shell, PageId.LOGIN)
    open_forgot(qtbot, shell)
    ask_for_code_by_sms(qtbot, shell, "8 914 100-00-10")
    assert "SMS" in on(shell, PageId.CODE, QLabel, "sentLabel").text()
    enter_code(qtbot, shell, code_in(service, phone_of(flat)))

    wait_for_page(qtbot, shell, PageId.ACCOUNT_CHOICE)
    accounts: QListWidget = on(shell, PageId.ACCOUNT_CHOICE, QListWidget, "accountList")
    rows = [accounts.item(row).text() for row in range(accounts.count())]
    assert len(rows) == 2
    dacha_row = next(row for row, text in enumerate(rows) if dacha.address_hint in text)
    assert f"*****{dacha.number[-4:]}" in rows[dacha_row]
    assert flat.number not in " ".join(rows)  # masked: only the last digits show
    where = accounts.visualItemRect(accounts.item(dacha_row)).center()
    qtbot.mouseClick(accounts.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert accounts.selectedItems() == [accounts.item(dacha_row)]
    qtbot.waitUntil(shell.find(QPushButton, "nextButton").isEnabled)
    assert shell.find(QPushButton, "nextButton").text() == "Выбрать"
    press_next(qtbot, shell)

    set_new_password(qtbot, shell)
    press_next(qtbot, shell)  # «Войти с новым паролем»
    signed_in_as(qtbot, shell, dacha)

    # the flat on the same phone keeps its own password
    sign_out(qtbot, shell)
    try_to_sign_in(qtbot, shell, flat.number, flat.password)
    signed_in_as(qtbot, shell, flat)
    sign_out(qtbot, shell)
    try_to_sign_in(qtbot, shell, dacha.number, flat.password)
    assert problem_text(shell).startswith("Неверный логин или пароль.")


def test_identity_questions_answered_after_the_consent(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    tatiana = demo_account("identity")
    fail_to_sign_in(qtbot, shell, tatiana.number)
    open_forgot(qtbot, shell)
    ask_for_code_by_email(qtbot, shell, email_of(tatiana))
    enter_code(qtbot, shell, code_in(service, email_of(tatiana)))

    wait_for_page(qtbot, shell, PageId.IDENTITY)
    next_button = shell.find(QPushButton, "nextButton")
    assert next_button.text() == "Подтвердить"
    consent = on(shell, PageId.IDENTITY, QCheckBox, "consentCheck")
    qtbot.waitUntil(on(shell, PageId.IDENTITY, QPlainTextEdit, "consentText").hasFocus)
    answers = tatiana.identity_answers
    type_into(qtbot, on(shell, PageId.IDENTITY, QLineEdit, "answerEdit_snils_last4"), "44-17")
    type_into(qtbot, on(shell, PageId.IDENTITY, QLineEdit, "answerEdit_passport"), "0507 123-456")
    address = on(shell, PageId.IDENTITY, QLineEdit, "answerEdit_address")
    type_text(address, answers["address"])  # Cyrillic: one key event per letter
    assert address.text() == answers["address"]
    assert not next_button.isEnabled()  # the consent first
    click(qtbot, consent)
    qtbot.waitUntil(next_button.isEnabled)
    press_next(qtbot, shell)

    set_new_password(qtbot, shell)
    sign_in_from_done_page(qtbot, shell, tatiana.number)
    signed_in_as(qtbot, shell, tatiana)


def test_a_support_request_from_the_code_page_sends_its_diagnostics_and_no_secret(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    email = email_of(ANNA)
    wait_for_page(qtbot, shell, PageId.LOGIN)
    open_forgot(qtbot, shell)
    ask_for_code_by_email(qtbot, shell, email)
    message = newest_message(service, email)
    wrong = wrong_code(message["code"])
    enter_code(qtbot, shell, wrong)
    wait_for_problem(qtbot, shell, "Код неверный. Осталось 4 попытки.")

    click(qtbot, shell.find(QPushButton, "supportButton"))
    page = wait_for_page(qtbot, shell, PageId.SUPPORT)
    wait_idle(qtbot, shell)
    subject = on(shell, PageId.SUPPORT, QLineEdit, "supportSubjectEdit")
    assert subject.text()  # prefilled from the page the user came from
    assert on(shell, PageId.SUPPORT, QLineEdit, "supportContactEdit").text() == email
    type_text(on(shell, PageId.SUPPORT, QLineEdit, "supportNameEdit"), "Анна Петровна")
    type_text(
        on(shell, PageId.SUPPORT, QPlainTextEdit, "supportDescriptionEdit"),
        "Код из письма не подходит.",
    )
    details = on(shell, PageId.SUPPORT, QPushButton, "diagnosticsButton")
    click(qtbot, details)
    view = on(shell, PageId.SUPPORT, QLabel, "diagnosticsView")
    assert view.isVisible()
    shown = view.text()
    assert "Страница: code" in shown
    assert "Последняя ошибка: urn:dek:problem:invalid-code" in shown
    assert shell.find(QPushButton, "nextButton").text() == "Отправить обращение"
    press_next(qtbot, shell)

    ticket = on(shell, PageId.SUPPORT, QLineEdit, "ticketNumberEdit")
    qtbot.waitUntil(ticket.isVisible, timeout=ANSWER_MS)
    assert page.objectName() == "supportPage"
    row = service.context.db.one(
        "SELECT name, contact, subject, description, diagnostics FROM support_tickets"
        " WHERE number = ?",
        (ticket.text(),),
    )
    assert row is not None
    assert (row["name"], row["contact"]) == ("Анна Петровна", email)
    assert row["subject"] == subject.text()
    sent = json.loads(row["diagnostics"])
    assert sent["step"] == "code"
    assert sent["locale"] == "ru-RU"
    assert sent["last_problem_type"] == "urn:dek:problem:invalid-code"
    assert sent["app_version"] and sent["os"]
    assert sent["last_request_ids"]
    for request_id in sent["last_request_ids"]:
        assert request_id in shown  # exactly what the form showed
    stored = " ".join(str(row[column]) for column in row.keys())  # noqa: SIM118 (sqlite Row)
    token = parse_qs(urlsplit(message["link"]).fragment)["t"][0]
    for secret in (message["code"], wrong, token, ANNA.password):
        assert secret not in stored

    # back on the code page, the recovery goes on with the right code
    click(qtbot, shell.find(QPushButton, "backButton"))
    wait_for_page(qtbot, shell, PageId.CODE)
    enter_code(qtbot, shell, message["code"])
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)


def test_the_service_stopped_on_the_code_page_then_back_and_the_recovery_goes_on(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    email = email_of(ANNA)
    wait_for_page(qtbot, shell, PageId.LOGIN)
    open_forgot(qtbot, shell)
    ask_for_code_by_email(qtbot, shell, email)
    code = code_in(service, email)

    service.stop()
    enter_code(qtbot, shell, code)
    wait_for_problem(qtbot, shell, NO_CONNECTION)
    assert int(shell.wizard.currentId()) == PageId.CODE
    retry = on(shell, PageId.CODE, QPushButton, "retryButton")
    assert retry.isVisible() and retry.text() == "Повторить"
    assert code_edit(shell).text().replace(" ", "") == code  # what was typed is kept

    click(qtbot, retry)  # still no service: the same words, the button stays
    wait_idle(qtbot, shell)
    wait_for_problem(qtbot, shell, NO_CONNECTION)
    assert retry.isVisible()

    service.start()
    click(qtbot, retry)
    set_new_password(qtbot, shell)
    sign_in_from_done_page(qtbot, shell, email)
    signed_in_as(qtbot, shell, ANNA)


def test_the_app_closed_on_the_code_page_offers_to_continue_when_opened_again(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    shell_config: AppConfig,
    service: RunningService,
    tmp_path: Path,
) -> None:
    drafts = tmp_path / "user-data"
    first = shell_factory(shell_config, draft_dir=drafts)
    email = email_of(ANNA)
    wait_for_page(qtbot, first, PageId.LOGIN)
    open_forgot(qtbot, first)
    ask_for_code_by_email(qtbot, first, email)
    masked = "an**********@example.ru"
    assert masked in on(first, PageId.CODE, QLabel, "sentLabel").text()

    first.window.close()  # as the user closes it; the app then stops
    first.desktop.stop()
    assert not first.window.isVisible()

    again = shell_factory(shell_config, draft_dir=drafts)
    qtbot.waitUntil(
        lambda: any(box.objectName() == "resumeDialog" for box in again.window.dialogs.open_boxes),
        timeout=ANSWER_MS,
    )
    box = next(b for b in again.window.dialogs.open_boxes if b.objectName() == "resumeDialog")
    assert box.windowTitle() == "Продолжить восстановление?"
    assert masked in box.text()
    assert int(again.wizard.currentId()) == PageId.LOGIN  # nothing moves before the answer
    answer_dialog(box, yes=True)
    # the window manager gives the keyboard back to the window (offscreen Qt has none)
    again.window.activateWindow()
    qtbot.waitUntil(again.window.isActiveWindow)

    wait_for_page(qtbot, again, PageId.CODE)
    assert masked in on(again, PageId.CODE, QLabel, "sentLabel").text()
    assert "Код действует ещё" in on(again, PageId.CODE, QLabel, "validityLabel").text()
    enter_code(qtbot, again, code_in(service, email))
    set_new_password(qtbot, again)
    # the draft keeps no contact, so the login is asked on the sign-in page
    login_row = on(again, PageId.DONE, QLineEdit, "signInLoginEdit")
    assert login_row.text() == ""
    assert login_row.isHidden()  # no empty read-only «Ваш логин» row
    press_next(qtbot, again)  # «Войти с новым паролем»
    wait_for_page(qtbot, again, PageId.LOGIN)
    assert problem_text(again) == ""
    try_to_sign_in(qtbot, again, email, NEW_PASSWORD)
    signed_in_as(qtbot, again, ANNA)
    assert drafts.exists() and not any(drafts.iterdir())  # nothing left to resume
