"""The code page (`codePage`) in the real window, over real HTTP against the reference
service: the code from the outbox or the whole link (pasted with mail-client noise, or opened
from the demo inbox) leads to the new password page; wrong codes say the attempts left until
the request is locked; the countdowns follow the flow's clock (here the service's movable
one); «Код не пришёл?» offers the other channel; a lost connection is tried again."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from dek_desktop.api import Channel
from dek_desktop.wizard.page_ids import PageId
from tests.app.conftest import Shell, answer_dialog
from tests.app.pages.recovery_steps import (
    ANSWER_MS,
    click,
    code_for,
    find_on,
    flow_of,
    local_hh_mm,
    newest_message,
    on_service_clock,
    paste,
    press_next,
    problem_text,
    request_code,
    type_code,
    wait_for_page,
    wait_for_problem,
    wait_idle,
    wrong_code,
)
from tests.conftest import RunningService

ANNA = "anna.ivanova@example.ru"
W = TypeVar("W", bound=QWidget)


def on_code(shell: Shell, kind: type[W], name: str) -> W:
    return find_on(shell, PageId.CODE, kind, name)


def label_text(shell: Shell, name: str) -> str:
    label = on_code(shell, QLabel, name)
    assert isinstance(label, QLabel)
    return label.text()


def resend_button(shell: Shell) -> QPushButton:
    button = on_code(shell, QPushButton, "resendButton")
    assert isinstance(button, QPushButton)
    return button


def test_the_code_from_the_message_leads_to_the_new_password_page(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = request_code(qtbot, shell, "active")
    assert page.objectName() == "codePage"
    assert page.title() == "Подтверждение восстановления"
    assert shell.find(QPushButton, "nextButton").text() == "Подтвердить"
    code_edit = on_code(shell, QLineEdit, "codeEdit")
    qtbot.waitUntil(code_edit.hasFocus, timeout=ANSWER_MS)
    type_code(qtbot, shell, code_for(service, "active"))
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)


def test_the_warning_never_to_tell_the_code_is_always_there(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    request_code(qtbot, shell, "active")
    warning = on_code(shell, QLabel, "warningLabel")
    said = "Никому не сообщайте код. Сотрудники ДЭК никогда его не спрашивают."
    assert label_text(shell, "warningLabel") == said
    assert warning.isVisible()
    type_code(qtbot, shell, wrong_code(code_for(service, "active")))
    press_next(qtbot, shell)
    wait_for_problem(qtbot, shell, "Код неверный. Осталось 4 попытки.")
    assert warning.isVisible()


def test_typed_digits_show_in_groups_and_spaces_do_not_matter(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    request_code(qtbot, shell, "active")
    code = code_for(service, "active")
    type_code(qtbot, shell, code)
    code_edit = on_code(shell, QLineEdit, "codeEdit")
    assert isinstance(code_edit, QLineEdit)
    assert code_edit.text() == f"{code[:3]} {code[3:]}"
    assert label_text(shell, "codeHint") == "6 цифр. Можно вставить и всю ссылку из письма."
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)


def test_the_whole_link_pasted_with_mail_client_noise_is_taken(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    request_code(qtbot, shell, "active")
    link = newest_message(service, ANNA)["link"]
    quoted = f"> Ссылка: <{link[:30]}\n> {link[30:]}>"
    code_edit = on_code(shell, QLineEdit, "codeEdit")
    assert isinstance(code_edit, QLineEdit)
    paste(qtbot, code_edit, quoted)
    assert code_edit.text() == quoted  # a link is kept as it came, not regrouped
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)


def test_a_link_opened_from_the_demo_inbox_leads_to_the_new_password_page(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    request_code(qtbot, shell, "active")
    shell.window.recovery_links.open(newest_message(service, ANNA)["link"])
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)


def test_a_link_opened_while_the_app_is_on_the_sign_in_page_is_checked_too(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    request_code(qtbot, shell, "phone_only", Channel.SMS)
    flow_of(shell).go_login()
    wait_for_page(qtbot, shell, PageId.LOGIN)
    request_code(qtbot, shell, "active")  # a newer request, its e-mail has the link
    link = newest_message(service, ANNA)["link"]
    flow_of(shell).go_login()
    wait_for_page(qtbot, shell, PageId.LOGIN)
    shell.window.recovery_links.open(link)
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)


def test_a_wrong_code_says_the_attempts_left_and_five_lock_it_then_start_again(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    request_code(qtbot, shell, "active")
    wrong = wrong_code(code_for(service, "active"))
    code_edit = on_code(shell, QLineEdit, "codeEdit")
    said = [
        "Код неверный. Осталось 4 попытки.",
        "Код неверный. Осталось 3 попытки.",
        "Код неверный. Осталось 2 попытки.",
        "Код неверный. Осталась 1 попытка.",
    ]
    for text in said:
        type_code(qtbot, shell, wrong)
        press_next(qtbot, shell)
        wait_for_problem(qtbot, shell, text)
        qtbot.waitUntil(code_edit.hasFocus, timeout=ANSWER_MS)
    type_code(qtbot, shell, wrong)
    press_next(qtbot, shell)
    wait_for_problem(
        qtbot, shell, "Код введён неверно слишком много раз, поэтому он больше не действует."
    )
    new_code = on_code(shell, QPushButton, "startAgainButton")
    qtbot.waitUntil(new_code.isVisible, timeout=ANSWER_MS)
    qtbot.waitUntil(new_code.hasFocus, timeout=ANSWER_MS)
    assert not code_edit.isEnabled()
    assert not resend_button(shell).isVisible()
    assert not shell.find(QPushButton, "nextButton").isEnabled()
    assert label_text(shell, "validityLabel") == "Этот код больше не действует."

    with qtbot.waitSignal(shell.window.dialogs.opened) as opened:
        click(qtbot, new_code)
    box = opened.args[0]
    assert box.objectName() == "startAgainCodeDialog"
    answer_dialog(box, yes=False)
    assert int(shell.wizard.currentId()) == PageId.CODE
    with qtbot.waitSignal(shell.window.dialogs.opened) as opened:
        click(qtbot, new_code)
    answer_dialog(opened.args[0], yes=True)
    wait_for_page(qtbot, shell, PageId.FORGOT)
    contact = find_on(shell, PageId.FORGOT, QLineEdit, "contactEdit")
    assert contact.text() == ANNA  # kept: only «Получить код» is left to press
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.CODE)
    type_code(qtbot, shell, code_for(service, "active"))
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)


def test_the_validity_counts_down_on_the_flows_clock_until_the_code_expires(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    on_service_clock(shell, service)
    request_code(qtbot, shell, "active")
    validity = on_code(shell, QLabel, "validityLabel")
    assert label_text(shell, "validityLabel") == "Код действует ещё 10 минут."
    assert validity.accessibleDescription() == label_text(shell, "validityLabel")
    assert validity.accessibleName() == ""  # a name would hide what the countdown says
    service.clock.advance(120)
    qtbot.waitUntil(
        lambda: label_text(shell, "validityLabel") == "Код действует ещё 8 минут.",
        timeout=ANSWER_MS,
    )
    service.clock.advance(419)
    qtbot.waitUntil(
        lambda: label_text(shell, "validityLabel") == "Код действует ещё 1 минуту.",
        timeout=ANSWER_MS,
    )
    service.clock.advance(30)
    qtbot.waitUntil(
        lambda: label_text(shell, "validityLabel") == "Код действует меньше минуты.",
        timeout=ANSWER_MS,
    )
    service.clock.advance(31)  # 600 s after it was sent
    qtbot.waitUntil(
        lambda: label_text(shell, "validityLabel") == "Срок действия кода истёк.", timeout=ANSWER_MS
    )
    new_code = on_code(shell, QPushButton, "startAgainButton")
    assert new_code.isVisible()
    qtbot.waitUntil(new_code.hasFocus, timeout=ANSWER_MS)
    assert not shell.find(QPushButton, "nextButton").isEnabled()
    assert not resend_button(shell).isVisible()
    assert problem_text(shell) == ""


def test_a_code_sent_after_its_time_is_refused_by_the_service_and_start_again_is_offered(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    request_code(qtbot, shell, "active")  # the app on its own clock: the page still counts
    service.clock.advance(600)
    type_code(qtbot, shell, code_for(service, "active"))
    press_next(qtbot, shell)
    wait_for_problem(qtbot, shell, "Срок действия кода истёк.")
    new_code = on_code(shell, QPushButton, "startAgainButton")
    assert new_code.isVisible()
    qtbot.waitUntil(new_code.hasFocus, timeout=ANSWER_MS)
    assert label_text(shell, "validityLabel") == "Срок действия кода истёк."


def test_send_again_waits_its_turn_and_the_newest_message_is_named(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    on_service_clock(shell, service)
    request_code(qtbot, shell, "active")
    resend = resend_button(shell)
    assert not resend.isEnabled()
    assert resend.text() == "Отправить код ещё раз — через 1:00"
    assert resend.accessibleDescription() == resend.text()
    assert not on_code(shell, QLabel, "newestLabel").isVisible()
    service.clock.advance(18)
    qtbot.waitUntil(
        lambda: resend.text() == "Отправить код ещё раз — через 0:42", timeout=ANSWER_MS
    )
    assert not resend.isEnabled()
    service.clock.advance(42)
    qtbot.waitUntil(resend.isEnabled, timeout=ANSWER_MS)
    assert resend.text() == "Отправить код ещё раз"
    first_code = code_for(service, "active")
    type_code(qtbot, shell, "12")
    resent_at = local_hh_mm(service.clock.now())

    click(qtbot, resend)
    newest = on_code(shell, QLabel, "newestLabel")
    qtbot.waitUntil(newest.isVisible, timeout=ANSWER_MS)
    wait_idle(qtbot, shell)
    assert label_text(shell, "newestLabel") == (
        f"Используйте код из последнего сообщения, отправленного в\u00a0{resent_at}."
    )
    assert label_text(shell, "sentLabel") == "Новый код отправлен на почту an**********@example.ru."
    assert not on_code(shell, QLabel, "acceptedLabel").isVisible()
    assert on_code(shell, QLineEdit, "codeEdit").text() == ""  # the old code no longer works
    assert not resend.isEnabled()
    assert resend.text() == "Отправить код ещё раз — через 1:00"
    assert code_for(service, "active") != first_code
    type_code(qtbot, shell, code_for(service, "active"))
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)


def test_help_when_the_code_did_not_come_offers_the_other_channel(
    qtbot: QtBot, shell: Shell
) -> None:
    request_code(qtbot, shell, "active")
    help_text = on_code(shell, QLabel, "helpText")
    assert not help_text.isVisible()
    click(qtbot, on_code(shell, QPushButton, "helpButton"))
    assert help_text.isVisible()
    said = label_text(shell, "helpText")
    assert "Сообщение может идти несколько минут." in said
    assert "Загляните в папку «Спам» в почте." in said
    assert "Проверьте адрес: an**********@example.ru." in said
    other = on_code(shell, QPushButton, "otherChannelButton")
    assert isinstance(other, QPushButton)
    assert other.text() == "Получить код по SMS"
    click(qtbot, other)
    wait_for_page(qtbot, shell, PageId.FORGOT)
    sms = find_on(shell, PageId.FORGOT, QRadioButton, "smsRadio")
    assert sms.isChecked()
    contact = find_on(shell, PageId.FORGOT, QLineEdit, "contactEdit")
    assert contact.text() == ""
    qtbot.keyClicks(contact, "8 914 100-00-01")
    press_next(qtbot, shell)
    wait_for_page(qtbot, shell, PageId.CODE)
    qtbot.waitUntil(lambda: "SMS" in label_text(shell, "sentLabel"), timeout=ANSWER_MS)


def test_no_connection_is_said_and_trying_again_goes_on_once_the_service_is_back(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    request_code(qtbot, shell, "active")
    code = code_for(service, "active")
    service.stop()
    type_code(qtbot, shell, code)
    press_next(qtbot, shell)
    wait_for_problem(
        qtbot,
        shell,
        "Нет связи с сервером. Проверьте, работает ли интернет, и нажмите «Повторить».",
    )
    retry = shell.wizard.current_page.findChild(QPushButton, "retryButton")
    assert retry.isVisible()
    assert int(shell.wizard.currentId()) == PageId.CODE
    service.start()
    click(qtbot, retry)
    wait_for_page(qtbot, shell, PageId.NEW_PASSWORD)


def test_back_forgets_the_code_but_keeps_the_contact(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    request_code(qtbot, shell, "active")
    type_code(qtbot, shell, code_for(service, "active"))
    click(qtbot, shell.find(QPushButton, "backButton"))
    wait_for_page(qtbot, shell, PageId.FORGOT)
    assert on_code(shell, QLineEdit, "codeEdit").text() == ""  # a code is a secret
    assert find_on(shell, PageId.FORGOT, QLineEdit, "contactEdit").text() == ANNA


def test_the_language_switch_redraws_every_text_of_the_page(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    on_service_clock(shell, service)
    page = request_code(qtbot, shell, "active")
    sent_at = local_hh_mm(service.clock.now())
    click(qtbot, shell.find(QPushButton, "languageButton"))
    qtbot.waitUntil(lambda: page.title() == "Confirmation code", timeout=ANSWER_MS)
    assert label_text(shell, "sentLabel") == (
        f"We sent the code to the e-mail an**********@example.ru at {sent_at}."
    )
    assert label_text(shell, "validityLabel") == "The code is valid for 10 more minutes."
    assert resend_button(shell).text() == "Send the code again — in 1:00"
    assert label_text(shell, "warningLabel") == (
        "Do not tell this code to anyone. DEK staff never ask for it."
    )
    assert shell.find(QPushButton, "nextButton").text() == "Confirm"
