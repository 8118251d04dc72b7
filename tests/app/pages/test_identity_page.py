"""The identity page (`identityPage`): the consent to personal data first, then one field per
question of the service; passed, and failed three times into the blocked page. Over real
HTTP against the reference service."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from dek_desktop.config import AppConfig
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.consent_text import CONSENT_TEXT_EN, CONSENT_TEXT_RU
from dek_recovery_service.seed import demo_account
from tests.app.conftest import Shell
from tests.app.pages.recovery_steps import (
    ANSWER_MS,
    click,
    code_for,
    find_on,
    paste,
    press_next,
    request_code,
    type_code,
    wait_for_page,
    wait_for_problem,
)
from tests.conftest import RunningService

IDENTITY = demo_account("identity")


def reach_identity(qtbot: QtBot, shell: Shell, service: RunningService) -> None:
    request_code(qtbot, shell, "identity")
    type_code(qtbot, shell, code_for(service, "identity"))
    press_next(qtbot, shell)
    page = wait_for_page(qtbot, shell, PageId.IDENTITY)
    assert page.objectName() == "identityPage"
    consent_text = find_on(shell, PageId.IDENTITY, QPlainTextEdit, "consentText")
    qtbot.waitUntil(
        consent_text.hasFocus, timeout=ANSWER_MS
    )  # read first: the keyboard starts on the consent


def answer_edit(shell: Shell, question_id: str) -> QLineEdit:
    found = find_on(shell, PageId.IDENTITY, QLineEdit, f"answerEdit_{question_id}")
    assert isinstance(found, QLineEdit)
    return found


def answer(qtbot: QtBot, shell: Shell, answers: dict[str, str]) -> None:
    for question_id, text in answers.items():
        field = answer_edit(shell, question_id)
        field.clear()
        if text.isascii():
            qtbot.keyClicks(field, text)
        else:
            paste(qtbot, field, text)  # QTest types ASCII keys only


def label_of(shell: Shell, field: QLineEdit) -> str:
    """The visible label that names `field` (its buddy: the accessible name comes from it)."""
    page = shell.wizard.page_for(PageId.IDENTITY)
    named = [label.text() for label in page.findChildren(QLabel) if label.buddy() is field]
    assert len(named) == 1, named
    return str(named[0])


def consent_check(shell: Shell) -> QCheckBox:
    found = find_on(shell, PageId.IDENTITY, QCheckBox, "consentCheck")
    assert isinstance(found, QCheckBox)
    return found


def test_the_consent_comes_first_and_next_waits_for_it(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    reach_identity(qtbot, shell, service)
    consent_text = find_on(shell, PageId.IDENTITY, QPlainTextEdit, "consentText")
    assert consent_text.isReadOnly()
    assert consent_text.toPlainText() == CONSENT_TEXT_RU
    consent_label = find_on(shell, PageId.IDENTITY, QLabel, "consentLabel")
    assert consent_label.text() == "Прочитайте текст согласия (редакция 2026-11-01):"
    assert consent_label.buddy() is consent_text
    next_button = shell.find(QPushButton, "nextButton")
    assert next_button.text() == "Подтвердить"
    answer(qtbot, shell, IDENTITY.identity_answers)
    assert not next_button.isEnabled()
    check = consent_check(shell)
    assert check.text() == "Я согласен(на) на обработку моих персональных данных *"
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked()
    qtbot.waitUntil(next_button.isEnabled, timeout=ANSWER_MS)
    qtbot.keyClick(check, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not next_button.isEnabled(), timeout=ANSWER_MS)


def test_the_right_answers_lead_to_the_new_password_page(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    reach_identity(qtbot, shell, service)
    snils = answer_edit(shell, "snils_last4")
    assert label_of(shell, snils) == "Последние 4 цифры СНИЛС *"
    assert label_of(shell, answer_edit(shell, "address")) == "Улица и дом, где подключена услуга *"
    click(qtbot, consent_check(shell))
    answer(
        qtbot,
        shell,
        {"snils_last4": "44-17", "passport": "0507 123-456", "address": "светлая 12"},
    )
    assert snils.text() == "44-17"  # spaces and dashes are allowed in digits-only fields
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)


def test_digits_only_fields_take_no_letters(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    reach_identity(qtbot, shell, service)
    passport = answer_edit(shell, "passport")
    qtbot.keyClicks(passport, "05a07 b12-34 56")
    assert passport.text() == "0507 12-34 56"
    assert passport.accessibleDescription() == "Только цифры; пробелы и дефисы можно."
    address = answer_edit(shell, "address")
    qtbot.keyClicks(address, "ul. 12")
    assert address.text() == "ul. 12"


def test_wrong_answers_say_the_attempts_left_and_the_third_ends_on_the_blocked_page(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    reach_identity(qtbot, shell, service)
    click(qtbot, consent_check(shell))
    wrong = {"snils_last4": "1111", "passport": "0000 000000", "address": "Ленина 1"}
    first_field = answer_edit(shell, "snils_last4")
    for said in (
        "Ответы не совпадают с данными ДЭК. Проверьте их. Осталось 2 попытки.",
        "Ответы не совпадают с данными ДЭК. Проверьте их. Осталась 1 попытка.",
    ):
        answer(qtbot, shell, wrong)
        press_next(qtbot, shell)
        wait_for_problem(qtbot, shell, said)
        qtbot.waitUntil(first_field.hasFocus, timeout=ANSWER_MS)
        assert first_field.text() == "1111"  # kept, to be checked and fixed
    answer(qtbot, shell, wrong)
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.BLOCKED)


def test_the_questions_and_the_consent_come_in_the_language_of_the_request(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    service: RunningService,
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language="en"))
    reach_identity(qtbot, shell, service)
    consent_text = find_on(shell, PageId.IDENTITY, QPlainTextEdit, "consentText")
    assert consent_text.toPlainText() == CONSENT_TEXT_EN
    assert label_of(shell, answer_edit(shell, "snils_last4")) == "Last 4 digits of SNILS *"
    assert label_of(shell, answer_edit(shell, "passport")) == "Passport series and number *"
