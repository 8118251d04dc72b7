"""The sign-in page over real HTTP against the reference service: signing in by each kind of
login, wrong passwords with the attempts left in Russian plural forms, the picture with digits,
the lock, Caps Lock and keyboard-layout warnings from real key events, "remember me" on a real
keyring backend, the sample bill, Back from the recovery page, and a lost connection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from dek_desktop.api import Channel
from dek_desktop.config import AppConfig
from dek_desktop.keychain import LOGIN_ENTRY, SERVICE_NAME, Keychain
from dek_desktop.recovery import Step
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.seed import demo_account
from tests.app.conftest import Shell, TmpPlaintextKeyring
from tests.app.pages.sign_in_steps import (
    ANSWER_MS,
    button,
    click,
    current_page_id,
    field,
    flow_of,
    label,
    press_sign_in,
    problem_label,
    run,
    sign_in,
    type_text,
    wait_for_page,
    wait_idle,
)
from tests.conftest import RunningService

ANNA = demo_account("active")
WRONG = "not-her-password"
KEEP_LAYOUT = "Проверьте раскладку клавиатуры и что Caps Lock выключен."


@pytest.mark.parametrize(
    "login", [ANNA.number, "100 200 301", ANNA.email or "", "8 914 100-00-01", "+7 (914) 100-00-01"]
)
def test_the_active_account_signs_in_by_number_email_and_phone(
    qtbot: QtBot, shell: Shell, login: str
) -> None:
    assert current_page_id(shell) is PageId.LOGIN
    assert button(shell, "nextButton").text() == "Войти"

    sign_in(qtbot, shell, login, ANNA.password)

    wait_for_page(qtbot, shell, PageId.SIGNED_IN)
    assert label(shell, "greetingLabel").text() == f"Здравствуйте, {ANNA.display_name}!"


def test_a_wrong_password_says_the_attempts_left_keeps_the_login_and_focuses_the_password(
    qtbot: QtBot, shell: Shell
) -> None:
    problem = problem_label(shell)
    login, password = field(shell, "loginEdit"), field(shell, "passwordEdit")

    for said in ("Осталось 4 попытки.", "Осталось 3 попытки.", "Осталось 2 попытки."):
        sign_in(qtbot, shell, ANNA.number, WRONG)
        assert problem.text().startswith(f"Неверный логин или пароль. {said}")
        assert KEEP_LAYOUT in problem.text()
        assert login.text() == ANNA.number
        qtbot.waitUntil(password.hasFocus)
        assert password.selectionLength() == len(WRONG)  # typing replaces it
        assert said in password.accessibleDescription()
        assert problem.accessibleDescription() == problem.text()


def test_russian_plural_forms_of_the_attempts_left(qapp: object, shell: Shell) -> None:
    def left(count: int) -> str:
        return QCoreApplication.translate("LoginPage", "%n attempt(s) left.", None, count)

    assert [left(n) for n in (1, 2, 4, 5, 11, 21, 22, 25)] == [
        "Осталась 1 попытка.",
        "Осталось 2 попытки.",
        "Осталось 4 попытки.",
        "Осталось 5 попыток.",
        "Осталось 11 попыток.",
        "Осталась 21 попытка.",
        "Осталось 22 попытки.",
        "Осталось 25 попыток.",
    ]


def captcha_id(shell: Shell) -> str:
    captcha = flow_of(shell).state.captcha
    assert captcha is not None
    return captcha.id


def picture_key(shell: Shell) -> int:
    pixmap = label(shell, "captchaPicture").pixmap()
    assert not pixmap.isNull()
    return int(pixmap.cacheKey())


def test_after_three_wrong_passwords_the_picture_with_digits_is_asked_and_answered(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    for _ in range(3):
        sign_in(qtbot, shell, ANNA.number, WRONG)
    panel = shell.find(QFrame, "captchaPanel")
    assert not panel.isVisible()

    sign_in(qtbot, shell, ANNA.number, ANNA.password)  # the service asks for the digits first

    assert panel.isVisible()
    first, first_picture = captcha_id(shell), picture_key(shell)
    captcha_edit = field(shell, "captchaEdit")
    qtbot.waitUntil(captcha_edit.hasFocus)
    assert "цифры с картинки" in problem_label(shell).text()
    qtbot.waitUntil(lambda: "8 800" in label(shell, "captchaHelpLabel").text(), timeout=ANSWER_MS)
    assert (
        label(shell, "captchaHelpLabel")
        .text()
        .startswith("Не получается прочитать? Позвоните нам:")
    )
    qtbot.keyClicks(captcha_edit, "12ab-3")
    assert captcha_edit.text() == "123"  # digits only

    sign_in(qtbot, shell, ANNA.number, ANNA.password, captcha="00000")

    assert captcha_id(shell) != first and picture_key(shell) != first_picture
    assert captcha_edit.text() == ""  # a new picture has new digits
    assert problem_label(shell).text().startswith("Цифры не совпали с картинкой.")
    qtbot.waitUntil(captcha_edit.hasFocus)

    misread = captcha_id(shell)
    click(qtbot, button(shell, "newCaptchaButton"))
    qtbot.waitUntil(lambda: captcha_id(shell) != misread, timeout=ANSWER_MS)
    wait_idle(qtbot, shell)

    answer = service.captcha_answer(captcha_id(shell))
    sign_in(qtbot, shell, ANNA.number, ANNA.password, captcha=answer)

    wait_for_page(qtbot, shell, PageId.SIGNED_IN)


def test_the_fifth_wrong_password_leads_to_the_blocked_page(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    for _ in range(3):
        sign_in(qtbot, shell, ANNA.number, WRONG)
    sign_in(qtbot, shell, ANNA.number, WRONG)  # the picture is asked for, nothing counted
    sign_in(qtbot, shell, ANNA.number, WRONG, captcha=service.captcha_answer(captcha_id(shell)))
    assert problem_label(shell).text().startswith("Неверный логин или пароль. Осталась 1 попытка.")
    assert field(shell, "loginEdit").text() == ANNA.number

    sign_in(qtbot, shell, ANNA.number, WRONG)  # the picture again
    sign_in(qtbot, shell, ANNA.number, WRONG, captcha=service.captcha_answer(captcha_id(shell)))

    wait_for_page(qtbot, shell, PageId.BLOCKED)
    assert shell.wizard.currentPage().objectName() == "blockedPage"
    assert flow_of(shell).state.step is Step.BLOCKED


def test_caps_lock_is_inferred_from_real_key_events(qtbot: QtBot, shell: Shell) -> None:
    password = field(shell, "passwordEdit")
    warning = label(shell, "capsLockWarning")
    password.setFocus()
    assert not warning.isVisible()

    qtbot.keyClick(password, "A")  # a capital without Shift
    assert warning.isVisible()
    assert warning.text() in password.accessibleDescription()
    qtbot.keyClick(password, "7")  # not a letter: says nothing
    assert warning.isVisible()
    qtbot.keyClick(password, "a")  # a small letter without Shift
    assert not warning.isVisible()
    assert warning.text() not in password.accessibleDescription()
    qtbot.keyClick(password, "a", Qt.KeyboardModifier.ShiftModifier)  # small with Shift
    assert warning.isVisible()
    qtbot.keyClick(password, "A", Qt.KeyboardModifier.ShiftModifier)  # capital with Shift
    assert not warning.isVisible()
    qtbot.keyClick(password, Qt.Key.Key_CapsLock)  # known off, so now on
    assert warning.isVisible()
    qtbot.keyClick(field(shell, "loginEdit"), "b")  # the login field is watched too
    assert not warning.isVisible()
    qtbot.keyClick(password, "c", Qt.KeyboardModifier.ControlModifier)  # a shortcut: nothing
    assert not warning.isVisible()


def keyboard_language_code() -> str:
    """What the system says the keyboard types now, as the badge should show it."""
    language = QGuiApplication.inputMethod().locale().language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "EN"
    return QLocale.languageToCode(language).upper()


def test_the_keyboard_language_is_shown_by_both_fields(qtbot: QtBot, shell: Shell) -> None:
    for name in ("loginLanguageLabel", "passwordLanguageLabel"):
        badge = label(shell, name)
        assert badge.text() == keyboard_language_code()
        assert badge.accessibleDescription().startswith("Язык клавиатуры: ")
        assert badge.accessibleName() == ""
    assert (
        label(shell, "passwordLanguageLabel").accessibleDescription()
        in field(shell, "passwordEdit").accessibleDescription()
    )


def test_a_login_typed_with_the_russian_layout_is_warned_and_offered_in_latin(
    qtbot: QtBot, shell: Shell
) -> None:
    login, password = field(shell, "loginEdit"), field(shell, "passwordEdit")
    login_warning = label(shell, "loginLayoutWarning")
    offer = button(shell, "retypedLoginButton")

    login.setText("фтт@учфьзду.ru")
    assert login_warning.isVisible()
    assert login_warning.text() in login.accessibleDescription()
    assert not offer.isVisible()  # offered after a failed sign-in only
    password.setText("Фьгк-Ешпук")
    assert label(shell, "passwordLayoutWarning").isVisible()
    password.setText("")

    typed = "фттфюшмфтщмф@учфьзду.ru"
    sign_in(qtbot, shell, typed, ANNA.password)

    assert offer.isVisible() and offer.isFlat()
    assert label(shell, "retypedLoginLabel").text() == "Может быть, вы имели в виду:"
    assert offer.text() == ANNA.email
    assert offer.accessibleName() == f"Может быть, вы имели в виду: {ANNA.email}"
    click(qtbot, offer)
    assert login.text() == ANNA.email
    assert not offer.isVisible() and not login_warning.isVisible()
    assert password.hasFocus()

    sign_in(qtbot, shell, login.text(), ANNA.password)
    wait_for_page(qtbot, shell, PageId.SIGNED_IN)


def test_a_russian_address_is_not_taken_for_a_wrong_layout(qtbot: QtBot, shell: Shell) -> None:
    field(shell, "loginEdit").setText("иван@почта.рф")

    assert not label(shell, "loginLayoutWarning").isVisible()


def test_show_and_hide_the_password(qtbot: QtBot, shell: Shell) -> None:
    password, eye = field(shell, "passwordEdit"), button(shell, "showPasswordButton")
    password.setText("Amur")
    assert password.echoMode() == QLineEdit.EchoMode.Password
    assert eye.accessibleName() == "Показать пароль"
    assert not eye.icon().isNull()

    click(qtbot, eye)
    assert password.echoMode() == QLineEdit.EchoMode.Normal
    assert eye.accessibleName() == "Скрыть пароль"
    qtbot.keyClick(eye, Qt.Key.Key_Space)  # the keyboard works too
    assert password.echoMode() == QLineEdit.EchoMode.Password


def remembered(backend: TmpPlaintextKeyring) -> tuple[str | None, str | None]:
    """What the keyring file holds: the login, and the password stored under it."""
    login = backend.get_password(SERVICE_NAME, LOGIN_ENTRY)
    return login, backend.get_password(SERVICE_NAME, login) if login else None


def keychain_on(tmp_path: Path) -> tuple[Keychain, TmpPlaintextKeyring]:
    backend = TmpPlaintextKeyring(tmp_path / "keyring.cfg")
    return Keychain(backend=backend), backend


def test_remember_me_keeps_the_login_and_only_when_ticked_the_password(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    shell_config: AppConfig,
    tmp_path: Path,
) -> None:
    keychain, backend = keychain_on(tmp_path)
    first = shell_factory(shell_config, keychain=keychain)
    remember = first.find(QCheckBox, "rememberCheck")
    assert remember.isVisible() and remember.isEnabled() and not remember.isChecked()

    sign_in(qtbot, first, "8 914 100-00-01", ANNA.password)  # not ticked
    wait_for_page(qtbot, first, PageId.SIGNED_IN)
    qtbot.waitUntil(lambda: remembered(backend) == ("8 914 100-00-01", None))

    second = shell_factory(shell_config, keychain=keychain_on(tmp_path)[0])
    qtbot.waitUntil(lambda: field(second, "loginEdit").text() == "8 914 100-00-01")
    assert field(second, "passwordEdit").text() == ""
    assert not second.find(QCheckBox, "rememberCheck").isChecked()

    field(second, "passwordEdit").setText(ANNA.password)
    second.find(QCheckBox, "rememberCheck").setChecked(True)
    press_sign_in(qtbot, second)
    wait_for_page(qtbot, second, PageId.SIGNED_IN)
    qtbot.waitUntil(lambda: remembered(backend) == ("8 914 100-00-01", ANNA.password))

    third = shell_factory(shell_config, keychain=keychain_on(tmp_path)[0])
    qtbot.waitUntil(lambda: field(third, "passwordEdit").text() == ANNA.password)
    assert field(third, "loginEdit").text() == "8 914 100-00-01"
    assert third.find(QCheckBox, "rememberCheck").isChecked()

    third.find(QCheckBox, "rememberCheck").setChecked(False)  # unticked: the password goes
    press_sign_in(qtbot, third)
    wait_for_page(qtbot, third, PageId.SIGNED_IN)
    qtbot.waitUntil(lambda: remembered(backend) == ("8 914 100-00-01", None))


def test_a_failing_keychain_turns_remember_me_off_quietly(
    qtbot: QtBot, shell_factory: Callable[..., Shell], shell_config: AppConfig
) -> None:
    keychain = Keychain(backend=fail.Keyring())
    shell = shell_factory(shell_config, keychain=keychain)
    note = label(shell, "keychainNote")
    remember = shell.find(QCheckBox, "rememberCheck")

    qtbot.waitUntil(note.isVisible)
    assert not keychain.available
    assert not remember.isEnabled() and not remember.isChecked()
    assert not problem_label(shell).isVisible()  # one quiet line, not a problem

    sign_in(qtbot, shell, ANNA.number, ANNA.password)
    wait_for_page(qtbot, shell, PageId.SIGNED_IN)


def test_in_kiosk_mode_there_is_no_remember_me(
    qtbot: QtBot, shell_factory: Callable[..., Shell], service: RunningService
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language="ru", kiosk=True))

    assert not shell.find(QCheckBox, "rememberCheck").isVisible()
    assert not label(shell, "keychainNote").isVisible()


def test_the_sample_bill_shows_where_the_account_number_is(qtbot: QtBot, shell: Shell) -> None:
    link = button(shell, "billLink")
    panel = shell.find(QFrame, "billPanel")
    assert link.text() == "Где найти номер лицевого счёта?"
    assert link.isFlat()
    assert not panel.isVisible()

    click(qtbot, link)

    assert panel.isVisible()
    picture = label(shell, "billPicture")
    assert not picture.pixmap().isNull() and picture.pixmap().width() > 300
    assert "100 200 301" in picture.accessibleDescription()
    click(qtbot, button(shell, "hideBillButton"))
    assert not panel.isVisible()
    assert link.hasFocus()


def test_back_from_the_recovery_page_keeps_the_login_and_clears_the_password(
    qtbot: QtBot, shell: Shell
) -> None:
    field(shell, "loginEdit").setText("8 914 100-00-01")
    field(shell, "passwordEdit").setText(WRONG)
    forgot = button(shell, "forgotLink")
    assert forgot.text() == "Забыли пароль?" and forgot.isFlat()

    click(qtbot, forgot)
    wait_for_page(qtbot, shell, PageId.FORGOT)
    click(qtbot, button(shell, "backButton"))
    wait_for_page(qtbot, shell, PageId.LOGIN)

    assert field(shell, "loginEdit").text() == "8 914 100-00-01"
    assert field(shell, "passwordEdit").text() == ""


def test_no_access_to_mail_and_phone_leads_to_documents(qtbot: QtBot, shell: Shell) -> None:
    documents = button(shell, "documentsLink")
    assert documents.text() == "Нет доступа к почте и телефону" and documents.isFlat()

    click(qtbot, documents)

    assert flow_of(shell).state.step is Step.DOCUMENTS


def test_no_connection_offers_a_retry_that_works_once_the_service_is_back(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    service.stop()
    sign_in(qtbot, shell, ANNA.number, ANNA.password)

    problem, retry = problem_label(shell), button(shell, "retryButton")
    assert problem.text().startswith("Нет связи с сервером.")
    assert retry.isVisible()
    assert field(shell, "loginEdit").text() == ANNA.number

    service.start()
    click(qtbot, retry)

    wait_for_page(qtbot, shell, PageId.SIGNED_IN)


def test_the_page_speaks_english_after_the_switch(qtbot: QtBot, shell: Shell) -> None:
    sign_in(qtbot, shell, ANNA.number, WRONG)

    click(qtbot, button(shell, "languageButton"))

    qtbot.waitUntil(lambda: button(shell, "nextButton").text() == "Sign in")
    assert problem_label(shell).text().startswith("Wrong login or password. 4 attempts left.")
    assert button(shell, "forgotLink").text() == "Forgot your password?"
    assert button(shell, "showPasswordButton").accessibleName() == "Show the password"
    assert shell.wizard.currentPage().title() == "Personal account sign-in"
    assert shell.find(QLabel, "loginLabel").text() == "Account number, e-mail or phone *"


def test_the_keyboard_alone_signs_in(qtbot: QtBot, shell: Shell) -> None:
    login, password = field(shell, "loginEdit"), field(shell, "passwordEdit")
    qtbot.waitUntil(login.hasFocus)
    qtbot.keyClicks(login, ANNA.email or "")
    qtbot.keyClick(login, Qt.Key.Key_Tab)
    assert password.hasFocus()  # straight from the login to the password
    qtbot.keyClicks(password, ANNA.password)

    qtbot.keyClick(password, Qt.Key.Key_Return)

    wait_for_page(qtbot, shell, PageId.SIGNED_IN)


def test_a_login_the_flow_prefills_after_a_recovery_shows_in_the_field(
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

    flow.go_login()

    wait_for_page(qtbot, shell, PageId.LOGIN)
    assert field(shell, "loginEdit").text() == email
    sign_in(qtbot, shell, email, new_password)
    wait_for_page(qtbot, shell, PageId.SIGNED_IN)


def test_a_shown_password_is_hidden_and_cleared_once_the_page_is_left(
    qtbot: QtBot, shell: Shell
) -> None:
    password = field(shell, "passwordEdit")
    password.setText(WRONG)
    click(qtbot, button(shell, "showPasswordButton"))
    assert password.echoMode() == QLineEdit.EchoMode.Normal

    click(qtbot, button(shell, "forgotLink"))
    wait_for_page(qtbot, shell, PageId.FORGOT)
    click(qtbot, button(shell, "backButton"))
    wait_for_page(qtbot, shell, PageId.LOGIN)

    assert password.text() == ""
    assert password.echoMode() == QLineEdit.EchoMode.Password
    assert not button(shell, "showPasswordButton").isChecked()


def test_the_keyboard_language_is_drawn_again_when_the_system_says_it_changed(
    qtbot: QtBot, shell: Shell
) -> None:
    badge = label(shell, "passwordLanguageLabel")
    badge.setText("")
    badge.setAccessibleDescription("")

    QGuiApplication.inputMethod().localeChanged.emit()

    assert badge.text() == keyboard_language_code()
    assert badge.accessibleDescription().startswith("Язык клавиатуры: ")


def test_typing_keeps_the_focus_when_a_warning_makes_the_page_grow(
    qtbot: QtBot, shell: Shell
) -> None:
    shell.window.resize(960, 520)  # a small screen: the page must grow and scroll
    login = field(shell, "loginEdit")
    login.setFocus()
    qtbot.waitUntil(login.hasFocus)
    page = shell.wizard.currentPage()
    before = page.height()

    type_text(login, "фтт")  # Russian letters: the warning opens under the field

    qtbot.waitUntil(label(shell, "loginLayoutWarning").isVisible)
    qtbot.waitUntil(lambda: page.height() > before)
    assert page.height() >= page.heightForWidth(page.width())  # nothing squeezed
    assert login.hasFocus()
    type_text(login, "@")
    assert login.text() == "фтт@"
